"""Requests stored from a log reader's rows (no ``Request`` objects): same records, same identity,
same bounds as storing ``Request``s; the WAL checkpoint helper of bulk writes."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from operator import attrgetter
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from storetest_factories import request

from webhunt.logs.reader import LogReader
from webhunt.model import Request
from webhunt.store import RequestQuery, RequestRecord, Store, TimeOrder, open_store
from webhunt.store import engine as engine_mod
from webhunt.store.records import BOUNDS

HELPER = "webhunt-wal-checkpoint"


def clf_line(i: int, *, ip: str = "198.51.100.7", target: str = "", ua: str = "Mozilla/5.0") -> str:
    target = target or f"/page/{i}.php?id={i}"
    return (
        f"{ip} - - [01/Mar/2024:10:{i // 60 % 60:02d}:{i % 60:02d} +0100] "
        f'"GET {target} HTTP/1.1" 200 {i} "https://example.com/" "{ua}"\n'
    )


def write_log(path: Path, count: int) -> Path:
    """A combined log with a few lines past the store's bounds (long path, long user agent, IPv6)."""
    lines = [clf_line(i) for i in range(count)]
    lines[3] = clf_line(3, target="/" + "é" * 1500 + ".php?q=1")  # 3,000 bytes of path
    lines[4] = clf_line(4, ua="A" * (BOUNDS.text + 100))
    lines[5] = clf_line(5, ip="2001:db8:85a3:8d3:1319:8a2e:370:7348")
    lines[6] = "not a request line\n"
    path.write_text("".join(lines))
    return path


def stored(store: Store, host: str) -> list[RequestRecord]:
    items: list[RequestRecord] = []
    cursor = None
    while True:
        page = store.list_requests(RequestQuery(host=host, order=TimeOrder.ASC, limit=500, cursor=cursor))
        items += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    return [replace(r, id=0, host="") for r in sorted(items, key=lambda r: (r.source_id, r.line_no))]


@pytest.mark.parametrize("parallel", [False, True])
def test_a_reader_is_stored_like_its_requests(db_url: str, tmp_path: Path, parallel: bool) -> None:
    log = write_log(tmp_path / "access.log", 1200)
    with open_store(db_url, host="rows") as by_rows, open_store(db_url, host="objects") as by_objects:
        # uneven batches: rows arrive in lists of other sizes than the transactions
        assert by_rows.add_requests(LogReader([str(log)], parallel=parallel), batch_size=250) == 1199
        assert by_objects.add_requests(list(LogReader([str(log)])), batch_size=250) == 1199
        rows, objects = stored(by_rows, "rows"), stored(by_objects, "objects")
        assert rows == objects and len(rows) == 1199
        by_line = {r.line_no: r for r in rows}
        assert len(by_line[4].path.encode()) <= BOUNDS.indexed_bytes < 3000
        assert len(by_line[5].user_agent) == BOUNDS.text
        assert by_line[6].client_ip == "2001:db8:85a3:8d3:1319:8a2e:370:7348"
        assert 7 not in by_line  # the malformed line
        # the same log again, either way in: nothing new
        assert by_rows.add_requests(LogReader([str(log)], parallel=parallel), batch_size=250) == 0
        assert by_rows.add_requests(list(LogReader([str(log)])), batch_size=1000) == 0


class _Rows:
    """A row source that breaks after ``fail_after`` rows (a log reader whose process died)."""

    def __init__(self, requests: list[Request], fail_after: int) -> None:
        self.requests = requests
        self.fail_after = fail_after

    def __iter__(self) -> Iterator[Request]:
        raise AssertionError("the store must take the rows, not the requests")

    def row_batches(self, convert: Callable[[list[Any]], list[Any]]) -> Iterator[list[Any]]:
        for i in range(0, len(self.requests), 300):
            if i >= self.fail_after:
                raise RuntimeError("log reader broke")
            yield convert([FIELDS(r) for r in self.requests[i : i + 300]])


FIELDS = attrgetter(*(f.name for f in fields(Request)))


def test_rows_commit_batch_by_batch_and_anonymous_rows_get_an_identity(store: Store) -> None:
    reqs = [request(i) for i in range(1, 3001)]
    with pytest.raises(RuntimeError, match="broke"):
        store.add_requests(_Rows(reqs, fail_after=2100), batch_size=1000)
    assert store.stats().requests_total == 2000  # the batch in flight is lost, no more
    assert store.add_requests(_Rows(reqs, fail_after=3000), batch_size=1000) == 1000
    anonymous = [request(0, source_id="", path=f"/a{i}") for i in range(5)]
    assert store.add_requests(_Rows(anonymous, fail_after=5)) == 5
    assert store.add_requests(_Rows(anonymous, fail_after=5)) == 5  # cannot be recognised again
    lines = [r.line_no for r in store.list_requests(RequestQuery(path="/a3")).items]
    assert len(lines) == 2 and all(n > 0 for n in lines)


def _helpers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == HELPER]


def test_bulk_writes_checkpoint_in_a_helper_thread_that_ends_with_them(db_url: str, tmp_path: Path) -> None:
    log = write_log(tmp_path / "access.log", 3000)
    with open_store(db_url, host="web01") as store:
        during: list[int] = []

        def watched() -> Iterator[Request]:
            for i, r in enumerate(LogReader([str(log)])):
                if i % 500 == 0:
                    during.append(len(_helpers()))
                yield r

        assert store.add_requests(watched(), batch_size=400) == 2999
        assert not _helpers()
        sqlite = store.backend == "sqlite"
        assert during[0] == 0 and max(during) == (1 if sqlite else 0)  # none for one batch, nor on PG
        store.add_requests([request(1)])  # a single transaction: no helper
        assert not _helpers()


def test_the_helper_checkpoints_and_a_failure_stops_only_the_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "store.db"
    with open_store(f"sqlite:///{db}", host="web01") as store:
        store.add_requests([request(1)])
        size = db.stat().st_size
        writer = store.engine.raw_connection()  # autocommit: BEGIN and COMMIT are ours
        try:
            cursor = writer.cursor()
            cursor.execute("PRAGMA wal_autocheckpoint=0")  # this writer never checkpoints
            with engine_mod.background_checkpoints(store.engine):
                for part in range(5):
                    cursor.execute("BEGIN IMMEDIATE")
                    cursor.executemany(
                        "INSERT INTO requests (id, host, time, client_ip, method, path, query, status,"
                        " referer, user_agent, vhost, protocol)"
                        " VALUES (?, 'web01', 0, '192.0.2.1', 'GET', ?, '', 200, '', '', '', '')",
                        [(part * 1000 + i + 1, f"/{'x' * 200}/{i}") for i in range(400)],
                    )
                    cursor.execute("COMMIT")
                deadline = time.monotonic() + 10
                while db.stat().st_size == size and time.monotonic() < deadline:
                    time.sleep(0.01)
            cursor.execute("PRAGMA wal_autocheckpoint=1000")
        finally:
            writer.close()
        assert db.stat().st_size > size  # the pages reached the database file: the helper copied them

        original = no_connection_for_the_helper(monkeypatch)
        with caplog.at_level(logging.WARNING, logger="webhunt.store.engine"):
            assert store.add_requests([request(i) for i in range(2, 50)], batch_size=10) == 48
        assert "no connection for background WAL checkpoints" in caplog.text
        monkeypatch.setattr(sa.Engine, "raw_connection", original)
        monkeypatch.setattr(engine_mod, "_CHECKPOINT", "PRAGMA wal_checkpoint(NO SUCH MODE")
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="webhunt.store.engine"):
            assert store.add_requests(slow([request(i) for i in range(50, 90)]), batch_size=10) == 40
        assert "background WAL checkpoints stopped: " in caplog.text
        assert not _helpers()
        assert store.stats().requests_total == 2089


def no_connection_for_the_helper(monkeypatch: pytest.MonkeyPatch) -> Callable[[sa.Engine], Any]:
    """Make the checkpoint helper's connection attempts fail; the original method, to restore it."""
    original = sa.Engine.raw_connection

    def none_for_the_helper(self: sa.Engine) -> Any:
        if threading.current_thread().name == HELPER:
            raise sa_exc.OperationalError("connect", {}, Exception("unable to open database file"))
        return original(self)

    monkeypatch.setattr(sa.Engine, "raw_connection", none_for_the_helper)
    return original


def wait_for_the_helper(store: Store) -> Any:
    """The pool the running checkpoint helper registered on, once it has its connection."""
    pool = store.engine.pool
    deadline = time.monotonic() + 10
    while not engine_mod._helped.get(pool) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert engine_mod._helped.get(pool) == 1
    return pool


def slow(requests: list[Request]) -> Iterator[Request]:
    """Requests that arrive slowly enough for the helper to run between batches."""
    for i, r in enumerate(requests):
        if i % 10 == 0:
            time.sleep(engine_mod.CHECKPOINT_INTERVAL * 2)
        yield r


def test_writers_leave_checkpoints_to_the_helper_while_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the helper checkpoints, write transactions raise their automatic checkpoint (so a
    commit does not stop for the copy and its fsync) and get SQLite's default back after it; a
    helper that cannot connect leaves them at the default."""

    def autocheckpoint(store: Store) -> int:
        with store._write("reading the setting") as conn:  # the connection the writer uses
            return int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())

    with open_store(f"sqlite:///{tmp_path / 'store.db'}", host="web01") as store:
        assert autocheckpoint(store) == engine_mod.WAL_AUTOCHECKPOINT == 1000
        with engine_mod.background_checkpoints(store.engine):
            wait_for_the_helper(store)
            assert autocheckpoint(store) == engine_mod.BULK_WAL_AUTOCHECKPOINT
        assert store.engine.pool not in engine_mod._helped
        assert autocheckpoint(store) == 1000
        with engine_mod.background_checkpoints(store.engine):  # the pool replaced meanwhile
            helped = wait_for_the_helper(store)
            store.engine.dispose()
        assert helped not in engine_mod._helped and store.engine.pool not in engine_mod._helped
        assert autocheckpoint(store) == 1000

        no_connection_for_the_helper(monkeypatch)
        with engine_mod.background_checkpoints(store.engine):
            time.sleep(engine_mod.CHECKPOINT_INTERVAL * 4)
            assert autocheckpoint(store) == 1000


def test_the_wal_stays_bounded_when_the_helper_falls_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper that never catches up (here: one that never checkpoints) does not let the WAL grow
    past the raised bound: the writer's own commit then checkpoints."""
    monkeypatch.setattr(engine_mod, "BULK_WAL_AUTOCHECKPOINT", 40)
    monkeypatch.setattr(engine_mod, "_CHECKPOINT", "SELECT 1")  # the helper runs, copies nothing
    db = tmp_path / "store.db"
    wal = tmp_path / "store.db-wal"
    with open_store(f"sqlite:///{db}", host="web01") as store:
        page = int(store.engine.connect().exec_driver_sql("PRAGMA page_size").scalar_one())
        sizes: list[int] = []

        def watched() -> Iterator[Request]:
            for i in range(6000):
                if i % 400 == 0 and wal.exists():
                    sizes.append(wal.stat().st_size)
                yield request(i + 1)

        assert store.add_requests(watched(), batch_size=400) == 6000
    # one transaction of 400 rows fills a few pages per index: far below 40 + what it adds
    assert max(sizes) < (40 + 40) * page
    assert len(sizes) >= 10
