"""The findings store: SQLite by default, PostgreSQL for fleets; schema migrated on open.

from webhunt.store import open_store
with open_store() as store:          # --db, else WEBHUNT_DATABASE_URL, else a SQLite file
    scan_id = store.start_scan("/var/www/html", "scan")
    store.upsert_findings(findings, scan_id)
    store.finish_scan(scan_id)
"""

from __future__ import annotations

import socket

from webhunt.errors import StoreError
from webhunt.store import migrate
from webhunt.store.engine import create_engine, db_errors
from webhunt.store.errors import InvalidQuery, RecordNotFound
from webhunt.store.records import (
    MAX_LIMIT,
    AttackerQuery,
    AttackerRecord,
    FindingDetail,
    FindingQuery,
    FindingRecord,
    FindingSort,
    LinkedRequest,
    LinkRole,
    Page,
    RequestQuery,
    RequestRecord,
    ScanKind,
    ScanRecord,
    ScanStatus,
    Stats,
    TimeOrder,
)
from webhunt.store.store import Clock, Store, utc_now
from webhunt.store.url import ENV_URL, data_dir, default_url, mask, parse, resolve_url

__all__ = [
    "ENV_URL",
    "MAX_LIMIT",
    "AttackerQuery",
    "AttackerRecord",
    "FindingDetail",
    "FindingQuery",
    "FindingRecord",
    "FindingSort",
    "InvalidQuery",
    "LinkRole",
    "LinkedRequest",
    "Page",
    "RecordNotFound",
    "RequestQuery",
    "RequestRecord",
    "ScanKind",
    "ScanRecord",
    "ScanStatus",
    "Stats",
    "Store",
    "StoreError",
    "TimeOrder",
    "data_dir",
    "default_url",
    "mask",
    "open_store",
    "resolve_url",
]


def open_store(
    url: str | None = None,
    *,
    host: str | None = None,
    clock: Clock = utc_now,
    migrate_to: str = "head",
) -> Store:
    """Open (creating and migrating as needed) the store named by ``url`` / the environment.

    Raises StoreError, naming the URL with its password masked, when the URL is bad or the database
    cannot be reached or migrated. ``migrate_to`` exists for migration tests only.
    """
    raw = resolve_url(url)
    parsed = parse(raw)
    raw = parsed.render_as_string(hide_password=False)
    engine = create_engine(parsed)
    try:
        with db_errors(raw, "opening"):
            migrate.upgrade(engine, raw, migrate_to)
        store = Store(engine, raw, host or socket.gethostname(), clock)
        if migrate_to == "head":
            store.register_host()
    except BaseException:
        engine.dispose()
        raise
    return store
