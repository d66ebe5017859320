"""Writing requests (access-log lines) fast, and linking them to findings.

``add_requests`` streams: it holds one batch in memory, inserts it with a single prepared
``INSERT ... ON CONFLICT DO NOTHING`` executed over the whole batch (one transaction per batch), so
re-ingesting a log adds nothing: a request's identity is ``(host, source_id, line_no)``. Requests
without a ``source_id`` get a fresh one per call (they can then not be deduplicated later).

Indexed text (the URL path) is cut to ``BOUNDS.indexed_bytes`` UTF-8 bytes; free-form fields to
``BOUNDS.text`` characters. Rows the driver refuses as text (NUL characters on PostgreSQL, lone
surrogates) are cleaned and the batch retried.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from webhunt.errors import StoreError
from webhunt.model import Request
from webhunt.store import codec
from webhunt.store.errors import InvalidQuery, RecordNotFound
from webhunt.store.records import BOUNDS, LinkRole
from webhunt.store.schema import finding_requests, findings
from webhunt.store.sql import chunks, insert_ignore

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
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
#: Paths shorter than this many characters can never exceed the indexed byte bound.
_SAFE_PATH = BOUNDS.indexed_bytes // 4
_TEXT = BOUNDS.text

Row = tuple[Any, ...]
WriteTx = Callable[[str], AbstractContextManager[sa.Connection]]


def insert_sql(dialect: sa.Dialect) -> str:
    marks = ", ".join(["?" if dialect.paramstyle == "qmark" else "%s"] * len(_COLUMNS))
    return f"INSERT INTO requests ({', '.join(_COLUMNS)}) VALUES ({marks}) ON CONFLICT DO NOTHING"


def _rows(requests: Iterable[Request], host: str, native_time: bool) -> Iterator[Row]:
    anon = ""
    seq = 0
    text = _TEXT
    for r in requests:
        t = r.time
        if t.tzinfo is None:
            t = t.replace(tzinfo=UTC)
        path = r.path
        if len(path) > _SAFE_PATH:
            path = codec.clip_bytes(path, BOUNDS.indexed_bytes)
        source_id = r.source_id
        line_no = r.line_no
        if not source_id:
            if not anon:
                anon = f"anon:{uuid.uuid4().hex}"
            seq += 1
            source_id, line_no = anon, seq
        ua = r.user_agent
        ref = r.referer
        query = r.query
        yield (
            host,
            t if native_time else (t - _EPOCH) // _US,
            r.client_ip[:64],
            r.method[:32],
            path,
            query if len(query) <= text else query[:text],
            r.status,
            r.bytes_sent,
            ref if len(ref) <= text else ref[:text],
            ua if len(ua) <= text else ua[:text],
            r.vhost[:255],
            r.protocol[:32],
            r.source,
            source_id,
            line_no,
        )


def _clean_row(row: Row) -> Row:
    return tuple(codec.clean_text(v) if isinstance(v, str) else v for v in row)


def add(
    write_tx: WriteTx,
    dialect: sa.Dialect,
    requests: Iterable[Request],
    host: str,
    batch_size: int,
) -> int:
    """Insert requests batch by batch; the number of rows that were new."""
    sql = insert_sql(dialect)
    native_time = dialect.name == "postgresql"
    size = max(1, batch_size)
    inserted = 0
    batch: list[Row] = []
    for row in _rows(requests, host, native_time):
        batch.append(row)
        if len(batch) >= size:
            inserted += _insert_batch(write_tx, sql, batch)
            batch = []
    if batch:
        inserted += _insert_batch(write_tx, sql, batch)
    return inserted


def _insert_batch(write_tx: WriteTx, sql: str, batch: list[Row]) -> int:
    try:
        with write_tx("storing requests") as conn:
            return _execute(conn, sql, batch)
    except UnicodeEncodeError:
        pass  # text the driver refuses: clean every row and try once more
    except StoreError as exc:
        if not isinstance(exc.__cause__, sa_exc.DataError):
            raise
    cleaned = [_clean_row(r) for r in batch]
    with write_tx("storing requests") as conn:
        return _execute(conn, sql, cleaned)


def _execute(conn: sa.Connection, sql: str, batch: list[Row]) -> int:
    result = conn.exec_driver_sql(sql, batch)
    return max(result.rowcount, 0)


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
