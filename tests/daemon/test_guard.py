"""The guard end to end: real observers on temporary trees, real workers, the real SQLite store."""

from __future__ import annotations

import json
import mmap
import os
import shutil
import time
from pathlib import Path

import pytest
from daemon_support import CLEAN, SHELL, MakeGuard, findings, gone, open_findings, wait_for

from webhunt.config import LogConfig, RootConfig
from webhunt.daemon.observer import Mode
from webhunt.model import ChangeKind, FindingKind, Severity, Status
from webhunt.store.records import FindingDetail

IMAGE_SHELL = b"GIF89a\x01\x00\x01\x00<?php eval($_POST['c']); ?>"


def test_created_modified_and_deleted(make_guard: MakeGuard, www: Path) -> None:
    _, store, alerts = make_guard()
    (www / "uploads" / "s.php").write_text(SHELL)  # created
    f = wait_for(lambda: open_findings(store).get("uploads/s.php"))
    assert f.severity >= Severity.HIGH and f.root == str(www)
    with open(www / "index.php", "a") as fh:  # modified: a one-liner appended
        fh.write("@eval($_POST['x']);\n")
    wait_for(lambda: open_findings(store).get("index.php"))
    os.unlink(www / "uploads" / "s.php")  # deleted: the finding is resolved, with why
    gone = wait_for(
        lambda: [x for x in findings(store) if x.relpath == "uploads/s.php" and x.status is Status.RESOLVED]
    )
    assert gone[0].status_note == "file gone"
    assert [json.loads(line)["relpath"] for line in alerts.lines] == ["uploads/s.php", "index.php"]


def test_cleaning_a_file_resolves_its_finding(make_guard: MakeGuard, www: Path) -> None:
    (www / "uploads" / "s.php").write_text(SHELL)
    _, store, _ = make_guard()
    assert "uploads/s.php" in open_findings(store)
    (www / "uploads" / "s.php").write_text(CLEAN)
    wait_for(lambda: "uploads/s.php" not in open_findings(store))


def test_rename_tricks(make_guard: MakeGuard, www: Path) -> None:
    _, store, _ = make_guard()
    staged = www.parent / "staging.txt"  # written outside the root, moved into place
    staged.write_text(SHELL)
    os.rename(staged, www / "uploads" / "x.php")
    wait_for(lambda: open_findings(store).get("uploads/x.php"))
    # renamed .txt -> .php inside the root: the new name is a finding, the old one is gone
    (www / "notes.txt").write_text(SHELL)
    wait_for(lambda: open_findings(store).get("notes.txt"))
    os.rename(www / "notes.txt", www / "notes.php")
    f = wait_for(lambda: open_findings(store).get("notes.php"))
    assert f.language is not None and f.language.value == "php"
    wait_for(lambda: "notes.txt" not in open_findings(store))
    # a whole directory moved in
    pack = www.parent / "pack"
    (pack / "deep").mkdir(parents=True)
    (pack / "deep" / "p.php").write_text(SHELL)
    os.rename(pack, www / "pack")
    wait_for(lambda: open_findings(store).get("pack/deep/p.php"))
    # ... and moved out again: everything below is resolved
    shutil.move(str(www / "pack"), str(www.parent / "pack-out"))
    wait_for(lambda: "pack/deep/p.php" not in open_findings(store))


def test_attribute_change_after_a_silent_write(make_guard: MakeGuard, www: Path) -> None:
    target = www / "uploads" / "quiet.php"
    padded = SHELL.encode()
    target.write_bytes(b"<?php echo 'x';" + b" " * (len(padded) - 15))
    _, store, _ = make_guard()
    assert "uploads/quiet.php" not in open_findings(store)
    with open(target, "r+b") as fh, mmap.mmap(fh.fileno(), 0) as mm:  # writes through mmap: no events
        mm[:] = padded
        mm.flush()
    os.chmod(target, 0o640)  # the attribute change is what the guard hears
    wait_for(lambda: open_findings(store).get("uploads/quiet.php"))


def test_code_in_a_non_script_file_and_htaccess_trick(make_guard: MakeGuard, www: Path) -> None:
    _, store, _ = make_guard()
    (www / "uploads" / "cat.gif").write_bytes(IMAGE_SHELL)
    first = wait_for(lambda: open_findings(store).get("uploads/cat.gif"))
    (www / "uploads" / ".htaccess").write_text("AddType application/x-httpd-php .gif\n")
    wait_for(lambda: open_findings(store).get("uploads/.htaccess"))
    # the image is looked at again now that it is executable
    again = wait_for(
        lambda: (f := open_findings(store).get("uploads/cat.gif")) and f.last_seen > first.last_seen and f
    )
    assert again.score >= first.score


def test_one_bad_file_never_stops_the_guard(make_guard: MakeGuard, www: Path) -> None:
    guard, store, _ = make_guard()
    os.mkfifo(www / "uploads" / "pipe.php")  # not a regular file: never opened
    (www / "uploads" / "vanish.php").write_text(SHELL)
    os.unlink(www / "uploads" / "vanish.php")  # gone before it is looked at
    (pid,) = guard._pool.pids()
    os.kill(pid, 9)  # the detection worker dies (as it would on a file that crashes it)
    wait_for(lambda: gone(pid))
    (www / "uploads" / "a.php").write_text(SHELL)
    (www / "uploads" / "b.php").write_text(SHELL.replace("z", "y"))
    wait_for(lambda: {"uploads/a.php", "uploads/b.php"} <= set(open_findings(store)))
    assert guard._pool.replaced == 1 and guard._pool.pids() != [pid]


def test_restart_without_duplicates_and_changes_while_down(make_guard: MakeGuard, www: Path) -> None:
    (www / "uploads" / "s.php").write_text(SHELL)
    (www / "uploads" / "t.php").write_text(SHELL)
    guard, store, alerts = make_guard()
    assert set(open_findings(store)) == {"uploads/s.php", "uploads/t.php"}
    assert len(alerts.lines) == 2
    guard.stop()
    ids = {f.relpath: f.id for f in findings(store)}
    guard2, store2, alerts2 = make_guard()
    assert guard2.stats.findings_new == 0 and alerts2.lines == []
    assert {f.relpath: f.id for f in findings(store2)} == ids
    assert guard2.stats.reconciles == 1
    guard2.stop()
    # while the guard is down: one shell removed, one planted
    os.unlink(www / "uploads" / "t.php")
    (www / "uploads" / "u.php").write_text(SHELL)
    _, store3, alerts3 = make_guard()
    assert set(open_findings(store3)) == {"uploads/s.php", "uploads/u.php"}
    assert [json.loads(x)["relpath"] for x in alerts3.lines] == ["uploads/u.php"]


def test_polling_fallback_by_configuration(make_guard: MakeGuard, www: Path) -> None:
    guard, store, _ = make_guard(poll=True)
    assert guard.modes() == {str(www): Mode.POLLING}
    (www / "uploads" / "p.php").write_text(SHELL)
    wait_for(lambda: open_findings(store).get("uploads/p.php"))
    os.unlink(www / "uploads" / "p.php")
    wait_for(lambda: "uploads/p.php" not in open_findings(store))


def test_watch_budget_exceeded_is_loud_polled_and_reconciled(make_guard: MakeGuard, www: Path) -> None:
    for i in range(4):
        (www / f"d{i}").mkdir()
    guard, store, _ = make_guard(max_watches=2)
    assert guard.modes() == {str(www): Mode.POLLING}
    assert any("watch-limit" in p for p in guard.stats.watch_problems)
    (www / "d3" / "p.php").write_text(SHELL)
    wait_for(lambda: open_findings(store).get("d3/p.php"))


def test_pending_overflow_falls_back_to_a_reconcile(make_guard: MakeGuard, www: Path) -> None:
    guard, store, _ = make_guard(max_pending=100)
    for i in range(600):
        (www / "uploads" / f"s{i}.php").write_text(SHELL.replace("z", f"z{i}"))
    wait_for(lambda: len(open_findings(store)) == 600, timeout=120)
    assert guard.stats.pending_dropped > 0 and guard.stats.reconciles >= 2


def test_access_to_a_flagged_file_raises_an_access_finding(
    make_guard: MakeGuard, www: Path, tmp_path: Path
) -> None:
    log = tmp_path / "access.log"
    log.write_text('127.0.0.9 - - [01/Jan/2025:00:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "ua"\n')
    (www / "uploads" / "s.php").write_text(SHELL)
    guard, store, alerts = make_guard(logs=(LogConfig(str(log)),))
    with open(log, "a") as fh:
        fh.write('127.0.0.7 - - [01/Jan/2025:00:01:00 +0000] "GET /index.php HTTP/1.1" 200 5 "-" "ua"\n')
        fh.write('127.0.0.5 - - [01/Jan/2025:00:01:30 +0000] "POST /upload.php HTTP/1.1" 200 20 "-" "x"\n')
        fh.write('127.0.0.5 - - [01/Jan/2025:00:02:00 +0000] "POST /uploads/s.php HTTP/1.1" 200 9 "-" "x"\n')
        fh.write('127.0.0.6 - - [01/Jan/2025:00:03:00 +0000] "GET /uploads/s.php HTTP/1.1" 404 0 "-" "y"\n')
        fh.write("a line that is not a request\n")
    (a,) = wait_for(lambda: findings(store, kind=FindingKind.ACCESS))
    assert a.client_ip == "127.0.0.5" and a.relpath == "uploads/s.php" and a.severity >= Severity.HIGH
    file_finding = open_findings(store)["uploads/s.php"]
    assert a.sha256 == file_finding.sha256
    detail = wait_for(lambda: (d := store.get_finding(a.id)) is not None and d.requests and d)
    assert [(x.role.value, x.request.client_ip, x.request.method) for x in detail.requests] == [
        ("access", "127.0.0.5", "POST")
    ]

    # the file's own finding names who planted it and who used it
    # (the guard may explain the file twice, before and after the use is logged: wait for the whole
    # story, not its first half)
    def whole_story() -> FindingDetail | None:
        d = store.get_finding(file_finding.id)
        roles = {(x.role.value, x.request.path) for x in d.requests} if d is not None else set()
        if d is None or d.planting is None or ("use", "/uploads/s.php") not in roles:
            return None
        return d

    story = wait_for(whole_story)
    assert story.planting is not None
    assert (story.planting.client_ip, story.planting.path) == ("127.0.0.5", "/upload.php")
    assert ("planting", "/upload.php") in {(x.role.value, x.request.path) for x in story.requests}
    attackers = wait_for(lambda: store.attackers().items)
    assert [x.ip for x in attackers] == ["127.0.0.5"]  # the benign clients are not attackers
    wait_for(lambda: guard.stats.requests == 4 and guard.stats.malformed_lines == 1)
    events = [json.loads(x) for x in alerts.lines]
    assert [(e["event"], e["client_ip"]) for e in events if e["kind"] == "access"] == [
        ("accessed", "127.0.0.5")
    ]


def test_baseline_diff_at_start_and_per_event(make_guard: MakeGuard, www: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup"
    (www / "lib.php").write_text("<?php\nfunction f() {\n  return 1;\n}\n")
    shutil.copytree(www, backup)
    # changed while nobody watched: found by the start-up diff
    (www / "lib.php").write_text("<?php\nfunction f() {\n  return 1;\n}\n@eval($_POST['k']);\n")
    _, store, _ = make_guard(roots=(RootConfig(str(www), "/", str(backup)),))
    lib = open_findings(store)["lib.php"]
    assert lib.change is ChangeKind.MODIFIED and lib.severity is Severity.CRITICAL
    assert store.get_finding(lib.id).inserted == ((5, 5),)  # type: ignore[union-attr]
    # injected live: judged against the baseline at once, inserted lines named
    (www / "index.php").write_text(CLEAN + "@eval($_POST['q']);\n")
    idx = wait_for(lambda: open_findings(store).get("index.php"))
    assert idx.change is ChangeKind.MODIFIED and idx.severity is Severity.CRITICAL
    detail = store.get_finding(idx.id)
    assert detail is not None and detail.inserted == ((2, 2),) and "+@eval($_POST['q']);" in detail.diff
    # a new script is an added file
    (www / "uploads" / "n.php").write_text(SHELL)
    added = wait_for(lambda: open_findings(store).get("uploads/n.php"))
    assert added.change is ChangeKind.ADDED
    # restored from the baseline: resolved
    shutil.copy(backup / "index.php", www / "index.php")
    wait_for(lambda: "index.php" not in open_findings(store))


@pytest.mark.slow
def test_storm_of_10000_files_every_file_accounted_for(make_guard: MakeGuard, www: Path) -> None:
    guard, store, _ = make_guard(workers=2)
    shells = set()
    for d in range(20):
        sub = www / "deploy" / f"d{d}"
        sub.mkdir(parents=True)
        for i in range(500):
            n = d * 500 + i
            if n % 10 == 0:
                (sub / f"s{i}.php").write_text(SHELL.replace("z", f"z{n}"))
                shells.add(f"deploy/d{d}/s{i}.php")
            else:
                (sub / f"f{i}.php").write_text(CLEAN.replace("hello", f"hello {n}"))
    wait_for(lambda: guard.idle(1.0) and len(open_findings(store)) >= len(shells), timeout=600, interval=1.0)
    assert set(open_findings(store)) == shells
    assert guard.stats.problems == 0
    assert guard.stats.scanned >= 10_000 or guard.stats.reconciles > 1


def test_undecodable_file_names_do_not_stop_the_guard(make_guard: MakeGuard, www: Path) -> None:
    _, store, _ = make_guard()
    name = os.fsdecode(b"caf\xe9-\xff.php")
    with open(os.path.join(str(www), "uploads", name), "w") as fh:
        fh.write(SHELL)
    (www / "uploads" / "next.php").write_text(SHELL.replace("z", "n"))
    wait_for(lambda: open_findings(store).get("uploads/next.php"))


def test_undecodable_file_names_are_scanned(make_guard: MakeGuard, www: Path) -> None:
    guard, store, _ = make_guard()
    name = os.fsdecode(b"caf\xe9-\xff.php")
    with open(os.path.join(str(www), "uploads", name), "w") as fh:
        fh.write(SHELL)
    # the finding itself is awaited: the guard counts a file scanned just before it stores the finding
    (found,) = wait_for(
        lambda: (
            guard.stats.problems == 0
            and [f for f in open_findings(store).values() if f.relpath.startswith("uploads/caf")]
        )
    )
    assert guard.stats.problems == 0
    assert found.severity >= Severity.HIGH


def test_a_new_file_is_tied_to_the_upload_that_planted_it(
    make_guard: MakeGuard, www: Path, tmp_path: Path
) -> None:
    log = tmp_path / "access.log"
    log.write_text('127.0.0.9 - - [01/Jan/2025:00:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "ua"\n')
    _, store, _ = make_guard(logs=(LogConfig(str(log)),))
    now = time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime())
    (www / "uploads" / "p.php").write_text(SHELL)  # the upload writes the file ...
    with open(log, "a") as fh:  # ... and the server logs the request once it completed
        fh.write(f'127.0.0.8 - - [{now}] "GET /about.php HTTP/1.1" 200 5 "-" "ua"\n')
        fh.write(f'127.0.0.5 - - [{now}] "POST /upload.php HTTP/1.1" 200 20 "-" "x"\n')
    f = wait_for(lambda: open_findings(store).get("uploads/p.php"))
    detail = wait_for(lambda: (d := store.get_finding(f.id)) is not None and d.planting and d)
    assert (detail.planting.client_ip, detail.planting.method, detail.planting.path) == (
        "127.0.0.5",
        "POST",
        "/upload.php",
    )


def test_tailed_log_rotation_stores_every_request_once(make_guard: MakeGuard, tmp_path: Path) -> None:
    log = tmp_path / "logs" / "access.log"
    log.parent.mkdir()
    log.write_text("")
    guard, store, _ = make_guard(logs=(LogConfig(str(log), "combined"),))
    n = 0

    def write(count: int, path: Path = log) -> None:
        nonlocal n
        with open(path, "a") as fh:
            for _ in range(count):
                n += 1
                fh.write(
                    f'127.0.0.{n % 200 + 1} - - [01/Jan/2025:00:00:00 +0000] "GET /p{n} HTTP/1.1" 200 1 "-" "u"\n'
                )

    write(50)
    wait_for(lambda: store.stats().requests_total == 50)
    write(20)
    os.rename(log, log.with_name("access.log.1"))  # logrotate (rename + create)
    write(5, log.with_name("access.log.1"))  # the server still writes to the old file
    write(30)
    wait_for(lambda: store.stats().requests_total == 105)
    shutil.copy(log, log.with_name("access.log.2"))  # copytruncate
    write(7)  # written after the copy: lost by copytruncate itself, unless read before it
    wait_for(lambda: store.stats().requests_total == 112)
    with open(log, "r+") as fh:
        fh.truncate(0)
    write(8)
    wait_for(lambda: store.stats().requests_total == 120)
    guard.stop()
    assert store.stats().requests_total == 120
    assert guard.stats.requests == 120
