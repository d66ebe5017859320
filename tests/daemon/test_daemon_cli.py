"""``webhunt watch`` as a real process: start, find, SIGTERM, clean exit with nothing left behind."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from daemon_support import SHELL, gone, wait_for

from webhunt.cli import main
from webhunt.store import FindingQuery, open_store


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    out: set[int] = set()
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            out.add(child)
            stack.append(child)
    return out


@pytest.mark.slow
def test_sigterm_stops_a_real_guard_cleanly(tmp_path: Path, www: Path, rules: str, db_url: str) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "webhunt", "watch", "--root", str(www), "--rules", rules, "--db", db_url]
    cmd += ["--host", "guard-test", "--workers", "2"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as proc:
        code, err, below = _run_and_stop(proc, www)
    assert code == 0, err
    assert "SIGTERM received: stopping" in err and "Traceback" not in err
    wait_for(lambda: all(gone(p) for p in below), timeout=15)
    with open_store(db_url, host="guard-test") as store:
        (f,) = store.list_findings(FindingQuery(host="guard-test")).items
        assert f.relpath == "uploads/s.php"
        scan = store.get_scan(f.scan_id or 0)
        assert scan is not None and scan.status.value == "done" and scan.kind.value == "watch"


def _run_and_stop(proc: subprocess.Popen[str], www: Path) -> tuple[int, str, set[int]]:
    try:
        assert proc.stderr is not None and proc.stdout is not None
        line = proc.stderr.readline()
        while "guarding" not in line:
            assert line, f"the guard exited early: {proc.wait()}"
            line = proc.stderr.readline()
        (www / "uploads" / "s.php").write_text(SHELL)
        alert = json.loads(proc.stdout.readline())
        assert alert["event"] == "new" and alert["relpath"] == "uploads/s.php"
        below = descendants(proc.pid)
        assert len(below) >= 3  # the fork server and two detection workers
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(60)
        err = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return code, err, below


def test_bad_configuration_is_an_error_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "g.toml"
    cfg.write_text("[[roots]]\npath = '/nonexistent-webroot'\nurl = 'x'\n")
    assert main(["watch", "--config", str(cfg)]) == 2
    assert f"{cfg}: roots[0].url: a URL path prefix must start with '/'" in capsys.readouterr().err


def test_no_root_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["watch"]) == 2
    assert "no web root to guard" in capsys.readouterr().err


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_run_serves_the_api_from_the_guards_process(
    tmp_path: Path, www: Path, rules: str, db_url: str
) -> None:
    port = free_port()
    token = "t" * 32
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "WEBHUNT_API_TOKEN": token,
    }
    cmd = [sys.executable, "-m", "webhunt", "run", "--root", str(www), "--rules", rules, "--db", db_url]
    cmd += ["--listen", f"127.0.0.1:{port}"]
    base = f"http://127.0.0.1:{port}"
    auth = {"Authorization": f"Bearer {token}"}
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as proc:
        try:
            assert proc.stderr is not None
            line = proc.stderr.readline()
            while "guarding" not in line:
                assert line, f"webhunt run exited early: {proc.wait()}"
                line = proc.stderr.readline()
            assert httpx.get(f"{base}/findings", timeout=5).status_code == 401
            (www / "uploads" / "s.php").write_text(SHELL)

            def listed() -> list[dict[str, object]]:
                items: list[dict[str, object]] = httpx.get(
                    f"{base}/findings", headers=auth, timeout=5
                ).json()["items"]
                return items

            (item,) = wait_for(listed)
            assert item["relpath"] == "uploads/s.php" and item["severity"] == "critical"
            started = httpx.post(f"{base}/scans", json={"root": str(www)}, headers=auth, timeout=10).json()
            scan = wait_for(
                lambda: (
                    (s := httpx.get(f"{base}/scans/{started['scan_id']}", headers=auth, timeout=5).json())
                    and s["status"] != "running"
                    and s
                ),
                timeout=120,
            )
            assert scan["status"] == "done"
            assert scan["files_total"] == 2
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(60) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
