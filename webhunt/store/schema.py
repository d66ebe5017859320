"""The store's tables at the newest migration (SQLAlchemy Core).

The migrations under ``migrations/versions`` create exactly this; ``tests/store/test_migrations.py``
checks that they agree. Identity of a finding is ``(host, kind, path, sha256)``; the unique index uses
a hash of the path so that paths of any length stay indexable on PostgreSQL.

Some indexes exist on one backend only (``info["dialects"]``, see ``for_dialect``): they are created
by the migrations on that backend alone. SQLite stores also hold a full-text table over the findings'
paths, kept in step by triggers (``PATH_FTS_TABLE``, migration 0004): SQLAlchemy has no notion of
virtual tables or triggers, so it stays outside ``metadata`` (see ``compared_with_model``).
"""

from __future__ import annotations

import sqlalchemy as sa

from webhunt.store.rows import MAX_LINE_NO, STREAM_SHIFT
from webhunt.store.types import UtcDateTime, json_type

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING)

#: The trigram index behind ``q`` and ``path_prefix`` of ``/findings`` on PostgreSQL (migration 0003).
PATH_TRIGRAM_INDEX = "ix_findings_path_trgm"
#: SQLite: the FTS5 table (``trigram`` tokenizer, external content) over ``findings.path`` behind ``q``
#: of ``/findings``, with its triggers ``<name>_insert``, ``_delete`` and ``_update`` (migration 0004).
#: Absent when the SQLite library lacks FTS5's trigram tokenizer.
PATH_FTS_TABLE = "findings_path_fts"
#: SQLite: the plain index behind ``path_prefix`` of ``/findings`` (migration 0004).
PATH_INDEX = "ix_findings_path"


def _only_on(dialect: str, index: sa.Index) -> sa.Index:
    """``index`` is created on ``dialect`` only (by ``create_all`` and by the migrations)."""
    index.info["dialects"] = (dialect,)
    return index.ddl_if(dialect=dialect)


def for_dialect(item: object, dialect: str) -> bool:
    """Whether a schema object of this module belongs in a database of ``dialect``."""
    info = getattr(item, "info", None)
    dialects = info.get("dialects") if isinstance(info, dict) else None
    return dialects is None or dialect in dialects


def compared_with_model(item: object, dialect: str) -> bool:
    """Whether a schema object, of this module or found in a database of ``dialect``, is one that
    ``metadata`` describes: not another backend's index, nor SQLite's full-text table or the tables
    FTS5 keeps for it (``<name>_data``, ``_idx``, ``_config``, ...)."""
    name = getattr(item, "name", None)
    if isinstance(name, str) and (name == PATH_FTS_TABLE or name.startswith(f"{PATH_FTS_TABLE}_")):
        return False
    return for_dialect(item, dialect)


#: Integer primary keys: 64-bit on PostgreSQL, the rowid on SQLite.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

hosts = sa.Table(
    "hosts",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("first_seen", UtcDateTime, nullable=False),
    sa.Column("last_seen", UtcDateTime, nullable=False),
    sa.Column("version", sa.Text, nullable=False, server_default=""),
)

scans = sa.Table(
    "scans",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("host", sa.Text, nullable=False),
    sa.Column("root", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("started", UtcDateTime, nullable=False),
    sa.Column("finished", UtcDateTime, nullable=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("files_total", sa.Integer, nullable=False, server_default="0"),
    sa.Column("files_done", sa.Integer, nullable=False, server_default="0"),
    sa.Column("findings", sa.Integer, nullable=False, server_default="0"),
    sa.Column("problems", json_type(), nullable=False),
    sa.Column("ruleset_version", sa.Text, nullable=False, server_default=""),
    sa.Index(None, "host", "started"),
)

#: One row per log stream: the lines of one log file whatever it is called later (``source_id`` is
#: the fingerprint of its first bytes, ``webhunt.logs.source``); ``source`` is the path it was
#: first read from.
log_streams = sa.Table(
    "log_streams",
    metadata,
    sa.Column("id", BigId, primary_key=True),
    sa.Column("host", sa.Text, nullable=False),
    sa.Column("source_id", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.UniqueConstraint("host", "source_id"),
)

requests = sa.Table(
    "requests",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=False),
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
    sa.Index(None, "client_ip", "time"),
    sa.Index(None, "path", "time"),
    sa.Index(None, "time"),
)


def request_columns() -> list[sa.ColumnElement[object]]:
    """The columns of a request as read back: the row's own, and its stream's ``source`` and
    ``source_id`` and the line number (select from ``requests_with_streams()``)."""
    return [
        *requests.c,
        log_streams.c.source,
        log_streams.c.source_id,
        requests.c.id.op("&")(sa.literal_column(str(MAX_LINE_NO))).label("line_no"),
    ]


def requests_with_streams() -> sa.Join:
    """``requests`` joined to the stream each row belongs to."""
    return requests.outerjoin(
        log_streams, log_streams.c.id == requests.c.id.op(">>")(sa.literal_column(str(STREAM_SHIFT)))
    )


findings = sa.Table(
    "findings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("host", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("path_hash", sa.String(64), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("relpath", sa.Text, nullable=False),
    sa.Column("root", sa.Text, nullable=False),
    sa.Column("language", sa.String(16), nullable=True),
    sa.Column("severity", sa.SmallInteger, nullable=False),
    sa.Column("score", sa.SmallInteger, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("reasons", json_type(), nullable=False),
    sa.Column("change", sa.String(16), nullable=True),
    sa.Column("diff", sa.Text, nullable=False, server_default=""),
    sa.Column("inserted", json_type(), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=True),
    sa.Column("mtime", sa.Float, nullable=True),
    sa.Column("ctime", sa.Float, nullable=True),
    sa.Column("first_seen", UtcDateTime, nullable=False),
    sa.Column("last_seen", UtcDateTime, nullable=False),
    sa.Column("status_by", sa.Text, nullable=True),
    sa.Column("status_at", UtcDateTime, nullable=True),
    sa.Column("status_note", sa.Text, nullable=True),
    sa.Column("client_ip", sa.Text, nullable=True),
    sa.Column(
        "planted_by",
        BigId,
        sa.ForeignKey("requests.id", ondelete="SET NULL"),
        nullable=True,
    ),
    sa.Column("scan_id", sa.Integer, sa.ForeignKey("scans.id", ondelete="SET NULL"), nullable=True),
    sa.UniqueConstraint("host", "kind", "path_hash", "sha256"),
    sa.Index(None, "severity", "id"),
    sa.Index(None, "status", "severity", "id"),
    sa.Index(None, "host", "severity", "id"),
    sa.Index(None, "last_seen", "id"),
    sa.Index(None, "first_seen", "id"),
    sa.Index(None, "score", "id"),
    sa.Index(None, "host", "root", "kind"),
    sa.Index(None, "scan_id"),
    # ``q`` (``path ILIKE '%...%'``) and ``path_prefix`` (``path LIKE '...%'``) on PostgreSQL: a
    # pg_trgm GIN index serves both. On SQLite ``path_prefix`` is a range of ``PATH_INDEX`` and ``q`` a
    # lookup in the full-text table ``PATH_FTS_TABLE`` (see ``queries._path_candidates``).
    _only_on(
        "postgresql",
        sa.Index(
            PATH_TRIGRAM_INDEX,
            "path",
            postgresql_using="gin",
            postgresql_ops={"path": "gin_trgm_ops"},
        ),
    ),
    _only_on("sqlite", sa.Index(PATH_INDEX, "path")),
)

#: One row per (finding, reason id): makes the ``rule`` filter an index lookup (migration 0002).
finding_rules = sa.Table(
    "finding_rules",
    metadata,
    sa.Column(
        "finding_id",
        sa.Integer,
        sa.ForeignKey("findings.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("rule", sa.Text, primary_key=True),
    sa.Index(None, "rule", "finding_id"),
)

finding_requests = sa.Table(
    "finding_requests",
    metadata,
    sa.Column(
        "finding_id",
        sa.Integer,
        sa.ForeignKey("findings.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column(
        "request_id",
        BigId,
        sa.ForeignKey("requests.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("role", sa.String(16), primary_key=True),
    sa.Index(None, "request_id"),
)

attackers = sa.Table(
    "attackers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("host", sa.Text, nullable=False),
    sa.Column("ip", sa.Text, nullable=False),
    sa.Column("first_seen", UtcDateTime, nullable=True),
    sa.Column("last_seen", UtcDateTime, nullable=True),
    sa.Column("reasons", json_type(), nullable=False),
    sa.Column("score", sa.Integer, nullable=False),
    sa.Column("updated", UtcDateTime, nullable=False),
    sa.UniqueConstraint("host", "ip"),
    sa.Index(None, "score", "id"),
    sa.Index(None, "ip"),
)
