"""Path filters of list_findings: ``q`` and ``path_prefix`` take every character literally, and on
PostgreSQL the trigram index of migration 0003 serves them (or the store says why it cannot)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event
from storetest_db import libpq, pg_base_url, pg_schema, require_pg
from storetest_factories import finding

from webhunt.store import FindingQuery, Store, open_store, queries
from webhunt.store.schema import PATH_TRIGRAM_INDEX, compared_with_model, metadata

PATHS = {
    "percent": "/var/www/html/100%/a.php",
    "underscore": "/var/www/html/a_b/b.php",
    "backslash": "C:\\inetpub\\wwwroot\\Shell.aspx",
    "plain": "/var/www/html/axb/c.php",
    "upper": "/VAR/WWW/HTML/UP/D.PHP",
    "accent": "/srv/Été/e.php",
}


def _seed(store: Store) -> dict[str, int]:
    return {
        name: store.upsert_finding(finding(path, root=path.rsplit("/", 1)[0]))[0]
        for name, path in PATHS.items()
    }


def _names(store: Store, ids: dict[str, int], **kw: Any) -> set[str]:
    page = store.list_findings(FindingQuery(limit=500, **kw))
    assert page.next_cursor is None
    by_id = {v: k for k, v in ids.items()}
    return {by_id[f.id] for f in page.items}


LITERAL_CASES: list[tuple[dict[str, str], set[str]]] = [
    ({"q": "%"}, {"percent"}),
    ({"q": "100%/"}, {"percent"}),
    ({"q": "a_b"}, {"underscore"}),
    ({"q": "_"}, {"underscore"}),
    ({"q": "\\"}, {"backslash"}),
    ({"q": "inetpub\\wwwroot\\shell"}, {"backslash"}),
    ({"q": "\\%"}, set()),
    ({"q": "WWW/html/"}, {"percent", "underscore", "plain", "upper"}),  # case-insensitive
    ({"q": "d.php"}, {"upper"}),
    ({"q": "/e.PHP"}, {"accent"}),
    ({"path_prefix": "/var/www/html/a_"}, {"underscore"}),
    ({"path_prefix": "/var/www/html/100%"}, {"percent"}),
    ({"path_prefix": "/var/www/html/a"}, {"underscore", "plain"}),
    ({"path_prefix": "/var/www/html/%"}, set()),
    ({"path_prefix": "C:\\inetpub\\"}, {"backslash"}),
    ({"path_prefix": "c:\\inetpub\\"}, set()),  # case-sensitive
    ({"path_prefix": "/VAR/"}, {"upper"}),
    ({"path_prefix": "/srv/Été/"}, {"accent"}),
]


def test_q_and_path_prefix_take_like_wildcards_and_backslash_literally(store: Store) -> None:
    ids = _seed(store)
    for kw, expected in LITERAL_CASES:
        assert _names(store, ids, **kw) == expected, kw


def test_escape_like() -> None:
    assert queries.escape_like("a%b_c\\d") == "a\\%b\\_c\\\\d"
    assert queries.escape_like("plain/path.php") == "plain/path.php"


# -- PostgreSQL ------------------------------------------------------------------------------------


@pytest.fixture
def pg_url() -> Iterator[str]:
    base = pg_base_url()
    require_pg(base)
    with pg_schema(base) as url:
        yield url


def _without_scans(url: str) -> str:
    """``url`` with sequential and plain index scans off: only the bitmap (trigram) path is left."""
    u = sa.make_url(url)
    options = f"{u.query.get('options', '')} -cenable_seqscan=off -cenable_indexscan=off".strip()
    return u.update_query_dict({"options": options}).render_as_string(hide_password=False)


@pytest.mark.postgres
def test_trigram_index_serves_q_and_path_prefix_with_the_same_answers(pg_url: str) -> None:
    with open_store(pg_url, host="web01") as store:
        ids = _seed(store)
        answers = {str(kw): _names(store, ids, **kw) for kw, _ in LITERAL_CASES}
    with open_store(_without_scans(pg_url), host="web01") as store:
        statements: list[tuple[str, Any]] = []

        @event.listens_for(store.engine, "before_cursor_execute")
        def capture(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
            if statement.lstrip().startswith("SELECT findings.id"):
                statements.append((statement, params))

        for kw, expected in LITERAL_CASES:
            statements.clear()
            assert _names(store, ids, **kw) == expected == answers[str(kw)], kw
            if len(next(iter(kw.values()))) < 3:
                continue  # fewer than 3 characters: no trigram to look up
            ((statement, params),) = statements
            with store.engine.connect() as conn:
                plan = "\n".join(conn.exec_driver_sql(f"EXPLAIN {statement}", params).scalars())
            assert PATH_TRIGRAM_INDEX in plan, (kw, plan)


@pytest.mark.postgres
def test_q_is_planned_for_its_value_even_once_prepared(pg_url: str) -> None:
    with open_store(pg_url, host="web01") as store:
        store.upsert_findings([finding(f"/var/www/html/d{i % 7}/f{i}.php") for i in range(300)])
        with store.engine.connect() as conn:
            for i in range(30):
                with conn.begin():
                    queries.list_findings(conn, FindingQuery(q=f"d{i % 7}/f1"))
            rows = conn.execute(
                sa.text(
                    "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                    "WHERE strpos(statement, 'ILIKE') > 0"
                )
            ).all()
    # the driver prepared the statement; PostgreSQL planned every run for its own pattern
    assert [(generic, custom >= 20) for generic, custom in rows] == [(0, True)]


def _admin(base: str) -> psycopg.Connection[Any]:
    conn = psycopg.connect(libpq(base), autocommit=True)
    allowed = conn.execute(
        "SELECT rolsuper OR (rolcreaterole AND rolcreatedb) FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if not (allowed and allowed[0]):
        conn.close()
        pytest.skip("the PostgreSQL test role may not create roles and databases")
    return conn


def _on_postgresql(obj: object, _name: object, _type: object, _reflected: bool, _to: object) -> bool:
    return compared_with_model(obj, "postgresql")


@pytest.mark.postgres
def test_store_without_pg_trgm_warns_and_filters_without_the_index(
    caplog: pytest.LogCaptureFixture,
) -> None:
    base = pg_base_url()
    require_pg(base)
    name = f"wh_test_notrgm_{uuid.uuid4().hex[:12]}"
    with _admin(base) as admin:
        admin.execute(f'CREATE ROLE "{name}" LOGIN')
        try:
            # A fresh database without pg_trgm, where the store's role may not install extensions.
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            as_admin = sa.make_url(base).set(database=name)
            url = as_admin.set(username=name, password=None)
            try:
                with psycopg.connect(libpq(as_admin.render_as_string(False)), autocommit=True) as db:
                    db.execute(f'GRANT USAGE, CREATE ON SCHEMA public TO "{name}"')
                with caplog.at_level(logging.WARNING, logger="webhunt.store.migrations"):
                    store = open_store(url.render_as_string(hide_password=False), host="web01")
                with store:
                    ids = _seed(store)
                    assert _names(store, ids, q="a_b") == {"underscore"}
                    assert _names(store, ids, path_prefix="/var/www/html/100%") == {"percent"}
                    with store.engine.connect() as conn:
                        indexes = {ix["name"] for ix in sa.inspect(conn).get_indexes("findings")}
                        context = MigrationContext.configure(conn, opts={"include_object": _on_postgresql})
                        diff = compare_metadata(context, metadata)
                assert PATH_TRIGRAM_INDEX not in indexes
                assert [(d[0], d[1].name) for d in diff] == [("add_index", PATH_TRIGRAM_INDEX)]
                (record,) = caplog.records
                assert "pg_trgm cannot be installed or used (permission denied" in record.getMessage()
                assert f"CREATE INDEX {PATH_TRIGRAM_INDEX} ON findings" in record.getMessage()
            finally:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            admin.execute(f'DROP ROLE IF EXISTS "{name}"')
