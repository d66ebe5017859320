"""Detection processes: a worker that dies or hangs on a file costs that file, never the guard."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from daemon_support import CLEAN, SHELL, gone, wait_for

from webhunt.daemon.candidate import ContextBuilder
from webhunt.daemon.workers import Job, Outcome, Reconciler, WorkerPool
from webhunt.model import ScanProblem, ScanResult, Severity
from webhunt.settings import Settings


@pytest.fixture
def settings(tmp_path: Path, rules: str) -> Settings:
    return Settings(rules_dirs=(rules,), cache_dir=tmp_path / "cache", nice=3, workers=1)


@pytest.fixture
def pool(settings: Settings) -> Iterator[WorkerPool]:
    p = WorkerPool(settings, 1, timeout=2.0)
    p.start()
    yield p
    p.close()


def job(www: Path, name: str, text: str) -> Job:
    path = www / name
    path.write_text(text)
    c = ContextBuilder().candidate(str(www), str(path), os.lstat(path))
    assert c is not None
    return Job(c)


def test_workers_run_niced_and_detect(pool: WorkerPool, www: Path) -> None:
    out = pool.look(job(www, "uploads/s.php", SHELL))
    assert isinstance(out.result, ScanResult)
    assert out.result.verdict.severity is not None and out.result.verdict.severity >= Severity.HIGH
    (pid,) = pool.pids()
    assert os.getpriority(os.PRIO_PROCESS, pid) >= os.getpriority(os.PRIO_PROCESS, 0) + 3


def test_a_worker_found_dead_is_replaced_without_blaming_a_file(pool: WorkerPool, www: Path) -> None:
    (pid,) = pool.pids()
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: gone(pid))
    out = pool.look(job(www, "uploads/s.php", SHELL))
    assert isinstance(out.result, ScanResult) and out.result.verdict.flagged
    assert pool.replaced == 1 and pool.pids() != [pid]


def test_a_worker_dying_on_a_file_costs_that_file_only(pool: WorkerPool, www: Path) -> None:
    (pid,) = pool.pids()
    os.kill(pid, signal.SIGSTOP)  # so that it dies with the file in hand
    outcome: list[Outcome] = []
    t = threading.Thread(target=lambda: outcome.append(pool.look(job(www, "a.php", CLEAN))))
    t.start()
    time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    t.join(30)
    (out,) = outcome
    assert isinstance(out.result, ScanProblem) and "worker died" in out.result.message
    assert out.result.path == str(www / "a.php")
    again = pool.look(job(www, "uploads/s.php", SHELL))
    assert isinstance(again.result, ScanResult) and again.result.verdict.flagged
    assert pool.replaced == 1


def test_a_worker_stuck_past_the_time_limit_is_replaced(pool: WorkerPool, www: Path) -> None:
    (pid,) = pool.pids()
    os.kill(pid, signal.SIGSTOP)  # a hung detection, as far as the guard can tell
    out = pool.look(job(www, "b.php", CLEAN))
    assert isinstance(out.result, ScanProblem) and "longer than" in out.result.message
    again = pool.look(job(www, "uploads/s.php", SHELL))
    assert isinstance(again.result, ScanResult) and again.result.verdict.flagged


def test_reconcile_scan_in_a_child_uses_the_cache(settings: Settings, www: Path) -> None:
    (www / "uploads" / "s.php").write_text(SHELL)
    first = Reconciler(settings).run([str(www)])
    assert not first.error and first.files_scanned == 2 and first.files_cached == 0
    assert [r.meta.relpath for r in first.results] == ["uploads/s.php"]
    assert first.present == {str(www / "index.php"), str(www / "uploads" / "s.php")}
    second = Reconciler(settings).run([str(www)])
    assert (second.files_scanned, second.files_cached) == (0, 2)
