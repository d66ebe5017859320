"""Constant data decoded from a literal: ``json_decode('{"f":"system"}')``, ``unserialize('a:1:{...}')``.

A function name kept inside a structure written as JSON or in PHP's serialized form is as constant as
one in a string: ``($o->f)($x)`` or ``$a[0]($x)`` then calls it. These readers turn such a literal into
the abstract value the analysis follows (arrays and objects as items with constant keys). They read
only what is bounded (text size, nesting, item count); anything else gives None, and the value stays
unknown as before.
"""

from __future__ import annotations

import json
import re

from webhunt.detect.semantic.transforms import Const
from webhunt.detect.semantic.values import EMPTY, MAX_ITEMS, Val

#: Longest literal decoded, and deepest nesting kept.
MAX_TEXT = 16384
MAX_DEPTH = 4
#: A decimal key without a sign or leading zero: PHP stores "12" as the integer key 12.
_INT_KEY = re.compile(r"(?:0|-?[1-9][0-9]{0,17})\Z")


def _key(k: str | bytes | int) -> Const:
    if isinstance(k, int):
        return k
    s = k.decode("latin-1") if isinstance(k, bytes) else k
    if _INT_KEY.match(s):
        return int(s)
    return k if isinstance(k, bytes) else k.encode("utf-8")


def _scalar(x: object) -> Val | None:
    if isinstance(x, bool):
        return Val(const=1 if x else b"")
    if isinstance(x, (int, float)):
        return Val(const=x)
    if isinstance(x, str):
        return Val(const=x.encode("utf-8"))
    if isinstance(x, bytes):
        return Val(const=x)
    if x is None:
        return EMPTY
    return None


def _json_val(x: object, depth: int) -> Val:
    plain = _scalar(x)
    if plain is not None:
        return plain
    if depth >= MAX_DEPTH:
        return EMPTY
    if isinstance(x, dict):
        pairs = [(_key(k), v) for k, v in list(x.items())[:MAX_ITEMS]]
    elif isinstance(x, list):
        pairs = list(enumerate(x[:MAX_ITEMS]))
    else:
        return EMPTY
    return Val(items=tuple((k, _json_val(v, depth + 1)) for k, v in pairs))


def json_literal(text: bytes) -> Val | None:
    """``json_decode`` of a constant: objects and arrays alike as items (an object's properties are
    read as an array's keys, as for ``(object) [...]``)."""
    if len(text) > MAX_TEXT or text.strip()[:1] not in (b"{", b"["):
        return None
    try:
        data = json.loads(text.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return _json_val(data, 0)


def json_string_literal(text: bytes) -> Val | None:
    """``json_decode('"\\u0073ystem"')``: a JSON string (escapes decoded, UTF-8 out), or None."""
    if len(text) > MAX_TEXT or text.strip()[:1] != b'"':
        return None
    try:
        data = json.loads(text.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return Val(const=data.encode("utf-8")) if isinstance(data, str) else None


class _Unserializer:
    """PHP's serialized form, scalars and arrays only (``s:6:"system";``, ``a:1:{i:0;s:...}``)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def _until(self, stop: bytes) -> bytes | None:
        end = self.data.find(stop, self.pos)
        if end == -1 or end - self.pos > 40:
            return None
        out = self.data[self.pos : end]
        self.pos = end + len(stop)
        return out

    def _int(self, stop: bytes) -> int | None:
        raw = self._until(stop)
        if raw is None or not re.fullmatch(rb"[+-]?[0-9]{1,18}", raw):
            return None
        return int(raw)

    def value(self, depth: int) -> tuple[object, bool]:
        """The next value, and whether it was read."""
        tag = self.data[self.pos : self.pos + 2]
        if self.data[self.pos : self.pos + 2] == b"N;":
            self.pos += 2
            return None, True
        self.pos += 2
        if tag == b"s:":
            n = self._int(b':"')
            if n is None or n < 0 or self.pos + n + 2 > len(self.data):
                return None, False
            s = self.data[self.pos : self.pos + n]
            if self.data[self.pos + n : self.pos + n + 2] != b'";':
                return None, False
            self.pos += n + 2
            return s, True
        if tag in (b"i:", b"b:"):
            n = self._int(b";")
            if n is None:
                return None, False
            return (bool(n) if tag == b"b:" else n), True
        if tag == b"d:":
            raw = self._until(b";")
            try:
                return float(raw or b"x"), True
            except ValueError:
                return None, False
        if tag == b"a:" and depth < MAX_DEPTH:
            n = self._int(b":{")
            if n is None or n < 0 or n > MAX_ITEMS:
                return None, False
            out: dict[object, object] = {}
            for _ in range(n):
                k, ok = self.value(depth + 1)
                if not ok or not isinstance(k, (int, bytes)):
                    return None, False
                v, ok = self.value(depth + 1)
                if not ok:
                    return None, False
                out[k] = v
            if self.data[self.pos : self.pos + 1] != b"}":
                return None, False
            self.pos += 1
            return out, True
        return None, False


def _php_val(x: object) -> Val:
    plain = _scalar(x)
    if plain is not None:
        return plain
    if isinstance(x, dict):
        return Val(items=tuple((_key(k), _php_val(v)) for k, v in x.items()))
    return EMPTY


def unserialize_literal(text: bytes) -> Val | None:
    """``unserialize`` of a constant holding scalars and arrays (objects are left to the caller)."""
    if len(text) > MAX_TEXT:
        return None
    reader = _Unserializer(text.strip())
    data, ok = reader.value(0)
    if not ok or reader.pos != len(reader.data):
        return None
    return _php_val(data)
