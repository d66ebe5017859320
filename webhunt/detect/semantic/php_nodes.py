"""Small helpers for PHP syntax nodes: names, literals, arguments."""

from __future__ import annotations

import re

from webhunt.detect.semantic.interp import text
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
    args = call.child_by_field_name("arguments")
    if args is None:
        args = next((c for c in call.named_children if c.type == "arguments"), None)
    return args


def var_name(node: Node) -> str | None:
    if node.type != "variable_name":
        return None
    for c in node.named_children:
        if c.type == "name":
            return text(c).decode("latin-1")
    return None


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
    if isinstance(k, bytes) and re.fullmatch(rb"-?[1-9]\d{0,17}|0", k):
        return int(k)
    return k


def string_const(node: Node) -> bytes:
    """The value of a string literal without interpolation."""
    raw = text(node)
    if node.type == "string":
        body = raw[1:-1] if len(raw) >= 2 else b""
        if raw[:1] in (b"b", b"B"):
            body = raw[2:-1]
        return php_unescape_single(body)
    body = raw[1:-1] if len(raw) >= 2 else b""
    return php_unescape_double(body)
