#!/usr/bin/env python3
# A health page: reads the cache daemon's banner over a socket, then runs the fixed disk report
# through the shell and prints both.
import socket
import subprocess

print("Content-Type: text/plain\n")
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.settimeout(2)
try:
    s.connect(("127.0.0.1", 11211))
    s.sendall(b"version\r\n")
    banner = s.recv(200)
    print("cache:", banner.decode("ascii", "replace").strip())
except OSError as exc:
    print("cache: unreachable", exc)
finally:
    s.close()
report = subprocess.run("df -h /var/www | tail -1", shell=True, capture_output=True, text=True)
print("disk:", report.stdout.strip())
