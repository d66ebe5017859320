#!/usr/bin/env python3
# test sample: a "restore state" CGI that unpickles what the form sends
import base64
import cgi
import pickle

form = cgi.FieldStorage()
print("Content-Type: text/plain\n")
state = pickle.loads(base64.b64decode(form.getfirst("state", "")))
print("restored", type(state).__name__)
