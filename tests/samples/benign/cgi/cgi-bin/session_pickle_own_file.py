#!/usr/bin/env python3
# a survey CGI: its own session file is a pickle it wrote itself; what the client sends is JSON or
# YAML read with the safe loader
import cgi
import json
import os
import pickle

import yaml

SESSION = "/var/lib/survey/session.pkl"
form = cgi.FieldStorage()
answers = json.loads(form.getfirst("answers", "{}"))
profile = yaml.load(form.getfirst("profile", "{}"), Loader=yaml.SafeLoader)
state = {}
if os.path.exists(SESSION):
    with open(SESSION, "rb") as fh:
        state = pickle.load(fh)
cached = pickle.loads(state.get("blob", pickle.dumps({})))
state.update(answers)
with open(SESSION, "wb") as fh:
    pickle.dump(state, fh)
print("Content-Type: text/plain\n")
print(len(state), len(profile or {}), len(cached))
