"""Large PHP files (over the semantic layer's 64 KiB): an excerpt of the code around their sinks.

The taint analysis costs ~4 µs per byte, so files over 64 KiB are not analysed whole. A flow split
across such a file (request input read at the top, 70 KiB of padding, then ``eval($f)``; a helper
``function run($c) { return eval($c); }`` called 80 KiB later as ``run($_REQUEST['c'])``) is found
on an excerpt instead:

* a literal gate on the lower-cased file first: it must read request input (a superglobal or
  ``php://input``) and call a code or command sink on something other than a literal (most large
  libraries and applications fail here, at the cost of a few literal scans);
* the file is parsed, and its statements are split into units: the top-level statements, the
  functions, the methods of classes, and the statements inside large blocks (a file manager's main
  ``if``/``switch``, a large function), recursively;
* a unit is kept when it holds a sink, calls a function or method that holds one (or calls one),
  holds request input while some sink lies outside every function (with all sinks inside functions,
  input matters only where it reaches one), or is a function that reads request input and that a
  kept unit calls (one level); a statement that assigns a variable a kept sibling reads is kept too
  (one round). A kept unit over ``OPEN_AT`` bytes keeps only its relevant parts;
* everything else is blanked (each byte but line ends replaced by a space), so offsets and line
  numbers are the file's own, and the existing analysis runs on the excerpt.

The excerpt holds at most ``LIMIT`` bytes of code (the layer's own size limit); a file whose
relevant code is larger is not analysed (as before).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from webhunt.detect.semantic.parsers import Node

#: At most this many bytes of code in an excerpt (the whole-file analysis limit).
LIMIT = 64 * 1024
#: A kept unit larger than this keeps only its relevant statements.
OPEN_AT = 4 * 1024

#: Request input (on the lower-cased file); a literal-led pattern, so the scan is fast.
_SOURCE_GATE = re.compile(rb"\$_(?:get|post|request|cookie|files)\b")
_SOURCE = re.compile(
    rb"\$_(?:get|post|request|cookie|files)\b|\$_server[ \t]*+\[[ \t]*+[\"']http_|php://input|\bgetallheaders\b"
    rb"|\$http_\w{1,20}_vars\b"
)
#: Code and command sinks; each scanned alone (literal-led), the argument must not be a literal.
_SINK_WORDS = (
    b"eval",
    b"assert",
    b"system",
    b"exec",  # shell_exec and pcntl_exec too (see sink_offsets)
    b"passthru",
    b"popen",
    b"proc_open",
    b"create_function",
)
_SINK_CALLS = tuple(re.compile(re.escape(w) + rb"[ \t\r\n]*+\((?![ \t\r\n]*+[\"')])") for w in _SINK_WORDS)
#: A backtick command whose text starts with a variable, where an expression starts.
_BACKTICK = re.compile(rb"`[ \t]*+\$")
_BACKTICK_BEFORE = re.compile(rb"(?:[=(]|\becho|\bprint|\breturn)[ \t\r\n]*+\Z")
_NOT_BEFORE_SINK = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_$>:\\")

_CALL = re.compile(rb"(?<![\w$])([a-z_\x80-\xff][\w\x80-\xff]*+)[ \t\r\n]*+\(")
_VAR_USE = re.compile(rb"\$([a-z_\x80-\xff][\w\x80-\xff]*+)")
_VAR_SET = re.compile(
    rb"\$([a-z_\x80-\xff][\w\x80-\xff]*+)[ \t]*+(?:\[[^\]\n]{0,80}\][ \t]*+)*(?:[.+*/%|&^-]|\?\?)?=(?![=>])"
)

_BLANK = bytes(10 if b == 10 else 32 for b in range(256))

#: Statement lists whose members are units.
_LISTS = frozenset(
    {
        "program",
        "compound_statement",
        "declaration_list",
        "case_statement",
        "default_statement",
        "colon_block",
    }
)
#: What a unit's statements sit in (the walk never enters expressions, only these blocks).
_BLOCKS = _LISTS | frozenset(
    {"else_clause", "else_if_clause", "switch_block", "catch_clause", "finally_clause"}
)
_SKIP = frozenset({"php_tag", "text_interpolation", "text", "comment", "{", "}", "php_end_tag"})
#: Units nested deeper than this are kept whole.
MAX_DEPTH = 24
_FUNCTIONS = frozenset({"function_definition", "method_declaration"})
#: Always kept when their list is kept: they name things (``namespace``, ``use``, constants).
_ALWAYS = frozenset(
    {"namespace_definition", "namespace_use_declaration", "const_declaration", "use_declaration"}
)


def sink_offsets(lower: bytes) -> list[int]:
    """Offsets of code and command sinks run on something other than a literal, in a file that
    reads request input; empty when the file fails the gate."""
    if _SOURCE_GATE.search(lower) is None and b"php://input" not in lower:
        return []
    found: list[int] = []
    for pattern in _SINK_CALLS:
        for m in pattern.finditer(lower):
            at = m.start()
            if at == 0 or lower[at - 1] not in _NOT_BEFORE_SINK:
                found.append(at)
            elif lower.endswith((b"shell_", b"pcntl_"), max(0, at - 6), at) and (
                at == 6 or lower[at - 7] not in _NOT_BEFORE_SINK
            ):
                found.append(at - 6)
    for m in _BACKTICK.finditer(lower):
        at = m.start()
        if _BACKTICK_BEFORE.search(lower, max(0, at - 12), at):
            found.append(at)
    found.sort()
    return found


@dataclass(eq=False)
class _Unit:
    node: Node
    name: bytes | None  # a function's or method's name, lower case
    kids: list[_Unit] | None = field(default=None)

    @property
    def start(self) -> int:
        return int(self.node.start_byte)

    @property
    def end(self) -> int:
        return int(self.node.end_byte)


def _units(node: Node, lower: bytes) -> list[_Unit]:
    """The statements directly under ``node``'s statement lists (its body, branches, cases, class
    members), outside nested units; ``lower``: the file's lower-cased text (names are read from it,
    not from the tree, which may hold no text)."""
    out: list[_Unit] = []

    def walk(n: Node) -> None:
        # a case's statements follow its ":" (the value before it is no statement)
        body = n.type not in ("case_statement", "default_statement")
        for child in n.children:
            t = child.type
            if not body:
                body = t in (":", ";")
                continue
            if t in _SKIP:
                continue
            if n.type in _LISTS and child.is_named:
                name = None
                if t in _FUNCTIONS:
                    nm = child.child_by_field_name("name")
                    name = lower[nm.start_byte : nm.end_byte] if nm is not None else None
                out.append(_Unit(child, name))
            elif t in _BLOCKS:
                walk(child)

    if node.type in _LISTS:
        walk(node)
    else:
        for child in node.children:
            if child.type in _BLOCKS:
                walk(child)
    return out


class _Builder:
    def __init__(
        self, data: bytes, lower: bytes, root: Node, sinks: list[int], strict: bool, limit: int
    ) -> None:
        self.limit = limit
        self.data = data
        self.lower = lower
        self.root = root
        self.sinks = sinks
        self.strict = strict
        self.out = bytearray(data.translate(_BLANK))
        self.size = 0
        self.kept: set[int] = set()
        self.top = _units(root, lower)
        self.sink_funcs: set[bytes] = set()
        self.funcs: dict[bytes, list[tuple[_Unit, _Unit | None]]] = {}
        self._index(self.top, 0, None)
        # a function that calls a function holding a sink runs it too (one more level)
        if self.sink_funcs:
            callers = {
                name
                for name, defs in self.funcs.items()
                if name not in self.sink_funcs
                and any(c in self.sink_funcs for u, _ in defs for c in self._calls(u))
            }
            self.sink_funcs |= callers
        # with every sink inside a function, request input matters only where it reaches one
        inside = sorted((u.start, u.end) for defs in self.funcs.values() for u, _ in defs)
        starts = [a for a, _ in inside]
        self.loose_sinks = False
        for at in sinks:
            i = bisect.bisect_right(starts, at) - 1
            if i < 0 or at >= inside[i][1]:
                self.loose_sinks = True
                break

    def _index(self, units: list[_Unit], depth: int, parent: _Unit | None) -> None:
        for u in units:
            if u.name is not None:
                self.funcs.setdefault(u.name, []).append((u, parent))
                if self._has_sink(u):
                    self.sink_funcs.add(u.name)
            elif depth < 2 and u.node.type in (
                "class_declaration",
                "trait_declaration",
                "namespace_definition",
            ):
                u.kids = _units(u.node, self.lower)
                self._index(u.kids, depth + 1, u)

    def _has_sink(self, u: _Unit) -> bool:
        i = bisect.bisect_left(self.sinks, u.start)
        return i < len(self.sinks) and self.sinks[i] < u.end

    def _has_source(self, u: _Unit) -> bool:
        return _SOURCE.search(self.lower, u.start, u.end) is not None

    def _calls(self, u: _Unit) -> Iterator[bytes]:
        for m in _CALL.finditer(self.lower, u.start, u.end):
            yield m.group(1)

    def _relevant(self, u: _Unit) -> bool:
        if u.node.type in _ALWAYS or self._has_sink(u):
            return True
        if self.loose_sinks and self._has_source(u):
            return True
        return bool(self.sink_funcs) and any(c in self.sink_funcs for c in self._calls(u))

    def build(self) -> bytes | None:
        for child in self.root.children:  # the opening tag: what follows it is code
            if child.type == "php_tag":
                self.out[child.start_byte : child.end_byte] = self.data[child.start_byte : child.end_byte]
                break
        kept = self._keep_level(self.top, 0)
        if self.size > self.limit:
            return None
        if not self.strict:
            # the functions kept code calls (one level)
            called: set[bytes] = set()
            for u in kept:
                called.update(self._calls(u))
            for name in sorted(called):
                for f, parent in self.funcs.get(name, ()):
                    # a method only inside its class's kept text
                    if parent is not None and id(parent) not in self.kept:
                        continue
                    if id(f) not in self.kept and f.end - f.start <= self.limit // 4 and self._has_source(f):
                        self._copy(f)
            if self.size > self.limit:
                return None
        return bytes(self.out) if self.size else None

    def _copy(self, u: _Unit) -> None:
        self.out[u.start : u.end] = self.data[u.start : u.end]
        self.size += u.end - u.start
        self.kept.add(id(u))

    def _keep_level(self, units: list[_Unit], depth: int) -> list[_Unit]:
        """Keep the relevant units of one statement list (and, when not strict, the statements that
        assign what they read); returns the units kept."""
        kept = [u for u in units if self._relevant(u)]
        if not self.strict and kept:
            reads: set[bytes] = set()
            for u in kept:
                if u.name is None:
                    reads.update(m.group(1) for m in _VAR_USE.finditer(self.lower, u.start, u.end))
            chosen = set(map(id, kept))
            for u in units:
                if id(u) in chosen or u.name is not None or u.end - u.start > OPEN_AT:
                    continue
                if any(m.group(1) in reads for m in _VAR_SET.finditer(self.lower, u.start, u.end)):
                    kept.append(u)
            kept.sort(key=lambda u: u.start)
        out: list[_Unit] = []
        for u in kept:
            if self.size > self.limit:
                break
            if u.end - u.start <= OPEN_AT or depth >= MAX_DEPTH:
                self._copy(u)
                out.append(u)
                continue
            kids = u.kids if u.kids is not None else _units(u.node, self.lower)
            if not kids:
                self._copy(u)
                out.append(u)
                continue
            # the unit's own text (header, braces, conditions) with its statements blanked
            self.kept.add(id(u))
            self.out[u.start : u.end] = self.data[u.start : u.end]
            for k in kids:
                self.out[k.start : k.end] = self.data[k.start : k.end].translate(_BLANK)
            self.size += (u.end - u.start) - sum(k.end - k.start for k in kids)
            out.extend(self._keep_level(kids, depth + 1))
        return out


def excerpt(data: bytes, lower: bytes, root: Node, sinks: list[int], limit: int = LIMIT) -> bytes | None:
    """``data`` with everything but the code around ``sinks`` blanked (same length, same lines), or
    None when that code is over ``limit`` bytes."""
    for strict in (False, True):
        built = _Builder(data, lower, root, sinks, strict, limit).build()
        if built is not None:
            return built
    return None
