"""Build the incident story (the same document ``hunt --format json`` prints) from the store, so a
report can be written at any time: after several scans, log ingests, or from the guard's store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from webhunt import __version__
from webhunt.model import FindingKind, Severity, Status, iso
from webhunt.store import (
    AttackerQuery,
    FindingQuery,
    FindingRecord,
    LinkRole,
    RequestRecord,
    Store,
)

MAX_TIMELINE = 5000
_PAGE = 500


def _utc(t: datetime) -> str:
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _req(r: RequestRecord, role: str = "", note: str = "") -> dict[str, Any]:
    return {
        "time": _utc(r.time),
        "ip": r.client_ip,
        "method": r.method,
        "path": r.path,
        "query": r.query,
        "status": r.status,
        "bytes": r.bytes_sent,
        "user_agent": r.user_agent,
        "referer": r.referer,
        "role": role,
        "note": note,
    }


def _findings(store: Store, query: FindingQuery) -> Iterator[FindingRecord]:
    cursor: str | None = None
    while True:
        page = store.list_findings(replace(query, cursor=cursor, limit=_PAGE))
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def build_story(
    store: Store,
    *,
    host: str | None = None,
    root: str | None = None,
    min_severity: Severity = Severity.MEDIUM,
    include_false_positives: bool = False,
) -> dict[str, Any]:
    statuses = tuple(s for s in Status if include_false_positives or s is not Status.FALSE_POSITIVE)
    base = FindingQuery(min_severity=min_severity, host=host, path_prefix=root, status=statuses)
    files: list[dict[str, Any]] = []
    planted: dict[int, str] = {}  # request id -> relpath it planted
    used: dict[int, str] = {}  # request id -> relpath it reached
    for rec in _findings(store, replace(base, kind=FindingKind.FILE)):
        detail = store.get_finding(rec.id)
        if detail is None:
            continue
        reqs = sorted((lr.request for lr in detail.requests), key=lambda r: r.time)
        ips = sorted({lr.request.client_ip for lr in detail.requests if lr.role is not LinkRole.ACCESS})
        for lr in detail.requests:
            used[lr.request.id] = rec.relpath
        p = detail.planting
        if p is not None:
            planted[p.id] = rec.relpath
        files.append(
            {
                "id": rec.id,
                "relpath": rec.relpath,
                "path": rec.path,
                "severity": rec.severity.label,
                "score": rec.score,
                "status": rec.status.value,
                "language": rec.language.value if rec.language else None,
                "sha256": rec.sha256,
                "size": rec.size,
                "mtime": iso(rec.mtime),
                "ctime": iso(rec.ctime),
                "change": rec.change.value if rec.change else None,
                "reasons": [r.to_dict() for r in rec.reasons],
                "inserted": [list(x) for x in detail.inserted],
                "diff": detail.diff,
                "requests_count": detail.requests_total,
                "first_request": _utc(reqs[0].time) if reqs else None,
                "last_request": _utc(reqs[-1].time) if reqs else None,
                "attacker_ips": ips,
                "planted_by": None
                if p is None
                else {
                    "time": _utc(p.time),
                    "ip": p.client_ip,
                    "method": p.method,
                    "path": p.path,
                    "status": p.status,
                    "why": "recorded by correlation",
                },
            }
        )
    logs = [
        {
            "path": rec.path,
            "severity": rec.severity.label,
            "score": rec.score,
            "reasons": [r.to_dict() for r in rec.reasons],
        }
        for rec in _findings(store, replace(base, kind=FindingKind.LOG))
    ]
    attackers = []
    for a in store.attackers(AttackerQuery(host=host, limit=_PAGE)).items:
        timeline: list[dict[str, Any]] = []
        cursor: str | None = None
        while len(timeline) < MAX_TIMELINE:
            page = store.timeline(a.ip, limit=_PAGE, cursor=cursor, host=a.host)
            for r in page.items:
                if r.id in planted:
                    timeline.append(_req(r, "upload", f"planted {planted[r.id]}"))
                elif r.id in used:
                    timeline.append(_req(r, "shell", f"request to {used[r.id]}"))
                elif r.status in (401, 403, 404):
                    timeline.append(_req(r, "recon"))
                elif r.method == "POST":
                    timeline.append(_req(r, "exploit"))
                else:
                    timeline.append(_req(r, "other"))
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        attackers.append(
            {
                "ip": a.ip,
                "host": a.host,
                "reasons": [r.description for r in a.reasons],
                "score": a.score,
                "first_seen": _utc(a.first_seen) if a.first_seen else None,
                "last_seen": _utc(a.last_seen) if a.last_seen else None,
                "requests": a.requests,
                "timeline": timeline,
            }
        )
    return {
        "webhunt_version": __version__,
        "generated": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "host": host or "all hosts",
        "root": root,
        "baseline": None,
        "logs": [],
        "min_severity": min_severity.label,
        "scan": None,
        "diff": None,
        "logs_summary": None,
        "findings": files,
        "log_detections": logs,
        "attackers": attackers,
        "store": store.url,
    }
