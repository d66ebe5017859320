"""Initial schema: hosts, scans, requests, findings, finding_requests, attackers.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from webhunt.store.types import UtcDateTime, json_type

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "hosts",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("first_seen", UtcDateTime, nullable=False),
        sa.Column("last_seen", UtcDateTime, nullable=False),
        sa.Column("version", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("name", name="pk_hosts"),
    )
    op.create_table(
        "scans",
        sa.Column("id", sa.Integer, nullable=False),
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
        sa.PrimaryKeyConstraint("id", name="pk_scans"),
    )
    op.create_index("ix_scans_host_started", "scans", ["host", "started"])
    op.create_table(
        "requests",
        sa.Column("id", _BIG_ID, nullable=False),
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
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("source_id", sa.Text, nullable=False),
        sa.Column("line_no", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_requests"),
        sa.UniqueConstraint("host", "source_id", "line_no", name="uq_requests_host_source_id_line_no"),
    )
    op.create_index("ix_requests_client_ip_time", "requests", ["client_ip", "time"])
    op.create_index("ix_requests_path_time", "requests", ["path", "time"])
    op.create_index("ix_requests_time", "requests", ["time"])
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer, nullable=False),
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
        sa.Column("planted_by", _BIG_ID, nullable=True),
        sa.Column("scan_id", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_findings"),
        sa.ForeignKeyConstraint(
            ["planted_by"],
            ["requests.id"],
            name="fk_findings_planted_by_requests",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["scan_id"], ["scans.id"], name="fk_findings_scan_id_scans", ondelete="SET NULL"
        ),
        sa.UniqueConstraint(
            "host", "kind", "path_hash", "sha256", name="uq_findings_host_kind_path_hash_sha256"
        ),
    )
    op.create_index("ix_findings_severity_id", "findings", ["severity", "id"])
    op.create_index("ix_findings_status_severity_id", "findings", ["status", "severity", "id"])
    op.create_index("ix_findings_host_severity_id", "findings", ["host", "severity", "id"])
    op.create_index("ix_findings_last_seen_id", "findings", ["last_seen", "id"])
    op.create_index("ix_findings_first_seen_id", "findings", ["first_seen", "id"])
    op.create_index("ix_findings_score_id", "findings", ["score", "id"])
    op.create_index("ix_findings_host_root_kind", "findings", ["host", "root", "kind"])
    op.create_index("ix_findings_scan_id", "findings", ["scan_id"])
    op.create_table(
        "finding_requests",
        sa.Column("finding_id", sa.Integer, nullable=False),
        sa.Column("request_id", _BIG_ID, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("finding_id", "request_id", "role", name="pk_finding_requests"),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["findings.id"],
            name="fk_finding_requests_finding_id_findings",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name="fk_finding_requests_request_id_requests",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_finding_requests_request_id", "finding_requests", ["request_id"])
    op.create_table(
        "attackers",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("host", sa.Text, nullable=False),
        sa.Column("ip", sa.Text, nullable=False),
        sa.Column("first_seen", UtcDateTime, nullable=True),
        sa.Column("last_seen", UtcDateTime, nullable=True),
        sa.Column("reasons", json_type(), nullable=False),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("updated", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attackers"),
        sa.UniqueConstraint("host", "ip", name="uq_attackers_host_ip"),
    )
    op.create_index("ix_attackers_score_id", "attackers", ["score", "id"])
    op.create_index("ix_attackers_ip", "attackers", ["ip"])


def downgrade() -> None:
    for table in ("attackers", "finding_requests", "findings", "requests", "scans", "hosts"):
        op.drop_table(table)
