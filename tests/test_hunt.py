"""``webhunt hunt`` on the bundled example incident: the story it must tell (examples/incident/README.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

EXAMPLE = REPO / "examples" / "incident"
ATTACKER, SECOND = "203.0.113.77", "198.51.100.23"
OWNER, NOISE = "198.51.100.140", "203.0.113.9"


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("hunt")
    logs = sorted(str(p) for p in (EXAMPLE / "logs").iterdir())
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "webhunt",
            "hunt",
            "--root",
            str(EXAMPLE / "www"),
            "--baseline",
            str(EXAMPLE / "backup"),
            "--logs",
            *logs,
            "--format",
            "json",
            "--db",
            f"sqlite:///{tmp / 'store.db'}",
            "--report",
            str(tmp / "r.html"),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"XDG_CACHE_HOME": str(tmp / "cache"), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    doc["_report"] = (tmp / "r.html").read_text()
    doc["_db"] = f"sqlite:///{tmp / 'store.db'}"
    return doc


def by_path(doc: dict) -> dict:  # type: ignore[type-arg]
    return {f["relpath"]: f for f in doc["findings"]}


def test_every_planted_file_is_found_at_high_or_critical(story: dict) -> None:  # type: ignore[type-arg]
    found = by_path(story)
    for rel in (
        "uploads/2026/11/thumb.php",
        "uploads/2026/11/logo.jpg",
        "uploads/2026/11/.htaccess",
        "includes/footer.php",
    ):
        assert found[rel]["severity"] in ("high", "critical"), rel
    assert found["includes/footer.php"]["change"] == "modified"
    assert found["includes/footer.php"]["inserted"] and "eval" in json.dumps(
        found["includes/footer.php"]["reasons"]
    )
    # the owner's legitimate edit of posts.php is not a finding at medium or above
    assert "includes/posts.php" not in found


def test_planting_requests_are_named(story: dict) -> None:  # type: ignore[type-arg]
    found = by_path(story)
    thumb = found["uploads/2026/11/thumb.php"]["planted_by"]
    assert (thumb["ip"], thumb["method"], thumb["path"], thumb["time"]) == (
        ATTACKER,
        "POST",
        "/admin/upload.php",
        "2026-11-25T02:24:02Z",
    )
    logo = found["uploads/2026/11/logo.jpg"]["planted_by"]
    assert (logo["ip"], logo["path"], logo["time"]) == (ATTACKER, "/admin/upload.php", "2026-11-25T02:32:15Z")
    footer = found["includes/footer.php"]["planted_by"]
    assert (footer["ip"], footer["path"], footer["time"]) == (
        ATTACKER,
        "/admin/edit.php",
        "2026-11-25T02:35:10Z",
    )
    assert set(found["uploads/2026/11/thumb.php"]["attacker_ips"]) == {ATTACKER, SECOND}
    assert found["uploads/2026/11/thumb.php"]["requests_count"] >= 20


def test_attackers_and_their_timelines(story: dict) -> None:  # type: ignore[type-arg]
    ips = {a["ip"]: a for a in story["attackers"]}
    assert set(ips) == {ATTACKER, SECOND}
    assert OWNER not in ips and NOISE not in ips
    roles = [(e["role"], e["path"]) for e in ips[ATTACKER]["timeline"]]
    first_upload = roles.index(("upload", "/admin/upload.php"))
    first_shell = next(i for i, r in enumerate(roles) if r[0] == "shell")
    assert roles[0][0] == "recon" and first_upload < first_shell
    times = [e["time"] for e in ips[ATTACKER]["timeline"]]
    assert times == sorted(times)


def test_deleted_shell_seen_only_in_the_logs(story: dict) -> None:  # type: ignore[type-arg]
    log_paths = {d["path"]: d for d in story["log_detections"]}
    assert "/uploads/2026/11/x.php" in log_paths
    assert "neither in the web root nor in the baseline" in json.dumps(log_paths["/uploads/2026/11/x.php"])


def test_report_is_written(story: dict) -> None:  # type: ignore[type-arg]
    html = story["_report"]
    assert "uploads/2026/11/thumb.php" in html and ATTACKER in html and "<svg" in html


def test_report_from_the_store_tells_the_same_story(story: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "again.json"
    proc = subprocess.run(
        [sys.executable, "-m", "webhunt", "report", "--db", story["_db"], "--all-hosts", "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    again = json.loads(out.read_text())
    assert {f["relpath"] for f in again["findings"]} == {f["relpath"] for f in story["findings"]}
    planted = {f["relpath"]: f["planted_by"]["ip"] for f in again["findings"] if f["planted_by"]}
    assert planted["uploads/2026/11/thumb.php"] == ATTACKER
    assert {a["ip"] for a in again["attackers"]} == {ATTACKER, SECOND}


def test_report_from_a_store_that_does_not_exist_is_an_error_not_an_empty_report(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "webhunt.db"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "webhunt",
            "report",
            "--db",
            f"sqlite:///{missing}",
            "-o",
            str(tmp_path / "r.html"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and f"no store at {missing}" in proc.stderr and "Traceback" not in proc.stderr
    assert not missing.parent.exists() and not (tmp_path / "r.html").exists()


def _essentials(parallel: bool, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What ``run_hunt`` concludes on the example when its log reader runs in a second process or not."""
    from webhunt import hunt
    from webhunt.settings import Settings
    from webhunt.store import open_store

    monkeypatch.setattr(hunt, "worth_parallel", lambda paths: parallel)
    logs = tuple(sorted(str(p) for p in (EXAMPLE / "logs").iterdir()))
    opts = hunt.HuntOptions(root=str(EXAMPLE / "www"), baseline=str(EXAMPLE / "backup"), logs=logs)
    settings = Settings(host="example", cache_dir=tmp / "cache", workers=1)
    with open_store(f"sqlite:///{tmp / 'store.db'}", host="example") as store:
        result = hunt.run_hunt(opts, settings, store)
    assert result.logs is not None
    return {
        "planted": {
            s.finding.relpath: (
                s.planted_by.request.client_ip,
                s.planted_by.request.path,
                s.planted_by.request.time,
            )
            for s in result.correlation.files
            if s.planted_by is not None
        },
        "attackers": sorted(a.ip for a in result.correlation.attackers),
        "log_paths": sorted(f.path for f in result.log_findings),
        "requests": result.logs.requests,
    }


def test_reading_the_logs_in_a_second_process_tells_the_same_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _essentials(False, tmp_path / "one", monkeypatch)
    two = _essentials(True, tmp_path / "two", monkeypatch)
    assert one == two
    planted = one["planted"]
    assert isinstance(planted, dict)
    assert planted["includes/footer.php"][:2] == (ATTACKER, "/admin/edit.php")  # found by the write naming it
    assert planted["uploads/2026/11/thumb.php"][:2] == (ATTACKER, "/admin/upload.php")
    assert one["attackers"] == sorted([ATTACKER, SECOND])
    assert "/uploads/2026/11/x.php" in one["log_paths"]
