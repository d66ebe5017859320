#!/usr/bin/env python3
import base64, json, os, sys
DEFAULTS = "eyJzaXRlIjogInNob3AiLCAicGFnZV9zaXplIjogMjAsICJ0aGVtZSI6ICJsaWdodCIsICJmZWF0dXJlcyI6IFsiY2FydCIsICJ3aXNobGlzdCIsICJzZWFyY2giXX0="
settings = json.loads(base64.b64decode(DEFAULTS))
sys.stdout.write("Content-Type: application/json\r\n\r\n")
sys.stdout.write(json.dumps({"site": settings["site"], "page": os.environ.get("QUERY_STRING", "")[:20]}))
