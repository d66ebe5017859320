"""findings: a trigram index on the path (PostgreSQL only) for ``q`` and ``path_prefix`` of /findings.

On PostgreSQL ``q`` is ``path ILIKE '%...%'`` and ``path_prefix`` is ``path LIKE '...%'``; a GIN index
with pg_trgm's ``gin_trgm_ops`` serves both once the text holds three characters or more, so a path
filter that few findings match no longer reads every finding. The index needs the pg_trgm extension:
it is used when installed, installed when this role may (PostgreSQL 13+ lets a role with CREATE on the
database install it), and otherwise the migration warns, says what to run, and goes on without the
index (the filters then read the findings in sort order, as on SQLite). SQLite stores are unchanged.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op
from sqlalchemy import exc as sa_exc

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

log = logging.getLogger("webhunt.store.migrations")

#: Same name as ``schema.PATH_TRIGRAM_INDEX`` (a migration never imports the living schema).
_INDEX = "ix_findings_path_trgm"
_EXTENSION_SCHEMA = sa.text(
    "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
    "WHERE e.extname = 'pg_trgm'"
)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    try:
        with conn.begin_nested():
            schema = _installed_schema(conn) or _install(conn)
            # The operator class is named with its schema: the store's search_path need not include
            # the schema the extension lives in.
            opclass = f"{conn.dialect.identifier_preparer.quote_schema(schema)}.gin_trgm_ops"
            conn.execute(sa.text(f"CREATE INDEX {_INDEX} ON findings USING gin (path {opclass})"))
    except sa_exc.DBAPIError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        log.warning(
            "PostgreSQL extension pg_trgm cannot be installed or used (%s): the q and path_prefix "
            "filters of /findings will read the findings without an index. To add it, a database "
            "owner runs: CREATE EXTENSION IF NOT EXISTS pg_trgm; "
            "CREATE INDEX %s ON findings USING gin (path gin_trgm_ops);",
            detail,
            _INDEX,
        )


def _installed_schema(conn: sa.Connection) -> str | None:
    schema = conn.execute(_EXTENSION_SCHEMA).scalar_one_or_none()
    return None if schema is None else str(schema)


def _install(conn: sa.Connection) -> str:
    """Install pg_trgm (in the first schema of the search_path); the schema it is in."""
    try:
        with conn.begin_nested():
            conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa_exc.DBAPIError:
        schema = _installed_schema(conn)
        if schema is None:
            raise
        return schema  # another store of this database installed it at the same moment
    return str(conn.execute(_EXTENSION_SCHEMA).scalar_one())


def downgrade() -> None:
    # The extension stays: other schemas of the database may use it.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {_INDEX}")
