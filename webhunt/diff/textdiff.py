"""Line diffs of changed files (pure): inserted line ranges, a bounded unified diff, whitespace-only
and binary detection, and the inserted code as a document of its own.

Lines are split at ``\\n`` only, like ``webhunt.detect.document.Document``, so line numbers agree with
the ones detection reports. Inserted ranges are 1-based ``(first, last)`` lines of the *new* file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

#: A file with a NUL byte in its first 8 KiB is binary (the rule git and grep use).
_BINARY_PROBE = 8192
#: The unified diff kept for a change: at most this many lines / characters.
MAX_DIFF_LINES = 400
MAX_DIFF_CHARS = 64 * 1024
#: Lines of context around each hunk.
CONTEXT = 3
#: The inserted-code snippet shown with a reason: at most this many lines / characters.
SNIPPET_LINES = 12
SNIPPET_CHARS = 1200


@dataclass(frozen=True, slots=True)
class LineDiff:
    inserted: tuple[tuple[int, int], ...]  # 1-based line ranges of the new file
    deleted: tuple[tuple[int, int], ...]  # 1-based line ranges of the old file
    unified: str  # bounded unified diff
    truncated: bool  # the unified diff was cut


def is_binary(data: bytes) -> bool:
    return b"\0" in data[:_BINARY_PROBE]


def whitespace_only(old: bytes, new: bytes) -> bool:
    """Same tokens, only whitespace and line endings differ (``'sys tem'`` vs ``'system'`` does not
    count: the words differ)."""
    return old != new and old.split() == new.split()


def split_lines(data: bytes) -> list[bytes]:
    """Lines with their ``\\n`` (numbered as ``Document`` numbers them)."""
    if not data:
        return []
    lines = [line + b"\n" for line in data.split(b"\n")]
    if data.endswith(b"\n"):
        lines.pop()
    else:
        lines[-1] = lines[-1][:-1]
    return lines


Opcode = tuple[str, int, int, int, int]


def opcodes(a: Sequence[bytes], b: Sequence[bytes]) -> list[Opcode]:
    """difflib opcodes over whole files, with the common head and tail trimmed first (injections are
    usually one spot in a long file, and difflib is quadratic in the worst case)."""
    n, m = len(a), len(b)
    head = 0
    while head < n and head < m and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < n - head and tail < m - head and a[n - 1 - tail] == b[m - 1 - tail]:
        tail += 1
    ops: list[Opcode] = []
    if head:
        ops.append(("equal", 0, head, 0, head))
    matcher = difflib.SequenceMatcher(None, a[head : n - tail], b[head : m - tail], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ops.append((tag, i1 + head, i2 + head, j1 + head, j2 + head))
    if tail:
        ops.append(("equal", n - tail, n, m - tail, m))
    return _merge_equal(ops)


def _merge_equal(ops: list[Opcode]) -> list[Opcode]:
    out: list[Opcode] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if out and op[0] == "equal" and out[-1][0] == "equal":
            prev = out.pop()
            op = ("equal", prev[1], op[2], prev[3], op[4])
        out.append(op)
    return out


def _ranges(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """0-based half-open spans -> merged 1-based inclusive ranges."""
    merged: list[list[int]] = []
    for lo, hi in sorted(spans):
        if hi <= lo:
            continue
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return tuple((lo + 1, hi) for lo, hi in merged)


def line_diff(old: bytes, new: bytes, *, old_name: str = "baseline", new_name: str = "live") -> LineDiff:
    a, b = split_lines(old), split_lines(new)
    ops = opcodes(a, b)
    inserted = _ranges([(j1, j2) for tag, _, _, j1, j2 in ops if tag in ("insert", "replace")])
    deleted = _ranges([(i1, i2) for tag, i1, i2, _, _ in ops if tag in ("delete", "replace")])
    unified, truncated = _unified(a, b, ops, old_name, new_name)
    return LineDiff(inserted=inserted, deleted=deleted, unified=unified, truncated=truncated)


def _groups(ops: list[Opcode], n: int = CONTEXT) -> list[list[Opcode]]:
    """Hunks with ``n`` lines of context (difflib.SequenceMatcher.get_grouped_opcodes)."""
    codes = list(ops)
    if not codes:
        return []
    if codes[0][0] == "equal":
        tag, i1, i2, j1, j2 = codes[0]
        codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
    if codes[-1][0] == "equal":
        tag, i1, i2, j1, j2 = codes[-1]
        codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
    nn = n + n
    groups: list[list[Opcode]] = []
    group: list[Opcode] = []
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal" and i2 - i1 > nn:
            group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
            groups.append(group)
            group = []
            i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
        group.append((tag, i1, i2, j1, j2))
    if group and not (len(group) == 1 and group[0][0] == "equal"):
        groups.append(group)
    return groups


def _show(line: bytes) -> str:
    text = line.decode("utf-8", errors="replace").rstrip("\n")
    return text[:-1] if text.endswith("\r") else text


def _span(start: int, stop: int) -> str:
    length = stop - start
    first = start + 1
    if length == 1:
        return f"{first}"
    if not length:
        first -= 1
    return f"{first},{length}"


def _unified(
    a: list[bytes], b: list[bytes], ops: list[Opcode], old_name: str, new_name: str
) -> tuple[str, bool]:
    out = [f"--- {old_name}", f"+++ {new_name}"]
    size = sum(len(x) + 1 for x in out)
    for group in _groups(ops):
        first, last = group[0], group[-1]
        hunk = [f"@@ -{_span(first[1], last[2])} +{_span(first[3], last[4])} @@"]
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                hunk.extend(" " + _show(line) for line in a[i1:i2])
                continue
            if tag in ("replace", "delete"):
                hunk.extend("-" + _show(line) for line in a[i1:i2])
            if tag in ("replace", "insert"):
                hunk.extend("+" + _show(line) for line in b[j1:j2])
        for line in hunk:
            if len(out) >= MAX_DIFF_LINES or size + len(line) + 1 > MAX_DIFF_CHARS:
                out.append("… (diff truncated)")
                return "\n".join(out) + "\n", True
            out.append(line)
            size += len(line) + 1
    return "\n".join(out) + "\n", False


# --------------------------------------------------------------------------------------------------
# The inserted code as a document of its own

_PHP_OPEN = re.compile(rb"<\?(?:php\b|=)?", re.IGNORECASE)
_PHP_NEXT = re.compile(rb"\?>|'|\"|/\*|//|#(?!\[)")
_SQ = re.compile(rb"'(?:[^'\\]|\\.)*'", re.DOTALL)
_DQ = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BLOCK = re.compile(rb"/\*.*?\*/", re.DOTALL)
_LINE_COMMENT_END = re.compile(rb"\n|\?>")


class PhpModeScanner:
    """Whether byte offsets of a PHP file lie inside ``<?php ... ?>``; offsets asked in increasing
    order are answered in one pass. Strings and comments are skipped, so a ``?>`` inside them does
    not end PHP mode (a ``?>`` does end a ``//`` comment, as in PHP)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0
        self._in_php = False

    def at(self, offset: int) -> bool:
        data = self._data
        while self._pos < offset:
            if not self._in_php:
                m = _PHP_OPEN.search(data, self._pos, offset)
                if m is None:
                    return False
                self._pos, self._in_php = m.end(), True
                continue
            m = _PHP_NEXT.search(data, self._pos, offset)
            if m is None:
                return True
            token = m.group()
            if token == b"?>":
                self._pos, self._in_php = m.end(), False
                continue
            if token in (b"'", b'"'):
                s = (_SQ if token == b"'" else _DQ).match(data, m.start())
                end = s.end() if s is not None else len(data)
            elif token == b"/*":
                c = _BLOCK.match(data, m.start())
                end = c.end() if c is not None else len(data)
            else:  # // or # comment: runs to the end of the line, or to ?>
                e = _LINE_COMMENT_END.search(data, m.end())
                end = len(data) if e is None else (e.start() if e.group() == b"?>" else e.end())
            if end > offset:
                return True  # the offset lies inside a string or comment
            self._pos = end
        return self._in_php


def php_mode_at(data: bytes, offset: int) -> bool:
    """Whether byte ``offset`` of a PHP file lies inside PHP code (see ``PhpModeScanner``)."""
    return PhpModeScanner(data).at(offset)


@dataclass(frozen=True, slots=True)
class InsertedCode:
    data: bytes  # the inserted lines, joined; PHP tags added where needed
    line_map: tuple[int | None, ...]  # document line (index + 1) -> line of the live file


def inserted_code(new: bytes, ranges: Sequence[tuple[int, int]], *, php: bool) -> InsertedCode:
    """The inserted lines as one document. For PHP files, a ``<?php`` line opens each inserted
    range that starts inside PHP code (and a ``?>`` line closes PHP before one that starts in HTML),
    so the fragment parses as the code it is in its file."""
    lines = split_lines(new)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    parts: list[bytes] = []
    line_map: list[int | None] = []
    doc_in_php = wanted = False
    scanner = PhpModeScanner(new)
    for first, last in ranges:
        chunk = lines[first - 1 : last]
        if not chunk:
            continue
        if php:
            wanted = scanner.at(starts[first - 1])
            if wanted and not doc_in_php:
                parts.append(b"<?php\n")
                line_map.append(None)
            elif not wanted and doc_in_php:
                parts.append(b"?>\n")
                line_map.append(None)
        body = b"".join(chunk)
        if not body.endswith(b"\n"):
            body += b"\n"
        parts.append(body)
        line_map.extend(range(first, last + 1))
        if php:
            doc_in_php = _stays_php(body) if wanted else PhpModeScanner(body).at(len(body))
    return InsertedCode(data=b"".join(parts), line_map=tuple(line_map))


def snippet_of(new: bytes, ranges: Sequence[tuple[int, int]]) -> str:
    """The inserted lines for people to read (bounded; lines kept, decoded with replacement)."""
    lines = split_lines(new)
    shown: list[str] = []
    total = 0
    count = sum(last - first + 1 for first, last in ranges)
    for first, last in ranges:
        for no in range(first, last + 1):
            text = _show(lines[no - 1]) if no - 1 < len(lines) else ""
            text = "".join(ch if ch.isprintable() or ch == "\t" else " " for ch in text)
            if not shown and len(text) > SNIPPET_CHARS:
                text = text[: SNIPPET_CHARS - 1] + "…"
            if len(shown) >= SNIPPET_LINES or total + len(text) > SNIPPET_CHARS:
                shown.append(f"… ({count - len(shown)} more inserted lines)")
                return "\n".join(shown)
            shown.append(text)
            total += len(text) + 1
    return "\n".join(shown)


def _stays_php(body: bytes) -> bool:
    """Whether a chunk that starts inside PHP code still is at its end."""
    return PhpModeScanner(b"<?php " + body).at(len(body) + 6)
