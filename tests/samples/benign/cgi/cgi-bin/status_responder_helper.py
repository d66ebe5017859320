#!/usr/bin/env python3
# A status responder for the monitoring host: it accepts one connection at a time, reads a word
# and answers with the output of the matching fixed command. The helper hands subprocess an
# argument list of its own; what came off the socket only picks the key.
import socket
import subprocess

COMMANDS = {
    "uptime": ["/usr/bin/uptime"],
    "disk": ["/bin/df", "-h", "/srv"],
}


def run(key):
    argv = COMMANDS.get(key)
    if argv is None:
        return "unknown\n"
    return subprocess.run(argv, capture_output=True, text=True, timeout=5).stdout


srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 7070))
srv.listen(1)
while True:
    conn, _ = srv.accept()
    word = conn.recv(64).decode(errors="ignore").strip()
    conn.sendall(run(word).encode())
    conn.close()
