"""IIS W3C extended logs: ``#Fields:`` headers name the columns, possibly several times per file.

Times are UTC (IIS always writes W3C times in UTC). Values never contain spaces: IIS writes
``+`` for spaces in ``cs(User-Agent)`` (turned back into spaces here) and ``-`` for empty values.
Lines before the first ``#Fields:`` header are read with IIS's default field list. ``#Date:``
supplies the date when the columns have ``time`` but no ``date`` (old IIS configurations).
"""

from __future__ import annotations

from dataclasses import dataclass

from webhunt.logs.lineparser import LineError, RequestRow
from webhunt.logs.timestamps import W3cTimes
from webhunt.model import Request

#: IIS's default W3C field list (IIS 7.5 - 10).
DEFAULT_FIELDS: tuple[str, ...] = (
    "date",
    "time",
    "s-ip",
    "cs-method",
    "cs-uri-stem",
    "cs-uri-query",
    "s-port",
    "cs-username",
    "c-ip",
    "cs(User-Agent)",
    "cs(Referer)",
    "sc-status",
    "sc-substatus",
    "sc-win32-status",
    "time-taken",
)


@dataclass(frozen=True, slots=True)
class _Columns:
    count: int
    header_line: int  # 0: IIS defaults
    date: int
    time: int
    client: int
    method: int
    stem: int
    query: int
    status: int
    bytes: int
    referer: int
    ua: int
    vhost: int
    protocol: int
    problem: str  # non-empty when these columns cannot give a request

    @classmethod
    def from_fields(cls, fields: list[str] | tuple[str, ...], header_line: int) -> _Columns:
        index = {name.lower(): i for i, name in enumerate(fields)}

        def col(*names: str) -> int:
            for name in names:
                if name in index:
                    return index[name]
            return -1

        missing = [n for n in ("time", "cs-uri-stem") if n not in index]
        where = f"#Fields header at line {header_line}" if header_line else "IIS default fields"
        return cls(
            count=len(fields),
            header_line=header_line,
            date=col("date"),
            time=col("time"),
            client=col("c-ip"),
            method=col("cs-method"),
            stem=col("cs-uri-stem"),
            query=col("cs-uri-query"),
            status=col("sc-status"),
            bytes=col("sc-bytes"),
            referer=col("cs(referer)"),
            ua=col("cs(user-agent)"),
            vhost=col("cs-host", "s-sitename"),
            protocol=col("cs-version"),
            problem=f"the {where} has no {' or '.join(missing)}" if missing else "",
        )


_DEFAULT_COLUMNS = _Columns.from_fields(DEFAULT_FIELDS, 0)


class IisParser:
    """A ``LineParser`` for one IIS W3C file (stateful: follows its ``#Fields:`` headers)."""

    __slots__ = ("_columns", "_date", "_source", "_source_id", "_times")

    def __init__(self, source: str, source_id: str) -> None:
        self._columns = _DEFAULT_COLUMNS
        self._date = ""
        self._times = W3cTimes()
        self._source = source
        self._source_id = source_id

    def parse(self, line: str, line_no: int) -> Request | None:
        row = self.parse_row(line, line_no)
        return None if row is None else Request(*row)

    def parse_row(self, line: str, line_no: int) -> RequestRow | None:
        if line[:1] == "#":
            self._directive(line, line_no)
            return None
        c = self._columns
        v = line.split()
        if len(v) != c.count:
            where = f"#Fields header at line {c.header_line}" if c.header_line else "IIS default"
            raise LineError(f"{len(v)} fields where the {where} has {c.count}")
        if c.problem:
            raise LineError(c.problem)
        date = v[c.date] if c.date >= 0 else self._date
        if not date:
            raise LineError("no date column and no #Date header")
        time = self._times(date, v[c.time])
        query = v[c.query] if c.query >= 0 else ""
        status = v[c.status] if c.status >= 0 else ""
        nbytes = v[c.bytes] if c.bytes >= 0 else "-"
        try:
            sent = None if nbytes == "-" else int(nbytes)
        except ValueError:
            raise LineError(f"bad sc-bytes {nbytes!r}") from None
        return (
            time,
            _value(v, c.client),
            _value(v, c.method) or "-",
            v[c.stem],
            "" if query == "-" else query,
            int(status) if status.isdigit() else 0,
            sent,
            _value(v, c.referer),
            _value(v, c.ua).replace("+", " "),
            _value(v, c.vhost),
            _value(v, c.protocol),
            self._source,
            self._source_id,
            line_no,
        )

    def _directive(self, line: str, line_no: int) -> None:
        if line.startswith("#Fields:"):
            self._columns = _Columns.from_fields(line[8:].split(), line_no)
        elif line.startswith("#Date:"):
            self._date = line[6:].split()[0] if line[6:].split() else ""


def _value(v: list[str], index: int) -> str:
    if index < 0:
        return ""
    value = v[index]
    return "" if value == "-" else value
