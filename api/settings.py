"""Settings of the API, built once at the entry point (``webhunt serve`` / ``webhunt run``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from webhunt.store import Store

#: Starts a scan of a configured root and returns its scan id (see ``ApiSettings.scan_runner``).
ScanRunner = Callable[[str], int]

ENV_TOKEN = "WEBHUNT_API_TOKEN"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


@dataclass(frozen=True, slots=True)
class ApiSettings:
    """What the API needs. Nothing here is read from the environment after construction.

    - ``store_url``: the store to open (None: ``WEBHUNT_DATABASE_URL``, then the default SQLite
      file); or ``store``: an already open store shared with the caller (``webhunt run``), which
      the app then does not close.
    - ``token`` / ``token_file``: the bearer token. With neither, a token is generated on first
      start and saved (mode 0600) as ``api-token`` next to the SQLite store or in the data dir.
    - ``roots``: the only roots ``POST /scans`` accepts and quarantine may touch.
    - ``quarantine_dir``: enables ``POST /findings/{id}/quarantine`` (off when None).
    - ``scan_runner(root) -> scan id``: starts a scan and returns its id (the runner may return
      promptly and scan in the background, or scan to the end; the API calls it in a worker thread
      and answers with the id if it is known within ``scan_start_timeout`` seconds). None: 503.
    """

    store_url: str | None = None
    store: Store | None = None
    store_host: str | None = None
    token: str | None = None
    token_file: Path | None = None
    roots: tuple[str, ...] = ()
    scan_runner: ScanRunner | None = None
    scan_start_timeout: float = 5.0
    #: where ``POST /findings/{id}/quarantine`` moves files; None: quarantine over HTTP is off
    quarantine_dir: Path | None = None
    listen_host: str = DEFAULT_HOST
    listen_port: int = DEFAULT_PORT

    def with_env_token(self, environ: Mapping[str, str] | None = None) -> ApiSettings:
        """These settings, with ``token`` from ``WEBHUNT_API_TOKEN`` when none was given."""
        env = os.environ if environ is None else environ
        token = env.get(ENV_TOKEN, "").strip()
        if self.token or not token:
            return self
        return replace(self, token=token)
