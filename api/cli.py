"""What ``webhunt serve`` runs once its flags are parsed (kept here so the CLI stays thin)."""

from __future__ import annotations

from pathlib import Path

from .app import create_app
from .server import serve
from .settings import ApiSettings


def serve_store(
    host: str, port: int, store_url: str | None, token_file: Path | None, roots: tuple[str, ...]
) -> int:
    settings = ApiSettings(
        store_url=store_url,
        token_file=token_file,
        roots=roots,
        listen_host=host,
        listen_port=port,
    ).with_env_token()
    serve(create_app(settings), host, port)
    return 0
