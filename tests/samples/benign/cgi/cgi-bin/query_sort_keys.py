#!/usr/bin/python3
# A listing sorted by a query parameter: the value picks a key from a fixed table, nothing runs.
import os
import urllib.parse

KEYS = {"name": 0, "size": 1}
q = urllib.parse.parse_qs(os.environ.get("QUERY_STRING", ""))
key = KEYS.get(q.get("sort", ["name"])[0], 0)
rows = sorted([("a.txt", 3), ("b.txt", 1)], key=lambda r: r[key])
print("Content-Type: text/plain\n")
for name, size in rows:
    print(name, size)
