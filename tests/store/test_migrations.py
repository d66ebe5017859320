"""Schema migrations: a store written by revision 0001 upgrades to head without losing data."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from storetest_factories import finding, request

from webhunt.model import Layer, Reason
from webhunt.store import FindingQuery, RequestQuery, open_store
from webhunt.store.migrate import alembic_config, head_revision
from webhunt.store.schema import (
    PATH_FTS_TABLE,
    PATH_INDEX,
    PATH_TRIGRAM_INDEX,
    compared_with_model,
    metadata,
)
from webhunt.store.types import json_type

T = datetime(2025, 2, 1, 8, 30, tzinfo=UTC)


def _reasons(*ids: str) -> list[dict[str, object]]:
    return [Reason(id=i, layer=Layer.YARA, score=80, description=f"rule {i}").to_dict() for i in ids]


def _write_0001_data(conn: sa.Connection) -> None:
    """Rows as webhunt 0.1 (schema revision 0001) wrote them, through that revision's tables."""
    from webhunt.store.types import UtcDateTime

    findings = sa.table(
        "findings",
        *(sa.column(c) for c in ("host", "kind", "path", "path_hash", "sha256", "relpath", "root")),
        *(sa.column(c) for c in ("language", "severity", "score", "status", "diff", "status_by")),
        sa.column("reasons", json_type()),
        sa.column("inserted", json_type()),
        sa.column("first_seen", UtcDateTime()),
        sa.column("last_seen", UtcDateTime()),
    )
    requests = sa.table(
        "requests",
        *(sa.column(c) for c in ("host", "client_ip", "method", "path", "query", "status")),
        *(sa.column(c) for c in ("referer", "user_agent", "vhost", "protocol", "source")),
        *(sa.column(c) for c in ("source_id", "line_no", "bytes")),
        sa.column("time", UtcDateTime()),
    )
    for i, rules in enumerate((("R_A", "R_B"), ("R_B",), ())):
        conn.execute(
            sa.insert(findings).values(
                host="web01",
                kind="file",
                path=f"/var/www/html/{i}.php",
                path_hash=f"{i:064d}",
                sha256=f"{i}" * 64,
                relpath=f"{i}.php",
                root="/var/www/html",
                language="php",
                severity=4 - i,
                score=90 - 10 * i,
                status="confirmed" if i == 0 else "new",
                status_by="alice" if i == 0 else None,
                diff="",
                reasons=_reasons(*rules),
                inserted=[],
                first_seen=T,
                last_seen=T,
            )
        )
    conn.execute(
        sa.insert(requests).values(
            host="web01",
            time=T,
            client_ip="203.0.113.7",
            method="POST",
            path="/upload.php",
            query="",
            status=200,
            bytes=10,
            referer="-",
            user_agent="curl/8",
            vhost="",
            protocol="HTTP/1.1",
            source="access.log",
            source_id="s1",
            line_no=1,
        )
    )
    links = sa.table("finding_requests", *(sa.column(c) for c in ("finding_id", "request_id", "role")))
    first = conn.execute(
        sa.select(sa.func.min(sa.column("id"))).select_from(sa.table("findings"))
    ).scalar_one()
    request_id = conn.execute(sa.select(sa.column("id")).select_from(sa.table("requests"))).scalar_one()
    conn.execute(sa.insert(links).values(finding_id=first, request_id=request_id, role="planting"))
    conn.execute(
        sa.update(sa.table("findings", sa.column("id"), sa.column("planted_by")))
        .where(sa.column("id") == first)
        .values(planted_by=request_id)
    )


def test_upgrade_from_0001_keeps_data_and_backfills_rules(db_url: str) -> None:
    old = open_store(db_url, host="web01", migrate_to="0001")
    with old.engine.begin() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == "0001"
        assert not sa.inspect(conn).has_table("finding_rules")
        _write_0001_data(conn)
    old.close()

    with open_store(db_url, host="web01") as store:
        with store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        everything = store.list_findings(FindingQuery(limit=500)).items
        assert [(f.path, f.status, f.status_by, f.score) for f in everything] == [
            ("/var/www/html/0.php", "confirmed", "alice", 90),
            ("/var/www/html/1.php", "new", None, 80),
            ("/var/www/html/2.php", "new", None, 70),
        ]
        assert everything[0].first_seen == T
        assert [r.id for r in everything[0].reasons] == ["R_A", "R_B"]
        by_rule = {
            rule: [f.path for f in store.list_findings(FindingQuery(rule=rule)).items]
            for rule in ("R_A", "R_B")
        }
        assert by_rule == {
            "R_A": ["/var/www/html/0.php"],
            "R_B": ["/var/www/html/0.php", "/var/www/html/1.php"],
        }
        (req,) = store.list_requests(RequestQuery()).items
        assert (req.time, req.path, req.user_agent) == (T, "/upload.php", "curl/8")
        assert (req.source, req.source_id, req.line_no) == ("access.log", "s1", 1)
        # the request got its new id; the link and the planting followed it
        detail = store.get_finding(everything[0].id)
        assert detail is not None and detail.planting is not None and detail.planting.id == req.id
        assert [(link.role, link.request.id) for link in detail.requests] == [("planting", req.id)]
        # the same log line is known: storing it again adds nothing; the next line is new
        again = request(1, source="access.log", source_id="s1", path="/upload.php")
        assert store.add_requests([again, request(2, source_id="s1")]) == 1
        # the upgraded store works as a new one does
        fid, created = store.upsert_finding(finding("/var/www/html/new.php"))
        assert created
        assert fid not in {f.id for f in everything}


def test_migrated_schema_matches_the_model(db_url: str) -> None:
    with open_store(db_url) as store, store.engine.connect() as conn:
        dialect = conn.dialect.name

        def on_this_backend(obj: object, _name: object, _type: object, _reflected: bool, _to: object) -> bool:
            return compared_with_model(obj, dialect)

        context = MigrationContext.configure(conn, opts={"include_object": on_this_backend})
        diff = compare_metadata(context, metadata)
        indexes = {ix["name"] for ix in sa.inspect(conn).get_indexes("findings")}
        tables = set(sa.inspect(conn).get_table_names())
    assert diff == []
    # the path indexes: a trigram index on PostgreSQL; a plain index and a full-text table on SQLite
    assert (PATH_TRIGRAM_INDEX in indexes) == (dialect == "postgresql")
    assert (PATH_INDEX in indexes) == (dialect == "sqlite")
    assert (PATH_FTS_TABLE in tables) == (dialect == "sqlite")


def test_downgrade_to_0002_drops_the_trigram_index_only(db_url: str) -> None:
    with open_store(db_url, host="web01") as store:
        store.upsert_finding(finding("/var/www/html/kept.php"))
        with store.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0002")
            indexes = {ix["name"] for ix in sa.inspect(conn).get_indexes("findings")}
        assert PATH_TRIGRAM_INDEX not in indexes
    with open_store(db_url, host="web01") as store:  # upgrades again
        assert [f.path for f in store.list_findings(FindingQuery(q="KEPT")).items] == [
            "/var/www/html/kept.php"
        ]


def test_downgrade_to_0004_gives_each_request_its_stream_again(db_url: str) -> None:
    with open_store(db_url, host="web01") as store:
        store.add_requests([request(i, source_id="s1", source="a.log") for i in (1, 2)])
        store.add_requests([request(7, source_id="s2", source="b.log")])
        fid, _ = store.upsert_finding(finding("/var/www/html/x.php"))
        (planting,) = store.list_requests(RequestQuery(path="/index.php", since=request(7).time)).items
        store.set_planting(fid, planting.id)
        with store.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0004")
            rows = conn.execute(
                sa.text("SELECT id, source, source_id, line_no FROM requests ORDER BY id")
            ).all()
            planted = conn.execute(sa.text("SELECT planted_by FROM findings")).scalar_one()
        assert [tuple(r)[1:] for r in rows] == [("a.log", "s1", 1), ("a.log", "s1", 2), ("b.log", "s2", 7)]
        assert planted == rows[2][0] == planting.id
    with open_store(db_url, host="web01") as store:  # upgrades again
        assert store.add_requests([request(i, source_id="s1", source="a.log") for i in (1, 2, 3)]) == 1
        detail = store.get_finding(fid)
        assert detail is not None and detail.planting is not None and detail.planting.line_no == 7


def test_opening_twice_is_a_no_op(db_url: str) -> None:
    with open_store(db_url, host="a") as store:
        store.upsert_finding(finding())
    with open_store(db_url, host="b") as store:
        assert len(store.list_findings(FindingQuery()).items) == 1
        assert store.stats().hosts == ("a", "b")
