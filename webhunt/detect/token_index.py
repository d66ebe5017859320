"""Heuristic tokens translated into YARA strings: one YARA pass finds where each token may start.

Python's ``re`` tries a pattern without a literal prefix at every position of a file; YARA finds all
of a rule set's strings in one pass driven by their literal atoms. ``translate`` walks a token's
Python parse tree (``re._parser``) and writes one YARA regex that matches at **every** offset where
the token's regex matches (a superset of its starts):

* character classes, ``\\w``/``\\s``/``\\d`` and case folding are computed by asking ``re`` itself
  which of the 256 latin-1 characters each one accepts (``Document.text`` is latin-1, so character
  offset == byte offset), so they mean in YARA exactly what they mean to the token;
* zero-width assertions YARA lacks (look-around, ``\\b``, ``^``, ``$``) are dropped, a
  back-reference repeats its group's pattern, a conditional becomes an alternation;
* YARA follows a regex only about 1 KiB past its atom, so unbounded repeats of a narrow class
  before a good atom are capped at ``RUN_BOUND`` (a file with a longer run of that class makes the
  index *unsure* of the token, which then runs its regex itself), and what can still run long, or
  is costly for YARA to follow (any repeat after a good atom), is *cut*: the string ends there,
  matching a prefix of those matches.

The heuristics layer confirms each candidate with the token's own regex (``regex.match(text,
offset)``, whose look-behind sees before ``offset``), skipping candidates inside the previous match
as ``finditer`` does: the offsets are exactly ``finditer``'s, at a fraction of the cost. Tokens
that YARA finds poorly (weak atoms) while ``re`` finds them fast (a literal first character) are
left to ``re``; the index then still tells which of their required literals the file holds.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import os
import re
import sys
from array import array
from base64 import b64decode, b64encode
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from re import _compiler as sre_compiler  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any, TypeAlias, TypeVar

from webhunt.detect import prefilter, yara_adapter
from webhunt.detect.yara_adapter import RegexString, StringOffsets, regex_error
from webhunt.errors import RuleError

log = logging.getLogger(__name__)

#: Longest match one YARA string may need (YARA follows a regex about 1 KiB on each side of an atom).
MAX_STRING_WIDTH = 1000
#: Longest YARA regex text written for one token (YARA's lexer takes about 8 KiB).
MAX_STRING_TEXT = 8000
#: Unbounded repeats of a narrow character class are capped at this many iterations.
RUN_BOUND = 128
#: Classes with more members than this are "broad" (``.``, ``[^;]``): repeats of them are cut off.
MAX_RUN_CLASS = 160
_REPEATS = tuple(op for op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) if op)
_ATOMIC = getattr(c, "ATOMIC_GROUP", None)
_CATEGORIES = {
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_NOT_DIGIT: r"\D",
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S",
    c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W",
}
#: Flags that change which characters a one-character pattern accepts.
_CHAR_FLAGS = re.IGNORECASE | re.DOTALL | re.ASCII | re.UNICODE


class NotTranslatable(ValueError):
    """The token cannot be expressed as YARA strings; it stays on the regex path."""


# ------------------------------------------------------------------ a small regex tree


@dataclass(frozen=True, slots=True)
class _Chars:
    bytes_: frozenset[int]


@dataclass(frozen=True, slots=True)
class _Seq:
    items: tuple[_Node, ...]


@dataclass(frozen=True, slots=True)
class _Alt:
    items: tuple[_Node, ...]


@dataclass(frozen=True, slots=True)
class _Rep:
    node: _Node
    lo: int
    hi: int | None  # None: unbounded
    #: an unbounded repeat capped at ``hi`` for width accounting; YARA gets it unbounded (cheaper
    #: to run than a counted repeat, and a superset)
    capped: bool = False


@dataclass(frozen=True, slots=True)
class _Never:
    """Matches nothing (e.g. a character no latin-1 text contains)."""


_Node: TypeAlias = _Chars | _Seq | _Alt | _Rep | _Never
_EMPTY = _Seq(())
_NEVER = _Never()


def _seq(items: Iterable[_Node]) -> _Node:
    flat: list[_Node] = []
    for item in items:
        if isinstance(item, _Never):
            return _NEVER
        if isinstance(item, _Seq):
            flat.extend(item.items)
        else:
            flat.append(item)
    return flat[0] if len(flat) == 1 else _Seq(tuple(flat))


def _alt(items: Iterable[_Node]) -> _Node:
    kept: list[_Node] = []
    for item in items:
        if isinstance(item, _Never):
            continue
        if isinstance(item, _Chars | _Seq) and _is_simple(item) and item in kept:
            continue  # cheap duplicates only: hashing deep trees is slow
        kept.append(item)
    if not kept:
        return _NEVER
    return kept[0] if len(kept) == 1 else _Alt(tuple(kept))


def _is_simple(node: _Node) -> bool:
    return isinstance(node, _Chars) or (isinstance(node, _Seq) and not node.items)


def _rep(node: _Node, lo: int, hi: int | None, capped: bool = False) -> _Node:
    if hi == 0 or (isinstance(node, _Seq) and not node.items):
        return _EMPTY
    if isinstance(node, _Never):
        return _EMPTY if lo == 0 else _NEVER
    if lo == 1 and hi == 1:
        return node
    return _Rep(node, lo, hi, capped)


# ------------------------------------------------------------------ Python parse tree -> tree


def _u(code: int) -> str:
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


@functools.lru_cache(maxsize=4096)
def _latin1_set(source: str, flags: int) -> frozenset[int]:
    """The latin-1 characters the one-character pattern ``source`` accepts under ``flags``."""
    rx = re.compile(source, flags & _CHAR_FLAGS)
    return frozenset(b for b in range(256) if rx.fullmatch(chr(b)))


def _class_source(items: Sequence[tuple[Any, Any]]) -> str:
    parts: list[str] = []
    for op, av in items:
        if op is c.NEGATE:
            parts.insert(0, "^")
        elif op is c.LITERAL:
            parts.append(_u(av))
        elif op is c.RANGE:
            parts.append(f"{_u(av[0])}-{_u(av[1])}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise NotTranslatable(f"unsupported class item {op}")
    return "[" + "".join(parts) + "]"


class _Converter:
    def __init__(self) -> None:
        self.groups: dict[int, _Node] = {}
        self.approximated = False
        self.nocase = False

    def chars(self, source: str, flags: int) -> _Node:
        if flags & re.IGNORECASE:
            self.nocase = True
        found = _latin1_set(source, flags)
        return _Chars(found) if found else _NEVER

    def seq(self, items: Iterable[tuple[Any, Any]], flags: int) -> _Node:
        return _seq(self.node(op, av, flags) for op, av in items)

    def node(self, op: Any, av: Any, flags: int) -> _Node:
        if op is c.LITERAL:
            return self.chars(_u(av), flags)
        if op is c.NOT_LITERAL:
            return self.chars(f"[^{_u(av)}]", flags)
        if op is c.ANY:
            return self.chars(".", flags)
        if op is c.IN:
            return self.chars(_class_source(av), flags)
        if op is c.BRANCH:
            return _alt(self.seq(branch, flags) for branch in av[1])
        if op is c.SUBPATTERN:
            group, add, remove, body = av
            node = self.seq(body, (flags | add) & ~remove)
            if group is not None:
                self.groups[group] = node
            return node
        if _ATOMIC is not None and op is _ATOMIC:
            return self.seq(av, flags)
        if op in _REPEATS:
            lo, hi, body = av
            return _rep(self.seq(body, flags), lo, None if hi is c.MAXREPEAT else hi)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            self.approximated = True  # zero-width: dropping it only widens the matches
            return _EMPTY
        if op is c.GROUPREF:
            if av not in self.groups:
                raise NotTranslatable(f"back-reference to group {av} before it is complete")
            self.approximated = True
            node = self.groups[av]
            return _fold_case(node) if flags & re.IGNORECASE else node
        if op is c.GROUPREF_EXISTS:
            self.approximated = True
            _group, yes, no = av
            return _alt([self.seq(yes, flags), self.seq(no, flags) if no else _EMPTY])
        raise NotTranslatable(f"unsupported regex construct {op}")


def _fold_case(node: _Node) -> _Node:
    """``node`` with every character set closed under case folding (an ignore-case back-reference)."""
    if isinstance(node, _Chars):
        return _Chars(frozenset().union(*(_latin1_set(_u(b), re.IGNORECASE) for b in node.bytes_)))
    if isinstance(node, _Seq):
        return _Seq(tuple(_fold_case(i) for i in node.items))
    if isinstance(node, _Alt):
        return _Alt(tuple(_fold_case(i) for i in node.items))
    if isinstance(node, _Rep):
        return _Rep(_fold_case(node.node), node.lo, node.hi)
    return node


# ------------------------------------------------------------------ bounding long repeats


def _max_width(node: _Node) -> float:
    if isinstance(node, _Chars):
        return 1
    if isinstance(node, _Seq):
        return sum(_max_width(i) for i in node.items)
    if isinstance(node, _Alt):
        return max(_max_width(i) for i in node.items)
    if isinstance(node, _Rep):
        return float("inf") if node.hi is None else node.hi * _max_width(node.node)
    return 0


def _min_width(node: _Node) -> float:
    if isinstance(node, _Chars):
        return 1
    if isinstance(node, _Seq):
        return sum(_min_width(i) for i in node.items)
    if isinstance(node, _Alt):
        return min(_min_width(i) for i in node.items)
    if isinstance(node, _Rep):
        return node.lo * _min_width(node.node)
    return float("inf")  # _Never


def _first(node: _Node, count: int) -> _Node:
    """The first ``count`` iterations of ``node``: a prefix of any match of ``node{count,}``."""
    return _rep(node, count, count)


def _is_literal(node: _Node) -> bool:
    if not isinstance(node, _Chars):
        return False
    if len(node.bytes_) == 1:
        return True
    low, high = (chr(b) for b in sorted(node.bytes_)) if len(node.bytes_) == 2 else ("", "")
    return low.isascii() and low.isalpha() and low.lower() == high.lower()


#: A literal run this long is a good YARA atom.
_GOOD_RUN = 3


class _Shaper:
    """Makes a tree YARA can follow cheaply, every match of it at most ``MAX_STRING_WIDTH`` long.

    * An unbounded repeat of a narrow class (``\\s*``, ``\\w+``) before a good atom is capped at
      ``RUN_BOUND`` iterations and its class recorded: a match the capped repeat misses needs a run
      of more than ``RUN_BOUND`` such characters, which the caller looks for in the file. After a
      good atom it is cut like a broad one: YARA would follow it to the end of the run from every
      atom it finds, and a file made of near matches (``$passpasspass...``) would cost seconds.
    * Anything else that can run long (``.*``, ``(?:...)*``), and a repeat of a broad class
      (``[^;]{0,120}``) once the string has a good atom, is *cut*: the paths through it end
      there, so the string matches a prefix of those matches, which still starts where they
      start; paths that skip it (zero iterations) go on. Following a broad repeat costs YARA
      more than confirming the few candidates with the token's regex.
    """

    def __init__(self, *, distribute: bool = True) -> None:
        self.runs: set[frozenset[int]] = set()
        self.truncated = False
        #: False: a cut ends the whole sequence (shorter strings, fewer literals kept)
        self.distribute = distribute

    def _items(self, node: _Seq, run: int) -> tuple[list[tuple[_Node, _Node]], int]:
        parts: list[tuple[_Node, _Node]] = []
        for item in node.items:
            done, cut, run = self.shape(item, run)
            if not self.distribute and not isinstance(cut, _Never):
                done, cut = _NEVER, _alt([done, cut])
            parts.append((done, cut))
            if isinstance(done, _Never):
                break
        return parts, run

    def shape(self, node: _Node, run: int = 0) -> tuple[_Node, _Node, int]:
        """(complete, cut, run after): ``complete`` matches the paths through ``node`` that the
        rest of the pattern may follow; ``cut`` matches a prefix of the paths YARA is not to
        follow (the string ends after it). ``run`` counts the literal characters before
        ``node``; from ``_GOOD_RUN`` on, the string has a good atom (it stays so)."""
        if isinstance(node, _Seq):
            parts, run = self._items(node, run)
            cut_paths: _Node = _NEVER
            for done, cut in reversed(parts):
                cut_paths = _alt([cut, _seq([done, cut_paths])])
            return _seq(done for done, _ in parts), cut_paths, run
        if isinstance(node, _Alt):
            shaped = [self.shape(i, run) for i in node.items]
            after = min(r for _, _, r in shaped)
            return _alt(d for d, _, _ in shaped), _alt(c for _, c, _ in shaped), after
        strong = run if run >= _GOOD_RUN else 0
        if isinstance(node, _Chars):
            return node, _NEVER, run + 1 if _is_literal(node) else strong
        if not isinstance(node, _Rep):
            return node, _NEVER, strong
        body, body_cut, _ = self.shape(node.node, run)
        broad = isinstance(body, _Chars) and len(body.bytes_) > MAX_RUN_CLASS
        if node.hi is not None and not isinstance(body_cut, _Never):
            # some iteration is cut: the ones before it were complete
            self.truncated = True
            cut = _seq([_rep(body, 0, node.hi - 1), body_cut])
            return _rep(body, node.lo, node.hi), cut, strong
        if isinstance(body_cut, _Never):
            if node.hi is not None and (not broad or not strong):
                # before a good atom YARA needs the repeat to reach the atoms after it; after
                # one, following a broad repeat costs more than confirming in Python
                return _rep(body, node.lo, node.hi), _NEVER, strong
            if node.hi is None and not broad and not strong and isinstance(body, _Chars):
                self.runs.add(body.bytes_)
                capped = _rep(body, node.lo, max(node.lo, RUN_BOUND), capped=True)
                return capped, _NEVER, strong
        # zero iterations go on; any other number is cut after the first iteration
        self.truncated = True
        return (_EMPTY if node.lo == 0 else _NEVER), _alt([body, body_cut]), strong

    def combined(self, node: _Node) -> _Node:
        """All paths of ``node``, complete or cut, as one tree (what the YARA string matches).
        Built right to left so that what follows a cut is written once: ``(cut|done rest)``."""
        if isinstance(node, _Alt):
            return _alt(self.combined(i) for i in node.items)
        if not isinstance(node, _Seq):
            done, cut, _ = self.shape(node)
            return _alt([done, cut])
        tail: _Node = _EMPTY
        for done, cut in reversed(self._items(node, 0)[0]):
            tail = _alt([cut, _seq([done, tail])])
        return tail

    def fit(self, node: _Node, budget: float) -> _Node:
        """A prefix-closed version of ``node`` no wider than ``budget``."""
        if _max_width(node) <= budget:
            return node
        self.truncated = True
        if isinstance(node, _Seq):
            out: list[_Node] = []
            for item in node.items:
                width = _max_width(item)
                if width > budget:
                    out.append(self.fit(item, budget))
                    break
                out.append(item)
                budget -= width
            return _seq(out)
        if isinstance(node, _Alt):
            return _alt(self.fit(i, budget) for i in node.items)
        if isinstance(node, _Rep):
            width = _max_width(node.node)
            count = min(node.lo, int(budget // width)) if width else node.lo
            if count < node.lo and count * width < budget:
                return _seq([_first(node.node, count), self.fit(node.node, budget - count * width)])
            return _first(node.node, count)
        return node


# ------------------------------------------------------------------ tree -> YARA regex text


def _yara_byte(b: int) -> str:
    ch = chr(b)
    return ch if ch.isascii() and (ch.isalnum() or ch == "_") else f"\\x{b:02x}"


#: YARA's class shorthands and the bytes they stand for.
_SHORTHANDS = (
    ("\\w", frozenset(b for b in range(128) if chr(b).isalnum() or chr(b) == "_")),
    ("\\s", frozenset(b"\t\n\v\f\r ")),
    ("\\d", frozenset(b"0123456789")),
)


def _emit_chars(found: frozenset[int], nocase: bool) -> str:
    if len(found) == 256:
        return "."  # the string is dot-all; YARA skips ".{n,m}" gaps quickly
    ordered = sorted(found)
    if len(ordered) == 1:
        return _yara_byte(ordered[0])
    if nocase and len(ordered) == 2 and chr(ordered[0]).isascii():
        low, high = chr(ordered[0]), chr(ordered[1])
        if low.isalpha() and low.lower() == high.lower():
            return low.lower()  # the string is nocase: one letter stands for both
    parts = []
    rest = set(found)
    for shorthand, members in _SHORTHANDS:
        if members <= found:
            parts.append(shorthand)
            rest -= members
    ranges: list[tuple[int, int]] = []
    for b in sorted(rest):
        if ranges and ranges[-1][1] == b - 1:
            ranges[-1] = (ranges[-1][0], b)
        else:
            ranges.append((b, b))
    parts.extend(f"\\x{lo:02x}" if lo == hi else f"\\x{lo:02x}-\\x{hi:02x}" for lo, hi in ranges)
    return "[" + "".join(parts) + "]"


def _emit(node: _Node, nocase: bool) -> str:
    if isinstance(node, _Chars):
        return _emit_chars(node.bytes_, nocase)
    if isinstance(node, _Seq):
        return "".join(_emit(i, nocase) for i in node.items)
    if isinstance(node, _Alt):
        texts = [_emit(i, nocase) for i in node.items]
        kept = list(dict.fromkeys(t for t in texts if t))
        if not kept:
            return ""
        group = "(" + "|".join(kept) + ")"
        return group + "?" if "" in texts else group
    if isinstance(node, _Rep):
        inner = _emit(node.node, nocase)
        if not inner:
            return ""
        atom = inner if isinstance(node.node, _Chars) else f"({inner})"
        lo, hi = node.lo, None if node.capped else node.hi
        if hi is None:
            return atom + ("*" if lo == 0 else "+" if lo == 1 else f"{{{lo},}}")
        if (lo, hi) == (0, 1):
            return atom + "?"
        return atom + (f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}")
    raise NotTranslatable("pattern can never match")


# ------------------------------------------------------------------ public API


@dataclass(frozen=True, slots=True)
class Translation:
    """A YARA string matching at every offset where the token's regex matches, provided the file
    has no run of more than ``RUN_BOUND`` characters of any class in ``runs``."""

    string: RegexString
    runs: frozenset[frozenset[int]]
    #: True when YARA's matches are the regex's own (nothing dropped, approximated or cut off)
    exact: bool
    #: True when the string stops before the end of the pattern (the rest is left to the regex)
    truncated: bool


def translate(regex: re.Pattern[str]) -> Translation:
    """Translate a compiled token regex; raises ``NotTranslatable`` with the reason."""
    try:
        parsed = sre.parse(regex.pattern, regex.flags)
    except re.error as exc:  # cannot happen for a compiled pattern; kept for safety
        raise NotTranslatable(str(exc)) from exc
    if parsed.getwidth()[0] == 0:
        raise NotTranslatable("the pattern can match the empty string")
    conv = _Converter()
    tree = conv.seq(parsed, parsed.state.flags)
    if isinstance(tree, _Never):
        raise NotTranslatable("the pattern can never match latin-1 text")
    for distribute in (True, False):
        shaper = _Shaper(distribute=distribute)
        shaped = shaper.fit(shaper.combined(tree), MAX_STRING_WIDTH)
        if not _min_width(shaped) >= 1:
            raise NotTranslatable("what YARA can follow of it may match the empty string")
        text = _emit(shaped, conv.nocase)
        if len(text) <= MAX_STRING_TEXT:
            break
    else:
        raise NotTranslatable(f"the YARA string would be {len(text)} characters long")
    return Translation(
        RegexString(text, conv.nocase),
        frozenset(shaper.runs),
        exact=not conv.approximated and not shaper.truncated,
        truncated=shaper.truncated,
    )


@dataclass(frozen=True, slots=True)
class YaraVerdict:
    """What YARA makes of a list of regex strings compiled together into one rule."""

    #: string index -> YARA's message, for the strings YARA rejects (each compiled alone)
    rejected: Mapping[int, str]
    #: indexes of the other strings YARA warns about (weak atoms, costly to look for)
    slow: frozenset[int]


def yara_verdict(strings: Sequence[RegexString]) -> YaraVerdict:
    """Compile ``strings`` together for YARA's verdict; when that fails, find the culprits one by
    one (each message names the problem). Raises ``RuleError`` when the rest still fails."""
    try:
        return YaraVerdict({}, StringOffsets.compile(strings).slow)
    except RuleError:
        pass
    rejected: dict[int, str] = {}
    for index, string in enumerate(strings):
        error = regex_error(string)
        if error is not None:
            rejected[index] = error
    kept = [index for index in range(len(strings)) if index not in rejected]
    trial = StringOffsets.compile([strings[index] for index in kept])
    return YaraVerdict(rejected, frozenset(kept[index] for index in trial.slow))


#: Format of the memo file; a file of another format, or for other code, is ignored and rewritten.
_FACTS_FORMAT = "webhunt-pattern-facts/1"
_T = TypeVar("_T")


@functools.cache
def _facts_key() -> str:
    """A hash of what decides the facts: the code of this module, ``prefilter`` (the literal
    analyses) and ``yara_adapter`` (how strings are compiled, which warnings count), and the
    versions of Python (its regex parser) and YARA (its verdicts)."""
    yara = sys.modules.get("yara")  # imported by yara_adapter
    digest = hashlib.sha256(
        "\0".join(
            (sys.version, str(getattr(yara, "__version__", "")), str(getattr(yara, "YARA_VERSION", "")))
        ).encode()
    )
    for module in (__file__, prefilter.__file__, yara_adapter.__file__):
        digest.update(b"\0" + Path(str(module)).read_bytes())
    return digest.hexdigest()[:16]


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _str_tuple(value: Any) -> tuple[str, ...]:
    return tuple(_str(v) for v in _list(value))


def _factors(value: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(_str_tuple(f) for f in _list(value))


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected an integer")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected a boolean")
    return value


class PatternFacts:
    """The pure facts a token set needs about its patterns, memoised in the cache directory so a
    new process (every scan worker, every ``webhunt diff``) reads them instead of re-parsing each
    pattern: its YARA translation (``translate``), the literals a match needs
    (``prefilter.required_literals``, ``required_factors``), its width bound (``match_width``),
    whether ``re`` finds it by a literal first character (``_has_literal_prefix``), and YARA's
    verdict on a token set's translations compiled together (``yara_verdict``, keyed on the exact
    list of strings).

    Each fact depends only on its arguments and the code and versions ``_facts_key`` hashes: the
    memo file is named after that key and records it, with a digest of its contents. A missing,
    unreadable, damaged or foreign file (or one edited by hand) is ignored: the facts are computed
    again and the file rewritten (atomically; a read-only cache directory only costs time). Like
    the compiled rules kept beside it, the file is trusted as far as the cache directory is."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        #: "flags:pattern" -> fact name -> the fact as JSON
        self._patterns: dict[str, dict[str, Any]] = {}
        #: digest of a string list -> its YARA verdict as JSON
        self._verdicts: dict[str, dict[str, Any]] = {}
        self._dirty = False
        if path is not None:
            try:
                self._patterns, self._verdicts = _read_facts(path)
            except FileNotFoundError:
                pass
            except (OSError, ValueError, TypeError, KeyError) as exc:
                log.debug("ignoring the pattern facts in %s: %s", path, exc)

    @classmethod
    def in_dir(cls, cache_dir: Path | None) -> PatternFacts:
        if cache_dir is None:
            return cls()
        return cls(cache_dir / f"pattern-facts-{_facts_key()}.json")

    def _fact(
        self,
        pattern: str,
        flags: int,
        name: str,
        compute: Callable[[], _T],
        decode: Callable[[Any], _T],
        encode: Callable[[_T], Any],
    ) -> _T:
        entry = self._patterns.setdefault(f"{flags}:{pattern}", {})
        if name in entry:
            try:
                return decode(entry[name])
            except (KeyError, TypeError, ValueError):
                pass  # a damaged entry: compute it again
        value = compute()
        entry[name] = encode(value)
        self._dirty = True
        return value

    def translate(self, regex: re.Pattern[str]) -> Translation:
        """``translate(regex)``; raises ``NotTranslatable`` as it does."""
        found = self._fact(
            regex.pattern, regex.flags, "translation", lambda: _translated(regex), _from_entry, _to_entry
        )
        if isinstance(found, str):
            raise NotTranslatable(found)
        return found

    def required_literals(self, pattern: str, flags: int = 0) -> tuple[str, ...] | None:
        """``prefilter.required_literals(pattern, flags)``."""
        return self._fact(
            pattern,
            flags,
            "literals",
            lambda: prefilter.required_literals(pattern, flags),
            lambda v: None if v is None else _str_tuple(v),
            lambda v: None if v is None else list(v),
        )

    def match_width(self, pattern: str, flags: int = 0) -> int:
        """``prefilter.match_width(pattern, flags)``."""
        return self._fact(pattern, flags, "width", lambda: prefilter.match_width(pattern, flags), _int, int)

    def required_factors(
        self, pattern: str, flags: int = 0, min_length: int = 1
    ) -> tuple[tuple[str, ...], ...]:
        """``prefilter.required_factors(pattern, flags, min_length)``."""
        return self._fact(
            pattern,
            flags,
            f"factors:{min_length}",
            lambda: prefilter.required_factors(pattern, flags, min_length),
            _factors,
            lambda v: [list(f) for f in v],
        )

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)`` (raising ``re.error`` as it does), made from the program
        ``re``'s compiler wrote for it, memoised: parsing and compiling a pattern in Python costs a
        few hundred microseconds, handing the program to ``_sre`` a few."""
        flags = int(flags)
        if _PROGRAM_ITEM is None:
            return re.compile(pattern, flags)
        program = self._fact(
            pattern, flags, "program", lambda: _Program.of(pattern, flags), _Program.decode, _Program.encode
        )
        try:
            return program.build(pattern)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # a damaged program: made again
            program = _Program.of(pattern, flags)
            self._patterns[f"{flags}:{pattern}"]["program"] = program.encode()
            self._dirty = True
            return program.build(pattern)

    def has_literal_prefix(self, regex: re.Pattern[str]) -> bool:
        """``_has_literal_prefix(regex)``."""
        return self._fact(
            regex.pattern, regex.flags, "prefix", lambda: _has_literal_prefix(regex), _bool, bool
        )

    def yara_verdict(self, strings: Sequence[RegexString]) -> YaraVerdict:
        """``yara_verdict(strings)`` (an error is not kept: it is raised again next time)."""
        listed = json.dumps([[s.regex, s.nocase] for s in strings])
        key = hashlib.sha256(listed.encode()).hexdigest()
        entry = self._verdicts.get(key)
        if entry is not None:
            try:
                rejected = {int(i): _str(m) for i, m in entry["rejected"].items()}
                slow = frozenset(_int(i) for i in _list(entry["slow"]))
                if all(0 <= i < len(strings) for i in (*rejected, *slow)):
                    return YaraVerdict(rejected, slow)
            except (AttributeError, KeyError, TypeError, ValueError):
                pass  # a damaged entry: ask YARA again
        verdict = yara_verdict(strings)
        self._verdicts[key] = {
            "rejected": {str(i): m for i, m in verdict.rejected.items()},
            "slow": sorted(verdict.slow),
        }
        self._dirty = True
        return verdict

    def save(self) -> None:
        """Write the memo when it grew (atomically; a read-only cache only costs time)."""
        if self.path is None or not self._dirty:
            return
        body = json.dumps({"patterns": self._patterns, "verdicts": self._verdicts}, separators=(",", ":"))
        envelope = {
            "format": _FACTS_FORMAT,
            "key": _facts_key(),
            "sha256": hashlib.sha256(body.encode()).hexdigest(),
            "facts": body,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(envelope), encoding="utf-8")
            os.replace(tmp, self.path)
            self._dirty = False
        except OSError as exc:
            log.debug("cannot keep pattern facts in %s: %s", self.path, exc)


def _read_facts(path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """The pattern and verdict memos of the file at ``path``; ValueError when it is not one this
    code wrote (another format or key, a digest that does not match, a damaged structure)."""
    envelope = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(envelope, dict) or envelope.get("format") != _FACTS_FORMAT:
        raise ValueError("not a pattern facts file")
    if envelope.get("key") != _facts_key():
        raise ValueError("pattern facts of other code")
    body = envelope["facts"]
    if not isinstance(body, str):
        raise ValueError("no facts")
    if hashlib.sha256(body.encode()).hexdigest() != envelope.get("sha256"):
        raise ValueError("the facts do not match their digest")
    facts = json.loads(body)
    patterns, verdicts = facts["patterns"], facts["verdicts"]
    if not isinstance(patterns, dict) or not isinstance(verdicts, dict):
        raise ValueError("damaged facts")
    return (
        {k: v for k, v in patterns.items() if isinstance(v, dict)},
        {k: v for k, v in verdicts.items() if isinstance(v, dict)},
    )


def _translated(regex: re.Pattern[str]) -> Translation | str:
    """The translation, or why there is none."""
    try:
        return translate(regex)
    except NotTranslatable as exc:
        return str(exc)


def _to_entry(found: Translation | str) -> dict[str, Any]:
    if isinstance(found, str):
        return {"error": found}
    return {
        "regex": found.string.regex,
        "nocase": found.string.nocase,
        "runs": sorted(sorted(cls) for cls in found.runs),
        "exact": found.exact,
        "truncated": found.truncated,
    }


def _from_entry(entry: Any) -> Translation | str:
    if not isinstance(entry, dict):
        raise TypeError("expected an object")
    if "error" in entry:
        return _str(entry["error"])
    return Translation(
        RegexString(_str(entry["regex"]), _bool(entry["nocase"])),
        frozenset(frozenset(_int(b) for b in _list(cls)) for cls in _list(entry["runs"])),
        exact=_bool(entry["exact"]),
        truncated=_bool(entry["truncated"]),
    )


#: The ``array`` type code of one word of an ``_sre`` program (None: no such type, no memo).
_PROGRAM_ITEM = next(
    (t for t in "IL" if array(t).itemsize == getattr(sre_compiler._sre, "CODESIZE", 0)), None
)


@dataclass(frozen=True, slots=True)
class _Program:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for a pattern: the program and its
    group names. Kept with the pattern facts, whose key holds the Python version (the program's
    format is private to it); ``_sre`` checks a program before running it."""

    flags: int
    code: list[int]
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]

    @classmethod
    def of(cls, pattern: str, flags: int) -> _Program:
        parsed = sre.parse(pattern, flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, i in state.groupdict.items():
            indexgroup[i] = name
        code = sre_compiler._code(parsed, flags)
        return cls(flags | state.flags, code, state.groups - 1, dict(state.groupdict), tuple(indexgroup))

    def build(self, pattern: str) -> re.Pattern[str]:
        return sre_compiler._sre.compile(  # type: ignore[no-any-return]
            pattern, self.flags, self.code, self.groups, self.groupindex, self.indexgroup
        )

    def encode(self) -> list[Any]:
        words = b64encode(array(_PROGRAM_ITEM or "I", self.code).tobytes()).decode("ascii")
        return [self.flags, words, self.groups, self.groupindex, list(self.indexgroup)]

    @classmethod
    def decode(cls, value: Any) -> _Program:
        flags, words, groups, groupindex, indexgroup = _list(value)
        code = array(_PROGRAM_ITEM or "I", b64decode(_str(words), validate=True)).tolist()
        if not isinstance(groupindex, dict) or not all(
            isinstance(k, str) and type(v) is int for k, v in groupindex.items()
        ):
            raise TypeError("expected group names")
        names = tuple(None if n is None else _str(n) for n in _list(indexgroup))
        return cls(_int(flags), code, _int(groups), groupindex, names)


def _has_literal_prefix(regex: re.Pattern[str]) -> bool:
    """Whether Python's ``re`` can look for this pattern by its first character (a literal or a
    small set of literals), which makes its own search fast."""
    items = list(sre.parse(regex.pattern, regex.flags))
    while items and items[0][0] is c.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    literals = [av] if op is c.LITERAL else [a for o, a in av if o is c.LITERAL] if op is c.IN else []
    if not literals or (op is c.IN and len(literals) != len(av)):
        return False
    # with IGNORECASE, re gives up its prefix search at a letter
    return not regex.flags & re.IGNORECASE or not any(chr(a).lower() != chr(a).upper() for a in literals)


@dataclass(frozen=True, slots=True)
class IndexReport:
    """How a token set was indexed (for diagnostics and the benchmark)."""

    exact: tuple[str, ...]
    inexact: tuple[str, ...]
    not_indexed: Mapping[str, str]  # token id -> reason
    #: tokens looked for by one YARA string (a head they name alike), two or more per group
    shared: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class IndexToken:
    """What the index needs of a token."""

    id: str
    regex: re.Pattern[str]
    #: lower-cased literal sets a match needs (one literal of each), as ``prefilter`` derives them
    literal_sets: tuple[tuple[str, ...], ...] = ()
    #: what YARA looks for instead of ``regex``: a pattern that matches wherever a match of
    #: ``regex`` starts (a superset: the token's opening, loosened). Tokens with the same head
    #: share one YARA string, verified once per atom hit instead of once per token.
    head: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Candidates:
    """What one YARA pass found in a file."""

    #: the tokens the index covers
    indexed: frozenset[str]
    #: sorted candidate start offsets per indexed token (an indexed token absent here has none)
    offsets: Mapping[str, list[int]]
    #: indexed tokens whose candidates are incomplete in this file (a long run of a capped class):
    #: the caller runs their regex over the file instead
    unsure: frozenset[str]
    #: literal sets an indexed token cut short still needs: when one is absent from the file its
    #: candidates need no confirming
    gates: Mapping[str, tuple[tuple[str, ...], ...]]
    #: the lower-cased literals the index looks for, and those of them present in the file
    known: frozenset[str]
    present: frozenset[str]

    def absent(self, literals: Iterable[str]) -> bool | None:
        """True when none of ``literals`` is in the file, None when the index cannot tell."""
        found = False
        for literal in literals:
            if literal not in self.known:
                return None
            found = found or literal in self.present
        return not found


def _run_table(members: frozenset[int]) -> bytes:
    table = bytearray(256)
    for b in members:
        table[b] = 1
    return bytes(table)


_RUN = b"\x01" * (RUN_BOUND + 1)
#: Shorter literals are in nearly every file: cheaper to test in Python than to list in YARA.
_MIN_INDEXED_LITERAL = 3


def _routed(
    pairs: list[tuple[IndexToken, Translation]],
    skipped: dict[str, str],
    route: bool,
    facts: PatternFacts,
) -> list[tuple[IndexToken, Translation]]:
    """The translations worth indexing: YARA compiles them, and where YARA warns that a string's
    atoms are weak, Python's own search (by the regex's literal first character) is cheaper."""
    if not pairs:
        return pairs
    verdict = facts.yara_verdict([tr.string for _, tr in pairs])
    for index, (tok, _) in enumerate(pairs):
        if index in verdict.rejected:
            skipped[tok.id] = f"YARA rejects the translation: {verdict.rejected[index]}"
    kept = []
    for index, (tok, tr) in enumerate(pairs):
        if index in verdict.rejected:
            continue
        if route and index in verdict.slow and facts.has_literal_prefix(tok.regex):
            skipped[tok.id] = "weak YARA atoms; Python finds its literal first character faster"
        else:
            kept.append((tok, tr))
    return kept


def _literal_string(literal: str) -> RegexString:
    return RegexString("".join(_yara_byte(ord(ch)) for ch in literal), nocase=True)


class TokenIndex:
    """One YARA rule for a token set; ``candidates`` gives each indexed token's start offsets and
    which of the tokens' literals the file holds."""

    def __init__(
        self,
        offsets: StringOffsets | None,
        owners: Sequence[tuple[str, ...]],
        literals: Sequence[str | None],
        runs: Mapping[str, frozenset[frozenset[int]]],
        gates: Mapping[str, tuple[tuple[str, ...], ...]],
        report: IndexReport,
    ) -> None:
        self._offsets = offsets
        self._owners = tuple(owners)  # YARA string index -> token ids (none: a literal)
        self._literals = tuple(literals)  # YARA string index -> literal (None: a token)
        self._tables = {cls: _run_table(cls) for classes in runs.values() for cls in classes}
        self._runs = {tid: classes for tid, classes in runs.items() if classes}
        self._gates = dict(gates)
        self._known = frozenset(lit for lit in literals if lit is not None)
        self.report = report
        self.indexed = frozenset(tid for ids in owners for tid in ids)

    @classmethod
    def build(
        cls,
        tokens: Iterable[IndexToken],
        *,
        route: bool = True,
        facts: PatternFacts | None = None,
    ) -> TokenIndex:
        """Translate and compile the tokens; the ones not worth indexing are reported. With
        ``route=False`` every translatable token is indexed, cheap to find in Python or not.
        ``facts`` memoises the translations and YARA's verdict on them (the caller saves it)."""
        skipped: dict[str, str] = {}
        every = list(tokens)
        memo = facts if facts is not None else PatternFacts()
        pairs: list[tuple[IndexToken, Translation]] = []
        for tok in every:
            try:
                if tok.head is None:
                    pairs.append((tok, memo.translate(tok.regex)))
                else:  # the rest of the token is left to its regex, as for a string cut short
                    tr = memo.translate(tok.head)
                    pairs.append((tok, dataclasses.replace(tr, exact=False, truncated=True)))
            except NotTranslatable as exc:
                skipped[tok.id] = str(exc)
        pairs = _routed(pairs, skipped, route, memo)
        strings: list[RegexString] = []
        owners: list[tuple[str, ...]] = []  # YARA string index -> token ids (none: a literal)
        literals: list[str | None] = []
        position: dict[RegexString, int] = {}
        for tok, tr in pairs:
            at = position.setdefault(tr.string, len(strings))
            if at == len(strings):
                strings.append(tr.string)
                owners.append(())
                literals.append(None)
            owners[at] += (tok.id,)
        # literals are looked for where they save work: for the tokens left to Python, and for
        # the indexed ones whose YARA string stops short of their end
        needy = {tok.id for tok, tr in pairs if tr.truncated} | set(skipped)
        wanted = {
            lit
            for tok in every
            if tok.id in needy
            for literals in tok.literal_sets
            for lit in literals
            if len(lit) >= _MIN_INDEXED_LITERAL and lit.isascii()
        }
        for lit in sorted(wanted):
            strings.append(_literal_string(lit))
            owners.append(())
            literals.append(lit)
        report = IndexReport(
            exact=tuple(tok.id for tok, tr in pairs if tr.exact),
            inexact=tuple(tok.id for tok, tr in pairs if not tr.exact),
            not_indexed=skipped,
            shared=tuple(ids for ids in owners if len(ids) > 1),
        )
        runs = {tok.id: tr.runs for tok, tr in pairs}
        gates = {tok.id: tok.literal_sets for tok, tr in pairs if tr.truncated and tok.literal_sets}
        offsets = StringOffsets.compile(strings) if strings else None
        return cls(offsets, owners, literals, runs, gates, report)

    def candidates(self, data: bytes) -> Candidates | None:
        """What the index finds in ``data``, or None when YARA could not finish (the caller then
        runs every token's regex itself)."""
        if self._offsets is None:
            return Candidates(self.indexed, {}, frozenset(), {}, frozenset(), frozenset())
        found = self._offsets.match(data)
        if found is None:
            return None
        offsets: dict[str, list[int]] = {}
        present: set[str] = set()
        for index, offs in found.items():
            ids = self._owners[index]
            if ids:
                starts = sorted(offs)
                for tid in ids:
                    offsets[tid] = starts
            else:
                literal = self._literals[index]
                assert literal is not None
                present.add(literal)
        long_runs = {members for members, table in self._tables.items() if _RUN in data.translate(table)}
        unsure = frozenset(tid for tid, classes in self._runs.items() if classes & long_runs)
        return Candidates(self.indexed, offsets, unsure, self._gates, self._known, frozenset(present))
