"""Attacker IPs: filled by correlation (``Store.upsert_attacker``), read by the API."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from webhunt.model import Reason
from webhunt.store import codec, cursor
from webhunt.store.records import MAX_LIMIT, AttackerQuery, AttackerRecord, LinkRole, Page
from webhunt.store.schema import attackers, finding_requests, requests
from webhunt.store.sql import insert_ignore

#: Findings listed per attacker (the attacker's timeline has everything).
MAX_FINDINGS_PER_ATTACKER = 100
_TAG = "attackers:-score"


def _request_span(conn: sa.Connection, host: str, ip: str) -> tuple[datetime | None, datetime | None]:
    row = conn.execute(
        sa.select(sa.func.min(requests.c.time), sa.func.max(requests.c.time)).where(
            requests.c.host == host, requests.c.client_ip == ip
        )
    ).one()
    return row[0], row[1]


def upsert(
    conn: sa.Connection,
    host: str,
    ip: str,
    reasons: Sequence[Reason],
    score: int,
    now: datetime,
    first_seen: datetime | None,
    last_seen: datetime | None,
) -> int:
    ip = codec.clip(ip, 64)
    if first_seen is None or last_seen is None:
        span_first, span_last = _request_span(conn, host, ip)
        first_seen = first_seen or span_first
        last_seen = last_seen or span_last
    existing = conn.execute(
        sa.select(attackers.c.id, attackers.c.reasons).where(attackers.c.host == host, attackers.c.ip == ip)
    ).first()
    if existing is None:
        stmt = (
            insert_ignore(conn, attackers)
            .values(
                host=host,
                ip=ip,
                first_seen=first_seen,
                last_seen=last_seen,
                reasons=codec.reasons_to_json(reasons),
                score=int(score),
                updated=now,
            )
            .returning(attackers.c.id)
        )
        new_id = conn.execute(stmt).scalar_one_or_none()
        if new_id is not None:
            return int(new_id)
        existing = conn.execute(
            sa.select(attackers.c.id, attackers.c.reasons).where(
                attackers.c.host == host, attackers.c.ip == ip
            )
        ).one()
    merged = codec.merge_reasons(codec.reasons_from_json(existing.reasons), reasons)
    conn.execute(
        sa.update(attackers)
        .where(attackers.c.id == existing.id)
        .values(
            first_seen=first_seen,
            last_seen=last_seen,
            reasons=codec.reasons_to_json(merged),
            score=int(score),
            updated=now,
        )
    )
    return int(existing.id)


def _details(conn: sa.Connection, row: Any) -> AttackerRecord:
    count = conn.execute(
        sa.select(sa.func.count())
        .select_from(requests)
        .where(requests.c.host == row["host"], requests.c.client_ip == row["ip"])
    ).scalar_one()
    linked = conn.execute(
        sa.select(finding_requests.c.finding_id)
        .join(requests, requests.c.id == finding_requests.c.request_id)
        .where(
            requests.c.client_ip == row["ip"],
            requests.c.host == row["host"],
            finding_requests.c.role.in_([LinkRole.PLANTING.value, LinkRole.USE.value]),
        )
        .group_by(finding_requests.c.finding_id)
        .order_by(finding_requests.c.finding_id)
        .limit(MAX_FINDINGS_PER_ATTACKER)
    ).scalars()
    return codec.attacker_record(row, int(count), tuple(int(f) for f in linked))


def list_page(conn: sa.Connection, q: AttackerQuery) -> Page[AttackerRecord]:
    stmt = sa.select(attackers)
    if q.host is not None:
        stmt = stmt.where(attackers.c.host == q.host)
    if q.min_score is not None:
        stmt = stmt.where(attackers.c.score >= q.min_score)
    if q.cursor:
        value, last_id = cursor.decode(q.cursor, _TAG, "i")
        stmt = stmt.where(sa.tuple_(attackers.c.score, attackers.c.id) < (value, last_id))
    limit = max(1, min(q.limit, MAX_LIMIT))
    stmt = stmt.order_by(attackers.c.score.desc(), attackers.c.id.desc()).limit(limit + 1)
    rows = conn.execute(stmt).mappings().all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = tuple(_details(conn, row) for row in rows)
    next_cursor = cursor.encode(_TAG, rows[-1]["score"], rows[-1]["id"]) if more else None
    return Page(items, next_cursor)


def get(conn: sa.Connection, ip: str, host: str | None) -> tuple[AttackerRecord, ...]:
    stmt = sa.select(attackers).where(attackers.c.ip == ip)
    if host is not None:
        stmt = stmt.where(attackers.c.host == host)
    rows = conn.execute(stmt.order_by(attackers.c.host)).mappings().all()
    return tuple(_details(conn, row) for row in rows)
