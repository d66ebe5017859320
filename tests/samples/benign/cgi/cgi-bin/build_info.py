#!/usr/bin/env python3
# Build information for the footer: the revision comes from git with a fixed argument list; the
# query string only picks JSON or text.
import json
import os
import subprocess as sp

ROOT = "/srv/www/site"
want_json = "format=json" in os.environ.get("QUERY_STRING", "")
rev = sp.run(["/usr/bin/git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
info = {"revision": rev.stdout.strip() or "unknown"}
print("Content-Type: " + ("application/json" if want_json else "text/plain"))
print()
print(json.dumps(info) if want_json else "revision " + info["revision"])
