"""Domain types shared by every part of webhunt.

One concept, one type, one place: the scanner, the baseline diff, the log reader, the store and the
API all speak in these frozen values. Nothing here does I/O.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from typing import Any


class Severity(enum.IntEnum):
    """How bad a finding is. A file counts as *detected* at MEDIUM or above."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of: {names})") from None


#: Score thresholds (0-100) at which each severity starts. Below LOW a file is clean.
SEVERITY_THRESHOLDS: tuple[tuple[Severity, int], ...] = (
    (Severity.CRITICAL, 90),
    (Severity.HIGH, 70),
    (Severity.MEDIUM, 40),
    (Severity.LOW, 15),
)


def severity_for(score: int) -> Severity | None:
    """The severity a score reaches, or None when it stays below LOW."""
    for sev, threshold in SEVERITY_THRESHOLDS:
        if score >= threshold:
            return sev
    return None


class Language(enum.StrEnum):
    PHP = "php"
    JSP = "jsp"
    ASP = "asp"  # classic ASP / VBScript / JScript
    ASPX = "aspx"  # ASP.NET (C#/VB.NET)
    CFM = "cfm"
    CGI = "cgi"  # perl / python / shell under cgi-bin
    HTACCESS = "htaccess"
    USER_INI = "user_ini"
    WEB_CONFIG = "web_config"
    OTHER = "other"  # a non-script file (image, text, archive ...) checked for embedded code


class Layer(enum.StrEnum):
    """Which detection layer produced a reason."""

    YARA = "yara"
    HEURISTIC = "heuristic"
    SEMANTIC = "semantic"
    DECODE = "decode"
    STATS = "stats"
    CONTEXT = "context"
    CONFIG = "config"  # .htaccess / .user.ini / web.config analysis
    DIFF = "diff"
    LOG = "log"


@dataclass(frozen=True, slots=True)
class Reason:
    """One explained signal: why a file (or request) looks malicious.

    ``id`` is stable forever (a YARA rule name, a heuristic id such as ``WH-H-PHP-001``).
    ``score`` is this signal's contribution (0-100) before combination.
    """

    id: str
    layer: Layer
    score: int
    description: str
    line: int | None = None
    snippet: str = ""
    family: str | None = None  # e.g. "china_chopper", "behinder"; None when not family-specific

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "layer": self.layer.value,
            "score": self.score,
            "description": self.description,
            "line": self.line,
            "snippet": self.snippet,
            "family": self.family,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Reason:
        return cls(
            id=str(d["id"]),
            layer=Layer(d["layer"]),
            score=int(d["score"]),
            description=str(d["description"]),
            line=None if d.get("line") is None else int(d["line"]),
            snippet=str(d.get("snippet") or ""),
            family=d.get("family"),
        )


@dataclass(frozen=True, slots=True)
class FileContext:
    """What detection may know about a file besides its bytes. Built by the walker (I/O edge)."""

    relpath: str  # relative to the scanned root, '/'-separated
    language: Language
    size: int  # size on disk (may exceed len(data) when the read was capped)
    truncated: bool = False  # True when only head+tail were read
    in_upload_dir: bool = False  # upload/static/cache/images style directory
    owner: str = ""
    executable_by_config: bool = False  # an .htaccess/.user.ini/web.config makes this file run
    newer_than_siblings: bool = False  # much newer ctime/mtime than the rest of its directory

    @property
    def filename(self) -> str:
        return self.relpath.rsplit("/", 1)[-1]

    @property
    def extension(self) -> str:
        name = self.filename
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """Detection's answer for one file's content: every reason, combined into a score."""

    language: Language
    reasons: tuple[Reason, ...]
    score: int
    severity: Severity | None

    @property
    def flagged(self) -> bool:
        return self.severity is not None


@dataclass(frozen=True, slots=True)
class FileMeta:
    """Facts about a file on disk (I/O edge fills it; never used for identity except path+sha256)."""

    path: str  # as found on disk (absolute when the root was given absolute)
    relpath: str
    size: int
    mtime: float
    ctime: float
    mode: int
    uid: int
    gid: int
    inode: int
    sha256: str


@dataclass(frozen=True, slots=True)
class ScanResult:
    """One scanned file: its metadata and its verdict."""

    meta: FileMeta
    verdict: Verdict
    root: str

    def to_dict(self) -> dict[str, Any]:
        m, v = self.meta, self.verdict
        return {
            "path": m.path,
            "relpath": m.relpath,
            "root": self.root,
            "sha256": m.sha256,
            "size": m.size,
            "mtime": iso(m.mtime),
            "ctime": iso(m.ctime),
            "mode": oct(m.mode),
            "uid": m.uid,
            "language": v.language.value,
            "severity": v.severity.label if v.severity else None,
            "score": v.score,
            "reasons": [r.to_dict() for r in v.reasons],
        }


@dataclass(frozen=True, slots=True)
class ScanProblem:
    """A file that could not be scanned (unreadable, vanished, symlink out of root ...)."""

    path: str
    message: str


class FindingKind(enum.StrEnum):
    FILE = "file"  # a file whose content (or change against the baseline) is malicious
    LOG = "log"  # a log-only detection (deleted shell, attack pattern, tool user agent ...)
    ACCESS = "access"  # a flagged file was requested (guard mode raises it live)


class Status(enum.StrEnum):
    NEW = "new"
    CONFIRMED = "confirmed"
    FALSE_POSITIVE = "false_positive"
    RESOLVED = "resolved"


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    MODIFIED = "modified"
    DELETED = "deleted"
    MODE = "mode"  # type / mode / owner changed, content equal


@dataclass(frozen=True, slots=True)
class Finding:
    """What the store keeps and the API serves.

    Identity is ``(host, kind, path, sha256)``: what moves (line numbers, mtimes) is not part of it.
    For LOG findings ``path`` is the URL path and ``sha256`` is empty.
    """

    host: str
    kind: FindingKind
    path: str
    relpath: str
    sha256: str
    severity: Severity
    score: int
    reasons: tuple[Reason, ...]
    language: Language | None = None
    root: str = ""
    size: int | None = None
    mtime: float | None = None
    ctime: float | None = None
    change: ChangeKind | None = None  # set when the baseline diff produced or confirmed it
    diff: str = ""  # unified diff (bounded) for modified files
    inserted: tuple[tuple[int, int], ...] = ()  # inserted line ranges (first, last), 1-based
    client_ip: str | None = None  # ACCESS findings: who requested the flagged file

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.reasons)


@dataclass(frozen=True, slots=True)
class Request:
    """One access-log line, parsed. Times are timezone-aware UTC."""

    time: datetime
    client_ip: str
    method: str
    path: str  # URL path without the query string, percent-decoding left as logged
    query: str  # query string without '?', '' when none
    status: int
    bytes_sent: int | None
    referer: str
    user_agent: str
    vhost: str = ""
    protocol: str = ""
    source: str = ""  # log file it came from (for messages and reports)
    source_id: str = ""  # fingerprint of the log stream (survives rotation); with line_no, identity
    line_no: int = 0

    @property
    def target(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path


#: ``Request``'s fields in declaration order: a request as a plain tuple of them (a "row", what log
#: parsers produce and stores insert) is cheaper to make and to send than the object;
#: ``Request(*row)`` builds the object.
REQUEST_FIELDS: tuple[str, ...] = (
    "time",
    "client_ip",
    "method",
    "path",
    "query",
    "status",
    "bytes_sent",
    "referer",
    "user_agent",
    "vhost",
    "protocol",
    "source",
    "source_id",
    "line_no",
)
#: The row of a ``Request`` (in C).
request_row: Callable[[Request], tuple[Any, ...]] = attrgetter(*REQUEST_FIELDS)


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between the live web root and the baseline."""

    kind: ChangeKind
    relpath: str
    details: tuple[str, ...] = ()  # e.g. "mode 0644 -> 0777", "whitespace-only"
    inserted: tuple[tuple[int, int], ...] = ()
    diff: str = ""
    verdict: Verdict | None = None
    meta: FileMeta | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def iso(ts: float | None) -> str | None:
    """Seconds since the epoch as an ISO-8601 UTC string."""
    if ts is None:
        return None
    from datetime import UTC

    return datetime.fromtimestamp(ts, tz=UTC).isoformat().replace("+00:00", "Z")
