"""Detection in worker processes: the guard's CPU cap, and its shield against hostile files.

Each worker is a process started from a clean fork server (never forked from the threaded daemon),
lowered to the configured ``nice`` level, holding its own engine. A file that crashes a worker, or
keeps it busy past the time limit, costs that worker (it is replaced) and is reported as a problem
naming the file; the daemon goes on. The pool size is the most cores detection can take.

The reconcile scan runs ``scan_paths`` (with the scan cache) in a process of its own as well, so its
own process pool is forked from a single-threaded parent.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from typing import Any

from webhunt.daemon.baseline import BaselineRef, judge
from webhunt.detect.engine import Engine
from webhunt.diff.compare import DiffOptions, compare, iter_flagged
from webhunt.errors import RuleError, WebhuntError
from webhunt.model import Change, Language, ScanProblem, ScanResult
from webhunt.scan import scan_one, scan_paths
from webhunt.settings import Settings
from webhunt.walk import Candidate

log = logging.getLogger(__name__)

_START_TIMEOUT = 120.0


def _context() -> ForkServerContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([__name__, "webhunt.scan"])
    return ctx


def _calm(nice: int) -> None:
    """In a worker: leave Ctrl-C to the daemon, lower the priority."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if nice:
        try:
            os.nice(nice)
        except OSError as exc:
            log.warning("cannot lower worker priority: %s", exc)


@dataclass(frozen=True, slots=True)
class Job:
    """One file to look at, with what its baseline says (None: no baseline for its root)."""

    candidate: Candidate
    baseline: BaselineRef | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    result: ScanResult | ScanProblem
    change: Change | None = None  # the file against its baseline; None: no baseline, or identical


def _look(engine: Engine, job: Job, cap: int) -> Outcome:
    c = job.candidate
    result = scan_one(engine, c, cap)
    if job.baseline is None or isinstance(result, ScanProblem):
        return Outcome(result)
    try:
        change, result = judge(engine.detect, c.path, c.size, c.ctx, result, job.baseline, cap)
    except OSError as exc:
        return Outcome(ScanProblem(c.path, f"cannot compare with the baseline: {exc.strerror or exc}"))
    return Outcome(result, change)


def _worker_main(conn: Connection, settings: Settings) -> None:
    _calm(settings.nice)
    try:
        engine = Engine.load(settings)
        # long-lived: every language made ready now, so the first file of each is looked at as
        # fast as the next (the per-file time limit then measures detection alone)
        engine.warm(Language)
    except WebhuntError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", engine.info.ruleset_version))
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        conn.send(_look(engine, item, settings.max_file_size))


class _Worker:
    def __init__(self, ctx: ForkServerContext, settings: Settings, name: str) -> None:
        self.conn, child = ctx.Pipe()
        self.proc: BaseProcess = ctx.Process(
            target=_worker_main, args=(child, settings), name=name, daemon=True
        )
        self.proc.start()
        child.close()
        if not self.conn.poll(_START_TIMEOUT):
            self.kill()
            raise RuleError(f"{name}: detection engine did not start within {_START_TIMEOUT:.0f} s")
        try:
            status, detail = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise RuleError(f"{name}: worker exited while loading the detection engine") from None
        if status != "ready":
            self.kill()
            raise RuleError(str(detail))
        self.ruleset_version = str(detail)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):  # already gone
            self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)
        self.conn.close()


class WorkerPool:
    """``size`` detection processes; ``scan`` borrows one (blocking until one is free)."""

    def __init__(self, settings: Settings, size: int, *, timeout: float = 120.0) -> None:
        self._settings = settings
        self._size = max(1, size)
        self._timeout = timeout
        self._ctx = _context()
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        self._serial = 0
        self.ruleset_version = ""
        self.replaced = 0  # workers lost to crashes or timeouts

    def start(self) -> None:
        """Start every worker; RuleError (loud, at start-up) when the engine cannot be built."""
        for _ in range(self._size):
            w = self._spawn()
            self.ruleset_version = w.ruleset_version
            self._idle.put(w)

    def _spawn(self) -> _Worker:
        with self._lock:
            self._serial += 1
            name = f"webhunt-worker-{self._serial}"
        w = _Worker(self._ctx, self._settings, name)
        with self._lock:
            self._all.append(w)
        return w

    def pids(self) -> list[int]:
        """Process ids of the live workers (status output, tests)."""
        with self._lock:
            return [w.proc.pid for w in self._all if w.proc.pid is not None]

    def _retire(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            if w in self._all:
                self._all.remove(w)

    def look(self, job: Job) -> Outcome:
        """Detect one file (and judge it against its baseline) in a worker. A worker that crashes or
        hangs on the file costs that file (a ScanProblem naming it) and is replaced."""
        path = job.candidate.path
        w = self._borrow()
        if w is None:
            return Outcome(ScanProblem(path, "not scanned: the guard is stopping"))
        try:
            w.conn.send(job)
            if not w.conn.poll(self._timeout):
                problem = f"not scanned: detection took longer than {self._timeout:.0f} s"
                self._replace(w, problem, path)
                return Outcome(ScanProblem(path, problem))
            outcome: Outcome = w.conn.recv()
        except (EOFError, OSError):
            w.proc.join(1)
            problem = f"not scanned: the detection worker died on this file (exit {w.proc.exitcode})"
            self._replace(w, problem, path)
            return Outcome(ScanProblem(path, problem))
        self._idle.put(w)
        return outcome

    def _borrow(self) -> _Worker | None:
        """An idle, live worker (one found dead while idle is replaced first: no file is blamed)."""
        while True:
            w = self._idle.get()
            if w is None:
                self._idle.put(None)  # let the other waiters see the sentinel too
                return None
            if w.proc.is_alive():
                return w
            log.error(
                "detection worker %s died while idle (exit %s); starting a new one",
                w.proc.name,
                w.proc.exitcode,
            )
            self._replace(w, "", "")

    def _replace(self, w: _Worker, problem: str, path: str) -> None:
        self._retire(w)
        if self._closed:
            return
        if problem:
            log.error("%s: %s; starting a new worker", path, problem)
        self.replaced += 1
        try:
            self._idle.put(self._spawn())
        except WebhuntError as exc:
            log.error("cannot start a replacement detection worker: %s", exc)
            self._idle.put(None)

    def close(self) -> None:
        self._closed = True
        self._idle.put(None)  # wakes a waiter; it passes it on
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.close()


# -- reconcile scans ------------------------------------------------------------------------------


@dataclass(slots=True)
class ReconcileOutcome:
    """What a reconcile scan found: flagged results, every file present, problems, counts."""

    results: list[ScanResult] = field(default_factory=list)
    present: set[str] = field(default_factory=set)
    problems: list[ScanProblem] = field(default_factory=list)
    files_scanned: int = 0
    files_cached: int = 0
    ruleset_version: str = ""
    seconds: float = 0.0
    diffs: dict[str, list[Change]] = field(default_factory=dict)  # root -> flagged baseline changes
    diff_notes: list[str] = field(default_factory=list)
    error: str = ""


def _reconcile_main(
    conn: Connection, roots: list[str], baselines: dict[str, str], settings: Settings
) -> None:
    os.setpgrp()  # cancel() ends this process and its scan workers together
    _calm(settings.nice)
    out = ReconcileOutcome()
    try:
        # this process is already niced: its own scan workers need no further lowering
        summary = scan_paths(roots, settings.with_(nice=0))
    except WebhuntError as exc:
        out.error = str(exc)
    else:
        out.results = [r for r in summary.results if r.verdict.severity is not None]
        out.present = summary.present
        out.problems = summary.problems
        out.files_scanned = summary.files_scanned
        out.files_cached = summary.files_cached
        out.ruleset_version = summary.ruleset_version
        out.seconds = summary.seconds
        if baselines:
            _diff_all(out, baselines, settings)
    conn.send(out)
    conn.close()


def _diff_all(out: ReconcileOutcome, baselines: dict[str, str], settings: Settings) -> None:
    engine = Engine.load(settings)
    opts = DiffOptions(ignore=settings.ignore, workers=settings.workers, max_file_size=settings.max_file_size)
    for root, spec in baselines.items():
        try:
            result = compare(root, spec, engine.detect, opts)
        except WebhuntError as exc:
            out.diff_notes.append(f"{root}: baseline {spec}: {exc}")
            continue
        out.diffs[root] = list(iter_flagged(result))
        out.problems.extend(result.problems)
        out.diff_notes.extend(f"{root}: {note}" for note in result.notes)


class Reconciler:
    """Runs one reconcile scan at a time in a child process; ``cancel`` ends it at once."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._ctx = _context()
        self._lock = threading.Lock()
        self._proc: BaseProcess | None = None
        self._cancelled = False

    def run(self, roots: list[str], baselines: dict[str, str] | None = None) -> ReconcileOutcome:
        """Scan ``roots`` (cached) and diff those with a baseline (root -> spec), in a child."""
        parent, child = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(
            target=_reconcile_main,
            args=(child, roots, baselines or {}, self._settings),
            name="webhunt-reconcile",
        )
        with self._lock:
            if self._cancelled:
                return ReconcileOutcome(error="cancelled")
            self._proc = proc
            proc.start()
        child.close()
        try:
            outcome: Any = parent.recv()
        except (EOFError, OSError):
            outcome = ReconcileOutcome(error=f"reconcile scan process ended (exit {proc.exitcode})")
        finally:
            parent.close()
            proc.join(10)
            with self._lock:
                self._proc = None
        assert isinstance(outcome, ReconcileOutcome)
        return outcome

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            proc = self._proc
        if proc is not None and proc.is_alive() and proc.pid is not None:
            with contextlib.suppress(ProcessLookupError):  # finished meanwhile
                os.killpg(proc.pid, signal.SIGTERM)
