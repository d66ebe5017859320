"""Literal prefilters for regexes: the substrings one of which every match must contain.

Python's ``re`` tries a pattern without a literal prefix at every position of a file, and most
heuristic tokens never occur in most files. Deriving the literals a match needs (as RE2's prefilter
does) lets the heuristics skip a regex with a few ``in`` tests on the lower-cased text.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

#: Literal sets larger than this test slower than the regex they guard.
_MAX_ALTERNATIVES = 32
_REPEATS = tuple(op for op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) if op)


def _cross(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _MAX_ALTERNATIVES:
        return None
    return frozenset(x + y for x in a for y in b)


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """The finite set of (lower-cased) strings this item matches, when it is small and known."""
    if op is c.LITERAL:
        return frozenset({chr(av).lower()})
    if op is c.IN:
        chars = set()
        for iop, iav in av:
            if iop is not c.LITERAL:
                return None
            chars.add(chr(iav).lower())
        return frozenset(chars) if 0 < len(chars) <= 4 else None
    if op is c.SUBPATTERN:
        return _exact_seq(av[-1])
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            e = _exact_seq(branch)
            if e is None:
                return None
            out |= e
        return frozenset(out) if len(out) <= _MAX_ALTERNATIVES else None
    return None


def _exact_seq(items: Any) -> frozenset[str] | None:
    acc: frozenset[str] | None = frozenset({""})
    for op, av in items:
        e = _exact(op, av)
        if e is None or acc is None:
            return None
        acc = _cross(acc, e)
    return acc


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several requirements that all hold, the most selective one."""
    options = [o for o in options if o and all(o)]
    if not options:
        return None
    return max(options, key=lambda s: (min(len(x) for x in s), -len(s)))


def _options(items: Any) -> list[frozenset[str]]:
    """Every literal set this sequence needs (a match contains one literal of each)."""
    options: list[frozenset[str]] = []
    run: frozenset[str] | None = None
    for op, av in items:
        e = _exact(op, av)
        if e is not None:
            joined = _cross(run, e) if run is not None else e
            if joined is None:  # too many alternatives: keep what we have, start again
                if run is not None:
                    options.append(run)
                joined = e
            run = joined
            continue
        if run is not None:
            options.append(run)
            run = None
        if op is c.SUBPATTERN:
            options.extend(_options(av[-1]))
        elif op is c.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(b is not None for b in branches):
                union = frozenset().union(*[b for b in branches if b is not None])
                if len(union) <= _MAX_ALTERNATIVES:
                    options.append(union)
        elif op in _REPEATS:
            lo, _hi, sub = av
            if lo >= 1:
                options.extend(_options(sub))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            options.extend(_options(av))
    if run is not None:
        options.append(run)
    return [o for o in options if o and all(o)]


def _required(items: Any) -> frozenset[str] | None:
    return _best(_options(items))


#: Matches longer than this are not looked for around an anchor (pathological anyway).
MAX_WINDOW = 4096


def match_width(pattern: str, flags: int = 0) -> int:
    """An upper bound on a match's length, capped at MAX_WINDOW."""
    try:
        _lo, hi = sre.parse(pattern, flags).getwidth()
    except (re.error, OverflowError):
        return MAX_WINDOW
    return min(int(hi), MAX_WINDOW)


def windows(lower_text: str, anchors: tuple[str, ...], width: int) -> list[tuple[int, int]]:
    """Merged ranges of ``lower_text`` within ``width`` of an anchor: every match lies in one."""
    n = len(lower_text)
    spans: list[tuple[int, int]] = []
    for a in anchors:
        find = lower_text.find
        i = find(a)
        while i != -1:
            spans.append((max(0, i - width), min(n, i + len(a) + width)))
            i = find(a, i + 1)
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for lo, hi in spans[1:]:
        if lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-cased literals, one of which every match contains; None when none can be derived."""
    try:
        parsed = sre.parse(pattern, flags)
    except re.error:
        return None
    req = _required(parsed)
    return tuple(sorted(req)) if req else None


def required_factors(pattern: str, flags: int = 0, min_length: int = 1) -> tuple[tuple[str, ...], ...]:
    """Every lower-cased literal set a match needs (one literal of each), keeping the sets with a
    literal at least ``min_length`` long (sets of short literals only are in nearly every file)."""
    try:
        parsed = sre.parse(pattern, flags)
    except re.error:
        return ()
    found = {tuple(sorted(o)) for o in _options(parsed) if max(len(x) for x in o) >= min_length}
    return tuple(sorted(found))
