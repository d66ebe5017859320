"""The app factory: ``create_app(settings) -> FastAPI``. Nothing is built at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse

from webhunt import __version__
from webhunt.store import open_store

from . import errors, routes_attackers, routes_findings, routes_overview, routes_requests, routes_scans
from .auth import resolve_token
from .console import router as console_router
from .deps import Authenticated
from .launcher import ScanLauncher
from .metrics import HttpMetrics, MetricsMiddleware
from .params import known_query_parameters
from .settings import ApiSettings

DESCRIPTION = """\
Query webhunt's findings store during an incident: findings with their evidence and triage,
access-log requests, attacker IPs and their timelines, scans.

Every route except `/health` needs `Authorization: Bearer TOKEN`. Lists are keyset-paginated:
pass a page's `next_cursor` back as `cursor` (it is null on the last page).
"""


def create_app(settings: ApiSettings) -> FastAPI:
    """Build the API for ``settings``: opens the store (unless one is given) and the token."""
    store = settings.store or open_store(settings.store_url, host=settings.store_host)
    owns_store = settings.store is None
    launcher = ScanLauncher(settings.scan_runner, settings.roots, settings.scan_start_timeout)
    try:
        token = resolve_token(settings, store)
    except BaseException:
        launcher.close()
        if owns_store:
            store.close()
        raise

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            launcher.close()
            if owns_store:
                store.close()

    query_checked = Depends(known_query_parameters)
    app = FastAPI(
        title="webhunt",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # served below, behind the token like everything but /health
    )
    app.state.settings = settings
    app.state.store = store
    app.state.token = token
    app.state.launcher = launcher
    app.state.metrics = HttpMetrics()
    errors.install(app)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    app.include_router(routes_overview.public)
    app.include_router(console_router)  # the page and its files: no data, so no token

    @app.get("/openapi.json", include_in_schema=False, dependencies=[Authenticated])
    def openapi_schema() -> JSONResponse:
        return JSONResponse(app.openapi())

    for module in (
        routes_findings,
        routes_requests,
        routes_attackers,
        routes_scans,
        routes_overview,
    ):
        app.include_router(module.router, dependencies=[Authenticated, query_checked])
    return app
