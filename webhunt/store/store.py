"""The ``Store``: the one object every command, the daemon and the API use to reach the database.

Every write is one short transaction (one per batch for bulk calls), so a writer killed mid-run
loses at most the batch in flight and the store stays consistent. Reads run in a snapshot.
Records carry the host that wrote them (``Store.host``, default: this machine's name).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import sqlalchemy as sa

from webhunt import __version__
from webhunt.model import Finding, Reason, Request, Status
from webhunt.store import attackers as attackers_mod
from webhunt.store import findings as findings_mod
from webhunt.store import queries, scans
from webhunt.store import requests as requests_mod
from webhunt.store.engine import read_tx, write_tx
from webhunt.store.errors import RecordNotFound
from webhunt.store.records import (
    DEFAULT_LIMIT,
    AttackerQuery,
    AttackerRecord,
    FindingDetail,
    FindingQuery,
    FindingRecord,
    Page,
    RequestQuery,
    RequestRecord,
    ScanRecord,
    Stats,
)
from webhunt.store.schema import hosts
from webhunt.store.sql import chunks, insert_ignore
from webhunt.store.url import mask, parse, sqlite_file

Clock = Callable[[], datetime]

#: Findings written per transaction by ``upsert_findings``.
FINDINGS_BATCH = 500


def utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    """A connection pool to one store plus the host name its writes are recorded under."""

    def __init__(self, engine: sa.Engine, url: str, host: str, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._url = url
        self.host = host
        self._clock = clock

    # -- plumbing ------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The store's URL with the password masked."""
        return mask(self._url)

    @property
    def file(self) -> Path | None:
        """The database file of a SQLite store (None on PostgreSQL)."""
        return sqlite_file(parse(self._url))

    @property
    def backend(self) -> str:
        return self._engine.dialect.name

    @property
    def engine(self) -> sa.Engine:
        return self._engine

    def _write(self, action: str) -> AbstractContextManager[sa.Connection]:
        return write_tx(self._engine, self._url, action)

    def _read(self, action: str) -> AbstractContextManager[sa.Connection]:
        return read_tx(self._engine, self._url, action)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def register_host(self) -> None:
        """Record this host (first/last seen, webhunt version) in ``hosts``."""
        now = self._clock()
        with self._write("registering the host") as conn:
            conn.execute(
                insert_ignore(conn, hosts).values(
                    name=self.host, first_seen=now, last_seen=now, version=__version__
                )
            )
            conn.execute(
                sa.update(hosts).where(hosts.c.name == self.host).values(last_seen=now, version=__version__)
            )

    def ping(self) -> None:
        """Raise StoreError when the database does not answer."""
        with self._read("checking the connection") as conn:
            conn.execute(sa.text("SELECT 1"))

    # -- scans ---------------------------------------------------------------------------------

    def start_scan(self, root: str, kind: str, ruleset_version: str = "") -> int:
        with self._write("starting a scan") as conn:
            return scans.start(conn, self.host, root, kind, ruleset_version, self._clock())

    def update_scan(
        self,
        scan_id: int,
        *,
        files_total: int | None = None,
        files_done: int | None = None,
        status: str | None = None,
        problems: list[str] | None = None,
    ) -> None:
        with self._write("updating a scan") as conn:
            scans.update(
                conn,
                scan_id,
                files_total=files_total,
                files_done=files_done,
                status=status,
                problems=problems,
                now=self._clock(),
            )

    def finish_scan(self, scan_id: int, status: str = "done") -> None:
        self.update_scan(scan_id, status=status)

    def get_scan(self, scan_id: int) -> ScanRecord | None:
        with self._read("reading a scan") as conn:
            return scans.get(conn, scan_id)

    # -- findings ------------------------------------------------------------------------------

    def upsert_finding(self, f: Finding, scan_id: int | None = None) -> tuple[int, bool]:
        """Insert or refresh one finding (its own transaction). Returns (id, created)."""
        with self._write("storing a finding") as conn:
            return findings_mod.upsert(conn, f, scan_id, self._clock(), self.host)

    def upsert_findings(self, findings: Iterable[Finding], scan_id: int | None = None) -> list[int]:
        """Upsert many findings, ``FINDINGS_BATCH`` per transaction; their ids, in order."""
        ids: list[int] = []
        batch: list[Finding] = []
        for f in findings:
            batch.append(f)
            if len(batch) >= FINDINGS_BATCH:
                ids.extend(self._upsert_batch(batch, scan_id))
                batch = []
        if batch:
            ids.extend(self._upsert_batch(batch, scan_id))
        return ids

    def _upsert_batch(self, batch: list[Finding], scan_id: int | None) -> list[int]:
        now = self._clock()
        with self._write("storing findings") as conn:
            return [findings_mod.upsert(conn, f, scan_id, now, self.host)[0] for f in batch]

    def resolve_missing(self, host: str, root: str, present_paths: set[str], scan_id: int) -> int:
        """Resolve file findings under ``root`` whose path is gone; how many were resolved."""
        with self._write("resolving findings of files that are gone") as conn:
            return findings_mod.resolve_missing(conn, host, root, present_paths, scan_id, self._clock())

    def resolve_changed(self, host: str, root: str, current_hashes: Mapping[str, str], scan_id: int) -> int:
        """Resolve file findings under ``root`` whose path now holds other content (path -> sha256)."""
        with self._write("resolving findings of replaced files") as conn:
            return findings_mod.resolve_changed(conn, host, root, current_hashes, scan_id, self._clock())

    def triage(self, finding_id: int, status: Status, by: str, note: str = "") -> FindingRecord:
        """Set an analyst's verdict; RecordNotFound for an unknown id."""
        with self._write("triaging a finding") as conn:
            findings_mod.triage(conn, finding_id, status, by, note, self._clock())
            record = queries.get_finding_record(conn, finding_id)
        if record is None:  # pragma: no cover - deleted between the update and the read
            raise RecordNotFound(f"no finding with id {finding_id}")
        return record

    def list_findings(self, query: FindingQuery) -> Page[FindingRecord]:
        with self._read("listing findings") as conn:
            return queries.list_findings(conn, query)

    def get_finding(self, finding_id: int) -> FindingDetail | None:
        with self._read("reading a finding") as conn:
            return queries.get_finding(conn, finding_id)

    # -- requests ------------------------------------------------------------------------------

    def add_requests(self, requests: Iterable[Request], batch_size: int = 20_000) -> int:
        """Store requests (streaming, one transaction per batch); how many were new.

        Large transactions make bulk ingest cheaper (an index page changed by many rows is written
        once per transaction); readers are not blocked meanwhile (WAL, MVCC)."""
        return requests_mod.add(self._write, self._engine.dialect, requests, self.host, batch_size)

    def link_requests(self, finding_id: int, request_ids: Iterable[int], role: str) -> None:
        ids = list(request_ids)
        for part in chunks(ids, 5000) or [[]]:
            with self._write("linking requests to a finding") as conn:
                requests_mod.link(conn, finding_id, part, role)

    def set_planting(self, finding_id: int, request_id: int | None) -> None:
        with self._write("recording the planting request") as conn:
            requests_mod.set_planting(conn, finding_id, request_id)

    def list_requests(self, query: RequestQuery) -> Page[RequestRecord]:
        with self._read("listing requests") as conn:
            return queries.list_requests(conn, query)

    def timeline(
        self,
        ip: str,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
        *,
        host: str | None = None,
    ) -> Page[RequestRecord]:
        """All requests of one client IP in time order (optionally on one host)."""
        with self._read("reading a timeline") as conn:
            return queries.timeline(conn, ip, since, until, limit, cursor, host)

    # -- attackers -----------------------------------------------------------------------------

    def upsert_attacker(
        self,
        ip: str,
        reasons: Sequence[Reason],
        score: int,
        *,
        first_seen: datetime | None = None,
        last_seen: datetime | None = None,
    ) -> int:
        """Record (or refresh) an attacker IP of this host. Without first/last seen they are taken
        from the IP's stored requests. Reasons merge by id; the score is replaced."""
        with self._write("recording an attacker") as conn:
            return attackers_mod.upsert(
                conn, self.host, ip, reasons, score, self._clock(), first_seen, last_seen
            )

    def attackers(self, query: AttackerQuery | None = None) -> Page[AttackerRecord]:
        with self._read("listing attackers") as conn:
            return attackers_mod.list_page(conn, query or AttackerQuery())

    def get_attacker(self, ip: str, host: str | None = None) -> tuple[AttackerRecord, ...]:
        """The attacker records of ``ip`` (one per host that recorded it)."""
        with self._read("reading an attacker") as conn:
            return attackers_mod.get(conn, ip, host)

    # -- overview ------------------------------------------------------------------------------

    def stats(self) -> Stats:
        with self._read("computing statistics") as conn:
            return queries.stats(conn)
