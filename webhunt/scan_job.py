"""A scan that writes to the store as it goes: the job behind ``POST /scans`` and the CLI's ``--db``.

``start_scan_job`` records the scan, returns its id at once and scans in a background thread, so
``GET /scans/{id}`` shows progress; findings land in the store as the scan finishes, files that are
gone are resolved.
"""

from __future__ import annotations

import logging
import threading
import time

from webhunt.errors import WebhuntError
from webhunt.findings import from_scan
from webhunt.scan import ScanSummary, scan_paths
from webhunt.settings import Settings
from webhunt.store import Store, open_store

log = logging.getLogger(__name__)

_PROGRESS_EVERY_S = 1.0


def save_summary(store: Store, summary: ScanSummary, scan_id: int, root: str) -> int:
    """Write a finished scan's findings to the store; resolve findings of files that are gone."""
    findings = [f for r in summary.results if r.root == root and (f := from_scan(r, store.host)) is not None]
    store.upsert_findings(findings, scan_id)
    present = {p for p in summary.present if p == root or p.startswith(root.rstrip("/") + "/")}
    store.resolve_missing(store.host, root, present, scan_id)
    store.update_scan(
        scan_id,
        files_total=len(present),
        files_done=len(present),
        problems=[f"{p.path}: {p.message}" for p in summary.problems],
    )
    return len(findings)


def run_scan_job(store: Store, scan_id: int, root: str, settings: Settings) -> None:
    last = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= _PROGRESS_EVERY_S:
            last = now
            store.update_scan(scan_id, files_total=total, files_done=done)

    try:
        summary = scan_paths([root], settings, progress=progress)
        save_summary(store, summary, scan_id, root)
    except WebhuntError as exc:
        log.error("scan %d of %s failed: %s", scan_id, root, exc)
        store.update_scan(scan_id, problems=[str(exc)])
        store.finish_scan(scan_id, "failed")
        return
    store.finish_scan(scan_id)


def start_scan_job(root: str, settings: Settings, store_url: str | None) -> int:
    """Record a scan of ``root``, scan it in a background thread, return the scan id at once."""
    store = open_store(store_url, host=settings.host)
    scan_id = store.start_scan(root, "scan")

    def work() -> None:
        try:
            run_scan_job(store, scan_id, root, settings)
        finally:
            store.close()

    threading.Thread(target=work, name=f"webhunt-scan-{scan_id}", daemon=True).start()
    return scan_id
