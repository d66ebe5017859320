"""list_findings / get_finding / stats: every filter, every ordering, pagination walks."""

from __future__ import annotations

from datetime import timedelta

import pytest
from storetest_factories import Clock, finding, reason, request

from webhunt.model import FindingKind, Language, Severity, Status
from webhunt.store import FindingQuery, FindingSort, InvalidQuery, LinkRole, Store


def _seed(store: Store, clock: Clock) -> dict[str, int]:
    ids: dict[str, int] = {}
    specs = [
        ("crit", "/var/www/html/up/a.php", Severity.CRITICAL, 95, Language.PHP, "R_EVAL"),
        ("high", "/var/www/html/up/b.jsp", Severity.HIGH, 75, Language.JSP, "R_EXEC"),
        ("med", "/var/www/html/lib/c.php", Severity.MEDIUM, 45, Language.PHP, "R_EVAL"),
        ("low", "/var/www/html/lib/d_%.php", Severity.LOW, 20, Language.PHP, "R_WEAK"),
        ("other", "/srv/app/E.PHP", Severity.HIGH, 70, Language.PHP, "R_WEAK"),
    ]
    for name, path, sev, score, lang, rule in specs:
        clock.advance(60)
        root = "/srv/app" if path.startswith("/srv") else "/var/www/html"
        ids[name], _ = store.upsert_finding(
            finding(
                path,
                root=root,
                severity=sev,
                score=score,
                language=lang,
                reasons=(reason(rule, score),),
                host="web02" if name == "other" else "web01",
            )
        )
    return ids


def _ids(store: Store, **kw: object) -> set[int]:
    page = store.list_findings(FindingQuery(limit=500, **kw))  # type: ignore[arg-type]
    assert page.next_cursor is None
    return {f.id for f in page.items}


def test_filters(store: Store, clock: Clock) -> None:
    ids = _seed(store, clock)
    store.triage(ids["high"], Status.CONFIRMED, "alice")
    store.triage(ids["med"], Status.FALSE_POSITIVE, "alice")
    t_med = store.get_finding(ids["med"])
    assert t_med is not None
    assert _ids(store, min_severity=Severity.HIGH) == {ids["crit"], ids["high"], ids["other"]}
    assert _ids(store, status=(Status.CONFIRMED, Status.FALSE_POSITIVE)) == {ids["high"], ids["med"]}
    assert _ids(store, host="web02") == {ids["other"]}
    assert _ids(store, path_prefix="/var/www/html/up/") == {ids["crit"], ids["high"]}
    assert _ids(store, path_prefix="/VAR") == set()
    assert _ids(store, rule="R_EVAL") == {ids["crit"], ids["med"]}
    assert _ids(store, rule="R_EVA") == set()
    assert _ids(store, language=Language.JSP) == {ids["high"]}
    assert _ids(store, kind=FindingKind.LOG) == set()
    # q: case-insensitive substring; LIKE wildcards are literal
    assert _ids(store, q="e.php") == {ids["other"]}
    assert _ids(store, q="_%") == {ids["low"]}
    assert _ids(store, q="%") == {ids["low"]}
    # window: seen within [since, until]
    seen = t_med.finding.first_seen
    assert _ids(store, since=seen) == {ids["med"], ids["low"], ids["other"]}
    assert _ids(store, until=seen) == {ids["crit"], ids["high"], ids["med"]}
    assert _ids(store, since=seen, until=seen) == {ids["med"]}
    assert _ids(store, min_severity=Severity.HIGH, host="web01", rule="R_EXEC") == {ids["high"]}


@pytest.mark.parametrize("sort", list(FindingSort))
def test_pagination_walk_covers_every_item_exactly_once(
    store: Store, clock: Clock, sort: FindingSort
) -> None:
    # many ties on severity/score/time, so the id tie-break carries the walk
    items = []
    for i in range(57):
        if i % 10 == 0:
            clock.advance(1)
        items.append(
            finding(
                f"/var/www/html/f{i:03}.php",
                severity=Severity(1 + i % 4),
                score=10 + (i % 3) * 30,
            )
        )
    expected = set(store.upsert_findings(items))
    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        page = store.list_findings(FindingQuery(sort=sort, limit=7, cursor=cursor))
        seen.extend(f.id for f in page.items)
        pages += 1
        cursor = page.next_cursor
        if cursor is None:
            break
    assert sorted(seen) == sorted(expected)
    assert len(seen) == len(set(seen)) == 57
    assert pages == 9
    records = store.list_findings(FindingQuery(sort=sort, limit=500)).items
    assert [r.id for r in records] == seen
    key = sort.column
    values = [(getattr(r, key), r.id) for r in records]
    assert values == sorted(values, reverse=sort.descending)


def test_bad_cursors_are_refused(store: Store) -> None:
    store.upsert_findings([finding(f"/var/www/html/{i}.php") for i in range(3)])
    page = store.list_findings(FindingQuery(limit=1))
    assert page.next_cursor is not None
    with pytest.raises(InvalidQuery, match="another ordering"):
        store.list_findings(FindingQuery(limit=1, sort=FindingSort.SCORE, cursor=page.next_cursor))
    for bad in ("", "!!!", "bm90IGpzb24", "WyJmaW5kaW5nczotc2V2ZXJpdHkiLCJzIiwieCIsMV0", "x" * 5000):
        if bad:
            with pytest.raises(InvalidQuery):
                store.list_findings(FindingQuery(limit=1, cursor=bad))


def test_detail_has_requests_and_planting(store: Store) -> None:
    fid, _ = store.upsert_finding(finding())
    store.add_requests(
        [
            request(1, method="POST", path="/upload.php"),
            request(2, path="/up/shell.php", query="cmd=id"),
            request(3, client_ip="198.51.100.2", path="/up/shell.php"),
        ]
    )
    by_line = {r.line_no: r.id for r in store.list_requests(_rq()).items}
    store.set_planting(fid, by_line[1])
    store.link_requests(fid, [by_line[2]], LinkRole.USE)
    store.link_requests(fid, [by_line[3], by_line[3]], "access")
    detail = store.get_finding(fid)
    assert detail is not None
    assert detail.planting is not None and detail.planting.path == "/upload.php"
    assert detail.finding.planted_by == by_line[1]
    assert [(link.role, link.request.line_no) for link in detail.requests] == [
        (LinkRole.PLANTING, 1),
        (LinkRole.USE, 2),
        (LinkRole.ACCESS, 3),
    ]
    assert detail.requests_total == 3
    store.set_planting(fid, None)
    detail = store.get_finding(fid)
    assert detail is not None and detail.planting is None and detail.requests_total == 2
    assert store.get_finding(fid + 1000) is None


def _rq() -> object:
    from webhunt.store import RequestQuery

    return RequestQuery(limit=500)


def test_stats(store: Store, clock: Clock) -> None:
    ids = _seed(store, clock)
    store.triage(ids["low"], Status.FALSE_POSITIVE, "bob")
    store.add_requests([request(i) for i in range(1, 8)])
    store.upsert_attacker("203.0.113.7", [reason("A1", 80)], 80)
    scan = store.start_scan("/var/www/html", "scan")
    s = store.stats()
    assert s.findings_total == 5
    assert s.by_severity == {"critical": 1, "high": 2, "medium": 1, "low": 1}
    assert s.by_status == {"new": 4, "false_positive": 1}
    assert s.by_host == {"web01": 4, "web02": 1}
    assert s.by_kind == {"file": 5}
    assert (s.requests_total, s.attackers_total, s.scans_running) == (7, 1, 1)
    assert s.hosts == ("web01",)
    store.finish_scan(scan)
    assert store.stats().scans_running == 0


def test_since_until_take_any_timezone(store: Store, clock: Clock) -> None:
    fid, _ = store.upsert_finding(finding())
    from datetime import timezone

    plus2 = timezone(timedelta(hours=2))
    at = clock.now.astimezone(plus2)
    assert _ids(store, since=at, until=at) == {fid}
    assert _ids(store, since=at + timedelta(microseconds=1)) == set()
