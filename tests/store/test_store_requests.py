"""Requests: streaming ingest without duplicates, bounds, queries, timelines, attackers, scans."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from storetest_factories import T0, Clock, finding, reason, request

from webhunt.errors import StoreError
from webhunt.model import Request
from webhunt.store import (
    AttackerQuery,
    InvalidQuery,
    RecordNotFound,
    RequestQuery,
    ScanStatus,
    Store,
    TimeOrder,
)
from webhunt.store.records import BOUNDS


def test_reingest_adds_nothing(store: Store) -> None:
    reqs = [request(i) for i in range(1, 1001)]
    assert store.add_requests(reqs, batch_size=128) == 1000
    assert store.add_requests(reqs, batch_size=128) == 0
    assert store.add_requests([*reqs[:10], request(1001)]) == 1
    assert store.stats().requests_total == 1001
    # the same line numbers of another log stream are other requests
    assert store.add_requests([request(i, source_id="src-2") for i in range(1, 11)]) == 10


@pytest.mark.parametrize("batch_size", [1, 3, 4, 1000])
def test_interleaved_log_streams_keep_their_lines_apart(store: Store, batch_size: int) -> None:
    """Rows of several streams in one call, switching streams anywhere (also where a transaction
    ends): each request keeps its stream's source and line; storing them again adds nothing."""
    order = ["a", "a", "b", "a", "c", "c", "b", "b", "a", "c"]
    numbers: dict[str, int] = {}
    reqs = []
    for sid in order:
        numbers[sid] = numbers.get(sid, 0) + 1
        reqs.append(request(numbers[sid], source_id=sid, source=f"/logs/{sid}.log", path=f"/{sid}"))
    assert store.add_requests(reqs, batch_size=batch_size) == len(order)
    assert store.add_requests(reversed(reqs), batch_size=batch_size) == 0
    stored = store.list_requests(RequestQuery(limit=100)).items
    assert sorted((r.source_id, r.line_no, r.source, r.path) for r in stored) == sorted(
        (r.source_id, r.line_no, r.source, r.path) for r in reqs
    )
    assert len({r.id for r in stored}) == len(order)


def test_a_stream_keeps_the_path_it_was_first_read_from(store: Store) -> None:
    """A rotated log (same stream, another name) adds its new lines under the first path."""
    assert store.add_requests([request(i, source="/logs/access.log") for i in (1, 2)]) == 2
    assert store.add_requests([request(i, source="/logs/access.log.1") for i in (1, 2, 3)]) == 1
    assert {r.source for r in store.list_requests(RequestQuery()).items} == {"/logs/access.log"}


def test_line_numbers_beyond_the_stream_bound_are_refused(store: Store) -> None:
    with pytest.raises(StoreError, match=r"/var/log/nginx/access.log: line -1 cannot be stored"):
        store.add_requests([request(1), request(-1)])
    assert store.stats().requests_total == 0  # the batch is one transaction
    with pytest.raises(StoreError, match="line 4294967296 cannot be stored"):
        store.add_requests([request(2**32)])


def test_ingest_streams_and_commits_batch_by_batch(store: Store) -> None:
    """A failure mid-stream keeps the batches already committed (and only those)."""
    consumed = 0

    def lines() -> Iterator[Request]:
        nonlocal consumed
        for i in range(1, 10_000_000):
            consumed = i
            if i == 2500:
                raise RuntimeError("log reader broke")
            yield request(i)

    with pytest.raises(RuntimeError):
        store.add_requests(lines(), batch_size=1000)
    assert consumed == 2500  # lazily consumed, never materialised
    assert store.stats().requests_total == 2000


def test_requests_without_source_id_are_all_kept(store: Store) -> None:
    reqs = [request(0, source_id="") for _ in range(5)]
    assert store.add_requests(reqs) == 5
    assert store.add_requests(reqs) == 5


def test_long_and_hostile_fields_are_bounded_and_stored(store: Store) -> None:
    long_path = "/" + "é" * 5000
    store.add_requests(
        [
            request(1, path=long_path, query="q=" + "x" * 20_000, user_agent="\x00sqlmap"),
            request(2, path="/a\udcff.php", referer="\udc80"),
        ]
    )
    items = store.list_requests(RequestQuery(order=TimeOrder.ASC)).items
    assert len(items) == 2
    first, second = items
    assert long_path.startswith(first.path) and len(first.path.encode()) <= BOUNDS.indexed_bytes
    assert len(first.query) == BOUNDS.text
    assert first.user_agent.endswith("sqlmap")
    assert second.path.startswith("/a") and second.path.endswith(".php")


def test_list_requests_filters_and_walk(store: Store) -> None:
    reqs = [
        request(
            i,
            client_ip="203.0.113.7" if i % 3 else "198.51.100.9",
            method="POST" if i % 5 == 0 else "GET",
            path="/up/shell.php" if i % 2 else "/index.php",
            status=404 if i % 7 == 0 else 200,
        )
        for i in range(1, 101)
    ]
    store.add_requests(reqs)

    def walk(**kw: object) -> list[int]:
        out: list[int] = []
        cursor = None
        while True:
            page = store.list_requests(RequestQuery(limit=9, cursor=cursor, **kw))  # type: ignore[arg-type]
            out.extend(r.line_no for r in page.items)
            cursor = page.next_cursor
            if cursor is None:
                return out

    assert walk() == list(range(100, 0, -1))
    assert walk(order=TimeOrder.ASC) == list(range(1, 101))
    assert walk(ip="198.51.100.9", order=TimeOrder.ASC) == [i for i in range(1, 101) if i % 3 == 0]
    assert walk(method="post") == [i for i in range(100, 0, -1) if i % 5 == 0]
    assert walk(status=404, path="/index.php") == [i for i in range(100, 0, -1) if i % 14 == 0]
    window = walk(since=T0 + timedelta(seconds=10), until=T0 + timedelta(seconds=20))
    assert window == list(range(20, 9, -1))
    assert walk(host="web02") == []
    timeline_cursor = store.timeline("203.0.113.7", limit=1).next_cursor
    with pytest.raises(InvalidQuery):  # a timeline cursor is not a /requests cursor
        store.list_requests(RequestQuery(cursor=timeline_cursor))


def test_timeline_is_in_time_order(store: Store) -> None:
    # logged out of order (two files), stored in any order: the timeline sorts by time
    store.add_requests([request(i, source_id="b") for i in (5, 3)])
    store.add_requests([request(i, source_id="a") for i in (4, 1, 2)])
    store.add_requests([request(9, client_ip="192.0.2.1")])
    page = store.timeline("203.0.113.7", limit=2)
    lines = [r.line_no for r in page.items]
    while page.next_cursor:
        page = store.timeline("203.0.113.7", limit=2, cursor=page.next_cursor)
        lines += [r.line_no for r in page.items]
    assert lines == [1, 2, 3, 4, 5]
    since = T0 + timedelta(seconds=2)
    assert [r.line_no for r in store.timeline("203.0.113.7", since=since).items] == [2, 3, 4, 5]
    assert store.timeline("203.0.113.7", host="elsewhere").items == ()


def test_link_requests_needs_a_finding_and_a_known_role(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        store.link_requests(42, [1], "use")
    fid, _ = store.upsert_finding(finding())
    with pytest.raises(ValueError, match="role"):
        store.link_requests(fid, [1], "owner")
    with pytest.raises(StoreError):
        store.link_requests(fid, [123456], "use")  # no such request


def test_attackers(store: Store, clock: Clock) -> None:
    fid, _ = store.upsert_finding(finding())
    store.add_requests([request(i) for i in range(1, 6)] + [request(9, client_ip="192.0.2.1")])
    ids = [r.id for r in store.list_requests(RequestQuery(ip="203.0.113.7")).items]
    store.link_requests(fid, ids[:2], "use")
    a1 = store.upsert_attacker("203.0.113.7", [reason("A_UPLOAD", 70)], 70)
    a2 = store.upsert_attacker("192.0.2.1", [reason("A_SCANNER", 30)], 30, first_seen=T0, last_seen=T0)
    assert a1 != a2
    again = store.upsert_attacker("203.0.113.7", [reason("A_SHELL_USE", 90)], 90)
    assert again == a1
    page = store.attackers(AttackerQuery(limit=1))
    (top,) = page.items
    assert top.ip == "203.0.113.7" and top.score == 90
    assert {r.id for r in top.reasons} == {"A_UPLOAD", "A_SHELL_USE"}
    assert (top.first_seen, top.last_seen) == (T0 + timedelta(seconds=1), T0 + timedelta(seconds=5))
    assert top.requests == 5 and top.findings == (fid,)
    assert page.next_cursor is not None
    rest = store.attackers(AttackerQuery(limit=1, cursor=page.next_cursor))
    assert [a.ip for a in rest.items] == ["192.0.2.1"] and rest.next_cursor is None
    assert [a.ip for a in store.attackers(AttackerQuery(min_score=50)).items] == ["203.0.113.7"]
    assert store.get_attacker("192.0.2.1")[0].first_seen == T0
    assert store.get_attacker("10.9.9.9") == ()


def test_scans_progress_and_problems(store: Store, clock: Clock) -> None:
    scan = store.start_scan("/var/www/html", "scan", ruleset_version="r1")
    store.update_scan(scan, files_total=10, files_done=4, problems=["/var/www/html/x: unreadable"])
    store.upsert_finding(finding(), scan)
    running = store.get_scan(scan)
    assert running is not None
    assert (running.status, running.files_done, running.findings) == (ScanStatus.RUNNING, 4, 1)
    assert running.problems == ("/var/www/html/x: unreadable",)
    clock.advance(5)
    store.finish_scan(scan)
    done = store.get_scan(scan)
    assert done is not None
    assert (done.status, done.finished, done.findings) == (ScanStatus.DONE, clock.now, 1)
    assert done.ruleset_version == "r1"
    assert store.get_scan(scan + 100) is None
    with pytest.raises(RecordNotFound):
        store.update_scan(scan + 100, files_done=1)
    with pytest.raises(ValueError):
        store.start_scan("/x", "bogus")
    failed = store.start_scan("/x", "diff")
    store.finish_scan(failed, status="failed")
    record = store.get_scan(failed)
    assert record is not None and record.status == ScanStatus.FAILED
