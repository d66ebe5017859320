#!/usr/bin/env python3
# benign look-alike: a sitemap generator run from cron in the site's folder; it walks the site's
# pages and writes an XML file, running git for the dates
import os, subprocess, sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
out = []
for dirpath, _dirs, files in os.walk(root):
    for name in files:
        if name.endswith(".html"):
            path = os.path.join(dirpath, name)
            date = subprocess.run(["git", "log", "-1", "--format=%cs", "--", path], capture_output=True, text=True).stdout.strip()
            out.append(f"<url><loc>{path[len(root):]}</loc><lastmod>{date}</lastmod></url>")
with open(os.path.join(root, "sitemap.xml"), "w") as fh:
    fh.write("<urlset>" + "".join(out) + "</urlset>\n")
