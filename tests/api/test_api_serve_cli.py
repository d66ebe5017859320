"""``webhunt serve``: flags, a real server process, the generated token shown once."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from webhunt.cli.serve import parse_listen
from webhunt.errors import ConfigError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("127.0.0.1:8765", ("127.0.0.1", 8765)),
        ("0.0.0.0:80", ("0.0.0.0", 80)),
        ("[::1]:9000", ("::1", 9000)),
        ("localhost:1", ("localhost", 1)),
    ],
)
def test_parse_listen(text: str, expected: tuple[str, int]) -> None:
    assert parse_listen(text) == expected


@pytest.mark.parametrize("text", ["8765", ":8765", "host:", "host:x", "h:0", "h:65536", "[zz]:1"])
def test_parse_listen_refuses(text: str) -> None:
    with pytest.raises(ConfigError, match="--listen"):
        parse_listen(text)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    port = _free_port()
    cmd = [sys.executable, "-m", "webhunt", "serve", "--listen", f"127.0.0.1:{port}"]
    cmd += ["--db", f"sqlite:///{tmp_path}/store/webhunt.db"]
    proc = subprocess.Popen(
        cmd, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            _, err = proc.communicate()
            raise AssertionError(f"webhunt serve did not come up: {err}")
        time.sleep(0.1)


def _stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    # uvicorn shuts down gracefully, then re-raises SIGTERM so the exit status tells why
    assert proc.returncode in (0, -signal.SIGTERM), err
    assert "Traceback" not in err
    return err


def test_serve_with_token_from_environment(tmp_path: Path) -> None:
    proc, url = _serve(tmp_path, {"WEBHUNT_API_TOKEN": "env-token-0123456789abc"})
    try:
        assert httpx.get(f"{url}/stats").status_code == 401
        ok = httpx.get(f"{url}/stats", headers={"Authorization": "Bearer env-token-0123456789abc"})
        assert ok.status_code == 200 and ok.json()["findings_total"] == 0
    finally:
        err = _stop(proc)
    assert not (tmp_path / "store" / "api-token").exists()
    assert "env-token" not in err


def test_serve_generates_a_token_and_shows_it_once(tmp_path: Path) -> None:
    proc, url = _serve(tmp_path, {})
    try:
        token = (tmp_path / "store" / "api-token").read_text().strip()
        ok = httpx.get(f"{url}/findings", headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 200
    finally:
        err = _stop(proc)
    assert err.count(token) == 1
    proc, _ = _serve(tmp_path, {})
    assert token not in _stop(proc)
