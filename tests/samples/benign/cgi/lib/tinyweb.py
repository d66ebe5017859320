"""tinyweb: a one-file WSGI toolkit for small intranet pages.

Templates mix text and Python lines:

    <% for row in rows: %>
      <li>{{row.name}}</li>
    <% end %>

Copy this file next to your application; nothing else is needed.
"""

import cgi
import io
import os
import re
import subprocess
import sys
import time
from html import escape

__all__ = ["Request", "Template", "run_dev_server"]


class Request:
    """The parts of a WSGI environ a page usually needs."""

    def __init__(self, environ):
        self.environ = environ
        self.path = environ.get("PATH_INFO", "/")
        self.method = environ.get("REQUEST_METHOD", "GET").upper()

    @property
    def cookies(self):
        out = {}
        for part in self.environ.get("HTTP_COOKIE", "").split(";"):
            if "=" in part:
                k, v = part.split("=", 1)
                out[k.strip()] = v.strip()
        return out

    @property
    def form(self):
        if self.method != "POST":
            return {}
        fs = cgi.FieldStorage(fp=self.environ["wsgi.input"], environ=self.environ, keep_blank_values=True)
        return {k: fs.getfirst(k, "") for k in fs.keys()}


class Template:
    """Compiles the template text once; render() runs the compiled code with the page's values."""

    _line = re.compile(r"^\s*<%\s*(.*?)\s*%>\s*$")
    _expr = re.compile(r"\{\{(.+?)\}\}")

    def __init__(self, source, name="<template>"):
        self.name = name
        self.code = compile(self._translate(source), name, "exec")

    def _translate(self, source):
        lines, depth = ["_out = []"], 0
        for raw in source.splitlines():
            m = self._line.match(raw)
            if m:
                stmt = m.group(1)
                if stmt == "end":
                    depth -= 1
                    continue
                lines.append("    " * depth + stmt)
                if stmt.endswith(":"):
                    depth += 1
                continue
            text = self._expr.sub(lambda e: "%s", raw)
            args = ", ".join("_e(%s)" % e.group(1) for e in self._expr.finditer(raw))
            lines.append("    " * depth + "_out.append(%r %% (%s,))" % (text, args) if args else "    " * depth + "_out.append(%r)" % text)
        return "\n".join(lines)

    def render(self, **values):
        env = {"_e": lambda v: escape(str(v))}
        env.update(values)
        eval(self.code, env)
        return "\n".join(env["_out"])


def _mtimes():
    out = {}
    for mod in list(sys.modules.values()):
        path = getattr(mod, "__file__", None)
        if path and os.path.exists(path):
            out[path] = os.stat(path).st_mtime
    return out


def run_dev_server(app, host="127.0.0.1", port=8080, reload=True):
    """Serves app; with reload, a watcher process restarts the server when a source file changes."""
    from wsgiref.simple_server import make_server

    if reload and not os.environ.get("TINYWEB_CHILD"):
        while True:
            args = [sys.executable] + sys.argv
            env = os.environ.copy()
            env["TINYWEB_CHILD"] = "1"
            child = subprocess.Popen(args, env=env)
            code = child.wait()
            if code != 3:
                sys.exit(code)
    seen = _mtimes()
    server = make_server(host, port, app)
    server.timeout = 1
    while True:
        server.handle_request()
        if reload and _mtimes() != seen:
            sys.exit(3)
        time.sleep(0)


def page_buffer():
    return io.StringIO()
