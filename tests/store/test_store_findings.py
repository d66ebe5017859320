"""Findings: deduplication by identity, triage that survives re-scans, lifecycle, bounds."""

from __future__ import annotations

import pytest
from storetest_factories import Clock, finding, reason

from webhunt.model import ChangeKind, FindingKind, Severity, Status
from webhunt.store import RecordNotFound, Store
from webhunt.store.findings import NOTE_CHANGED, NOTE_GONE, NOTE_REAPPEARED
from webhunt.store.records import BOUNDS


def test_reupsert_same_identity_keeps_id_updates_last_seen_and_keeps_triage(
    store: Store, clock: Clock
) -> None:
    fid, created = store.upsert_finding(finding())
    assert created
    first = store.get_finding(fid)
    assert first is not None
    store.triage(fid, Status.CONFIRMED, "alice", "planted via upload form")

    later = clock.advance(3600)
    again, created_again = store.upsert_finding(finding(score=80, severity=Severity.HIGH))
    assert (again, created_again) == (fid, False)
    detail = store.get_finding(fid)
    assert detail is not None
    f = detail.finding
    assert f.first_seen == first.finding.first_seen
    assert f.last_seen == later
    assert (f.score, f.severity) == (80, Severity.HIGH)
    assert (f.status, f.status_by, f.status_note) == (Status.CONFIRMED, "alice", "planted via upload form")
    page = store.list_findings(_all())
    assert [x.id for x in page.items] == [fid]


def _all(**kw: object) -> object:
    from webhunt.store import FindingQuery

    return FindingQuery(limit=500, **kw)  # type: ignore[arg-type]


def test_identity_is_host_kind_path_and_content(store: Store) -> None:
    base, _ = store.upsert_finding(finding())
    other_content, created1 = store.upsert_finding(finding(sha256="b" * 64))
    other_host, created2 = store.upsert_finding(finding(host="web02"))
    other_kind, created3 = store.upsert_finding(finding(kind=FindingKind.ACCESS))
    assert created1 and created2 and created3
    assert len({base, other_content, other_host, other_kind}) == 4


def test_reasons_merge_by_id_new_scan_wins(store: Store) -> None:
    fid, _ = store.upsert_finding(finding(reasons=(reason("R1", 50, description="old"), reason("R2", 40))))
    store.upsert_finding(finding(reasons=(reason("R1", 60, description="new"), reason("R3", 30))))
    detail = store.get_finding(fid)
    assert detail is not None
    got = {r.id: (r.score, r.description) for r in detail.finding.reasons}
    assert got == {
        "R1": (60, "new"),
        "R2": (40, "eval of request input"),
        "R3": (30, "eval of request input"),
    }


def test_resolved_finding_that_comes_back_is_reopened(store: Store) -> None:
    fid, _ = store.upsert_finding(finding())
    scan = store.start_scan("/var/www/html", "scan")
    assert store.resolve_missing("web01", "/var/www/html", set(), scan) == 1
    detail = store.get_finding(fid)
    assert detail is not None
    assert (detail.finding.status, detail.finding.status_note) == (Status.RESOLVED, NOTE_GONE)

    store.upsert_finding(finding())
    reopened = store.get_finding(fid)
    assert reopened is not None
    assert reopened.finding.status == Status.NEW
    assert (reopened.finding.status_by, reopened.finding.status_note) == ("webhunt", NOTE_REAPPEARED)


def test_false_positive_survives_rescan_and_missing_file(store: Store) -> None:
    fid, _ = store.upsert_finding(finding())
    store.triage(fid, Status.FALSE_POSITIVE, "bob", "vendor code")
    store.upsert_finding(finding())
    scan = store.start_scan("/var/www/html", "scan")
    assert store.resolve_missing("web01", "/var/www/html", set(), scan) == 0
    detail = store.get_finding(fid)
    assert detail is not None
    assert (detail.finding.status, detail.finding.status_by) == (Status.FALSE_POSITIVE, "bob")


def test_resolve_missing_only_touches_gone_files_of_that_root_and_host(store: Store) -> None:
    gone, _ = store.upsert_finding(finding("/var/www/html/a.php"))
    kept, _ = store.upsert_finding(finding("/var/www/html/b.php"))
    other_root, _ = store.upsert_finding(finding("/srv/other/c.php", root="/srv/other"))
    other_host, _ = store.upsert_finding(finding("/var/www/html/a.php", host="web02"))
    log_only, _ = store.upsert_finding(finding("/gone.php", kind=FindingKind.LOG, sha256="", root=""))
    scan = store.start_scan("/var/www/html", "scan")
    n = store.resolve_missing("web01", "/var/www/html", {"/var/www/html/b.php"}, scan)
    assert n == 1
    status = {fid: _status(store, fid) for fid in (gone, kept, other_root, other_host, log_only)}
    assert status == {
        gone: Status.RESOLVED,
        kept: Status.NEW,
        other_root: Status.NEW,
        other_host: Status.NEW,
        log_only: Status.NEW,
    }


def test_resolve_changed_resolves_replaced_content(store: Store) -> None:
    old, _ = store.upsert_finding(finding(sha256="1" * 64))
    scan = store.start_scan("/var/www/html", "scan")
    same = store.resolve_changed("web01", "/var/www/html", {"/var/www/html/up/shell.php": "1" * 64}, scan)
    assert same == 0
    n = store.resolve_changed("web01", "/var/www/html", {"/var/www/html/up/shell.php": "2" * 64}, scan)
    assert n == 1
    detail = store.get_finding(old)
    assert detail is not None
    assert (detail.finding.status, detail.finding.status_note) == (Status.RESOLVED, NOTE_CHANGED)
    assert detail.finding.scan_id == scan


def _status(store: Store, fid: int) -> Status:
    detail = store.get_finding(fid)
    assert detail is not None
    return detail.finding.status


def test_triage_unknown_finding(store: Store) -> None:
    with pytest.raises(RecordNotFound, match="no finding with id 999"):
        store.triage(999, Status.CONFIRMED, "alice")


def test_triage_is_persisted_across_reopen(db_url: str, clock: Clock) -> None:
    from webhunt.store import open_store

    with open_store(db_url, host="web01", clock=clock) as s:
        fid, _ = s.upsert_finding(finding())
        rec = s.triage(fid, Status.CONFIRMED, "alice", "seen in the logs")
        assert rec.status == Status.CONFIRMED and rec.status_at == clock.now
    with open_store(db_url, host="web01", clock=clock) as s:
        detail = s.get_finding(fid)
        assert detail is not None
        assert (detail.finding.status, detail.finding.status_by) == (Status.CONFIRMED, "alice")


def test_upsert_findings_returns_ids_in_order_and_links_scan(store: Store) -> None:
    scan = store.start_scan("/var/www/html", "scan")
    items = [finding(f"/var/www/html/f{i}.php") for i in range(620)]
    ids = store.upsert_findings(items, scan)
    assert len(ids) == 620 and len(set(ids)) == 620
    assert store.upsert_findings(items, scan) == ids
    detail = store.get_finding(ids[555])
    assert detail is not None
    assert detail.finding.path == "/var/www/html/f555.php"
    assert detail.finding.scan_id == scan


def test_diff_and_snippets_are_bounded(store: Store) -> None:
    big_diff = "+" + "x" * (BOUNDS.diff * 2)
    fid, _ = store.upsert_finding(
        finding(
            diff=big_diff,
            change=ChangeKind.MODIFIED,
            inserted=((3, 9), (20, 21)),
            reasons=(reason(snippet="A" * 50_000),),
        )
    )
    detail = store.get_finding(fid)
    assert detail is not None
    assert len(detail.diff) < BOUNDS.diff + 200
    assert "diff truncated" in detail.diff
    assert len(detail.finding.reasons[0].snippet) == BOUNDS.snippet
    assert detail.inserted == ((3, 9), (20, 21))
    assert detail.finding.change == ChangeKind.MODIFIED


def test_hostile_paths_are_stored_exactly(store: Store) -> None:
    """Very long paths (beyond PostgreSQL's index-entry limit) and odd characters round-trip."""
    long_path = "/var/www/html/" + "/".join(["d" * 200] * 30) + "/x.php"
    odd_path = "/var/www/html/up/ш\u202e.php\n<script>.php"
    for path in (long_path, odd_path):
        fid, created = store.upsert_finding(finding(path))
        assert created
        again, created_again = store.upsert_finding(finding(path))
        assert (again, created_again) == (fid, False)
        detail = store.get_finding(fid)
        assert detail is not None and detail.finding.path == path


def test_text_with_nul_characters_is_stored(store: Store) -> None:
    fid, _ = store.upsert_finding(finding(reasons=(reason(snippet="a\x00b"),)))
    detail = store.get_finding(fid)
    assert detail is not None
    assert detail.finding.reasons[0].snippet == "a\\x00b"


def test_empty_host_means_the_store_host(store: Store) -> None:
    fid, _ = store.upsert_finding(finding(host=""))
    detail = store.get_finding(fid)
    assert detail is not None and detail.finding.host == "web01"
