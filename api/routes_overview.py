"""/stats, /health (no token) and /metrics (Prometheus text)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from webhunt import __version__
from webhunt.errors import StoreError

from .deps import StoreDep
from .errors import responses
from .metrics import CONTENT_TYPE, HttpMetrics, render_store
from .schemas_other import HealthOut, StatsOut

public = APIRouter(tags=["health"])
router = APIRouter(tags=["overview"])


@public.get(
    "/health",
    response_model=HealthOut,
    responses={503: {"model": HealthOut, "description": "the store does not answer"}},
)
def health(store: StoreDep) -> HealthOut | JSONResponse:
    """Liveness and store reachability. Needs no token and reveals nothing else."""
    try:
        store.ping()
    except StoreError:
        body = HealthOut(status="unavailable", version=__version__)
        return JSONResponse(body.model_dump(), status_code=503)
    return HealthOut(status="ok", version=__version__)


@router.get("/stats", response_model=StatsOut, responses=responses(401, 503))
def stats(store: StoreDep) -> StatsOut:
    """Counts of findings by severity, status, host and kind; requests, attackers, scans."""
    return StatsOut.of(store.stats())


@router.get(
    "/metrics",
    response_class=Response,
    responses={
        200: {"content": {"text/plain": {"schema": {"type": "string"}}}, "description": "metrics"},
        **responses(401, 503),
    },
)
def metrics(request: Request, store: StoreDep) -> Response:
    """Prometheus text format: store gauges and this process's HTTP counters."""
    http: HttpMetrics = request.app.state.metrics
    lines = render_store(store.stats()) + http.render()
    return Response("\n".join(lines) + "\n", media_type=CONTENT_TYPE)
