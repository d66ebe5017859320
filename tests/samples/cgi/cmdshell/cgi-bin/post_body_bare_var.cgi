#!/bin/bash
# the posted body is read into a variable and that variable stands where a command stands
echo -e "Content-Type: text/plain\n"
[ "$REQUEST_METHOD" = "POST" ] || { echo "POST only"; exit 0; }
read -n $CONTENT_LENGTH task <&0
$task 2>&1
