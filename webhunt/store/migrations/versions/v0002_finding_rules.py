"""finding_rules: one row per (finding, reason id), backfilled from findings.reasons.

Makes ``GET /findings?rule=ID`` an index lookup instead of a scan of every finding's JSON.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from webhunt.store.types import json_type

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_BATCH = 2000
_MAX_RULE = 200


def upgrade() -> None:
    op.create_table(
        "finding_rules",
        sa.Column("finding_id", sa.Integer, nullable=False),
        sa.Column("rule", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("finding_id", "rule", name="pk_finding_rules"),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["findings.id"],
            name="fk_finding_rules_finding_id_findings",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_finding_rules_rule_finding_id", "finding_rules", ["rule", "finding_id"])
    _backfill(op.get_bind())


def _rule_ids(reasons: Any) -> set[str]:
    if not isinstance(reasons, list):
        return set()
    return {str(r["id"])[:_MAX_RULE] for r in reasons if isinstance(r, dict) and r.get("id") is not None}


def _backfill(conn: sa.Connection) -> None:
    findings = sa.table("findings", sa.column("id", sa.Integer), sa.column("reasons", json_type()))
    rules = sa.table("finding_rules", sa.column("finding_id", sa.Integer), sa.column("rule"))
    last = 0
    while True:
        rows = conn.execute(
            sa.select(findings.c.id, findings.c.reasons)
            .where(findings.c.id > last)
            .order_by(findings.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        values = [{"finding_id": fid, "rule": rule} for fid, reasons in rows for rule in _rule_ids(reasons)]
        if values:
            conn.execute(sa.insert(rules), values)
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_table("finding_rules")
