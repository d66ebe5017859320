"""Writing requests (access-log lines) fast, and linking them to findings.

``add_requests`` streams: it holds one batch in memory, inserts it with a single prepared
``INSERT ... ON CONFLICT DO NOTHING`` executed over the whole batch (one transaction per batch), so
re-ingesting a log adds nothing: a request's identity is ``(host, source_id, line_no)``. Requests
without a ``source_id`` get a fresh one per call (they can then not be deduplicated later).

Indexed text (the URL path) is cut to ``BOUNDS.indexed_bytes`` UTF-8 bytes; free-form fields to
``BOUNDS.text`` characters. Rows the driver refuses as text (NUL characters on PostgreSQL, lone
surrogates) are cleaned and the batch retried.

A source that can hand over its requests as plain field tuples (a ``RowBatchSource``, such as
``webhunt.logs.LogReader``) is stored without building a ``Request`` per line: ``StorageRows``
turns the tuples into insert rows where the source reads them (in its reading process when it
reads in parallel), and this process only executes the inserts. Insert rows travel as one flat
list of values (``WIDTH`` per row) that the driver takes through ``zip``: no list of row tuples is
built here, which also keeps the garbage collector out of the way.
"""

from __future__ import annotations

import contextlib
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, runtime_checkable

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from webhunt.errors import StoreError
from webhunt.model import Request, request_row
from webhunt.store import codec
from webhunt.store.engine import background_checkpoints
from webhunt.store.errors import InvalidQuery, RecordNotFound
from webhunt.store.records import BOUNDS, LinkRole
from webhunt.store.schema import finding_requests, findings
from webhunt.store.sql import chunks, insert_ignore
from webhunt.store.types import as_utc, to_micros

#: The insert's columns: ``host``, then the ``Request`` fields in declaration order.
_COLUMNS = (
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
    "source",
    "source_id",
    "line_no",
)
#: Paths shorter than this many characters can never exceed the indexed byte bound.
_SAFE_PATH = BOUNDS.indexed_bytes // 4
_TEXT = BOUNDS.text
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
#: Values per insert row.
WIDTH = 15

Row = tuple[Any, ...]
WriteTx = Callable[[str], AbstractContextManager[sa.Connection]]


@runtime_checkable
class RowBatchSource(Protocol):
    """Requests available as batches of field tuples (see ``StorageRows``), e.g. a log reader.

    ``row_batches(convert)`` yields ``convert(tuples)`` for each batch, possibly cut into
    consecutive pieces; ``convert`` is picklable and may run in another process.
    """

    def row_batches(self, convert: Callable[[list[Any]], list[Any]]) -> Iterator[list[Any]]: ...


def insert_sql(dialect: sa.Dialect) -> str:
    marks = ", ".join(["?" if dialect.paramstyle == "qmark" else "%s"] * len(_COLUMNS))
    return f"INSERT INTO requests ({', '.join(_COLUMNS)}) VALUES ({marks}) ON CONFLICT DO NOTHING"


class StorageRows:
    """Request field tuples -> flat insert rows: ``host`` first, text within bounds, the time as the
    driver takes it (a datetime on PostgreSQL, microseconds since the epoch on SQLite).

    The tuples are ``Request`` fields in declaration order (``webhunt.logs.lineparser.RequestRow``).
    Picklable (plain attributes), so a log reader may run it in its own process. Requests without a
    ``source_id`` get ``anon:<random>`` and a running number, once per instance.
    """

    def __init__(self, host: str, native_time: bool) -> None:
        self.host = host
        self.native_time = native_time
        self._anon = ""
        self._seq = 0

    def __call__(self, batch: Iterable[Sequence[Any]]) -> list[Any]:
        """The insert rows of ``batch``, one after the other in one flat list (``WIDTH`` values each)."""
        out: list[Any] = []
        extend = out.extend
        host = self.host
        text = _TEXT
        safe_path = _SAFE_PATH
        native_time = self.native_time
        epoch = _EPOCH
        last_time: datetime | None = None
        micros = 0
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
            ):
                extend(self._bounded(row))
                continue
            if t is not last_time:  # parsers hand on one object for the lines of one second
                last_time, micros = t, (t - epoch) // _US
            extend(
                (
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
                    source,
                    source_id,
                    line_no,
                )
            )
        return out

    def _bounded(self, row: Sequence[Any]) -> Row:
        t, ip, method, path, query, status, nbytes, ref, ua, vhost, protocol, source, source_id, line_no = row
        if not source_id:
            if not self._anon:
                self._anon = f"anon:{uuid.uuid4().hex}"
            self._seq += 1
            source_id, line_no = self._anon, self._seq
        text = _TEXT
        return (
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
            source,
            source_id,
            line_no,
        )

    def requests(self, requests: Iterable[Request]) -> list[Any]:
        """The insert rows of ``Request`` objects, flat (see ``__call__``)."""
        return self([request_row(r) for r in requests])


def _clean(values: list[Any]) -> list[Any]:
    return [codec.clean_text(v) if isinstance(v, str) else v for v in values]


def add(
    write_tx: WriteTx,
    dialect: sa.Dialect,
    requests: Iterable[Request],
    host: str,
    batch_size: int,
) -> int:
    """Insert requests batch by batch; the number of rows that were new."""
    sql = insert_sql(dialect)
    convert = StorageRows(host, native_time=dialect.name == "postgresql")
    size = max(1, batch_size)
    if isinstance(requests, RowBatchSource):
        batches = requests.row_batches(convert)
    else:
        batches = map(convert.requests, _batches(requests, size))
    inserted = 0
    step = size * WIDTH
    chunks: deque[list[Any]] = deque()
    buffered = 0
    with contextlib.ExitStack() as bulk:
        helping = False
        for values in batches:
            chunks.append(values)
            buffered += len(values)
            while buffered >= step:
                count, engine = _insert_batch(write_tx, sql, _take(chunks, step))
                inserted += count
                buffered -= step
                if not helping:  # more than one transaction: a bulk write
                    bulk.enter_context(background_checkpoints(engine))
                    helping = True
        if buffered:
            inserted += _insert_batch(write_tx, sql, _take(chunks, buffered))[0]
    return inserted


def _take(chunks: deque[list[Any]], count: int) -> list[Any]:
    """The first ``count`` values of ``chunks`` in one list (each value copied once)."""
    out: list[Any] = []
    while len(out) < count:
        chunk = chunks.popleft()
        room = count - len(out)
        if len(chunk) > room:
            chunks.appendleft(chunk[room:])
            chunk = chunk[:room]
        if out:
            out += chunk
        else:
            out = chunk
    return out


def _batches(requests: Iterable[Request], size: int) -> Iterator[list[Request]]:
    """``requests`` in lists of at most ``size``, read lazily."""
    batch: list[Request] = []
    for r in requests:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert_batch(write_tx: WriteTx, sql: str, values: list[Any]) -> tuple[int, sa.Engine]:
    """Insert one batch (flat rows) in one transaction: (rows that were new, the engine that wrote them)."""
    try:
        with write_tx("storing requests") as conn:
            return _execute(conn, sql, values), conn.engine
    except UnicodeEncodeError:
        pass  # text the driver refuses: clean every row and try once more
    except StoreError as exc:
        if not isinstance(exc.__cause__, sa_exc.DataError):
            raise
    cleaned = _clean(values)
    with write_tx("storing requests") as conn:
        return _execute(conn, sql, cleaned), conn.engine


def _execute(conn: sa.Connection, sql: str, values: list[Any]) -> int:
    """``executemany`` on the driver's cursor, over rows cut from the flat list as the driver asks
    for them: no list of row tuples is built (SQLAlchemy's ``exec_driver_sql`` wants one)."""
    dbapi_error = conn.dialect.loaded_dbapi.Error
    driver: Any = conn.connection.driver_connection  # sqlite3's or psycopg's: both take an iterable
    cursor = driver.cursor()
    try:
        cursor.executemany(sql, zip(*[iter(values)] * WIDTH, strict=True))
        return max(int(cursor.rowcount), 0)
    except dbapi_error as exc:
        raise sa_exc.DBAPIError.instance(sql, None, exc, dbapi_error) from exc
    finally:
        cursor.close()


def link(conn: sa.Connection, finding_id: int, request_ids: Iterable[int], role: str) -> None:
    try:
        role_value = LinkRole(role).value
    except ValueError:
        names = ", ".join(r.value for r in LinkRole)
        raise InvalidQuery(f"unknown link role {role!r} (expected one of: {names})") from None
    _require_finding(conn, finding_id)
    values = [
        {"finding_id": finding_id, "request_id": int(rid), "role": role_value}
        for rid in dict.fromkeys(request_ids)
    ]
    for part in chunks(values, 1000):
        conn.execute(insert_ignore(conn, finding_requests), part)


def set_planting(conn: sa.Connection, finding_id: int, request_id: int | None) -> None:
    _require_finding(conn, finding_id)
    conn.execute(sa.update(findings).where(findings.c.id == finding_id).values(planted_by=request_id))
    conn.execute(
        sa.delete(finding_requests).where(
            finding_requests.c.finding_id == finding_id,
            finding_requests.c.role == LinkRole.PLANTING.value,
        )
    )
    if request_id is not None:
        link(conn, finding_id, [request_id], LinkRole.PLANTING)


def _require_finding(conn: sa.Connection, finding_id: int) -> None:
    found = conn.execute(sa.select(findings.c.id).where(findings.c.id == finding_id)).first()
    if found is None:
        raise RecordNotFound(f"no finding with id {finding_id}")
