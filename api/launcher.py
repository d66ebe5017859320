"""Starting scans from the API: only configured roots, in a worker thread, one at a time per root."""

from __future__ import annotations

import concurrent.futures as cf
import logging
import os
import threading

from webhunt.errors import WebhuntError

from .settings import ScanRunner

log = logging.getLogger("webhunt.api")


class ScanUnavailable(WebhuntError):
    """No scanner is configured for this API."""


class UnknownRoot(WebhuntError):
    """The client named a root that is not configured."""


class ScanBusy(WebhuntError):
    """A scan of this root started from the API is still running."""


def _norm(root: str) -> str:
    return os.path.normpath(root) if root else root


class ScanLauncher:
    def __init__(self, runner: ScanRunner | None, roots: tuple[str, ...], start_timeout: float):
        self._runner = runner
        self._roots = {_norm(r): r for r in roots}
        self._timeout = start_timeout
        self._pool = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="webhunt-scan")
        self._lock = threading.Lock()
        self._running: dict[str, cf.Future[int]] = {}

    def configured_root(self, root: str) -> str:
        """The configured root ``root`` names (compared as normalised strings, never resolved)."""
        found = self._roots.get(_norm(root))
        if found is None:
            raise UnknownRoot("root is not one of the roots configured for this API")
        return found

    def start(self, root: str) -> int | None:
        """Start a scan; its id, or None when the runner did not return it in time."""
        if self._runner is None:
            raise ScanUnavailable("scans cannot be started through this API: no scanner is configured")
        configured = self.configured_root(root)
        with self._lock:
            current = self._running.get(configured)
            if current is not None and not current.done():
                raise ScanBusy(f"a scan of {configured} started through the API is still running")
            future = self._pool.submit(self._runner, configured)
            self._running[configured] = future
        future.add_done_callback(lambda f: self._report(configured, f))
        try:
            return future.result(timeout=self._timeout)
        except cf.TimeoutError:
            return None

    @staticmethod
    def _report(root: str, future: cf.Future[int]) -> None:
        exc = future.exception()
        if exc is not None:
            log.error("scan of %s started through the API failed: %s", root, exc)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
