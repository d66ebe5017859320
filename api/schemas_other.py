"""Models of attackers, scans, statistics and health."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from webhunt.store import AttackerRecord, ScanRecord, Stats

from .schemas import Out, ReasonOut, RequestOut


class AttackerOut(Out):
    ip: str
    host: str
    first_seen: datetime | None
    last_seen: datetime | None
    score: int
    reasons: list[ReasonOut]
    requests: int = Field(description="requests from this IP stored for this host")
    findings: list[int] = Field(description="ids of findings it planted or used (first 100)")
    updated: datetime

    @classmethod
    def of(cls, a: AttackerRecord) -> AttackerOut:
        return cls(
            ip=a.ip,
            host=a.host,
            first_seen=a.first_seen,
            last_seen=a.last_seen,
            score=a.score,
            reasons=[ReasonOut.of(r) for r in a.reasons],
            requests=a.requests,
            findings=list(a.findings),
            updated=a.updated,
        )


class AttackerPage(Out):
    items: list[AttackerOut]
    next_cursor: str | None = None


class TimelineOut(Out):
    ip: str
    attacker: list[AttackerOut] = Field(description="attacker records of this IP (one per host)")
    items: list[RequestOut] = Field(description="its requests in time order")
    next_cursor: str | None = None


class ScanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    root: str = Field(min_length=1, max_length=4096, description="one of the configured roots")


class ScanStartOut(Out):
    root: str
    scan_id: int | None = Field(description="None when the scanner did not report it in time")
    status_url: str | None
    message: str


class ScanOut(Out):
    id: int
    host: str
    root: str
    kind: str
    status: str
    started: datetime
    finished: datetime | None
    files_total: int
    files_done: int
    progress: float | None = Field(description="files_done / files_total, None when unknown")
    findings: int
    problems: list[str]
    ruleset_version: str

    @classmethod
    def of(cls, s: ScanRecord) -> ScanOut:
        progress = min(1.0, s.files_done / s.files_total) if s.files_total > 0 else None
        return cls(
            id=s.id,
            host=s.host,
            root=s.root,
            kind=s.kind.value,
            status=s.status.value,
            started=s.started,
            finished=s.finished,
            files_total=s.files_total,
            files_done=s.files_done,
            progress=progress,
            findings=s.findings,
            problems=list(s.problems),
            ruleset_version=s.ruleset_version,
        )


class StatsOut(Out):
    findings_total: int
    by_severity: dict[str, int]
    by_status: dict[str, int]
    by_host: dict[str, int]
    by_kind: dict[str, int]
    requests_total: int
    attackers_total: int
    scans_running: int
    hosts: list[str]

    @classmethod
    def of(cls, s: Stats) -> StatsOut:
        return cls(
            findings_total=s.findings_total,
            by_severity=dict(s.by_severity),
            by_status=dict(s.by_status),
            by_host=dict(s.by_host),
            by_kind=dict(s.by_kind),
            requests_total=s.requests_total,
            attackers_total=s.attackers_total,
            scans_running=s.scans_running,
            hosts=list(s.hosts),
        )


class HealthOut(Out):
    status: str = Field(description="ok | unavailable")
    version: str
