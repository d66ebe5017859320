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


def first_class_callable(call: Node) -> bool:
    """``strlen(...)``, ``$obj->method(...)``, ``Cls::method(...)``: PHP 8.1's first-class callable
    syntax makes a Closure of the function instead of calling it."""
    args = arguments(call)
    if args is None:
        return False
    kids = args.named_children
    return len(kids) == 1 and kids[0].type == "variadic_placeholder"


_VAR_NAMES: dict[Node, str | None] = register_memo({})


def var_name(node: Node) -> str | None:
    """The name of a ``$name`` variable node (None for any other node)."""
    if node in _VAR_NAMES:
        return _VAR_NAMES[node]
    name: str | None = None
    if node.type == "variable_name":
        name = next((text(c).decode("latin-1") for c in node.named_children if c.type == "name"), None)
    return remember(_VAR_NAMES, node, name)


_PLAIN_NAME = re.compile(r"[A-Za-z_\x80-\xff][\w\x80-\xff]*")
#: What a string literal without interpolation holds: text and escapes only.
_LITERAL_PARTS = frozenset({"string_content", "string_value", "escape_sequence"})


def literal_var_name(node: Node) -> str | None:
    """The name of a ``$name`` variable, or of ``${'name'}`` / ``${"name"}``: a variable named by a
    string literal without interpolation is the same variable (``${"GLOBALS"}['k']`` is
    ``$GLOBALS['k']``). None for any other node."""
    if node.type == "variable_name":
        return var_name(node)
    if node.type != "dynamic_variable_name":
        return None
    kids = node.named_children
    if len(kids) != 1 or kids[0].type not in ("string", "encapsed_string"):
        return None
    if any(c.type not in _LITERAL_PARTS for c in kids[0].named_children):
        return None
    name = string_const(kids[0]).decode("latin-1")
    return name if _PLAIN_NAME.fullmatch(name) else None


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


#: Nodes whose gotos jump inside themselves only: a function, method, closure or class body.
_OWN_SCOPE = frozenset(
    {
        "function_definition",
        "method_declaration",
        "anonymous_function",
        "anonymous_function_creation_expression",
        "arrow_function",
        "class_declaration",
        "interface_declaration",
        "trait_declaration",
        "enum_declaration",
    }
)


def _label(node: Node) -> bytes | None:
    """The label a ``goto`` statement names or a ``name:`` statement defines (case matters)."""
    return next((text(c) for c in node.named_children if c.type == "name"), None)


def _nested_gotos(node: Node) -> list[bytes]:
    """Labels that ``goto`` statements inside ``node`` (not in a function or class it holds) name."""
    found: list[bytes] = []
    stack = list(node.named_children)
    while stack:
        n = stack.pop()
        if n.type == "goto_statement":
            label = _label(n)
            if label is not None:
                found.append(label)
        elif n.type not in _OWN_SCOPE:
            stack.extend(n.named_children)
    return found


def goto_order(stmts: tuple[Node, ...] | list[Node]) -> list[Node] | None:
    """The statements of one block in the order its ``goto`` jumps run them, or None when the block
    defines no label. Goto-obfuscated code (``goto a; b: eval($x); goto c; a: $x = ...; goto b;``)
    is straight-line code cut into pieces and shuffled: from the first statement, each ``goto`` to a
    label of the block continues at that label, and a label that a nested ``goto`` names (in an
    ``if``) is followed after the current path ends. Each statement comes once; statements that no
    path reaches follow in the file's order (they are read as before)."""
    labels: dict[bytes, int] = {}
    for i, s in enumerate(stmts):
        if s.type == "named_label_statement":
            label = _label(s)
            if label is not None:
                labels.setdefault(label, i)
    if not labels:
        return None
    order: list[Node] = []
    seen: set[int] = set()
    pending = [0]
    while pending:
        i = pending.pop(0)
        while i < len(stmts) and i not in seen:
            seen.add(i)
            s = stmts[i]
            if s.type == "goto_statement":
                label = _label(s)
                target = labels.get(label) if label is not None else None
                if target is None:
                    break  # a jump out of this block: the path ends here
                i = target
                continue
            if s.type != "named_label_statement":
                order.append(s)
                pending.extend(
                    t for n in _nested_gotos(s) if (t := labels.get(n)) is not None and t not in seen
                )
            i += 1
    order.extend(
        s
        for i, s in enumerate(stmts)
        if i not in seen and s.type not in ("goto_statement", "named_label_statement")
    )
    return order
