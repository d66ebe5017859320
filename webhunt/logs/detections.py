"""Log-only detections over a whole stream of requests, with bounded memory.

``LogDetector`` is fed requests one by one (or wraps an iterator with ``observe`` so the same pass
can feed the store) and at the end turns what it saw into LOG findings, one per script URL path:

* **rare clients** - a script reached successfully (2xx) by only one or two client addresses, on
  a site that has many clients (a shell's only users are its owners);
* **POST-heavy upload script** - a script in an upload/static/cache directory answering POSTs;
* **unknown script** - successful requests to a script that is neither in the web root nor in
  the baseline (``known_paths``, given by the caller): a deleted or moved shell;
* **indicators** - the single-request indicators of ``signatures/logs/indicators.toml`` on
  requests the server did not refuse (status below 400, or 5xx: a 404 probe planted nothing).

Requests to other paths (``/``, ``/search``, images) only count for the indicators, so an attack on
a pretty URL still shows. The reasons name the client addresses (up to five) and give an example request as snippet. The
score combines like file detections (strongest reason per id, the rest with halving weight).
Memory: per script path a few counters and at most ``_IPS_KEPT`` addresses; at most
``max_paths`` paths (more are counted in ``dropped_paths``); the site-wide client count stops at
the threshold it is compared with; the per-client hit table keeps ``max_clients`` entries.
"""

from __future__ import annotations

import heapq
import posixpath
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import unquote

from webhunt.detect.scoring import combine_scores, strongest_per_id
from webhunt.languages import in_upload_dir, is_script, language_for
from webhunt.logs.indicators import Hit, Indicators
from webhunt.model import Finding, FindingKind, Layer, Reason, Request, severity_for

_IPS_KEPT = 5
_SCRIPT_CACHE = 50_000
_SNIPPET = 200
_MULTI_SLASH = re.compile(r"/{2,}")


def normal_url_path(url_path: str) -> str:
    """``url_path`` percent-decoded, with ``//`` and ``.``/``..`` segments collapsed."""
    path = unquote(url_path) if "%" in url_path else url_path
    if not path.startswith("/"):
        return path
    return posixpath.normpath(_MULTI_SLASH.sub("/", path))


def script_path(url_path: str) -> str | None:
    """The script a URL path runs (``/index.php/a/b`` -> ``/index.php``), normalised, or None.

    Percent-encoding is decoded, ``//`` and ``.``/``..`` segments collapsed, and a ``;param`` or
    PATH_INFO after the script name dropped (``/up/x.asp;.jpg`` -> ``/up/x.asp``).
    """
    if not url_path.startswith("/") or ("." not in url_path and "%" not in url_path):
        return None
    segments = normal_url_path(url_path).split("/")
    for i, segment in enumerate(segments[1:], 1):
        name = segment.split(";", 1)[0]
        if "." not in name:
            continue
        candidate = "/".join([*segments[1:i], name])
        if is_script(language_for(candidate)):
            return "/" + candidate
    return None


def _ok(status: int) -> bool:
    return 200 <= status < 300


def _reached(status: int) -> bool:
    return status < 400 or status >= 500


@dataclass
class _IndicatorStats:
    count: int = 0
    ips: list[str] = field(default_factory=list)
    example: tuple[Hit, Request] | None = None


@dataclass
class _PathStats:
    ok: int = 0  # successful (2xx) requests
    ok_posts: int = 0
    ips: dict[str, int] = field(default_factory=dict)  # first _IPS_KEPT clients, with counts
    more_ips: bool = False  # more than _IPS_KEPT clients
    first: Request | None = None  # first successful request
    last_time: datetime | None = None
    example_post: Request | None = None
    indicators: dict[str, _IndicatorStats] = field(default_factory=dict)

    def add_ip(self, ip: str) -> None:
        if ip in self.ips:
            self.ips[ip] += 1
        elif len(self.ips) < _IPS_KEPT:
            self.ips[ip] = 1
        else:
            self.more_ips = True


class LogDetector:
    """Accumulates what log-only detections need; ``findings()`` at the end (pure: no I/O)."""

    def __init__(
        self,
        indicators: Indicators,
        *,
        known_paths: Collection[str] | None = None,
        host: str = "",
        max_paths: int = 100_000,
        max_clients: int = 100_000,
    ) -> None:
        self.indicators = indicators
        self.rules = indicators.aggregate
        self.host = host
        self._known = None if known_paths is None else {p.strip("/") for p in known_paths if p.strip("/")}
        self._max_paths = max_paths
        self._max_clients = max_clients
        self._paths: dict[str, _PathStats] = {}
        self._script_cache: dict[str, str | None] = {}
        self._site_clients: set[str] = set()
        self._site_clients_needed = self.rules.rare_clients.min_site_clients
        self.dropped_paths = 0
        self.requests_seen = 0
        self.hit_counts: Counter[str] = Counter()  # indicator id -> requests matching it
        self._client_hits: dict[str, Counter[str]] = {}  # ip -> indicator id -> count
        self._client_scores: Counter[str] = Counter()

    # -- feeding -------------------------------------------------------------------------------

    def observe(self, requests: Iterable[Request]) -> Iterator[Request]:
        """Pass ``requests`` through unchanged, feeding each to the detector on the way."""
        feed = self.feed
        for request in requests:
            feed(request)
            yield request

    def feed(self, request: Request) -> None:
        self.requests_seen += 1
        if len(self._site_clients) < self._site_clients_needed:
            self._site_clients.add(request.client_ip)
        hits = self.indicators.hits(request)
        if hits:
            self._count_client_hits(request.client_ip, hits)
        status = request.status
        if not (hits and _reached(status)) and not _ok(status):
            return
        script = self._script_cache.get(request.path, "")
        if script == "":
            script = script_path(request.path)
            if len(self._script_cache) >= _SCRIPT_CACHE:
                self._script_cache.clear()
            self._script_cache[request.path] = script
        key = script
        if key is None:
            if not (hits and _reached(status)):
                return
            key = normal_url_path(request.path)  # not a script: indicator hits only
        stats = self._stats(key)
        if stats is None:
            return
        if script is not None and _ok(status):
            stats.ok += 1
            stats.add_ip(request.client_ip)
            if stats.first is None:
                stats.first = request
            stats.last_time = request.time
            if request.method == "POST":
                stats.ok_posts += 1
                if stats.example_post is None:
                    stats.example_post = request
        if hits and _reached(status):
            for hit in hits:
                entry = stats.indicators.setdefault(hit.indicator.id, _IndicatorStats())
                entry.count += 1
                if request.client_ip not in entry.ips and len(entry.ips) < _IPS_KEPT:
                    entry.ips.append(request.client_ip)
                if entry.example is None:
                    entry.example = (hit, request)

    def _stats(self, script: str) -> _PathStats | None:
        stats = self._paths.get(script)
        if stats is None:
            if len(self._paths) >= self._max_paths:
                self.dropped_paths += 1
                return None
            stats = self._paths[script] = _PathStats()
        return stats

    def _count_client_hits(self, ip: str, hits: list[Hit]) -> None:
        for hit in hits:
            self.hit_counts[hit.indicator.id] += 1
        table = self._client_hits.get(ip)
        if table is None:
            if len(self._client_hits) >= self._max_clients:
                return
            table = self._client_hits[ip] = Counter()
        for hit in hits:
            table[hit.indicator.id] += 1
            if table[hit.indicator.id] == 1:
                self._client_scores[ip] += hit.indicator.score

    # -- results -------------------------------------------------------------------------------

    def suspicious_clients(self, limit: int = 10) -> list[tuple[str, int, dict[str, int]]]:
        """Clients ranked by the summed score of the distinct indicators they hit.

        Each entry: (ip, score, {indicator id: requests}).
        """
        top = heapq.nlargest(limit, self._client_scores.items(), key=lambda kv: (kv[1], kv[0]))
        return [(ip, score, dict(self._client_hits[ip])) for ip, score in top]

    def findings(self) -> list[Finding]:
        """One LOG finding per path that earned at least a LOW score."""
        out: list[Finding] = []
        busy_site = len(self._site_clients) >= self._site_clients_needed
        for path, stats in self._paths.items():
            reasons = self._aggregate_reasons(path, stats, busy_site)
            reasons += [_indicator_reason(entry) for entry in stats.indicators.values()]
            if not reasons:
                continue
            kept = strongest_per_id(reasons)
            score = combine_scores(r.score for r in kept)
            severity = severity_for(score)
            if severity is None:
                continue
            out.append(
                Finding(
                    host=self.host,
                    kind=FindingKind.LOG,
                    path=path,
                    relpath=path.lstrip("/"),
                    sha256="",
                    severity=severity,
                    score=score,
                    reasons=tuple(kept),
                    language=language_for(path.lstrip("/")),
                )
            )
        out.sort(key=lambda f: (-f.score, f.path))
        return out

    def _aggregate_reasons(self, path: str, stats: _PathStats, busy_site: bool) -> list[Reason]:
        reasons: list[Reason] = []
        if stats.first is None:
            return reasons
        rules = self.rules
        clients = _clients_text(stats.ips, stats.more_ips)
        span = _span(stats.first.time, stats.last_time)
        rare = rules.rare_clients
        if (
            busy_site
            and not stats.more_ips
            and len(stats.ips) <= rare.max_clients
            and stats.ok >= rare.min_requests
        ):
            reasons.append(
                _reason(
                    rare.id,
                    rare.score,
                    f"{rare.description}: {stats.ok} successful requests, all from {clients} ({span})",
                    stats.first,
                )
            )
        upload = rules.upload_post
        if (
            in_upload_dir(path.lstrip("/"))
            and stats.ok_posts >= upload.min_posts
            and stats.ok_posts >= upload.min_post_ratio * stats.ok
        ):
            reasons.append(
                _reason(
                    upload.id,
                    upload.score,
                    f"{upload.description}: {stats.ok_posts} of {stats.ok} successful requests "
                    f"are POSTs, from {clients} ({span})",
                    stats.example_post or stats.first,
                )
            )
        unknown = rules.unknown_script
        if (
            self._known is not None
            and path.lstrip("/") not in self._known
            and stats.ok >= unknown.min_requests
        ):
            reasons.append(
                _reason(
                    unknown.id,
                    unknown.score,
                    f"{unknown.description}: {stats.ok} successful requests from {clients} ({span})",
                    stats.first,
                )
            )
        return reasons


def _clients_text(ips: dict[str, int], more: bool) -> str:
    names = ", ".join(ips)
    if more:
        return f"{names} and others"
    return f"{len(ips)} client{'s' if len(ips) != 1 else ''}: {names}"


def _span(first: datetime, last: datetime | None) -> str:
    start = first.isoformat().replace("+00:00", "Z")
    if last is None or last == first:
        return start
    return f"{start} to {last.isoformat().replace('+00:00', 'Z')}"


def describe_request(request: Request) -> str:
    """One line naming a request: where it was logged and what it was."""
    when = request.time.isoformat().replace("+00:00", "Z")
    where = f"{request.source}:{request.line_no} " if request.source else ""
    return (f"{where}{when} {request.client_ip} {request.method} {request.target} {request.status}")[
        :_SNIPPET
    ]


def _reason(ident: str, score: int, description: str, example: Request) -> Reason:
    return Reason(
        id=ident,
        layer=Layer.LOG,
        score=score,
        description=description,
        line=example.line_no or None,
        snippet=describe_request(example),
    )


def _indicator_reason(entry: _IndicatorStats) -> Reason:
    assert entry.example is not None
    hit, request = entry.example
    ind = hit.indicator
    clients = ", ".join(entry.ips) + (" and others" if len(entry.ips) >= _IPS_KEPT else "")
    return Reason(
        id=ind.id,
        layer=Layer.LOG,
        score=ind.score,
        description=f"{ind.description}: {entry.count} request(s) from {clients}",
        line=request.line_no or None,
        snippet=f"{describe_request(request)} [{hit.field}: {hit.snippet}]"[:_SNIPPET],
        family=ind.family,
    )


def detect_log_findings(
    requests: Iterable[Request],
    indicators: Indicators,
    *,
    known_paths: Collection[str] | None = None,
    host: str = "",
) -> list[Finding]:
    """Run every log-only detection over ``requests`` (one pass) and return the findings."""
    detector = LogDetector(indicators, known_paths=known_paths, host=host)
    for request in requests:
        detector.feed(request)
    return detector.findings()
