"""Alerts for new findings: a JSON line per alert on a stream (stdout), and an optional webhook.

Each alert is sent the moment the finding is stored (no batching). The webhook never blocks
detection: alerts wait in a bounded queue (the oldest is dropped, and counted, when it is full) and
one sender thread POSTs them with a timeout and a bounded number of retries with back-off.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from webhunt import __version__
from webhunt.model import Finding, Severity, iso

log = logging.getLogger(__name__)

QUEUE_SIZE = 1000
RETRIES = 3
BACKOFF = 1.0  # seconds before the first retry; doubled for each next one
_REASONS_IN_ALERT = 5


class Stream(Protocol):
    """Where JSON lines go (standard output, a file)."""

    def write(self, text: str, /) -> int: ...

    def flush(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Alert:
    """Why an alert is raised about a finding."""

    event: str  # "new" (first seen), "accessed" (a flagged file was requested), "reappeared"
    finding: Finding
    finding_id: int
    time: float

    def to_dict(self) -> dict[str, Any]:
        f = self.finding
        return {
            "type": "webhunt.alert",
            "event": self.event,
            "time": iso(self.time),
            "id": self.finding_id,
            "host": f.host,
            "kind": f.kind.value,
            "path": f.path,
            "relpath": f.relpath,
            "root": f.root,
            "sha256": f.sha256,
            "severity": f.severity.label,
            "score": f.score,
            "language": f.language.value if f.language else None,
            "change": f.change.value if f.change else None,
            "client_ip": f.client_ip,
            "rules": list(f.rules),
            "reasons": [
                {"id": r.id, "score": r.score, "description": r.description, "line": r.line}
                for r in sorted(f.reasons, key=lambda r: -r.score)[:_REASONS_IN_ALERT]
            ],
            "webhunt": __version__,
        }


class Webhook:
    """POSTs alerts as JSON from its own thread; ``send`` never blocks."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 5.0,
        queue_size: int = QUEUE_SIZE,
        retries: int = RETRIES,
        backoff: float = BACKOFF,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url
        self._timeout = timeout
        self._retries = retries
        self._backoff = backoff
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue(maxsize=queue_size)
        self._stop = threading.Event()
        self._client = httpx.Client(
            timeout=timeout, transport=transport, headers={"User-Agent": f"webhunt/{__version__}"}
        )
        self._thread = threading.Thread(target=self._run, name="webhunt-webhook", daemon=True)
        self._lock = threading.Lock()
        self.sent = 0
        self.failed = 0
        self.dropped = 0
        self._outstanding = 0  # queued or being delivered
        self._thread.start()

    def send(self, payload: dict[str, Any]) -> None:
        with self._lock:
            while True:
                try:
                    self._queue.put_nowait(payload)
                    self._outstanding += 1
                    return
                except queue.Full:
                    try:
                        self._queue.get_nowait()
                        self.dropped += 1
                        self._outstanding -= 1
                        log.warning("webhook %s: alert queue full, oldest alert dropped", self.url)
                    except queue.Empty:
                        continue

    def _run(self) -> None:
        while True:
            payload = self._queue.get()
            if payload is None:
                return
            try:
                self._deliver(payload)
            finally:
                with self._lock:
                    self._outstanding -= 1

    def _deliver(self, payload: dict[str, Any]) -> None:
        delay = self._backoff
        for attempt in range(self._retries + 1):
            try:
                response = self._client.post(self.url, json=payload)
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}"
            else:
                if response.status_code < 400:
                    self.sent += 1
                    return
                problem = f"HTTP {response.status_code}"
                if 400 <= response.status_code < 500 and response.status_code not in (408, 429):
                    break  # the receiver refuses this alert: retrying will not help
            if attempt < self._retries and not self._stop.wait(delay):
                delay *= 2
                continue
            break
        self.failed += 1
        log.warning(
            "webhook %s: alert for finding %s not delivered: %s", self.url, payload.get("id"), problem
        )

    def close(self, timeout: float = 5.0) -> None:
        """Deliver what is queued (within ``timeout``), then stop the sender thread."""
        end = time.monotonic() + timeout
        while self._outstanding > 0 and time.monotonic() < end:
            time.sleep(0.02)
        self._stop.set()  # cut retry waits short
        with self._lock:
            while True:
                try:
                    self._queue.put_nowait(None)
                    break
                except queue.Full:
                    self._queue.get_nowait()
                    self.dropped += 1
                    self._outstanding -= 1
        self._thread.join(max(0.1, end - time.monotonic()) + self._timeout)
        self._client.close()


class Alerts:
    """Alerts for findings at or above ``min_severity``: JSON lines on ``stream`` and/or a webhook."""

    def __init__(
        self,
        min_severity: Severity,
        *,
        stream: Stream | None = None,
        webhook: Webhook | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.min_severity = min_severity
        self._stream = stream
        self._webhook = webhook
        self._clock = clock
        self._lock = threading.Lock()
        self.raised = 0

    def notify(self, event: str, finding: Finding, finding_id: int) -> bool:
        """Raise an alert if the finding is severe enough; whether one was raised."""
        if finding.severity < self.min_severity:
            return False
        payload = Alert(event, finding, finding_id, self._clock()).to_dict()
        with self._lock:
            self.raised += 1
            if self._stream is not None:
                try:
                    self._stream.write(json.dumps(payload, separators=(",", ":")) + "\n")
                    self._stream.flush()
                except (OSError, ValueError) as exc:  # closed pipe / closed stream
                    log.error("alerts on standard output stopped: %s", exc)
                    self._stream = None
        if self._webhook is not None:
            self._webhook.send(payload)
        return True

    def close(self) -> None:
        if self._webhook is not None:
            self._webhook.close()
