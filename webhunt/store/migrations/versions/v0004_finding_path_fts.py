"""findings: indexes of the path on SQLite for ``q`` and ``path_prefix`` of /findings.

SQLite's counterpart of the trigram index of 0003, in two parts:

- ``ix_findings_path``, a plain index: the paths that start with a prefix are a range of it;
- ``findings_path_fts``, an FTS5 table with the ``trigram`` tokenizer over ``findings.path`` (external
  content: it holds the index, not a second copy of the paths), kept in step with ``findings`` by three
  triggers and built over the findings already there: a substring of three characters or more is
  looked up instead of read from every path. It ignores case, so the store takes it for a list of
  candidates and still applies the exact condition.

The full-text table needs FTS5 and its trigram tokenizer (SQLite 3.34+, FTS5 compiled in). Without them
the migration warns and goes on: ``q`` then reads the findings in sort order, as before. PostgreSQL
stores are unchanged.

A later migration that rebuilds ``findings`` on SQLite (Alembic's batch mode copies the table and
drops the old one, with its triggers) must create the three triggers again.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-04
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy import exc as sa_exc

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

log = logging.getLogger("webhunt.store.migrations")

#: Same names as ``schema.PATH_FTS_TABLE`` and ``schema.PATH_INDEX`` (a migration never imports the
#: living schema).
_FTS = "findings_path_fts"
_INDEX = "ix_findings_path"
_TRIGGERS = (f"{_FTS}_insert", f"{_FTS}_delete", f"{_FTS}_update")

# ``columnsize=0``: no per-row token counts (they only serve ranking, which the store never asks for).
_CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {_FTS} USING fts5("
    "path, content='findings', content_rowid='id', tokenize='trigram', columnsize=0)"
)
# An external-content index must be told the old value of what it forgets: the triggers pass it.
_CREATE_TRIGGERS = (
    f"CREATE TRIGGER {_TRIGGERS[0]} AFTER INSERT ON findings BEGIN "
    f"INSERT INTO {_FTS} (rowid, path) VALUES (new.id, new.path); END",
    f"CREATE TRIGGER {_TRIGGERS[1]} AFTER DELETE ON findings BEGIN "
    f"INSERT INTO {_FTS} ({_FTS}, rowid, path) VALUES ('delete', old.id, old.path); END",
    f"CREATE TRIGGER {_TRIGGERS[2]} AFTER UPDATE OF id, path ON findings BEGIN "
    f"INSERT INTO {_FTS} ({_FTS}, rowid, path) VALUES ('delete', old.id, old.path); "
    f"INSERT INTO {_FTS} (rowid, path) VALUES (new.id, new.path); END",
)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    op.create_index(_INDEX, "findings", ["path"])
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(_CREATE_TABLE)
    except sa_exc.DBAPIError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        version = conn.exec_driver_sql("SELECT sqlite_version()").scalar_one()
        log.warning(
            "SQLite %s cannot create a full-text index with FTS5's trigram tokenizer (%s; it needs "
            "SQLite 3.34 or later with FTS5): the q filter of /findings will read the findings without "
            "an index.",
            version,
            detail,
        )
        return
    for statement in _CREATE_TRIGGERS:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(f"INSERT INTO {_FTS} ({_FTS}) VALUES ('rebuild')")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for trigger in _TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_FTS}")
    op.drop_index(_INDEX, table_name="findings")
