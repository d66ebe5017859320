"""Scan runs: one row per scan/diff/logs/hunt/watch run, with progress and problems."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from webhunt.store import codec
from webhunt.store.errors import InvalidQuery, RecordNotFound
from webhunt.store.records import BOUNDS, ScanKind, ScanRecord, ScanStatus
from webhunt.store.schema import findings, scans


def _enum(kind: type[ScanKind] | type[ScanStatus], value: str, what: str) -> str:
    try:
        return kind(value).value
    except ValueError:
        names = ", ".join(k.value for k in kind)
        raise InvalidQuery(f"unknown {what} {value!r} (expected one of: {names})") from None


def start(conn: sa.Connection, host: str, root: str, kind: str, ruleset_version: str, now: datetime) -> int:
    result = conn.execute(
        sa.insert(scans)
        .values(
            host=host,
            root=codec.clean_text(root),
            kind=_enum(ScanKind, kind, "scan kind"),
            started=now,
            status=ScanStatus.RUNNING.value,
            problems=[],
            ruleset_version=codec.clip(ruleset_version, 256),
        )
        .returning(scans.c.id)
    )
    return int(result.scalar_one())


def update(
    conn: sa.Connection,
    scan_id: int,
    *,
    files_total: int | None,
    files_done: int | None,
    status: str | None,
    problems: list[str] | None,
    now: datetime,
) -> None:
    values: dict[str, Any] = {}
    if files_total is not None:
        values["files_total"] = files_total
    if files_done is not None:
        values["files_done"] = files_done
    if status is not None:
        values["status"] = _enum(ScanStatus, status, "scan status")
        if status != ScanStatus.RUNNING:
            values["finished"] = now
            values["findings"] = _count_findings(conn, scan_id)
    if problems is not None:
        values["problems"] = [codec.clean_text(codec.clip(p, 2000)) for p in problems][: BOUNDS.problems]
    if not values:
        _require(conn, scan_id)
        return
    result = conn.execute(sa.update(scans).where(scans.c.id == scan_id).values(**values))
    if result.rowcount == 0:
        raise RecordNotFound(f"no scan with id {scan_id}")


def _require(conn: sa.Connection, scan_id: int) -> None:
    if conn.execute(sa.select(scans.c.id).where(scans.c.id == scan_id)).first() is None:
        raise RecordNotFound(f"no scan with id {scan_id}")


def _count_findings(conn: sa.Connection, scan_id: int) -> int:
    count = conn.execute(
        sa.select(sa.func.count()).select_from(findings).where(findings.c.scan_id == scan_id)
    ).scalar_one()
    return int(count)


def get(conn: sa.Connection, scan_id: int) -> ScanRecord | None:
    row = conn.execute(sa.select(scans).where(scans.c.id == scan_id)).mappings().first()
    if row is None:
        return None
    live = _count_findings(conn, scan_id) if row["status"] == ScanStatus.RUNNING.value else None
    return codec.scan_record(row, live)
