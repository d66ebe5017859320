"""``webhunt logs``: ingest into a real SQLite store, report, re-ingest without duplicates."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from webhunt.cli import main
from webhunt.store import RequestQuery, open_store

DATA = Path(__file__).resolve().parent.parent / "data" / "logs"


def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


def test_ingest_report_and_reingest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(DATA / "apache_combined.log"), str(DATA / "iis_u_ex240303.log")]
    args = ["logs", *files, "--db", db(tmp_path), "--host", "web1"]
    assert main(args) == 1  # the AntSword shell use is a medium+ finding
    out = capsys.readouterr().out
    assert "lines: 34, requests: 21, new in store: 21, malformed: 4" in out
    assert f"{DATA / 'apache_combined.log'}:12: does not match log format 'combined'" in out
    assert f"{DATA / 'iis_u_ex240303.log'}:9: 5 fields where the #Fields header" in out
    assert "WH-LOG-UA-007" in out and "WH-LOG-UA-001" in out
    assert "/portal/uploads/help2.aspx" in out

    assert main(args) == 1
    assert "new in store: 0" in capsys.readouterr().out

    with open_store(db(tmp_path), host="web1") as store:
        page = store.list_requests(RequestQuery(ip="203.0.113.77", limit=10))
        assert sorted(r.path for r in page.items) == [
            "/uploads/%2e%2e/%2e%2e/etc/passwd",
            "/wp-content/uploads/2024/03/cache.php",
        ]


def test_rotated_copy_adds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "access.log"
    shutil.copy(DATA / "nginx_main.log", log)
    assert main(["logs", str(log), "--db", db(tmp_path), "--format", "json"]) in (0, 1)
    first = json.loads(capsys.readouterr().out)
    assert first["new_requests"] == 6
    log.rename(tmp_path / "access.log.1")
    main(["logs", str(tmp_path / "access.log.1"), "--db", db(tmp_path), "--format", "json"])
    again = json.loads(capsys.readouterr().out)
    assert (again["requests"], again["new_requests"]) == (6, 0)
    assert again["files"][0]["source_id"] == first["files"][0]["source_id"]


def test_json_report_without_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "report.json"
    rc = main(["logs", str(DATA / "nginx_json.log"), "--no-store", "--format", "json", "-o", str(out_file)])
    assert rc == 0
    report = json.loads(out_file.read_text())
    assert report["new_requests"] is None
    assert (report["lines"], report["requests"], report["malformed"]) == (6, 3, 3)
    assert report["malformed_sample"][0] == {
        "file": str(DATA / "nginx_json.log"),
        "line": 4,
        "reason": "not JSON (Expecting value at column 1)",
        "text": "not json at all",
    }
    assert report["indicator_hits"] == {"WH-LOG-LFI-001": 1, "WH-LOG-LFI-002": 1, "WH-LOG-UA-011": 1}
    assert report["suspicious_clients"][0]["ip"] == "2001:db8::50"
    assert not (tmp_path / "store.db").exists()


def test_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["logs", str(DATA / "caddy.json"), "--log-format", "%h %Z", "--no-store"]) == 2
    assert "Unknown log format directive: '%Z'" in capsys.readouterr().err
    assert main(["logs", str(tmp_path / "missing.log"), "--no-store"]) == 2
    assert "NOT READ: cannot read: No such file or directory" in capsys.readouterr().out


def test_terminal_control_characters_are_not_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "evil.log"
    log.write_text("\x1b[2J\x1b]0;owned\x07 not a log line\n" * 3)
    main(["logs", str(log), "--log-format", "combined", "--no-store"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2J" in out
