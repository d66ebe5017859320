"""Fixtures for the guard: real observers, real worker processes, a real SQLite store in a temp dir."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from daemon_support import CLEAN, RULE, AlertLog

from webhunt.config import GuardConfig, LogConfig, RootConfig
from webhunt.daemon.alerts import Alerts
from webhunt.daemon.guard import Guard
from webhunt.model import Severity
from webhunt.store import Store, open_store


@pytest.fixture(autouse=True)
def no_thread_leak() -> Iterator[None]:
    """Every test ends with the threads it started joined (watchdog's, the guard's, the tailer's)."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 10
    while True:
        leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not leaked or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert not leaked, f"threads left running: {[t.name for t in leaked]}"


@pytest.fixture
def rules(tmp_path: Path) -> str:
    d = tmp_path / "rules"
    d.mkdir()
    (d / "t.yar").write_text(RULE)
    return str(d)


@pytest.fixture
def www(tmp_path: Path) -> Path:
    root = tmp_path / "www"
    (root / "uploads").mkdir(parents=True)
    (root / "index.php").write_text(CLEAN)
    return root


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store' / 'webhunt.db'}"


@pytest.fixture
def make_guard(
    tmp_path: Path, rules: str, www: Path, db_url: str
) -> Iterator[Callable[..., tuple[Guard, Store, AlertLog]]]:
    started: list[tuple[Guard, Store]] = []

    def make(
        *,
        roots: tuple[RootConfig, ...] | None = None,
        logs: tuple[LogConfig, ...] = (),
        start: bool = True,
        ready: bool = True,
        **changes: Any,
    ) -> tuple[Guard, Store, AlertLog]:
        config = GuardConfig(
            roots=roots or (RootConfig(str(www)),),
            logs=logs,
            rules_dirs=(rules,),
            db_url=db_url,
            host="guard-test",
            workers=1,
            nice=0,
            debounce=0.1,
            poll_interval=0.2,
            state_dir=str(tmp_path / "state"),
        )
        config = replace(config, **changes)
        settings = config.settings().with_(cache_dir=tmp_path / "cache")
        store = open_store(db_url, host="guard-test")
        alerts = AlertLog()
        guard = Guard(config, store, alerts=Alerts(Severity.MEDIUM, stream=alerts), settings=settings)
        started.append((guard, store))
        if start:
            guard.start()
            if ready:
                assert guard.ready.wait(180), "start-up reconcile did not finish"
        return guard, store, alerts

    yield make
    for guard, store in started:
        guard.stop()
        store.close()
