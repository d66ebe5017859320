"""Small helpers for PHP syntax nodes: names, literals, arguments."""

from __future__ import annotations

import math
import re

from webhunt.detect.semantic.interp import field_child, register_memo, remember, text
from webhunt.detect.semantic.parsers import Node
from webhunt.detect.semantic.transforms import Const, php_unescape_double, php_unescape_single


def static_name(node: Node) -> str | None:
    """The lower-case name of a ``name`` / ``qualified_name`` node (namespace dropped)."""
    if node.type == "name":
        return text(node).decode("latin-1").lower()
    if node.type == "qualified_name":
        parts = [c for c in node.named_children if c.type == "name"]
        if parts:
            return text(parts[-1]).decode("latin-1").lower()
    return None


def arguments(call: Node) -> Node | None:
    args = field_child(call, "arguments")
    if args is None:
        args = next((c for c in call.named_children if c.type == "arguments"), None)
    return args


_VAR_NAMES: dict[Node, str | None] = register_memo({})


def var_name(node: Node) -> str | None:
    """The name of a ``$name`` variable node (None for any other node)."""
    if node in _VAR_NAMES:
        return _VAR_NAMES[node]
    name: str | None = None
    if node.type == "variable_name":
        name = next((text(c).decode("latin-1") for c in node.named_children if c.type == "name"), None)
    return remember(_VAR_NAMES, node, name)


def parse_int(raw: bytes) -> int | None:
    s = raw.replace(b"_", b"").lower()
    try:
        if s.startswith(b"0x"):
            return int(s[2:], 16)
        if s.startswith(b"0b"):
            return int(s[2:], 2)
        if s.startswith(b"0o"):
            return int(s[2:], 8)
        if len(s) > 1 and s.startswith(b"0"):
            return int(s, 8)
        return int(s)
    except ValueError:
        return None


def norm_key(k: Const) -> Const:
    """An array key as PHP stores it: decimal integer strings and floats (truncated) are integers."""
    if isinstance(k, float):
        return int(k) if math.isfinite(k) else 0
    if isinstance(k, bytes) and re.fullmatch(rb"-?[1-9]\d{0,17}|0", k):
        return int(k)
    return k


_STRINGS: dict[Node, bytes] = register_memo({})


def string_const(node: Node) -> bytes:
    """The value of a string literal without interpolation."""
    out = _STRINGS.get(node)
    if out is not None:
        return out
    raw = text(node)
    if node.type == "string":
        body = raw[1:-1] if len(raw) >= 2 else b""
        if raw[:1] in (b"b", b"B"):
            body = raw[2:-1]
        return remember(_STRINGS, node, php_unescape_single(body))
    body = raw[1:-1] if len(raw) >= 2 else b""
    return remember(_STRINGS, node, php_unescape_double(body))
