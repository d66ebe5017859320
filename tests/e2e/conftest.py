"""Fixtures of the end-to-end test: real nginx + php-fpm serving the vulnerable app, ``webhunt run``
guarding it. Every process is started here and stopped at teardown; none may be left behind."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from e2e_stack import (
    NGINX,
    START_TIMEOUT,
    STOP_TIMEOUT,
    TOKEN,
    Guard,
    Service,
    Site,
    copy_app,
    free_port,
    http_ok,
    php_fpm,
    start,
    start_fpm,
    start_nginx,
    wait_for,
)


@pytest.fixture(scope="module")
def services() -> Iterator[list[Service]]:
    """Every process the test starts; after the test they must all be gone, children included."""
    started: list[Service] = []
    yield started
    for s in reversed(started):
        s.stop(signal.SIGQUIT if s.name == "nginx" else signal.SIGTERM)
    # children (php-fpm workers, webhunt's fork server) may take a moment to follow their parent
    deadline = time.monotonic() + STOP_TIMEOUT
    while (left := {s.name: s.leftovers() for s in started if s.leftovers()}) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.1)
    assert not left, f"processes left behind: {left}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, services: list[Service]) -> Site:
    if not Path(NGINX).exists() or php_fpm() is None:
        pytest.fail("nginx and php-fpm are required (scripts/check installs them)")
    tmp_path = tmp_path_factory.mktemp("stack")
    webroot, baseline = tmp_path / "www", tmp_path / "baseline"
    copy_app(webroot)
    copy_app(baseline)
    run = tmp_path / "run"
    run.mkdir()
    access_log = run / "access.log"
    fpm_port, port = free_port(), free_port()
    services.append(start_fpm(run, fpm_port))
    services.append(start_nginx(run, webroot, access_log, port, fpm_port))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(
            lambda: all(s.proc.poll() is None for s in services) and http_ok(f"{base}/index.php"),
            START_TIMEOUT,
            "nginx + php-fpm",
        )
    except TimeoutError:
        pytest.fail("stack did not start:\n" + "\n".join(s.output() for s in services))
    for s in services:
        s.remember_children()
    return Site(webroot, baseline, access_log, base)


@pytest.fixture(scope="module")
def guard(site: Site, services: list[Service]) -> Iterator[Guard]:
    port = free_port()
    state = site.webroot.parent / "guard"
    state.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WEBHUNT_")}
    env |= {
        "WEBHUNT_API_TOKEN": TOKEN,
        "XDG_DATA_HOME": str(state / "data"),
        "XDG_CACHE_HOME": str(state / "cache"),
    }
    webhunt = shutil.which("webhunt", path=str(Path(sys.executable).parent))
    cmd = [webhunt] if webhunt else [sys.executable, "-m", "webhunt"]
    cmd += ["run", "--root", str(site.webroot), "--baseline", str(site.baseline)]
    cmd += ["--access-log", str(site.access_log), "--listen", f"127.0.0.1:{port}"]
    cmd += ["--db", f"sqlite:///{state / 'store.db'}", "--host", "e2e-web"]
    service = start("webhunt", cmd, state, env=env)
    services.append(service)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: service.up(f"{base}/health"), START_TIMEOUT, "webhunt run")
    except (TimeoutError, ProcessLookupError):
        pytest.fail(f"webhunt run did not start:\n{service.output()}")
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10) as api:
        yield Guard(service, api)
    assert service.stop() == 0, service.output()
    assert "Traceback" not in service.output(), service.output()
