"""Decoding loops folded statically: ``for (...) $o .= $d[$i] ^ $k[$i % strlen($k)];``.

When the string a loop walks over and the key it combines it with are constants, the loop's result
is computed here byte by byte with a tiny evaluator (indexing, ``chr``/``ord``, ``^ + - % & |``);
nothing else is supported, so anything unexpected leaves the value unknown.
"""

from __future__ import annotations

from collections.abc import Iterator

from webhunt.detect.semantic.interp import field_child, named, text
from webhunt.detect.semantic.parsers import Node
from webhunt.detect.semantic.php_guards import arg_nodes
from webhunt.detect.semantic.php_nodes import parse_int, static_name, string_const, var_name
from webhunt.detect.semantic.transforms import (
    BUILDERS,
    DECODERS,
    MAX_VALUE,
    Budget,
    Const,
    php_str,
    xor_bytes,
)
from webhunt.detect.semantic.values import Val


def _body_expressions(body: Node | None) -> list[Node]:
    """The expressions of the first statements directly in a loop body (a lone statement too)."""
    if body is None:
        return []
    stmts = named(body) if body.type in ("compound_statement", "colon_block") else [body]
    return [named(s)[0] if s.type == "expression_statement" and named(s) else s for s in stmts[:6]]


def loop_appends(body: Node | None, indexing: bool = True) -> list[tuple[str, Node]]:
    """``$o .= <expr indexing a string>`` statements directly in a loop body (``$s[$i]`` or
    ``substr($s, $i, 2)``; any expression when not ``indexing``: a ``foreach`` names its element
    instead)."""
    out = []
    for expr in _body_expressions(body):
        if expr.type == "assignment_expression":
            joined = _self_append(expr)  # $o = $o . <expr> is $o .= <expr>
            if joined is not None and (not indexing or _indexes(joined[1])):
                out.append(joined)
            continue
        if expr.type != "augmented_assignment_expression":
            continue
        op = field_child(expr, "operator")
        left = field_child(expr, "left")
        right = field_child(expr, "right")
        target = var_name(left) if left is not None else None
        if (
            op is not None
            and text(op) == b".="
            and target
            and right is not None
            and (not indexing or _indexes(right))
        ):
            out.append((target, right))
    return out


def _indexes(right: Node) -> bool:
    """Whether an appended expression reads a string by index (``$s[$i]``, ``substr($s, $i, 2)``)."""
    return b"[" in text(right) or b"substr(" in text(right).lower()


def _self_append(expr: Node) -> tuple[str, Node] | None:
    """``$o`` and ``<expr>`` of ``$o = $o . <expr>`` (a loop appending to its own result the long
    way), or None."""
    left = field_child(expr, "left")
    right = field_child(expr, "right")
    if left is None or right is None or right.type != "binary_expression":
        return None
    op = field_child(right, "operator")
    head = field_child(right, "left")
    tail = field_child(right, "right")
    if op is None or text(op) != b"." or head is None or tail is None or head.type != "variable_name":
        return None
    name = var_name(left)
    return (name, tail) if name and var_name(head) == name else None


def loop_rewrites(body: Node | None) -> list[tuple[str, Node]]:
    """``$s[$i] = <expr reading $s>`` statements directly in a loop body: a string rewritten in
    place byte by byte (``$s[$i] = chr(ord($s[$i]) - 1);``)."""
    out = []
    for kids, right in _element_assignments(body):
        if len(kids) != 2 or kids[0].type != "variable_name" or kids[1].type != "variable_name":
            continue
        target = var_name(kids[0])
        if target and (b"$" + target.encode("latin-1") + b"[") in text(right):
            out.append((target, right))
    return out


def _element_assignments(body: Node | None) -> Iterator[tuple[tuple[Node, ...], Node]]:
    """``$a[...] = <expr>;`` statements directly in a loop body: (the subscript's named children,
    the right side)."""
    for expr in _body_expressions(body):
        if expr.type != "assignment_expression":
            continue
        left = field_child(expr, "left")
        right = field_child(expr, "right")
        if left is not None and right is not None and left.type == "subscript_expression":
            yield named(left), right


def foreach_maps(body: Node | None, value: str, key: str | None) -> list[tuple[str, Node, bool]]:
    """``$out[] = f($v);`` (or ``$out[$k] = f($v);``) statements directly in the body of a
    ``foreach (... as $k => $v)``: a new array filled with every element passed through ``f``. Each
    is (target, call, keyed)."""
    out = []
    for kids, right in _element_assignments(body):
        if right.type != "function_call_expression":
            continue
        if not kids or kids[0].type != "variable_name" or len(kids) > 2:
            continue
        keyed = len(kids) == 2
        if keyed and (key is None or kids[1].type != "variable_name" or var_name(kids[1]) != key):
            continue
        args = arg_nodes(right)
        target = var_name(kids[0])
        if len(args) == 1 and args[0].type == "variable_name" and var_name(args[0]) == value and target:
            out.append((target, right, keyed))
    return out


def table_stores(body: Node | None, key: str | None) -> tuple[str, str, bool] | None:
    """``$t[$k] = $s;`` (or ``$t[] = $s;``) directly in the body of a ``foreach (... as $k => $v)``
    whose other statements compute ``$s``: the table written (target), the variable stored, and
    whether the element keeps its key. None for any other body."""
    for kids, right in _element_assignments(body):
        if right.type != "variable_name" or not kids or kids[0].type != "variable_name" or len(kids) > 2:
            continue
        keyed = len(kids) == 2
        if keyed and (key is None or kids[1].type != "variable_name" or var_name(kids[1]) != key):
            continue
        target, stored = var_name(kids[0]), var_name(right)
        if target and stored and target != stored:
            return target, stored, keyed
    return None


#: Most table elements a file's ``foreach`` loops rewriting a table are run for (one body run each).
MAX_TABLE_RERUNS = 64
#: Largest loop body (bytes) run once per element of the table it rewrites.
MAX_TABLE_BODY = 1200

#: Most elements a ``foreach`` over a constant array is folded for.
MAX_FOLDED_ITEMS = 4096


def fold_foreach(
    expr: Node,
    items: tuple[tuple[Const, Val], ...],
    key_name: str | None,
    value_name: str,
    env: dict[str, Val],
    budget: Budget,
) -> bytes | None:
    """``foreach (array(115, 121, ...) as $c) $o .= chr($c);``: the string the loop builds, when every
    element is a constant and the appended expression is one ``mini_eval`` knows."""
    if not items or len(items) > MAX_FOLDED_ITEMS:
        return None
    local = dict(env)
    out = bytearray()
    for i, (k, v) in enumerate(items):
        if v.const is None:
            return None
        local[value_name] = Val(const=v.const)
        if key_name:
            local[key_name] = Val(const=k)
        val = mini_eval(expr, "", i, local)
        if val is None:
            return None
        if isinstance(val, int):
            out.append(val % 256)
        else:
            out += php_str(val)
        if len(out) > MAX_VALUE:
            return None
    if not budget.take(len(out)):
        return None
    return bytes(out)


def elementwise(
    expr: Node, env: dict[str, Val], budget: Budget, step: int = 1
) -> tuple[bytes, tuple[str, ...]] | None:
    """Evaluate ``expr`` once per byte of the constant string it indexes with the loop index (once
    per ``step`` bytes when the loop advances by more than one: ``$i += 2`` over hex digits)."""
    loop_name: str | None = None
    data: bytes | None = None
    stack = [expr]
    seen = 0
    while stack:
        n = stack.pop()
        seen += 1
        if seen > 64:
            return None
        if n.type == "subscript_expression":
            kids = named(n)
            if len(kids) != 2 or kids[0].type != "variable_name":
                return None
            v = env.get(var_name(kids[0]) or "")
            if v is None or not isinstance(v.const, bytes) or not v.const:
                return None
            if kids[1].type == "variable_name" and data is None:
                loop_name = var_name(kids[1])
                data = v.const
            continue
        if n.type == "function_call_expression" and data is None:
            # substr($h, $i, 2): the loop reads its string a few bytes at a time
            fn = field_child(n, "function")
            args = arg_nodes(n)
            if (
                fn is not None
                and static_name(fn) == "substr"
                and len(args) == 3
                and args[0].type == "variable_name"
                and args[1].type == "variable_name"
            ):
                v = env.get(var_name(args[0]) or "")
                if v is not None and isinstance(v.const, bytes) and v.const:
                    loop_name = var_name(args[1])
                    data = v.const
        stack.extend(named(n))
    if data is None or loop_name is None:
        return None
    if len(data) > min(MAX_VALUE, budget.left()):
        return None
    chain_ops: tuple[str, ...] = ()
    for v in env.values():
        if v.const == data and v.ops:
            chain_ops = tuple(op for op in v.ops if op in DECODERS)
            break
    out = bytearray()
    for i in range(0, len(data) - step + 1, step):
        val = mini_eval(expr, loop_name, i, env)
        if val is None:
            return None
        if isinstance(val, int):
            out.append(val % 256)
        else:
            piece = php_str(val)
            if len(piece) != 1:
                return None  # one byte out per step, or the loop is not the decoder it looks like
            out += piece
    if not budget.take(len(out)):
        return None
    return bytes(out), (*chain_ops, "xor" if step == 1 else "hex2bin")


def loop_step(updates: list[Node], loop: str | None = None) -> int:
    """How far a ``for`` loop's update moves its index: ``$i++`` is 1, ``$i += 2`` or
    ``$i = $i + 2`` is 2; 0 when the update is anything else."""
    if len(updates) != 1:
        return 0
    u = updates[0]
    if u.type in ("update_expression",):
        return 1 if b"++" in text(u) else 0
    if u.type == "augmented_assignment_expression":
        op = field_child(u, "operator")
        right = field_child(u, "right")
        if op is not None and text(op) == b"+=" and right is not None and right.type == "integer":
            n = parse_int(text(right))
            return n if isinstance(n, int) and 0 < n <= MAX_STEP else 0
        return 0
    if u.type == "assignment_expression":
        left = field_child(u, "left")
        right = field_child(u, "right")
        if left is None or right is None or right.type != "binary_expression":
            return 0
        op = field_child(right, "operator")
        a, b = field_child(right, "left"), field_child(right, "right")
        if op is None or text(op) != b"+" or a is None or b is None or b.type != "integer":
            return 0
        if var_name(a) != var_name(left):
            return 0
        n = parse_int(text(b))
        return n if isinstance(n, int) and 0 < n <= MAX_STEP else 0
    return 0


#: Longest stride a folded loop may take (two hex digits, three octal digits, a few more).
MAX_STEP = 4
#: Decoders a loop may apply to each constant element (none of them inflates its input).
_ELEMENT_DECODERS = frozenset(
    {"hex2bin", "base64_decode", "str_rot13", "strrev", "urldecode", "rawurldecode"}
)


#: Functions that make a short piece of text of one element (a character code printed as a
#: character, a case change).
_ELEMENT_BUILDERS = frozenset({"sprintf", "strtolower", "strtoupper", "ucfirst", "lcfirst", "trim", "strrev"})


def mini_eval(node: Node, loop: str, i: int, env: dict[str, Val], depth: int = 0) -> Const | None:
    """Evaluate a per-byte expression for loop index ``i`` (bounded depth)."""
    if depth > 12:
        return None
    t = node.type
    if t == "parenthesized_expression":
        kids = named(node)
        return mini_eval(kids[0], loop, i, env, depth + 1) if kids else None
    if t == "integer":
        return parse_int(text(node))
    if t == "variable_name":
        name = var_name(node)
        if name == loop:
            return i
        v = env.get(name or "")
        return v.const if v is not None and v.const is not None else None
    if t in ("string", "encapsed_string") and node.named_child_count <= 1:
        return string_const(node)
    if t == "subscript_expression":
        kids = named(node)
        if len(kids) != 2:
            return None
        base = mini_eval(kids[0], loop, i, env, depth + 1)
        idx = mini_eval(kids[1], loop, i, env, depth + 1)
        if not isinstance(base, bytes) or not isinstance(idx, int) or not base:
            return None
        return base[idx % len(base) : idx % len(base) + 1] if 0 <= idx < 1 << 40 else None
    if t == "function_call_expression":
        fn_node = field_child(node, "function")
        name = static_name(fn_node) if fn_node is not None else None
        args = arg_nodes(node)
        if name in ("chr", "ord", "strlen") and len(args) == 1:
            arg = mini_eval(args[0], loop, i, env, depth + 1)
            if name == "chr" and isinstance(arg, int):
                return bytes([arg % 256])
            if name == "ord" and isinstance(arg, bytes):
                return arg[0] if arg else 0
            if name == "strlen" and isinstance(arg, bytes):
                return len(arg)
        if name in ("hexdec", "octdec", "bindec", "intval", "base_convert") and 1 <= len(args) <= 3:
            # chr(hexdec($h)), chr(intval($b, 2)), base_convert($p, 36, 10): digits of another base,
            # element by element, read as the folding of constants reads them
            vals = [mini_eval(a, loop, i, env, depth + 1) for a in args]
            if all(isinstance(v, (bytes, int)) and not isinstance(v, bool) for v in vals):
                fn = BUILDERS.get(name)
                out = fn([v for v in vals if v is not None], Budget()) if fn is not None else None
                return out if isinstance(out, (bytes, int)) and not isinstance(out, bool) else None
        if name in _ELEMENT_BUILDERS and 1 <= len(args) <= 2:
            # foreach ($codes as $n) $f .= sprintf('%c', $n): one short piece per element
            vals = [mini_eval(a, loop, i, env, depth + 1) for a in args]
            fn = BUILDERS.get(name)
            if fn is not None and all(isinstance(v, (bytes, int)) and not isinstance(v, bool) for v in vals):
                try:
                    out = fn([v for v in vals if v is not None], Budget())
                except (ValueError, IndexError, OverflowError, UnicodeError):
                    return None
                return out if isinstance(out, bytes) and len(out) <= MAX_STEP else None
        if name in _ELEMENT_DECODERS and len(args) == 1:
            # foreach (array('6874', '7470') as $h) $u .= hex2bin($h): a string kept in decoded
            # pieces (these decoders never produce more bytes than they read)
            arg = mini_eval(args[0], loop, i, env, depth + 1)
            if isinstance(arg, bytes):
                return _decoded_piece(name, arg)
        if name == "substr" and len(args) == 3:
            base = mini_eval(args[0], loop, i, env, depth + 1)
            start = mini_eval(args[1], loop, i, env, depth + 1)
            length = mini_eval(args[2], loop, i, env, depth + 1)
            if (
                isinstance(base, bytes)
                and isinstance(start, int)
                and isinstance(length, int)
                and start >= 0
                and 0 < length <= MAX_STEP
            ):
                return base[start : start + length]
        return None
    if t == "binary_expression":
        op_node = field_child(node, "operator")
        left = field_child(node, "left")
        right = field_child(node, "right")
        if op_node is None or left is None or right is None:
            return None
        a = mini_eval(left, loop, i, env, depth + 1)
        b = mini_eval(right, loop, i, env, depth + 1)
        op = text(op_node)
        if isinstance(a, bytes) and isinstance(b, bytes) and op == b"^":
            return xor_bytes(a, b)
        if (
            op == b"."
            and a is not None
            and b is not None
            and not isinstance(a, float)
            and not isinstance(b, float)
        ):
            joined = php_str(a) + php_str(b)
            return joined if len(joined) <= MAX_STEP else None
        if isinstance(a, int) and isinstance(b, int):
            if op == b"^":
                return a ^ b
            if op == b"+":
                return a + b
            if op == b"-":
                return a - b
            if op == b"*":
                return a * b if abs(a) < 1 << 31 and abs(b) < 1 << 31 else None
            if op == b"%":  # PHP: the remainder takes the dividend's sign
                return (abs(a) % abs(b)) * (-1 if a < 0 else 1) if b else None
            if op == b"&":
                return a & b
            if op == b"|":
                return a | b
        return None
    return None


def _decoded_piece(name: str, arg: bytes) -> bytes | None:
    """One decoder of :data:`_ELEMENT_DECODERS` applied to a constant element."""
    out = DECODERS[name]([arg], Budget())
    return out if isinstance(out, bytes) else None


#: Most passes a counted loop is run for when its appends are folded.
MAX_COUNTED = 512
#: Longest string a counted loop may build while folded (function names, short payloads).
MAX_COUNTED_VALUE = 64 * 1024


def counted_range(
    inits: list[Node], conds: list[Node], updates: list[Node], env: dict[str, Val]
) -> tuple[str, range] | None:
    """The index and its values of ``for ($i = 0; $i < count($a); $i++)`` when the start is a literal
    and the bound a literal, a constant variable, or ``count``/``sizeof``/``strlen`` of a constant
    (the body only appends, so the bound stays what it was); None for any other loop."""
    if len(inits) != 1 or len(conds) != 1:
        return None
    init, cond = inits[0], conds[0]
    left = field_child(init, "left") if init.type == "assignment_expression" else None
    start_node = field_child(init, "right") if left is not None else None
    loop = var_name(left) if left is not None and left.type == "variable_name" else None
    start = parse_int(text(start_node)) if start_node is not None and start_node.type == "integer" else None
    if not loop or not isinstance(start, int) or cond.type != "binary_expression":
        return None
    op = field_child(cond, "operator")
    a, b = field_child(cond, "left"), field_child(cond, "right")
    if op is None or a is None or b is None or var_name(a) != loop or text(op) not in (b"<", b"<=", b"!="):
        return None
    bound = _bound(b, env)
    step = loop_step(updates)
    if bound is None or step <= 0:
        return None
    stop = bound + 1 if text(op) == b"<=" else bound
    if start < 0 or stop - start > MAX_COUNTED * step:
        return None
    return loop, range(start, max(start, stop), step)


def _bound(node: Node, env: dict[str, Val]) -> int | None:
    if node.type == "integer":
        n = parse_int(text(node))
        return n if isinstance(n, int) else None
    if node.type == "variable_name":
        v = env.get(var_name(node) or "")
        return v.const if v is not None and isinstance(v.const, int) else None
    if node.type != "function_call_expression":
        return None
    fn = field_child(node, "function")
    args = arg_nodes(node)
    name = static_name(fn) if fn is not None else None
    if len(args) != 1 or args[0].type != "variable_name":
        return None
    v = env.get(var_name(args[0]) or "")
    if v is None or v.taints:
        return None
    if name in ("count", "sizeof") and v.items is not None:
        return len(v.items)
    if name == "strlen" and isinstance(v.const, bytes):
        return len(v.const)
    return None


def fold_counted(
    body: Node | None,
    appends: list[tuple[str, Node]],
    loop: str,
    passes: range,
    before: dict[str, Val | None],
    env: dict[str, Val],
    budget: Budget,
) -> dict[str, bytes] | None:
    """Run a counted loop whose body only appends (``$f .= $parts[$i]``, ``$f .= $f . $a[$i]``) to
    strings, each appended piece a constant of the file for every index: the strings it leaves (a
    function name spelt out of a constant array one element at a time). None when any piece is
    unknown, tainted, or the body does anything but append."""
    if body is None or not appends:
        return None
    stmts = named(body) if body.type in ("compound_statement", "colon_block") else [body]
    if len([s for s in stmts if s.type != "comment"]) != len(appends):
        return None
    cur: dict[str, bytes] = {}
    for target, _right in appends:
        prior = before.get(target)
        if prior is not None and (
            prior.taints or (prior.const is not None and not isinstance(prior.const, bytes))
        ):
            return None
        cur[target] = prior.const if prior is not None and isinstance(prior.const, bytes) else b""
        if prior is not None and prior.const is None and (prior.items is not None or prior.func or prior.cls):
            return None
    for i in passes:
        for target, right in appends:
            piece = _piece(right, loop, i, cur, env, 0)
            if piece is None:
                return None
            cur[target] = cur[target] + php_str(piece)
            if len(cur[target]) > MAX_COUNTED_VALUE:
                return None
    if not budget.take(sum(len(v) for v in cur.values())):
        return None
    return cur


def _piece(
    node: Node, loop: str, i: int, cur: dict[str, bytes], env: dict[str, Val], depth: int
) -> Const | None:
    """One appended expression for index ``i``: literals, the strings being built, constant arrays'
    elements, concatenation; anything else as :func:`mini_eval` computes it."""
    if depth > 12:
        return None
    t = node.type
    if t == "parenthesized_expression":
        kids = named(node)
        return _piece(kids[0], loop, i, cur, env, depth + 1) if kids else None
    if t == "variable_name":
        name = var_name(node) or ""
        if name in cur:
            return cur[name]
    if t == "subscript_expression":
        kids = named(node)
        if len(kids) == 2 and kids[0].type == "variable_name":
            v = env.get(var_name(kids[0]) or "")
            if v is not None and v.items is not None:
                key = _piece(kids[1], loop, i, cur, env, depth + 1)
                item = v.item(key) if isinstance(key, (int, bytes)) else None
                if item is None or item.taints or item.const is None or isinstance(item.const, float):
                    return None
                return item.const
    if t == "binary_expression":
        op = field_child(node, "operator")
        a_node, b_node = field_child(node, "left"), field_child(node, "right")
        if op is not None and text(op) == b"." and a_node is not None and b_node is not None:
            a = _piece(a_node, loop, i, cur, env, depth + 1)
            b = _piece(b_node, loop, i, cur, env, depth + 1)
            if a is None or b is None or isinstance(a, float) or isinstance(b, float):
                return None
            joined = php_str(a) + php_str(b)
            return joined if len(joined) <= MAX_COUNTED_VALUE else None
    merged = dict(env)
    for name, value in cur.items():
        merged[name] = Val(const=value)
    return mini_eval(node, loop, i, merged, depth + 1)
