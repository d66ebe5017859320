"""SQLite's path indexes (migration 0004) behind ``q`` and ``path_prefix``: the answers are those of
the filters without them, the full-text table follows every write to ``findings``, and a store
upgraded from 0003 gets both indexes over the findings it already holds."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event
from storetest_factories import finding

from webhunt.model import Severity, Status
from webhunt.store import FindingQuery, FindingSort, Store, open_store, queries
from webhunt.store.migrate import alembic_config, head_revision
from webhunt.store.schema import PATH_FTS_TABLE, PATH_INDEX, compared_with_model, metadata

TRIGGERS = {f"{PATH_FTS_TABLE}_insert", f"{PATH_FTS_TABLE}_delete", f"{PATH_FTS_TABLE}_update"}

TRICKY = [
    "/var/www/html/100%/a.php",
    "/var/www/html/a_b/b.php",
    "/var/www/html/axb/c.php",
    "C:\\inetpub\\wwwroot\\Shell.aspx",
    "C:\\inetpub\\wwwroot\\shell2.aspx",
    "/VAR/WWW/HTML/UP/D.PHP",
    "/srv/Été/e.php",
    "/srv/été/f.php",
    "/srv/ÉTÉ/G.php",
    "/srv/Ete/h.php",
    '/srv/quote"d/i.php',
    "/srv/it's/j.php",
    "/srv/NEAR(x) AND y*/k.php",
    "/srv/shell 🐚/l.php",
    "/srv/İstanbul/m.php",
    "/srv/ß/n.php",
]
FILLER = [f"/var/www/site{i % 4}/{('up', 'img', 'tmp')[i % 3]}/f{i:03}.php" for i in range(120)]

Q_VALUES = [
    "%",
    "100%/",
    "a_b",
    "_",
    "\\",
    "inetpub\\wwwroot\\shell",
    "\\%",
    "WWW/html/",
    "d.php",
    "/e.PHP",
    "été",
    "ÉTÉ",
    "Été",
    "ete/",
    '"',
    'quote"d',
    "it's",
    "NEAR(x) AND y*",
    "AND",
    "y*/",
    "🐚/",
    "İst",
    "ist",
    "ß/",
    "SS/",
    "ph",
    "ab",
    "xyz-nowhere",
    "/f01",
    "site1/tmp",
    "php",
]
PREFIXES = [
    "/var/www/html/a_",
    "/var/www/html/100%",
    "/var/www/html/a",
    "/var/www/html/%",
    "C:\\inetpub\\",
    "c:\\inetpub\\",
    "/VAR/",
    "/var/",
    "/srv/Été/",
    "/srv/été/",
    "/srv/É",
    '/srv/quote"',
    "/s",
    "/var/www/site2/tmp/",
    "/var/www/site2/tmp/f05",
    "/nowhere/",
]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store' / 'webhunt.db'}"


def _seed(store: Store, paths: list[str]) -> dict[int, str]:
    found = [
        finding(path, root=path.rsplit("/", 1)[0], severity=Severity(1 + i % 4), score=40 + i % 50)
        for i, path in enumerate(paths)
    ]
    ids = store.upsert_findings(found)
    return dict(zip(ids, paths, strict=True))


def _ascii_lower(text: str) -> str:
    """SQLite's ``lower``: ASCII letters only."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def _expected(paths: dict[int, str], q: str | None = None, prefix: str | None = None) -> set[int]:
    return {
        fid
        for fid, path in paths.items()
        if (q is None or _ascii_lower(q) in _ascii_lower(path))
        and (prefix is None or path.startswith(prefix))
    }


def _walk(store: Store, **kw: Any) -> list[int]:
    """Every page of 7 findings, in order."""
    ids: list[int] = []
    cursor = None
    while True:
        page = store.list_findings(FindingQuery(limit=7, cursor=cursor, **kw))
        ids.extend(f.id for f in page.items)
        if page.next_cursor is None:
            return ids
        cursor = page.next_cursor


class Statements:
    """The SQL a store runs, to tell whether the path indexes were asked."""

    def __init__(self, store: Store) -> None:
        self.seen: list[str] = []
        event.listen(store.engine, "before_cursor_execute", self._capture)

    def _capture(self, _c: Any, _cur: Any, statement: str, _p: Any, _ctx: Any, _many: bool) -> None:
        self.seen.append(statement)

    def fts_lookups(self) -> int:
        return sum(f"{PATH_FTS_TABLE} MATCH" in s for s in self.seen)

    def range_lookups(self) -> int:
        return sum("findings.path >= " in s and "findings.path < " in s for s in self.seen)

    def reads_by_id(self) -> int:
        """Pages read from a list of candidate ids (rather than in sort order)."""
        return sum(
            s.startswith("SELECT findings.id, findings.host") and "findings.id IN (" in s for s in self.seen
        )


def _integrity_check(conn: sa.Connection) -> None:
    """FTS5 compares its index with the content of ``findings``; DatabaseError when they differ."""
    conn.exec_driver_sql(
        f"INSERT INTO {PATH_FTS_TABLE} ({PATH_FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
    )


def _fts_ids(conn: sa.Connection, text: str) -> set[int]:
    phrase = '"' + text.replace('"', '""') + '"'
    stmt = f"SELECT rowid FROM {PATH_FTS_TABLE} WHERE {PATH_FTS_TABLE} MATCH ?"
    return {int(r) for r in conn.exec_driver_sql(stmt, (phrase,)).scalars()}


def _objects(conn: sa.Connection) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')")
    return {str(name) for name in rows.scalars()}


@pytest.fixture
def seeded(sqlite_url: str) -> Iterator[tuple[Store, dict[int, str]]]:
    with open_store(sqlite_url, host="web01") as store:
        yield store, _seed(store, TRICKY + FILLER)


# -- same answers ----------------------------------------------------------------------------------


def _no_index(_conn: sa.Connection, _q: FindingQuery) -> None:
    return None


@pytest.mark.parametrize("bound", [queries.MAX_PATH_CANDIDATES, 5])
def test_q_answers_as_without_the_index(
    seeded: tuple[Store, dict[int, str]], monkeypatch: pytest.MonkeyPatch, bound: int
) -> None:
    """``bound`` 5: the substrings many paths hold go the way of the filters without the index."""
    store, paths = seeded
    monkeypatch.setattr(queries, "MAX_PATH_CANDIDATES", bound)
    seen = Statements(store)
    indexed: dict[str, list[int]] = {}
    for q in Q_VALUES:
        asked, by_id = seen.fts_lookups(), seen.reads_by_id()
        indexed[q] = _walk(store, q=q)
        assert (seen.fts_lookups() > asked) == (len(q) >= 3), q
        few = len(_expected(paths, q=q)) <= bound
        assert (seen.reads_by_id() > by_id) == (len(q) >= 3 and few), q
    with monkeypatch.context() as m:
        m.setattr(queries, "_path_candidates", _no_index)
        plain = {q: _walk(store, q=q) for q in Q_VALUES}
    for q in Q_VALUES:
        assert indexed[q] == plain[q], q
        assert set(indexed[q]) == _expected(paths, q=q), q
    # the superset of the index, narrowed by the exact condition
    assert [paths[i] for i in indexed["été"]] == ["/srv/été/f.php"]
    assert {paths[i] for i in indexed["ete/"]} == {"/srv/Ete/h.php"}


@pytest.mark.parametrize("bound", [queries.MAX_PATH_CANDIDATES, 5])
def test_path_prefix_answers_as_without_the_index(
    seeded: tuple[Store, dict[int, str]], monkeypatch: pytest.MonkeyPatch, bound: int
) -> None:
    store, paths = seeded
    monkeypatch.setattr(queries, "MAX_PATH_CANDIDATES", bound)
    seen = Statements(store)
    indexed: dict[str, list[int]] = {}
    for prefix in PREFIXES:
        asked, by_id = seen.range_lookups(), seen.reads_by_id()
        indexed[prefix] = _walk(store, path_prefix=prefix)
        assert seen.range_lookups() > asked, prefix
        assert (seen.reads_by_id() > by_id) == (len(_expected(paths, prefix=prefix)) <= bound), prefix
    with monkeypatch.context() as m:
        m.setattr(queries, "_path_candidates", _no_index)
        plain = {p: _walk(store, path_prefix=p) for p in PREFIXES}
    for prefix in PREFIXES:
        assert indexed[prefix] == plain[prefix], prefix
        assert set(indexed[prefix]) == _expected(paths, prefix=prefix), prefix
    assert [paths[i] for i in indexed["/srv/Été/"]] == ["/srv/Été/e.php"]  # case-sensitive


def test_path_filters_with_other_filters_sorts_and_pages(
    seeded: tuple[Store, dict[int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, paths = seeded
    cases: list[dict[str, Any]] = [
        {"q": "tmp/f", "path_prefix": "/var/www/site1/"},
        {"q": "site3", "path_prefix": "/var/www/"},
        {"q": "php", "path_prefix": "/srv/"},
        {"q": "html", "min_severity": Severity.HIGH},
        {"q": "/F0", "sort": FindingSort("-last_seen")},
        {"path_prefix": "/var/www/site0/", "sort": FindingSort("score")},
        {"q": "zz", "path_prefix": "/srv/"},
    ]
    for bound in (queries.MAX_PATH_CANDIDATES, 3):
        monkeypatch.setattr(queries, "MAX_PATH_CANDIDATES", bound)
        for kw in cases:
            indexed = _walk(store, **kw)
            with monkeypatch.context() as m:
                m.setattr(queries, "_path_candidates", _no_index)
                assert indexed == _walk(store, **kw), (bound, kw)
            expected = _expected(paths, q=kw.get("q"), prefix=kw.get("path_prefix"))
            if "min_severity" not in kw:
                assert set(indexed) == expected, (bound, kw)


def test_a_short_or_nul_substring_is_not_looked_up(
    seeded: tuple[Store, dict[int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, paths = seeded
    seen = Statements(store)
    assert set(_walk(store, q="ab")) == _expected(paths, q="ab")
    with_nul = _walk(store, q="up/\x00")  # FTS5 would cut its query at the NUL (the API refuses NULs)
    assert seen.fts_lookups() == 0
    monkeypatch.setattr(queries, "_path_candidates", _no_index)
    assert with_nul == _walk(store, q="up/\x00")


def test_prefix_range() -> None:
    assert queries.prefix_range("/var/www/") == ("/var/www/", "/var/www0")
    assert queries.prefix_range("a\U0010ffff") == ("a\U0010ffff", "b")
    assert queries.prefix_range("\U0010ffff\U0010ffff") is None
    assert queries.prefix_range("a\ud7ff") == ("a\ud7ff", "a\ue000")
    rnd = random.Random(4)
    alphabet = ["a", "b", "Z", "/", "é", "\ud7ff", "\ue000", "\uffff", "\U00010000", "\U0010ffff"]
    for _ in range(2000):
        prefix = "".join(rnd.choices(alphabet, k=rnd.randrange(1, 4)))
        text = "".join(rnd.choices(alphabet, k=rnd.randrange(0, 6)))
        bounds = queries.prefix_range(prefix)
        assert bounds is not None or set(prefix) == {"\U0010ffff"}
        if bounds is None:
            continue
        low, high = (b.encode() for b in bounds)
        # SQLite orders text by its UTF-8 bytes
        within = low <= text.encode() < high
        assert within or not text.startswith(prefix), (prefix, text)


# -- kept in step ----------------------------------------------------------------------------------


def test_the_full_text_table_follows_every_write(sqlite_url: str) -> None:
    with open_store(sqlite_url, host="web01") as store:
        scan = store.start_scan("/var/www/html", "scan")
        first = [finding(f"/var/www/html/up/s{i}.php", sha256=f"{i}" * 64) for i in range(4)]
        ids = store.upsert_findings(first, scan)
        with store.engine.connect() as conn:
            _integrity_check(conn)
            assert _fts_ids(conn, "up/s2.") == {ids[2]}
        # a re-scan: the same files seen again (updated in place), one with new content
        store.upsert_findings([replace(f, score=60) for f in first[:3]], scan)
        changed = replace(first[3], sha256="f" * 64)
        (new_id,) = store.upsert_findings([changed], scan)
        assert store.resolve_changed("web01", "/var/www/html", {changed.path: changed.sha256}, scan) == 1
        assert store.resolve_missing("web01", "/var/www/html", {f.path for f in first[1:]}, scan) == 1
        store.triage(ids[1], Status.CONFIRMED, by="alice")
        with store.engine.begin() as conn:
            _integrity_check(conn)
            assert _fts_ids(conn, "up/s3.") == {ids[3], new_id}
            conn.execute(
                sa.text("UPDATE findings SET path = '/var/www/html/MOVED.php' WHERE id = :i"), {"i": ids[0]}
            )
            conn.execute(sa.text("DELETE FROM findings WHERE id = :i"), {"i": ids[2]})
            _integrity_check(conn)
            assert _fts_ids(conn, "up/s0.") == set()
            assert _fts_ids(conn, "moved") == {ids[0]}
            assert _fts_ids(conn, "up/s2.") == set()
        assert _walk(store, q="moved.PHP") == [ids[0]]
        assert _walk(store, q="/up/s0") == []
        assert _walk(store, q="up/s2.") == []
        assert sorted(_walk(store, q="up/s3.")) == sorted([ids[3], new_id])

        # the check above can fail: a row the triggers did not see
        with store.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP TRIGGER {PATH_FTS_TABLE}_insert")
        with store.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO findings (host, kind, path, path_hash, sha256, relpath, root, severity, score, "
                "status, reasons, diff, inserted, first_seen, last_seen) SELECT host, kind, 'unseen', "
                "'x', sha256, relpath, root, severity, score, status, reasons, diff, inserted, first_seen, "
                f"last_seen FROM findings WHERE id = {ids[1]}"
            )
        with store.engine.connect() as conn, pytest.raises(sa.exc.DatabaseError):
            _integrity_check(conn)


# -- migrations ------------------------------------------------------------------------------------


def test_upgrade_from_0003_indexes_the_findings_already_there(sqlite_url: str) -> None:
    with open_store(sqlite_url, host="web01", migrate_to="0003") as old:
        paths = _seed(old, TRICKY + FILLER)
        with old.engine.connect() as conn:
            assert not {PATH_FTS_TABLE, PATH_INDEX} & _objects(conn)
            before = [tuple(r) for r in conn.execute(sa.text("SELECT * FROM findings ORDER BY id"))]
    with open_store(sqlite_url, host="web01") as store:
        with store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
            assert {PATH_FTS_TABLE, PATH_INDEX} | TRIGGERS <= _objects(conn)
            assert [tuple(r) for r in conn.execute(sa.text("SELECT * FROM findings ORDER BY id"))] == before
            _integrity_check(conn)
            assert _fts_ids(conn, "inetpub\\wwwroot\\shell") == _expected(paths, q="inetpub\\wwwroot\\shell")
        seen = Statements(store)
        for q in ("a_b", "WWW/html/", "/f01", "été"):
            assert set(_walk(store, q=q)) == _expected(paths, q=q), q
        assert seen.fts_lookups() >= 4
        # new findings are indexed as they come
        (fid,) = store.upsert_findings([finding("/var/www/html/late-arrival.php")])
        assert _walk(store, q="LATE-arr") == [fid]


def test_downgrade_to_0003_drops_the_path_indexes_only(sqlite_url: str) -> None:
    with open_store(sqlite_url, host="web01") as store:
        paths = _seed(store, TRICKY)
        with store.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003")
            objects = _objects(conn)
        assert not ({PATH_FTS_TABLE, PATH_INDEX} | TRIGGERS) & objects
        assert not any(name.startswith(PATH_FTS_TABLE) for name in objects)
        # the filters still answer, without the indexes
        assert set(_walk(store, q="a_b")) == _expected(paths, q="a_b")
    with open_store(sqlite_url, host="web01") as store:  # upgrades again
        with store.engine.connect() as conn:
            assert {PATH_FTS_TABLE, PATH_INDEX} | TRIGGERS <= _objects(conn)
            _integrity_check(conn)
        assert set(_walk(store, q="/srv/")) == _expected(paths, q="/srv/")


def _deny_fts5(dbapi_conn: Any, _record: Any) -> None:
    """A SQLite library without FTS5, as far as the store can tell: creating its tables fails."""
    import sqlite3

    def authorize(
        action: int, _arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None
    ) -> int:
        if action == sqlite3.SQLITE_CREATE_VTABLE and arg2 == "fts5":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    dbapi_conn.set_authorizer(authorize)


def test_without_fts5_the_store_warns_and_q_reads_without_the_index(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    event.listen(sa.pool.Pool, "connect", _deny_fts5)
    try:
        with caplog.at_level(logging.WARNING, logger="webhunt.store.migrations"):
            store = open_store(sqlite_url, host="web01")
        with store:
            paths = _seed(store, TRICKY + FILLER)
            seen = Statements(store)
            for q in ("a_b", "WWW/html/", "/f01", "été", "ph"):
                assert set(_walk(store, q=q)) == _expected(paths, q=q), q
            assert set(_walk(store, path_prefix="/srv/É")) == _expected(paths, prefix="/srv/É")
            assert seen.fts_lookups() == 0
            assert seen.range_lookups() > 0
            with store.engine.connect() as conn:
                objects = _objects(conn)
                dialect = conn.dialect.name

                def on_this_backend(obj: object, _n: object, _t: object, _r: bool, _to: object) -> bool:
                    return compared_with_model(obj, dialect)

                context = MigrationContext.configure(conn, opts={"include_object": on_this_backend})
                assert compare_metadata(context, metadata) == []
    finally:
        event.remove(sa.pool.Pool, "connect", _deny_fts5)
    assert PATH_INDEX in objects
    assert not ({PATH_FTS_TABLE} | TRIGGERS) & objects
    (record,) = caplog.records
    message = record.getMessage()
    assert "cannot create a full-text index with FTS5's trigram tokenizer (not authorized" in message
    assert "the q filter of /findings will read the findings without an index" in message
