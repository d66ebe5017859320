"""Column types shared by the schema and the migrations.

Times are stored as ``timestamptz`` on PostgreSQL and as integer microseconds since the epoch (UTC) on
SQLite, where text timestamps would be slow to write and to compare. Either way Python sees
timezone-aware UTC datetimes. JSON is ``jsonb`` on PostgreSQL and text on SQLite.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect

from webhunt.store.times import as_utc, from_micros, to_micros

__all__ = ["UtcDateTime", "as_utc", "from_micros", "json_type", "to_micros"]


class UtcDateTime(sa.types.TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp, native on PostgreSQL, integer microseconds on SQLite."""

    impl = sa.BigInteger
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.TIMESTAMP(timezone=True))
        return dialect.type_descriptor(sa.BigInteger())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "postgresql":
            return as_utc(value)
        return to_micros(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            return as_utc(value)
        return from_micros(int(value))


def json_type() -> sa.types.TypeEngine[Any]:
    """JSON column: ``jsonb`` on PostgreSQL, text on SQLite."""
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def db_time(dt: datetime, dialect_name: str) -> Any:
    """The driver-level value for a time column (used by raw bulk inserts)."""
    if dialect_name == "postgresql":
        return as_utc(dt)
    return to_micros(dt)
