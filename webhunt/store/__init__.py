"""The findings store: SQLite by default, PostgreSQL for fleets; schema migrated on open.

from webhunt.store import open_store
with open_store() as store:          # --db, else WEBHUNT_DATABASE_URL, else a SQLite file
    scan_id = store.start_scan("/var/www/html", "scan")
    store.upsert_findings(findings, scan_id)
    store.finish_scan(scan_id)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from webhunt.errors import StoreError
    from webhunt.store.errors import InvalidQuery, RecordNotFound
    from webhunt.store.opening import open_store
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
    from webhunt.store.store import Store
    from webhunt.store.url import ENV_URL, data_dir, default_url, mask, resolve_url

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

#: Where each public name lives. They are imported on first use, so that a process that needs one
#: light module of this package (a log reading process unpickling ``rows.StorageRows``) does not
#: load SQLAlchemy and Alembic, ~0.3 s of start-up.
_HOMES: dict[str, str] = {
    "ENV_URL": "webhunt.store.url",
    "MAX_LIMIT": "webhunt.store.records",
    "AttackerQuery": "webhunt.store.records",
    "AttackerRecord": "webhunt.store.records",
    "FindingDetail": "webhunt.store.records",
    "FindingQuery": "webhunt.store.records",
    "FindingRecord": "webhunt.store.records",
    "FindingSort": "webhunt.store.records",
    "InvalidQuery": "webhunt.store.errors",
    "LinkRole": "webhunt.store.records",
    "LinkedRequest": "webhunt.store.records",
    "Page": "webhunt.store.records",
    "RecordNotFound": "webhunt.store.errors",
    "RequestQuery": "webhunt.store.records",
    "RequestRecord": "webhunt.store.records",
    "ScanKind": "webhunt.store.records",
    "ScanRecord": "webhunt.store.records",
    "ScanStatus": "webhunt.store.records",
    "Stats": "webhunt.store.records",
    "Store": "webhunt.store.store",
    "StoreError": "webhunt.errors",
    "TimeOrder": "webhunt.store.records",
    "data_dir": "webhunt.store.url",
    "default_url": "webhunt.store.url",
    "mask": "webhunt.store.url",
    "open_store": "webhunt.store.opening",
    "resolve_url": "webhunt.store.url",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
