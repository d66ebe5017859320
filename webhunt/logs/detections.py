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
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from webhunt.detect.scoring import combine_scores, strongest_per_id
from webhunt.languages import in_upload_dir, is_script, language_for
from webhunt.logs.indicators import Hit, Indicators
from webhunt.model import (
    REQUEST_FIELDS,
    Finding,
    FindingKind,
    Layer,
    Reason,
    Request,
    request_row,
    severity_for,
)

if TYPE_CHECKING:
    from webhunt.logs.reader import LogReader

_IPS_KEPT = 5
_SCRIPT_CACHE = 50_000
_SNIPPET = 200
_MULTI_SLASH = re.compile(r"/{2,}")
#: A request as a row: its fields in ``REQUEST_FIELDS`` order.
Row = tuple[Any, ...]
_TIME, _IP, _METHOD, _PATH, _STATUS = (
    REQUEST_FIELDS.index(name) for name in ("time", "client_ip", "method", "path", "status")
)


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
    example: tuple[Hit, Row] | None = None


@dataclass
class _PathStats:
    """What is kept of one script's requests; requests as rows (``REQUEST_FIELDS``)."""

    ok: int = 0  # successful (2xx) requests
    ok_posts: int = 0
    ips: dict[str, int] = field(default_factory=dict)  # first _IPS_KEPT clients, with counts
    more_ips: bool = False  # more than _IPS_KEPT clients
    first: Row | None = None  # first successful request
    last_time: datetime | None = None
    example_post: Row | None = None
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
        feed = self.feed_row
        for request in requests:
            feed(request_row(request))
            yield request

    def feed(self, request: Request) -> None:
        self.feed_row(request_row(request))

    def feed_row(self, row: Row) -> None:
        """Take one request as a row (``webhunt.model.REQUEST_FIELDS``), as log readers make them."""
        self.feed_rows((row,))

    def feed_rows(self, rows: Iterable[Row]) -> None:
        """Take requests as rows. Per line this is the hot loop of ``webhunt logs``: most lines
        match no indicator and fetch an asset or a page, which costs a few dictionary lookups."""
        hits_row = self.indicators.hits_row
        site, needed = self._site_clients, self._site_clients_needed
        scripts = self._script_cache
        count = 0
        for row in rows:
            count += 1
            if len(site) < needed:
                site.add(row[_IP])
            hits = hits_row(row)
            if hits:
                self._feed_hits(row, hits)
                continue
            if not 200 <= row[_STATUS] < 300:
                continue
            path = row[_PATH]
            script = scripts.get(path, "")
            if script == "":
                script = self._script_of(path)
            if script is not None:
                stats = self._stats(script)
                if stats is not None:
                    self._count_ok(stats, row)
        self.requests_seen += count

    def _feed_hits(self, row: Row, hits: Sequence[Hit]) -> None:
        """A request that matched indicators."""
        ip = row[_IP]
        self._count_client_hits(ip, hits)
        status = row[_STATUS]
        reached = _reached(status)
        if not reached and not _ok(status):
            return
        path = row[_PATH]
        script = self._script_cache.get(path, "")
        if script == "":
            script = self._script_of(path)
        key = script
        if key is None:
            if not reached:
                return
            key = normal_url_path(path)  # not a script: indicator hits only
        stats = self._stats(key)
        if stats is None:
            return
        if script is not None and _ok(status):
            self._count_ok(stats, row)
        if reached:
            for hit in hits:
                entry = stats.indicators.setdefault(hit.indicator.id, _IndicatorStats())
                entry.count += 1
                if ip not in entry.ips and len(entry.ips) < _IPS_KEPT:
                    entry.ips.append(ip)
                if entry.example is None:
                    entry.example = (hit, row)

    def _script_of(self, path: str) -> str | None:
        """``script_path`` of a URL path, remembered (a bounded cache)."""
        script = script_path(path)
        if len(self._script_cache) >= _SCRIPT_CACHE:
            self._script_cache.clear()
        self._script_cache[path] = script
        return script

    @staticmethod
    def _count_ok(stats: _PathStats, row: Row) -> None:
        """A successful request to a script."""
        stats.ok += 1
        stats.add_ip(row[_IP])
        if stats.first is None:
            stats.first = row
        stats.last_time = row[_TIME]
        if row[_METHOD] == "POST":
            stats.ok_posts += 1
            if stats.example_post is None:
                stats.example_post = row

    def watching(self, reader: LogReader) -> Watched:
        """``reader`` with this detector looking at every request it reads, however it is read:
        as ``Request``s (iterating) or as a store's rows (``row_batches``; then the detector runs
        where the lines are parsed, in the reader's process when it is parallel, and takes over
        what that copy saw once the last batch is in)."""
        return Watched(reader, self)

    def adopt(self, other: LogDetector) -> None:
        """Take over what ``other`` (a copy of this detector fed elsewhere, e.g. in a log reading
        process) saw, replacing what this one saw."""
        if other is not self:
            vars(self).update(vars(other))

    def _stats(self, script: str) -> _PathStats | None:
        stats = self._paths.get(script)
        if stats is None:
            if len(self._paths) >= self._max_paths:
                self.dropped_paths += 1
                return None
            stats = self._paths[script] = _PathStats()
        return stats

    def _count_client_hits(self, ip: str, hits: Sequence[Hit]) -> None:
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
        span = _span(stats.first[_TIME], stats.last_time)
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


class Watched:
    """A log reader seen by a detector (``LogDetector.watching``): a store's ``RowBatchSource``
    and an iterable of ``Request``s."""

    def __init__(self, reader: LogReader, detector: LogDetector) -> None:
        self.reader = reader
        self.detector = detector

    def __iter__(self) -> Iterator[Request]:
        return self.detector.observe(self.reader)

    def row_batches(self, convert: Callable[[list[Any]], list[Any]]) -> Iterator[list[Any]]:
        return self.reader.row_batches(_FeedThenConvert(self.detector, convert), self._done)

    def run(self) -> None:
        """Read everything for the detector alone (nothing is kept of the requests)."""
        for _ in self.row_batches(_nothing):
            pass

    def _done(self, stage: _FeedThenConvert) -> None:
        self.detector.adopt(stage.detector)


def _nothing(rows: list[Any]) -> list[Any]:
    return []


class _FeedThenConvert:
    """Feeds a batch's rows to a detector, then converts them (picklable: it may run in a log
    reading process)."""

    def __init__(self, detector: LogDetector, convert: Callable[[list[Any]], list[Any]]) -> None:
        self.detector = detector
        self.convert = convert

    def __call__(self, rows: list[Any]) -> list[Any]:
        self.detector.feed_rows(rows)
        return self.convert(rows)


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


def _reason(ident: str, score: int, description: str, example: Row) -> Reason:
    request = Request(*example)
    return Reason(
        id=ident,
        layer=Layer.LOG,
        score=score,
        description=description,
        line=request.line_no or None,
        snippet=describe_request(request),
    )


def _indicator_reason(entry: _IndicatorStats) -> Reason:
    assert entry.example is not None
    hit, row = entry.example
    request = Request(*row)
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
