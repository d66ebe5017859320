"""The request line (``GET /path?query HTTP/1.1``) and the log escaping around it.

Conventions, the same for every format:

* Log escapes are undone (Apache ``\\"`` and ``\\xHH``, nginx ``\\x22``, JSON ``\\uXXXX``): fields
  hold what the client sent. Percent-encoding is *not* decoded: paths stay as logged.
* A request line is *well-formed* when it starts with a method token followed by a target. The
  protocol may be missing (``GET /x`` from bad clients) and the target may contain spaces.
* Anything else (``-`` when the client sent nothing, TLS handshakes on a plain port such as
  ``\\x16\\x03\\x01...``, a lone word) is kept, not counted as malformed: method ``-``, path = the
  request line exactly as logged (escapes kept, ``""`` for ``-``), no query, no protocol. Those
  lines still name a client and a time, which an incident timeline wants.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|.)", re.DOTALL)
_SIMPLE_ESCAPES: dict[str, str] = {
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    '"': '"',
    "\\": "\\",
    "/": "/",
}
_METHOD = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
COMMON_METHODS = frozenset(
    ("GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "CONNECT", "TRACE", "PROPFIND")
)

#: (method, path, query, protocol)
RequestParts = tuple[str, str, str, str]


def unescape(text: str) -> str:
    """Undo log escaping; ``\\xHH`` bytes are re-assembled and decoded as UTF-8."""
    if "\\" not in text:
        return text
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(text):
        out += text[pos : m.start()].encode("utf-8", "surrogateescape")
        esc = m.group(1)
        if len(esc) == 3 and esc[0] == "x":
            out.append(int(esc[1:], 16))
        elif len(esc) == 5 and esc[0] == "u":
            out += chr(int(esc[1:], 16)).encode("utf-8", "surrogatepass")
        elif esc in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[esc].encode("utf-8")
        else:
            out += ("\\" + esc).encode("utf-8", "surrogateescape")
        pos = m.end()
    out += text[pos:].encode("utf-8", "surrogateescape")
    return out.decode("utf-8", "backslashreplace")


def split_target(target: str) -> tuple[str, str]:
    """``/a/b?x=1`` -> (``/a/b``, ``x=1``); escapes undone, percent-encoding kept."""
    if "\\" in target:
        target = unescape(target)
    path, _, query = target.partition("?")
    return path, query


def split_request_line(line: str) -> RequestParts:
    """Split a logged request line (still escaped) into method, path, query and protocol."""
    parts = line.split(" ")
    if len(parts) == 3 and parts[0] in COMMON_METHODS and parts[2].startswith("HTTP/"):
        target = parts[1]
        if "\\" in target:
            target = unescape(target)
        path, _, query = target.partition("?")
        return parts[0], path, query, parts[2]
    return _split_unusual(line)


def _split_unusual(line: str) -> RequestParts:
    parts = line.split()
    if len(parts) < 2 or not _METHOD.fullmatch(parts[0]):
        return "-", "" if line in ("-", "") else line, "", ""
    protocol = ""
    if len(parts) > 2 and parts[-1].upper().startswith("HTTP/"):
        protocol = parts.pop()
    path, query = split_target(" ".join(parts[1:]))
    return parts[0], path, query, protocol
