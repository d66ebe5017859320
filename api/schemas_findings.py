"""Finding models: list items, the detail with all evidence, triage input."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from webhunt.model import Status
from webhunt.store import FindingDetail, FindingRecord, LinkRole, RequestRecord

from .schemas import Out, ReasonOut, RequestOut, SeverityLabel

MAX_NOTE = 4000
MAX_BY = 255


def _ts(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, tz=UTC)


class FindingOut(Out):
    id: int
    host: str
    kind: str = Field(description="file | log | access")
    path: str = Field(description="file path on the host, or URL path for log findings")
    relpath: str
    root: str
    sha256: str
    language: str | None
    severity: SeverityLabel
    score: int = Field(ge=0, le=100)
    status: Status
    reasons: list[ReasonOut]
    change: str | None = Field(description="baseline change kind when the diff produced it")
    size: int | None
    mtime: datetime | None
    ctime: datetime | None
    first_seen: datetime
    last_seen: datetime
    status_by: str | None
    status_at: datetime | None
    status_note: str | None
    client_ip: str | None
    planted_by: int | None = Field(description="id of the request that most likely planted it")
    scan_id: int | None

    @classmethod
    def of(cls, f: FindingRecord) -> FindingOut:
        return cls(**_finding_fields(f))


def _finding_fields(f: FindingRecord) -> dict[str, Any]:
    return {
        "id": f.id,
        "host": f.host,
        "kind": f.kind.value,
        "path": f.path,
        "relpath": f.relpath,
        "root": f.root,
        "sha256": f.sha256,
        "language": f.language.value if f.language else None,
        "severity": SeverityLabel(f.severity.label),
        "score": f.score,
        "status": f.status,
        "reasons": [ReasonOut.of(r) for r in f.reasons],
        "change": f.change.value if f.change else None,
        "size": f.size,
        "mtime": _ts(f.mtime),
        "ctime": _ts(f.ctime),
        "first_seen": f.first_seen,
        "last_seen": f.last_seen,
        "status_by": f.status_by,
        "status_at": f.status_at,
        "status_note": f.status_note,
        "client_ip": f.client_ip,
        "planted_by": f.planted_by,
        "scan_id": f.scan_id,
    }


class FindingPage(Out):
    items: list[FindingOut]
    next_cursor: str | None = Field(None, description="pass as ?cursor= for the next page")


class LinkedRequestOut(RequestOut):
    role: LinkRole


class FindingDetailOut(FindingOut):
    diff: str = Field(description="unified diff against the baseline (bounded), '' when none")
    inserted: list[list[int]] = Field(description="inserted line ranges [first, last], 1-based")
    requests: list[LinkedRequestOut] = Field(description="correlated requests (first 200)")
    requests_total: int
    planting: RequestOut | None

    @classmethod
    def of_detail(cls, d: FindingDetail) -> FindingDetailOut:
        return cls(
            **_finding_fields(d.finding),
            diff=d.diff,
            inserted=[[a, b] for a, b in d.inserted],
            requests=[
                LinkedRequestOut(role=link.role, **_request_fields(link.request)) for link in d.requests
            ],
            requests_total=d.requests_total,
            planting=RequestOut.of(d.planting) if d.planting else None,
        )


class QuarantineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field("", max_length=MAX_NOTE)
    by: str | None = Field(None, min_length=1, max_length=MAX_BY, description="analyst name (default: 'api')")


class QuarantineOut(BaseModel):
    quarantine_id: str
    original_path: str
    sha256: str
    state: str
    finding: FindingOut


class TriageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status
    note: str = Field("", max_length=MAX_NOTE)
    by: str | None = Field(None, min_length=1, max_length=MAX_BY, description="analyst name (default: 'api')")


def _request_fields(r: RequestRecord) -> dict[str, Any]:
    return dict(RequestOut.of(r))
