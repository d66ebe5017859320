#!/bin/sh
# searches the manual index for the typed words
echo "Content-type: text/plain"
echo
q=$(echo "$QUERY_STRING" | sed -e 's/^q=//' -e 's/+/ /g' -e 's/[^A-Za-z0-9 ]//g')
[ -n "$q" ] || { echo "type a word"; exit 0; }
grep -i -F -- "$q" /var/www/manual/index.txt | head -20
echo "searched: $q"
