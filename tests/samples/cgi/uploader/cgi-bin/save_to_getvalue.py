#!/usr/bin/env python3
# test sample: writes the posted text to the file the form names
import cgi

form = cgi.FieldStorage()
print("Content-Type: text/plain\r\n")
target = form.getvalue("path")
text = form.getvalue("text", "")
with open(target, "w") as fh:
    fh.write(text)
print("written")
