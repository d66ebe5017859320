#!/usr/bin/env python3
# A status page: connects to the local mail server's fixed port and prints its greeting.
import socket

print("Content-Type: text/plain\n")
with socket.create_connection(("127.0.0.1", 25), timeout=2) as s:
    print(s.recv(200).decode(errors="replace"))
