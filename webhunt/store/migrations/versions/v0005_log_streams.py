"""requests: log streams in a table of their own; a request's id is its identity.

Before, every request row carried its log file's path and stream fingerprint (``source``,
``source_id``) and its ``line_no``, and a unique index over ``(host, source_id, line_no)`` kept a
re-ingested log from adding rows again. Storing a line cost that index and those bytes. Now:

- ``log_streams`` holds one row per ``(host, source_id)``, with the path it was first read from;
- a request's id is ``(stream id << 32) + line number``, so the primary key itself refuses a line
  stored before and the unique index goes; ``source``, ``source_id`` and ``line_no`` are read
  through the stream (``schema.request_columns``).

The rows are copied into a new ``requests`` table under their new ids. The links to them
(``finding_requests``, ``findings.planted_by``) are set aside and written back with the new ids, so
no foreign key ever points at a missing row (SQLite cannot switch its foreign keys off inside the
transaction this runs in, and dropping a table deletes its rows first, which would cascade).
Downgrading rebuilds the old table with the ids as they are now.

Revision ID: 0005
Revises: 0004
Create Date: 2025-01-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from webhunt.store.types import UtcDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
#: Same as ``rows.STREAM_SHIFT`` (a migration never imports the living schema).
_SHIFT = 32
_INDEXES = (("client_ip", "time"), ("path", "time"), ("time",))
_LINKS = (
    ("fk_finding_requests_request_id_requests", "finding_requests", "request_id", "CASCADE"),
    ("fk_findings_planted_by_requests", "findings", "planted_by", "SET NULL"),
)
_COMMON = "host, time, client_ip, method, path, query, status, bytes, referer, user_agent, vhost, protocol"


def _request_columns(old: bool) -> list[sa.Column[object]]:
    columns: list[sa.Column[object]] = [
        sa.Column("id", _BIG_ID, nullable=False, autoincrement=old),
        sa.Column("host", sa.Text, nullable=False),
        sa.Column("time", UtcDateTime, nullable=False),
        sa.Column("client_ip", sa.Text, nullable=False),
        sa.Column("method", sa.Text, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("bytes", sa.BigInteger, nullable=True),
        sa.Column("referer", sa.Text, nullable=False),
        sa.Column("user_agent", sa.Text, nullable=False),
        sa.Column("vhost", sa.Text, nullable=False),
        sa.Column("protocol", sa.Text, nullable=False),
    ]
    if old:
        columns += [
            sa.Column("source", sa.Text, nullable=False),
            sa.Column("source_id", sa.Text, nullable=False),
            sa.Column("line_no", sa.BigInteger, nullable=False),
        ]
    return columns


def upgrade() -> None:
    op.create_table(
        "log_streams",
        sa.Column("id", _BIG_ID, nullable=False),
        sa.Column("host", sa.Text, nullable=False),
        sa.Column("source_id", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_log_streams"),
        sa.UniqueConstraint("host", "source_id", name="uq_log_streams_host_source_id"),
    )
    op.execute(
        "INSERT INTO log_streams (host, source_id, source)"
        " SELECT host, source_id, MIN(source) FROM requests GROUP BY host, source_id"
        " ORDER BY MIN(id)"
    )
    new_id = f"(s.id * {1 << _SHIFT} + r.line_no)"
    _rebuild(
        old=False,
        fill=(
            f"INSERT INTO requests_new (id, {_COMMON}) SELECT {new_id}, {_prefixed('r')}"
            " FROM requests r JOIN log_streams s ON s.host = r.host AND s.source_id = r.source_id"
        ),
        mapping=(
            f"SELECT r.id, {new_id} FROM requests r"
            " JOIN log_streams s ON s.host = r.host AND s.source_id = r.source_id"
        ),
    )


def downgrade() -> None:
    line = f"(r.id % {1 << _SHIFT})"
    _rebuild(
        old=True,
        fill=(
            f"INSERT INTO requests_new (id, {_COMMON}, source, source_id, line_no)"
            f" SELECT r.id, {_prefixed('r')}, s.source, s.source_id, {line}"
            f" FROM requests r JOIN log_streams s ON s.id = r.id / {1 << _SHIFT}"
        ),
        mapping=None,
    )
    op.drop_table("log_streams")


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{name.strip()}" for name in _COMMON.split(","))


def _rebuild(old: bool, fill: str, mapping: str | None) -> None:
    """Replace ``requests`` by a table of the other shape filled by ``fill``; ``mapping`` selects
    (old id, new id) pairs when the ids change. The links are set aside and written back."""
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    constraints: list[sa.Constraint] = [sa.PrimaryKeyConstraint("id", name="pk_requests_new")]
    if old:
        constraints.append(
            sa.UniqueConstraint("host", "source_id", "line_no", name="uq_requests_host_source_id_line_no")
        )
    op.create_table("requests_new", *_request_columns(old), *constraints)
    op.execute(fill)
    op.create_table("request_ids", sa.Column("old", _BIG_ID, primary_key=True), sa.Column("new", _BIG_ID))
    op.execute(f"INSERT INTO request_ids (old, new) {mapping or 'SELECT id, id FROM requests'}")
    op.execute(
        "CREATE TABLE kept_links AS SELECT l.finding_id, m.new AS request_id, l.role"
        " FROM finding_requests l JOIN request_ids m ON m.old = l.request_id"
    )
    op.execute(
        "CREATE TABLE kept_plantings AS SELECT f.id AS finding_id, m.new AS request_id"
        " FROM findings f JOIN request_ids m ON m.old = f.planted_by"
    )
    op.execute("DELETE FROM finding_requests")
    op.execute("UPDATE findings SET planted_by = NULL WHERE planted_by IS NOT NULL")
    if postgres:
        for name, table, _, _ in _LINKS:
            op.drop_constraint(name, table, type_="foreignkey")
    op.drop_table("requests")
    op.rename_table("requests_new", "requests")
    if postgres:
        op.execute("ALTER TABLE requests RENAME CONSTRAINT pk_requests_new TO pk_requests")
        if old:  # the old table's ids came from a sequence: new rows continue after the last one
            op.execute("CREATE SEQUENCE requests_id_seq OWNED BY requests.id")
            op.execute(
                "SELECT setval('requests_id_seq', COALESCE((SELECT MAX(id) FROM requests), 0) + 1, false)"
            )
            op.execute("ALTER TABLE requests ALTER COLUMN id SET DEFAULT nextval('requests_id_seq')")
        for name, table, column, ondelete in _LINKS:
            op.create_foreign_key(name, table, "requests", [column], ["id"], ondelete=ondelete)
    for columns in _INDEXES:
        op.create_index(f"ix_requests_{'_'.join(columns)}", "requests", list(columns))
    op.execute("INSERT INTO finding_requests (finding_id, request_id, role) SELECT * FROM kept_links")
    op.execute(
        "UPDATE findings SET planted_by ="
        " (SELECT k.request_id FROM kept_plantings k WHERE k.finding_id = findings.id)"
        " WHERE id IN (SELECT finding_id FROM kept_plantings)"
    )
    for scratch in ("kept_links", "kept_plantings", "request_ids"):
        op.drop_table(scratch)
