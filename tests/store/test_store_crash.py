"""Crash safety and concurrent writers, with real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import sqlalchemy as sa

from webhunt.store import FindingQuery, RequestQuery, open_store

_WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from webhunt.model import Finding, FindingKind, Layer, Reason, Request, Severity
    from webhunt.store import open_store

    url, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    reason = Reason("WH_TEST", Layer.YARA, 90, "test")
    with open_store(url, host="web01") as store:
        scan = store.start_scan("/var/www/html", "scan")
        for i in range(count):
            f = Finding("web01", FindingKind.FILE, f"/var/www/html/{tag}/{i}.php", f"{i}.php",
                        f"{i:064x}", Severity.HIGH, 80, (reason,), root="/var/www/html")
            store.upsert_finding(f, scan)
            reqs = [Request(t0 + timedelta(seconds=i), "203.0.113.7", "GET", f"/{i}", "", 200,
                            1, "-", "ua", source_id=tag, line_no=i * 100 + k) for k in range(100)]
            store.add_requests(reqs, batch_size=50)
            print(i, flush=True)
        store.finish_scan(scan)
    """
)


def _writer(url: str, tag: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, url, tag, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_9_mid_run_leaves_a_consistent_store(db_url: str) -> None:
    last = -1
    with _writer(db_url, "k", 100_000) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        for line in proc.stdout:
            last = int(line)
            if last >= 60:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert last >= 60, proc.stderr.read()

    with open_store(db_url, host="web01") as store:
        if store.backend == "sqlite":
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
                conn.rollback()
        findings = _count(store, "findings")
        requests = _count(store, "requests")
        # everything reported committed is there; at most the item in flight is missing
        assert last + 1 <= findings <= last + 2
        assert (last + 1) * 100 <= requests <= (last + 2) * 100
        assert requests % 50 == 0  # never half a batch
        scan = store.get_scan(1)
        assert scan is not None and scan.status == "running"
        # and the store goes on working: the same writer restarted adds no duplicates
        rerun = _writer(db_url, "k", last + 1)
        _, err = rerun.communicate(timeout=300)
        assert rerun.returncode == 0, err
        assert _count(store, "findings") == findings
        assert _count(store, "requests") == requests
        page = store.list_findings(FindingQuery(limit=5))
        assert len(page.items) == 5


def _count(store: object, table: str) -> int:
    engine: sa.Engine = store.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_concurrent_writers_on_a_fresh_store(db_url: str, tmp_path: Path) -> None:
    """Two processes create, migrate and write the same new store at once: no lock errors."""
    procs = [_writer(db_url, tag, 60) for tag in ("a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with open_store(db_url, host="web01") as store:
        assert _count(store, "findings") == 120
        assert _count(store, "requests") == 12_000
        assert len(store.list_requests(RequestQuery(limit=500)).items) == 500
