"""Join file findings to the access log: who planted each shell, who used it, what else they did.

Pure logic over ``Finding`` and ``Request`` values; requests come from a ``RequestSource`` (the store
in practice, a list in tests), asked only for the paths and IPs that matter, so memory stays bounded
whatever the size of the logs.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol
from urllib.parse import unquote

from webhunt.model import Finding, FindingKind, Request

#: Request paths that write files: upload forms, editors, plugin/theme installers, file managers.
WRITER_ENDPOINT = re.compile(
    r"upload|edit|file|manager|media|import|install|plugin|theme|admin|ajax|api|connector|elfinder|kcfinder|"
    r"ckeditor|fckeditor|filemanager|\.php$|\.aspx?$|\.jsp$",
    re.IGNORECASE,
)
#: How long before a shell's first use its planting request may be.
PLANTING_WINDOW = timedelta(days=2)
#: A file reached by more distinct clients than this is a normal page (e.g. an infected index.php):
#: only clients that behave like shell users count as attackers there.
FEW_CLIENTS = 3
SHELL_PARAM = re.compile(
    r"(?:^|&)(?:z\d|cmd|command|exec|pass|pwd|c|a|x|code|act|action|shell|eval|e|p)=", re.IGNORECASE
)


class RequestSource(Protocol):
    def by_paths(self, paths: Sequence[str]) -> list[Request]: ...

    def by_ip(self, ip: str) -> list[Request]: ...

    def mentioning(self, needle: str) -> list[Request]:
        """Successful POST/PUT requests whose path or query contains ``needle``."""
        ...

    def writes_between(self, since: datetime, until: datetime) -> list[Request]:
        """Successful POST/PUT requests in a time window."""
        ...


@dataclass(frozen=True, slots=True)
class UrlMapping:
    """How files under a web root are reached: ``url_prefix`` + the path relative to ``dir_prefix``."""

    dir_prefix: str = ""  # relpath prefix inside the root, '' = the root itself
    url_prefix: str = "/"


def urls_for(relpath: str, mappings: Sequence[UrlMapping] = ()) -> list[str]:
    """URL paths that reach the file at ``relpath`` (default: the path relative to the web root)."""
    maps = list(mappings) or [UrlMapping()]
    urls: list[str] = []
    for m in maps:
        prefix = m.dir_prefix.strip("/")
        if prefix and not (relpath == prefix or relpath.startswith(prefix + "/")):
            continue
        rest = relpath[len(prefix) :].lstrip("/") if prefix else relpath
        url = posixpath.join("/" + m.url_prefix.strip("/"), rest) if m.url_prefix.strip("/") else "/" + rest
        urls.append(url)
        if rest.endswith(("index.php", "index.html", "default.aspx", "index.jsp")):
            urls.append(url.rsplit("/", 1)[0] + "/")
    return urls


def normalise_path(path: str) -> str:
    """A request path as the server resolves it: percent-decoded, dot segments and slashes folded."""
    p = unquote(path)
    p = posixpath.normpath(p) if p not in ("", "/") else "/"
    if path.endswith("/") and not p.endswith("/"):
        p += "/"
    return p if p.startswith("/") else "/" + p


@dataclass(frozen=True, slots=True)
class Planting:
    request: Request
    why: str


@dataclass(slots=True)
class FileStory:
    """Everything the logs say about one flagged file."""

    finding: Finding
    urls: list[str]
    requests: list[Request] = field(default_factory=list)
    attacker_ips: list[str] = field(default_factory=list)
    planted_by: Planting | None = None

    @property
    def first_request(self) -> Request | None:
        return self.requests[0] if self.requests else None

    @property
    def last_request(self) -> Request | None:
        return self.requests[-1] if self.requests else None

    def summary(self) -> dict[str, object]:
        return {
            "count": len(self.requests),
            "methods": dict(Counter(r.method for r in self.requests)),
            "statuses": dict(Counter(str(r.status) for r in self.requests)),
            "bytes": sum(r.bytes_sent or 0 for r in self.requests),
            "client_ips": sorted({r.client_ip for r in self.requests}),
            "user_agents": [ua for ua, _ in Counter(r.user_agent for r in self.requests).most_common(5)],
        }


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    request: Request
    role: str  # recon | exploit | upload | shell | other
    note: str = ""


@dataclass(slots=True)
class AttackerStory:
    ip: str
    reasons: list[str]
    timeline: list[TimelineEntry] = field(default_factory=list)


@dataclass(slots=True)
class Correlation:
    files: list[FileStory]
    attackers: list[AttackerStory]


def _ok(r: Request) -> bool:
    return 200 <= r.status < 400


def _shell_like_use(r: Request) -> bool:
    return r.method == "POST" or bool(SHELL_PARAM.search(r.query))


def _attackers_of(story: FileStory) -> list[str]:
    users = [r for r in story.requests if _ok(r)]
    ips = {r.client_ip for r in users}
    if story.finding.kind is FindingKind.LOG:
        return sorted(ips)
    if len(ips) <= FEW_CLIENTS:
        return sorted(ips)
    # a page everybody visits (an infected index.php): only shell-like use counts
    return sorted({r.client_ip for r in users if _shell_like_use(r)})


def _plant_candidates(
    story: FileStory, source: RequestSource, attacker_ips: Sequence[str]
) -> Planting | None:
    """The likely planting request: a successful write-like request by an attacker IP shortly before
    the shell's first use (or the file's ctime), best when it names the file."""
    uses = [r for r in story.requests if r.client_ip in attacker_ips and _ok(r)]
    first_use = uses[0].time if uses else None
    ctime = datetime.fromtimestamp(story.finding.ctime, tz=UTC) if story.finding.ctime is not None else None
    name = story.finding.relpath.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    own_urls = set(story.urls)
    best: tuple[float, Request, str] | None = None
    for ip in attacker_ips:
        for r in source.by_ip(ip):
            if r.method not in ("POST", "PUT") or not _ok(r) or normalise_path(r.path) in own_urls:
                continue
            if first_use is not None and r.time > first_use:
                continue
            anchor = first_use or (ctime if ctime is not None else None)
            if anchor is not None and anchor - r.time > PLANTING_WINDOW:
                continue
            score = 1.0
            why = [f"{r.method} by {ip}, which later used the file"]
            if WRITER_ENDPOINT.search(r.path):
                score += 1.0
                why.append("to an upload/editor endpoint")
            if name in r.target or (len(stem) >= 4 and stem in r.target):
                score += 2.0
                why.append("naming the file")
            if ctime is not None and abs((ctime - r.time).total_seconds()) <= 120:
                score += 2.0
                why.append("within 2 minutes of the file's ctime")
            if anchor is not None:
                # closer to the first use is more likely
                gap_h = max(0.0, (anchor - r.time).total_seconds() / 3600)
                score += 1.0 / (1.0 + gap_h)
            if best is None or score > best[0] or (score == best[0] and r.time > best[1].time):
                best = (score, r, ", ".join(why))
    return Planting(best[1], best[2]) if best else None


#: File names too common to tie a request to one file by name alone.
_GENERIC_NAMES = frozenset(
    {"index.php", "index.html", "default.aspx", "index.jsp", "config.php", "admin.php"}
)


def _named_writer(story: FileStory, source: RequestSource) -> Planting | None:
    """For a file nobody requests directly (an included file with injected code): the last successful
    write-like request that names it, e.g. ``POST /admin/edit.php?file=includes/footer.php``."""
    rel = story.finding.relpath
    name = rel.rsplit("/", 1)[-1]
    needles = [rel] if name in _GENERIC_NAMES else [rel, name]
    best: Request | None = None
    for needle in needles:
        for r in source.mentioning(needle):
            if r.method in ("POST", "PUT") and _ok(r) and (best is None or r.time > best.time):
                best = r
        if best is not None:
            break
    if best is None:
        return None
    return Planting(best, f"{best.method} by {best.client_ip} naming the file {name}")


#: How close to a file's ctime/mtime a write request must be to have planted it.
FILE_TIME_SLACK = timedelta(minutes=5)


def _writer_at_file_time(story: FileStory, source: RequestSource) -> Planting | None:
    """For a file with no attributable use: the write request that was running when the file
    appeared. A request is logged when it completes, with its time cut to the second: the file's
    ctime/mtime falls before the end of the logged second, and the nearest such request wins."""
    best: tuple[float, Request, str] | None = None
    for label, ts in (("ctime", story.finding.ctime), ("mtime", story.finding.mtime)):
        if ts is None:
            continue
        t = datetime.fromtimestamp(ts, tz=UTC)
        for r in source.writes_between(t - FILE_TIME_SLACK, t + FILE_TIME_SLACK):
            if normalise_path(r.path) in story.urls:
                continue
            end_of_second = r.time + timedelta(seconds=1)
            if end_of_second + _CLOCK_SKEW < t:
                continue  # finished before the file existed: cannot have written it
            # distance from t to the logged second [S, S+1): 0 when the file appeared within it
            gap = max(0.0, (r.time - t).total_seconds(), (t - end_of_second).total_seconds())
            bonus = 0.0 if WRITER_ENDPOINT.search(r.path) else 60.0
            if best is None or gap + bonus < best[0]:
                best = (gap + bonus, r, f"{r.method} by {r.client_ip} {gap:.0f}s after the file's {label}")
    return Planting(best[1], best[2]) if best else None


#: Tolerance between the web server's clock and the file system's.
_CLOCK_SKEW = timedelta(seconds=1)


def correlate(
    findings: Iterable[Finding],
    source: RequestSource,
    *,
    mappings: Sequence[UrlMapping] = (),
    suspicious_ips: dict[str, list[str]] | None = None,
    baseline_compared: bool = False,
) -> Correlation:
    """Stories for every finding and every attacker IP.

    ``suspicious_ips`` are IPs flagged by log-only detections (scanner user agents, traversal ...) with
    their reasons; they are attackers even when they touched no flagged file. With
    ``baseline_compared``, a finding with no change against the baseline existed before the logs
    begin and is the customer's own code: it is given no planting request, and its users are not
    attackers for using it.
    """
    stories: list[FileStory] = []
    attacker_reasons: dict[str, list[str]] = {}
    application: set[int] = set()  # stories of files the known-good copy holds
    for f in findings:
        urls = [f.path] if f.kind is FindingKind.LOG else urls_for(f.relpath, mappings)
        story = FileStory(finding=f, urls=urls)
        wanted = set(urls)
        story.requests = sorted(
            (r for r in source.by_paths(urls) if normalise_path(r.path) in wanted),
            key=lambda r: (r.time, r.source_id, r.line_no),
        )
        plantable = f.kind is FindingKind.FILE and not (baseline_compared and f.change is None)
        # a file the known-good copy already holds is the application's own code (a flaw at most):
        # the clients that use it are its users, not attackers
        known_good = f.kind is FindingKind.FILE and baseline_compared and f.change is None
        story.attacker_ips = [] if known_good else _attackers_of(story)
        if known_good:
            application.add(id(story))
        if plantable and story.attacker_ips:
            story.planted_by = _plant_candidates(story, source, story.attacker_ips)
        if plantable and story.planted_by is None:
            story.planted_by = _named_writer(story, source)
        if plantable and story.planted_by is None:
            story.planted_by = _writer_at_file_time(story, source)
        for ip in story.attacker_ips:
            attacker_reasons.setdefault(ip, []).append(f"used {f.relpath or f.path}")
        if story.planted_by is not None:
            ip = story.planted_by.request.client_ip
            attacker_reasons.setdefault(ip, []).append(f"planted {f.relpath}")
        stories.append(story)
    for ip, why in (suspicious_ips or {}).items():
        attacker_reasons.setdefault(ip, []).extend(why)

    plant_keys = {_key(s.planted_by.request): s.finding.relpath for s in stories if s.planted_by is not None}
    shell_urls = {
        u: s.finding.relpath or s.finding.path for s in stories if id(s) not in application for u in s.urls
    }
    attackers = []
    for ip, why in sorted(attacker_reasons.items()):
        attacker = AttackerStory(ip=ip, reasons=sorted(set(why)))
        for r in sorted(source.by_ip(ip), key=lambda r: (r.time, r.source_id, r.line_no)):
            attacker.timeline.append(_classify(r, plant_keys, shell_urls))
        attackers.append(attacker)
    return Correlation(files=stories, attackers=attackers)


def _key(r: Request) -> tuple[str, int]:
    return (r.source_id, r.line_no)


_RECON_UA = re.compile(r"sqlmap|nikto|nmap|masscan|wpscan|dirbuster|gobuster|ffuf|nuclei|zgrab", re.I)


def _classify(r: Request, plants: dict[tuple[str, int], str], shells: dict[str, str]) -> TimelineEntry:
    planted = plants.get(_key(r))
    if planted is not None:
        return TimelineEntry(r, "upload", f"planted {planted}")
    shell = shells.get(normalise_path(r.path))
    if shell is not None:
        return TimelineEntry(r, "shell", f"request to {shell}")
    if r.status in (401, 403, 404) or _RECON_UA.search(r.user_agent):
        return TimelineEntry(r, "recon")
    if r.method == "POST":
        return TimelineEntry(r, "exploit" if _ok(r) else "recon")
    return TimelineEntry(r, "other")


class InMemoryRequests:
    """A RequestSource over a list (tests and small logs)."""

    def __init__(self, requests: Iterable[Request]) -> None:
        self._by_path: dict[str, list[Request]] = {}
        self._by_ip: dict[str, list[Request]] = {}
        for r in requests:
            self._by_path.setdefault(normalise_path(r.path), []).append(r)
            self._by_ip.setdefault(r.client_ip, []).append(r)

    def by_paths(self, paths: Sequence[str]) -> list[Request]:
        out: list[Request] = []
        for p in dict.fromkeys(normalise_path(x) for x in paths):
            out.extend(self._by_path.get(p, ()))
        return out

    def by_ip(self, ip: str) -> list[Request]:
        return list(self._by_ip.get(ip, ()))

    def _writes(self) -> Iterable[Request]:
        return (r for rs in self._by_ip.values() for r in rs if r.method in ("POST", "PUT") and _ok(r))

    def mentioning(self, needle: str) -> list[Request]:
        return [r for r in self._writes() if needle in unquote(r.target)]

    def writes_between(self, since: datetime, until: datetime) -> list[Request]:
        return [r for r in self._writes() if since <= r.time <= until]
