"""Helpers of the API tests (imported by conftest.py and the test modules).

The store tests' database and factory helpers are loaded by path: tests/ is no package.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import httpx
from webhunt_api.server import ServerThread
from webhunt_api.settings import ScanRunner

from webhunt.store import Store

TOKEN = "test-token-0123456789abcdef"
ROOT = "/var/www/html"


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_STORE_TESTS = Path(__file__).resolve().parent.parent / "store"
storedb = _load("storetest_db", _STORE_TESTS / "storetest_db.py")
factories = _load("storetest_factories", _STORE_TESTS / "storetest_factories.py")


@dataclass
class Api:
    store: Store
    server: ServerThread
    client: httpx.Client  # sends the right token
    anonymous: httpx.Client  # sends no token

    @property
    def url(self) -> str:
        return self.server.url


#: ``make_api(scanner=..., **ApiSettings fields) -> Api`` (the ``make_api`` fixture).
ApiFactory = Callable[..., Api]


def instant_scanner(store: Store) -> ScanRunner:
    """A scanner that records a finished one-file scan of the root and returns its id."""

    def run(root: str) -> int:
        scan_id = store.start_scan(root, "scan")
        store.update_scan(scan_id, files_total=1, files_done=1)
        store.finish_scan(scan_id)
        return scan_id

    return run
