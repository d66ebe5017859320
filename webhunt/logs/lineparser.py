"""What every log-line parser is: one line in, one ``Request`` (or nothing) out.

A parser is built per log file (IIS changes its columns mid-file, so parsers may keep state) and
is told the file's ``source`` and ``source_id`` up front so the ``Request`` is built in one go.
Parsers produce a ``RequestRow`` (the ``Request`` fields in order, a plain tuple that is cheap to
make and to send between processes); ``parse`` wraps it in a ``Request``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from webhunt.model import Request

#: ``Request``'s fields in declaration order: ``Request(*row)`` builds it.
RequestRow = tuple[datetime, str, str, str, str, int, int | None, str, str, str, str, str, str, int]


class LineError(ValueError):
    """One log line that cannot be parsed; the message says why (counted, never fatal)."""


class LineParser(Protocol):
    """Parses the lines of one log file, in order."""

    def parse_row(self, line: str, line_no: int) -> RequestRow | None:
        """The request on this line as a row; None for header/comment lines; raises LineError."""
        ...

    def parse(self, line: str, line_no: int) -> Request | None:
        """The request on this line; None for header/comment lines; raises LineError."""
        ...


class ParserFactory(Protocol):
    """Builds a parser for one file of a known format."""

    def __call__(self, source: str, source_id: str) -> LineParser: ...
