"""Intra-file taint analysis of PHP on tree-sitter syntax trees.

The analyser interprets the file abstractly: every expression evaluates to a :class:`Val` (a folded
constant if all its pieces are constant, and the request input that may flow into it). Assignments
update a per-scope environment (strong updates in straight-line code, weak ones inside branches and
loops), user functions get summaries (which parameters reach which sinks, what they return), and the
whole file is iterated a few rounds until summaries settle. String-built callees are resolved through
constant folding, so ``$f = strrev('metsys'); $f($_GET[0])`` is a command execution like any other.

Work is bounded: the evaluator uses an explicit stack (no recursion on deep trees), every node visit
counts against a budget, and nested evaluation of eval'd strings and constant-argument calls is
capped in depth.
"""

from __future__ import annotations

import bisect
import math
import re
import urllib.parse
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, replace

from webhunt.detect.semantic import php_tables as T
from webhunt.detect.semantic.flows import IMAGE_SOURCE, REMOTE_SOURCE, Hit, SinkKind
from webhunt.detect.semantic.interp import (
    MAX_CONST_CALLS,
    MAX_INLINE_DEPTH,
    FuncInfo,
    Gen,
    Interpreter,
    Scope,
    Step,
    Summary,
    field_child,
)
from webhunt.detect.semantic.interp import named as _named
from webhunt.detect.semantic.interp import norm as _norm
from webhunt.detect.semantic.interp import text as _text
from webhunt.detect.semantic.parsers import Grammar, Node, Parsers
from webhunt.detect.semantic.php_data import json_literal, json_string_literal, unserialize_literal
from webhunt.detect.semantic.php_guards import (
    arg_nodes,
    exits,
    exits_or_resets,
    guards,
    pinned_keys,
    pinned_literals,
)
from webhunt.detect.semantic.php_loops import (
    MAX_TABLE_BODY,
    MAX_TABLE_RERUNS,
    counted_range,
    elementwise,
    fold_counted,
    fold_foreach,
    foreach_maps,
    loop_appends,
    loop_rewrites,
    loop_step,
    table_stores,
)
from webhunt.detect.semantic.php_nodes import (
    arguments,
    first_class_callable,
    goto_order,
    literal_var_name,
    norm_key,
    parse_int,
    static_name,
    string_const,
    var_name,
)
from webhunt.detect.semantic.transforms import (
    DECODER_DATA_ARG,
    DECODERS,
    MAX_VALUE,
    Budget,
    Const,
    filter_url,
    fold_call,
    parse_float,
    php_int,
    php_str,
    php_unescape_double,
    simple_regex,
    str_increment,
    stream_filter,
    xor_bytes,
)
from webhunt.detect.semantic.values import (
    EMPTY,
    GUARD_AFFIX,
    GUARD_BASENAME,
    GUARD_CHARSET,
    GUARD_CHECKED,
    GUARD_ENCODED,
    GUARD_LITERAL,
    GUARD_OPAQUE,
    GUARD_PATH,
    GUARD_SHELL,
    GUARD_VALID,
    MAX_ALTS,
    MAX_ITEMS,
    MAX_PREFIX,
    SOFT_KEY,
    Taint,
    Val,
    add_ops,
    guard_all,
    join,
    marker,
    names_of,
    only_taints,
    retaint,
    tainted,
    via,
    with_taints,
)

MAX_ROUNDS = 3
#: The head of a concatenation that starts with text the script itself supplies but the analysis
#: cannot spell (a constant defined in another file).
_APP_TEXT = b"\x00"
#: Text ending in a ``Bcc:`` header name: request input joined after it lists hidden recipients.
_BCC_TAIL = re.compile(rb"(?i)(?:^|[\s\"'])bcc:[ \t]*\Z")
#: The step a taint records when it becomes a mail's Bcc recipients.
BCC_STEP = "Bcc:"
#: The class mark of get_defined_functions()'s result: every function name PHP knows, by index.
FUNCTION_TABLE = "get_defined_functions()"
#: The class mark of array_search(NAME, get_defined_functions()[..]): the index of the function NAME
#: (kept as the name itself, for the table's element to give back).
FUNCTION_INDEX = "get_defined_functions() index"
#: The class of a path a function returns after writing a file there: its ``target`` is what the
#: file holds (``function stash($d) { $p = tempnam(...); file_put_contents($p, $d); return $p; }``)
WRITTEN_FILE = "file written by a function"
#: The class of the input pipe ``proc_open()`` hands back for a shell: writes to it are commands.
SHELL_STDIN = "shell-stdin"
#: The class mark of a handle ``fopen()`` opened for writing, followed by what names its file.
WRITE_HANDLE = "\x00write:"
#: a handle a helper opened for writing on a path its caller hands it (the parameters' numbers follow)
PARAM_WRITE_HANDLE = "\x00param-write:"
#: Globals that functions assign are kept as fields under this name (``$GLOBALS['name']``).
GLOBAL_FIELD = "$GLOBALS['"
#: A function's ``static`` variables are kept as fields under this name, its declaration's offset
#: and the variable (``static@120 $saved``).
STATIC_FIELD = "static@"
#: The request's own arrays, as ``$GLOBALS`` holds them.
_REQUEST_ARRAYS = ("_GET", "_POST", "_REQUEST", "_COOKIE", "_FILES")
#: Most lvalues a variable is kept bound to by reference (``$b = &$a``).
MAX_ALIASES = 8
#: A destination path spelt from the script's own folder or the document root (compacted, lower case).
_HERE = re.compile(
    rb"(?:basename\(|(?:__dir__|dirname\(__file__\)|getcwd\(\)|\$_server\[['\"]document_root['\"]\]"
    rb"|['\"]\.?/?['\"])\.(?:['\"]/['\"]\.)?(?:@?basename\(|\$_files\b|\$\w+\[['\"]name['\"]\]))"
)
_CALLS = frozenset(
    {
        "function_call_expression",
        "member_call_expression",
        "nullsafe_member_call_expression",
        "scoped_call_expression",
    }
)
_CLASS_LIKE = frozenset(
    {"class_declaration", "trait_declaration", "interface_declaration", "enum_declaration", "anonymous_class"}
)
_CLOSURES = frozenset({"anonymous_function", "anonymous_function_creation_expression", "arrow_function"})
_INDEXED = (
    _CLASS_LIKE
    | _CLOSURES
    | {"function_definition", "method_declaration", "const_element", "property_element", "enum_case"}
)
#: How many summaries may be in the making at once (a call chain computed on demand).
MAX_DEMAND_DEPTH = 24
SESSION = "_SESSION"
SESSION_FIELD = "$_SESSION"
#: What a generator's ``yield`` evaluates to: the values the file passes to ``->send()``.
SENT_FIELD = "->send()"
MAX_INLINE_CODE = 256 * 1024
MAX_LOOP_NESTING = 3
#: Most elements of a constant array a ``$f[$i] = decode($f[$i])`` step maps (a function table).
MAX_MAPPED_ITEMS = 256

#: A bare name PHP before 8 read as a string when no such constant existed (``sy.(st).(em)``): one
#: with a lower-case letter (defined constants are upper-case by convention) or only underscores
#: (``[]._``), not a keyword.
#: A checked plain variable's key (``$show``), as ``scope.validated`` holds it.
_PLAIN_VAR_KEY = re.compile(rb"\$[A-Za-z_\x80-\xff][\w\x80-\xff]*")
_BAREWORD = re.compile(r"(?!(?i:true|false|null|self|parent|static)\Z)(?:(?=\w*[a-z])[A-Za-z_]\w*|_+)")
#: Inside an operand of a string bitwise operator (``'}l3' & MF9``) an upper-case bare name is read
#: as its own text too: string masks are built from literals, a real flag constant is an integer
#: the file would define or PHP knows.
_BAREWORD_ANY = re.compile(r"(?!(?i:true|false|null|self|parent|static)\Z)[A-Za-z_]\w{0,40}")


def _no_classes(call: Node) -> bool:
    """``unserialize($s, ['allowed_classes' => false])``: no object is rebuilt, only arrays and
    scalars."""
    nodes = arg_nodes(call)
    return len(nodes) > 1 and _NO_CLASSES.search(_text(nodes[1])) is not None


def _affixed_text(v: Val) -> bool:
    """A value not known whole but built around known text (``$k . "Land!"``): a string, never a
    number, so a bitwise operation on it works byte by byte."""
    return v.const is None and bool(v.suffix.strip() or (v.prefix and v.prefix != _APP_TEXT))


def _affixed_sink(affix: bytes, *, head: bool) -> str | None:
    """The dangerous function a literal tail finishes when the request supplies the head
    (``$_COOKIE[k] . 'ert'`` -> ``assert``), or, with ``head``, the one a literal head begins when
    the request supplies the tail (``'ass' . $_GET[k]``); None when there is none. A head needs
    three letters at least, a tail two: a shorter head begins too many names."""
    part = affix.decode("latin-1").lower()
    if len(part) < (3 if head else 2):
        return None
    for name in T.COMPLETABLE:
        if len(name) > len(part) and (name.startswith(part) if head else name.endswith(part)):
            return name
    return None


#: The head of a serialized object (``O:6:"Widget":2:{``, ``C:`` for a Serializable one; a value's
#: known head is short, so the class name may be cut).
_SERIALIZED_OBJECT = re.compile(rb'\s*[OC]:\+?\d{1,4}:"[A-Za-z_\\\x80-\xff]')
_NO_CLASSES = re.compile(rb"""(?i)^\s*(?:array\s*\(|\[)\s*['"]allowed_classes['"]\s*=>\s*false\b""")
#: A constant start that names a stream wrapper or a scheme (``http://``, ``data:``, ``php://``).
_SCHEME = re.compile(rb"\s*[A-Za-z][A-Za-z0-9+.-]{0,20}:")


_SKIP = frozenset(
    {
        "comment",
        "php_tag",
        "text",
        "text_interpolation",
        "php_end_tag",
        "function_definition",
        "class_declaration",
        "interface_declaration",
        "trait_declaration",
        "enum_declaration",
        "namespace_use_declaration",
        "method_declaration",
        "use_declaration",
        "declare_statement",
        "named_label_statement",
        "goto_statement",
        "unset_statement",
        "null",
        "break_statement",
        "continue_statement",
        "empty_statement",
        "attribute_list",
    }
)


#: The chain of a payload that is no encoding but constant PHP code a file writes into a script.
WRITTEN_SCRIPT = "script written by the file"
#: The last link of a payload's chain when the file writes the decoded text out as a page that sends
#: its visitors to another site (a meta refresh, a script or a Location header naming the address).
WRITTEN_REDIRECT = "redirect page written by the file"
#: A page that sends the visitor to a fixed address on another host.
_OFFSITE_REDIRECT = re.compile(
    rb"(?i)<meta\s[^>]{0,80}?http-equiv\s*=\s*[\"']?refresh[^>]{0,120}?url\s*=\s*[\"']?https?://"
    rb"|\blocation(?:\s*\.\s*(?:href|replace|assign))?\s*(?:=|\()\s*[\"']https?://"
    rb"|\blocation:\s*https?://"
)


@dataclass(frozen=True, slots=True)
class Payload:
    """A constant that was decoded (base64, gzinflate, XOR ...) or handed to code evaluation."""

    offset: int
    chain: tuple[str, ...]  # decoders, in the order they were applied
    data: bytes
    evaluated: str = ""  # the sink that runs it as code ("eval", "assert" ...), "" if none


_NUMERIC = re.compile(rb"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*", re.IGNORECASE)


def _compare(op: str, a: Const | None, b: Const | None) -> bool | None:
    """A comparison of two constants, where PHP's answer is plain: numbers with numbers, and text with
    text by identity (``==`` only when neither side reads as a number: "1e1" == "10")."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        ordered = {"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}
        if op in ordered:
            return ordered[op]
        if type(a) is not type(b) and op in ("===", "!=="):  # 1 !== 1.0
            return op == "!=="
    elif not isinstance(a, bytes) or not isinstance(b, bytes) or _loosely_numeric(op, a, b):
        return None
    if op in ("==", "==="):
        return a == b
    if op in ("!=", "!==", "<>"):
        return a != b
    return None


def _loosely_numeric(op: str, a: bytes, b: bytes) -> bool:
    """Would PHP compare these texts as numbers (a loose ``==`` with a numeric side)?"""
    return op in ("==", "!=", "<>") and bool(_NUMERIC.fullmatch(a) or _NUMERIC.fullmatch(b))


def _number(c: Const | None) -> int | float | None:
    """A constant as an operand of arithmetic: a number, or the number a numeric string reads as
    (``"5"``, ``" 1e3"``); None for other text (a warning or a TypeError in PHP: not folded)."""
    if isinstance(c, (int, float)):
        return c
    if not isinstance(c, bytes) or not _NUMERIC.fullmatch(c):
        return None
    if re.fullmatch(rb"\s*[+-]?\d+\s*", c):
        return php_int(int(c))
    return parse_float(c.strip())


def _to_int(n: int | float) -> int:
    """PHP's integer conversion of a number: floats truncated, INF and NAN are 0 (64-bit PHP 7+)."""
    if isinstance(n, int):
        return n
    return int(n) if math.isfinite(n) and -(2.0**63) <= n < 2.0**63 else 0


def _wrap64(n: int) -> int:
    """The low 64 bits of ``n`` as a signed integer (what PHP's shifts keep)."""
    n &= (1 << 64) - 1
    return n - (1 << 64) if n >> 63 else n


def _power(a: int | float, b: int | float) -> int | float | None:
    """``a ** b`` as PHP computes it: an integer while it fits in 64 bits, else a float (``9 ** 99``
    is 2.9512665430653E+94, ``9 ** 9 ** 9`` is INF)."""
    exact = isinstance(a, int) and isinstance(b, int) and b >= 0
    if exact and (a in (-1, 0, 1) or b * math.log2(abs(a)) < 64):  # small enough to compute exactly
        return php_int(int(a) ** int(b))
    try:
        return math.pow(a, b)
    except OverflowError:
        return -math.inf if a < 0 and b % 2 == 1 else math.inf
    except ValueError:  # 0 ** -1 and friends: not folded
        return None


def _arith(op: str, a: Const | None, b: Const | None) -> int | float | None:
    """A binary arithmetic operator on two constants with PHP's rules: integers overflow to floats,
    ``/`` gives an integer only when exact, ``%`` and shifts work on integers; None when PHP would
    throw (division by zero, a negative shift) or an operand is not a number."""
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return None
    if op == "**":
        return _power(x, y)
    if op in ("%", "<<", ">>"):
        i, j = _to_int(x), _to_int(y)
        if op == "%":
            return (abs(i) % abs(j)) * (-1 if i < 0 else 1) if j else None
        if j < 0:
            return None
        if op == "<<":
            return _wrap64(i << j) if j < 64 else 0
        return i >> min(j, 63)
    if op == "/":
        if not y:
            return None
        if isinstance(x, int) and isinstance(y, int) and x % y == 0:
            return php_int(x // y)
        return x / y
    out = x + y if op == "+" else (x - y if op == "-" else x * y)
    return php_int(out) if isinstance(out, int) else out


def _step(c: Const, up: bool) -> Const | None:
    """``++``/``--`` on a constant: numbers (and numeric strings) step by one, other text is
    incremented Perl-style (``"a"`` -> ``"b"``, ``"Az"`` -> ``"Ba"``) and is left as it is by a
    decrement, except ``""`` which becomes -1."""
    n = _number(c)
    if n is not None:
        out = n + 1 if up else n - 1
        return php_int(out) if isinstance(out, int) else out
    if not isinstance(c, bytes):
        return None
    if up:
        return str_increment(c)
    return -1 if c == b"" else c


def _offset(key: Const) -> int | None:
    """A string offset as PHP reads it: numbers truncated, and false (held as "") is 0."""
    n = 0 if key == b"" else _number(key)
    return None if n is None else _to_int(n)


def _as_text(v: Val) -> bytes | None:
    """``v`` converted to a string as PHP does: its constant's text, or ``Array`` (with a notice) for
    an array the analysis knows is one."""
    t = v.text
    if t is None and v.items is not None and not v.taints and v.func is None and v.cls is None:
        return b"Array"
    return t


def _deep_taints(v: Val, depth: int = 4) -> frozenset[Taint]:
    """The taints of ``v`` and of the arrays nested in it (a stream context's ``content`` option)."""
    out = only_taints(v)
    if depth and v.items:
        for _k, item in v.items:
            if item.items:
                out |= _deep_taints(item, depth - 1)
    return out


#: Windows shell objects reached through ``new COM(ProgID)``: the ProgID as the folding gives it, however
#: it was spelled (``'W'.'Scr'.'ipt.She'.'ll'``, ``strrev(...)``), and the methods that run a command.
_COM_SHELL_PROGIDS = frozenset({b"wscript.shell", b"shell.application"})
_COM_SHELL_RUNS = {"exec": (0,), "run": (0,), "shellexecute": (0, 1)}


#: Calls on an in-memory stream handle that the analysis follows (writes, filters, reads).
_MEMORY_STREAM_CALLS = frozenset(
    {
        "fwrite",
        "fputs",
        "stream_filter_append",
        "stream_filter_prepend",
        "stream_get_contents",
        "fread",
        "fgets",
        "fpassthru",
    }
)


def _sink_name(name: bytes) -> str | None:
    """The command or code function a literal names (``'system'``, ``'\\Exec'``), if any."""
    key = name.strip().lstrip(b"\\").lower().decode("latin-1")
    sink = T.SINKS.get(key)
    return key if sink is not None and sink[0] in (SinkKind.COMMAND, SinkKind.CODE) else None


#: the sorts that reorder an array in place: by key, by value keeping keys, by value renumbered
_SORTS = {
    "ksort": ("key", False),
    "krsort": ("key", True),
    "asort": ("keep", False),
    "arsort": ("keep", True),
    "sort": ("value", False),
    "rsort": ("value", True),
}


def _sort_keys(consts: list[Const | None]) -> list[int | bytes] | None:
    """Sort keys PHP's default comparison orders as Python does: all integers, or all strings none
    of which is numeric (numeric strings compare as numbers); anything else is left unknown."""
    if all(isinstance(c, int) and not isinstance(c, bool) for c in consts):
        return [c for c in consts if isinstance(c, int)]
    if all(isinstance(c, bytes) and not _NUMERIC.fullmatch(c) for c in consts):
        return [c for c in consts if isinstance(c, bytes)]
    return None


def _sorted_items(name: str, items: tuple[tuple[Const, Val], ...]) -> tuple[tuple[Const, Val], ...] | None:
    """The items of a constant array after ``ksort()``, ``sort()`` and their kin with no flags, or
    None when the order PHP gives them is not certain (mixed or numeric-string sort keys)."""
    how, reverse = _SORTS[name]
    by: list[Const | None] = [k if how == "key" else v.const for k, v in items]
    keys = _sort_keys(by)
    if keys is None or (len(set(keys)) != len(keys) and how != "key"):
        return None
    order = sorted(range(len(items)), key=lambda i: keys[i], reverse=reverse)
    if how == "value":
        return tuple((n, items[i][1]) for n, i in enumerate(order))
    return tuple(items[i] for i in order)


#: A callback that may keep state between calls (its answer for a match may change)
_STATEFUL = re.compile(rb"\b(?:static|global)\s+\$|\$GLOBALS\b|\$this\b")
#: Most distinct matches a folded ``preg_replace_callback`` decodes (a byte at a time needs 256)
_MAX_CALLBACK_PIECES = 128
#: The longest constant a callback rewrite is folded on (a packed shell is a few kilobytes)
_MAX_CALLBACK_SUBJECT = 16 * 1024


class _NotFolded(Exception):
    """A callback's answer for one match is not a constant: the rewrite is left unknown."""


def _parse_query(text: bytes) -> Val | None:
    """What ``parse_str()`` makes of the constant query string ``text``: flat ``key=value`` pairs,
    both URL-decoded (keys holding brackets, which build nested arrays, are left unknown)."""
    if len(text) > 64 * 1024:
        return None
    items: dict[Const, Val] = {}  # a repeated key keeps its first place and its last value, as in PHP
    for pair in text.split(b"&"):
        if not pair:
            continue
        key, _, value = pair.partition(b"=")
        k = urllib.parse.unquote_to_bytes(key.replace(b"+", b" "))
        if not k or b"[" in k:
            return None
        items[norm_key(k)] = Val(const=urllib.parse.unquote_to_bytes(value.replace(b"+", b" ")))
    return Val(items=tuple(items.items())) if items else None


def _client_text(v: Val) -> bool:
    """Is ``v`` the request's own text: its input unguarded, or leading the value with only the
    script's tag appended (a spam mailer adds a random number or the date to the posted subject
    and body; a "send to a friend" page writes its own text first and puts the input inside)?"""
    return any(
        not t.is_marker and (not t.guards or (t.guards == {GUARD_AFFIX} and not v.head().strip()))
        for t in only_taints(v)
    )


def _loose_equal(a: object, b: object) -> bool:
    """PHP's ``==`` between two scalar constants, as far as a name lookup needs it: equal bytes,
    equal integers, or an integer and the decimal text that spells it."""
    if type(a) is type(b):
        return a == b
    if isinstance(a, int) and isinstance(b, bytes):
        a, b = b, a
    if isinstance(a, bytes) and isinstance(b, int) and not isinstance(b, bool):
        return re.fullmatch(rb"\s*[+-]?[0-9]{1,18}\s*", a) is not None and int(a) == b
    return False


def _checked_remote(t: Taint) -> bool:
    """Content a remote server sends, through a handle a condition checked."""
    return bool(t.guards) and t.source.startswith(REMOTE_SOURCE)


def _unguarded(t: Taint, guards: tuple[str, ...]) -> Taint:
    for g in guards:
        t = t.unguarded(g)
    return t


def _label_key(v: Val) -> str:
    if isinstance(v.const, bytes):
        return "'" + v.const[:40].decode("latin-1") + "'"
    if v.const is not None:
        return php_str(v.const).decode("latin-1")
    return "…"


#: How many methods a call whose method name input chooses is followed into.
MAX_CANDIDATES = 32


def _truthy(c: Const) -> bool:
    """PHP's truth value of a constant (the empty string, "0" and 0 are false)."""
    if isinstance(c, bytes):
        return c not in (b"", b"0")
    return bool(c)


def _unref(node: Node) -> Node:
    """The variable of a by-reference target (``&$v`` in a list), or the node itself."""
    if node.type == "by_ref":
        return next(iter(_named(node)), node)
    return node


def _named_conditions(args: list[Val]) -> bool:
    """Is request input in ``args`` only as values of arrays under string keys (``['Id' => $x]``,
    the conditions a finder selects records by), and somewhere?"""
    found = False
    for a in args:
        if a.taints or (a.end_taints and a.items is None):
            return False
        for k, item in a.items or ():
            if item.taints or item.items:
                if not isinstance(k, bytes) or only_taints(item) != item.taints or item.items:
                    return False
                found = found or bool(item.taints)
    return found


def _join_states(states: list[dict[str, Val]]) -> dict[str, Val]:
    """Variables after branches that ended in ``states``: each one joined over the branches."""
    out: dict[str, Val] = {}
    for state in states:
        for name, v in state.items():
            old = out.get(name)
            out[name] = v if old is None or old is v else join(old, v)
    return out


def _strtr_pairs(subject: Val, pairs: Val) -> Val | None:
    """``strtr($s, ['from' => 'to', ...])``: the longest key first, replaced text never re-read."""
    text = subject.text
    table: dict[bytes, bytes] = {}
    for k, v in pairs.items or ():
        key = str(k).encode() if isinstance(k, int) else k
        if not isinstance(key, bytes) or v.text is None:
            return None
        if key:
            table[key] = v.text
    if text is None or not table or len(text) > 4096:
        return None
    lengths = sorted({len(k) for k in table}, reverse=True)
    out = bytearray()
    i = 0
    while i < len(text):
        for n in lengths:
            rep = table.get(text[i : i + n])
            if rep is not None:
                out += rep
                i += n
                break
        else:
            out += text[i : i + 1]
            i += 1
    return Val(const=bytes(out), ops=add_ops(subject, pairs, op="strtr"))


def _placeholder_kept(search: Val, repl: Val, subject: Val) -> Val | None:
    """``str_replace('__FILE__', "'" . $_F . "'", $code)`` on constant code, the replacement a value
    the analysis cannot spell (the script's own path, a setting) and free of input: the code keeps
    its text, the placeholder standing for the value put in its place (a packer's loader hands
    ``eval()`` its decoded payload this way). ``None`` when anything else is unknown or tainted."""
    text, needle = subject.text, search.text
    if text is None or not needle or repl.items is not None or repl.text is not None or repl.taints:
        return None
    if subject.taints or search.taints or len(text) > MAX_VALUE:
        return None
    return Val(const=text, ops=add_ops(subject, op="str_replace"))


#: The parts of a string literal without interpolation (escapes decoded by ``string_const``).
_LITERAL_PARTS = frozenset({"string_content", "string_value", "escape_sequence"})


class PhpAnalyzer(Interpreter):
    """Analyse one PHP file. Call :meth:`analyse`, then read :attr:`hits` and :attr:`payloads`."""

    def __init__(
        self,
        parsers: Parsers,
        budget: Budget,
        *,
        max_visits: int = 3_000_000,
        grammar: Grammar = Grammar.PHP,
    ) -> None:
        super().__init__(budget, max_visits)
        #: the ``if`` statements being read: their conditional token -> the variables before them
        self.if_tokens: dict[int, dict[str, Val]] = {}
        #: per ``if`` being read, the values its current branch replaced (joined back in when the
        #: branch ends: the statements after the ``if`` may still see them)
        self.if_kept: dict[int, dict[str, Val]] = {}
        self.parsers = parsers
        self.grammar = grammar  # the one the file was parsed with (PHP_ONLY: code with no open tag)
        self.payloads: dict[bytes, Payload] = {}
        self.functions: dict[str, list[str]] = {}
        self.methods: dict[str, list[str]] = {}
        self.class_methods: dict[tuple[str, str], str] = {}
        self.class_parent: dict[str, str] = {}
        self.class_traits: dict[str, list[str]] = {}
        self.class_interfaces: dict[str, list[str]] = {}  # interfaces a class implements (or extends)
        self.predicate_params: dict[str, tuple[int, ...]] = {}
        self.exiting: dict[str, bool] = {}
        #: a function assigned a global (``global $g; $g = ...`` or ``$GLOBALS['g'] = ...``)
        self.global_writes = False
        #: loop bodies run once per element of a table they decode (at most MAX_TABLE_RERUNS a file)
        self.table_reruns = 0
        #: the script checks that it runs from the command line (``$_SERVER['argv']`` is not input)
        self.cli_only = False
        #: the script stops unless run from the command line: a URL it reads is not a remote source
        self.cli_guarded = False
        #: the script names its own command-line process: ``$_SERVER`` is its environment
        self.cli_process = False
        self.class_consts: dict[tuple[str, str], Node] = {}
        #: an enum's cases by (enum, case): the backing value, None for a pure case
        self.enum_cases: dict[tuple[str, str], Node | None] = {}
        self.prop_defaults: dict[str, Node] = {}
        self.declared_props: set[str] = set()
        self.magic_setters = False  # a class of the file defines __set
        self.stream_wrappers: dict[bytes, str] = {}  # protocol -> class of the file that serves it
        #: a database connection was opened to the server, DSN or account the request names: a
        #: statement the request writes, run after it, makes the page a SQL console
        self.client_db = False
        self.closure_keys: dict[int, str] = {}
        self.uid = 0
        self.captures: dict[str, dict[str, Val]] = {}
        #: variable name -> the closures that captured it by reference
        self.ref_captured: dict[str, list[str]] = {}
        self.aliasing: set[str] = set()  # variables whose write is being passed on to their aliases
        self.constants: dict[str, Val] = {}
        #: operands of a bitwise operator are being evaluated (upper-case bare names read as text)
        self.bitwise_operands = 0
        self.globals: dict[str, Val] = {}
        self.reads: dict[tuple[str, str], list[object]] = {}
        self.computing: set[str] = set()
        self.inline_origin: dict[str, tuple[int | None, int | None]] = {}
        self.unserialized: frozenset[Taint] = frozenset()
        #: files written with request input, by the expression naming them (``$tmp``) or their
        #: constant path: including one runs the request's code
        self.written_code: dict[bytes, Val] = {}
        #: the file ``ini_set('error_log', ...)`` pointed PHP's error log at: ``error_log($msg)``
        #: appends there
        self.error_log_file: Val | None = None
        #: request input that chose or supplied the archive a ``ZipArchive``/``PharData`` opened
        self.archive_input: frozenset[Taint] = frozenset()
        #: uploads moved to a path, by the expression or constant naming it
        self.stored_uploads: dict[bytes, Val] = {}
        #: in-memory streams (``php://memory``, ``php://temp``) by the expression naming the handle:
        #: the constant text written so far, and the read filters appended to the stream
        self.memory_streams: dict[bytes, tuple[Val, tuple[bytes, ...]]] = {}
        #: what ``curl_init``/``curl_setopt`` last set as a handle's address and request body
        self.curl_url: Val | None = None
        self.curl_body: Val | None = None
        #: the callback ``ob_start`` registered: everything printed afterwards is handed to it
        self.output_callback: Val | None = None
        #: request input the script printed: what ``ob_get_clean()`` and its kin hand back
        self.printed: Val = EMPTY
        #: the handlers given to the XML parser (``xml_set_*_handler``) and the object whose methods
        #: handler names denote (``xml_set_object``): ``xml_parse`` hands them the document's text
        self.xml_handlers: list[Val] = []
        self.xml_object: Val | None = None
        #: callables PHP calls later with data of another call: autoloaders (a class name looked
        #: up), exception and error handlers (what is thrown or raised), libxml's entity loader (a
        #: parsed document's entity addresses)
        self.registered: dict[str, list[Val]] = {}
        #: folded preg_replace_callback rewrites by (callback, pattern, subject); None: not folded
        self.callback_rewrites: dict[tuple[str | bytes, bytes, bytes], bytes | None] = {}
        #: everything thrown so far: what a ``catch`` clause's variable may hold
        self.thrown: Val = EMPTY
        self.defined_classes: set[str] = set()
        #: parameters declared with a web framework's request type (``Request $r``)
        self.request_vars: set[str] = set()
        #: the page's own form and link parameters it reads as plain variables (register_globals)
        self.page_parameters: frozenset[str] = frozenset()
        self.inline_depth = 0
        self._handlers = {
            "expression_statement": self._h_pass,
            "parenthesized_expression": self._h_pass,
            "error_suppression_expression": self._h_pass,
            "clone_expression": self._h_pass,
            "argument": self._h_argument,
            "variadic_unpacking": self._h_pass,
            "string": self._h_string,
            "encapsed_string": self._h_string,
            "heredoc": self._h_string,
            "nowdoc": self._h_string,
            "shell_command_expression": self._h_backtick,
            "dynamic_variable_name": self._h_dynamic_var,
            "subscript_expression": self._h_subscript,
            "member_access_expression": self._h_member_access,
            "nullsafe_member_access_expression": self._h_member_access,
            "scoped_property_access_expression": self._h_static_prop,
            "class_constant_access_expression": self._h_class_const,
            "binary_expression": self._h_binary,
            "unary_op_expression": self._h_unary,
            "cast_expression": self._h_cast,
            "conditional_expression": self._h_ternary,
            "match_expression": self._h_match,
            "assignment_expression": self._h_assign,
            "reference_assignment_expression": self._h_assign,
            "augmented_assignment_expression": self._h_augmented,
            "update_expression": self._h_update,
            "array_creation_expression": self._h_array,
            "include_expression": self._h_include,
            "include_once_expression": self._h_include,
            "require_expression": self._h_include,
            "require_once_expression": self._h_include,
            "function_call_expression": self._h_call,
            "member_call_expression": self._h_member_call,
            "nullsafe_member_call_expression": self._h_member_call,
            "scoped_call_expression": self._h_scoped_call,
            "object_creation_expression": self._h_new,
            "anonymous_function": self._h_closure,
            "anonymous_function_creation_expression": self._h_closure,
            "arrow_function": self._h_closure,
            "if_statement": self._h_if,
            "else_if_clause": self._h_elseif,
            "else_clause": self._h_else,
            "while_statement": self._h_loop,
            "do_statement": self._h_loop,
            "for_statement": self._h_for,
            "foreach_statement": self._h_foreach,
            "switch_statement": self._h_switch,
            # a try body runs in order like any block (its assignments replace values: a loader
            # building its code in a ``try`` keeps it constant); ``catch`` clauses are branches
            # (``_h_catch``), the ``finally`` block runs either way
            "try_statement": self._h_block,
            "catch_clause": self._h_catch,
            "throw_expression": self._h_throw,
            "finally_clause": self._h_block,
            "return_statement": self._h_return,
            "global_declaration": self._h_global,
            "function_static_declaration": self._h_static_decl,
            "const_declaration": self._h_const_decl,
            "echo_statement": self._h_output,
            "exit_statement": self._h_output,
            "print_intrinsic": self._h_output,
            "sequence_expression": self._h_sequence,
            "yield_expression": self._h_yield,
            "program": self._h_block,
            "compound_statement": self._h_block,
        }

    # --- driver -----------------------------------------------------------------------------

    def analyse(self, root: Node) -> None:
        """Index the file's functions and classes, then analyse rounds until the shared state settles.

        Entry points are main code, closures, implicitly called methods and functions whose own text
        holds a source, a decoder or a ``global`` (:data:`php_tables.ENTRY_HINT`); every other function
        is summarised when a call reaches it, in the state of that moment. A round is repeated, with
        fresh summaries, only while code read shared state (object fields, closure captures, globals,
        constants, deserialised input) that changed after the read, so most files take one round.
        """
        self._index(root)
        hints = T.ENTRY_HINT.offsets(_text(root).lower())
        entries = [key for key, info in self.infos.items() if self._is_entry(info, hints)]
        for _ in range(MAX_ROUNDS):
            self.summaries = {}
            self.reads = {}
            # helpers run on constant arguments read globals and fields too: a round that repeats
            # because those changed runs them again (a table a helper decodes from ``global $t``)
            self.const_calls = {}
            for key in entries:
                if key not in self.summaries:
                    self._analyse_function(self.infos[key])
            self.scope = Scope(is_main=True)
            self.cond = 0
            self.if_tokens = {}
            self.if_kept = {}
            self.run(root)
            self.globals = dict(self.scope.vars)
            readers = self._field_readers(set(entries))
            entries.extend(readers)
            if not readers and not self._stale():
                break

    @staticmethod
    def _is_entry(info: FuncInfo, hints: list[int]) -> bool:
        """Closures, implicitly called methods, and functions with an entry hint (``hints``: the
        sorted offsets of :data:`php_tables.ENTRY_HINT` tokens in the file) inside them."""
        if info.key.startswith("cl:"):
            return True
        if info.cls is not None and info.name.rsplit("::", 1)[-1].lower() in T.IMPLICIT_METHODS:
            return True
        i = bisect.bisect_left(hints, info.node.start_byte)
        return i < len(hints) and hints[i] < info.node.end_byte

    def _seen(self, kind: str, name: str, value: object) -> None:
        """Note shared state (a field, global, constant, closure capture) as code read it."""
        seen = self.reads.setdefault((kind, name), [])
        if value not in seen:
            seen.append(value)

    def _stale(self) -> bool:
        """Did code this round read shared state that changed afterwards (another round needed)?"""
        current: dict[str, Mapping[str, object]] = {
            "field": self.fields,
            "global": self.globals,
            "const": self.constants,
            "capture": self.captures,
        }
        for (kind, name), seen in self.reads.items():
            now: object = self.unserialized if kind == "unserialized" else current[kind].get(name)
            if any(v != now for v in seen):
                return True
        return False

    def _field_readers(self, entries: set[str]) -> list[str]:
        """Functions not yet analysed as entries that mention a field holding request input."""
        props = [
            prop.encode("latin-1", "replace")
            for prop, v in self.fields.items()
            if any(not t.is_marker for t in v.taints)
        ]
        if not props:
            return []
        return [
            key
            for key, info in self.infos.items()
            if key not in entries and any(p in _text(info.node) for p in props)
        ]

    def _summary(self, key: str, info: FuncInfo) -> Summary | None:
        """A function's summary, computed now if this round has not needed it yet."""
        summary = self.summaries.get(key)
        if summary is not None or key in self.computing or len(self.computing) >= MAX_DEMAND_DEPTH:
            return summary  # recursion or a very deep chain: callers assume arguments flow through
        saved = (self.offset_override, self.line_override)
        # hits in code that came from an eval'd string point at the eval, as when it was indexed
        self.offset_override, self.line_override = self.inline_origin.get(key, (None, None))
        self.computing.add(key)
        try:
            self._analyse_function(info)
        finally:
            self.computing.discard(key)
            self.offset_override, self.line_override = saved
        return self.summaries.get(key)

    def _captured(self, info: FuncInfo) -> dict[str, Val]:
        captured = self.captures.get(info.key)
        self._seen("capture", info.key, captured)
        return captured or {}

    def _leaf(self, node: Node, t: str) -> Val | None:
        if t in _SKIP or node.is_extra:
            return EMPTY
        if t == "variable_name":
            return self._read_var_node(node)
        if t == "integer":
            n = parse_int(_text(node))  # a literal past 64 bits is a float
            return EMPTY if n is None else Val(const=php_int(n))
        if t == "float":
            f = parse_float(_text(node))
            return EMPTY if f is None else Val(const=f)
        if t == "boolean":  # true is 1 as a number and "1" as text, false is ""
            return Val(const=1 if _text(node).lower() == b"true" else b"")
        if t == "name":
            return self._read_constant(_text(node).decode("latin-1"))
        if t == "qualified_name":
            parts = [c for c in node.named_children if c.type == "name"]
            return self._read_constant(_text(parts[-1]).decode("latin-1")) if parts else EMPTY
        return None

    # --- hits and payloads ----------------------------------------------------------------

    def _record_payload(
        self, node: Node, v: Val, evaluated: str = "", written: bool = False, page: bool = False
    ) -> None:
        data = v.text
        if data is None or len(data) < 8:
            return
        chain = tuple(op for op in v.ops if op in DECODERS or op == "xor")
        if page:  # a redirect page decoded at run time, then written out
            if not chain:
                return
            chain += (WRITTEN_REDIRECT,)
        if not chain and not evaluated:
            if not written:
                return
            chain = (WRITTEN_SCRIPT,)
        offset = self.offset_override if self.offset_override is not None else node.start_byte
        old = self.payloads.get(data)
        if old is None or (evaluated and not old.evaluated) or len(chain) > len(old.chain):
            self.payloads[data] = Payload(offset, chain, data, evaluated or (old.evaluated if old else ""))

    # --- index ----------------------------------------------------------------------------

    def _index(self, root: Node) -> None:
        """Record the functions, methods, closures, class constants, parents and property defaults
        under ``root``; the nodes are found by a tree-sitter query, in document order."""
        for node in self.parsers.find(self.grammar, root, _INDEXED):
            t = node.type
            if t in _CLASS_LIKE:
                cls = _class_name(node)
                if cls:
                    self.defined_classes.add(cls)
                for c in node.named_children:
                    if c.type == "base_clause" and cls:
                        bases = [b for n in c.named_children if (b := static_name(n))]
                        if bases:
                            self.class_parent[cls] = bases[0]
                        if len(bases) > 1:  # an interface extending several
                            self.class_interfaces[cls] = bases[1:]
                    elif c.type == "class_interface_clause" and cls:
                        names = [b for n in c.named_children if (b := static_name(n))]
                        self.class_interfaces[cls] = self.class_interfaces.get(cls, []) + names
                    elif c.type == "declaration_list" and cls:
                        traits = [
                            name
                            for use in c.named_children
                            if use.type == "use_declaration"
                            for n in use.named_children
                            if n.type in ("name", "qualified_name") and (name := static_name(n))
                        ]
                        if traits:
                            self.class_traits[cls] = traits
            elif t == "function_definition":
                self._add_function(node, None)
            elif t == "method_declaration":
                self._add_function(node, _enclosing_class(node, root))
            elif t in _CLOSURES:
                self._add_function(node, _enclosing_class(node, root), closure=True)
            elif t == "const_element":
                cls = _enclosing_class(node, root)
                kids = _named(node)
                if cls and len(kids) >= 2 and kids[0].type == "name":
                    self.class_consts[(cls, _text(kids[0]).decode("latin-1"))] = kids[-1]
            elif t == "enum_case":
                cls = _enclosing_class(node, root)
                name_node = field_child(node, "name")
                if cls and name_node is not None:
                    self.enum_cases[(cls, _text(name_node).decode("latin-1"))] = field_child(node, "value")
            elif t == "property_element":
                name_node = field_child(node, "name")
                default = field_child(node, "default_value")
                pname = var_name(name_node) if name_node else None
                if pname:
                    self.declared_props.add(pname)
                if pname and default is not None:
                    self.prop_defaults.setdefault(pname, default)

    def _add_function(self, node: Node, cls: str | None, closure: bool = False) -> None:
        name_node = field_child(node, "name")
        name = _text(name_node).decode("latin-1") if name_node else "{closure}"
        params_node = field_child(node, "parameters")
        params: list[tuple[str, bool]] = []
        defaults: list[Val | None] = []
        promoted: list[int] = []
        by_ref: list[int] = []
        if params_node is not None:
            for p in _named(params_node):
                if p.type == "property_promotion_parameter":
                    promoted.append(len(params))
                pn = field_child(p, "name")
                pname = var_name(pn) if pn is not None else None
                params.append((pname or "", p.type == "variadic_parameter"))
                if field_child(p, "reference_modifier") is not None:
                    by_ref.append(len(params) - 1)
                default = self._literal(field_child(p, "default_value"))
                defaults.append(None if default is None else Val(const=default))
                ptype = field_child(p, "type")
                if pname and ptype is not None and T.REQUEST_TYPE.search(_text(ptype)):
                    self.request_vars.add(pname.lower())
        uses: list[str] = []
        ref_uses: list[str] = []
        for c in node.named_children:
            if c.type == "anonymous_function_use_clause":
                for v in c.named_children:
                    vn = var_name(v) if v.type == "variable_name" else None
                    if vn is None and v.type == "by_ref":
                        vn = next((var_name(x) for x in v.named_children), None)
                        if vn:
                            ref_uses.append(vn)
                    if vn:
                        uses.append(vn)
        self.uid += 1
        key = f"{'cl' if closure else ('m' if cls else 'fn')}:{name.lower()}@{self.uid}"
        label = f"{cls}::{name}" if cls and not closure else name
        info = FuncInfo(
            key=key,
            name=label,
            node=node,
            body=field_child(node, "body"),
            params=tuple(params),
            cls=cls,
            uses=tuple(uses),
            arrow=node.type == "arrow_function",
            defaults=tuple(defaults),
            promoted=tuple(promoted),
            ref_uses=tuple(ref_uses),
            by_ref=tuple(by_ref),
        )
        self.infos[key] = info
        if closure:
            self.closure_keys[node.id] = key
            return
        if cls:
            self.methods.setdefault(name.lower(), []).append(key)
            self.class_methods[(cls, name.lower())] = key
            if name.lower() == "__set":
                self.magic_setters = True
        else:
            self.functions.setdefault(name.lower(), []).append(key)

    # --- functions ------------------------------------------------------------------------

    # --- variables ------------------------------------------------------------------------

    def _read_var_node(self, node: Node) -> Val:
        name = var_name(node)
        if name is None:
            return EMPTY
        v = self._guarded(node, self._read_var(name, node))
        if self.scope.pinned and v.taints:
            v = self._derived_from_checked(name, v)
        if self.scope.pinned_values and v.const is None and v.func is None:
            pin = self.scope.pinned_values.get(name)
            if pin is not None and self.scope.vars.get(name) is pin[1]:
                v = replace(v, const=pin[0], ops=(*v.ops, "pinned"))
        return v

    def _derived_from_checked(self, name: str, v: Val) -> Val:
        """``v`` (the variable ``name``) with the input it took from another variable that the
        enclosing condition makes equal to a literal marked as checked: the check pins the other
        variable's value, so a path or command built from it earlier holds that value too
        (``$path = $dir . $show; if ($show == 'capture') exec("ffmpeg ... $path")``). Input counts
        as taken from it when it has the same origin and went through that variable first."""
        origins: list[Taint] = []
        for key in self.scope.pinned:
            if key not in self.scope.validated or not _PLAIN_VAR_KEY.fullmatch(key):
                continue  # (reassigned since the check)
            other = key[1:].decode("latin-1")
            w = self.scope.vars.get(other) if other != name else None
            if w is not None:
                origins.extend(
                    t for t in w.taints if not t.is_marker and t.path and t.path[-1] == f"${other}"
                )
        if not origins:
            return v

        def pinned(t: Taint) -> bool:
            return any(
                t.source == o.source
                and t.line == o.line
                and len(t.path) > len(o.path)
                and t.path[: len(o.path)] == o.path
                for o in origins
            )

        if not any(pinned(t) for t in v.taints):
            return v
        out = retaint(v, frozenset(t.guarded(GUARD_VALID) if pinned(t) else t for t in v.taints))
        if v.end_taints is not None:
            out = replace(
                out, end_taints=frozenset(t.guarded(GUARD_VALID) if pinned(t) else t for t in v.end_taints)
            )
        return out

    def _read_var(self, name: str, node: Node) -> Val:
        if name in T.SUPERGLOBALS:
            if self.cli_process and T.is_server_array(name):
                return EMPTY  # the whole array, copied: a named CLI process's environment
            return self._source(f"${name}", node)
        if name == "this":
            return Val(cls=self.scope.cls)
        if name == SESSION:
            self._seen("field", SESSION_FIELD, self.fields.get(SESSION_FIELD))
            return self.fields.get(SESSION_FIELD, EMPTY)
        v = self.scope.vars.get(name)
        if self.scope.is_main and self.global_writes:
            v = self._with_global_writes(name, v)
        if v is not None:
            return v
        if name == "GLOBALS":  # the whole array copied ($g = $GLOBALS; $g['_POST']['c']): its request arrays
            return Val(
                items=tuple(
                    (sg.encode("latin-1"), self._source(f"$GLOBALS['{sg}']", node)) for sg in _REQUEST_ARRAYS
                )
            )
        if self.scope.wildcard is not None:
            return Val(taints=frozenset({self.scope.wildcard.via(f"${name}")}))
        if self.scope.is_main and name in self.page_parameters:
            return self._source(f"${name} (the page's own parameter, filled in by register_globals)", node)
        return EMPTY

    def _defined_vars(self, node: Node) -> Val:
        """``get_defined_vars()``: the scope's variables and, in main code (a function's own call
        sees only its locals), the request's arrays (``get_defined_vars()['_POST']['c']``)."""
        request = [
            (sg.encode("latin-1"), self._source(f"get_defined_vars()['{sg}']", node))
            for sg in (_REQUEST_ARRAYS if self.scope.is_main else ())
        ]
        own = [(k.encode("latin-1"), v) for k, v in list(self.scope.vars.items())[:MAX_ITEMS]]
        return Val(items=tuple(request + own))

    def _field_label(self, prop: str) -> str:
        if prop.startswith(STATIC_FIELD):
            return "static " + prop.split(" ", 2)[-1]
        return prop if prop.startswith(GLOBAL_FIELD) else f"->{prop}"

    def _write_global(self, name: str, v: Val) -> None:
        """A function assigns a variable it shares with ``global``/``$GLOBALS``: main code and other
        functions see it (kept as a field of the script, so calls carry it like one)."""
        self.global_writes = True
        self._write_field(f"{GLOBAL_FIELD}{name}']", v)

    def _with_global_writes(self, name: str, v: Val | None) -> Val | None:
        """``v`` (the variable as this code sees it) joined with what functions assigned to the
        global ``name``."""
        prop = f"{GLOBAL_FIELD}{name}']"
        shared = self.fields.get(prop)
        self._seen("field", prop, shared)
        if shared is None:
            return v
        return shared if v is None else join(v, shared)

    def _write_var(self, name: str, v: Val) -> None:
        if not self.scope.is_main and name in self.scope.global_names:
            self._write_global(name, v)
        if name in self.scope.statics:
            self._write_field(self.scope.statics[name], v)
        if name == SESSION:  # the session outlives the request: every write is seen by every read
            old_session = self.fields.get(SESSION_FIELD)
            self.fields[SESSION_FIELD] = v if old_session is None else join(old_session, v)
            return
        scope = self.scope
        old = scope.vars.get(name)
        if scope.validated:
            key = f"${name}".encode("latin-1")
            if self.cond and old is not None and old.taints:  # the kept old value stays checked
                if key in scope.validated:
                    old = guard_all(old, GUARD_VALID)
                elif SOFT_KEY + key in scope.validated:
                    old = guard_all(old, GUARD_CHECKED)
            for k in [k for k in scope.validated if k == key or k.startswith((key + b"[", key + b"-"))]:
                del scope.validated[k]
        v = via(v, f"${name}")
        if self.cond and old is not None and not self._introduced_here(name):
            kept = self._branch_kept()
            if kept is None:
                v = join(old, v)
            elif name not in kept:
                # an ``if``'s own branch runs in order: the statements after this one in the branch
                # see the new value alone (``$f = 'a.txt'; if (...) { $f = 'b.php'; fwrite(fopen($f,
                # 'w'), $code); }``); the old one is joined back when the branch ends
                kept[name] = old
        scope.vars[name] = v
        for closure in self.ref_captured.get(name, ()):
            # a closure holding this variable by reference (use (&$x)) sees the value it is given
            # after the closure was made
            held = self.captures.setdefault(closure, {})
            held[name] = join(held[name], v) if name in held else v

    def _branch_kept(self) -> dict[str, Val] | None:
        """The values replaced so far in the ``if`` branch being read (no loop or short-circuit in
        between), or None outside one."""
        if not self.conds or self.conds[-1] not in self.if_tokens:
            return None
        return self.if_kept.setdefault(self.conds[-1], {})

    def _settle_branch(self, token: int) -> None:
        """The end of one branch of an ``if``: each variable the branch replaced may still hold its
        old value afterwards (the branch may not have run)."""
        kept = self.if_kept.pop(token, None)
        if not kept:
            return
        variables = self.scope.vars
        for name, old in kept.items():
            cur = variables.get(name)
            variables[name] = old if cur is None else join(old, cur)

    def _introduced_here(self, name: str) -> bool:
        """Is the code being read an ``if``'s own branch (no loop or short-circuit in between) and
        ``name`` a variable that did not exist before that ``if``? Then an assignment replaces the
        value: the branch's statements run in order, and no other path brings an older value."""
        before = self.if_tokens.get(self.conds[-1]) if self.conds else None
        return before is not None and name not in before

    def _read_constant(self, name: str) -> Val:
        v = self.constants.get(name)
        self._seen("const", name, v)
        if v is not None:
            return v
        builtin = T.BUILTIN_CONSTANTS.get(name)
        if builtin is not None:
            return Val(const=builtin)
        if _BAREWORD.fullmatch(name) or (  # PHP < 8 reads an undefined constant as its name
            self.bitwise_operands and _BAREWORD_ANY.fullmatch(name)
        ):
            return Val(const=name.encode("latin-1"), ops=("bareword",))
        return EMPTY

    def _read_field(self, prop: str) -> Val:
        local = self.scope.local_fields.get(prop)
        if local is not None and not self.unserialized:  # written earlier in this function
            return local
        self._seen("field", prop, self.fields.get(prop))
        self._seen("unserialized", "", self.unserialized)
        v = self.fields.get(prop, EMPTY)
        default = self.prop_defaults.get(prop)
        if default is not None and v.const is None and not v.taints and self.const_eval_depth < 4:
            self.const_eval_depth += 1
            try:
                v = join(v, self.run(default)) if v is not EMPTY else self.run(default)
            finally:
                self.const_eval_depth -= 1
        if self.unserialized:
            # an object rebuilt from input holds whatever the input says, whatever the default
            # or the last assignment (a callable property defaulting to 'trim' may hold 'system')
            known = replace(v, items=None) if v.items is not None else v  # no element is known either
            v = join(known, tainted(frozenset(t.via(f"->{prop}") for t in self.unserialized)))
        return v

    def _assign(self, left: Node, v: Val, sub: list[Val]) -> None:
        """Store ``v`` into the lvalue ``left``; ``sub`` holds evaluated dynamic name parts."""
        t = left.type
        if t == "variable_name":
            name = var_name(left)
            if name and name not in T.SUPERGLOBALS and name != "this":
                self._write_var(name, v)
                targets = self.scope.aliases.get(name)
                if targets and name not in self.aliasing:
                    self.aliasing.add(name)
                    try:
                        for other in targets:
                            self._assign(other, v, [])
                    finally:
                        self.aliasing.discard(name)
        elif t == "dynamic_variable_name":
            name_val = sub[0] if sub else EMPTY
            if isinstance(name_val.const, bytes):
                self._write_var(name_val.const.decode("latin-1"), v)
            elif name_val.taints and v.taints:
                raw = [x for x in v.taints if not x.guards]
                if raw:
                    self.scope.wildcard = raw[0].via("$$" + _text(left)[2:40].decode("latin-1"))
        elif t == "subscript_expression":
            base = left
            keys: list[Node | None] = []
            while base.type == "subscript_expression":
                kids = _named(base)
                keys.append(kids[1] if len(kids) > 1 else None)
                base = kids[0] if kids else base
                if not kids:
                    break
            if base.type == "variable_name" or literal_var_name(base) is not None:
                name = literal_var_name(base)
                if name == "GLOBALS" and len(keys) == 1 and keys[0] is not None:
                    gkey = self._quick_const(keys[0])
                    if isinstance(gkey, bytes) and gkey:  # $GLOBALS['g'] = ...: the global $g
                        gname = gkey.decode("latin-1")
                        self._write_global(gname, v)
                        if self.scope.is_main:
                            self._write_var(gname, v)
                    return
                if not name or name in T.SUPERGLOBALS:
                    return
                if name == SESSION:
                    old = self.fields.get(SESSION_FIELD, Val(items=()))
                else:
                    old = self.scope.vars.get(name, Val(items=()))
                key_node = keys[-1] if len(keys) == 1 else None
                key_val = self._quick_const(key_node) if key_node is not None else None
                if len(keys) == 1 and key_node is None:
                    items = old.items or ()
                    ints = [k for k, _ in items if isinstance(k, int)]
                    key_val = (max(ints) + 1) if ints else 0
                if key_val is not None and len(keys) == 1 and len(old.items or ()) < MAX_ITEMS:
                    items = tuple((k, x) for k, x in (old.items or ()) if k != key_val)
                    new = replace(old, items=(*items, (key_val, v)), const=None, ops=())
                else:
                    new = replace(old, taints=frozenset(old.taints | only_taints(v)), const=None)
                saved = self.conds
                self.conds = []
                self._write_var(name, new)
                self.conds = saved
            elif base.type in ("member_access_expression", "nullsafe_member_access_expression"):
                prop = self._prop_name(base)
                if prop:
                    self._write_field(prop, tainted(only_taints(v)))
        elif t in ("member_access_expression", "nullsafe_member_access_expression"):
            prop = self._prop_name(left)
            if prop:
                self._write_field(prop, v)
        elif t == "scoped_property_access_expression":
            name_node = field_child(left, "name")
            prop = var_name(name_node) if name_node is not None else None
            if prop:
                self._write_field(prop, v)
        elif t == "list_literal" or t == "array_creation_expression":
            # list(, $b) = ...: a skipped slot is only a comma; ["k" => $v] = ...: in a list
            # literal the key, "=>" and target are children of the list itself
            slot = 0
            pending_key: Node | None = None
            kids_all = left.children
            for i, el in enumerate(kids_all):
                if el.type == ",":
                    slot += 1
                    continue
                if not el.is_named or el.type == "comment":
                    continue
                if i + 1 < len(kids_all) and kids_all[i + 1].type == "=>":
                    pending_key = el
                    continue
                target = el
                key: Const | None = None
                if pending_key is not None:
                    key = self._quick_const(pending_key)
                    pending_key = None
                    if key is None:  # a key not known here: any element may land in it
                        self._assign(_unref(target), tainted(only_taints(v)), [])
                        continue
                elif el.type == "array_element_initializer":
                    kids = _named(el)
                    if not kids:
                        continue
                    target = kids[-1]
                    if len(kids) == 2:
                        key = self._quick_const(kids[0])
                        if key is None:
                            self._assign(_unref(target), tainted(only_taints(v)), [])
                            continue
                if key is None:
                    key = slot
                item = v.item(key)
                self._assign(_unref(target), item if item is not None else tainted(only_taints(v)), [])
        elif t == "by_ref":
            kids = _named(left)
            if kids:
                self._assign(kids[0], v, sub)

    def _prop_name(self, node: Node) -> str | None:
        name_node = field_child(node, "name")
        if name_node is None:
            return None
        if name_node.type == "name":
            return _text(name_node).decode("latin-1")
        return None

    @staticmethod
    def _literal(node: Node | None) -> bytes | None:
        """The text of a plain string literal (a parameter's default)."""
        if (
            node is not None
            and node.type in ("string", "encapsed_string")
            and (node.named_child_count <= 1 or all(c.type in _LITERAL_PARTS for c in node.named_children))
        ):
            return string_const(node)
        return None

    def _quick_const(self, node: Node | None) -> Const | None:
        if node is None:
            return None
        t = node.type
        if t == "integer":
            return parse_int(_text(node))
        if t in ("string", "encapsed_string") and (
            node.named_child_count <= 1
            or all(c.type in _LITERAL_PARTS for c in node.named_children)  # "\x5f\x66"
        ):
            return norm_key(string_const(node))
        if t == "variable_name":
            v = self.scope.vars.get(var_name(node) or "")
            if v is not None and v.const is not None:
                return norm_key(v.const)
        if t == "name":
            cname = _text(node).decode("latin-1")
            c = self.constants.get(cname)
            self._seen("const", cname, c)
            if c is not None and c.const is not None:
                return norm_key(c.const)
        return None

    # --- generic handlers -----------------------------------------------------------------

    def _h_statements(self, node: Node) -> Gen:
        for c in node.named_children:
            _ = yield c
        return EMPTY

    def _h_output(self, node: Node) -> Gen:
        """``echo``/``print``/``exit``: once ``ob_start`` has registered a callback, what is
        printed is handed to it when the buffer is flushed (``ob_start('system'); echo $_GET[c];``)."""
        for c in node.named_children:
            v = yield c
            if self.output_callback is not None and v.taints:
                self._call_value(node, self.output_callback, [v], "ob_start")
            raw = frozenset(t.via("the output buffer") for t in v.taints if not t.is_marker)
            if raw and len(self.printed.taints) < 8:
                self.printed = tainted(self.printed.taints | raw)
        return EMPTY

    def _cond_guards(self, cond: Node) -> tuple[set[bytes], set[bytes]]:
        return guards(cond, self._quick_const, predicates=self._validated_params)

    def _defined_once(self, name: str) -> FuncInfo | None:
        """The function ``name`` when the file defines it exactly once (else its body is unknown)."""
        keys = self.functions.get(name, [])
        return self.infos.get(keys[0]) if len(keys) == 1 else None

    def _user_exits(self, name: str) -> bool:
        """Does the function ``name``, defined once in the file, end the script every time?"""
        cached = self.exiting.get(name)
        if cached is not None:
            return cached
        self.exiting[name] = False  # a recursive helper is not known to exit
        info = self._defined_once(name)
        body = info.body if info is not None and not info.arrow else None
        out = body is not None and exits(body, self._user_exits, returns=False)
        self.exiting[name] = out
        return out

    def _validated_params(self, name: str) -> tuple[int, ...]:
        """The parameters of ``name`` (a function defined in the file whose body is one ``return``
        of a condition) that the condition validates when it is true."""
        cached = self.predicate_params.get(name)
        if cached is not None:
            return cached
        self.predicate_params[name] = ()
        info = self._defined_once(name)
        out: tuple[int, ...] = ()
        if info is not None and info.body is not None:
            stmts = _named(info.body) if not info.arrow else []
            expr = None
            if info.arrow:
                expr = info.body
            elif len(stmts) == 1 and stmts[0].type == "return_statement" and _named(stmts[0]):
                expr = _named(stmts[0])[0]
            if expr is not None:
                pos, _neg = guards(expr, self._quick_const)
                out = tuple(i for i, (p, _v) in enumerate(info.params) if p and f"${p}".encode() in pos)
        self.predicate_params[name] = out
        return out

    def _h_pass(self, node: Node) -> Step:
        kids = _named(node)
        if len(kids) == 1:
            return kids[0]
        return self._h_sequence(node)

    def _h_argument(self, node: Node) -> Step:
        kids = _named(node)
        return kids[-1] if kids else EMPTY

    def _h_block(self, node: Node) -> Gen:
        """A statement list: in order, or in the order its ``goto`` jumps run it (goto obfuscation)."""
        kids = _named(node)
        order = goto_order(kids) if any(c.type == "goto_statement" for c in kids) else None
        taints: frozenset[Taint] = frozenset()
        for c in kids if order is None else order:
            v = yield c
            if v.taints:
                taints = taints | v.taints
        return tainted(taints)

    def _h_sequence(self, node: Node) -> Gen:
        out = EMPTY
        for c in _named(node):
            out = yield c
        return out

    # --- literals -------------------------------------------------------------------------

    def _h_string(self, node: Node) -> Step:
        t = node.type
        if t == "string":
            return Val(const=string_const(node))
        if t == "nowdoc":
            body = next((c for c in node.named_children if c.type == "nowdoc_body"), None)
            text = _text(body) if body is not None else b""
            return Val(const=text[1:] if text.startswith(b"\n") else text)
        return self._interpolated(node, t)

    def _interpolated(self, node: Node, t: str) -> Gen:
        """A double-quoted string or heredoc: its pieces evaluated and concatenated."""
        parts: list[Val] = []
        container = node
        if t == "heredoc":
            container = next((c for c in node.named_children if c.type == "heredoc_body"), node)
        for c in container.children:
            ct = c.type
            if ct == "string_content" or ct == "string_value":
                raw = _text(c)
                parts.append(Val(const=raw))
            elif ct == "escape_sequence":
                parts.append(Val(const=php_unescape_double(_text(c))))
            elif c.is_named and ct not in ("heredoc_start", "heredoc_end"):
                v = yield c
                parts.append(v)
        if not parts:
            return Val(const=b"")
        first = parts[0]
        out = first if first.const is not None or first.taints else Val(const=_as_text(first) or b"")
        for p in parts[1:]:
            out = self._concat(out, p, literal=True)
        if out.const is not None and out.ops:
            return replace(out, ops=())
        return out

    def _concat(self, a: Val, b: Val, literal: bool = False) -> Val:
        ta, tb = _as_text(a), _as_text(b)
        if ta is not None and tb is not None:
            if len(ta) + len(tb) > MAX_VALUE:
                return EMPTY
            ops = () if literal else add_ops(a, b, op="concat")
            return Val(const=ta + tb, ops=ops)
        btaints = b.taints
        if btaints and _BCC_TAIL.search((ta if ta is not None else a.suffix)[-16:]):
            btaints = frozenset(t.via(BCC_STEP) for t in btaints)  # a parameter's too: callers
        taints = a.taints | btaints
        if a.items:
            taints |= only_taints(a)
        if b.items:
            taints |= only_taints(b)
        affixed = bool(
            (ta is not None and ta.strip())
            or (tb is not None and tb.strip())
            or (ta is None and not a.taints)
            or (tb is None and not b.taints)
            or a.suffix.strip()  # constant text ends what comes before: "cmd " . $x . " " . $y
            or b.prefix.strip()
        )
        if affixed and taints:
            taints = frozenset(t.guarded(GUARD_AFFIX) for t in taints)
        # constant text after a value whose own end is known extends that end: md5(time()) . '.ph' . 'p'
        # ends in ".php" however the pieces are split
        suffix = ((a.suffix + tb)[-16:] if tb is not None else b.suffix) or b""
        prefix = (ta[:MAX_PREFIX] if ta is not None else a.prefix) or (_APP_TEXT if a is EMPTY else b"")
        if tb is None:
            ending = b.ending
        elif tb:
            ending = frozenset()
        else:
            ending = a.ending
        return Val(taints=tainted(frozenset(taints)).taints, suffix=suffix, prefix=prefix, end_taints=ending)

    # --- variables and members ------------------------------------------------------------

    def _h_dynamic_var(self, node: Node) -> Gen:
        kids = _named(node)
        if not kids:
            return EMPTY
        name_val = yield kids[0]
        first = kids[0].named_children[0] if kids[0].named_children else None
        if first is not None and first.type == "name" and _braced_in_string(kids[0]):
            return name_val  # "${_POST['c']}": the element itself
        if isinstance(name_val.const, bytes):
            name = name_val.const.decode("latin-1")
            v = self._read_var(name, node)
            if name_val.ops and name in T.SUPERGLOBALS:
                v = via(v, f"${{built name {name!r}}}")
            return v
        return EMPTY

    def _h_subscript(self, node: Node) -> Gen:
        kids = _named(node)
        if not kids:
            return EMPTY
        base_node = kids[0]
        idx = EMPTY
        if len(kids) > 1:
            idx = yield kids[1]
        sg = literal_var_name(base_node)  # $GLOBALS[...], and ${"GLOBALS"}[...] the same array
        in_string_name = base_node.type == "name" and _braced_in_string(node)
        if in_string_name:  # "${_POST['c']}": in a string, ${name[...]} is $name[...]
            sg = _text(base_node).decode("latin-1")
        if sg == "GLOBALS":
            key = idx.text
            if key is None:
                return EMPTY
            name = key.decode("latin-1")
            if name in T.SUPERGLOBALS:
                return self._source(f"${name}", node)
            self._seen("global", name, self.globals.get(name))
            return (
                self._with_global_writes(name, self.globals.get(name, self.scope.vars.get(name, EMPTY)))
                or EMPTY
            )
        if sg in T.SUPERGLOBALS and sg is not None:
            if T.is_server_array(sg):
                key = idx.text
                if key is not None and (not T.server_key_is_input(key) or (key == b"argv" and self.cli_only)):
                    return EMPTY
            return self._guarded(node, self._source(f"${sg}[{_label_key(idx)}]", node))
        base = self._read_var(sg, node) if in_string_name and sg else (yield base_node)
        if base.cls and base.cls not in T.BUILTIN_OBJECTS and len(kids) > 1:
            getter = self._method_keys(base.cls, "offsetget", fallback=False)
            if getter:  # `$obj[$k]` on an ArrayAccess object runs offsetGet($k)
                return self._apply_user(node, getter, [idx])
        if base.cls == FUNCTION_TABLE:
            # get_defined_functions()['internal'][$i]: an entry the request picks is a function it names
            if idx.cls == FUNCTION_INDEX:  # the entry found by its name: that function
                return Val(const=idx.const, ops=add_ops(idx, op="function table"))
            return tainted(only_taints(idx)) if idx.taints else base
        key_c = idx.const
        if key_c is not None:
            item = base.item(norm_key(key_c))
            if item is not None:
                return self._guarded(node, item)
            text = base.text
            pos = _offset(key_c)
            if isinstance(text, bytes) and pos is not None and -len(text) <= pos < len(text):
                return Val(const=text[pos : pos + 1] or text[pos:], ops=add_ops(base, op="index"))
            if isinstance(base.const, bytes) and pos is not None and not base.taints:
                # past either end of a constant string: PHP warns and reads "" (``$s[7]`` of a
                # seven-byte name, ``@``-silenced, still folds)
                return Val(const=b"", ops=add_ops(base, op="index"))
            return self._guarded(node, tainted(base.taints))
        alts = names_of(base.elements())[:MAX_ALTS] if base.items else ()
        if alts:  # an unknown element of a table of names is any of them (`$t[array_rand($t)]`)
            return self._guarded(node, Val(taints=only_taints(base), alts=alts))
        return self._guarded(node, tainted(only_taints(base)))

    def _h_member_access(self, node: Node) -> Gen:
        obj_node = field_child(node, "object")
        if obj_node is not None and obj_node.type == "class_constant_access_expression" and self.enum_cases:
            kids = _named(obj_node)
            enum = None
            if kids and kids[0].type in ("name", "qualified_name"):
                enum = static_name(kids[0])
            elif kids and kids[0].type == "relative_scope":  # self::Case, static::Case
                enum = self.scope.cls
            case = (enum, _text(kids[-1]).decode("latin-1")) if enum else None
            if case in self.enum_cases:  # `Runner::Go->value` is the case's backing value
                prop_name = self._prop_name(node)
                backing = self.enum_cases[case]
                if prop_name == "value" and backing is not None:
                    return (yield backing)
                if prop_name == "name":
                    return Val(const=case[1].encode("latin-1"))
        obj = EMPTY
        if obj_node is not None:
            obj = yield obj_node
        name_node = field_child(node, "name")
        prop: str | None = None
        magic = EMPTY
        if name_node is not None:
            if name_node.type == "name":
                prop = _text(name_node).decode("latin-1")
            else:
                pv = yield name_node
                if isinstance(pv.const, bytes):
                    prop = pv.const.decode("latin-1")
                elif pv.taints and obj.cls:
                    # $obj->{$_GET['p']}: a property the class lacks is read through its __get($name)
                    keys = self._method_keys(obj.cls, "__get", fallback=False)
                    if keys:
                        magic = self._apply_user(node, keys, [pv])
        v = self._read_field(prop) if prop else magic
        if prop == "value" and v is EMPTY and obj.cls and self.enum_cases:
            # `Enum::from($x)->value`: the backing value of any of the enum's cases
            for (enum, _case), backing in self.enum_cases.items():
                if enum == obj.cls and backing is not None:
                    bv = yield backing
                    v = join(v, bv) if v is not EMPTY else bv
        if prop and obj.items is not None and not obj.cls:
            # an array cast to an object ((object) ['c' => $x]): its keys are the properties
            item = obj.item(prop.encode("latin-1"))
            if item is not None:
                v = join(v, item) if v is not EMPTY else item
        if obj.taints:
            v = with_taints(v, obj.taints)
        return self._guarded(node, v)

    def _h_static_prop(self, node: Node) -> Val:
        name_node = field_child(node, "name")
        prop = var_name(name_node) if name_node is not None else None
        return self._read_field(prop) if prop else EMPTY

    def _h_class_const(self, node: Node) -> Gen:
        kids = _named(node)
        if len(kids) < 2:
            return EMPTY
        scope_node, name_node = kids[0], kids[-1]
        cname = _text(name_node).decode("latin-1")
        cls = static_name(scope_node) if scope_node.type in ("name", "qualified_name") else None
        if scope_node.type == "relative_scope":
            cls = self.scope.cls
        if cname.lower() == "class":
            return Val(const=_text(scope_node)) if cls else EMPTY
        for owner in self._const_owners(cls):
            value_node = self.class_consts.get((owner, cname))
            if value_node is not None and self.const_eval_depth < 4:
                self.const_eval_depth += 1
                try:
                    v = yield value_node
                finally:
                    self.const_eval_depth -= 1
                return v
        return EMPTY

    def _const_owners(self, cls: str | None) -> list[str]:
        """Where PHP looks for a class constant of ``cls``: the class, its parents, then the
        interfaces each implements and those interfaces extend (at most 16 names)."""
        order: list[str] = []
        queue = [cls] if cls else []
        while queue and len(order) < 16:
            c = queue.pop(0)
            if c in order:
                continue
            order.append(c)
            parent = self.class_parent.get(c)
            queue = ([parent] if parent else []) + queue + self.class_interfaces.get(c, [])
        return order

    # --- operators ------------------------------------------------------------------------

    def _h_binary(self, node: Node) -> Gen:
        left_node = field_child(node, "left")
        right_node = field_child(node, "right")
        op_node = field_child(node, "operator")
        op = _text(op_node).decode("latin-1").lower() if op_node is not None else ""
        bitwise = op in ("^", "|", "&")
        self.bitwise_operands += bitwise
        left = (yield left_node) if left_node is not None else EMPTY
        self.bitwise_operands -= bitwise
        if op in ("&&", "and", "||", "or"):
            pos, neg = self._cond_guards(left_node) if left_node is not None else (set(), set())
            conditional = pos if op in ("&&", "and") else neg
            self._push_guards(conditional)
            self.cond += 1
            right_val = (yield right_node) if right_node is not None else EMPTY
            self.cond -= 1
            self._pop_guards(conditional)
            if op in ("||", "or") and right_node is not None and exits(right_node, self._user_exits):
                self._push_guards(pos, permanent=True)
            del right_val
            return EMPTY
        self.bitwise_operands += bitwise
        right = (yield right_node) if right_node is not None else EMPTY
        self.bitwise_operands -= bitwise
        if op == ".":
            return self._concat(left, right)
        if op == "??":
            return join(left, right)
        if op in ("^", "|", "&"):
            la, ra = left.const, right.const
            if isinstance(la, bytes) and isinstance(ra, bytes):
                if op == "^":
                    return Val(const=xor_bytes(la, ra), ops=add_ops(left, right, op="xor"))
                pairs = zip(la, ra, strict=False)
                if op == "|":  # the longer operand's tail is kept
                    tail = la[len(ra) :] if len(la) > len(ra) else ra[len(la) :]
                    out = bytes(x | y for x, y in pairs) + tail
                else:
                    out = bytes(x & y for x, y in pairs)
                return Val(const=out, ops=add_ops(left, right, op="bitwise"))
            if isinstance(la, int) and isinstance(ra, int):
                return Val(const=la ^ ra if op == "^" else (la | ra if op == "|" else la & ra))
            if not (isinstance(la, bytes) or isinstance(ra, bytes)):
                if op == "^" and (_affixed_text(left) or _affixed_text(right)):
                    # neither side constant but one built around known text (a key glued from the
                    # file's own name and a literal, XORed with hex looked up by that name): still
                    # a string decoded bytewise at run time; numbers carry no text around them
                    taints = frozenset(t.unguarded(GUARD_AFFIX) for t in left.taints | right.taints)
                    return Val(taints=tainted(taints).taints, ops=add_ops(left, right, op="xor"))
                return tainted(left.taints | right.taints)
            # a string mixed bytewise with a value the code does not know: every byte of the result
            # depends on that value, so a literal beside it is no fixed prefix or suffix (no
            # dispatch through "<input>Action"), and the result is a name decoded at run time
            taints = frozenset(t.unguarded(GUARD_AFFIX) for t in left.taints | right.taints)
            return Val(
                taints=tainted(taints).taints, ops=add_ops(left, right, op="xor" if op == "^" else "bitwise")
            )
        if op in ("+", "-", "*", "/", "%", "**", "<<", ">>"):
            n = _arith(op, left.const, right.const)
            return EMPTY if n is None else Val(const=n, ops=add_ops(left, right, op="arithmetic"))
        outcome = _compare(op, left.const, right.const)
        if outcome is not None:  # PHP's true is 1 as a number and "1" as text, false is ""
            return Val(const=1 if outcome else b"")
        return EMPTY  # other arithmetic, instanceof, comparisons of unknown values

    def _h_unary(self, node: Node) -> Gen:
        op_node = field_child(node, "operator")
        arg_node = field_child(node, "argument")
        if arg_node is None:
            kids = _named(node)
            arg_node = kids[-1] if kids else None
        op = _text(op_node).decode("latin-1") if op_node is not None else ""
        v = (yield arg_node) if arg_node is not None else EMPTY
        if op == "~" and isinstance(v.const, bytes):
            return Val(const=bytes(255 - c for c in v.const), ops=add_ops(v, op="bitwise_not"))
        if op == "~" and isinstance(v.const, (int, float)):
            return Val(const=~_to_int(v.const))
        n = _number(v.const)
        if op == "-" and n is not None:
            return Val(const=php_int(-n) if isinstance(n, int) else -n)
        if op == "+":
            return v if n is None else Val(const=n)
        return EMPTY

    def _h_cast(self, node: Node) -> Gen:
        type_node = field_child(node, "type")
        value_node = field_child(node, "value")
        v = (yield value_node) if value_node is not None else EMPTY
        ctype = _text(type_node).decode("latin-1").lower() if type_node is not None else ""
        c = None if v.taints else v.const
        if ctype in ("bool", "boolean"):  # true is 1 as a number and "1" as text, false is ""
            return EMPTY if c is None else Val(const=1 if _truthy(c) else b"")
        if ctype in ("int", "integer", "float", "double", "real"):
            n = _number(c) if not isinstance(c, bytes) or c.strip() else 0
            if n is None:
                return EMPTY
            return Val(const=_to_int(n) if ctype.startswith("int") else float(n))
        if ctype in ("string", "binary"):
            t = None if v.taints else _as_text(v)
            return v if t is None else Val(const=t, ops=v.ops)
        if ctype == "array" and v.items is None and v.cls is not None:
            return self._object_as_array(v)
        return v

    def _object_as_array(self, obj: Val) -> Val:
        """``(array) $o``, ``get_object_vars($o)``: the properties the script gave objects, by name
        (kept per name for every object, as the analysis keeps them)."""
        props = sorted(p for p in self.scope.fields_written | self.declared_props if p.isidentifier())
        items = tuple((p.encode("latin-1"), self._read_field(p)) for p in props[:MAX_ITEMS])
        return Val(items=items, taints=only_taints(obj))

    def _h_ternary(self, node: Node) -> Gen:
        cond_node = field_child(node, "condition")
        body_node = field_child(node, "body")
        alt_node = field_child(node, "alternative")
        c = (yield cond_node) if cond_node is not None else EMPTY
        if c.const is not None and not c.taints and body_node is not None and alt_node is not None:
            # a condition folded to a constant (a helper run on constant arguments): one branch
            return (yield body_node if _truthy(c.const) else alt_node)
        pos, neg = self._cond_guards(cond_node) if cond_node is not None else (set(), set())
        self.cond += 1
        self._push_guards(pos)
        body = (yield body_node) if body_node is not None else c
        self._pop_guards(pos)
        self._push_guards(neg)
        alt = (yield alt_node) if alt_node is not None else EMPTY
        self._pop_guards(neg)
        self.cond -= 1
        return join(body, alt)

    def _h_match(self, node: Node) -> Gen:
        cond_node = field_child(node, "condition")
        if cond_node is not None:
            yield cond_node
        body = field_child(node, "body")
        out: Val | None = None
        self.cond += 1
        for arm in _named(body) if body is not None else []:
            ret = field_child(arm, "return_expression")
            if ret is None:
                continue
            v = yield ret
            out = v if out is None else join(out, v)
        self.cond -= 1
        return out if out is not None else EMPTY

    # --- assignment -----------------------------------------------------------------------

    def _h_assign(self, node: Node) -> Gen:
        left = field_child(node, "left")
        right = field_child(node, "right")
        if (
            left is not None
            and right is not None
            and (self._map_step(left, right) or self._map_into(left, right))
        ):
            return EMPTY
        v = (yield right) if right is not None else EMPTY
        if left is None:
            return v
        sub: list[Val] = []
        if left.type == "dynamic_variable_name":
            kids = _named(left)
            if kids:
                sub.append((yield kids[0]))
        elif left.type == "member_access_expression" and self.magic_setters:
            obj_node = field_child(left, "object")
            obj = (yield obj_node) if obj_node is not None else EMPTY
            setter = self._method_keys(obj.cls, "__set", fallback=False) if obj.cls else []
            if setter:
                name_node = field_child(left, "name")
                prop = self._prop_name(left)
                if prop is None and name_node is not None and name_node.type != "name":
                    pv = yield name_node
                    self._apply_user(node, setter, [pv, v])  # `$o->{$name} = $v` runs __set($name, $v)
                elif prop is not None and prop not in self.declared_props:
                    self._apply_user(node, setter, [Val(const=prop.encode("latin-1")), v])
        self._assign(left, v, sub)
        if node.type == "reference_assignment_expression" and right is not None:
            self._alias(left, right)
        return v

    def _alias(self, left: Node, right: Node) -> None:
        """``$b = &$a``, ``$t[0] = &$a``, ``$r = &$cfg['k']``: both sides are one value, so a
        later write to a plain variable of the pair also reaches the other side."""
        aliases = self.scope.aliases
        for one, other in ((left, right), (right, left)):
            if one.type != "variable_name" or other.type not in ("variable_name", "subscript_expression"):
                continue
            name = var_name(one)
            if name and name not in T.SUPERGLOBALS and name != "this":
                targets = aliases.setdefault(name, [])
                if other not in targets and len(targets) < MAX_ALIASES:
                    targets.append(other)

    def _map_step(self, left: Node, right: Node) -> bool:
        """``$f[$i] = dehex($f[$i]);`` (in a loop, or a loop spelt with ``goto``) over a constant
        array: every element is passed through the function, as the loop would, so a table of
        encoded function names becomes the names it holds (``$f[13]($path, $data)`` is a write)."""
        if left.type != "subscript_expression" or right.type != "function_call_expression":
            return False
        kids = _named(left)
        if len(kids) != 2 or kids[0].type != "variable_name" or kids[1].type != "variable_name":
            return False
        args = arg_nodes(right)
        fn = field_child(right, "function")
        if len(args) != 1 or _text(args[0]) != _text(left) or fn is None:
            return False
        name = static_name(fn) if fn.type in ("name", "qualified_name") else None
        target = var_name(kids[0])
        step_key = left.start_byte
        if step_key in self.scope.mapped_steps:
            return True
        current = self.scope.vars.get(target or "")
        if name is None or not target or current is None or not current.items:
            return False
        mapped = self._decoded_items(right, name, current.items, keyed=True)
        if mapped is None:
            return False
        saved = self.conds
        self.conds = []
        self.scope.vars[target] = Val(items=mapped)
        self.conds = saved
        self.scope.mapped_steps.add(step_key)
        return True

    def _map_into(self, left: Node, right: Node) -> bool:
        """``$names[] = hex2bin($table[$i]);`` in a loop over a constant array: the loop fills a new
        array with every element passed through the function, as :meth:`_map_step` does in place
        (``$names[19](...)``, or a getter returning ``$names[$n]``, then calls a decoded name)."""
        if self.loops <= 0 or left.type != "subscript_expression":
            return False
        if right.type != "function_call_expression":
            return False
        kids = _named(left)
        if not kids or kids[0].type != "variable_name" or len(kids) > 2:
            return False
        index = kids[1] if len(kids) == 2 else None
        if index is not None and index.type != "variable_name":
            return False
        args = arg_nodes(right)
        fn = field_child(right, "function")
        if len(args) != 1 or fn is None or args[0].type != "subscript_expression":
            return False
        src = _named(args[0])
        if len(src) != 2 or src[0].type != "variable_name" or src[1].type != "variable_name":
            return False
        if index is not None and _text(index) != _text(src[1]):
            return False
        name = static_name(fn) if fn.type in ("name", "qualified_name") else None
        target = var_name(kids[0])
        source = var_name(src[0])
        step_key = left.start_byte
        if step_key in self.scope.mapped_steps:
            return True
        current = self.scope.vars.get(source or "")
        if name is None or not target or target == source or current is None or not current.items:
            return False
        mapped = self._decoded_items(right, name, current.items, keyed=index is not None)
        if mapped is None:
            return False
        saved = self.conds
        self.conds = []
        self._write_var(target, Val(items=mapped))
        self.conds = saved
        self.scope.mapped_steps.add(step_key)
        return True

    def _h_augmented(self, node: Node) -> Gen:
        left = field_child(node, "left")
        right = field_child(node, "right")
        op_node = field_child(node, "operator")
        op = _text(op_node).decode("latin-1") if op_node is not None else ""
        r = (yield right) if right is not None else EMPTY
        if left is None:
            return r
        old = yield left
        if op == ".=":
            new = self._concat(old, r)
        elif op == "??=":
            new = join(old, r)
        elif op == "^=" and isinstance(old.const, bytes) and isinstance(r.const, bytes):
            new = Val(const=xor_bytes(old.const, r.const), ops=add_ops(old, r, op="xor"))
        elif op in ("^=", "|=", "&="):
            new = tainted(old.taints | r.taints)
        else:
            new = EMPTY
        sub: list[Val] = []
        if left.type == "dynamic_variable_name":
            kids = _named(left)
            if kids:
                sub.append((yield kids[0]))
        self._assign(left, new, sub)
        return new

    def _h_update(self, node: Node) -> Val:
        """``$x++``, ``--$x``: a constant variable steps as PHP steps it (``"a"`` -> ``"b"``); the
        expression is the new value when the operator comes first, the old one after."""
        arg = field_child(node, "argument")
        if arg is not None and arg.type == "variable_name":
            name = var_name(arg)
            if name:
                old = self.scope.vars.get(name)
                if old is not None and (old.const is not None or old.taints):
                    op = next((c for c in node.children if not c.is_named), None)
                    up = op is None or _text(op) == b"++"
                    stepped = _step(old.const, up) if old.const is not None and not old.taints else None
                    new = EMPTY if stepped is None else Val(const=stepped, ops=add_ops(old, op="increment"))
                    self._write_var(name, new)
                    prefix = op is not None and op.start_byte < arg.start_byte
                    return (new if prefix else old) if stepped is not None else EMPTY
        return EMPTY

    def _h_array(self, node: Node) -> Gen:
        items: list[tuple[Const, Val]] = []
        taints: frozenset[Taint] = frozenset()
        index = 0
        for el in _named(node):
            if el.type != "array_element_initializer":
                continue
            kids = _named(el)
            if not kids:
                continue
            if kids[0].type == "variadic_unpacking":
                v = yield kids[0]
                taints = taints | only_taints(v)
                continue
            if len(kids) >= 2:
                k = yield kids[0]
                v = yield kids[-1]
                key = norm_key(k.const) if k.const is not None else None
                if key is None:
                    taints = taints | only_taints(v) | k.taints
                    continue
                if isinstance(key, int):
                    index = key + 1
            else:
                v = yield kids[0]
                key = index
                index += 1
            if len(items) < MAX_ITEMS:
                items.append((key, v))
            else:
                taints = taints | only_taints(v)
        return Val(items=tuple(items), taints=tainted(taints).taints)

    # --- control flow ---------------------------------------------------------------------

    def _h_if(self, node: Node) -> Gen:
        cond_node = field_child(node, "condition")
        body = field_child(node, "body")
        alts = [c for c in node.children_by_field_name("alternative")]
        if cond_node is not None:
            yield cond_node
        pos, neg = self._cond_guards(cond_node) if cond_node is not None else (set(), set())
        self.cond += 1
        self._push_guards(pos)
        pinned = pinned_keys(cond_node) & pos if cond_node is not None else set()
        for k in pinned:
            self.scope.pinned[k] = self.scope.pinned.get(k, 0) + 1
        saved_pins = self._pin_values(cond_node)
        variables = self.scope.vars
        before = dict(variables)  # what each alternative starts from
        # a variable the ``if`` introduces is replaced by each assignment in the same branch
        # (``$x = $_GET['x']; $x = clean($x); write($x)`` writes the cleaned value): see _write_var
        token = self.conds[-1]
        self.if_tokens[token] = before
        # register_globals parameters the page has not set yet: a branch that sets one leaves the
        # form's value in it on the other paths (a shell that clears its command after a ``cd``)
        unset_params = (
            [n for n in self.page_parameters if n not in variables]
            if self.scope.is_main and self.page_parameters
            else []
        )
        if body is not None:
            yield body
        self._settle_branch(token)
        self.scope.pinned_values = saved_pins
        self._pop_guards(pos)
        for k in pinned:
            n = self.scope.pinned.get(k, 0)
            if n <= 1:
                self.scope.pinned.pop(k, None)
            else:
                self.scope.pinned[k] = n - 1
        self._push_guards(neg)
        ends: list[dict[str, Val]] = []  # the state at the end of each branch, when there are alternatives
        if alts:
            # each alternative starts from the state before the ``if``, not from what the body
            # assigned; afterwards a variable holds what any branch may have left in it
            ends = [dict(variables)]
            for alt in alts:
                variables.clear()
                variables.update(before)
                _ = yield alt
                self._settle_branch(token)
                ends.append(dict(variables))
            variables.clear()
            variables.update(_join_states(ends))
        self.if_tokens.pop(token, None)
        for name in unset_params:
            v = variables.get(name)
            if v is not None and (not alts or any(name not in end for end in ends)):
                label = f"${name} (the page's own parameter, filled in by register_globals)"
                variables[name] = join(v, self._source(label, node))
        self._pop_guards(neg)
        self.cond -= 1
        if neg and body is not None and exits_or_resets(body, neg, self._user_exits):
            self._push_guards(neg, permanent=True)
        if pos and alts and alts[-1].type == "else_clause":
            else_body = field_child(alts[-1], "body")
            if else_body is not None and exits(else_body, self._user_exits):
                self._push_guards(pos, permanent=True)
        return EMPTY

    def _h_elseif(self, node: Node) -> Gen:
        cond_node = field_child(node, "condition")
        body = field_child(node, "body")
        if cond_node is not None:
            yield cond_node
        pos, _neg = self._cond_guards(cond_node) if cond_node is not None else (set(), set())
        self._push_guards(pos)
        saved_pins = self._pin_values(cond_node)
        if body is not None:
            yield body
        self.scope.pinned_values = saved_pins
        self._pop_guards(pos)
        return EMPTY

    def _pin_values(self, cond_node: Node | None) -> dict[str, tuple[bytes, object]]:
        """Pins the variables of unknown value that ``cond_node`` makes equal to a string literal
        for the branch it guards; returns the pins to restore after it."""
        saved = self.scope.pinned_values
        if cond_node is None:
            return saved
        found = pinned_literals(cond_node)
        if not found:
            return saved
        pins = dict(saved)
        for name, literal in found.items():
            held = self.scope.vars.get(name)
            if held is None or (held.const is None and held.func is None):
                pins[name] = (literal, held)
        self.scope.pinned_values = pins
        return saved

    def _h_else(self, node: Node) -> Gen:
        for c in _named(node):
            _ = yield c
        return EMPTY

    def _loop_body(self, body: Node | None) -> Iterator[Node]:
        if body is None:
            return
        yield body
        if self.loops < MAX_LOOP_NESTING:
            yield body

    def _h_loop(self, node: Node) -> Gen:
        cond_node = field_child(node, "condition")
        body = field_child(node, "body")
        appends = loop_appends(body)
        rewrites = loop_rewrites(body)
        before = {t: self.scope.vars.get(t) for t, _ in appends + rewrites}
        self.cond += 1
        self.loops += 1
        for b in self._loop_body(body):
            if cond_node is not None:
                yield cond_node
            yield b
        self.loops -= 1
        self.cond -= 1
        if appends:
            self._fold_loop(appends, before)
        if rewrites:
            self._fold_rewrites(rewrites, before)
        return EMPTY

    def _h_for(self, node: Node) -> Gen:
        for init in node.children_by_field_name("initialize"):
            _ = yield init
        conds = node.children_by_field_name("condition")
        updates = node.children_by_field_name("update") + node.children_by_field_name("increment")
        body = field_child(node, "body")
        appends = loop_appends(body)
        rewrites = loop_rewrites(body)
        before = {t: self.scope.vars.get(t) for t, _ in appends + rewrites}
        self.cond += 1
        self.loops += 1
        for b in self._loop_body(body):
            for c in conds:
                _ = yield c
            yield b
            for u in updates:
                _ = yield u
        self.loops -= 1
        self.cond -= 1
        if appends:
            self._fold_loop(appends, before, loop_step(updates) or 1)
            self._fold_counted(node, body, appends, before, updates)
        if rewrites and loop_step(updates) == 1:
            self._fold_rewrites(rewrites, before)
        return EMPTY

    def _h_foreach(self, node: Node) -> Gen:
        kids = [c for c in _named(node) if c != field_child(node, "body")]
        body = field_child(node, "body")
        if not kids:
            return EMPTY
        subject = yield kids[0]
        element = subject.elements()
        items = subject.items or ()
        names = {v.text for _k, v in items}
        if names and all(n is not None and n.decode("latin-1") in T.SUPERGLOBALS for n in names):
            element = items[0][1]  # array('_POST', '_GET') as $n: $$n reads request input
        elif element.const is None and names and None not in names:
            # array('system', 'passthru', 'exec') as $fn: a list of names the body may call in
            # turn (a fallback chain); the first command or code function stands for the list
            runs = [v for _k, v in items if v.text is not None and _sink_name(v.text) is not None]
            if runs:
                element = runs[0]
        key_val = tainted(subject.taints) if subject.taints else EMPTY
        key_name: str | None = None
        value_name: str | None = None
        self.cond += 1
        self.loops += 1
        if len(kids) > 1:
            target = kids[1]
            if target.type == "pair":
                pair = _named(target)
                if len(pair) == 2:
                    self._assign(pair[0], key_val, [])
                    self._assign(pair[1], element, [])
                    key_name = var_name(pair[0]) if pair[0].type == "variable_name" else None
                    value_name = var_name(pair[1]) if pair[1].type == "variable_name" else None
            else:
                self._assign(target, element, [])
                value_name = var_name(target) if target.type == "variable_name" else None
        appends = loop_appends(body, indexing=False) if value_name and items and not subject.taints else []
        maps = foreach_maps(body, value_name, key_name) if value_name and items and not subject.taints else []
        before = {t: self.scope.vars.get(t) for t, _ in appends}
        for b in self._loop_body(body):
            _ = yield b
        self.loops -= 1
        self.cond -= 1
        if value_name and appends:
            self._fold_foreach(appends, before, items, key_name, value_name)
        for mapped_name, call, keyed in maps:
            self._map_foreach(mapped_name, call, keyed, items)
        stored = table_stores(body, key_name) if value_name and items and not subject.taints else None
        if (
            stored is not None
            and self.loops == 0  # not inside another loop: the reruns never multiply
            and value_name is not None
            and body is not None
            and len(items) <= MAX_TABLE_RERUNS - self.table_reruns
            and len(_text(body)) <= MAX_TABLE_BODY
        ):
            self.table_reruns += len(items)
            # foreach ($t as $i => $h) { ...decode $h into $s...; $t[$i] = $s; }: a table of names
            # decoded element by element (an inner loop, a chain of calls); the body is run once per
            # constant element and the table holds what each run stored
            decoded: list[tuple[Const, Val]] = []
            for k, v in items:
                if v.const is None:
                    break
                self._bind(value_name, Val(const=v.const))
                if key_name:
                    self._bind(key_name, Val(const=k))
                self.loops += 1  # one iteration, run as straight-line code for this element
                _ = yield body
                self.loops -= 1
                got = self.scope.vars.get(stored[1])
                if got is None or got.const is None:
                    break
                decoded.append((k if stored[2] else len(decoded), Val(const=got.const, ops=("loop",))))
            else:
                self._bind(stored[0], Val(items=tuple(decoded)))
        return EMPTY

    def _bind(self, name: str, value: Val) -> None:
        """Set a variable whatever branch the analysis is in (a value the code computes for certain)."""
        saved = self.conds
        self.conds = []
        self.scope.vars[name] = value
        self.conds = saved

    def _map_foreach(
        self, target: str, call: Node, keyed: bool, items: tuple[tuple[Const, Val], ...]
    ) -> None:
        """``foreach ($table as $x) $names[] = hex2bin($x);`` over a constant array: the new array
        holds every element passed through the function (see :meth:`_map_into`)."""
        fn = field_child(call, "function")
        name = static_name(fn) if fn is not None and fn.type in ("name", "qualified_name") else None
        mapped = self._decoded_items(call, name, items, keyed=keyed) if name is not None else None
        if mapped is None:
            return
        saved = self.conds
        self.conds = []
        self._write_var(target, Val(items=mapped))
        self.conds = saved

    def _decoded_items(
        self, call: Node, name: str, items: tuple[tuple[Const, Val], ...], *, keyed: bool
    ) -> tuple[tuple[Const, Val], ...] | None:
        """Every element of a constant table passed through the function ``name`` (``call`` is the
        call node), keyed as the table (``keyed``) or renumbered from 0; None unless every element
        and every result is a constant string (and the table is small enough)."""
        if len(items) > MAX_MAPPED_ITEMS:
            return None
        mapped: list[tuple[Const, Val]] = []
        for i, (k, v) in enumerate(items):
            if not isinstance(v.const, bytes):
                return None
            out = self._call_named(call, name.lower(), [Val(const=v.const)], None)
            if not isinstance(out.const, bytes) or out.taints:
                return None
            mapped.append((k if keyed else i, Val(const=out.const, ops=out.ops)))
        return tuple(mapped)

    def _h_switch(self, node: Node) -> Gen:
        cond_node = field_child(node, "condition")
        if cond_node is not None:
            yield cond_node
        subject = cond_node
        while subject is not None and subject.type == "parenthesized_expression" and _named(subject):
            subject = _named(subject)[0]
        key = {_norm(subject)} if subject is not None else set()
        body = field_child(node, "body")
        # A case's statements run in order from the state before the ``switch`` (or from the case
        # above when it falls through), so an assignment replaces the value for the rest of the case
        # (``$n = clean($n); write($n)`` writes the cleaned name). Afterwards a variable holds what
        # any case that does not end the script left in it, or the value from before the ``switch``
        # when no case may run (no ``default``) or the ``switch`` itself may not run (it sits in a
        # branch or loop, where assignments only add to what a variable held).
        saved_conds = self.conds
        self.conds = []
        variables = self.scope.vars
        before = dict(variables)
        ends: list[dict[str, Val]] = []
        fall: dict[str, Val] | None = None
        has_default = False
        for case in _named(body) if body is not None else []:
            if case.type not in ("case_statement", "default_statement"):
                yield case
                continue
            has_default = has_default or case.type == "default_statement"
            literal = case.type == "case_statement" and (
                (v := field_child(case, "value")) is not None
                and v.type in ("string", "integer", "encapsed_string", "float")
            )
            variables.clear()
            variables.update(before if fall is None else _join_states([before, fall]))
            if literal:
                self._push_guards(key)
            stmts = [c for c in _named(case) if c != field_child(case, "value")]
            for c in stmts:
                _ = yield c
            if literal:
                self._pop_guards(key)
            leaves = any(
                c.type == "break_statement" or (c.type != "compound_statement" and exits(c, self._user_exits))
                for c in stmts
            )
            ended = any(exits(c, self._user_exits, returns=False) for c in stmts)
            fall = None if leaves or ended else dict(variables)
            if not ended:
                ends.append(dict(variables))
        if not has_default or saved_conds:
            ends.append(before)
        variables.clear()
        variables.update(_join_states(ends))
        self.conds = saved_conds
        return EMPTY

    def _h_branches(self, node: Node) -> Gen:
        self.cond += 1
        for c in _named(node):
            _ = yield c
        self.cond -= 1
        return EMPTY

    def _h_catch(self, node: Node) -> Gen:
        """``catch (E $e) { ... }``: ``$e`` is whatever was thrown (``throw new Exception($x)``)."""
        self.cond += 1
        name_node = field_child(node, "name")
        if name_node is not None and self.thrown is not EMPTY:
            self._assign(name_node, self.thrown, [])
        for c in _named(node):
            if c.type not in ("type_list", "variable_name", "named_type", "name"):
                _ = yield c
        self.cond -= 1
        return EMPTY

    def _h_throw(self, node: Node) -> Gen:
        kids = _named(node)
        if not kids:
            return EMPTY
        v = yield kids[0]
        self.thrown = join(self.thrown, v) if self.thrown is not EMPTY else v
        if v.taints:  # an uncaught exception goes to the handler set_exception_handler() gave
            self._run_registered(node, "set_exception_handler", [v])
        return EMPTY

    def _run_registered(self, node: Node, kind: str, args: list[Val]) -> None:
        for cb in self.registered.get(kind, ()):
            self._call_value(node, cb, args, kind)

    def _autoload(self, node: Node, name: Val) -> None:
        """A class name the request chooses, looked up (``class_exists($x)``, ``new $x``): the
        autoloaders run with it. PHP passes only names of letters, digits, ``_`` and ``\\`` on, so
        the name cannot climb out of a directory, but it can name a command (``id``, ``whoami``)."""
        if name.taints and self.registered.get("spl_autoload_register"):
            # (nor break out of a string or an identifier in generated code, nor pick a method:
            # autoloaders call `$class::init()` on what they loaded)
            safe = guard_all(guard_all(guard_all(name, GUARD_PATH), GUARD_LITERAL), GUARD_AFFIX)
            self._run_registered(node, "spl_autoload_register", [safe])

    def _h_return(self, node: Node) -> Gen:
        kids = _named(node)
        if kids:
            v = yield kids[0]
            written = self.written_code.get(self._path_key(kids[0], v)) if self.written_code else None
            if written is not None:  # the path of a file the function wrote: callers may include it
                v = replace(v, cls=WRITTEN_FILE, target=written)
            self.scope.ret = join(self.scope.ret, v) if self.scope.ret is not EMPTY else v
        return EMPTY

    def _h_global(self, node: Node) -> Val:
        for c in _named(node):
            name = var_name(c)
            if name:
                self._seen("global", name, self.globals.get(name))
                self.scope.vars[name] = self._with_global_writes(name, self.globals.get(name, EMPTY)) or EMPTY
                self.scope.global_names.add(name)
        return EMPTY

    def _h_static_decl(self, node: Node) -> Gen:
        """``static $saved = ...;``: the variable keeps its value from one call to the next, so it
        is kept as a field of the script (one per declaration) that every call reads and writes."""
        for decl in _named(node):
            name_node = field_child(decl, "name")
            value_node = field_child(decl, "value")
            name = var_name(name_node) if name_node is not None else None
            if not name:
                continue
            v = (yield value_node) if value_node is not None else EMPTY
            prop = f"{STATIC_FIELD}{decl.start_byte} ${name}"
            kept = self.fields.get(prop)
            self._seen("field", prop, kept)
            self.scope.vars[name] = v if kept is None else join(v, kept)
            self.scope.statics[name] = prop
        return EMPTY

    def _h_const_decl(self, node: Node) -> Gen:
        for el in _named(node):
            kids = _named(el)
            if len(kids) >= 2 and kids[0].type == "name":
                v = yield kids[-1]
                self.constants[_text(kids[0]).decode("latin-1")] = v
        return EMPTY

    # --- loops that decode: $o .= $d[$i] ^ $k[$i % strlen($k)] -------------------------------

    def _fold_foreach(
        self,
        appends: list[tuple[str, Node]],
        before: dict[str, Val | None],
        items: tuple[tuple[Const, Val], ...],
        key_name: str | None,
        value_name: str,
    ) -> None:
        """Fold a ``foreach`` over a constant array that builds a string one element at a time
        (``foreach (array(115, 121) as $c) $f .= chr($c);``): names and payloads kept as numbers."""
        for target, right in appends:
            if target in (key_name, value_name):
                continue
            data = fold_foreach(right, items, key_name, value_name, self.scope.vars, self.budget)
            if data is None:
                continue
            prior = before.get(target)
            if prior is not None and prior.text is None:
                continue  # appended to something unknown
            base = prior.text if prior is not None and prior.text is not None else b""
            value = Val(const=base + data, ops=("loop",))
            saved = self.conds
            self.conds = []
            self.scope.vars[target] = value
            self.conds = saved
            self._record_payload(right, value)

    def _fold_counted(
        self,
        node: Node,
        body: Node | None,
        appends: list[tuple[str, Node]],
        before: dict[str, Val | None],
        updates: list[Node],
    ) -> None:
        """``for ($i = 0; $i < count($a); $i++) $f .= $a[$i];`` over a constant array (a name spelt
        one element at a time, ``$f .= $f . $a[$i]`` too): the loop is run on the constants, when
        the byte-wise fold left its strings unknown."""
        if all(
            isinstance((v := self.scope.vars.get(t)), Val) and isinstance(v.const, bytes) and v.ops
            for t, _ in appends
        ):
            return  # folded as a decoding loop already
        counted = counted_range(
            node.children_by_field_name("initialize"),
            node.children_by_field_name("condition"),
            updates,
            self.scope.vars,
        )
        if counted is None:
            return
        loop, passes = counted
        built = fold_counted(body, appends, loop, passes, before, self.scope.vars, self.budget)
        if built is None:
            return
        for target, value in built.items():
            self.scope.vars[target] = Val(const=value, ops=("loop",))

    def _fold_loop(
        self, appends: list[tuple[str, Node]], before: dict[str, Val | None], step: int = 1
    ) -> None:
        """Fold the classic XOR/shift decoding loop when its data and key are constants (and the
        hex-pair loop, ``$i += 2`` with ``chr(hexdec($h[$i] . $h[$i + 1]))``)."""
        for target, right in appends:
            folded = elementwise(right, self.scope.vars, self.budget, step)
            if folded is None:
                continue
            data, chain = folded
            prior = before.get(target)
            base = prior.const if prior is not None and isinstance(prior.const, bytes) else b""
            value = Val(const=base + data, ops=chain)
            saved = self.conds
            self.conds = []
            self.scope.vars[target] = value
            self.conds = saved
            self._record_payload(right, value)

    def _fold_rewrites(self, rewrites: list[tuple[str, Node]], before: dict[str, Val | None]) -> None:
        """Fold a constant string rewritten in place byte by byte (``$s[$i] = chr(ord($s[$i]) - 1)``
        after ``$s = gzinflate(base64_decode('...'))``): each byte is computed from the string as it
        was before the loop."""
        for target, right in rewrites:
            prior = before.get(target)
            if prior is None or not isinstance(prior.const, bytes) or not prior.const:
                continue
            env = dict(self.scope.vars)
            env[target] = prior
            folded = elementwise(right, env, self.budget)
            if folded is None or len(folded[0]) != len(prior.const):
                continue
            data, chain = folded
            value = Val(const=data, ops=chain)
            saved = self.conds
            self.conds = []
            self.scope.vars[target] = value
            self.conds = saved
            self._record_payload(right, value)

    # --- includes and backticks -----------------------------------------------------------

    def _h_include(self, node: Node) -> Gen:
        kids = _named(node)
        if not kids:
            return EMPTY
        v = yield kids[0]
        kw = node.type.replace("_expression", "")
        if v.text is not None and v.text.strip().lower() in T.INPUT_STREAMS:
            # ``include 'php://input'``: the request body is the code, however the name was spelt
            v = Val(const=v.text, taints=self._source("php://input", node).taints)
        if v.taints and v.text is None and T.CODE_WRAPPERS.match(v.head()):
            # ``include 'php://filter/resource=' . $x``: the wrapper, not the prefix, decides what loads
            lifted = (GUARD_AFFIX, GUARD_ENCODED) if T.INLINE_DATA.match(v.head()) else (GUARD_AFFIX,)
            v = retaint(v, frozenset(_unguarded(t, lifted) for t in v.taints))
            kw = f"{kw} {v.head().strip()[:12].decode('latin-1')}..."
        self._sink(SinkKind.INCLUDE, kw, node, v)
        if self._remote(v):
            # ``include 'http://host/x.txt'``: whoever serves that address writes the code run here
            url = (v.text or b"")[:60].decode("latin-1", errors="replace")
            remote = self._source(f"{REMOTE_SOURCE}{url}", node)
            self._sink(SinkKind.CODE, kw, node, remote, "the included file is fetched from a remote address")
        served = self._wrapper_read(node, v)
        if served is not None:
            note = "the included stream is served by a class of the file, which returns request input"
            self._sink(SinkKind.CODE, kw, node, served, note)
        written = self._written_at(kids[0], v)
        if written is not None:
            note = "the included file was written with request input"
            self._sink(SinkKind.CODE, kw, node, written, note)
        text = v.text
        if text is not None and text.startswith((b"data:", b"php://input")):
            self._record_payload(node, v, evaluated=kw)
        elif text is not None and text.lstrip()[:12].lower().startswith(b"php://filter"):
            decoded = filter_url(text, self.budget)  # include 'php://filter/read=.../resource=data:...'
            if decoded is not None:
                self._record_payload(node, Val(const=decoded[0], ops=decoded[1]), evaluated=kw)
        return EMPTY

    def _wrapper_read(self, node: Node, path: Val) -> Val | None:
        """What reading ``path`` returns when its protocol is a stream wrapper the file registered
        (``stream_wrapper_register('x', Cls::class)``): the class's ``stream_read``, after its
        ``stream_open`` was given the path (a wrapper may serve what the path itself carries)."""
        if not self.stream_wrappers:
            return None
        proto = path.head().split(b"://", 1)[0].strip().lower()
        cls = self.stream_wrappers.get(proto) if b"://" in path.head() else None
        if cls is None:
            return None
        opened = self._method_keys(cls, "stream_open", fallback=False)
        if opened:
            self._apply_user(node, opened, [path, Val(const=b"rb"), Val(const=0), EMPTY])
        out = EMPTY
        for meth in ("stream_read", "stream_get_contents"):
            keys = self._method_keys(cls, meth, fallback=False)
            if keys:
                out = join(out, self._apply_user(node, keys, [Val(const=8192)]))
        return out

    def _h_yield(self, node: Node) -> Gen:
        """``$x = yield $v``: the generator gets back what ``$gen->send($x)`` passes in; what it
        yields is what walking the generator (the function's result) gives its caller."""
        taints: frozenset[Taint] = frozenset()
        for c in _named(node):
            taints |= only_taints((yield c))
        if taints:
            given = tainted(taints)
            self.scope.ret = join(self.scope.ret, given) if self.scope.ret is not EMPTY else given
        return self._read_field(SENT_FIELD)

    def _h_backtick(self, node: Node) -> Gen:
        taints: frozenset[Taint] = frozenset()
        for c in node.named_children:
            if c.type in ("string_content", "escape_sequence", "string_value"):
                continue
            v = yield c
            taints = taints | only_taints(v)
        out = tainted(taints)
        self._sink(SinkKind.COMMAND, "`backtick`", node, out)
        return out

    # --- calls ----------------------------------------------------------------------------

    def _args(self, node: Node) -> Generator[Node, Val, list[Val]]:
        args_node = arguments(node)
        vals: list[Val] = []
        if args_node is None:
            return vals
        names: dict[str, Val] = {}
        for a in _named(args_node):
            kids = _named(a)
            if not kids:
                continue
            v = yield kids[-1]
            label = field_child(a, "name")
            if label is not None and label != kids[-1]:  # PHP 8 named argument `callback: $f`
                names[_text(label).decode("latin-1").lower()] = v
                continue
            if kids[-1].type == "variadic_unpacking" and v.items:
                vals.extend(x for _k, x in v.items)
                continue
            vals.append(v)
        if names:
            vals = self._place_named(node, vals, names)
        return vals

    def _place_named(self, node: Node, vals: list[Val], names: dict[str, Val]) -> list[Val]:
        """Put named arguments where the callee's parameter of that name is (a built-in's from
        the table, a function of the file's from its declaration); unknown names follow in order."""
        params: tuple[str, ...] = ()
        fn = field_child(node, "function") if node.type == "function_call_expression" else None
        fname = static_name(fn) if fn is not None and fn.type in ("name", "qualified_name") else None
        if fname is not None:
            fname = fname.lstrip("\\").lower()
            params = T.BUILTIN_PARAMS.get(fname, ())
            info = self._defined_once(fname) if not params else None
            if info is not None:
                params = tuple(p.lower() for p, _variadic in info.params)
        out = list(vals)
        rest: list[Val] = []
        for pname, v in names.items():
            if pname in params:
                i = params.index(pname)
                while len(out) <= i:
                    out.append(EMPTY)
                out[i] = v
            else:
                rest.append(v)
        return out + rest

    def _h_call(self, node: Node) -> Gen:
        fn = field_child(node, "function")
        if fn is None:
            return EMPTY
        name = static_name(fn) if fn.type in ("name", "qualified_name") else None
        callee = EMPTY
        if name is None:
            callee = yield fn
        args = yield from self._args(node)
        if first_class_callable(node):  # shell_exec(...): the function itself, called later
            if name is None:
                return callee
            meant = self._constant_callee(fn, name)
            return meant if meant is not None else Val(const=name.encode("latin-1"))
        if name is not None:
            meant = self._constant_callee(fn, name)
            if meant is not None:
                return self._call_value(node, meant, args, _text(fn)[:40].decode("latin-1", errors="replace"))
            result = self._call_named(node, name, args, None)
            self._by_ref_outputs(node, name, args)
            return result
        label = _text(fn)[:40].decode("latin-1", errors="replace")
        if callee.const is None and not callee.taints:
            inner = fn
            while inner.type == "parenthesized_expression" and inner.named_children:
                inner = inner.named_children[0]
            if inner.type == "conditional_expression":
                # (cond ? 'system' : 'passthru')($x): either named function runs
                result = EMPTY
                for field in ("body", "alternative"):
                    branch = field_child(inner, field)
                    if branch is not None:
                        result = join(result, self._call_value(node, (yield branch), args, label))
                return result
        return self._call_value(node, callee, args, label)

    def _constant_callee(self, fn: Node, name: str) -> Val | None:
        """``define('RUN', 'sys' . 'tem'); RUN($x)``: a call by a bare name the file defines as a
        constant holding another function's name, and not as a function. PHP looks for a function
        of that name; what the writer meant, and what ``(RUN)($x)`` or ``constant('RUN')($x)`` run,
        is the function the constant names: the call is read as that one (the sink's name hidden
        in a constant)."""
        if name in self.functions or name in T.SINKS or name in T.SOURCE_CALLS or name in T.CALLBACKS:
            return None
        bare = (
            fn
            if fn.type == "name"
            else next((c for c in reversed(fn.named_children) if c.type == "name"), None)
        )
        if bare is None:
            return None
        v = self.constants.get(_text(bare).decode("latin-1"))
        if v is None or v.text is None:
            return None
        target = v.text.decode("latin-1").strip().lstrip("\\").lower()
        if target == name or not re.fullmatch(r"[a-z_][a-z0-9_]*", target):
            return None
        return replace(v, ops=(*v.ops, "a constant"))

    def _pass_back(self, call: Node, index: int, v: Val) -> None:
        """``function fill(&$out) { $out = $_POST['c']; } fill($c);``: ``$c`` holds what the
        function left in its by-reference parameter."""
        if call.type not in _CALLS:
            return
        nodes = arg_nodes(call)
        if index < len(nodes) and nodes[index].type in ("variable_name", "subscript_expression"):
            self._assign(nodes[index], v, [])

    def _by_ref_outputs(self, node: Node, name: str, args: list[Val]) -> None:
        """Arguments a built-in writes request data into (parse_str's result, preg matches, a curl
        handle given its URL)."""
        if name == "curl_setopt":
            self._curl_url(node, args)
            return
        if name in _SORTS and args and args[0].items is not None:
            # $m = [30 => 'hell_e', 0 => 'if(iss', ...]; ksort($m); eval(implode('', $m)): a packer
            # keeps its payload's pieces out of order under keys (or values) that sort them back
            nodes = arg_nodes(node)
            ordered = _sorted_items(name, args[0].items)
            if ordered is not None and nodes and nodes[0].type in ("variable_name", "subscript_expression"):
                self._assign(nodes[0], replace(args[0], items=ordered), [])
            return
        out_pos, in_pos = {
            "parse_str": (1, 0),
            "mb_parse_str": (1, 0),
            "preg_match": (2, 1),
            "preg_match_all": (2, 1),
            "xml_parse_into_struct": (2, 1),
            "socket_recv": (1, 0),
            "socket_recvfrom": (1, 0),
        }.get(name, (-1, -1))
        if out_pos < 0 or len(args) <= in_pos:
            return
        nodes = arg_nodes(node)
        query = args[in_pos].const
        if name in ("parse_str", "mb_parse_str") and len(nodes) > out_pos and isinstance(query, bytes):
            # parse_str("0=%62%61%73%65...&1=...", $f): a packer spells its function names as a
            # query string and calls them through the array; the result is known
            parsed = _parse_query(query)
            if parsed is not None:
                self._assign(nodes[out_pos], parsed, [])
                return
        if len(nodes) > out_pos and args[in_pos].taints:
            self._assign(
                nodes[out_pos],
                Val(taints=frozenset(t.via(f"{name}()") for t in only_taints(args[in_pos]))),
                [],
            )

    def _curl_url(self, node: Node, args: list[Val]) -> None:
        """``curl_setopt($h, CURLOPT_URL, $url)``: what ``curl_exec($h)`` returns is what that URL
        serves, so the handle carries the URL's taint (or, for a remote literal, is a source)."""
        nodes = arg_nodes(node)
        if len(args) < 3 or len(nodes) < 2 or _text(nodes[1]).strip().lstrip(b"\\") != b"CURLOPT_URL":
            return
        url = args[2]
        if self._remote(url):
            label = (url.text or b"")[:60].decode("latin-1", errors="replace")
            self._assign(nodes[0], self._source(f"{REMOTE_SOURCE}{label}", node), [])
        elif url.taints:
            self._assign(
                nodes[0], Val(taints=frozenset(t.via("curl_setopt()") for t in only_taints(url))), []
            )

    def _call_value(self, node: Node, callee: Val, args: list[Val], label: str) -> Val:
        """Call whatever ``callee`` holds: a name, a closure, [obj, method], a reflection object."""
        if callee.taints and callee.const is None and callee.func is None:
            completes = _affixed_sink(callee.suffix, head=False)
            begins = None if completes else _affixed_sink(callee.prefix, head=True)
            for t in callee.taints:
                if completes and not t.is_marker:  # input + 'ert': the request supplies 'ass'
                    note = f"a literal '{callee.suffix.decode('latin-1')}' completes '{completes}'"
                    self._hit(SinkKind.DYNAMIC, f"{label}()", node, t.unguarded(GUARD_AFFIX), note)
                elif begins and not t.is_marker:  # 'ass' + input: the request supplies 'ert'
                    note = f"a literal '{callee.prefix.decode('latin-1')}' begins '{begins}'"
                    self._hit(SinkKind.DYNAMIC, f"{label}()", node, t.unguarded(GUARD_AFFIX), note)
                else:
                    self._hit(SinkKind.DYNAMIC, f"{label}()", node, t)
            for alt in callee.alts:  # the names it may also hold run as well (`$_GET['f'] ?: 'system'`)
                self._call_value(node, Val(const=alt), args, label)
            return tainted(only_taints(*args) | callee.taints)
        if callee.func is not None:
            return self._apply_user(node, [callee.func], args)
        if callee.target is not None and callee.cls in ("closure", "reflectionfunction"):
            return self._call_value(node, callee.target, args, label)
        if callee.items is not None and len(callee.items) == 2:
            obj = callee.item(0)
            meth = callee.item(1)
            if obj is not None and meth is not None:
                return self._call_method(node, obj, meth, args, f"[{label}]")
        text = callee.text
        if text is not None:
            name = text.decode("latin-1").strip().lstrip("\\").lower()
            if "::" in name:
                cls, _, meth_name = name.partition("::")
                keys = self._method_keys(cls, meth_name)
                return self._apply_user(node, keys, args) if keys else tainted(only_taints(*args))
            if re.fullmatch(r"[a-z_\x80-\xff][a-z0-9_\x80-\xff]*", name):
                return self._call_named(node, name, args, callee)
        elif callee.alts:  # one of several names (`$f = $win ? 'system' : 'passthru'`): any may run
            result = EMPTY
            for alt in callee.alts:
                result = join(result, self._call_value(node, Val(const=alt), args, label))
            return result
        if callee.cls is not None:
            keys = self._method_keys(callee.cls, "__invoke")
            if keys:
                return self._apply_user(node, keys, args)
        if text is None and not callee.taints and ("xor" in callee.ops or "bitwise" in callee.ops):
            # a function name XOR-decoded with a key the file does not hold (its own file name, the
            # server's environment) and handed request input: what runs is hidden from a reader
            note = "the function name is decoded bytewise (XOR) with a key from outside the file's constants"
            for t in only_taints(*args):
                if not t.is_marker:
                    self._hit(SinkKind.DYNAMIC, f"{label}()", node, t.unguarded(GUARD_AFFIX), note)
        if text is None and not callee.taints and callee.func is None and not callee.alts:
            self._decoded_name_call(node, callee, label)
        return tainted(only_taints(*args))

    def _decoded_name_call(self, node: Node, callee: Val, label: str) -> None:
        """A function whose name is decoded at run time (Base64, compression, ROT13, hex) from data
        the file does not hold as a constant (its own doc comments read back through reflection,
        a stored option, a row) and then called: the name a reader would look for is never in the
        text. Dispatchers call names they read as they are, not decoded."""
        decoders = [op for op in callee.ops if op in T.NAME_DECODERS]
        if decoders:
            note = "the function name is decoded by " + " -> ".join(dict.fromkeys(decoders))
            self._hit(SinkKind.DECODED, f"{label}()", node, None, note)

    def _method_keys(self, cls: str | None, name: str, fallback: bool = True) -> list[str]:
        for _ in range(8):
            if cls is None:
                break
            key = self.class_methods.get((cls, name))
            if key is None:  # a trait's method comes before an inherited one
                key = next(
                    (k for t in self.class_traits.get(cls, ()) if (k := self.class_methods.get((t, name)))),
                    None,
                )
            if key is not None:
                return [key]
            cls = self.class_parent.get(cls)
        return self.methods.get(name, []) if fallback else []

    def _run_inherited(self, receiver: str, key: str, args: list[Val]) -> None:
        """A method inherited from a parent, called on an object of ``receiver``: where its body
        calls (on ``$this``) a method the subclass overrides, PHP runs the override (a template
        method whose subclass supplies the command's name). The body is run once more with
        ``receiver`` as ``$this``'s class, on the call's arguments when request input is among them."""
        info = self.infos.get(key)
        if info is None or info.cls is None or info.cls == receiver or info.body is None:
            return
        if not any(not t.is_marker for a in args for t in a.taints):
            return
        overrides: set[str] = set()
        c: str | None = receiver
        for _ in range(8):
            if c is None or c == info.cls:
                break
            overrides.update(name for (owner, name) in self.class_methods if owner == c)
            c = self.class_parent.get(c)
        if c != info.cls or not overrides:
            return
        body = b"".join(_text(info.body).lower().split())
        if not any(b"$this->" + name.encode("latin-1") + b"(" in body for name in overrides):
            return
        memo_key = ("inherited:" + receiver + ":" + key, tuple(args))
        if memo_key in self.const_calls or len(self.const_calls) >= MAX_CONST_CALLS:
            return
        self.const_calls[memo_key] = None
        self._const_call_run(info, args, cls=receiver)

    def _all_method_keys(self, cls: str, prefix: bytes = b"") -> list[str]:
        """Every method the file defines for an object of ``cls`` (its own, its traits', inherited),
        each name once, as a call would find it; with ``prefix`` (the constant head of a name built
        as ``'run' . $x``) only the methods whose names begin with it, as PHP matches them (without
        regard to case)."""
        rank: dict[str, int] = {}
        c: str | None = cls
        while c is not None and c not in rank and len(rank) < 16:
            rank[c] = 2 * len(rank)
            for t in self.class_traits.get(c, ()):
                rank.setdefault(t, rank[c] + 1)  # a trait's method comes before an inherited one
            c = self.class_parent.get(c)
        best: dict[str, tuple[int, str]] = {}
        head = prefix.decode("latin-1").lower() if prefix and prefix != _APP_TEXT else ""
        for (owner, name), key in self.class_methods.items():
            r = rank.get(owner)
            if head and not name.startswith(head):
                continue
            if r is not None and (name not in best or r < best[name][0]):
                best[name] = (r, key)
        return [key for _r, key in best.values()]

    def _apply_any(self, node: Node, keys: list[str], args: list[Val]) -> Val:
        """A call that may run any of ``keys`` (at most ``MAX_CANDIDATES``) with ``args``."""
        result = tainted(only_taints(*args))
        for i in range(0, min(len(keys), MAX_CANDIDATES), 4):
            result = join(result, self._apply_user(node, keys[i : i + 4], args))
        return result

    def _call_method(self, node: Node, obj: Val, meth: Val, args: list[Val], label: str) -> Val:
        if meth.taints and meth.const is None:
            for t in meth.taints:
                self._hit(SinkKind.DYNAMIC, f"{label}->$method()", node, t)
            if obj.cls is not None:
                magic = self._method_keys(obj.cls, "__call", fallback=False)
                if magic:  # a name the class lacks goes to __call($name, $arguments)
                    self._apply_user(node, magic, [meth, Val(items=tuple(enumerate(args)))])
            if obj.cls is not None and any(a.taints for a in args):
                # input picks the method, even among allowed names: any of them may run with
                # these arguments
                return self._apply_any(node, self._all_method_keys(obj.cls, meth.prefix), args)
            return tainted(only_taints(*args))
        name = meth.text
        if name is None:
            return tainted(only_taints(obj, *args))
        m = name.decode("latin-1").lower()
        if obj.cls in ("reflectionfunction", "closure") and obj.target is not None:
            label = f"ReflectionFunction::{m}" if obj.cls == "reflectionfunction" else label
            if m in ("invoke", "__invoke", "call"):
                return self._call_value(node, obj.target, args, label)
            if m == "invokeargs":
                spread = [x for _k, x in args[0].items] if args and args[0].items else args
                return self._call_value(node, obj.target, spread, label)
        if obj.cls == "reflectionmethod" and obj.target is not None and m in ("invoke", "invokeargs"):
            rest = args[1:]
            if m == "invokeargs" and len(args) > 1 and args[1].items:
                rest = [x for _k, x in args[1].items]
            return self._call_method(node, EMPTY, obj.target, rest, label)
        if obj.cls == "reflectionclass" and m in ("newinstance", "newinstanceargs"):
            return self._reflected_new(node, obj, m, args)
        if obj.cls == "reflectionclass" and m == "getmethod" and args:
            return Val(cls="reflectionmethod", target=args[0])
        if obj.cls == "com-shell" and m in _COM_SHELL_RUNS:  # $wsh->exec("cmd /c " . $_POST['c'])
            for i in _COM_SHELL_RUNS[m]:
                if i < len(args):
                    self._sink(SinkKind.COMMAND, f"COM shell ->{m}()", node, args[i])
            return tainted(only_taints(*args))
        if obj.cls == "fiber" and obj.target is not None and m == "start":
            return self._call_value(node, obj.target, args, "Fiber::start")  # runs the fiber's callable
        registered = T.SQL_FUNCTION_REGISTRARS.get(m)
        if registered is not None:  # $db->createFunction('f', $cb): any query may call $cb
            for p in registered:
                if p < len(args):
                    self._call_value(node, args[p], [], f"{label}->{m}")
            return EMPTY
        if m in ("loadxml", "loadhtml", "xml") and args and args[0].taints:  # DOMDocument, XMLReader
            self._run_registered(node, "libxml_set_external_entity_loader", [args[0], args[0], EMPTY])
        handle = obj.cls == "script-handle" or (obj.cls or "").startswith(PARAM_WRITE_HANDLE)
        if handle and m in ("fwrite", "fputs", "fputcsv"):  # SplFileObject
            return self._write(node, m, [obj, *args])
        if obj.func is not None and m in ("__invoke", "call", "bindto", "bind"):
            if m in ("bindto", "bind"):
                return obj
            return self._apply_user(node, [obj.func], args[1:] if m == "call" else args)
        if isinstance(obj.const, bytes) and not obj.cls:
            keys = self._method_keys(obj.const.decode("latin-1").lstrip("\\").lower(), m)
            return self._apply_user(node, keys, args) if keys else tainted(only_taints(*args))
        if m == "send" and len(args) == 1 and not self._method_keys(obj.cls, m):
            self._write_field(SENT_FIELD, args[0])  # Generator::send(): the paused `yield` returns it
        if obj.cls and not self._method_keys(obj.cls, m, fallback=False):
            # a method the class lacks goes to its __call($name, $arguments)
            magic = self._method_keys(obj.cls, "__call", fallback=False)
            if magic:
                return self._apply_user(node, magic, [Val(const=name), Val(items=tuple(enumerate(args)))])
        keys = self._method_keys(obj.cls, m)
        if keys:
            if obj.cls is not None and len(keys) == 1:
                self._run_inherited(obj.cls, keys[0], args)
            return self._apply_user(node, keys, args)
        if m == "open" and obj.cls == "ziparchive" and args:
            self._opened_archive(node, args[0])
        if m == "extractto" and args and obj.cls in (None, *T.ARCHIVE_CLASSES):
            self._extracted_archive(node, args[0], f"{label}->extractTo()")
            return EMPTY
        if m in T.ARRAY_OBJECT_SORTS and obj.cls is None and args:
            # an ArrayObject (read as the array it wraps) sorted with a callable: uasort($arr, $cb)
            return self._callback(node, m, [obj, args[0]])
        if obj.cls == T.REST_REQUEST and m in T.REST_REQUEST_GETTERS:
            return tainted(only_taints(obj))
        if (
            m in T.ARRAY_OBJECT_VIEWS
            and obj.cls is None
            and (obj.items is not None or obj.tainted)
            and not args
        ):
            return obj
        if m == "__invoke" and obj.func is not None:
            return self._apply_user(node, [obj.func], args)
        return guard_all(tainted(only_taints(obj, *args)), GUARD_OPAQUE)

    def _reflected_new(self, node: Node, rc: Val, m: str, args: list[Val]) -> Val:
        """``(new ReflectionClass($name))->newInstance(...)``: the constructor runs with the arguments."""
        target = rc.target
        name = target.text if target is not None else None
        if name is None:
            return tainted(only_taints(*args))
        cls = name.decode("latin-1").lstrip("\\").lower()
        if m == "newinstanceargs":
            args = [x for _k, x in args[0].items] if args and args[0].items else args
        return self._construct(node, cls, args)

    def _construct(self, node: Node, cls: str, args: list[Val]) -> Val:
        """An object of ``cls``: its constructor (if the file defines one) runs with ``args``."""
        if cls in ("reflectionfunction",) and args:
            return Val(cls="reflectionfunction", target=args[0])
        if cls == "reflectionmethod" and args:
            if len(args) >= 2:
                return Val(cls="reflectionmethod", target=args[1])
            text = args[0].text
            if text is not None and b"::" in text:
                return Val(cls="reflectionmethod", target=Val(const=text.split(b"::", 1)[1]))
            return Val(cls="reflectionmethod")
        if cls == "reflectionclass" and args:
            self._autoload(node, args[0])
            return Val(cls="reflectionclass", target=args[0])
        if cls in ("callbackfilteriterator", "recursivecallbackfilteriterator") and len(args) >= 2:
            # the callback sees each element (value, key, iterator) while the iterator is walked
            inner = args[0]
            self._call_value(node, args[1], [inner.elements(), EMPTY, inner], cls)
            return inner
        if cls == "yar_server" and args:  # every public method of the object, called by its clients
            self._rpc_exposed(node, "object", args[0], "Yar_Server")
        if cls == "fiber" and args:
            return Val(cls="fiber", target=args[0])
        connect = T.SQL_CONNECTING_CLASSES.get(cls)
        if connect is not None and any(self._raw(args[i], GUARD_AFFIX) for i in connect if i < len(args)):
            self.client_db = True
            return Val(cls=T.CLIENT_DB)
        if cls in ("arrayobject", "arrayiterator") and args:
            return replace(args[0], cls=None)
        if cls in ("splfileobject", "spltempfileobject") and args:  # a file handle, as fopen()
            return self._call_named(node, "fopen", args, None)
        progid = args[0].text if cls == "com" and args else None
        if progid is not None and progid.strip().lower() in _COM_SHELL_PROGIDS:  # new COM('WScript.Shell')
            return Val(cls="com-shell")
        keys = self._method_keys(cls, "__construct", fallback=False)
        if keys:
            self._apply_user(node, keys, args)
        elif cls in T.ARCHIVE_CLASSES and args:  # new PharData($file): the archive is opened
            self._opened_archive(node, args[0])
        elif args and self._built_in_class(cls):
            # a class PHP or a library defines (an Exception): the object keeps what it was given,
            # and its methods (getMessage()) hand it back
            carried = only_taints(*args)
            if carried:
                return Val(cls=cls, taints=guard_all(tainted(carried), GUARD_OPAQUE).taints)
        return Val(cls=cls)

    def _built_in_class(self, cls: str) -> bool:
        """Is ``cls`` (or the first ancestor the file does not define) a class from outside the file?"""
        for _ in range(8):
            if cls not in self.defined_classes:
                return True
            parent = self.class_parent.get(cls)
            if parent is None:
                return False
            cls = parent
        return False

    def _filtered_read(self, node: Node, path: Val) -> Val | None:
        """``php://filter/read=<decoders>/resource=data:...`` read: the decoded text, as the decoder
        calls would give it (kept as a payload)."""
        text = path.text
        if text is None or not text.lstrip()[:12].lower().startswith(b"php://filter"):
            return None
        decoded = filter_url(text, self.budget)
        if decoded is None:
            return None
        out = Val(const=decoded[0], ops=(*path.ops, *decoded[1]))
        self._record_payload(node, out)
        return out

    def _memory_stream(self, node: Node, name: str, args: list[Val]) -> Val | None:
        """A payload written into ``php://memory`` and read back through decoding stream filters
        (``stream_filter_append($h, 'convert.base64-decode')``): the read returns the decoded text."""
        if name == "fopen" and args:
            head = args[0].head().strip().lower()
            return Val(cls="memory-stream") if head.startswith((b"php://memory", b"php://temp")) else None
        if not args or args[0].cls != "memory-stream" or name not in _MEMORY_STREAM_CALLS:
            return None
        nodes = arg_nodes(node)
        if not nodes:
            return None
        key = self._path_key(nodes[0], args[0])
        data, filters = self.memory_streams.get(key, (Val(const=b""), ()))
        if name in ("fwrite", "fputs") and len(args) >= 2:
            if (
                data.text is not None
                and args[1].text is not None
                and len(data.text) + len(args[1].text) <= MAX_VALUE
            ):
                data = Val(const=data.text + args[1].text, ops=add_ops(data, args[1], op="concat"))
            else:
                data = tainted(only_taints(data, args[1]))
            self.memory_streams[key] = (data, filters)
            return EMPTY
        if name in ("stream_filter_append", "stream_filter_prepend") and len(args) >= 2:
            fname = args[1].text
            if fname is not None:
                filters = (*filters, fname) if name.endswith("append") else (fname, *filters)
                self.memory_streams[key] = (data, filters)
            return EMPTY
        if name in ("stream_get_contents", "fread", "fgets", "fpassthru"):
            text = data.text
            if text is None:
                return tainted(only_taints(data))
            ops = list(data.ops)
            for f in filters:
                step = stream_filter(text, f, self.budget)
                if step is None:
                    return EMPTY
                text = step[0]
                if step[1] is not None:
                    ops.append(step[1])
            out = Val(const=text, ops=tuple(ops))
            if filters:
                self._record_payload(node, out)
            return out
        return None

    def _curl_option(self, node: Node, name: str, args: list[Val]) -> None:
        """curl's address and request body, set one call at a time: together they may forward."""
        if name == "curl_init":
            self.curl_url = args[0] if args else None
            self.curl_body = None
            return
        nodes = arg_nodes(node)
        if len(args) < 3 or len(nodes) < 3:
            return
        option = _text(nodes[1]).strip().upper().lstrip(b"\\")
        if option == b"CURLOPT_URL":
            self.curl_url = args[2]
        elif option == b"CURLOPT_POSTFIELDS":
            self.curl_body = args[2]
        else:
            return
        if self.curl_url is not None and self.curl_body is not None:
            self._forwarded(node, "curl_setopt()", self.curl_url, self.curl_body)

    def _forwarded(self, node: Node, sink: str, url: Val, body: Val) -> None:
        body_taints = _deep_taints(body)
        if any(not t.is_marker for t in body_taints):
            self._forwarded_to(node, sink, url)
            return
        # a helper posting the body it was handed (``send($data)``) relays request data only for
        # the callers that hand it some: the hit waits in the summary until a call decides
        needs = tuple(sorted({t.marker_index for t in body_taints if t.is_marker}))
        if needs and not self.scope.is_main:
            self._forwarded_to(node, sink, url, needs=needs)

    def _opened_archive(self, node: Node, path: Val) -> None:
        """An archive opened from ``path``: request input choosing it, an upload's temporary file,
        or a file written with request input (a fetched package) supplies its members."""
        taints = only_taints(path)  # a helper's parameter stands for what its callers pass
        nodes = arg_nodes(node)
        if nodes:
            key = self._path_key(nodes[0], path)
            for stored in (self.written_code.get(key), self.stored_uploads.get(key)):
                if stored is not None:
                    taints |= only_taints(stored)
        self.archive_input |= taints

    def _extracted_archive(self, node: Node, dest: Val, sink: str) -> None:
        """``extractTo($dir)``: every member of the archive is written under ``$dir`` by the name the
        archive gives it, so whoever supplies the archive plants files, scripts included."""
        if self._raw(dest) or any(t.is_marker for t in dest.taints):  # (a helper's parameter: its callers')
            note = "the request chooses the folder an archive is unpacked into"
            self._sink(SinkKind.FILE, sink, node, dest, note)
        if not self.archive_input or dest.head().startswith(T.TEMP_DIR):
            return  # the site's own package, or unpacked outside the web root to be checked first
        note = (
            "an archive the request supplies is unpacked into a folder of the site under its members' names"
        )
        for t in self.archive_input:
            if t.guards <= {GUARD_AFFIX, GUARD_BASENAME}:
                self._hit(SinkKind.UPLOAD, sink, node, t, note)

    def _h_member_call(self, node: Node) -> Gen:
        obj_node = field_child(node, "object")
        name_node = field_child(node, "name")
        obj = (yield obj_node) if obj_node is not None else EMPTY
        if name_node is not None and name_node.type == "name":
            meth = Val(const=_text(name_node))
        elif name_node is not None:
            meth = yield name_node
        else:
            meth = EMPTY
        args = yield from self._args(node)
        if first_class_callable(node):  # $obj->method(...): a Closure of the method
            return Val(items=((0, obj), (1, meth)))
        label = _text(obj_node)[:30].decode("latin-1", errors="replace") if obj_node else "?"
        if obj.cls == "soapserver" and meth.text is not None and args:
            method = meth.text.decode("latin-1").lower()
            what = T.SOAP_EXPOSERS.get(method)
            if what is not None:
                self._rpc_exposed(node, what, args[0], f"SoapServer::{method}")
        method_name = meth.text.decode("latin-1") if meth.text is not None else ""
        if (
            obj.cls is None
            and obj_node is not None
            and method_name.lower() in T.FRAMEWORK_GETTERS
            and T.framework_request(_text(obj_node), self.request_vars)
        ):
            return self._source(f"{label}->{method_name}()", node)
        if obj.cls == T.CLIENT_DB and method_name.lower() in T.SQL_METHODS and args:
            self._sql_run(node, f"{label}->{method_name}()", args[0])
        if obj.cls in T.SPL_CONTAINERS and name_node is not None and obj_node is not None:
            m = meth.text.decode("latin-1").lower() if meth.text is not None else ""
            if m in T.SPL_CONTAINER_PUTS and only_taints(*args):
                # $queue->enqueue($_GET['c']): the container now holds the input
                self._assign(obj_node, join(obj, tainted(only_taints(*args))), [])
                return EMPTY
            if m in T.SPL_CONTAINER_GETS:
                return tainted(only_taints(obj))
        return self._call_method(node, obj, meth, args, label)

    def _h_scoped_call(self, node: Node) -> Gen:
        scope_node = field_child(node, "scope")
        name_node = field_child(node, "name")
        cls: str | None = None
        cls_val = EMPTY
        if scope_node is not None:
            if scope_node.type in ("name", "qualified_name"):
                cls = static_name(scope_node)
            elif scope_node.type == "relative_scope":
                cls = self.scope.cls
            else:
                cls_val = yield scope_node
                if isinstance(cls_val.const, bytes):
                    cls = cls_val.const.decode("latin-1").lstrip("\\").lower()
        if name_node is not None and name_node.type == "name":
            meth = Val(const=_text(name_node))
        elif name_node is not None:
            meth = yield name_node
        else:
            meth = EMPTY
        args = yield from self._args(node)
        if first_class_callable(node):  # Cls::method(...): a Closure of the static method
            if cls is not None and meth.text is not None:
                return Val(const=cls.encode("latin-1") + b"::" + meth.text)
            return EMPTY
        if cls_val.taints and cls is None:
            self._autoload(node, cls_val)
            for t in cls_val.taints:
                self._hit(SinkKind.DYNAMIC, "$class::method()", node, t)
        m = meth.text.decode("latin-1").lower() if meth.text is not None else None
        if cls == "closure" and m == "fromcallable" and args:
            return Val(cls="closure", target=args[0])
        if (
            cls in T.FRAMEWORK_STATIC_GETTERS
            and m in T.FRAMEWORK_STATIC_GETTERS[cls]
            and cls not in self.defined_classes
        ):
            return self._source(f"{_text(scope_node or node)[:20].decode('latin-1')}::{m}()", node)
        if cls == "closure" and m == "bind" and args and args[0].func is not None:
            return args[0]  # Closure::bind($fn, $obj): the same code, run with $obj as $this
        if meth.taints and meth.const is None:
            for t in meth.taints:
                self._hit(SinkKind.DYNAMIC, f"{cls or '?'}::$method()", node, t)
            return tainted(only_taints(*args))
        if m is None:
            return tainted(only_taints(*args))
        if cls and m in ("from", "tryfrom") and any(e == cls for e, _c in self.enum_cases):
            return Val(cls=cls)  # Enum::from($x): one of the enum's cases, whichever $x names
        if cls and not self._method_keys(cls, m, fallback=False):
            magic = self._method_keys(cls, "__callstatic", fallback=False)  # Cls::missing(...) runs it
            if magic and meth.text is not None:
                return self._apply_user(
                    node, magic, [Val(const=meth.text), Val(items=tuple(enumerate(args)))]
                )
        keys = self._method_keys(cls, m)
        if keys:
            return self._apply_user(node, keys, args)
        if cls and _named_conditions(args):
            # Model::find_one(['Id' => $_GET['id']]): a finder of code defined elsewhere, given
            # the request's values only as named conditions, returns the record they select
            return EMPTY
        return guard_all(tainted(only_taints(*args)), GUARD_OPAQUE)

    def _h_new(self, node: Node) -> Gen:
        kids = _named(node)
        cls_node = next((c for c in kids if c.type != "arguments"), None)
        cls: str | None = None
        cls_val = EMPTY
        if cls_node is not None:
            if cls_node.type in ("name", "qualified_name"):
                cls = static_name(cls_node)
            elif cls_node.type == "anonymous_class":
                cls = _class_name(cls_node)
                args = yield from self._args(cls_node)
                return self._construct(node, cls or "", args)
            elif cls_node.type == "declaration_list":
                cls = None
            else:
                cls_val = yield cls_node
                if isinstance(cls_val.const, bytes):
                    cls = cls_val.const.decode("latin-1").lstrip("\\").lower()
        args = yield from self._args(node)
        if cls is None and cls_val.taints:
            # `new $class` from input is common in ordinary dispatch code: not reported (the
            # autoloaders see the name)
            self._autoload(node, cls_val)
            return tainted(only_taints(*args))
        if cls is not None:
            return self._construct(node, cls, args)
        return EMPTY

    def _h_closure(self, node: Node) -> Val:
        key = self.closure_keys.get(node.id)
        if key is None:
            return EMPTY
        info = self.infos[key]
        captured = dict(self.captures.get(key, {}))
        names = info.uses
        if info.arrow:
            names = tuple(self.scope.vars)[:64]
        for name in names:
            v = self.scope.vars.get(name)
            if v is None:
                continue
            if any(t.is_marker for t in v.taints):  # the enclosing function's parameters
                v = retaint(v, frozenset(t for t in v.taints if not t.is_marker))
            captured[name] = join(captured[name], v) if name in captured else v
        self.captures[key] = captured
        for name in info.ref_uses:
            keys = self.ref_captured.setdefault(name, [])
            if key not in keys and len(keys) < 16:
                keys.append(key)
        return Val(func=key)

    def _sql_run(self, node: Node, sink: str, statement: Val) -> None:
        """A statement run on a database: the request's own text (nothing of the page's before it)
        on a connection the request pointed, the page is a SQL console."""
        if self.client_db and not statement.head():
            self._sink(SinkKind.SQL, sink, node, statement)

    def _call_named(self, node: Node, name: str, args: list[Val], callee: Val | None) -> Val:
        """A call to a function known by name (directly, or through a string-valued callee)."""
        keys = self.functions.get(name)
        if keys:
            return self._apply_user(node, keys, args)
        if name == "get_defined_functions":
            return Val(cls=FUNCTION_TABLE)
        if name == "get_defined_vars":  # in main code it holds the request's arrays too
            return self._defined_vars(node)
        if name in ("stream_wrapper_register", "stream_register_wrapper") and len(args) >= 2:
            proto, cls_name = args[0].text, args[1].text
            if proto and cls_name:
                self.stream_wrappers[proto.lower()] = cls_name.decode("latin-1").lstrip("\\").lower()
            return EMPTY
        if name == "array_search" and len(args) >= 2 and args[1].cls == FUNCTION_TABLE:
            if args[0].text and not args[0].taints:  # the index of a function named in the code
                return Val(const=args[0].text, ops=add_ops(args[0], op="array_search"), cls=FUNCTION_INDEX)
            return tainted(only_taints(args[0]))  # the index of the function the request names
        if name in T.XML_HANDLER_SETTERS:
            return self._xml_handler(node, name, args)
        if name in T.BUFFER_READS:  # ob_start(); echo $_GET['c']; $c = ob_get_clean();
            return self.printed
        if name == "get_object_vars" and args and args[0].cls is not None and args[0].items is None:
            return self._object_as_array(args[0])
        if name in T.RPC_REGISTRARS and len(args) > T.RPC_REGISTRARS[name]:
            params = self._source(f"an XML-RPC request's parameters ({name})", node)
            self._call_value(node, args[T.RPC_REGISTRARS[name]], [args[1], params, EMPTY], name)
            return EMPTY
        if name == "request" and args and callee is None:  # Laravel's request('c') helper
            return self._source("request()", node)
        if name == "register_rest_route" and len(args) >= 3:
            self._rest_route(node, args[2])
            return EMPTY
        if name == "xml_set_object" and len(args) >= 2:
            self.xml_object = args[1]
            return EMPTY
        if name in T.XML_PARSE_CALLS:
            self._xml_parse(node, name, args)
        if name in T.CLASS_LOOKUPS and args:
            self._autoload(node, args[0])
        if name in ("trigger_error", "user_error") and args and args[0].taints:
            self._run_registered(node, "set_error_handler", [Val(const=1024), args[0]])
        if name == "simplexml_load_string" and args and args[0].taints:
            self._run_registered(node, "libxml_set_external_entity_loader", [args[0], args[0], EMPTY])
        note = ""
        if callee is not None:
            if callee.ops:
                built = " -> ".join(dict.fromkeys(callee.ops))
                note = f"function name '{name}' is built by {built}"
            else:
                note = f"function name '{name}' is held in a variable"
        # sources
        if name in T.SOURCE_CALLS:
            if name == "filter_input" and callee is None:
                nodes = arg_nodes(node)
                if len(nodes) >= 3 and _text(nodes[2]).lower().decode("latin-1") in T.SAFE_FILTERS:
                    return EMPTY
            if name == "filter_input_array" and len(args) >= 2:
                src = self._source(f"{name}()", node)
                self._filter_array_callback(node, src, args[1], name)
                return src
            return self._source(f"{name}()", node)
        if name == "getenv" and args:
            key = args[0].text
            if key is not None and T.server_key_is_input(key):
                return self._source(f"getenv('{key.decode('latin-1')}')", node)
            return EMPTY
        if name in ("file_get_contents", "fopen") and len(args) >= 3:  # (url, flag, context)
            self._forwarded(node, f"{name}()", args[0], args[2])
        if name == "copy" and len(args) >= 2 and args[0].text in T.INPUT_STREAMS:
            # copy('php://input', 'x.php'): the request body becomes the file
            return self._write(node, name, [self._source("php://input", node), args[1]])
        for a in args:
            if a.text in T.INPUT_STREAMS:
                return self._source("php://input", node)
        if name in T.REMOTE_READS and args and T.input_completes_wrapper(args[0].prefix, args[0].taints):
            # "php" . $x read: the request finishes the stream's name (php://input, data:...), so
            # what the read returns is whatever the request sends
            head = args[0].prefix.decode("latin-1", errors="replace")
            return self._source(f"{name}('{head}' . input)", node)
        if name in T.REMOTE_READS and args and self._remote(args[0]):
            url = (args[0].text or args[0].prefix)[:60].decode("latin-1", errors="replace")
            remote = self._source(f"{REMOTE_SOURCE}{url}", node)
            if name == "copy" and len(args) > 1:
                self._write(node, name, [remote, args[1]])
            return remote
        if name in T.LOCAL_READS and args and not self.cli_guarded:
            img_tail = args[0].tail()
            img_mode = (args[1].text or b"w") if name in ("fopen", "gzopen") and len(args) > 1 else b"r"
            reads = not any(c in img_mode.lower() for c in b"waxc")  # fopen($p, 'wb') writes the image
            if reads and T.IMAGE_PATH.search(img_tail) is not None and not T.REMOTE_URL.match(args[0].head()):
                shown = img_tail.decode("latin-1", errors="replace").strip()
                return self._source(f"{IMAGE_SOURCE}'...{shown}' ({name}())", node)
        if name in T.SOCKET_OPENERS and args:
            sock = self._socket(node, name, args[0])
            if sock is not None:
                return sock
        if name == "socket_connect" and len(args) >= 2:  # (socket, address, port)
            sock = self._socket(node, name, args[1])
            nodes = arg_nodes(node)
            if sock is not None and nodes:
                self._assign(nodes[0], sock, [])
            return EMPTY
        if name in T.SOCKET_ACCEPTS and not self.cli_guarded:
            return self._source(f"{REMOTE_SOURCE}a client of a listening socket ({name}())", node)
        if name in T.STREAM_READS and args and any(_checked_remote(t) for t in args[0].taints):
            # a check on the handle (in_array() against stream_select()'s ready list) is no check
            # of the bytes that arrive on it
            taints = frozenset(
                Taint(t.source, t.line, t.path) if _checked_remote(t) else t for t in only_taints(*args)
            )
            return tainted(taints)
        if name in T.SOCKET_LISTENERS and not self.cli_guarded:
            # a listening socket (UDP reads on it directly): whoever sends writes what is read
            return self._source(f"{REMOTE_SOURCE}a client of a listening socket ({name}())", node)
        if name == "socket_bind" and args and not self.cli_guarded:
            nodes = arg_nodes(node)
            if nodes:  # a bound socket_create()d socket (a UDP server) reads what any host sends
                label = f"{REMOTE_SOURCE}a client of a listening socket (socket_bind())"
                self._assign(nodes[0], join(args[0], self._source(label, node)), [])
            return EMPTY
        connect = T.SQL_CONNECTORS.get(name)
        # (a DSN or connection string is written around the input: "host=" . $h . " user=" . $u)
        if connect is not None and any(self._raw(args[i], GUARD_AFFIX) for i in connect if i < len(args)):
            self.client_db = True
            return Val(cls=T.CLIENT_DB)
        statement = T.SQL_RUNNERS.get(name)
        if statement is not None and args and -len(args) <= statement < len(args):
            self._sql_run(node, f"{name}()", args[statement])
        if callee is not None and callee.ops and name in T.HIDDEN_WORTHY:
            self._hit(SinkKind.HIDDEN, f"{name}()", node, None, note)
        if name in T.MAILERS and len(args) >= 3 and _client_text(args[1]) and _client_text(args[2]):
            self._sink(SinkKind.RELAY, f"{name}()", node, args[0], note)
        if name in T.MAILERS and len(args) >= 4:
            for t in only_taints(args[3]):
                if not t.is_marker and BCC_STEP in t.path:
                    self._hit(SinkKind.BCC, f"{name}()", node, t, note)
        streamed = self._memory_stream(node, name, args)
        if streamed is not None:
            return streamed
        if name in ("file_get_contents", "file", "readfile", "fopen") and args:
            filtered = self._filtered_read(node, args[0])
            if filtered is not None:
                return filtered
        if name in ("curl_init", "curl_setopt"):
            self._curl_option(node, name, args)
        elif name == "stream_context_create" and args:  # its options hold the body sent ('content')
            return tainted(_deep_taints(args[0]))
        if name == "proc_open" and len(args) >= 2:
            self._proc_open(node, args)
        # sinks
        sink = T.SINKS.get(name)
        if sink is not None:
            kind, positions = sink
            for p in positions:
                if p < len(args):
                    arg = args[p]
                    if kind is SinkKind.COMMAND and arg.taints and arg.head().strip():
                        arg = guard_all(arg, GUARD_AFFIX)  # the program is the script's, input an argument
                    self._sink(kind, f"{name}()", node, arg, note)
            if name in T.CODE_EVAL and args:
                self._evaluated_const(node, args[0], name)
                self._decoded_eval(node, args[0], name)
            if name == "create_function" and len(args) >= 2:
                return self._create_function(node, args)
            if name == "popen" and len(args) >= 2 and b"w" in (args[1].text or b""):
                # popen('/bin/sh', 'w'): a shell reading its commands from the pipe the script writes
                text = args[0].text
                if text is not None and T.STDIN_INTERPRETER.match(text) is not None:
                    return Val(cls=SHELL_STDIN, taints=only_taints(*args))
            return tainted(only_taints(*args))
        if name in T.REGEX_REPLACE and len(args) >= 3:
            p_i, r_i, s_i = T.REGEX_REPLACE[name]
            pattern = args[p_i].text
            tail = args[p_i].tail()
            if (pattern is not None and T.regex_has_eval_modifier(pattern)) or (
                pattern is None and (b"e" in tail[-3:] if tail else self._raw(args[p_i]))
            ):
                note2 = "preg_replace with the /e modifier evaluates its replacement"
                self._sink(SinkKind.CODE, f"{name}()", node, args[r_i], note2)
                if pattern is not None:
                    self._sink(SinkKind.CODE, f"{name}()", node, args[s_i], note2)
                    self._evaluated_const(node, args[r_i], f"{name}(/e)")
            elif (folded := self._fold(name, args)) is not None:
                return folded  # constants through a simple pattern: a name stripped of its junk
            elif pattern is not None and args[r_i].text == b"" and T.strip_keeps_shell_safe(pattern):
                out = guard_all(tainted(only_taints(args[s_i])), GUARD_SHELL)
                return guard_all(out, GUARD_PATH) if T.strip_keeps_no_path(pattern) else out
            return tainted(only_taints(*args))
        if name in ("mb_ereg_replace", "mb_eregi_replace") and len(args) >= 4:
            opt = args[3].text
            if opt is not None and b"e" in opt:
                self._sink(SinkKind.CODE, f"{name}()", node, args[1])
            return tainted(only_taints(*args))
        if name in T.CALLBACKS:
            return self._callback(node, name, args)
        if name in T.CALLBACK_MAPS:
            return self._callback_map(node, name, args)
        if name == "filter_var" and len(args) >= 3:
            return self._filter_callback(node, args)
        if name == "filter_var" and args:
            nodes = arg_nodes(node)
            flt = _text(nodes[1]).strip().lstrip(b"\\").lower() if len(nodes) > 1 else b"filter_default"
            if flt in (b"filter_default", b"filter_unsafe_raw"):
                return tainted(only_taints(args[0]))  # the value as it came, no filter applied
            if flt.decode("latin-1") in T.SAFE_FILTERS:  # a number, an address ... or false
                return guard_all(tainted(only_taints(args[0])), GUARD_VALID)
        if name == "filter_var_array" and len(args) >= 2:
            self._filter_array_callback(node, args[0], args[1], name)
            return tainted(only_taints(args[0]))
        if name == "stream_copy_to_stream" and len(args) >= 2:  # (from, to): fwrite(to, from)
            return self._write(node, name, [args[1], args[0]])
        if name in ("extract", "import_request_variables", "mb_parse_str", "parse_str"):
            return self._extract(node, name, args)
        if name == "unserialize" and args and args[0].text is not None and not args[0].taints:
            data = unserialize_literal(args[0].text)  # a name kept in a serialized array
            if data is not None:
                return data
        if name == "unserialize" and args:
            # input spliced into a serialized object's text ('O:1:"A":1:{s:4:"test";s:' . $n . ...)
            # sets that object's properties just as the whole string would
            spliced = _SERIALIZED_OBJECT.match(args[0].head()) is not None
            raw = frozenset(
                t.unguarded(GUARD_AFFIX)
                for t in only_taints(args[0])
                if not t.guards or (spliced and t.guards == {GUARD_AFFIX})
            )
            if raw and not _no_classes(node):
                self.unserialized = frozenset(t.via("unserialize()") for t in raw)
            return tainted(only_taints(args[0]))
        if name in T.PATH_OPENERS and args and args[0].head().lower().startswith(b"expect://"):
            # the expect:// wrapper runs the rest of the "path" as a command line
            self._sink(SinkKind.COMMAND, f"{name}(expect://)", node, args[0])
            return tainted(only_taints(*args))
        if name in T.PHAR_TRIGGERS and args and args[0].head().lower().startswith(b"phar://"):
            # any file function on a phar:// path unserializes the archive's metadata: input choosing
            # the archive is an unserialize() of input (a gadget class in the file makes it a call)
            raw = frozenset(t for t in only_taints(args[0]) if t.guards <= {GUARD_AFFIX})
            if raw:
                self.unserialized = frozenset(t.unguarded(GUARD_AFFIX).via(f"{name}(phar://)") for t in raw)
        if name == "error_log" and len(args) >= 3 and args[1].const == 3:
            # message type 3 appends the message to the file named by the third argument
            return self._write(node, "error_log", [args[2], args[0]])
        if name == "ini_set" and len(args) >= 2 and (args[0].text or b"").strip().lower() == b"error_log":
            self.error_log_file = args[1]  # later error_log($msg) calls append to that file
            return EMPTY
        if (
            name == "error_log"
            and args
            and self.error_log_file is not None
            and (len(args) < 2 or args[1].const == 0)
        ):
            return self._write(node, "error_log", [self.error_log_file, args[0]])
        if name in ("trigger_error", "user_error") and args and self.error_log_file is not None:
            return self._write(node, "error_log", [self.error_log_file, args[0]])  # logged as raised
        if name in T.WRITERS:
            return self._write(node, name, args)
        if name == "gzopen" and len(args) >= 2 and b"T" in (args[1].text or b""):
            name = "fopen"  # mode T: written as it is, not compressed
        if name == "tmpfile":  # a file opened for writing under a name the script learns later
            return Val(cls=f"{WRITE_HANDLE}=\x00tmpfile@{node.start_byte}")
        if name == "stream_get_meta_data" and args and (args[0].cls or "").startswith(WRITE_HANDLE + "="):
            # the 'uri' of a file opened for writing names that file (``include $meta['uri']``)
            uri = (args[0].cls or "")[len(WRITE_HANDLE) + 1 :].encode("latin-1")
            return Val(items=((b"uri", Val(const=uri)),))
        if name == "fopen" and args:
            path = args[0]
            # as for file_put_contents: a script's name, or input choosing the file's name
            if self._raw(path) or self._raw_ending(path) or T.SCRIPT_SUFFIX.search(path.tail()):
                return Val(cls="script-handle", taints=only_taints(path))
            mode = args[1].text if len(args) > 1 else None
            nodes = arg_nodes(node)
            needs = self._path_parameters(path)
            if needs and len(args) > 1 and (mode is None or any(c in mode.lower() for c in b"waxc+")):
                # a helper opening the path it was handed (``$fp = fopen($path, 'wb')``, the mode
                # perhaps a parameter too): what is written there is a script write for the callers
                # that name a script or let input choose
                return Val(cls=PARAM_WRITE_HANDLE + ",".join(map(str, needs)), taints=only_taints(path))
            if mode is not None and nodes and any(c in mode.lower() for c in b"waxc"):
                # a file opened for writing under any name: what is written is remembered for an
                # include of the same path (as for file_put_contents)
                opened = self._path_key(nodes[0], path).decode("latin-1")
                return Val(cls=WRITE_HANDLE + opened, taints=only_taints(path))
            return tainted(only_taints(path))
        if name in ("define",) and len(args) >= 2:
            cname = args[0].text
            if cname is not None:
                self.constants[cname.decode("latin-1")] = args[1]
            return EMPTY
        if name == "constant" and args:
            cname = args[0].text
            if not cname:
                return EMPTY
            self._seen("const", cname.decode("latin-1"), self.constants.get(cname.decode("latin-1")))
            return self.constants.get(cname.decode("latin-1"), EMPTY)
        if name == "sys_get_temp_dir":  # where it points does not matter, only that it is not the site
            return Val(const=T.TEMP_DIR)
        if name in ("func_get_args", "func_get_arg"):
            if self.scope.is_main:
                return EMPTY
            given = self.scope.call_args  # known in a call run on constants
            if name == "func_get_args":
                if given is not None:
                    return Val(items=tuple(enumerate(given[:MAX_ITEMS])))
                return Val(taints=frozenset(marker(i) for i in range(4)))
            n = args[0].const if args else None
            if isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 4:
                return (
                    given[n] if given is not None and n < len(given) else Val(taints=frozenset({marker(n)}))
                )
            return Val(taints=frozenset(marker(i) for i in range(4)))
        # sanitizers and value-free results
        if name in T.CLEARS or name.startswith(("is_", "ctype_", "esc_")):
            folded = self._fold(name, args)
            # array_search: the key of a constant array's value
            if folded is None and name in ("array_sum", "array_product", "array_search"):
                folded = self._array_fn(name, args)
            return folded if folded is not None else EMPTY
        guard = T.GUARDS.get(name)
        if guard is None and T.SHELL_QUOTER.search(name):
            guard = GUARD_SHELL
        if guard is not None:
            folded = self._fold(name, args)  # basename('http://x/a.php'): a constant stays one
            if folded is not None:
                return folded
            out = guard_all(tainted(only_taints(*args[:1])), guard)
            if name == "basename" and args and out.taints:  # the name's end is still the argument's
                ending = frozenset(t.guarded(guard) for t in args[0].ending)
                return replace(out, end_taints=ending, suffix=args[0].suffix)
            return out
        folded = self._fold(name, args)
        if folded is not None:
            if name in DECODERS:
                self._record_payload(node, folded)
            return folded
        arrays = self._array_fn(name, args)
        if arrays is not None:
            return arrays
        if name in ("sprintf", "vsprintf"):
            printed = self._formatted(name, args)
            if printed is not None:
                return printed
        out = tainted(only_taints(*args))
        if name in T.CHARSET_DECODERS and out.taints:
            # text checked against a character class (hex digits, Base64's alphabet), then decoded:
            # the check says nothing about what the decoded bytes are
            reopened = (
                _unguarded(t, (GUARD_VALID, GUARD_CHARSET)) if GUARD_CHARSET in t.guards else t
                for t in out.taints
            )
            out = retaint(out, frozenset(reopened))
        if name in DECODERS and out.taints:
            out = via(out, f"{name}()")
        elif (
            name in DECODERS
            and len(args) > (at := DECODER_DATA_ARG.get(name, 0))
            and args[at].const is None
            and args[at].items is None
        ):
            out = replace(out, ops=add_ops(args[at], op=name))  # data from elsewhere, decoded
        elif name not in T.PROPAGATORS:
            out = guard_all(out, GUARD_OPAQUE)
        if name in ("file_get_contents", "file") and out.taints and self._local_file(args[0]):
            # the request picked a file of the site's own folder: what comes back is that file's
            # text, not the request's (the choice itself is judged on the path)
            out = Val(ops=out.ops)
        return out

    @staticmethod
    def _local_file(path: Val) -> bool:
        """Does ``path`` name a file below a fixed folder, the request choosing only part of the
        name (``__DIR__ . '/views/' . basename($p)``, ``'/srv/site/tpl/' . $name``)? Its known start
        is the script's own text: a literal, or text the analysis cannot spell (``__DIR__``, a
        constant defined elsewhere: ``_APP_TEXT``). A path the request starts, or one starting with
        a URL or wrapper scheme, may be a remote address."""
        head = path.head()
        return bool(head.strip()) and _SCHEME.match(head) is None

    @staticmethod
    def _raw_ending(path: Val) -> bool:
        """Does request input choose the end of ``path`` (its file name and extension)?"""
        return any(not t.is_marker and not t.guards for t in path.ending)

    @staticmethod
    def _client_named(path: Val) -> bool:
        """Does the client choose the stored file's name and extension (``basename()`` and a
        directory in front leave both to it)?"""
        kept = {GUARD_BASENAME, GUARD_AFFIX}
        return any(not t.is_marker and t.guards <= kept for t in path.ending)

    def _fold(self, name: str, args: list[Val]) -> Val | None:
        if name == "strtr" and len(args) == 2 and args[0].text is not None and args[1].items:
            return _strtr_pairs(args[0], args[1])
        if name in ("str_replace", "str_ireplace") and len(args) == 3:
            kept = _placeholder_kept(args[0], args[1], args[2])
            if kept is not None:
                return kept
        if not args or any(a.const is None for a in args):
            return None
        consts = [a.const for a in args if a.const is not None]
        out = fold_call(name, consts, self.budget)
        if out is None:
            return None
        return Val(const=out, ops=add_ops(*args, op=name))

    def _array_fn(self, name: str, args: list[Val]) -> Val | None:
        if name in ("implode", "join") and args:
            glue, arr = (args[0], args[1]) if len(args) > 1 else (Val(const=b""), args[0])
            if arr.items is None and glue.items is not None:
                glue, arr = arr, glue
            if arr.items is not None and isinstance(glue.text, bytes):
                parts = [v.text for _k, v in arr.items]
                if all(p is not None for p in parts) and not arr.taints:
                    joined = glue.text.join(p for p in parts if p is not None)
                    ops = add_ops(*(v for _k, v in arr.items), op="implode")
                    return Val(const=joined, ops=ops)
            return tainted(only_taints(*args))
        if name == "array_search" and len(args) >= 2 and args[1].items is not None and not args[1].taints:
            # array_search(1, ['x' => 0, 'system' => 1]): a name kept as the key of a constant value
            needle = args[0].const
            if needle is not None and not args[0].taints:
                for key, v in args[1].items:
                    if v.const is not None and _loose_equal(v.const, needle):
                        return Val(const=key, ops=add_ops(args[0], op="array_search"))
            return None
        if name in ("explode", "str_split") and args:
            if name == "explode" and len(args) >= 2 and args[0].text and args[1].text is not None:
                pieces = args[1].text.split(args[0].text)[:MAX_ITEMS]
                return Val(items=tuple((i, Val(const=p)) for i, p in enumerate(pieces)))
            if name == "str_split" and args[0].text is not None:
                size = args[1].const if len(args) > 1 and isinstance(args[1].const, int) else 1
                text = args[0].text
                if size > 0 and len(text) <= MAX_ITEMS * size:
                    pieces = [text[i : i + size] for i in range(0, len(text), size)]
                    return Val(items=tuple((i, Val(const=p)) for i, p in enumerate(pieces)))
            return tainted(only_taints(*args))
        if name in ("vsprintf", "array_sum", "array_product") and args and not any(a.taints for a in args):
            # vsprintf('%s%s', ['sys', 'tem']), chr(array_sum([100, 15])): a list of constants
            listed = args[-1].items
            values = [v.const for _k, v in listed or ()]
            if listed is not None and all(c is not None for c in values) and len(values) <= MAX_ITEMS:
                consts = [c for c in values if c is not None]
                ints = [c for c in consts if isinstance(c, int) and not isinstance(c, bool)]
                out: Const | None = None
                if name == "vsprintf" and args[0].text is not None:
                    out = fold_call("sprintf", [args[0].text, *consts], self.budget)
                elif name != "vsprintf" and len(ints) == len(consts):
                    total = sum(ints) if name == "array_sum" else math.prod(ints)
                    out = total if abs(total) < 1 << 62 else None
                if out is not None:
                    return Val(const=out, ops=add_ops(*(v for _k, v in listed or ()), op=name))
        if name in ("array_reverse",) and args and args[0].items is not None:
            vals = [v for _k, v in args[0].items][::-1]
            return Val(items=tuple(enumerate(vals)), taints=args[0].taints)
        if name in ("array_values", "array_merge", "array_slice", "array_filter") and args:
            if len(args) == 1 or name != "array_merge":
                return args[0] if name != "array_slice" else tainted(only_taints(args[0]))
            return tainted(only_taints(*args))
        if name in ("array_pop", "array_shift", "end", "reset", "current", "next", "array_rand"):
            return args[0].elements() if args else EMPTY
        if name == "json_decode" and args and args[0].text is not None and not args[0].taints:
            # '{"f":"system"}': a name kept in a JSON literal; '"sys\\u0074em"': one JSON string
            data = json_literal(args[0].text)
            return data if data is not None else json_string_literal(args[0].text)
        keyed = args[0].items if args and not args[0].taints else None
        if keyed is not None and name in (
            "array_keys",
            "array_flip",
            "key",
            "array_key_first",
            "array_key_last",
        ):
            # a name kept as an array's key (array_keys(['system' => 1]), key($a))
            if name == "array_keys" and len(args) == 1:
                return Val(items=tuple((i, Val(const=k)) for i, (k, _v) in enumerate(keyed)))
            if name == "array_flip":
                flipped = [(v.const, Val(const=k)) for k, v in keyed if isinstance(v.const, (bytes, int))]
                return Val(items=tuple(flipped)) if len(flipped) == len(keyed) else None
            if name != "array_keys" and keyed:
                return Val(const=keyed[-1][0] if name == "array_key_last" else keyed[0][0])
        if name == "array_map" and len(args) >= 2:
            return None
        return None

    def _callback(self, node: Node, name: str, args: list[Val]) -> Val:
        cb_pos, data_pos = T.CALLBACKS[name]
        if cb_pos >= len(args):
            return tainted(only_taints(*args))
        cb = args[cb_pos]
        data: list[Val] = []
        for p in data_pos:
            if p == -1:
                data.extend(args[cb_pos + 1 :])
            elif p < len(args):
                data.append(args[p])
        if name in T.SPREAD_CALLBACKS and data:
            arr = data[0]
            data = [x for _k, x in arr.items] if arr.items else [arr]
            if arr.taints and arr.items:
                data = [with_taints(d, arr.taints) for d in data]
        elif name in ("array_walk", "array_walk_recursive") and data:
            # the callback gets each value and its key: a request array's keys are input too
            arr = data[0]
            keys = tainted(arr.taints)
            for k, _v in arr.items or ():
                keys = join(keys, Val(const=k))
            data = [arr.elements(), keys, *(d.elements() for d in data[1:])]
        elif name == "array_reduce" and data:
            # the callback gets the carried value (the initial one first) and each element
            data = [data[1] if len(data) > 1 else EMPTY, data[0].elements()]
        elif name in T.ELEMENT_CALLBACKS:
            data = [d.elements() for d in data]
        if name == "ob_start":
            self.output_callback = cb
        if name in T.REGISTERED_CALLBACKS and len(self.registered.get(name, ())) < 8:
            self.registered.setdefault(name, []).append(cb)
        if name == "array_map" and isinstance(cb.text, bytes) and len(data) == 1:
            folded = self._map_fold(cb.text.decode("latin-1").lower(), args[1])
            if folded is not None:
                return folded
        if name == "preg_replace_callback":
            replaced = self._replaced_by_callback(node, cb, args)
            if replaced is not None:
                return replaced
        result = self._call_value(node, cb, data, name)
        if name in ("array_map", "array_filter") or name in T.SUBJECT_CALLBACKS:
            return tainted(only_taints(result, *data))
        return result

    def _replaced_by_callback(self, node: Node, cb: Val, args: list[Val]) -> Val | None:
        """``preg_replace_callback('/./s', function ($m) { return chr(ord($m[0]) - 1); }, 'jg)...')``:
        a constant subject whose matches a callback of the file's own (or a built-in) rewrites one
        by one, a packer's character-by-character decoder, folded. Only simple patterns (see
        :func:`simple_regex`) that cannot match empty text, and callbacks that keep no state
        (no ``static``, ``global`` or captured variables): each distinct match is decoded once."""
        if len(args) != 3 or args[2].taints or cb.taints or args[0].taints:
            return None
        pattern, subject = args[0].text, args[2].text
        if pattern is None or subject is None or len(subject) > _MAX_CALLBACK_SUBJECT:
            return None
        if cb.func is not None:
            info = self.infos.get(cb.func)
            if info is None or info.uses or info.ref_uses or _STATEFUL.search(_text(info.node)):
                return None
        elif cb.text is None:
            return None
        regex = simple_regex(pattern)
        if regex is None or regex.match(b"") is not None:
            return None
        memo_key = (cb.func or cb.text or b"", pattern, subject)
        if memo_key in self.callback_rewrites:  # the same call met again (a second pass)
            known = self.callback_rewrites[memo_key]
            return (
                None if known is None else Val(const=known, ops=add_ops(args[2], op="preg_replace_callback"))
            )
        decoded: dict[bytes, bytes] = {}

        def rewrite(m: re.Match[bytes]) -> bytes:
            piece = m.group(0)
            got = decoded.get(piece)
            if got is None:
                if len(decoded) >= _MAX_CALLBACK_PIECES or self.budget.expired():
                    raise _NotFolded
                val = self._call_value(
                    node, cb, [Val(items=((0, Val(const=piece)),))], "preg_replace_callback"
                )
                if val.text is None or val.taints:
                    raise _NotFolded
                got = decoded[piece] = val.text
            return got

        try:
            text: bytes | None = regex.sub(rewrite, subject)
        except _NotFolded:
            text = None
        if text is not None and len(text) > MAX_VALUE:
            text = None
        self.callback_rewrites[memo_key] = text
        if text is None:
            return None
        return Val(const=text, ops=add_ops(args[2], op="preg_replace_callback"))

    def _callback_map(self, node: Node, name: str, args: list[Val]) -> Val:
        """``preg_replace_callback_array(['/.+/' => function ($m) { system($m[0]); }], $_GET['c'])``:
        each callable of the map is called with the matches its pattern finds in the subject (pieces
        of the subject's text); a map the request supplies chooses the callables itself."""
        map_pos, data_pos = T.CALLBACK_MAPS[name]
        if max(map_pos, data_pos) >= len(args):
            return tainted(only_taints(*args))
        given, subject = args[map_pos], args[data_pos]
        callees = [v for _k, v in given.items][:16] if given.items is not None else [given]
        results = [self._call_value(node, cb, [subject], name) for cb in callees]
        return tainted(only_taints(subject, *results))

    @staticmethod
    def _formatted(name: str, args: list[Val]) -> Val | None:
        """``sprintf('port %d of %s', $a, $b)``: only the values printed as text carry input (numeric
        conversions print digits). None when the format or the values are not known."""
        if not args or args[0].text is None:
            return None
        if name == "sprintf":
            values = args[1:]
        elif len(args) > 1 and args[1].items is not None and not args[1].taints:
            values = [v for _k, v in args[1].items]
        else:
            return None
        kept = T.format_string_args(args[0].text, len(values))
        if kept is None:
            return None
        return tainted(only_taints(args[0], *(values[i] for i in kept)))

    def _rpc_exposed(self, node: Node, what: str, given: Val, label: str) -> None:
        """``$soap->addFunction('system')``, ``->setClass('Tools')``, ``->setObject($o)``, ``new
        Yar_Server($o)``: the server's clients call what it exposes (``what``: functions, a class
        named, an object) with arguments from the request body, so each function, or each method of
        the class, is run here on request input."""
        request = self._source(f"an RPC request's arguments ({label})", node)
        call_args = [request] * 4
        if what == "functions":
            names = [v for _k, v in given.items] if given.items is not None else [given]
            for callee in names[:16]:
                if callee.const is not None or callee.func is not None:
                    self._call_value(node, callee, call_args, label)
            return
        cls = given.cls if what == "object" else None
        if what == "class" and given.text:
            cls = given.text.decode("latin-1").lstrip("\\").lower()
        if cls:
            for key in self._all_method_keys(cls)[:32]:
                self._apply_user(node, [key], call_args)

    def _rest_route(self, node: Node, spec: Val) -> None:
        """``register_rest_route($ns, $route, ['methods' => 'POST', 'callback' => $cb])`` (or a list
        of such endpoints): WordPress calls each endpoint's callback with the client's request, an
        object whose parameters, body and headers the client writes."""
        taints = self._source("a REST request's parameters (register_rest_route)", node).taints
        request = Val(cls=T.REST_REQUEST, taints=taints)
        endpoints = [spec] + [v for _k, v in spec.items or () if v.items is not None]
        for endpoint in endpoints[:8]:
            callback = endpoint.item(b"callback")
            if callback is not None:
                self._call_value(node, callback, [request], "register_rest_route")

    def _xml_handler(self, node: Node, name: str, args: list[Val]) -> Val:
        """``xml_set_character_data_handler($p, $cb)`` and its kin: a handler the request names is
        a call of whatever it names (on the document's text); any other is remembered for
        ``xml_parse``. A name given after ``xml_set_object($p, $obj)`` is a method of that object."""
        for pos in T.XML_HANDLER_SETTERS[name]:
            if pos >= len(args):
                continue
            cb = args[pos]
            if cb.taints and cb.const is None and cb.func is None:
                self._call_value(node, cb, [], name)
                continue
            if cb.text and self.xml_object is not None:
                cb = Val(items=((0, self.xml_object), (1, cb)))
            if len(self.xml_handlers) < 16:
                self.xml_handlers.append(cb)
        return EMPTY

    def _xml_parse(self, node: Node, name: str, args: list[Val]) -> None:
        """``xml_parse($p, $doc)``: each registered handler is called with the parser and pieces of
        the document (``function ($p, $text) { system($text); }`` run on request input)."""
        pos = T.XML_PARSE_CALLS[name]
        if pos >= len(args) or not args[pos].taints or not self.xml_handlers:
            return
        text = Val(taints=frozenset(t.via(f"{name}()") for t in only_taints(args[pos])))
        for cb in self.xml_handlers:
            self._call_value(node, cb, [EMPTY, text, text, text, text, text], name)

    def _map_fold(self, fname: str, arr: Val) -> Val | None:
        if arr.items is None or arr.taints:
            return None
        out: list[tuple[Const, Val]] = []
        for k, v in arr.items:
            if v.const is None:
                return None
            r = fold_call(fname, [v.const], self.budget)
            if r is None:
                return None
            out.append((k, Val(const=r, ops=add_ops(v, op=fname))))
        return Val(items=tuple(out))

    def _extract(self, node: Node, name: str, args: list[Val]) -> Val:
        if not args:
            return EMPTY
        raw = [t for t in only_taints(args[0]) if not t.guards]
        if name in ("parse_str", "mb_parse_str") and len(args) >= 2:
            return EMPTY  # the result array is assigned through the by-reference argument below
        if name == "import_request_variables":
            raw = [Taint("import_request_variables()", node.start_point[0] + 1)]
        if raw:
            t = raw[0].via(f"{name}()")
            self.scope.wildcard = t
            nodes = arg_nodes(node)
            flags = _text(nodes[1]).upper() if name == "extract" and len(nodes) > 1 else b""
            if b"EXTR_SKIP" in flags or b"EXTR_PREFIX_ALL" in flags or b"EXTR_PREFIX_SAME" in flags:
                return EMPTY  # variables the code set before are kept: only new names come in
            for var, old in list(self.scope.vars.items()):
                self.scope.vars[var] = with_taints(old, frozenset({t.via(f"${var}")}))
        return EMPTY

    def _runs_on_constants(self, args: list[Val]) -> bool:
        # a helper handed a URL literal and values free of input (a download helper trying one
        # method after another): what it returns may be the content fetched from that URL
        # (the request may fill in the query of an address whose host the file fixes: the answer is
        # still what that server sends)
        return super()._runs_on_constants(args) or (
            any(self._remote(a) for a in args)
            and not any(a.taints for a in args if not self._remote(a))
            and not any(t.is_marker for a in args for t in a.taints)
        )

    def _socket(self, node: Node, name: str, address: Val) -> Val | None:
        """A connection the script opens (:data:`php_tables.SOCKET_OPENERS`): a source when the file
        writes the address or the request names it; a library's configured server is not one."""
        if self.cli_guarded:
            return None
        text = address.text
        if text is None and not any(not t.is_marker for t in address.taints):
            return None
        label = (text or address.prefix + b"<input>")[:60].decode("latin-1", errors="replace")
        return self._source(f"{REMOTE_SOURCE}{label} ({name}())", node)

    def _proc_open(self, node: Node, args: list[Val]) -> None:
        """``proc_open()`` of a shell or interpreter (:data:`php_tables.STDIN_INTERPRETER`): what
        reaches its standard input is run. A descriptor spec whose input is a socket or input is a
        command sink at once; the input pipe it hands back is one for ``fwrite()``."""
        command = args[0]
        if command.items is not None:  # proc_open(['sh', '-i'], ...): the program comes first
            command = command.item(0) or EMPTY
        text = command.text
        if text is None or T.STDIN_INTERPRETER.match(text) is None:
            return
        stdin = args[1].item(0)
        if stdin is not None:
            note = "the descriptor spec makes it the standard input of a shell"
            self._sink(SinkKind.COMMAND, "proc_open()", node, stdin, note)
        nodes = arg_nodes(node)
        if len(nodes) >= 3:
            self._assign(nodes[2], Val(items=((0, Val(cls=SHELL_STDIN)),)), [])

    def _remote(self, v: Val) -> bool:
        """A fixed remote address: the whole URL a constant, or a constant start that names the
        host in full (``'http://host/task.php?id=' . gethostname()``: the host serves what it likes)."""
        if self.cli_guarded:
            return False
        if v.text is not None:
            return T.REMOTE_URL.match(v.text) is not None
        return T.REMOTE_HOST_FIXED.match(v.prefix) is not None

    def _written_code(self, node: Node, data: Val) -> None:
        """Constant PHP code written into a file: kept as a payload, so the decode layer judges what
        a dropper plants (``fputs(fopen('x.php', 'w'), pack('H*', '3c3f...'))``)."""
        head = data.text.lstrip()[:5].lower() if data.text is not None else b""
        if head[:2] == b"<?" and head != b"<?xml":  # <?php, <?=, and the short <? tag
            # plain text too: what a dropper plants is judged as the script it becomes
            self._record_payload(node, data, evaluated="", written=True)
        else:
            self._written_redirect(node, data)

    def _written_redirect(self, node: Node, data: Val) -> None:
        """A page decoded from a blob the file carries, then written out, that sends its visitors to
        another site: a doorway a spam dropper plants (what it writes, it hides)."""
        if data.text is not None and len(data.text) <= 65536 and _OFFSITE_REDIRECT.search(data.text):
            self._record_payload(node, data, evaluated="", written=True, page=True)

    def _write(self, node: Node, name: str, args: list[Val]) -> Val:
        if len(args) < 2:
            return EMPTY
        if name in ("file_put_contents", "error_log"):  # error_log: (file, message) here
            path, data = args[0], args[1]
            scripty = T.SCRIPT_SUFFIX.search(path.tail()) is not None
            if scripty or self._raw_ending(path):
                self._sink(SinkKind.WRITE, f"{name}()", node, data)
            elif name == "file_put_contents" and any(
                t.source.startswith("$_FILES") for t in data.taints if not t.is_marker
            ):  # an upload's content read and written out: stored as copy() would store it
                self._stored_upload(node, name, path, dest=0)
            else:
                self._write_to_parameter(node, f"{name}()", path, data)
            self._written_code(node, data)
            nodes = arg_nodes(node)
            if nodes and self._raw_or_param(data):  # "<?php " . $code is still the code
                self.written_code[self._path_key(nodes[0], path)] = data
        elif name in T.HANDLE_WRITERS:
            handle, data = args[0], args[1]
            if name in ("fprintf", "vfprintf"):  # sprintf()/vsprintf() written to the handle
                printf = "sprintf" if name == "fprintf" else "vsprintf"
                data = self._formatted(printf, args[1:]) or tainted(only_taints(*args[1:]))
            elif name == "fputcsv":  # the fields, quoted where needed (code still runs from there)
                data = args[1].elements() if args[1].items is not None else args[1]
            if handle.cls == "script-handle":
                self._sink(SinkKind.WRITE, f"{name}()", node, data)
                self._written_code(node, data)
            elif handle.cls is not None and handle.cls.startswith(WRITE_HANDLE) and self._raw_or_param(data):
                key = handle.cls[len(WRITE_HANDLE) :].encode("latin-1")
                old = self.written_code.get(key)
                self.written_code[key] = data if old is None else join(old, data)
            elif handle.cls is not None and handle.cls.startswith(WRITE_HANDLE):
                self._written_redirect(node, data)  # a page written under any name
            elif handle.cls is not None and handle.cls.startswith(PARAM_WRITE_HANDLE):
                needs = tuple(int(i) for i in handle.cls[len(PARAM_WRITE_HANDLE) :].split(","))
                self._param_write(node, f"{name}()", needs, data)
            elif handle.cls == SHELL_STDIN:
                note = "written to the standard input of a shell the script started (proc_open, popen)"
                self._sink(SinkKind.COMMAND, f"{name}()", node, data, note)
        elif name in ("copy", "rename"):
            src, dst = args[0], args[1]
            nodes = arg_nodes(node)
            written = self._written_at(nodes[0], src) if nodes else None
            if written is not None and len(nodes) > 1:
                # input written to a file that is then moved: an include of the new name runs it
                self.written_code[self._path_key(nodes[1], dst)] = written
            elif name == "copy" and len(nodes) > 1 and self._raw(src):
                # the request body, an upload or a fetched address copied out: the new file holds
                # what the client sent (an include of it runs the client's code)
                self.written_code[self._path_key(nodes[1], dst)] = tainted(only_taints(src))
            if T.SCRIPT_SUFFIX.search(dst.tail()):
                self._sink(SinkKind.WRITE, f"{name}()", node, src)
                if written is not None:  # input written to a file first, then given a script's name
                    self._sink(SinkKind.WRITE, f"{name}()", node, written)
            elif any(t.source.startswith("$_FILES") for t in src.taints):  # an upload, copied
                self._stored_upload(node, name, dst)
            elif name == "copy" and self._raw(src) and (self._raw_ending(dst) or self._client_named(dst)):
                # the request names the file or address fetched and the name it is stored under: a
                # dropper (basename() leaves the name and its .php to the client)
                note = "the request chooses both what is copied and the stored file's name"
                self._sink(SinkKind.UPLOAD, f"{name}()", node, src, note)
        elif name == "move_uploaded_file":
            dst = args[1]
            nodes = arg_nodes(node)
            if len(nodes) > 1:  # remembered by name: an archive opened from there is the client's,
                upload = args[0] if args[0].taints else self._source("an uploaded file", node)
                self.stored_uploads[self._path_key(nodes[1], dst)] = upload
                self.written_code[self._path_key(nodes[1], dst)] = tainted(only_taints(upload))  # so is code
            if dst.head().startswith(T.TEMP_DIR) and not any(
                t.source[:7] != "$_FILES" and not t.guards for t in dst.taints if not t.is_marker
            ):  # kept outside the web root while it is processed (PHP strips directories off
                return EMPTY  # an upload's own name; any other name could climb out with "../")
            if T.SCRIPT_SUFFIX.search(dst.tail()):
                # only an HTTP upload can be moved: the file is the client's even when its name
                # comes from a variable PHP filled in (register_globals)
                upload = args[0] if args[0].taints else self._source("an uploaded file", node)
                self._sink(SinkKind.WRITE, "move_uploaded_file()", node, upload)
            else:
                self._stored_upload(node, name, dst)
        return EMPTY

    def _write_to_parameter(self, node: Node, sink: str, path: Val, data: Val) -> None:
        """A helper writing data to the path it was handed (``save($path, $str)``): the write is a
        script write for callers that pass a request-chosen name or a script's name, and nothing
        for the others. The hit waits in the function's summary until a call decides
        (:meth:`_relay_conditional`)."""
        self._param_write(node, sink, self._path_parameters(path), data)

    def _path_parameters(self, path: Val) -> tuple[int, ...]:
        """The enclosing function's parameters that end ``path`` unchecked (none in the main code)."""
        if self.scope.is_main:
            return ()
        return tuple(sorted({t.marker_index for t in path.ending if t.is_marker and not t.guards}))

    def _param_write(self, node: Node, sink: str, needs: tuple[int, ...], data: Val) -> None:
        if not needs or self._inert_write(data):
            return
        offset = self.offset_override if self.offset_override is not None else node.start_byte
        for t in only_taints(data):
            self.scope.hits.append(Hit(SinkKind.WRITE, sink, offset, t, needs=needs))

    def _names_script(self, v: Val) -> bool:
        return T.SCRIPT_SUFFIX.search(v.tail()) is not None

    def _inert_write(self, data: Val) -> bool:
        # a data file kept under a .php name behind ``# <?php exit()?>``: nothing after it runs
        head = data.text[:MAX_PREFIX] if data.text is not None else data.prefix
        return T.EXIT_HEADER.match(head) is not None

    @staticmethod
    def _raw_or_param(data: Val) -> bool:
        """Is ``data`` unguarded request input, or a parameter that callers may fill with it (a
        helper that writes its argument to a file)?"""
        return any(not t.guards or t.guards == {GUARD_AFFIX} for t in only_taints(data))

    def _written_at(self, expr: Node, path: Val) -> Val | None:
        """What the file at ``path`` was written with: by the expression or constant naming it, or
        as the function that wrote it returned it."""
        written = self.written_code.get(self._path_key(expr, path))
        if written is None and path.cls == WRITTEN_FILE:
            return path.target
        return written

    @staticmethod
    def _path_key(expr: Node, path: Val) -> bytes:
        """What names a written or included file: its constant path, else the expression's text."""
        if path.text is not None:
            return b"=" + path.text
        while expr.type in ("argument", "parenthesized_expression") and expr.named_children:
            expr = expr.named_children[0]
        return b" ".join(_text(expr).split())

    def _filter_callback(self, node: Node, args: list[Val]) -> Val:
        """``filter_var($x, FILTER_CALLBACK, ['options' => $cb])`` calls ``$cb($x)``."""
        nodes = arg_nodes(node)
        if len(nodes) < 3 or _text(nodes[1]).strip().lower().lstrip(b"\\") != b"filter_callback":
            return tainted(only_taints(*args))
        cb = args[2].item(b"options")
        return self._call_value(node, cb if cb is not None else args[2], [args[0]], "filter_var")

    def _filter_array_callback(self, node: Node, data: Val, spec: Val, label: str) -> None:
        """``filter_var_array($data, ['k' => ['filter' => FILTER_CALLBACK, 'options' => $cb]])``
        (and ``filter_input_array``) calls ``$cb`` on each element the definition names."""
        nodes = arg_nodes(node)
        named = len(nodes) >= 2 and b"filter_callback" in _text(nodes[1]).lower()
        for key, entry in spec.items or ():
            cb = entry.item(b"options") if entry.items is not None else None
            kind = entry.item(b"filter")
            if cb is None or not (named or (kind is not None and kind.const in (1024, b"FILTER_CALLBACK"))):
                continue
            value = data.item(key) if data.items is not None else None
            self._call_value(node, cb, [value if value is not None else data.elements()], label)

    def _decoded_eval(self, node: Node, code: Val, sink: str) -> None:
        """eval() of data from outside the file (no request input, no constant) put through a
        decoder: the code that runs is kept encoded somewhere a reader of the file cannot see."""
        if code.const is not None or code.taints or code.func is not None:
            return
        decoders = [op for op in code.ops if op in DECODERS]
        if decoders:
            note = "decoded by " + " -> ".join(dict.fromkeys(decoders))
            self._hit(SinkKind.DECODED, f"{sink}()", node, None, note)

    def _stored_upload(self, node: Node, name: str, dst: Val, dest: int = 1) -> None:
        """An uploaded file stored at ``dst`` (argument ``dest`` of the call): under a name the
        client chose, or kept its own."""
        if self._raw_ending(dst):
            self._sink(SinkKind.UPLOAD, f"{name}()", node, dst)
        elif self._client_named(dst):
            # basename() of the client's name, in a folder the request chooses: the client places
            # the file wherever it likes, under a name and extension of its own (a file manager's
            # upload, or a dropper's)
            folder = frozenset(
                t
                for t in dst.taints
                if not t.is_marker and t.guards <= {GUARD_AFFIX} and not t.source.startswith("$_FILES")
            )
            if folder:
                note = "the request chooses the folder; the file keeps the client's name"
                self._sink(SinkKind.UPLOAD, f"{name}()", node, Val(taints=folder), note)
            elif self._beside_the_script(node, dest):
                # the script's own folder (or the document root): the file, under the client's name
                # and extension, lands among the site's scripts, where a .php name runs
                note = "stored in the script's own folder under the client's name and extension"
                kept = frozenset(t.unguarded(GUARD_BASENAME) for t in dst.taints if not t.is_marker)
                self._sink(SinkKind.UPLOAD, f"{name}()", node, Val(taints=kept), note)
            else:
                self._sink(SinkKind.UPLOAD_NAME, f"{name}()", node, dst)

    @staticmethod
    def _beside_the_script(call: Node, dest: int = 1) -> bool:
        """Is the destination (argument ``dest``, the second by default) spelt as the script's own
        folder or the document root followed by the name (``__DIR__ . '/' . basename(...)``,
        ``'./' . ...``, a bare ``basename(...)``, which is relative to the script's folder)?"""
        nodes = arg_nodes(call)
        if len(nodes) <= dest:
            return False
        spelt = b"".join(_text(nodes[dest]).lower().split())
        return _HERE.match(spelt) is not None

    # --- code given to eval: analyse it in place ---------------------------------------------

    def _evaluated_const(self, node: Node, v: Val, sink: str) -> None:
        code = v.text
        if code is None:
            return
        self._record_payload(node, v, evaluated=sink)
        if self.inline_depth >= MAX_INLINE_DEPTH or len(code) > MAX_INLINE_CODE:
            return
        stripped = code.lstrip()
        src = code if stripped.startswith(b"<?") else b"<?php " + code
        root = self.parsers.parse(Grammar.PHP, src)
        saved = (self.offset_override, self.line_override)
        if self.offset_override is None:
            self.offset_override = node.start_byte
            self.line_override = node.start_point[0] + 1
        self.inline_depth += 1
        try:
            self._index_inline(root)
            self.run(root)
        finally:
            self.inline_depth -= 1
            self.offset_override, self.line_override = saved

    def _index_inline(self, root: Node) -> None:
        before = set(self.infos)
        self._index(root)
        for key in set(self.infos) - before:
            self.inline_origin[key] = (self.offset_override, self.line_override)
            self._analyse_function(self.infos[key])

    def _create_function(self, node: Node, args: list[Val]) -> Val:
        params_src = args[0].text
        body_src = args[1].text
        if params_src is None or body_src is None or self.inline_depth >= MAX_INLINE_DEPTH:
            return Val(taints=only_taints(*args))
        self._record_payload(node, args[1], evaluated="create_function")
        src = b"<?php function create_function(" + params_src + b") {" + body_src + b"\n}"
        if len(src) > MAX_INLINE_CODE:
            return EMPTY
        root = self.parsers.parse(Grammar.PHP, src)
        saved = (self.offset_override, self.line_override)
        if self.offset_override is None:
            self.offset_override = node.start_byte
            self.line_override = node.start_point[0] + 1
        self.inline_depth += 1
        try:
            before = set(self.infos)
            self._index(root)
            new = [k for k in self.infos if k not in before]
            for key in new:
                self.inline_origin[key] = (self.offset_override, self.line_override)
                self._analyse_function(self.infos[key])
        finally:
            self.inline_depth -= 1
            self.offset_override, self.line_override = saved
        lambda_key = next((k for k in new if k.startswith("fn:create_function@")), None)
        if lambda_key is not None:
            self.functions.pop("create_function", None)
            return Val(func=lambda_key)
        return EMPTY


def _braced_in_string(node: Node) -> bool:
    """Is ``node`` the ``name[...]`` of a ``${name[...]}`` inside a string or heredoc?"""
    parent = node.parent
    if parent is None or parent.type != "dynamic_variable_name":
        return False
    holder = parent.parent
    return holder is not None and holder.type in (
        "encapsed_string",
        "heredoc_body",
        "heredoc",
        "shell_command_expression",
    )


def _class_name(node: Node) -> str | None:
    if node.type == "anonymous_class":  # `new class(...) { ... }`: named by where it is written
        return f"class@anonymous:{node.start_byte}"
    name_node = field_child(node, "name")
    return _text(name_node).decode("latin-1").lower() if name_node else None


def _enclosing_class(node: Node, root: Node) -> str | None:
    """The lower-case name of the nearest class-like declaration around ``node`` within ``root``."""
    parent = node.parent
    while parent is not None and parent != root:
        if parent.type in _CLASS_LIKE:
            return _class_name(parent)
        parent = parent.parent
    return _class_name(root) if root.type in _CLASS_LIKE else None
