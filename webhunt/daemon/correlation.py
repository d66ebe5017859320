"""Live correlation: when a flagged file is requested, name who planted it and who uses it.

The guard calls ``explain`` the first time a client reaches a flagged file. It runs the same
``webhunt.correlate.correlate`` as ``webhunt hunt``, over the requests already in the store (read
through ``StoreRequests``, bounded per path and per IP), then records the planting request, links
the requests of the attacker IPs to the finding (role ``use``) and records those IPs as attackers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import unquote

from webhunt.correlate import UrlMapping, correlate, normalise_path
from webhunt.model import Finding, FindingKind, Layer, Reason, Request
from webhunt.store import RequestQuery, RequestRecord, Store, TimeOrder

log = logging.getLogger(__name__)

#: Requests read per path and per IP (the newest are what a live guard needs).
MAX_REQUESTS = 5000
_PAGE = 500


def stored_request(rec: RequestRecord) -> Request:
    return Request(
        time=rec.time,
        client_ip=rec.client_ip,
        method=rec.method,
        path=rec.path,
        query=rec.query,
        status=rec.status,
        bytes_sent=rec.bytes_sent,
        referer=rec.referer,
        user_agent=rec.user_agent,
        vhost=rec.vhost,
        protocol=rec.protocol,
        source=rec.source,
        source_id=rec.source_id,
        line_no=rec.line_no,
    )


def _ok(r: Request) -> bool:
    return 200 <= r.status < 400


class StoreRequests:
    """``correlate.RequestSource`` over the store's requests of one host, plus the recent write
    requests (POST/PUT) the tailer saw; remembers the ids of what it read from the store."""

    def __init__(self, store: Store, host: str, writes: Sequence[Request] = ()) -> None:
        self._store = store
        self._host = host
        self._writes = [r for r in writes if _ok(r)]
        self.ids: dict[tuple[str, int], int] = {}

    def _keep(self, records: Sequence[RequestRecord]) -> list[Request]:
        out = []
        for rec in records:
            self.ids[(rec.source_id, rec.line_no)] = rec.id
            out.append(stored_request(rec))
        return out

    def by_paths(self, paths: Sequence[str]) -> list[Request]:
        out: list[Request] = []
        for p in dict.fromkeys(normalise_path(x) for x in paths):
            cursor = None
            while len(out) < MAX_REQUESTS:
                page = self._store.list_requests(
                    RequestQuery(path=p, host=self._host, order=TimeOrder.ASC, limit=_PAGE, cursor=cursor)
                )
                out.extend(self._keep(page.items))
                cursor = page.next_cursor
                if cursor is None:
                    break
        return out

    def by_ip(self, ip: str) -> list[Request]:
        out: list[Request] = []
        cursor = None
        while len(out) < MAX_REQUESTS:
            page = self._store.timeline(ip, limit=_PAGE, cursor=cursor, host=self._host)
            out.extend(self._keep(page.items))
            cursor = page.next_cursor
            if cursor is None:
                break
        return out

    def mentioning(self, needle: str) -> list[Request]:
        return [r for r in self._writes if needle in unquote(r.target)]

    def writes_between(self, since: datetime, until: datetime) -> list[Request]:
        return [r for r in self._writes if since <= r.time <= until]

    def id_of(self, r: Request) -> int | None:
        key = (r.source_id, r.line_no)
        if key not in self.ids:  # a recent write request: look its id up
            page = self._store.list_requests(
                RequestQuery(
                    ip=r.client_ip, path=r.path, host=self._host, since=r.time, until=r.time, limit=100
                )
            )
            self._keep(page.items)
        return self.ids.get(key)


@dataclass(frozen=True, slots=True)
class Explanation:
    planted_by: int | None  # request id
    planting_ip: str | None
    attacker_ips: tuple[str, ...]


def explain(
    store: Store,
    finding_id: int,
    finding: Finding,
    url_prefix: str = "/",
    recent_writes: Sequence[Request] = (),
    *,
    baseline_compared: bool = False,
) -> Explanation:
    """Correlate one flagged file with the stored requests and record what was found."""
    source = StoreRequests(store, finding.host, recent_writes)
    result = correlate(
        [finding], source, mappings=[UrlMapping(url_prefix=url_prefix)], baseline_compared=baseline_compared
    )
    (story,) = result.files
    planted = story.planted_by
    planted_id = source.id_of(planted.request) if planted is not None else None
    use_ids = [
        rid
        for r in story.requests
        if r.client_ip in story.attacker_ips and (rid := source.id_of(r)) is not None
    ]
    # uses first: a reader who sees the planting request sees the uses found with it
    if use_ids:
        store.link_requests(finding_id, use_ids, "use")
    if planted is not None and planted_id is not None:
        store.set_planting(finding_id, planted_id)
    for ip in story.attacker_ips:
        reasons = [
            Reason(
                "WH-GUARD-SHELL-USE",
                Layer.LOG,
                finding.score,
                f"requested the flagged file {finding.relpath}",
            )
        ]
        if planted is not None and planted.request.client_ip == ip:
            reasons.append(
                Reason(
                    "WH-GUARD-PLANTED", Layer.LOG, finding.score, f"planted {finding.relpath}: {planted.why}"
                )
            )
        store.upsert_attacker(ip, reasons, finding.score)
    if planted is not None and planted.request.client_ip not in story.attacker_ips:
        store.upsert_attacker(
            planted.request.client_ip,
            [
                Reason(
                    "WH-GUARD-PLANTED", Layer.LOG, finding.score, f"planted {finding.relpath}: {planted.why}"
                )
            ],
            finding.score,
        )
    return Explanation(
        planted_id,
        planted.request.client_ip if planted is not None else None,
        tuple(story.attacker_ips),
    )


def file_finding(store: Store, finding_id: int) -> Finding | None:
    """The stored file finding as a ``Finding`` value (what correlation reads)."""
    detail = store.get_finding(finding_id)
    if detail is None:
        return None
    f = detail.finding
    return Finding(
        host=f.host,
        kind=FindingKind(f.kind),
        path=f.path,
        relpath=f.relpath,
        sha256=f.sha256,
        severity=f.severity,
        score=f.score,
        reasons=f.reasons,
        language=f.language,
        root=f.root,
        size=f.size,
        mtime=f.mtime,
        ctime=f.ctime,
        change=f.change,
    )
