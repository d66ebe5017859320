"""Prometheus text exposition, written by hand: HTTP counters of this process + store gauges."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from webhunt.store import Stats

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(pairs: Iterable[tuple[str, str]]) -> str:
    inner = ",".join(f'{k}="{_escape(v)}"' for k, v in pairs)
    return "{" + inner + "}" if inner else ""


class HttpMetrics:
    """Request counts and latency sums per (method, route template, status)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count: dict[tuple[str, str, str], int] = {}
        self._seconds: dict[tuple[str, str, str], float] = {}

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, str(status))
        with self._lock:
            self._count[key] = self._count.get(key, 0) + 1
            self._seconds[key] = self._seconds.get(key, 0.0) + seconds

    def render(self) -> list[str]:
        with self._lock:
            counts = sorted(self._count.items())
            seconds = dict(self._seconds)
        lines = [
            "# HELP webhunt_http_requests_total HTTP requests answered by this API process.",
            "# TYPE webhunt_http_requests_total counter",
        ]
        names = ("method", "route", "status")
        for key, n in counts:
            lines.append(f"webhunt_http_requests_total{_labels(zip(names, key, strict=True))} {n}")
        lines += [
            "# HELP webhunt_http_request_duration_seconds Time spent answering HTTP requests.",
            "# TYPE webhunt_http_request_duration_seconds summary",
        ]
        for key, n in counts:
            labels = _labels(zip(names, key, strict=True))
            lines.append(f"webhunt_http_request_duration_seconds_sum{labels} {seconds[key]:.6f}")
            lines.append(f"webhunt_http_request_duration_seconds_count{labels} {n}")
        return lines


def render_store(stats: Stats) -> list[str]:
    lines: list[str] = []

    def gauge(name: str, help_text: str, label: str, values: dict[str, int]) -> None:
        lines.extend((f"# HELP {name} {help_text}", f"# TYPE {name} gauge"))
        for key, n in sorted(values.items()):
            lines.append(f"{name}{_labels([(label, key)])} {n}")

    gauge("webhunt_findings_by_severity", "Findings in the store by severity.", "severity", stats.by_severity)
    gauge("webhunt_findings_by_status", "Findings in the store by status.", "status", stats.by_status)
    gauge("webhunt_findings_by_host", "Findings in the store by host.", "host", stats.by_host)
    for name, help_text, value in (
        ("webhunt_findings", "Findings in the store.", stats.findings_total),
        ("webhunt_requests_stored", "Access-log requests in the store.", stats.requests_total),
        ("webhunt_attackers", "Attacker IPs in the store.", stats.attackers_total),
        ("webhunt_scans_running", "Scans currently running.", stats.scans_running),
    ):
        lines.extend((f"# HELP {name} {help_text}", f"# TYPE {name} gauge", f"{name} {value}"))
    return lines


class MetricsMiddleware:
    """Pure ASGI middleware timing every HTTP request (cheaper than BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            self.metrics.observe(scope.get("method", ""), template, status, time.perf_counter() - start)
