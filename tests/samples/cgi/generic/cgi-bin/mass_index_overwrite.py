#!/usr/bin/env python3
# test sample (inert: the base directory is a scratch path): copies one page over the index pages
# of every site found under a hosting base directory
import os
import shutil
import sys

BASE = sys.argv[1] if len(sys.argv) > 1 else "/tmp/scratch-home"
PAGE = sys.argv[2] if len(sys.argv) > 2 else "note.html"
NAMES = ["index.html", "index.htm", "index.php", "index.asp", "default.aspx", "index.jsp"]

print("Content-Type: text/plain\n")
for user in os.listdir(BASE):
    root = os.path.join(BASE, user, "public_html")
    if not os.path.isdir(root):
        continue
    for name in NAMES:
        try:
            shutil.copyfile(PAGE, os.path.join(root, name))
        except OSError:
            pass
    print("done:", root)
