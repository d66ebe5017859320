"""A file's content as every detection layer sees it.

``text`` is the bytes decoded as latin-1, so a character offset in ``text`` is the same number as a
byte offset in ``data`` (YARA reports byte offsets). Regexes for ASCII tokens work unchanged; snippets
shown to people are decoded as UTF-8 with replacement.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from webhunt.languages import sniff_embedded
from webhunt.model import Language

SNIPPET_WIDTH = 160


@dataclass(frozen=True, slots=True)
class Document:
    data: bytes
    _text: list[str] = field(init=False, repr=False, default_factory=list)
    _starts: list[int] = field(init=False, repr=False, default_factory=list)
    _lower: list[bytes] = field(init=False, repr=False, default_factory=list)
    _embedded: list[Language | None] = field(init=False, repr=False, default_factory=list)

    @property
    def text(self) -> str:
        """The bytes decoded as latin-1 (computed once, when a layer first needs it)."""
        if not self._text:
            self._text.append(self.data.decode("latin-1"))
        return self._text[0]

    @property
    def lower(self) -> bytes:
        """The bytes in ASCII lower case (computed once): for fast literal token checks."""
        if not self._lower:
            self._lower.append(self.data.lower())
        return self._lower[0]

    @property
    def embedded(self) -> Language | None:
        """The script language embedded in the bytes (``languages.sniff_embedded``), computed once."""
        if not self._embedded:
            self._embedded.append(sniff_embedded(self.data, lowered=self.lower))
        return self._embedded[0]

    def has_any(self, tokens: tuple[bytes, ...]) -> bool:
        """Does any of the lower-case ``tokens`` occur in the file, ignoring ASCII case?"""
        low = self.lower
        return any(t in low for t in tokens)

    @property
    def _line_starts(self) -> list[int]:
        """Offsets where lines start, computed on first use (most documents never need them)."""
        if not self._starts:
            starts = self._starts
            starts.append(0)
            find = self.data.find
            pos = find(b"\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find(b"\n", pos + 1)
        return self._starts

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def line_of(self, offset: int) -> int:
        """1-based line number of a byte offset."""
        return bisect.bisect_right(self._line_starts, max(0, offset))

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, decoded for display (bounded)."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.data)
        return clip(self.data[start:end])

    def snippet_at(self, offset: int, width: int = SNIPPET_WIDTH) -> str:
        """A bounded, printable snippet around ``offset``: its line, centred when long."""
        line = self.line_of(offset)
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.data)
        if end - start > width:
            lo = max(start, offset - width // 3)
            hi = min(end, lo + width)
            return clip(self.data[lo:hi], width)
        return clip(self.data[start:end], width)


def clip(raw: bytes, width: int = SNIPPET_WIDTH) -> str:
    """Bytes -> one printable line of at most ``width`` characters (bytes that are not UTF-8 shown
    as ``\\xNN``: exact evidence, where a replacement character would hide which bytes they were)."""
    text = raw.decode("utf-8", errors="backslashreplace")
    text = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"
