"""What ``webhunt serve`` runs once its flags are parsed (kept here so the CLI stays thin)."""

from __future__ import annotations

from pathlib import Path

from webhunt.scan_job import start_scan_job
from webhunt.settings import from_environment

from .app import create_app
from .server import serve
from .settings import ApiSettings


def serve_store(
    host: str,
    port: int,
    store_url: str | None,
    token_file: Path | None,
    roots: tuple[str, ...],
    quarantine_dir: Path | None = None,
) -> int:
    scan_settings = from_environment()

    def scan_runner(root: str) -> int:
        return start_scan_job(root, scan_settings, store_url)

    settings = ApiSettings(
        store_url=store_url,
        token_file=token_file,
        roots=roots,
        scan_runner=scan_runner if roots else None,
        quarantine_dir=quarantine_dir,
        listen_host=host,
        listen_port=port,
    ).with_env_token()
    serve(create_app(settings), host, port)
    return 0
