"""Requests as the store inserts them: flat rows of plain values, made where the log is read.

``StorageRows`` runs in a log reading process (``webhunt.logs.parallel``), so this module imports
nothing heavy: no SQLAlchemy, no Alembic (``webhunt.store`` loads those only when its store is
used). See ``webhunt.store.requests`` for how the rows are written.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from webhunt.errors import StoreError
from webhunt.model import Request, request_row
from webhunt.store import codec
from webhunt.store.records import BOUNDS
from webhunt.store.times import as_utc, to_micros

#: A request's id is ``(stream id << STREAM_SHIFT) + line number``: the primary key is its identity, so
#: re-ingesting a log adds nothing without a unique index of its own (migration 0005). 32 bits: over
#: four billion lines per log stream, and ids stay exact in JavaScript (below 2**53) for the first
#: two million streams.
STREAM_SHIFT = 32
#: The largest line number a log stream can hold.
MAX_LINE_NO = (1 << STREAM_SHIFT) - 1

#: The insert's columns after ``id`` (which is the stream's base id plus the first value of a row,
#: the line number): ``host``, then the ``Request`` fields in declaration order up to ``protocol``.
COLUMNS = (
    "host",
    "time",
    "client_ip",
    "method",
    "path",
    "query",
    "status",
    "bytes",
    "referer",
    "user_agent",
    "vhost",
    "protocol",
)
#: Paths shorter than this many characters can never exceed the indexed byte bound.
_SAFE_PATH = BOUNDS.indexed_bytes // 4
_TEXT = BOUNDS.text
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
#: Values per insert row: the line number, then ``COLUMNS``.
WIDTH = 1 + len(COLUMNS)
#: The padding of a stream row (``None``, ``source_id``, ``source``, then this).
_STREAM_PAD = (None,) * (WIDTH - 3)


class StorageRows:
    """Request field tuples -> flat insert rows: the line number, ``host``, then the fields with
    text within bounds and the time as the driver takes it (a datetime on PostgreSQL, microseconds
    since the epoch on SQLite); a stream row before the lines of each stream.

    The tuples are ``Request`` fields in declaration order (``webhunt.logs.lineparser.RequestRow``).
    Picklable (plain attributes), so a log reader may run it in its own process. Requests without a
    ``source_id`` get ``anon:<random>`` and a running number, once per instance.
    """

    def __init__(self, host: str, native_time: bool) -> None:
        self.host = host
        self.native_time = native_time
        self._anon = ""
        self._seq = 0
        self._stream: tuple[str, str] | None = None  # (source_id, source) of the last row

    def __call__(self, batch: Iterable[Sequence[Any]]) -> list[Any]:
        """The insert rows of ``batch``, one after the other in one flat list (``WIDTH`` values each)."""
        out: list[Any] = []
        extend = out.extend
        host = self.host
        text = _TEXT
        safe_path = _SAFE_PATH
        max_line = MAX_LINE_NO
        native_time = self.native_time
        epoch = _EPOCH
        last_time: datetime | None = None
        micros = 0
        stream_id = self._stream[0] if self._stream else None
        for row in batch:
            (
                t,
                ip,
                method,
                path,
                query,
                status,
                nbytes,
                ref,
                ua,
                vhost,
                protocol,
                source,
                source_id,
                line_no,
            ) = row
            # Sufficient conditions for every bound (each field within its own): one test per line.
            if (
                native_time
                or t.tzinfo is None
                or not source_id
                or len(path) > safe_path
                or len(query) + len(ref) + len(ua) > text
                or len(ip) > 64
                or len(method) + len(protocol) > 32
                or len(vhost) > 255
                or not 0 <= line_no <= max_line
            ):
                extend(self._bounded(row))
                stream_id = self._stream[0] if self._stream else None
                continue
            if source_id != stream_id:
                self._stream = (source_id, source)
                stream_id = source_id
                extend((None, source_id, source, *_STREAM_PAD))
            if t is not last_time:  # parsers hand on one object for the lines of one second
                last_time, micros = t, (t - epoch) // _US
            extend(
                (
                    line_no,
                    host,
                    micros,
                    ip,
                    method,
                    path,
                    query,
                    status,
                    nbytes,
                    ref,
                    ua,
                    vhost,
                    protocol,
                )
            )
        return out

    def _bounded(self, row: Sequence[Any]) -> list[Any]:
        """The insert row of a request that needs more than the fast path (with its stream row when
        its stream differs from the last row's)."""
        t, ip, method, path, query, status, nbytes, ref, ua, vhost, protocol, source, source_id, line_no = row
        if not source_id:
            if not self._anon:
                self._anon = f"anon:{uuid.uuid4().hex}"
            self._seq += 1
            source_id, line_no = self._anon, self._seq
        if not 0 <= line_no <= MAX_LINE_NO:
            raise StoreError(
                f"{source or source_id}: line {line_no} cannot be stored "
                f"(line numbers run from 0 to {MAX_LINE_NO:,} in a log)"
            )
        out: list[Any] = []
        if self._stream is None or self._stream[0] != source_id:
            self._stream = (source_id, source)
            out += (None, source_id, source, *_STREAM_PAD)
        text = _TEXT
        out += (
            line_no,
            self.host,
            as_utc(t) if self.native_time else to_micros(t),
            ip[:64],
            method[:32],
            codec.clip_bytes(path, BOUNDS.indexed_bytes) if len(path) > _SAFE_PATH else path,
            query[:text],
            status,
            nbytes,
            ref[:text],
            ua[:text],
            vhost[:255],
            protocol[:32],
        )
        return out

    def requests(self, requests: Iterable[Request]) -> list[Any]:
        """The insert rows of ``Request`` objects, flat (see ``__call__``)."""
        return self([request_row(r) for r in requests])
