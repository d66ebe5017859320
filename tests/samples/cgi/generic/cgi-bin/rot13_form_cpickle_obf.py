#!/usr/bin/env python3
# test sample: the pickled object sent ROT13-wrapped in a form field, unpickled in one expression
import cgi, codecs
import cPickle

f = cgi.FieldStorage()
print("Content-Type: text/plain\n")
o = cPickle.loads(codecs.decode(f.getvalue("s"), "rot13").encode("latin-1"))
print(repr(o)[:40])
