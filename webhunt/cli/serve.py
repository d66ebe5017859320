"""``webhunt serve``: the HTTP API over the store (FastAPI + uvicorn)."""

from __future__ import annotations

import argparse
import importlib
import ipaddress
from pathlib import Path

from webhunt.errors import ConfigError

DEFAULT_LISTEN = "127.0.0.1:8765"


def parse_listen(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) -> (host, port); ConfigError naming --listen."""
    host, sep, port_text = text.strip().rpartition(":")
    if not sep or not host:
        raise ConfigError(f"--listen {text!r}: expected HOST:PORT, e.g. {DEFAULT_LISTEN}")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise ConfigError(f"--listen {text!r}: {host!r} is not an IPv6 address") from None
    try:
        port = int(port_text)
    except ValueError:
        raise ConfigError(f"--listen {text!r}: port {port_text!r} is not a number") from None
    if not 0 < port < 65536:
        raise ConfigError(f"--listen {text!r}: port must be between 1 and 65535")
    return host, port


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "serve",
        help="serve the findings store over HTTP (token-protected JSON API)",
        description=(
            "Serve the store over HTTP. Every endpoint but /health needs a bearer token: "
            "WEBHUNT_API_TOKEN, --token-file, or one generated (and printed once) on first start."
        ),
    )
    p.add_argument(
        "--listen",
        default=DEFAULT_LISTEN,
        metavar="HOST:PORT",
        help=f"address to bind (default {DEFAULT_LISTEN}: loopback only)",
    )
    p.add_argument("--db", metavar="URL", help="store URL (default: $WEBHUNT_DATABASE_URL, then SQLite)")
    p.add_argument("--token-file", type=Path, metavar="PATH", help="file holding the API token")
    p.add_argument(
        "--root",
        action="append",
        default=[],
        metavar="DIR",
        help="a web root that POST /scans may scan (repeatable)",
    )
    p.add_argument(
        "--quarantine-dir",
        type=Path,
        metavar="DIR",
        help="enable POST /findings/{id}/quarantine, moving files (inside --root only) into DIR",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    host, port = parse_listen(args.listen)
    # The API ships as the separate top-level package ``webhunt_api`` (api/ in the source tree).
    api_cli = importlib.import_module("webhunt_api.cli")
    status: int = api_cli.serve_store(
        host, port, args.db, args.token_file, tuple(args.root), args.quarantine_dir
    )
    return status
