"""Schema migrations (Alembic), run programmatically whenever a store is opened.

Opening an older store upgrades it in place, inside one transaction, holding the writer lock
(``BEGIN IMMEDIATE`` on SQLite, an advisory lock on PostgreSQL) so that two processes opening the
same fresh store never race.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from webhunt.store.engine import write_tx

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Key of the PostgreSQL advisory lock held while migrating ("webhunt" in ASCII).
_PG_LOCK_KEY = 0x77656268756E74


def alembic_config(connection: sa.Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("webhunt store migrations are missing")
    return head


def current_revision(conn: sa.Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: sa.Engine, url: str, revision: str = "head") -> None:
    """Bring the store's schema to ``revision`` (default: the newest)."""
    target = head_revision() if revision == "head" else revision
    with engine.connect() as probe:
        current = current_revision(probe)
        probe.rollback()
    if current == target:
        return
    with write_tx(engine, url, "migrating the schema") as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        if current_revision(conn) == target:
            return  # another process migrated it while we waited for the lock
        command.upgrade(alembic_config(conn), revision)
