"""The whole incident analysis in one pass: scan, diff against the baseline, ingest the logs,
correlate, store, and tell the story.

scan/diff -> file findings -> store;  logs -> requests -> store (log-only detections on the way);
correlate(file findings, stored requests) -> planting requests, attackers, timelines -> store;
story (a JSON-ready dict) -> terminal, JSON, or a report.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from webhunt import __version__
from webhunt.correlate import Correlation, FileStory, UrlMapping, correlate
from webhunt.detect import scoring
from webhunt.detect.engine import Engine
from webhunt.diff.compare import DiffOptions, DiffResult, compare
from webhunt.diff.export import change_to_dict, change_to_finding
from webhunt.findings import from_scan
from webhunt.known_good import KnownGood
from webhunt.logs.detections import LogDetector
from webhunt.logs.indicators import load_indicators
from webhunt.logs.reader import LogReader, ReadSummary, worth_parallel
from webhunt.model import ChangeKind, Finding, Layer, Reason, Request, Severity, iso, severity_for
from webhunt.scan import ScanSummary, scan_paths
from webhunt.settings import Settings
from webhunt.store import LinkRole, RequestQuery, RequestRecord, Store, TimeOrder

#: At most this many POST/PUT requests are read from the store to find writes naming a file.
MAX_WRITES_KEPT = 200_000
_WRITE_METHODS = ("POST", "PUT")
_PAGE = 500


@dataclass(frozen=True, slots=True)
class HuntOptions:
    root: str
    baseline: str | None = None
    logs: tuple[str, ...] = ()
    log_format: str | None = None
    mappings: tuple[UrlMapping, ...] = ()
    min_severity: Severity = Severity.MEDIUM
    known_good: tuple[str, ...] = ()  # trusted releases: their files, where they put them, scan clean


@dataclass(slots=True)
class HuntResult:
    options: HuntOptions
    scan: ScanSummary
    diff: DiffResult | None
    logs: ReadSummary | None
    findings: list[Finding]  # file findings at or above LOW, merged across scan and diff
    finding_ids: dict[tuple[str, str], int]  # (path, sha256) -> store id
    log_findings: list[Finding]
    correlation: Correlation
    suspicious: dict[str, list[str]] = field(default_factory=dict)


class _StoredRequests:
    """A correlate.RequestSource over the store (this host's requests)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ids: dict[tuple[str, int], int] = {}
        self._writes: list[Request] | None = None

    def _pages(self, query: RequestQuery) -> Iterator[RequestRecord]:
        cursor: str | None = None
        while True:
            page = self.store.list_requests(replace(query, cursor=cursor))
            yield from page.items
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def _request(self, r: RequestRecord) -> Request:
        self.ids[(r.source_id, r.line_no)] = r.id
        return Request(
            time=r.time,
            client_ip=r.client_ip,
            method=r.method,
            path=r.path,
            query=r.query,
            status=r.status,
            bytes_sent=r.bytes_sent,
            referer=r.referer,
            user_agent=r.user_agent,
            vhost=r.vhost,
            protocol=r.protocol,
            source=r.source,
            source_id=r.source_id,
            line_no=r.line_no,
        )

    def by_paths(self, paths: Sequence[str]) -> list[Request]:
        out: list[Request] = []
        for p in dict.fromkeys(paths):
            query = RequestQuery(path=p, host=self.store.host, limit=_PAGE)
            out.extend(self._request(r) for r in self._pages(query))
        return out

    def by_ip(self, ip: str) -> list[Request]:
        out: list[Request] = []
        cursor: str | None = None
        while True:
            page = self.store.timeline(ip, limit=_PAGE, cursor=cursor, host=self.store.host)
            out.extend(self._request(r) for r in page.items)
            if page.next_cursor is None:
                return out
            cursor = page.next_cursor

    def _successful_writes(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[Request]:
        out: list[Request] = []
        for method in _WRITE_METHODS:
            query = RequestQuery(
                method=method,
                host=self.store.host,
                since=since,
                until=until,
                order=TimeOrder.ASC,
                limit=_PAGE,
            )
            for rec in self._pages(query):
                if 200 <= rec.status < 400:
                    out.append(self._request(rec))
                    if len(out) >= MAX_WRITES_KEPT:
                        return out
        return out

    def mentioning(self, needle: str) -> list[Request]:
        if self._writes is None:  # read once, when a file nobody requested needs its writer
            self._writes = self._successful_writes()
        return [r for r in self._writes if needle in unquote(r.target)]

    def writes_between(self, since: datetime, until: datetime) -> list[Request]:
        return self._successful_writes(since, until)

    def id_of(self, r: Request) -> int | None:
        """The stored id of a request (looked up when it came from the ingest pass, not the store)."""
        key = (r.source_id, r.line_no)
        if key not in self.ids:
            query = RequestQuery(
                path=r.path, ip=r.client_ip, host=self.store.host, since=r.time, until=r.time
            )
            for rec in self._pages(query):
                self._request(rec)
        return self.ids.get(key)


def _merge(a: Finding, b: Finding) -> Finding:
    """One finding for a file flagged by both the scan and the diff."""
    kept = scoring.strongest_per_id([*a.reasons, *b.reasons])
    score = max(a.score, b.score, scoring.combine_scores(r.score for r in kept))
    diffed = b if b.change is not None else a
    return replace(
        a,
        reasons=tuple(kept),
        score=score,
        severity=max(a.severity, b.severity, severity_for(score) or a.severity),
        change=diffed.change,
        diff=diffed.diff,
        inserted=diffed.inserted,
    )


def run_hunt(opts: HuntOptions, settings: Settings, store: Store) -> HuntResult:
    root = os.path.abspath(opts.root)
    releases = KnownGood.load(opts.known_good) if opts.known_good else None  # a bad release stops here
    engine = Engine.load(settings)
    scan_id = store.start_scan(root, "hunt", engine.info.ruleset_version)

    # 1. files: scan, then diff against the baseline
    scan = scan_paths([root], settings, engine=engine, known_good=releases)
    by_path: dict[str, Finding] = {}
    for r in scan.results:
        f = from_scan(r, settings.host)
        if f is not None:
            by_path[f.path] = f
    diff: DiffResult | None = None
    if opts.baseline:
        diff = compare(
            root,
            opts.baseline,
            engine.detect,
            DiffOptions(
                workers=settings.workers,
                max_file_size=settings.max_file_size,
                ignore=settings.ignore,
                digest_dir=settings.cache_dir if settings.use_cache else None,
            ),
        )
        for change in diff.changes:
            f = change_to_finding(change, settings.host, root)
            if f is None or change.kind is ChangeKind.DELETED:
                continue
            by_path[f.path] = _merge(by_path[f.path], f) if f.path in by_path else f
    findings = sorted(by_path.values(), key=lambda f: (-f.score, f.relpath))
    ids = store.upsert_findings(findings, scan_id)
    finding_ids = {(f.path, f.sha256): i for f, i in zip(findings, ids, strict=True)}
    store.update_scan(
        scan_id,
        files_total=scan.files_scanned + scan.files_cached,
        files_done=scan.files_scanned + scan.files_cached,
        problems=[f"{p.path}: {p.message}" for p in scan.problems],
    )

    # 2. logs: stream into the store, with the log-only detections where the lines are parsed
    log_summary: ReadSummary | None = None
    log_findings: list[Finding] = []
    suspicious: dict[str, list[str]] = {}
    if opts.logs:
        known = {os.path.relpath(p, root).replace(os.sep, "/") for p in scan.present}
        if diff is not None:
            known |= {c.relpath for c in diff.changes if c.kind is ChangeKind.DELETED}
        detector = LogDetector(load_indicators(), known_paths=known, host=settings.host)
        reader = LogReader(list(opts.logs), opts.log_format, parallel=worth_parallel(opts.logs))
        store.add_requests(detector.watching(reader))
        log_summary = reader.summary()
        log_findings = detector.findings()
        store.upsert_findings(log_findings, scan_id)
        for ip, score, hits in detector.suspicious_clients(limit=50):
            if score >= 40:
                suspicious[ip] = [f"log indicators: {', '.join(sorted(hits))}"]

    # 3. correlate and record who planted and used what
    source = _StoredRequests(store)
    # only findings a responder must act on name attackers (a legitimate edit flagged low does not)
    serious = [f for f in findings if f.severity >= min(opts.min_severity, Severity.MEDIUM)]
    corr = correlate(
        serious,
        source,
        mappings=opts.mappings,
        suspicious_ips=suspicious,
        baseline_compared=diff is not None,
    )
    if opts.logs:
        _record(store, corr, source, finding_ids)
    store.finish_scan(scan_id)
    return HuntResult(opts, scan, diff, log_summary, findings, finding_ids, log_findings, corr, suspicious)


def _record(
    store: Store, corr: Correlation, source: _StoredRequests, finding_ids: dict[tuple[str, str], int]
) -> None:
    for story in corr.files:
        fid = finding_ids.get((story.finding.path, story.finding.sha256))
        if fid is None:
            continue
        attackers = set(story.attacker_ips)
        uses = [i for r in story.requests if r.client_ip in attackers and (i := source.id_of(r)) is not None]
        others = [
            i for r in story.requests if r.client_ip not in attackers and (i := source.id_of(r)) is not None
        ]
        if uses:
            store.link_requests(fid, uses, LinkRole.USE)
        if others:
            store.link_requests(fid, others, LinkRole.ACCESS)
        if story.planted_by is not None:
            pid = source.id_of(story.planted_by.request)
            if pid is not None:
                store.link_requests(fid, [pid], LinkRole.PLANTING)
                store.set_planting(fid, pid)
    for a in corr.attackers:
        score = 90 if any(r.startswith("planted") for r in a.reasons) else 70
        store.upsert_attacker(
            a.ip,
            [Reason(f"WH-ATTACKER-{i}", Layer.LOG, score, r) for i, r in enumerate(a.reasons)],
            score,
        )


# -- the story -----------------------------------------------------------------------------------


def _req(r: Request) -> dict[str, Any]:
    return {
        "time": r.time.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "ip": r.client_ip,
        "method": r.method,
        "path": r.path,
        "query": r.query,
        "status": r.status,
        "bytes": r.bytes_sent,
        "user_agent": r.user_agent,
        "referer": r.referer,
    }


def _finding_dict(f: Finding, story: FileStory | None, fid: int | None) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": fid,
        "relpath": f.relpath,
        "path": f.path,
        "severity": f.severity.label,
        "score": f.score,
        "language": f.language.value if f.language else None,
        "sha256": f.sha256,
        "size": f.size,
        "mtime": iso(f.mtime),
        "ctime": iso(f.ctime),
        "change": f.change.value if f.change else None,
        "reasons": [r.to_dict() for r in f.reasons],
        "inserted": [list(x) for x in f.inserted],
        "diff": f.diff,
        "requests_count": 0,
        "first_request": None,
        "last_request": None,
        "attacker_ips": [],
        "planted_by": None,
        "requests_summary": None,
    }
    if story is not None:
        d["requests_count"] = len(story.requests)
        d["first_request"] = _req(story.requests[0])["time"] if story.requests else None
        d["last_request"] = _req(story.requests[-1])["time"] if story.requests else None
        d["attacker_ips"] = story.attacker_ips
        d["urls"] = story.urls
        if story.requests:
            d["requests_summary"] = story.summary()
        if story.planted_by is not None:
            p = story.planted_by.request
            d["planted_by"] = {
                "time": _req(p)["time"],
                "ip": p.client_ip,
                "method": p.method,
                "path": p.path,
                "status": p.status,
                "why": story.planted_by.why,
            }
    return d


def story(result: HuntResult, host: str) -> dict[str, Any]:
    """The incident as one JSON-ready document (``hunt --format json``, reports)."""
    o = result.options
    stories = {(s.finding.path, s.finding.sha256): s for s in result.correlation.files}
    shown = [f for f in result.findings if f.severity >= o.min_severity]
    # a log detection on the URL of a flagged file is part of that file's story, not "log-only"
    file_urls = {u for s in result.correlation.files for u in s.urls}
    scan = result.scan
    doc: dict[str, Any] = {
        "webhunt_version": __version__,
        "generated": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "host": host,
        "root": os.path.abspath(o.root),
        "baseline": o.baseline,
        "logs": list(o.logs),
        "min_severity": o.min_severity.label,
        "scan": {
            "files_scanned": scan.files_scanned,
            "files_cached": scan.files_cached,
            "ruleset_version": scan.ruleset_version,
            "seconds": round(scan.seconds, 3),
            "problems": [{"path": p.path, "message": p.message} for p in scan.problems],
            "rule_problems": list(scan.rule_problems),
        },
        "findings": [
            _finding_dict(f, stories.get((f.path, f.sha256)), result.finding_ids.get((f.path, f.sha256)))
            for f in shown
        ],
        "log_detections": [
            {
                "path": f.path,
                "severity": f.severity.label,
                "score": f.score,
                "reasons": [r.to_dict() for r in f.reasons],
            }
            for f in result.log_findings
            if f.severity >= o.min_severity and f.path not in file_urls
        ],
        "attackers": [
            {
                "ip": a.ip,
                "reasons": a.reasons,
                "first_seen": _req(a.timeline[0].request)["time"] if a.timeline else None,
                "last_seen": _req(a.timeline[-1].request)["time"] if a.timeline else None,
                "requests": len(a.timeline),
                "timeline": [_req(e.request) | {"role": e.role, "note": e.note} for e in a.timeline],
            }
            for a in result.correlation.attackers
        ],
        "diff": None,
        "logs_summary": None,
    }
    if result.diff is not None:
        d = result.diff
        doc["diff"] = {
            "baseline": d.baseline,
            "added": d.count(ChangeKind.ADDED),
            "modified": d.count(ChangeKind.MODIFIED),
            "deleted": d.count(ChangeKind.DELETED),
            "mode": d.count(ChangeKind.MODE),
            "notes": list(d.notes),
            "changes": [change_to_dict(c, d.root) for c in d.changes],
        }
    if result.logs is not None:
        s = result.logs
        doc["logs_summary"] = {
            "files": [
                {
                    "path": f.path,
                    "format": f.format,
                    "lines": f.lines,
                    "requests": f.requests,
                    "malformed": f.malformed,
                    "error": f.error,
                }
                for f in s.files
            ],
            "lines": s.lines,
            "requests": s.requests,
            "malformed": s.malformed,
            "malformed_samples": [str(m) for m in s.malformed_sample],
        }
    return doc
