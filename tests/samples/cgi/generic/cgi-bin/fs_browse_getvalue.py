#!/usr/bin/env python3
# test sample: lists the directory the form names and streams the file it names, no base folder
import cgi
import os
import sys

form = cgi.FieldStorage()
loc = form.getvalue("loc", "/")

if os.path.isfile(loc):
    sys.stdout.write("Content-Type: application/octet-stream\r\n\r\n")
    sys.stdout.flush()
    with open(loc, "rb") as fh:
        sys.stdout.buffer.write(fh.read())
    sys.exit(0)

print("Content-Type: text/html\r\n")
for name in sorted(os.listdir(loc)):
    print('<a href="?loc=%s/%s">%s</a><br>' % (loc, name, name))
