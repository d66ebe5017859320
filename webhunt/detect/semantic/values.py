"""Abstract values for taint analysis: what an expression may hold, without running it.

A :class:`Val` combines what constant folding knows (the exact string, if every piece was constant)
with where request input may have flowed into it (:class:`Taint`), plus the little structure needed
to follow callables (user functions, closures, reflection objects) and arrays with constant keys.
Everything is frozen and bounded: sets of taints, array sizes and paths are capped so a hostile file
cannot blow up the analysis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from webhunt.detect.semantic.transforms import Const, php_str

MAX_TAINTS = 6
MAX_PATH = 8
MAX_ITEMS = 64
MAX_OPS = 12
MAX_SUFFIX = 16
#: How much of a concatenation's constant start is kept (enough for a URL's scheme and host).
MAX_PREFIX = 64
#: Most names a value is known to be one of (``$f = $x ? 'system' : 'passthru'``), and their length.
MAX_ALTS = 4
MAX_ALT_LEN = 40
_NAME = re.compile(rb"[A-Za-z_\\][A-Za-z0-9_\\:]*")
MARKER = "\x00param"

#: Guard categories: which kind of sink a sanitizer or check makes safe.
GUARD_SHELL = "shell"  # escapeshellarg/escapeshellcmd: command arguments
GUARD_PATH = "path"  # pathinfo, realpath & co: file paths
GUARD_BASENAME = "basename"  # directories stripped: no traversal, but the name and extension are the input's
GUARD_LITERAL = "literal"  # var_export/json_encode/addslashes: data embedded as a literal
GUARD_VALID = "valid"  # allow-list, strict pattern, equality to a literal, hash check: everything
#: Beside ``GUARD_VALID``: the check held the text to a character class (``ctype_xdigit``, a
#: pattern of one class). Safe as it is; decoded (hex2bin, base64_decode) it is anything again.
GUARD_CHARSET = "charset"
GUARD_AFFIX = "affixed"  # joined with constant text: input picks only part of a name or path
GUARD_OPAQUE = "opaque"  # passed through code defined elsewhere (framework APIs, lookups)
GUARD_CHECKED = "checked"  # passed a user predicate named as a check (allowed_name()): file names only
#: base64_encode/urlencode: text in a transport encoding, safe in every sink but one (a ``data:`` URL
#: decodes it again, so an include of one reads the input back).
GUARD_ENCODED = "encoded"
#: Prefix of a guard key that a user predicate checked (see ``GUARD_CHECKED``).
SOFT_KEY = b"?"
#: Prefix of a guard key that a character-class check validated (see ``GUARD_CHARSET``).
CHARSET_KEY = b"#"


@dataclass(frozen=True, slots=True)
class Taint:
    """One way request input reaches a value: its source, the variables it passed, its guards."""

    source: str
    line: int
    path: tuple[str, ...] = ()
    guards: frozenset[str] = frozenset()

    @property
    def is_marker(self) -> bool:
        return self.source.startswith(MARKER)

    @property
    def marker_index(self) -> int:
        return int(self.source[len(MARKER) :])

    def via(self, step: str) -> Taint:
        if self.path and self.path[-1] == step:
            return self
        path = (*self.path, step)
        if len(path) > MAX_PATH:
            path = (*path[:2], "…", *path[-(MAX_PATH - 3) :])
        return Taint(self.source, self.line, path, self.guards)  # (not replace(): a hot path)

    def guarded(self, guard: str) -> Taint:
        return (
            self if guard in self.guards else Taint(self.source, self.line, self.path, self.guards | {guard})
        )

    def unguarded(self, guard: str) -> Taint:
        if guard not in self.guards:
            return self
        return Taint(self.source, self.line, self.path, self.guards - {guard})


def marker(index: int) -> Taint:
    return Taint(f"{MARKER}{index}", 0)


def _cap(taints: frozenset[Taint]) -> frozenset[Taint]:
    if len(taints) <= MAX_TAINTS:
        return taints
    ranked = sorted(taints, key=lambda t: (not t.is_marker, len(t.guards), len(t.path), t.source))
    return frozenset(ranked[:MAX_TAINTS])


@dataclass(frozen=True, slots=True)
class Val:
    const: Const | None = None
    taints: frozenset[Taint] = frozenset()
    ops: tuple[str, ...] = ()  # how ``const`` was computed ("concat", "strrev", "base64_decode" ...)
    func: str | None = None  # key of a user function or closure this value calls
    cls: str | None = None  # class (lower-case) of an object value
    target: Val | None = None  # the callable a ReflectionFunction / Closure object wraps
    items: tuple[tuple[Const, Val], ...] | None = None  # array with constant keys
    suffix: bytes = b""  # known constant tail of a concatenation (e.g. ".php")
    prefix: bytes = b""  # known constant head of a concatenation (e.g. "/tmp/")
    end_taints: frozenset[Taint] | None = None  # taint of a concatenation's last piece only
    #: the names this value is one of, where branches gave it different constant names (a variable
    #: function called through it may run any of them)
    alts: tuple[bytes, ...] = ()

    @property
    def ending(self) -> frozenset[Taint]:
        """Input that reaches the end of the value (a path's file name and extension)."""
        return self.end_taints if self.end_taints is not None else only_taints(self)

    @property
    def tainted(self) -> bool:
        return bool(self.taints)

    @property
    def text(self) -> bytes | None:
        """The constant as a PHP string, or None."""
        if isinstance(self.const, bytes):
            return self.const
        if self.const is not None:
            return php_str(self.const)
        return None

    def head(self) -> bytes:
        """The known constant start of the value (the whole constant when known)."""
        t = self.text
        return t[:MAX_SUFFIX] if t is not None else self.prefix

    def tail(self) -> bytes:
        """The known constant end of the value (the whole constant when known)."""
        t = self.text
        return t[-MAX_SUFFIX:] if t is not None else self.suffix

    def item(self, key: Const) -> Val | None:
        if self.items is None:
            return None
        for k, v in self.items:
            if k == key:
                return v
        return None

    def elements(self) -> Val:
        """Any element of this array (join of known items and the array's own taint): the one value
        all known items share stays a constant (``array('k' => 'tem')`` walked by a callback)."""
        out: Val | None = None
        for _k, v in self.items or ():
            out = v if out is None else join(out, v)
        if out is None:
            return Val(taints=self.taints)
        return with_taints(out, self.taints)


EMPTY = Val()


def tainted(taints: frozenset[Taint]) -> Val:
    return Val(taints=_cap(taints)) if taints else EMPTY


def retaint(v: Val, taints: frozenset[Taint]) -> Val:
    """``v`` with ``taints`` instead of its own (``dataclasses.replace`` costs several times more)."""
    return Val(
        const=v.const,
        taints=taints,
        ops=v.ops,
        func=v.func,
        cls=v.cls,
        target=v.target,
        items=v.items,
        suffix=v.suffix,
        prefix=v.prefix,
        end_taints=v.end_taints,
    )


def with_taints(v: Val, extra: frozenset[Taint]) -> Val:
    if not extra or extra <= v.taints:
        return v
    return retaint(v, _cap(v.taints | extra))


def only_taints(*vals: Val) -> frozenset[Taint]:
    out: frozenset[Taint] = frozenset()
    for v in vals:
        if v.taints:
            out = out | v.taints
        if v.items:
            for _k, item in v.items:
                if item.taints:
                    out = out | item.taints
    return _cap(out)


def join(a: Val, b: Val) -> Val:
    """Either value (a merge point: branches, weak updates)."""
    if a == b:
        return a
    if a is EMPTY:
        return b if not b.ops else replace(b, ops=())
    if b is EMPTY:
        return a if not a.ops else replace(a, ops=())
    items: tuple[tuple[Const, Val], ...] | None = None
    if a.items is not None and b.items is not None:
        merged: dict[Const, Val] = dict(a.items)
        for k, v in b.items:
            merged[k] = join(merged[k], v) if k in merged else v
        items = tuple(list(merged.items())[:MAX_ITEMS])
    else:
        items = a.items if b.items is None else b.items
    same = a.const is not None and a.const == b.const
    return Val(
        alts=() if same else _alts(a, b),
        const=a.const if same else None,
        taints=_cap(a.taints | b.taints),
        ops=a.ops if same else (),
        func=a.func or b.func,
        cls=a.cls if a.cls == b.cls else (a.cls or b.cls),
        target=a.target or b.target,
        items=items,
        suffix=a.suffix if a.suffix == b.suffix else b"",
        end_taints=(None if a.end_taints is None and b.end_taints is None else _cap(a.ending | b.ending)),
    )


def names_of(v: Val) -> tuple[bytes, ...]:
    """The names ``v`` is known to be: its constant when that is a name, and its alternatives."""
    if isinstance(v.const, bytes) and len(v.const) <= MAX_ALT_LEN and _NAME.fullmatch(v.const):
        return (v.const, *v.alts)
    return v.alts


def _alts(a: Val, b: Val) -> tuple[bytes, ...]:
    """The names either of two values may be (each side's constant name and its own alternatives)."""
    names = names_of(a) + names_of(b)
    if not names:
        return ()
    return tuple(dict.fromkeys(names))[:MAX_ALTS]


def add_ops(*vals: Val, op: str) -> tuple[str, ...]:
    ops: list[str] = []
    for v in vals:
        ops.extend(v.ops)
    ops.append(op)
    if len(ops) > MAX_OPS:
        ops = ops[-MAX_OPS:]
    return tuple(ops)


def guard_all(v: Val, guard: str) -> Val:
    if not v.taints:
        return v
    return retaint(v, frozenset(t.guarded(guard) for t in v.taints))


def via(v: Val, step: str) -> Val:
    if not v.taints:
        return v
    return retaint(v, frozenset(t.via(step) for t in v.taints))
