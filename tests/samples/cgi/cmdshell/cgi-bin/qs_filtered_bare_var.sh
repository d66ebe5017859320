#!/bin/sh
echo "Content-type: text/plain"
echo
job=$(echo "$QUERY_STRING" | sed -e 's/^j=//' -e 's/+/ /g' -e 's/%20/ /g')
out=$( $job 2>&1 )
echo "$out"
