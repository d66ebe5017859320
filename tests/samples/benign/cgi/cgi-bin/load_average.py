#!/usr/bin/env python3
# Load average for the status page: a fixed command line run through the shell (its pipe needs
# one); the query string only chooses the output format.
import os
import subprocess

LOAD_CMD = "cut -d' ' -f1-3 /proc/loadavg | tr ' ' ','"
as_json = os.environ.get("QUERY_STRING", "") == "json"
load = subprocess.check_output(LOAD_CMD, shell=True, text=True).strip()
print("Content-Type: " + ("application/json" if as_json else "text/plain"))
print()
print('{"load": "%s"}' % load if as_json else load)
