"""Read models of the store: what queries return. Frozen values; the API maps them to its schemas.

Queries (``FindingQuery`` ...) are values too: the API builds them from query parameters, the store
turns them into SQL. Pages are keyset-paginated: ``next_cursor`` is an opaque string, None on the
last page.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from webhunt.model import ChangeKind, FindingKind, Language, Reason, Severity, Status

T = TypeVar("T")

#: Largest page any query returns.
MAX_LIMIT = 500
DEFAULT_LIMIT = 50


class LinkRole(enum.StrEnum):
    """How a request relates to a finding."""

    PLANTING = "planting"  # the request that most likely wrote the file
    USE = "use"  # a request to the shell by an attacker
    ACCESS = "access"  # any other request that reached the file


class ScanKind(enum.StrEnum):
    SCAN = "scan"
    DIFF = "diff"
    LOGS = "logs"
    HUNT = "hunt"
    WATCH = "watch"


class ScanStatus(enum.StrEnum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class FindingSort(enum.StrEnum):
    """Orderings of ``list_findings``; a leading ``-`` means descending. Ties break on id."""

    SEVERITY_DESC = "-severity"
    SEVERITY = "severity"
    SCORE_DESC = "-score"
    SCORE = "score"
    LAST_SEEN_DESC = "-last_seen"
    LAST_SEEN = "last_seen"
    FIRST_SEEN_DESC = "-first_seen"
    FIRST_SEEN = "first_seen"
    ID_DESC = "-id"
    ID = "id"

    @property
    def column(self) -> str:
        return self.value.lstrip("-")

    @property
    def descending(self) -> bool:
        return self.value.startswith("-")


class TimeOrder(enum.StrEnum):
    ASC = "time"
    DESC = "-time"


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    next_cursor: str | None = None


@dataclass(frozen=True, slots=True)
class FindingRecord:
    id: int
    host: str
    kind: FindingKind
    path: str
    relpath: str
    root: str
    sha256: str
    language: Language | None
    severity: Severity
    score: int
    status: Status
    reasons: tuple[Reason, ...]
    change: ChangeKind | None
    size: int | None
    mtime: float | None
    ctime: float | None
    first_seen: datetime
    last_seen: datetime
    status_by: str | None
    status_at: datetime | None
    status_note: str | None
    client_ip: str | None
    planted_by: int | None
    scan_id: int | None

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.reasons)


@dataclass(frozen=True, slots=True)
class RequestRecord:
    id: int
    host: str
    time: datetime
    client_ip: str
    method: str
    path: str
    query: str
    status: int
    bytes_sent: int | None
    referer: str
    user_agent: str
    vhost: str
    protocol: str
    source: str
    source_id: str
    line_no: int


@dataclass(frozen=True, slots=True)
class LinkedRequest:
    role: LinkRole
    request: RequestRecord


@dataclass(frozen=True, slots=True)
class FindingDetail:
    """A finding with all its evidence: diff, inserted ranges, correlated and planting requests."""

    finding: FindingRecord
    diff: str
    inserted: tuple[tuple[int, int], ...]
    requests: tuple[LinkedRequest, ...]  # bounded; ``requests_total`` counts them all
    requests_total: int
    planting: RequestRecord | None


@dataclass(frozen=True, slots=True)
class AttackerRecord:
    id: int
    host: str
    ip: str
    first_seen: datetime | None
    last_seen: datetime | None
    reasons: tuple[Reason, ...]
    score: int
    updated: datetime
    requests: int  # requests from this IP on this host
    findings: tuple[int, ...]  # ids of findings this IP planted or used (bounded)


@dataclass(frozen=True, slots=True)
class ScanRecord:
    id: int
    host: str
    root: str
    kind: ScanKind
    started: datetime
    finished: datetime | None
    status: ScanStatus
    files_total: int
    files_done: int
    findings: int
    problems: tuple[str, ...]
    ruleset_version: str


@dataclass(frozen=True, slots=True)
class Stats:
    findings_total: int
    by_severity: dict[str, int]
    by_status: dict[str, int]
    by_host: dict[str, int]
    by_kind: dict[str, int]
    requests_total: int
    attackers_total: int
    scans_running: int
    hosts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FindingQuery:
    """Filters of ``list_findings``. ``since``/``until`` select findings seen within the window:
    ``last_seen >= since`` and ``first_seen <= until``. ``q`` is a case-insensitive substring of the
    path; ``path_prefix`` is an exact (case-sensitive) prefix of the path."""

    min_severity: Severity | None = None
    status: tuple[Status, ...] = ()
    host: str | None = None
    kind: FindingKind | None = None
    path_prefix: str | None = None
    rule: str | None = None
    language: Language | None = None
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = None
    sort: FindingSort = FindingSort.SEVERITY_DESC
    limit: int = DEFAULT_LIMIT
    cursor: str | None = None


@dataclass(frozen=True, slots=True)
class RequestQuery:
    ip: str | None = None
    path: str | None = None  # exact URL path
    method: str | None = None
    status: int | None = None
    host: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    order: TimeOrder = TimeOrder.DESC
    limit: int = DEFAULT_LIMIT
    cursor: str | None = None


@dataclass(frozen=True, slots=True)
class AttackerQuery:
    host: str | None = None
    min_score: int | None = None
    limit: int = DEFAULT_LIMIT
    cursor: str | None = None


@dataclass(frozen=True, slots=True)
class Bounds:
    """Size limits applied when writing, so that file contents only ever appear as bounded snippets."""

    snippet: int = 1_000
    description: int = 1_000
    reasons: int = 200
    diff: int = 65_536
    note: int = 4_000
    problems: int = 1_000
    text: int = 8_192  # free-form log fields (query string, user agent, referer)
    indexed_bytes: int = 2_000  # UTF-8 bytes of indexed text (URL paths) - PostgreSQL's btree limit


BOUNDS = Bounds()
