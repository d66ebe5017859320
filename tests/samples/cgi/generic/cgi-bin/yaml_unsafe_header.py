#!/usr/bin/env python3
# test sample: YAML from a request header loaded with the loader that builds any Python object
import os
import yaml

print("Content-Type: text/plain\n")
cfg = yaml.load(os.environ.get("HTTP_X_PROFILE", "{}"), Loader=yaml.UnsafeLoader)
print(cfg)
