"""Databases for the store and API tests: a SQLite file, or a fresh schema on the PostgreSQL server.

The PostgreSQL server is ``WEBHUNT_TEST_PG_URL`` (default: the local one). Each test gets its own
schema (dropped afterwards), so parallel and repeated runs never collide. With ``CI=true`` an
unreachable server fails the test; elsewhere it is skipped.
"""

from __future__ import annotations

import contextlib
import functools
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
import sqlalchemy as sa

from webhunt.store import mask

PG_ENV = "WEBHUNT_TEST_PG_URL"
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pg_base_url() -> str:
    return os.environ.get(PG_ENV) or DEFAULT_PG


def libpq(url: str) -> str:
    return sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def pg_reachable(url: str) -> str | None:
    """None when the server answers, else why not."""
    try:
        with psycopg.connect(libpq(url), connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return str(exc).strip()


def require_pg(url: str) -> None:
    why = pg_reachable(url)
    if why is None:
        return
    message = f"PostgreSQL at {mask(url)} is not reachable: {why}"
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: the PostgreSQL suite must run)")
    pytest.skip(message)


@functools.cache
def _install_trigram_extension(base: str) -> None:
    """pg_trgm in the database's ``public`` schema, once: were a test's store to install it in its
    own schema, dropping that schema would take the extension from every other test's index."""
    # UniqueViolation: another test process installed it at the same moment.
    with (
        psycopg.connect(libpq(base), autocommit=True) as conn,
        contextlib.suppress(psycopg.errors.UniqueViolation),
    ):
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")


@contextmanager
def pg_schema(base: str) -> Iterator[str]:
    """A store URL whose objects all live in a new, empty schema (dropped at the end)."""
    _install_trigram_extension(base)
    schema = f"wh_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(libpq(base), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(libpq(base), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@contextmanager
def store_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'store' / 'webhunt.db'}"
        return
    base = pg_base_url()
    require_pg(base)
    with pg_schema(base) as url:
        yield url
