"""Writing findings: deduplicating upsert, triage, resolution of files that are gone or replaced.

Lifecycle rules (see docs/design.md, "Identity and lifecycle"):

- A finding is ``(host, kind, path, sha256)``. Seeing it again updates ``last_seen``, score,
  severity, metadata, and merges reasons by id (the new scan's reason wins); it never adds a row.
- Analyst triage (``confirmed``, ``false_positive``) survives re-scans untouched.
- A ``resolved`` finding whose identical file comes back (same path, same content) is reopened as
  ``new`` by ``webhunt`` with the note "reappeared": a shell that returns must be looked at again.
- Files that are gone (``resolve_missing``) or whose content changed (``resolve_changed``) are
  resolved unless an analyst marked them ``false_positive`` (that verdict stays as it was).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from webhunt.model import Finding, FindingKind, Status
from webhunt.store import codec
from webhunt.store.errors import RecordNotFound
from webhunt.store.records import BOUNDS
from webhunt.store.schema import finding_rules, findings
from webhunt.store.sql import chunks, insert_ignore

SYSTEM_USER = "webhunt"
NOTE_GONE = "file gone"
NOTE_CHANGED = "file content changed (restored or replaced)"
NOTE_REAPPEARED = "reappeared after being resolved"

_RESOLVABLE = (Status.NEW.value, Status.CONFIRMED.value)


def _content_values(f: Finding) -> dict[str, Any]:
    """Columns that describe what was seen (everything but identity, lifecycle and times)."""
    return {
        "relpath": codec.clean_text(f.relpath),
        "root": codec.clean_text(f.root),
        "language": f.language.value if f.language is not None else None,
        "severity": int(f.severity),
        "score": max(0, min(int(f.score), 100)),
        "size": f.size,
        "mtime": f.mtime,
        "ctime": f.ctime,
    }


def _identity(f: Finding, default_host: str) -> tuple[str, str, str, str]:
    path = codec.clean_text(f.path)
    sha = codec.clip(f.sha256, 64)
    host = codec.clip(f.host or default_host, 255)
    return (host, FindingKind(f.kind).value, codec.path_hash(path), sha)


_IDENTITY = sa.and_(
    findings.c.host == sa.bindparam("i_host"),
    findings.c.kind == sa.bindparam("i_kind"),
    findings.c.path_hash == sa.bindparam("i_path_hash"),
    findings.c.sha256 == sa.bindparam("i_sha256"),
)
_SELECT = sa.select(findings.c.id, findings.c.reasons, findings.c.status).where(_IDENTITY)


@functools.cache
def _insert_stmt(dialect: str) -> Any:
    cols = [c.name for c in findings.c if c.name != "id"]
    values = {name: sa.bindparam(name, type_=findings.c[name].type) for name in cols}
    return insert_ignore(dialect, findings).values(values).returning(findings.c.id)


@functools.cache
def _update_stmt(keys: frozenset[str]) -> Any:
    values = {k: sa.bindparam(f"u_{k}", type_=findings.c[k].type) for k in sorted(keys)}
    return sa.update(findings).where(findings.c.id == sa.bindparam("u_id")).values(values)


def upsert(
    conn: sa.Connection, f: Finding, scan_id: int | None, now: datetime, default_host: str
) -> tuple[int, bool]:
    """Insert or refresh ``f``; (id, created). ``default_host`` stands in for an empty f.host."""
    host, kind, phash, sha = _identity(f, default_host)
    ident = {"i_host": host, "i_kind": kind, "i_path_hash": phash, "i_sha256": sha}
    existing = conn.execute(_SELECT, ident).first()
    if existing is None:
        values = {
            **_content_values(f),
            "host": host,
            "kind": kind,
            "path": codec.clean_text(f.path),
            "path_hash": phash,
            "sha256": sha,
            "status": Status.NEW.value,
            "reasons": codec.reasons_to_json(f.reasons),
            "change": f.change.value if f.change is not None else None,
            "diff": codec.bound_diff(f.diff),
            "inserted": codec.inserted_to_json(f.inserted),
            "first_seen": now,
            "last_seen": now,
            "client_ip": f.client_ip,
            "scan_id": scan_id,
            "status_by": None,
            "status_at": None,
            "status_note": None,
            "planted_by": None,
        }
        new_id = conn.execute(_insert_stmt(conn.dialect.name), values).scalar_one_or_none()
        if new_id is not None:
            _add_rules(conn, new_id, f.rules)
            return int(new_id), True
        # Another writer inserted the same identity between our SELECT and INSERT.
        existing = conn.execute(_SELECT, ident).one()
    fid = int(existing.id)
    merged = codec.merge_reasons(codec.reasons_from_json(existing.reasons), f.reasons)
    update: dict[str, Any] = {
        **_content_values(f),
        "reasons": codec.reasons_to_json(merged),
        "last_seen": now,
    }
    if scan_id is not None:
        update["scan_id"] = scan_id
    if f.change is not None:
        update["change"] = f.change.value
    if f.diff:
        update["diff"] = codec.bound_diff(f.diff)
    if f.inserted:
        update["inserted"] = codec.inserted_to_json(f.inserted)
    if f.client_ip is not None:
        update["client_ip"] = f.client_ip
    if existing.status == Status.RESOLVED.value:
        update.update(
            status=Status.NEW.value, status_by=SYSTEM_USER, status_at=now, status_note=NOTE_REAPPEARED
        )
    params = {f"u_{k}": v for k, v in update.items()}
    params["u_id"] = fid
    conn.execute(_update_stmt(frozenset(update)), params)
    _add_rules(conn, fid, f.rules)
    return fid, False


def _add_rules(conn: sa.Connection, finding_id: int, rules: Iterable[str]) -> None:
    values = [{"finding_id": finding_id, "rule": codec.clip(r, 200)} for r in set(rules)]
    if values:
        conn.execute(_rules_stmt(conn.dialect.name), values)


@functools.cache
def _rules_stmt(dialect: str) -> Any:
    return insert_ignore(dialect, finding_rules)


def triage(conn: sa.Connection, finding_id: int, status: Status, by: str, note: str, now: datetime) -> None:
    result = conn.execute(
        sa.update(findings)
        .where(findings.c.id == finding_id)
        .values(
            status=Status(status).value,
            status_by=codec.clean_text(codec.clip(by, 255)),
            status_at=now,
            status_note=codec.clean_text(codec.clip(note, BOUNDS.note)),
        )
    )
    if result.rowcount == 0:
        raise RecordNotFound(f"no finding with id {finding_id}")


def _resolve(conn: sa.Connection, ids: list[int], note: str, scan_id: int, now: datetime) -> int:
    for part in chunks(ids, 500):
        conn.execute(
            sa.update(findings)
            .where(findings.c.id.in_(part))
            .values(
                status=Status.RESOLVED.value,
                status_by=SYSTEM_USER,
                status_at=now,
                status_note=note,
                scan_id=scan_id,
            )
        )
    return len(ids)


def _open_file_findings(conn: sa.Connection, host: str, root: str) -> sa.Result[Any]:
    return conn.execute(
        sa.select(findings.c.id, findings.c.path, findings.c.sha256).where(
            findings.c.host == host,
            findings.c.root == root,
            findings.c.kind == FindingKind.FILE.value,
            findings.c.status.in_(_RESOLVABLE),
        )
    )


def resolve_missing(
    conn: sa.Connection,
    host: str,
    root: str,
    present_paths: set[str],
    scan_id: int,
    now: datetime,
) -> int:
    gone = [row.id for row in _open_file_findings(conn, host, root) if row.path not in present_paths]
    return _resolve(conn, gone, NOTE_GONE, scan_id, now)


def resolve_changed(
    conn: sa.Connection,
    host: str,
    root: str,
    current: Mapping[str, str],
    scan_id: int,
    now: datetime,
) -> int:
    changed = [
        row.id
        for row in _open_file_findings(conn, host, root)
        if row.path in current and current[row.path] != row.sha256
    ]
    return _resolve(conn, changed, NOTE_CHANGED, scan_id, now)
