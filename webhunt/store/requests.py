"""Writing requests (access-log lines) fast, and linking them to findings.

``add_requests`` streams: it holds one batch in memory and inserts it with a prepared
``INSERT ... ON CONFLICT DO NOTHING`` executed over the whole batch (one transaction per batch).
A request's identity is its log stream and line number, and its id is made of the two
(``rows.STREAM_SHIFT``): re-ingesting a log adds nothing, and the primary key is the only index
that checks it. Streams (``log_streams``: ``host`` and ``source_id``, the path first read) get
their ids here, once per stream and call; the statement that inserts a stream's lines holds its
base id as a constant. Requests without a ``source_id`` get a fresh stream per call (they can then
not be deduplicated later).

Indexed text (the URL path) is cut to ``BOUNDS.indexed_bytes`` UTF-8 bytes; free-form fields to
``BOUNDS.text`` characters. Rows the driver refuses as text (NUL characters on PostgreSQL, lone
surrogates) are cleaned and the batch retried.

A source that can hand over its requests as plain field tuples (a ``RowBatchSource``, such as
``webhunt.logs.LogReader``) is stored without building a ``Request`` per line: ``StorageRows``
turns the tuples into insert rows where the source reads them (in its reading process when it
reads in parallel), and this process only executes the inserts. Insert rows travel as one flat
list of values (``WIDTH`` per row) that the driver takes through ``zip``: no list of row tuples is
built here, which also keeps the garbage collector out of the way. Where the lines of another
stream begin, the list holds a stream row instead (``None`` first, then the stream's ``source_id``
and ``source``): this process finds them with ``list.index``, never row by row.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol, runtime_checkable

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from webhunt.errors import StoreError
from webhunt.model import Request
from webhunt.store import codec
from webhunt.store.engine import background_checkpoints
from webhunt.store.errors import InvalidQuery, RecordNotFound
from webhunt.store.records import LinkRole
from webhunt.store.rows import COLUMNS, STREAM_SHIFT, WIDTH, StorageRows
from webhunt.store.schema import finding_requests, findings, log_streams
from webhunt.store.sql import chunks, insert_ignore

WriteTx = Callable[[str], AbstractContextManager[sa.Connection]]


@runtime_checkable
class RowBatchSource(Protocol):
    """Requests available as batches of field tuples (see ``StorageRows``), e.g. a log reader.

    ``row_batches(convert)`` yields ``convert(tuples)`` for each batch, possibly cut into
    consecutive pieces; ``convert`` is picklable and may run in another process.
    """

    def row_batches(self, convert: Callable[[list[Any]], list[Any]]) -> Iterator[list[Any]]: ...


def insert_sql(dialect: sa.Dialect, base: int) -> str:
    """The insert of the lines of the stream whose first id is ``base``."""
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    marks = ", ".join([mark] * len(COLUMNS))
    return (
        f"INSERT INTO requests (id, {', '.join(COLUMNS)}) VALUES ({int(base)} + {mark}, {marks})"
        " ON CONFLICT DO NOTHING"
    )


def _clean(values: list[Any]) -> list[Any]:
    return [codec.clean_text(v) if isinstance(v, str) else v for v in values]


class _Writer:
    """Inserts batches of flat rows: finds the stream rows, gives each stream its id (looked up or
    created, remembered once committed) and runs each stream's lines as one ``executemany``."""

    def __init__(self, write_tx: WriteTx, dialect: sa.Dialect, host: str) -> None:
        self.write_tx = write_tx
        self.dialect = dialect
        self.host = host
        self.stream: tuple[str, str] | None = None  # the stream of the next data row
        self.known: dict[str, int] = {}  # source_id -> stream id, for streams committed

    def insert(self, values: list[Any]) -> tuple[int, sa.Engine]:
        """Insert one batch in one transaction: (rows that were new, the engine that wrote them)."""
        try:
            return self._insert(values)
        except UnicodeEncodeError:
            pass  # text the driver refuses: clean every row and try once more
        except StoreError as exc:
            if not isinstance(exc.__cause__, sa_exc.DataError):
                raise
        return self._insert(_clean(values))

    def _insert(self, values: list[Any]) -> tuple[int, sa.Engine]:
        created: dict[str, int] = {}
        inserted = 0
        last = self.stream
        with self.write_tx("storing requests") as conn:
            for start, end, stream in self._segments(values, self.stream):
                # StorageRows puts a stream row before the first row of every batch it converts
                assert stream is not None, "insert rows before their stream row"
                last = stream
                sid, source = stream
                base = self.known.get(sid) or created.get(sid)
                if base is None:
                    base = created[sid] = _stream_id(conn, self.host, sid, source) << STREAM_SHIFT
                part = values if start == 0 and end == len(values) else values[start:end]
                inserted += _execute(conn, insert_sql(self.dialect, base), part)
            engine = conn.engine
        self.stream = last  # only once committed: a retry starts from the same stream
        self.known.update(created)
        return inserted, engine

    @staticmethod
    def _segments(
        values: list[Any], stream: tuple[str, str] | None
    ) -> Iterator[tuple[int, int, tuple[str, str] | None]]:
        """(start, end, stream) of each run of data rows of ``values``; the last run may be empty
        (it carries the stream that rows of the next batch continue)."""
        width = WIDTH
        firsts = values[::width]
        start = 0
        row = 0
        while True:
            try:
                row = firsts.index(None, row)
            except ValueError:
                yield start, len(values), stream
                return
            if row * width > start:
                yield start, row * width, stream
            at = row * width
            stream = (values[at + 1], values[at + 2])
            row += 1
            start = row * width


def _stream_id(conn: sa.Connection, host: str, source_id: str, source: str) -> int:
    """The id of the stream ``(host, source_id)``, created when new."""
    c = log_streams.c
    lookup = sa.select(c.id).where(c.host == host, c.source_id == source_id)
    found = conn.execute(lookup).scalar()
    if found is None:
        conn.execute(
            insert_ignore(conn, log_streams), [{"host": host, "source_id": source_id, "source": source}]
        )
        found = conn.execute(lookup).scalar_one()
    return int(found)


def add(
    write_tx: WriteTx,
    dialect: sa.Dialect,
    requests: Iterable[Request],
    host: str,
    batch_size: int,
) -> int:
    """Insert requests batch by batch; the number of rows that were new."""
    convert = StorageRows(host, native_time=dialect.name == "postgresql")
    size = max(1, batch_size)
    if isinstance(requests, RowBatchSource):
        batches = requests.row_batches(convert)
    else:
        batches = map(convert.requests, _batches(requests, size))
    writer = _Writer(write_tx, dialect, host)
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
                batch = _take_rows(chunks, step, buffered)
                buffered -= len(batch)
                count, engine = writer.insert(batch)
                inserted += count
                if not helping:  # more than one transaction: a bulk write
                    bulk.enter_context(background_checkpoints(engine))
                    helping = True
        if buffered:
            inserted += writer.insert(_take(chunks, buffered))[0]
    return inserted


def _take_rows(chunks: deque[list[Any]], step: int, buffered: int) -> list[Any]:
    """The first ``step`` values of ``chunks`` and, for each stream row among them, one row more
    (as far as ``buffered`` values reach): a batch of ``step // WIDTH`` requests."""
    batch = _take(chunks, step)
    extra = batch[::WIDTH].count(None) * WIDTH
    while extra and (room := min(extra, buffered - len(batch))):
        more = _take(chunks, room)
        batch += more
        extra = extra - room + more[::WIDTH].count(None) * WIDTH
    return batch


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


def _execute(conn: sa.Connection, sql: str, values: list[Any]) -> int:
    """``executemany`` on the driver's cursor, over rows cut from the flat list as the driver asks
    for them: no list of row tuples is built (SQLAlchemy's ``exec_driver_sql`` wants one)."""
    if not values:
        return 0
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
