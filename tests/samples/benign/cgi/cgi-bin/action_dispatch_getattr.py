#!/usr/bin/env python3
# a CGI program that dispatches on the requested action: the name is built from the input
import cgi
import importlib
import os.path as osp

json = importlib.import_module("json")


class Handler:
    def do_list(self, form):
        return sorted(n for n in ("a", "b") if n)

    def do_size(self, form):
        return osp.getsize(osp.join("/srv/data", "index.txt"))


form = cgi.FieldStorage()
action = form.getvalue("action", "list")
method = getattr(Handler(), "do_" + action, None)
print("Content-Type: application/json\n")
print(json.dumps(method(form) if method else {"error": "unknown action"}))
