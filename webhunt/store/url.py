"""Which database the store uses: ``--db``, then ``WEBHUNT_DATABASE_URL``, then a SQLite file."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from webhunt.errors import StoreError

ENV_URL = "WEBHUNT_DATABASE_URL"

_SQLITE = "sqlite"
_POSTGRES = "postgresql+psycopg"


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME/webhunt`` (default ``~/.local/share/webhunt``); not created here."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "webhunt"


def default_url(environ: Mapping[str, str] | None = None) -> str:
    return f"sqlite:///{data_dir(environ) / 'webhunt.db'}"


def resolve_url(explicit: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The URL the store should open, by the documented order of precedence."""
    env = os.environ if environ is None else environ
    if explicit:
        return explicit
    from_env = env.get(ENV_URL, "").strip()
    if from_env:
        return from_env
    return default_url(env)


def mask(url: str) -> str:
    """The URL with its password hidden, for messages."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except (sa_exc.ArgumentError, ValueError):  # ValueError: a port that is not a number
        # no parse, no password field: only a user-info part (before an '@') can hold a secret
        scheme, sep, rest = url.rpartition("://")
        _, at, where = rest.rpartition("@")
        return f"{scheme}{sep}***@{where}" if at else url


def parse(url: str) -> sa.URL:
    """Parse and normalise a store URL (``postgresql://`` uses psycopg 3). Bad ones: StoreError."""
    try:
        parsed = sa.make_url(url)
    except (sa_exc.ArgumentError, ValueError):
        hint = (
            f" (a SQLite file there: sqlite:///{Path(url).absolute()})"
            if "://" not in url and url.strip()
            else ""
        )
        raise StoreError(
            f"invalid database URL {mask(url)!r}: expected sqlite:///PATH or "
            f"postgresql://USER@HOST:PORT/DBNAME{hint}"
        ) from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend == "sqlite" and driver in ("", "pysqlite"):
        return parsed.set(drivername=_SQLITE)
    if backend in ("postgresql", "postgres") and driver in ("", "psycopg"):
        return parsed.set(drivername=_POSTGRES)
    raise StoreError(
        f"unsupported database URL {mask(url)!r}: webhunt stores findings in SQLite "
        "(sqlite:///PATH) or PostgreSQL (postgresql://...)"
    )


def sqlite_file(url: sa.URL) -> Path | None:
    """The database file of a SQLite URL, or None for an in-memory database."""
    if url.get_backend_name() != "sqlite":
        return None
    db = url.database or ""
    if db in ("", ":memory:") or db.startswith("file:"):
        return None
    return Path(db)
