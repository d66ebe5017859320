"""Which expressions a PHP condition validates: allow-lists, strict patterns, literal checks.

``guards(cond)`` answers two questions about an ``if``/ternary/``&&`` condition: which checked
expressions are known safe when it is true (``pos``) and when it is false (``neg``). ``in_array``
and ``array_key_exists`` allow-lists, ``preg_match`` with an anchored pattern without wildcards,
``ctype_*``/``is_numeric``/``filter_var`` validation, equality with a literal and ``hash_equals`` or
hash comparisons count. Expressions are identified by their whitespace-free source text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from webhunt.detect.semantic import php_tables as T
from webhunt.detect.semantic.interp import field_child, named, norm, text
from webhunt.detect.semantic.parsers import Node
from webhunt.detect.semantic.php_nodes import arguments, static_name, string_const, var_name
from webhunt.detect.semantic.transforms import Const
from webhunt.detect.semantic.values import CHARSET_KEY, SOFT_KEY

#: A user predicate named as a check (``allowed_name($n)``, ``is_valid_upload($f)``): trusted only to
#: keep an uploaded file's name safe (``GUARD_CHECKED``), never to make input safe to run.
_PREDICATE = re.compile(
    r"(?:^|_)(?:is_?)?(?:allowed|valid|safe|permitted|whitelisted)|^(?:validate|check|verify)"
)

#: How the analyser folds a node to a constant (for patterns held in variables).
ConstOf = Callable[[Node], Const | None]
#: The parameters a function defined in the file validates when it returns true (its positions).
PredicateOf = Callable[[str], tuple[int, ...]]


def guards(
    cond: Node, const_of: ConstOf, depth: int = 0, predicates: PredicateOf | None = None
) -> tuple[set[bytes], set[bytes]]:
    """Expressions a condition validates when true (pos) and when false (neg)."""
    if depth > 12:
        return set(), set()
    t = cond.type
    if t == "parenthesized_expression":
        kids = named(cond)
        return guards(kids[0], const_of, depth + 1, predicates) if kids else (set(), set())
    if t == "unary_op_expression":
        op_node = field_child(cond, "operator")
        arg = field_child(cond, "argument")
        if op_node is not None and text(op_node) == b"!" and arg is not None:
            pos, neg = guards(arg, const_of, depth + 1, predicates)
            return neg, pos
        return set(), set()
    if t == "binary_expression":
        op = text(field_child(cond, "operator")).lower()
        left = field_child(cond, "left")
        right = field_child(cond, "right")
        if left is None or right is None:
            return set(), set()
        if op in (b"&&", b"and", b"||", b"or"):
            p1, n1 = guards(left, const_of, depth + 1, predicates)
            p2, n2 = guards(right, const_of, depth + 1, predicates)
            if op in (b"&&", b"and"):
                return p1 | p2, n1 & n2
            return p1 & p2, n1 | n2
        if op in (b"===", b"==", b"!==", b"!=", b"<>"):
            negated = op in (b"!==", b"!=", b"<>")
            pos = equality_guard(left, right) | equality_guard(right, left)
            lit = bool_literal(right) if right is not None else None
            if lit is None:
                lit = bool_literal(left)
                inner = right
            else:
                inner = left
            if lit is not None and inner is not None:
                p, n = guards(inner, const_of, depth + 1, predicates)
                truthy = lit != negated
                return (p, n) if truthy else (n, p)
            return (set(), pos) if negated else (pos, set())
        return set(), set()
    if t == "function_call_expression":
        fn = field_child(cond, "function")
        name = static_name(fn) if fn is not None else None
        args = arg_nodes(cond)
        if name is None:
            return set(), set()
        if name in T.VALIDATORS and len(args) > T.VALIDATORS[name]:
            keys = checked_keys(args[T.VALIDATORS[name]])
            return (_charset(keys) if name.startswith("ctype_") else keys), set()
        if name == "preg_match" and len(args) >= 2:
            pattern = const_of(args[0])
            if isinstance(pattern, bytes) and T.restrictive_pattern(pattern):
                return _charset(checked_keys(args[1])), set()
        if name == "filter_var" and len(args) >= 2:
            flt = text(args[1]).lower().decode("latin-1")
            if flt in T.SAFE_FILTERS:
                return checked_keys(args[0]), set()
        if name == "hash_equals" and len(args) >= 2:
            return hashed_keys(args[0]) | hashed_keys(args[1]), set()
        validated = predicates(name) if predicates is not None and name not in T.VALIDATORS else ()
        if validated:  # a validator defined in the file, judged by what it returns
            return {k for i in validated if i < len(args) for k in checked_keys(args[i])}, set()
        if args and name not in T.VALIDATORS and _PREDICATE.search(name):
            return {SOFT_KEY + k for k in checked_keys(args[0])}, set()
        if name == "isset" or name == "array_key_exists":
            out: set[bytes] = set()
            for a in args:
                if a.type == "subscript_expression":
                    kids = named(a)
                    if len(kids) == 2 and kids[0].type == "variable_name":
                        base = var_name(kids[0])
                        if base and base not in T.SUPERGLOBALS:
                            out |= checked_keys(kids[1])
            return out, set()
    return set(), set()


def _charset(keys: set[bytes]) -> set[bytes]:
    """Keys a character-class check validated: safe, and marked as text a decoder opens again."""
    return keys | {CHARSET_KEY + k for k in keys}


def bool_literal(node: Node) -> bool | None:
    if node.type == "boolean":
        return text(node).lower() == b"true"
    if node.type == "integer":
        return text(node) != b"0"
    return None


def _equalities(cond: Node, depth: int = 0) -> list[tuple[Node, Node]]:
    """(variable, literal) pairs a condition, when true, makes equal (``$show == 'capture'``, alone
    or joined by ``&&``/``and``); ``$f == 'a' || $f == 'b'`` on one variable gives its first pair."""
    if depth > 12:
        return []
    if cond.type == "parenthesized_expression":
        kids = named(cond)
        return _equalities(kids[0], depth + 1) if kids else []
    if cond.type != "binary_expression":
        return []
    op = text(field_child(cond, "operator")).lower()
    left = field_child(cond, "left")
    right = field_child(cond, "right")
    if left is None or right is None:
        return []
    if op in (b"&&", b"and"):
        return _equalities(left, depth + 1) + _equalities(right, depth + 1)
    if op in (b"||", b"or"):
        a = _equalities(left, depth + 1)
        b = _equalities(right, depth + 1)
        one = len(a) == 1 and len(b) == 1 and text(a[0][0]) == text(b[0][0])
        return a if one else []
    if op not in (b"===", b"=="):
        return []
    for subject, other in ((left, right), (right, left)):
        literal = other.type in ("string", "integer", "float", "encapsed_string")
        if literal and subject.type == "variable_name":
            return [(subject, other)]
    return []


def pinned_keys(cond: Node) -> set[bytes]:
    """Plain variables a condition, when true, makes equal to a literal: their value is known in
    the branch it guards."""
    out: set[bytes] = set()
    for subject, literal in _equalities(cond):
        if literal.type != "encapsed_string" or literal.named_child_count <= 1:
            out |= checked_keys(subject)
    return out


def pinned_literals(cond: Node) -> dict[str, bytes]:
    """Plain variables a condition, when true, makes equal to a quoted string literal, with that
    literal (escapes included, nothing interpolated). A callable picked at run time from a list
    and called in the branch that names it (``if ($f == 'exec') $f($cmd)``) is the function that
    branch names."""
    out: dict[str, bytes] = {}
    for subject, literal in reversed(_equalities(cond)):  # the leftmost comparison wins
        quoted = literal.type == "string" or (
            literal.type == "encapsed_string"
            and all(c.type in ("string_content", "string_value", "escape_sequence") for c in named(literal))
        )
        name = var_name(subject)
        if quoted and name:
            out[name] = string_const(literal)
    return out


def equality_guard(subject: Node, other: Node) -> set[bytes]:
    if other.type in ("string", "integer", "float") or (
        other.type == "encapsed_string" and other.named_child_count <= 1
    ):
        return checked_keys(subject) | hashed_keys(subject)
    if other.type in ("name", "class_constant_access_expression") and subject.type in (
        "variable_name",
        "subscript_expression",
    ):
        return checked_keys(subject)
    return set()


def hashed_keys(node: Node) -> set[bytes]:
    if node.type == "function_call_expression":
        fn = field_child(node, "function")
        name = static_name(fn) if fn is not None else None
        if name in T.HASHES:
            out: set[bytes] = set()
            for a in arg_nodes(node):
                out |= checked_keys(a)
            return out
    return set()


def checked_keys(node: Node) -> set[bytes]:
    while node.type == "parenthesized_expression" and named(node):
        node = named(node)[0]
    if node.type == "function_call_expression":
        # parse_url($url, PHP_URL_HOST) held to an allow-list: the URL may only lead to those hosts
        fn = field_child(node, "function")
        args = arg_nodes(node)
        if (
            fn is not None
            and static_name(fn) == "parse_url"
            and len(args) >= 2
            and text(args[1]).strip().lstrip(b"\\").upper() == b"PHP_URL_HOST"
        ):
            return checked_keys(args[0])
        return set()
    if node.type in (
        "variable_name",
        "subscript_expression",
        "member_access_expression",
        "scoped_property_access_expression",
    ):
        return {norm(node)}
    return set()


def arg_nodes(call: Node) -> list[Node]:
    args = arguments(call)
    out: list[Node] = []
    for a in named(args) if args is not None else []:
        kids = named(a)
        if kids:
            out.append(kids[-1])
    return out


#: Does a function defined in the file always end the script (``function fail($m) { echo $m; exit; }``)?
ExitsOf = Callable[[str], bool]


def exits(body: Node, exiting: ExitsOf | None = None, *, returns: bool = True) -> bool:
    """Does ``body`` leave the current branch (``returns``: a ``return``, ``break`` or ``continue``
    counts too)? ``exiting`` tells which functions defined in the file end the script."""
    stmts = named(body) if body.type in ("compound_statement", "colon_block") else [body]
    leaving = ("return_statement", "break_statement", "continue_statement") if returns else ()
    for s in stmts:
        t = s.type
        if t == "exit_statement" or t in leaving:
            return True
        if t == "expression_statement":
            kids = named(s)
            s = kids[0] if kids else s
            t = s.type
        if t == "throw_expression" or t == "exit_statement":
            return True
        if t == "function_call_expression":
            fn = field_child(s, "function")
            name = static_name(fn) if fn is not None else None
            if name is not None and (name in T.EXIT_CALLS or (exiting is not None and exiting(name))):
                return True
    return False


def exits_or_resets(body: Node, checked: set[bytes], exiting: ExitsOf | None = None) -> bool:
    if exits(body, exiting):
        return True
    stmts = named(body) if body.type in ("compound_statement", "colon_block") else [body]
    for s in stmts:
        if s.type == "expression_statement" and named(s):
            e = named(s)[0]
            if e.type == "assignment_expression":
                left = field_child(e, "left")
                if left is not None and norm(left) in checked:
                    return True
    return False
