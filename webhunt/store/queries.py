"""Read queries behind the API: filtered, keyset-paginated, index-backed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from webhunt.model import Severity, Status
from webhunt.store import codec, cursor
from webhunt.store.records import (
    MAX_LIMIT,
    FindingDetail,
    FindingQuery,
    FindingRecord,
    FindingSort,
    LinkedRequest,
    LinkRole,
    Page,
    RequestQuery,
    RequestRecord,
    Stats,
    TimeOrder,
)
from webhunt.store.schema import (
    PATH_FTS_TABLE,
    attackers,
    finding_requests,
    finding_rules,
    findings,
    hosts,
    request_columns,
    requests_with_streams,
    scans,
)
from webhunt.store.schema import requests as requests_t

_LIKE_ESCAPE = "\\"

#: SQLite: a path filter that at most this many findings can match (as the path indexes of migration
#: 0004 count, up to this bound) reads those findings by id and sorts them: at most ~5 ms of CPU on the
#: benchmark store (100,000 findings), where reading every finding in sort order until the page is full
#: took 20-65 ms for 111 to 1 matches. Past the bound the findings are read in sort order, as without
#: the indexes: with the matches spread through that order the page fills within ~5,000 rows (< 7 ms).
#: Counting up to the bound costs 0.2-2 ms.
MAX_PATH_CANDIDATES = 1000
#: The trigram tokenizer indexes runs of three characters: a shorter substring cannot be looked up.
_MIN_FTS_CHARS = 3
_path_fts = sa.table(PATH_FTS_TABLE, sa.column("rowid", sa.Integer))

#: Requests returned with one finding's detail (``requests_total`` counts all of them).
MAX_DETAIL_REQUESTS = 200

_LIST_COLUMNS = [c for c in findings.c if c.name not in ("diff", "inserted", "path_hash")]
_SORT_KIND = {
    "severity": "i",
    "score": "i",
    "last_seen": "t",
    "first_seen": "t",
    "id": "i",
}


def bounded(limit: int) -> int:
    """Page sizes stay within 1..MAX_LIMIT whatever the caller asks."""
    return max(1, min(int(limit), MAX_LIMIT))


def _finding_filters(q: FindingQuery, dialect: str) -> list[sa.ColumnElement[bool]]:
    conds: list[sa.ColumnElement[bool]] = []
    if q.min_severity is not None:
        conds.append(findings.c.severity >= int(q.min_severity))
    if q.status:
        conds.append(findings.c.status.in_([Status(s).value for s in q.status]))
    if q.host is not None:
        conds.append(findings.c.host == q.host)
    if q.kind is not None:
        conds.append(findings.c.kind == q.kind.value)
    if q.path_prefix:
        conds.append(_path_prefix(q.path_prefix, dialect))
    if q.rule is not None:
        conds.append(
            findings.c.id.in_(sa.select(finding_rules.c.finding_id).where(finding_rules.c.rule == q.rule))
        )
    if q.language is not None:
        conds.append(findings.c.language == q.language.value)
    if q.since is not None:
        conds.append(findings.c.last_seen >= q.since)
    if q.until is not None:
        conds.append(findings.c.first_seen <= q.until)
    if q.q:
        # ILIKE on PostgreSQL (served by the trigram index of migration 0003), lower() LIKE on SQLite.
        conds.append(findings.c.path.ilike(f"%{escape_like(q.q)}%", escape=_LIKE_ESCAPE))
    return conds


def _path_prefix(prefix: str, dialect: str) -> sa.ColumnElement[bool]:
    """The path starts with ``prefix``, case-sensitively.

    PostgreSQL's LIKE is case-sensitive and the trigram index serves it (a prefix held by few paths
    is found without reading the others); SQLite's LIKE ignores case, so SQLite compares a substring.
    """
    if dialect == "postgresql":
        return findings.c.path.like(f"{escape_like(prefix)}%", escape=_LIKE_ESCAPE)
    return sa.func.substr(findings.c.path, 1, len(prefix)) == prefix


def _path_candidates(conn: sa.Connection, q: FindingQuery) -> list[int] | None:
    """SQLite: the ids of every finding that may match ``q.q`` and ``q.path_prefix``, when an index of
    migration 0004 finds at most ``MAX_PATH_CANDIDATES`` of them; else None.

    Those findings are then read by id and sorted, instead of reading every finding in sort order
    until the page is full: what a filter that many findings match still does (its page fills early;
    reading and sorting all its findings would cost more). A prefix is a range of ``ix_findings_path``;
    a substring is a phrase of the full-text table, which ignores case (of more letters than ``lower``
    does): a superset, so the conditions of ``_finding_filters`` still decide. When both filters are
    given, each list that is short enough narrows the other.
    """
    if conn.dialect.name != "sqlite":
        return None
    found: set[int] | None = None
    for lookup in (_prefix_lookup(q.path_prefix), _substring_lookup(conn, q.q)):
        if lookup is None:
            continue
        ids = conn.execute(lookup.limit(MAX_PATH_CANDIDATES + 1)).scalars().all()
        if len(ids) <= MAX_PATH_CANDIDATES:
            found = set(ids) if found is None else found & set(ids)
    return None if found is None else sorted(found)


def _prefix_lookup(prefix: str | None) -> sa.Select[int] | None:
    bounds = prefix_range(prefix) if prefix else None
    if not prefix or bounds is None:
        return None
    low, high = bounds
    path = findings.c.path
    return sa.select(findings.c.id).where(path >= low, path < high, _path_prefix(prefix, "sqlite"))


def _substring_lookup(conn: sa.Connection, text: str | None) -> sa.Select[int] | None:
    # FTS5 reads its query as a C string: a NUL would cut the phrase short.
    if text is None or len(text) < _MIN_FTS_CHARS or "\x00" in text or not _has_path_fts(conn):
        return None
    phrase = '"' + text.replace('"', '""') + '"'
    return sa.select(_path_fts.c.rowid).where(sa.literal_column(PATH_FTS_TABLE).op("MATCH")(phrase))


def _has_path_fts(conn: sa.Connection) -> bool:
    """Whether this SQLite store has the full-text table (its library may lack FTS5's trigrams)."""
    found = conn.execute(
        sa.text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": PATH_FTS_TABLE},
    )
    return found.first() is not None


def prefix_range(prefix: str) -> tuple[str, str] | None:
    """``(low, high)``: every text that starts with ``prefix`` is ``>= low`` and ``< high`` in SQLite's
    BINARY order (UTF-8 bytes, that is code points). ``high`` increments the last character that can
    be (a shorter prefix, a wider range); None when none can."""
    stem = prefix
    while stem:
        following = ord(stem[-1]) + 1
        if 0xD800 <= following <= 0xDFFF:  # surrogates are not text: skip to the next code point
            following = 0xE000
        if following <= 0x10FFFF:
            return prefix, stem[:-1] + chr(following)
        stem = stem[:-1]
    return None


def escape_like(text: str) -> str:
    """``text`` for a LIKE pattern whose escape character is ``\\``: ``%``, ``_`` and ``\\`` literal."""
    escaped = text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2)
    for special in ("%", "_"):
        escaped = escaped.replace(special, _LIKE_ESCAPE + special)
    return escaped


def _plan_for_values(conn: sa.Connection) -> None:
    """PostgreSQL: plan this transaction's queries for their actual filter values.

    The driver prepares a statement run five times on a connection, and PostgreSQL may then switch
    to a generic plan, chosen without the values: for ``q`` it would always take the trigram index,
    even for a substring in every path or one too short for trigrams (over 100 ms instead of under 1
    on the benchmark store). Planning anew costs well under a millisecond.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")


def _keyset(
    column: sa.ColumnElement[Any],
    id_column: sa.ColumnElement[Any],
    descending: bool,
    after: tuple[Any, int] | None,
    same: bool = False,
) -> tuple[list[sa.ColumnElement[bool]], list[Any]]:
    """WHERE and ORDER BY for keyset pagination over ``(column, id)``."""
    where: list[sa.ColumnElement[bool]] = []
    if after is not None:
        value, last_id = after
        if same:
            where.append(id_column < last_id if descending else id_column > last_id)
        else:
            left = sa.tuple_(column, id_column)
            where.append(left < (value, last_id) if descending else left > (value, last_id))
    if same:
        order = [id_column.desc() if descending else id_column.asc()]
    elif descending:
        order = [column.desc(), id_column.desc()]
    else:
        order = [column.asc(), id_column.asc()]
    return where, order


def list_findings(conn: sa.Connection, q: FindingQuery) -> Page[FindingRecord]:
    sort = FindingSort(q.sort)
    name = sort.column
    tag = f"findings:{sort.value}"
    after = cursor.decode(q.cursor, tag, _SORT_KIND[name]) if q.cursor else None
    where, order = _keyset(findings.c[name], findings.c.id, sort.descending, after, same=name == "id")
    limit = bounded(q.limit)
    _plan_for_values(conn)
    filters = _finding_filters(q, conn.dialect.name)
    candidates = _path_candidates(conn, q)
    if candidates is not None:
        filters.append(findings.c.id.in_(candidates))
    stmt = sa.select(*_LIST_COLUMNS).where(*filters, *where).order_by(*order).limit(limit + 1)
    rows = conn.execute(stmt).mappings().all()
    more = len(rows) > limit
    records = tuple(codec.finding_record(r) for r in rows[:limit])
    next_cursor = None
    if more and records:
        last = records[-1]
        value = last.id if name == "id" else getattr(last, name)
        next_cursor = cursor.encode(tag, int(value) if name == "severity" else value, last.id)
    return Page(records, next_cursor)


def _requests_page(
    conn: sa.Connection,
    conds: list[sa.ColumnElement[bool]],
    order: TimeOrder,
    limit: int,
    after_cursor: str | None,
    tag: str,
) -> Page[RequestRecord]:
    limit = bounded(limit)
    descending = TimeOrder(order) is TimeOrder.DESC
    tag = f"{tag}:{TimeOrder(order).value}"
    after = cursor.decode(after_cursor, tag, "t") if after_cursor else None
    where, order_by = _keyset(requests_t.c.time, requests_t.c.id, descending, after)
    stmt = (
        sa.select(*request_columns())
        .select_from(requests_with_streams())
        .where(*conds, *where)
        .order_by(*order_by)
        .limit(limit + 1)
    )
    rows = conn.execute(stmt).mappings().all()
    more = len(rows) > limit
    records = tuple(codec.request_record(r) for r in rows[:limit])
    next_cursor = None
    if more and records:
        next_cursor = cursor.encode(tag, records[-1].time, records[-1].id)
    return Page(records, next_cursor)


def list_requests(conn: sa.Connection, q: RequestQuery) -> Page[RequestRecord]:
    c = requests_t.c
    conds: list[sa.ColumnElement[bool]] = []
    if q.ip is not None:
        conds.append(c.client_ip == q.ip)
    if q.path is not None:
        conds.append(c.path == q.path)
    if q.method is not None:
        conds.append(c.method == q.method.upper())
    if q.status is not None:
        conds.append(c.status == q.status)
    if q.host is not None:
        conds.append(c.host == q.host)
    if q.since is not None:
        conds.append(c.time >= q.since)
    if q.until is not None:
        conds.append(c.time <= q.until)
    return _requests_page(conn, conds, q.order, q.limit, q.cursor, "requests")


def timeline(
    conn: sa.Connection,
    ip: str,
    since: datetime | None,
    until: datetime | None,
    limit: int,
    after_cursor: str | None,
    host: str | None,
) -> Page[RequestRecord]:
    c = requests_t.c
    conds: list[sa.ColumnElement[bool]] = [c.client_ip == ip]
    if host is not None:
        conds.append(c.host == host)
    if since is not None:
        conds.append(c.time >= since)
    if until is not None:
        conds.append(c.time <= until)
    return _requests_page(conn, conds, TimeOrder.ASC, limit, after_cursor, "timeline")


def get_finding(conn: sa.Connection, finding_id: int) -> FindingDetail | None:
    row = conn.execute(sa.select(findings).where(findings.c.id == finding_id)).mappings().first()
    if row is None:
        return None
    record = codec.finding_record(row)
    linked = conn.execute(
        sa.select(finding_requests.c.role, *request_columns())
        .select_from(requests_with_streams())
        .join(finding_requests, requests_t.c.id == finding_requests.c.request_id)
        .where(finding_requests.c.finding_id == finding_id)
        .order_by(requests_t.c.time, requests_t.c.id)
        .limit(MAX_DETAIL_REQUESTS)
    ).mappings()
    links = tuple(LinkedRequest(LinkRole(r["role"]), codec.request_record(r)) for r in linked)
    total = conn.execute(
        sa.select(sa.func.count())
        .select_from(finding_requests)
        .where(finding_requests.c.finding_id == finding_id)
    ).scalar_one()
    planting = None
    if record.planted_by is not None:
        prow = (
            conn.execute(
                sa.select(*request_columns())
                .select_from(requests_with_streams())
                .where(requests_t.c.id == record.planted_by)
            )
            .mappings()
            .first()
        )
        planting = codec.request_record(prow) if prow is not None else None
    return FindingDetail(
        finding=record,
        diff=row["diff"],
        inserted=codec.inserted_from_json(row["inserted"]),
        requests=links,
        requests_total=int(total),
        planting=planting,
    )


def get_finding_record(conn: sa.Connection, finding_id: int) -> FindingRecord | None:
    row = conn.execute(sa.select(*_LIST_COLUMNS).where(findings.c.id == finding_id)).mappings().first()
    return codec.finding_record(row) if row is not None else None


def _counts(conn: sa.Connection, column: sa.ColumnElement[Any]) -> dict[Any, int]:
    rows = conn.execute(sa.select(column, sa.func.count()).group_by(column)).all()
    return {key: int(n) for key, n in rows}


def _count(conn: sa.Connection, table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
    stmt = sa.select(sa.func.count()).select_from(table).where(*where)
    return int(conn.execute(stmt).scalar_one())


def stats(conn: sa.Connection) -> Stats:
    by_severity = {Severity(k).label: n for k, n in _counts(conn, findings.c.severity).items()}
    return Stats(
        findings_total=sum(by_severity.values()),
        by_severity=by_severity,
        by_status=_counts(conn, findings.c.status),
        by_host=_counts(conn, findings.c.host),
        by_kind=_counts(conn, findings.c.kind),
        requests_total=_count(conn, requests_t),
        attackers_total=_count(conn, attackers),
        scans_running=_count(conn, scans, scans.c.status == "running"),
        hosts=tuple(conn.execute(sa.select(hosts.c.name).order_by(hosts.c.name)).scalars()),
    )
