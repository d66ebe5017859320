"""Read access logs into ``Request``s: many files, rotated and compressed, streaming.

``read_requests(paths)`` yields every request of every file, oldest file of each rotated family
first (see :func:`webhunt.logs.source.rotation_order`). Each file gets its format from ``fmt``
(which always wins) or from detection on its first lines. Nothing in a file stops the run: a
line that does not parse is *malformed* (counted per file, passed to ``on_malformed``, kept in a
sample with file, line number and reason); a file that cannot be opened, whose format cannot be
detected, or whose compressed data is damaged is recorded in the summary (and logged) and the
next file is read. Blank lines and ``#`` header lines are *skipped*, not malformed.

``LogReader`` is the same with a summary afterwards: lines, requests, malformed and skipped
counts per file, the stream identity (``source_id``) and format of each file.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from webhunt.logs.formats import LogFormat, detect_format, resolve_format
from webhunt.logs.lineparser import LineError, RequestRow
from webhunt.logs.source import MAX_LINE_BYTES, READ_ERRORS, LogStream, rotation_order
from webhunt.model import Request

log = logging.getLogger(__name__)

_TEXT_LIMIT = 200
#: From this much log data on, reading in a second process pays for starting it.
PARALLEL_BYTES = 32 * 1024 * 1024
#: A batch converter (see ``LogReader.row_batches``).
C = TypeVar("C", bound=Callable[[list[RequestRow]], list[Any]])


@dataclass(frozen=True, slots=True)
class Malformed:
    """One log line that could not be read as a request."""

    source: str
    line_no: int
    reason: str
    text: str  # the line as read, cut to 200 characters ("" for over-long lines)

    def __str__(self) -> str:
        return f"{self.source}:{self.line_no}: {self.reason}: {self.text!r}"


@dataclass(frozen=True, slots=True)
class FileSummary:
    """What reading one file gave."""

    path: str
    source_id: str = ""
    format: str = ""
    lines: int = 0
    requests: int = 0
    malformed: int = 0
    skipped: int = 0  # blank lines and '#' headers
    error: str = ""  # why the file was not read (to the end); "" when it was


@dataclass(frozen=True, slots=True)
class ReadSummary:
    """What reading all files gave: per-file counts and a sample of malformed lines."""

    files: tuple[FileSummary, ...]
    malformed_sample: tuple[Malformed, ...]

    @property
    def lines(self) -> int:
        return sum(f.lines for f in self.files)

    @property
    def requests(self) -> int:
        return sum(f.requests for f in self.files)

    @property
    def malformed(self) -> int:
        return sum(f.malformed for f in self.files)

    @property
    def errors(self) -> tuple[FileSummary, ...]:
        return tuple(f for f in self.files if f.error)


@dataclass
class _Counts:
    lines: int = 0
    requests: int = 0
    malformed: int = 0
    skipped: int = 0


class RowReader:
    """Files -> batches of ``RequestRow``s; malformed lines and finished files go to callbacks.

    This is the part that may run in a separate process (see ``LogReader(parallel=True)``).
    """

    def __init__(
        self,
        paths: Sequence[str],
        fmt: LogFormat | None,
        on_malformed: Callable[[Malformed], None],
        on_file: Callable[[FileSummary], None],
    ) -> None:
        self.paths = paths
        self._format = fmt
        self._on_malformed = on_malformed
        self._on_file = on_file

    def batches(self) -> Iterator[list[RequestRow]]:
        """The rows of every file, in lists the caller owns (and may empty)."""
        for path in self.paths:
            yield from self._read_file(path)

    def _read_file(self, path: str) -> Iterator[list[RequestRow]]:
        try:
            stream = LogStream(path)
        except READ_ERRORS as exc:
            self._on_file(FileSummary(path, error=f"cannot read: {_describe(exc)}"))
            return
        with stream:
            fmt = self._format or detect_format(stream.head_lines())
            if fmt is None:
                first = next((line for line in stream.head_lines(5) if line.strip()), "")
                self._on_file(
                    FileSummary(
                        path,
                        stream.source_id,
                        error=f"cannot detect the log format (first line: '{_printable(first[:120])}'); "
                        "give it with --log-format",
                    )
                )
                return
            counts = _Counts()
            error = ""
            try:
                yield from self._parse(stream, fmt, counts)
            except READ_ERRORS as exc:
                error = f"read stopped after line {counts.lines}: {_describe(exc)}"
            finally:
                self._on_file(
                    FileSummary(
                        path=path,
                        source_id=stream.source_id,
                        format=fmt.name,
                        lines=counts.lines,
                        requests=counts.requests,
                        malformed=counts.malformed,
                        skipped=counts.skipped,
                        error=error,
                    )
                )

    def _parse(self, stream: LogStream, fmt: LogFormat, counts: _Counts) -> Iterator[list[RequestRow]]:
        parse = fmt.parser(stream.path, stream.source_id).parse_row
        too_long = f"line longer than {MAX_LINE_BYTES // 1024} KiB"
        for first, lines in stream.batches():
            line_no = first - 1
            counts.lines = line_no + len(lines)
            rows: list[RequestRow] = []
            append = rows.append
            for line in lines:
                line_no += 1
                if not line:
                    if line is None:
                        self._malformed(counts, stream.path, line_no, too_long, "")
                    else:
                        counts.skipped += 1
                    continue
                try:
                    row = parse(line, line_no)
                except LineError as exc:
                    if line.isspace():
                        counts.skipped += 1
                    else:
                        self._malformed(counts, stream.path, line_no, str(exc), line)
                    continue
                if row is None:
                    counts.skipped += 1
                    continue
                append(row)
            counts.requests += len(rows)
            yield rows

    def _malformed(self, counts: _Counts, path: str, line_no: int, reason: str, text: str) -> None:
        counts.malformed += 1
        self._on_malformed(Malformed(path, line_no, reason, text[:_TEXT_LIMIT]))


class LogReader:
    """Iterate to get the requests; ``summary()`` afterwards (or at any point) for the counts.

    ``fmt``: a format name or string (see :mod:`webhunt.logs.formats`); None detects per file.
    ``parallel``: read and parse in a separate process (spawned), handing rows back through a
    pipe, so that parsing and what the caller does with the requests (storing them) use two cores.
    It pays off for large inputs (tens of MiB and more); results are identical.
    Raises LogFormatError at construction for a bad ``fmt``.
    """

    def __init__(
        self,
        paths: Sequence[str],
        fmt: str | None = None,
        *,
        on_malformed: Callable[[Malformed], None] | None = None,
        sample_size: int = 20,
        parallel: bool = False,
    ) -> None:
        self.paths = rotation_order(paths)
        self._fmt_text = fmt
        self._format = resolve_format(fmt) if fmt else None
        self._on_malformed = on_malformed
        self._sample_size = sample_size
        self._parallel = parallel
        self._files: list[FileSummary] = []
        self._samples: list[Malformed] = []

    def summary(self) -> ReadSummary:
        return ReadSummary(tuple(self._files), tuple(self._samples))

    def __iter__(self) -> Iterator[Request]:
        for batch in self.batches():
            yield from batch

    def batches(self) -> Iterator[list[Request]]:
        """The requests in lists of a few thousand (cheaper to pass along than one by one).

        Each pass reads the files again and starts a new summary.
        """
        for rows in self._row_source(None):
            yield [Request(*row) for row in rows]

    def row_batches(
        self,
        convert: C,
        on_done: Callable[[C], None] | None = None,
    ) -> Iterator[list[Any]]:
        """``convert(rows)`` of each batch of ``RequestRow``s, without building ``Request``s.

        ``convert`` runs where the lines are parsed: in the reading process when ``parallel``
        (it must then be picklable, and what it returns too), and what it returns may then arrive
        cut into consecutive pieces (a stream of values, not one list per batch). This is how a
        store takes the requests of a large log: the reading process prepares the rows it inserts.
        After the last batch, ``on_done`` gets ``convert`` as it is then: the reading process's
        copy when ``parallel`` (so state it gathered, such as a detector's, comes back).
        Each pass reads the files again and starts a new summary.
        """
        yield from self._row_source(convert, on_done)

    def _row_source(
        self,
        convert: C | None,
        on_done: Callable[[C], None] | None = None,
    ) -> Iterator[list[Any]]:
        self._files, self._samples = [], []
        if self._parallel:
            from webhunt.logs.parallel import row_batches_in_process

            yield from row_batches_in_process(
                self.paths, self._fmt_text, self._add_malformed, self._add_file, convert, on_done
            )
            return
        batches = RowReader(self.paths, self._format, self._add_malformed, self._add_file).batches()
        yield from converted(batches, convert, on_done)

    def _add_malformed(self, record: Malformed) -> None:
        if len(self._samples) < self._sample_size:
            self._samples.append(record)
        if self._on_malformed is not None:
            self._on_malformed(record)

    def _add_file(self, summary: FileSummary) -> None:
        if summary.error:
            log.warning("%s: %s", summary.path, summary.error)
        self._files.append(summary)


def converted(
    batches: Iterator[list[RequestRow]], convert: C | None, on_done: Callable[[C], None] | None
) -> Iterator[list[Any]]:
    """``convert`` of each batch (the batches themselves without one), then ``on_done(convert)``:
    how rows are read in this process."""
    if convert is None:
        yield from batches
        return
    yield from map(convert, batches)
    if on_done is not None:
        on_done(convert)


def _printable(text: str) -> str:
    """``text`` for a one-line message: control characters as ``\\xNN`` (bytes that were not
    UTF-8 already read as such escapes), nothing escaped twice."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def read_requests(
    paths: Sequence[str],
    fmt: str | None = None,
    *,
    on_malformed: Callable[[Malformed], None] | None = None,
    parallel: bool = False,
) -> Iterator[Request]:
    """Every request in ``paths`` (see the module docstring); LogFormatError for a bad ``fmt``."""
    return iter(LogReader(paths, fmt, on_malformed=on_malformed, parallel=parallel))


def worth_parallel(paths: Sequence[str]) -> bool:
    """Whether ``LogReader(paths, parallel=True)`` pays off here: two CPUs and enough data."""
    if (os.cpu_count() or 1) < 2:
        return False
    total = 0
    for name in paths:
        with contextlib.suppress(OSError):  # unreadable files are reported by the reader
            total += os.stat(name).st_size
    return total >= PARALLEL_BYTES


__all__ = [
    "FileSummary",
    "LogReader",
    "Malformed",
    "ReadSummary",
    "read_requests",
    "worth_parallel",
]
