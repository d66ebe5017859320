"""Guard mode: watch web roots and tail access logs, and put what is found in the store at once.

    file event ─► pending set (dedup, debounce) ─► scan threads ─► worker process (detect, baseline)
              ─► store (finding / resolution) ─► alerts
    log line  ─► tailer ─► parser ─► store (requests) ─► flagged file requested? ─► ACCESS finding
    timer / trouble ─► reconcile (cached scan_paths + baseline diff in a child) ─► store

At start the guard watches first, then reconciles, so nothing written during the start-up scan is
missed. Trouble with events (kernel queue overflow, watch limits, a file system without events, a
full pending set) is logged as an error and answered with polling and a reconcile scan. A file that
cannot be read or crashes a worker is a problem naming the file; the guard goes on.

Identity and restarts: the store deduplicates findings by (host, kind, path, sha256) and the scan
cache skips unchanged files, so a restart re-finds nothing new and raises no alert twice.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import stat
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from webhunt.config import GuardConfig, RootConfig
from webhunt.config import state_dir as config_state_dir
from webhunt.correlate import UrlMapping, urls_for
from webhunt.daemon.alerts import Alerts
from webhunt.daemon.baseline import Baseline
from webhunt.daemon.candidate import ContextBuilder, is_config
from webhunt.daemon.correlation import explain, file_finding, stored_request
from webhunt.daemon.flagged import Flagged, FlaggedIndex, UrlMap
from webhunt.daemon.observer import EventKind, FsEvent, Mode, ProblemKind, Watcher, WatchProblem
from webhunt.daemon.pending import PendingSet
from webhunt.daemon.tail import Follower, Tailer
from webhunt.daemon.workers import Job, Outcome, ReconcileOutcome, Reconciler, WorkerPool
from webhunt.detect.config_files import makes_executable
from webhunt.diff.export import change_to_finding
from webhunt.errors import WebhuntError
from webhunt.findings import from_scan
from webhunt.languages import is_script, language_for
from webhunt.logs.formats import LogFormat, detect_format, resolve_format
from webhunt.logs.lineparser import LineError, LineParser
from webhunt.model import (
    Change,
    FileContext,
    Finding,
    FindingKind,
    Layer,
    Reason,
    Request,
    ScanProblem,
    ScanResult,
    Severity,
    Status,
)
from webhunt.settings import Settings
from webhunt.store import FindingQuery, RequestQuery, Store

log = logging.getLogger(__name__)

ACCESS_RULE = "WH-GUARD-ACCESS"
#: Requests answered with these statuses never ran the file.
_NOT_SERVED = frozenset({401, 403, 404, 405, 410})
_REQUEST_BATCH = 500
_MAX_PROBLEMS = 200  # kept per root scan record
_SEEN_IPS = 10_000  # (finding, ip) pairs remembered for access alerts
_RECENT_WRITES = 10_000  # write requests kept to find who planted a new file
#: A new file's planting request is looked for this long after the file (the server logs a request
#: once it is complete, usually after the file it wrote appeared).
EXPLAIN_DELAY = 3.0


@dataclass(slots=True)
class GuardStats:
    """Counters for status output, metrics and tests."""

    events: int = 0
    looked_at: int = 0  # paths taken from the pending set
    scanned: int = 0
    problems: int = 0
    findings_new: int = 0
    resolved: int = 0
    pending_dropped: int = 0  # events refused by a full pending set (a reconcile covered them)
    reconciles: int = 0
    requests: int = 0
    malformed_lines: int = 0
    accesses: int = 0
    alerts: int = 0
    watch_problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Root:
    config: RootConfig
    scan_id: int
    baseline: Baseline | None = None
    problems: list[str] = field(default_factory=list)


#: Log times are whole seconds and clocks drift a little: how far before a file's ctime its uses may be.
_LOG_CLOCK_SLACK_S = 2.0


def _access_served(status: int) -> bool:
    return status not in _NOT_SERVED


class Guard:
    """The guard daemon. ``start`` (loud on bad configuration), ``wait`` / ``stop``."""

    def __init__(
        self,
        config: GuardConfig,
        store: Store,
        *,
        alerts: Alerts | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.config = config
        self.settings = settings or config.settings()
        self.store = store
        self.host = store.host
        self.alerts = alerts or Alerts(config.alert_min_severity)
        self.stats = GuardStats()
        self._stats_lock = threading.Lock()
        self._roots: dict[str, _Root] = {}
        self._pending = PendingSet(config.max_pending, max_wait=max(5.0, 10 * config.debounce))
        self._contexts = ContextBuilder(self.settings.ignore)
        self._index = FlaggedIndex()
        self._urls = UrlMap([(r.url, r.path) for r in config.roots])
        self._pool = WorkerPool(self.settings, config.workers, timeout=config.scan_timeout)
        self._reconciler = Reconciler(self.settings)
        self._watcher = Watcher(self, poll_interval=config.poll_interval, max_watches=config.max_watches)
        self._tailer: Tailer | None = None
        self._threads: list[threading.Thread] = []
        self._scan_threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._wake = threading.Event()
        self._problems: list[WatchProblem] = []
        self._problems_lock = threading.Lock()
        self._reconcile_reason: str | None = None
        self._reconciling = False
        self._since_reconcile: set[str] | None = None  # paths looked at while a reconcile runs
        self._recon_lock = threading.Lock()
        self._overflow_logged = False
        self._formats: dict[str, LogFormat | None] = {}
        self._parsers: dict[tuple[str, str], LineParser] = {}
        self._seen_access: OrderedDict[tuple[int, str], None] = OrderedDict()
        self._deleted_findings: set[str] = set()  # paths kept by baseline-deletion findings
        self._writes = threading.RLock()  # finding writes vs. "resolve what is missing"
        self._api_scans: dict[str, list[int]] = {}  # root -> scan records waiting for a reconcile
        self._recent_writes: deque[Request] = deque(maxlen=_RECENT_WRITES)  # POST/PUT seen in the logs
        self._recent_lock = threading.Lock()
        self._to_explain: deque[tuple[float, str, int]] = deque(maxlen=1000)  # (when, root, finding id)
        self.ready = threading.Event()  # set once the start-up reconcile is done

    # -- life cycle ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start everything; raises WebhuntError (rules, baseline, log format) before watching."""
        try:
            self._start()
        except BaseException:
            self.stop()
            raise

    def _start(self) -> None:
        fmts = {}
        for lg in self.config.logs:
            fmts[lg.path] = resolve_format(lg.format) if lg.format else None
        self._formats = fmts
        self._pool.start()
        version = self._pool.ruleset_version
        for rc in self.config.roots:
            baseline = None
            if rc.baseline:
                baseline = Baseline(rc.baseline, rc.path)
                log.info("%s: baseline %s", rc.path, baseline.description)
            scan_id = self.store.start_scan(rc.path, "watch", version)
            self._roots[rc.path] = _Root(rc, scan_id, baseline)
        self._load_index()
        for rc in self.config.roots:
            mode = self._watcher.watch(rc.path, polling=self.config.poll)
            log.info("%s: watching (%s)", rc.path, mode.value)
        for i in range(max(2, 2 * self.config.workers)):
            self._scan_threads.append(self._spawn(self._scan_loop, f"webhunt-scan-{i + 1}"))
        self.request_reconcile("start-up scan")
        self._spawn(self._maintenance_loop, "webhunt-maintenance")
        if self.config.logs:
            state = config_state_dir(self.config)
            followers = [
                Follower(
                    lg.path,
                    functools.partial(self._on_lines, lg.path),
                    state_dir=state,
                    from_start=lg.from_start,
                )
                for lg in self.config.logs
            ]
            self._tailer = Tailer(followers)
            self._tailer.start()

    def _spawn(self, target: Callable[[], None], name: str) -> threading.Thread:
        t = threading.Thread(target=target, name=name, daemon=True)
        t.start()
        self._threads.append(t)
        return t

    def _supervise(self) -> None:
        """A scan or tail thread ended by an unexpected error (its traceback is already on stderr):
        say so and start it again, so one bad file or line never stops the guard."""
        for i, t in enumerate(self._scan_threads):
            if not t.is_alive() and not self._stopping.is_set() and not self._pending.closed:
                log.error("%s ended unexpectedly; starting it again", t.name)
                self._threads.remove(t)
                self._scan_threads[i] = self._spawn(self._scan_loop, t.name)
        if self._tailer is not None and not self._tailer.alive and not self._stopping.is_set():
            log.error("the access-log tailer ended unexpectedly; starting it again")
            self._tailer.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the guard stopped; False on timeout."""
        return self._stopped.wait(timeout)

    def stop(self) -> None:
        """Stop cleanly: observers, tailer, reconcile, scan threads, workers; close the scan rows."""
        if self._stopping.is_set():
            self._stopped.wait(60)
            return
        self._stopping.set()
        self._wake.set()
        self._watcher.stop()
        if self._tailer is not None:
            self._tailer.stop()
        self._reconciler.cancel()
        self._pending.close()
        self._pool.close()
        for t in list(self._threads):
            t.join(30)
            if t.is_alive():  # pragma: no cover - a thread stuck in the store
                log.error("%s did not stop within 30 s", t.name)
        for r in self._roots.values():
            if r.baseline is not None:
                r.baseline.close()
            with contextlib.suppress(WebhuntError):
                self.store.update_scan(r.scan_id, problems=r.problems[-_MAX_PROBLEMS:])
                self.store.finish_scan(r.scan_id)
        self.alerts.close()
        self._stopped.set()

    def modes(self) -> dict[str, Mode]:
        return self._watcher.modes()

    def idle(self, timeout: float) -> bool:
        """Wait until no path is pending or being looked at and no reconcile runs (for tests)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self._pending.wait_idle(max(0.0, end - time.monotonic())) and not self._busy_reconciling():
                time.sleep(0.05)
                if self._pending.busy == 0 and not self._busy_reconciling():
                    return True
            time.sleep(0.05)
        return False

    def _busy_reconciling(self) -> bool:
        with self._recon_lock:
            return self._reconciling or self._reconcile_reason is not None

    def _count(self, name: str, n: int = 1) -> None:
        with self._stats_lock:
            setattr(self.stats, name, getattr(self.stats, name) + n)

    # -- the sink of the watcher (watchdog threads: quick, never blocking) ------------------------

    def on_event(self, event: FsEvent) -> None:
        self._count("events")
        if event.kind is EventKind.MOVED:
            self._queue(event.path, 0.0)
            if event.dest:
                self._queue(event.dest, 0.0)
            if is_config(event.path) or is_config(event.dest) or event.is_dir:
                self._contexts.forget(os.path.dirname(event.path))
                self._contexts.forget(os.path.dirname(event.dest or event.path))
            return
        if event.is_dir:
            if event.kind is EventKind.DELETED:
                self._queue(event.path, 0.0)
            return  # a new directory's files arrive as events of their own
        if is_config(event.path):
            self._contexts.forget(os.path.dirname(event.path))
        quiet = 0.0 if event.kind in (EventKind.CLOSED, EventKind.DELETED) else self.config.debounce
        self._queue(event.path, quiet)

    def _queue(self, path: str, quiet: float) -> None:
        if self._pending.add(path, quiet):
            return
        self._count("pending_dropped")
        if not self._overflow_logged:
            self._overflow_logged = True
            log.error(
                "more than %d paths waiting to be scanned: events dropped; a reconcile scan will cover them",
                self.config.max_pending,
            )
        self.request_reconcile("pending set full")

    def on_problem(self, problem: WatchProblem) -> None:
        log.error("%s: %s: %s", problem.root or "watcher", problem.kind.value, problem.message)
        with self._problems_lock:
            self._problems.append(problem)
        with self._stats_lock:
            self.stats.watch_problems.append(f"{problem.root}: {problem.kind.value}: {problem.message}")
            del self.stats.watch_problems[:-50]
        self._wake.set()

    def scan_now(self, root: str) -> int:
        """Start a (cached) rescan of ``root`` in the background: the API's ``POST /scans``.
        Returns the id of the scan record that reports it."""
        r = self._roots.get(os.path.normpath(root))
        if r is None:
            raise WebhuntError(f"{root} is not a root of this guard")
        scan_id = self.store.start_scan(r.config.path, "scan", self._pool.ruleset_version)
        with self._recon_lock:
            self._api_scans.setdefault(r.config.path, []).append(scan_id)
        self.request_reconcile(f"scan of {r.config.path} requested")
        return scan_id

    def request_reconcile(self, reason: str) -> None:
        with self._recon_lock:
            if self._reconcile_reason is None:
                self._reconcile_reason = reason
        self._wake.set()

    # -- looking at one path ---------------------------------------------------------------------

    def _root_for(self, path: str) -> _Root | None:
        best: _Root | None = None
        for root, r in self._roots.items():
            if (path == root or path.startswith(root.rstrip("/") + "/")) and (
                best is None or len(root) > len(best.config.path)
            ):
                best = r
        return best

    def _scan_loop(self) -> None:
        while not self._stopping.is_set():
            path = self._pending.take()
            if path is None:
                return
            try:
                self._look_at(path)
            except WebhuntError as exc:  # the store refused a write: keep watching, say so
                self._problem_for(path, f"not recorded: {exc}")
            finally:
                self._pending.done(path)

    def _problem_for(self, path: str, message: str) -> None:
        self._count("problems")
        log.warning("%s: %s", path, message)
        r = self._root_for(path)
        if r is not None:
            r.problems.append(f"{path}: {message}")
            del r.problems[: -2 * _MAX_PROBLEMS]

    def _look_at(self, path: str) -> None:
        self._count("looked_at")
        r = self._root_for(path)
        if r is None:
            return
        with self._recon_lock:
            if self._since_reconcile is not None:
                self._since_reconcile.add(path)
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            self._gone(r, path)
            return
        except OSError as exc:
            self._problem_for(path, f"cannot stat: {exc.strerror}")
            return
        if stat.S_ISDIR(st.st_mode):
            return  # its files are looked at one by one
        if not stat.S_ISREG(st.st_mode):
            self._gone(r, path)  # replaced by a symlink or special file: the flagged file is gone
            return
        c = self._contexts.candidate(r.config.path, path, st)
        if c is None:
            return
        ref = r.baseline.ref(c.ctx.relpath) if r.baseline is not None else None
        outcome = self._pool.look(Job(c, ref))
        if isinstance(outcome.result, ScanProblem):
            self._problem_for(path, outcome.result.message)
            return
        self._count("scanned")
        self._record(r, outcome)
        if is_config(path):
            self._requeue_affected(r, os.path.dirname(path))

    def _requeue_affected(self, r: _Root, directory: str) -> None:
        """A configuration file changed: look again at data files it may now make executable."""
        self._contexts.forget(directory)
        rules = self._contexts.exec_rules(r.config.path, directory)
        if not rules:
            return
        budget = 100_000
        for dirpath, dirnames, filenames in os.walk(directory):
            dirnames.sort()
            for name in filenames:
                budget -= 1
                if budget < 0:
                    self.request_reconcile("configuration change below a large directory")
                    return
                path = os.path.join(dirpath, name)
                relpath = os.path.relpath(path, r.config.path).replace(os.sep, "/")
                if not is_script(language_for(relpath)) and any(makes_executable(x, name) for x in rules):
                    self._queue(path, 0.0)

    # -- recording -------------------------------------------------------------------------------

    def _finding_of(self, r: _Root, result: ScanResult, change: Change | None) -> Finding | None:
        if change is not None and change.verdict is not None and change.verdict.flagged:
            return change_to_finding(change, self.host, r.config.path)
        return from_scan(result, self.host)

    def _record(self, r: _Root, outcome: Outcome) -> None:
        result = outcome.result
        assert isinstance(result, ScanResult)
        finding = self._finding_of(r, result, outcome.change)
        path = result.meta.path
        prev = self._index.get(path)
        if prev is not None and (finding is None or prev.sha256 != finding.sha256):
            # the flagged content is gone from this path (cleaned, restored or replaced)
            current = finding.sha256 if finding is not None else (result.meta.sha256 or "changed")
            n = self.store.resolve_changed(self.host, r.config.path, {path: current}, r.scan_id)
            self._count("resolved", n)
            self._index.pop(path)
        if finding is not None:
            self._upsert(r, finding)

    def _upsert(self, r: _Root, finding: Finding, scan_id: int | None = None) -> int:
        with self._writes:
            fid, created = self.store.upsert_finding(finding, scan_id or r.scan_id)
        prev = self._index.put(
            Flagged(
                fid,
                finding.path,
                finding.relpath,
                finding.root,
                finding.sha256,
                finding.severity,
                finding.score,
                finding.language,
                prev_status(self._index.get(finding.path)),
            )
        )
        if created:
            self._count("findings_new")
            if self.alerts.notify("new", finding, fid):
                self._count("alerts")
            if self.config.logs and finding.kind is FindingKind.FILE:
                self._access_before_flagging(r, finding)
                self._to_explain.append((time.monotonic() + EXPLAIN_DELAY, r.config.path, fid))
        elif (prev is None or prev.sha256 != finding.sha256) and self.alerts.notify(
            "reappeared", finding, fid
        ):
            # known to the store but not open here: a resolved finding came back
            self._count("alerts")
        return fid

    def _access_before_flagging(self, r: _Root, finding: Finding) -> None:
        """A shell used the moment it lands is requested before its scan finishes: raise the ACCESS
        findings for requests already stored since the file's content appeared."""
        hit = self._index.get(finding.path)
        if hit is None or finding.ctime is None:
            return
        since = datetime.fromtimestamp(finding.ctime - _LOG_CLOCK_SLACK_S, tz=UTC)
        for url in urls_for(finding.relpath, [UrlMapping(url_prefix=r.config.url)]):
            try:
                page = self.store.list_requests(
                    RequestQuery(path=url, host=self.host, since=since, limit=200)
                )
            except WebhuntError as exc:
                log.warning("%s: stored requests could not be read: %s", finding.path, exc)
                return
            for rec in sorted(page.items, key=lambda x: (x.time, x.line_no)):
                if _access_served(rec.status):
                    self._access(stored_request(rec), hit)

    def _gone(self, r: _Root, path: str) -> None:
        """``path`` no longer exists (a file, or a whole directory): resolve what was flagged there,
        and judge the deletion against the baseline."""
        gone = self._index.pop_under(path)
        if gone:
            n = self._resolve_paths(r, {f.path for f in gone})
            self._count("resolved", n)
            log.info("%s: flagged file deleted (%d finding(s) resolved)", path, n)
        if r.baseline is not None:
            relpath = os.path.relpath(path, r.config.path).replace(os.sep, "/")
            ctx = FileContext(relpath=relpath, language=language_for(relpath), size=0)
            change = r.baseline.deleted(relpath, ctx)
            finding = change_to_finding(change, self.host, r.config.path) if change is not None else None
            if finding is not None and finding.severity >= Severity.MEDIUM:
                self._deleted_findings.add(finding.path)
                fid, created = self.store.upsert_finding(finding, r.scan_id)
                if created and self.alerts.notify("new", finding, fid):
                    self._count("alerts")

    def _resolve_paths(self, r: _Root, paths: set[str]) -> int:
        """Resolve the open file findings at ``paths`` (note: file gone). The guard's own writes wait
        meanwhile, so a finding stored by another scan thread cannot be taken for a missing one."""
        with self._writes:
            return self._resolve_paths_locked(r, paths)

    def _resolve_paths_locked(self, r: _Root, paths: set[str]) -> int:
        present: set[str] = set()
        cursor: str | None = None
        while True:
            page = self.store.list_findings(
                FindingQuery(
                    host=self.host,
                    kind=FindingKind.FILE,
                    path_prefix=r.config.path.rstrip("/") + "/",
                    status=(Status.NEW, Status.CONFIRMED),
                    limit=500,
                    cursor=cursor,
                )
            )
            present.update(f.path for f in page.items if f.path not in paths and f.root == r.config.path)
            cursor = page.next_cursor
            if cursor is None:
                break
        return self.store.resolve_missing(self.host, r.config.path, present, r.scan_id)

    def _load_index(self) -> None:
        cursor: str | None = None
        n = 0
        while True:
            page = self.store.list_findings(
                FindingQuery(
                    host=self.host,
                    kind=FindingKind.FILE,
                    status=(Status.NEW, Status.CONFIRMED, Status.FALSE_POSITIVE),
                    limit=500,
                    cursor=cursor,
                )
            )
            for f in page.items:
                r = self._root_for(f.path)
                if r is not None:
                    root = r.config.path
                    self._index.put(
                        Flagged(
                            f.id, f.path, f.relpath, root, f.sha256, f.severity, f.score, f.language, f.status
                        )
                    )
                    n += 1
            cursor = page.next_cursor
            if cursor is None:
                break
        log.info("%d open finding(s) of the watched roots loaded", n)

    # -- maintenance: trouble, reconcile scans, progress -----------------------------------------

    def _maintenance_loop(self) -> None:
        interval = self.config.reconcile_interval
        next_periodic = time.monotonic() + interval if interval > 0 else None
        next_check = time.monotonic() + 5.0
        while not self._stopping.is_set():
            self._wake.wait(1.0)
            self._wake.clear()
            if self._stopping.is_set():
                return
            self._handle_problems()
            self._supervise()
            self._explain_due()
            now = time.monotonic()
            if now >= next_check:
                self._watcher.check()
                next_check = now + 5.0
            if next_periodic is not None and now >= next_periodic:
                self.request_reconcile("periodic reconcile")
                next_periodic = now + interval
            with self._recon_lock:
                reason = self._reconcile_reason
            if reason is not None:
                self._reconcile(reason)

    def _handle_problems(self) -> None:
        with self._problems_lock:
            problems, self._problems = self._problems, []
        for p in problems:
            if p.kind in (ProblemKind.WATCH_LIMIT, ProblemKind.STOPPED) and p.root in self._roots:
                self._watcher.fall_back(p.root, p.message)
            self.request_reconcile(f"{p.kind.value} on {p.root or 'the watcher'}")

    def _reconcile(self, reason: str) -> None:
        with self._recon_lock:
            self._reconciling = True
            self._reconcile_reason = None
            self._since_reconcile = set()
            api_scans, self._api_scans = self._api_scans, {}
        started = time.monotonic()
        status = "failed"
        try:
            roots = list(self._roots)
            baselines = {
                p: r.config.baseline for p, r in self._roots.items() if r.config.baseline is not None
            }
            log.info("reconcile scan (%s) of %d root(s)", reason, len(roots))
            outcome = self._reconciler.run(roots, baselines)
            if self._stopping.is_set():
                return
            if outcome.error:
                log.error("reconcile scan failed: %s", outcome.error)
                return
            self._apply(outcome, api_scans)
            status = "done"
            self._count("reconciles")
            self.ready.set()
            log.info(
                "reconcile scan done in %.1f s: %d scanned, %d unchanged (cached), %d flagged",
                time.monotonic() - started,
                outcome.files_scanned,
                outcome.files_cached,
                len(outcome.results),
            )
        except WebhuntError as exc:
            log.error("reconcile scan not recorded: %s", exc)
        finally:
            for ids in api_scans.values():
                for scan_id in ids:
                    with contextlib.suppress(WebhuntError):
                        self.store.finish_scan(scan_id, status if not self._stopping.is_set() else "failed")
            with self._recon_lock:
                self._reconciling = False
                self._since_reconcile = None

    def _apply(self, outcome: ReconcileOutcome, api_scans: dict[str, list[int]]) -> None:
        with self._recon_lock:
            touched = set(self._since_reconcile or ())
        by_root: dict[str, list[Finding]] = {p: [] for p in self._roots}
        diff_paths: dict[str, set[str]] = {p: set() for p in self._roots}
        seen_by_diff: set[str] = set()
        for root, changes in outcome.diffs.items():
            for change in changes:
                f = change_to_finding(change, self.host, root)
                if f is None or f.path in touched:
                    continue
                if change.kind.value == "deleted":
                    if f.severity < Severity.MEDIUM:
                        continue
                    self._deleted_findings.add(f.path)
                else:  # the diff runs after the scan's walk: a file it saw exists, walked or not
                    seen_by_diff.add(f.path)
                by_root.setdefault(root, []).append(f)
                diff_paths.setdefault(root, set()).add(f.path)
        for result in outcome.results:
            f = from_scan(result, self.host)
            if f is None or f.path in touched or f.path in diff_paths.get(result.root, ()):
                continue
            by_root.setdefault(result.root, []).append(f)
        for note in outcome.diff_notes:
            log.info("baseline: %s", note)
        for root, findings in by_root.items():
            r = self._roots.get(root)
            if r is None:
                continue
            flagged_now = {f.path for f in findings}
            scan_id = (api_scans.get(root) or [r.scan_id])[-1]  # a scan the API asked for reports them
            for f in findings:
                if self._stopping.is_set():
                    return
                prev = self._index.get(f.path)
                if prev is not None and prev.sha256 != f.sha256:
                    self._count(
                        "resolved", self.store.resolve_changed(self.host, root, {f.path: f.sha256}, r.scan_id)
                    )
                self._upsert(r, f, scan_id)
            # flagged before, present now, but no longer flagged: its content changed while unwatched
            for old in self._index.in_root(root):
                if old.path in outcome.present and old.path not in flagged_now and old.path not in touched:
                    n = self.store.resolve_changed(self.host, root, {old.path: ""}, r.scan_id)
                    self._count("resolved", n)
                    self._index.pop(old.path)
            present = outcome.present | touched | self._deleted_findings | seen_by_diff
            with self._writes:
                with self._recon_lock:  # paths looked at by events meanwhile are not missing
                    present |= self._since_reconcile or set()
                n = self.store.resolve_missing(self.host, root, present, r.scan_id)
            self._count("resolved", n)
            for old in self._index.in_root(root):
                if old.path not in present:
                    self._index.pop(old.path)
            mine = [
                p for p in outcome.problems if p.path == root or p.path.startswith(root.rstrip("/") + "/")
            ]
            r.problems.extend(f"{p.path}: {p.message}" for p in mine)
            del r.problems[: -2 * _MAX_PROBLEMS]
            total = sum(1 for p in outcome.present if p.startswith(root.rstrip("/") + "/"))
            for scan_id in [r.scan_id, *api_scans.get(root, [])]:
                self.store.update_scan(
                    scan_id, files_total=total, files_done=total, problems=r.problems[-_MAX_PROBLEMS:]
                )

    # -- access logs -----------------------------------------------------------------------------

    def _parser(
        self, log_path: str, source: str, source_id: str, lines: list[str | None]
    ) -> LineParser | None:
        key = (source, source_id)
        parser = self._parsers.get(key)
        if parser is not None:
            return parser
        fmt = self._formats.get(log_path)
        if fmt is None:
            fmt = detect_format([x for x in lines if x is not None][:100])
            if fmt is None:
                return None
            log.info("%s: access log format %s (detected)", log_path, fmt.name)
            self._formats[log_path] = fmt
        parser = fmt.parser(source, source_id)
        if len(self._parsers) > 64:
            self._parsers.clear()
        self._parsers[key] = parser
        return parser

    def _on_lines(
        self, log_path: str, source: str, source_id: str, first: int, lines: list[str | None]
    ) -> None:
        """Tailer callback: parse, store the requests, raise ACCESS findings. Raising WebhuntError
        makes the tailer hand the same lines again later."""
        parser = self._parser(log_path, source, source_id, lines)
        if parser is None:
            self._count("malformed_lines", len(lines))
            log.warning("%s: lines %d-%d: log format not recognised", source, first, first + len(lines) - 1)
            return
        requests: list[Request] = []
        malformed = 0
        for i, line in enumerate(lines):
            if line is None:
                malformed += 1
                continue
            try:
                req = parser.parse(line, first + i)
            except LineError:
                malformed += 1
                continue
            if req is not None:
                requests.append(req)
                if req.method in ("POST", "PUT"):
                    with self._recent_lock:
                        self._recent_writes.append(req)
        if malformed:
            self._count("malformed_lines", malformed)
        if not requests:
            return
        for i in range(0, len(requests), _REQUEST_BATCH):
            self.store.add_requests(requests[i : i + _REQUEST_BATCH])
        self._count("requests", len(requests))
        # Look the paths up only once the requests are stored. A scan flags a file first and then
        # reads the stored requests for it (``_access_before_flagging``): whichever of the two
        # threads comes second sees the other's work, so a shell used while its scan runs is
        # never missed by both.
        for req in requests:
            if not _access_served(req.status):
                continue
            hit = self._urls.lookup(req.path, self._index)
            if hit is not None and hit.status is not Status.FALSE_POSITIVE:
                self._access(req, hit)

    def _access(self, req: Request, hit: Flagged) -> None:
        r = self._roots.get(hit.root)
        if r is None:
            return
        target = req.target if len(req.target) <= 200 else req.target[:200] + "..."
        reason = Reason(
            id=ACCESS_RULE,
            layer=Layer.LOG,
            score=hit.score,
            description=f"flagged file requested by {req.client_ip}: {req.method} {target} -> {req.status}",
            snippet=f'{req.client_ip} [{req.time.isoformat()}] "{req.method} {target} {req.protocol}" '
            f'{req.status} "{req.user_agent[:200]}"',
        )
        finding = Finding(
            host=self.host,
            kind=FindingKind.ACCESS,
            path=hit.path,
            relpath=hit.relpath,
            sha256=hit.sha256,
            severity=hit.severity,
            score=hit.score,
            reasons=(reason,),
            language=hit.language,
            root=hit.root,
            client_ip=req.client_ip,
        )
        fid, created = self.store.upsert_finding(finding, r.scan_id)
        self._count("accesses")
        rid = self._request_id(req)
        if rid is not None:
            self.store.link_requests(fid, [rid], "access")
            with contextlib.suppress(WebhuntError):  # the file's finding may have been resolved
                self.store.link_requests(hit.finding_id, [rid], "access")
        key = (fid, req.client_ip)
        new_ip = key not in self._seen_access
        self._seen_access[key] = None
        while len(self._seen_access) > _SEEN_IPS:
            self._seen_access.popitem(last=False)
        if (created or new_ip) and self.alerts.notify("accessed", finding, fid):
            self._count("alerts")
        if new_ip:
            self._explain(r, hit.finding_id, hit.path)
        log.warning(
            "flagged file %s requested by %s (%s %s)", hit.path, req.client_ip, req.method, req.status
        )

    def _explain(self, r: _Root, finding_id: int, path: str) -> None:
        """Name the planting request and the attacker IPs of a flagged file (new, or just requested)."""
        try:
            finding = file_finding(self.store, finding_id)
            if finding is None:
                return
            with self._recent_lock:
                writes = list(self._recent_writes)
            found = explain(
                self.store,
                finding_id,
                finding,
                r.config.url,
                writes,
                baseline_compared=r.config.baseline is not None,
            )
        except WebhuntError as exc:
            log.warning("%s: correlation with the access log failed: %s", path, exc)
            return
        if found.planted_by is not None:
            log.warning("%s: planted by %s (request %d)", path, found.planting_ip, found.planted_by)

    def _explain_due(self) -> None:
        now = time.monotonic()
        while self._to_explain and self._to_explain[0][0] <= now and not self._stopping.is_set():
            _, root, fid = self._to_explain.popleft()
            r = self._roots.get(root)
            if r is not None:
                self._explain(r, fid, f"finding {fid}")

    def _request_id(self, req: Request) -> int | None:
        t = req.time if req.time.tzinfo is not None else req.time.replace(tzinfo=UTC)
        page = self.store.list_requests(
            RequestQuery(ip=req.client_ip, path=req.path, host=self.host, since=t, until=t, limit=100)
        )
        for rec in page.items:
            if rec.source_id == req.source_id and rec.line_no == req.line_no:
                return rec.id
        return None


def prev_status(f: Flagged | None) -> Status:
    return f.status if f is not None else Status.NEW
