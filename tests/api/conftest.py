"""Fixtures of the API tests: the real app served by uvicorn on loopback, over a real store.

Every test that takes ``api`` runs against SQLite and PostgreSQL (see tests/store/storetest_db.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from apitest_support import ROOT, TOKEN, Api, ApiFactory, storedb
from webhunt_api.app import create_app
from webhunt_api.server import ServerThread
from webhunt_api.settings import ApiSettings, ScanRunner

from webhunt.store import Store, open_store


@pytest.fixture(params=storedb.BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with storedb.store_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def make_api(db_url: str) -> Iterator[ApiFactory]:
    """Start an API over the test's store with the given ``ApiSettings`` fields."""
    with ExitStack() as stack:

        def make(scanner: Callable[[Store], ScanRunner] | None = None, **kw: Any) -> Api:
            store = stack.enter_context(open_store(db_url, host="web01"))
            if scanner is not None:
                kw["scan_runner"] = scanner(store)
            settings = replace(ApiSettings(store=store, token=TOKEN, roots=(ROOT,)), **kw)
            app = create_app(settings)
            server = stack.enter_context(ServerThread(app))
            headers = {"Authorization": f"Bearer {TOKEN}"}
            client = stack.enter_context(httpx.Client(base_url=server.url, headers=headers))
            anonymous = stack.enter_context(httpx.Client(base_url=server.url))
            return Api(store, server, client, anonymous)

        yield make


@pytest.fixture
def api(make_api: ApiFactory) -> Api:
    return make_api()
