"""File-system events for the guard: the only module that imports watchdog.

Each web root gets one recursive watch: inotify where the kernel delivers events, watchdog's polling
observer where it cannot (network and some container mounts, a root that needs more inotify watches
than the budget, a watch limit hit, an emitter that died). Everything the guard hears is an
``FsEvent`` (an immutable value) or a ``WatchProblem``; nothing of watchdog leaks out.

Failures are never silent: a queue overflow, a subdirectory that could not be watched, or a root
that falls back to polling is reported to the sink, which logs it and schedules a reconcile scan.
Reads (open / close-without-write) are filtered out in the kernel mask, so a busy web server serving
its scripts produces no events here.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers.api import BaseObserver, EventEmitter, ObservedWatch
from watchdog.observers.polling import PollingObserver

log = logging.getLogger(__name__)

try:  # the inotify back end exists on Linux only
    from watchdog.observers.inotify import InotifyEmitter, InotifyWatchGroup
    from watchdog.observers.inotify_c import InotifyFD

    HAVE_INOTIFY = True
except (ImportError, OSError):  # pragma: no cover - not Linux
    HAVE_INOTIFY = False


class EventKind(enum.StrEnum):
    CREATED = "created"
    MODIFIED = "modified"  # content written (the writer may still hold the file open)
    CLOSED = "closed"  # a writer closed the file: its content is complete
    ATTRIB = "attrib"  # mode, owner or times changed
    MOVED = "moved"  # ``path`` moved to ``dest``
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class FsEvent:
    kind: EventKind
    path: str
    dest: str = ""
    is_dir: bool = False


class ProblemKind(enum.StrEnum):
    OVERFLOW = "overflow"  # the kernel dropped events
    WATCH_LIMIT = "watch-limit"  # inotify watches or instances exhausted
    NO_EVENTS = "no-events"  # this file system does not deliver inotify events
    STOPPED = "stopped"  # the root's emitter stopped (root removed, unreadable ...)


@dataclass(frozen=True, slots=True)
class WatchProblem:
    root: str
    kind: ProblemKind
    message: str


class Sink(Protocol):
    """Where events and problems go. Called from watchdog's threads: must be quick, never block."""

    def on_event(self, event: FsEvent) -> None: ...

    def on_problem(self, problem: WatchProblem) -> None: ...


class Mode(enum.StrEnum):
    INOTIFY = "inotify"
    POLLING = "polling"
    UNWATCHED = "unwatched"  # cannot be watched now (e.g. removed); retried by ``check``


#: File systems on which inotify sees only local changes, or none at all.
NO_EVENT_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "glusterfs", "vboxsf", "vmhgfs", "afs", "lustre"}
)

# Events the guard acts on; open/close-no-write/directory-modified are not asked from the kernel.
_EVENT_FILTER: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    DirCreatedEvent,
    FileModifiedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileDeletedEvent,
    DirDeletedEvent,
    FileMovedEvent,
    DirMovedEvent,
]


def fs_type(path: str, mountinfo: str = "/proc/self/mountinfo") -> str | None:
    """The file-system type of the mount holding ``path`` (Linux), None when unknown."""
    try:
        with open(mountinfo, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    real = os.path.realpath(path)
    best, best_type = "", None
    for line in lines:
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5:
            continue
        mount_point = fields[4].replace("\\040", " ")
        inside = real == mount_point or real.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, right.split()[0] if right.split() else None
    return best_type


def needs_polling(fstype: str | None) -> bool:
    return fstype is not None and (fstype in NO_EVENT_FS or fstype.startswith("fuse"))


def inotify_watch_limit(path: str = "/proc/sys/fs/inotify/max_user_watches") -> int | None:
    try:
        with open(path, encoding="ascii") as fh:
            return int(fh.read().strip())
    except (OSError, ValueError):
        return None


def count_dirs(root: str, limit: int) -> int:
    """Directories under ``root`` (itself included), counting stops past ``limit``."""
    n = 0
    stack = [root]
    while stack and n <= limit:
        d = stack.pop()
        n += 1
        try:
            with os.scandir(d) as it:
                for e in it:
                    try:
                        if e.is_dir(follow_symlinks=False):
                            stack.append(e.path)
                    except OSError:
                        continue
        except OSError:
            continue
    return n


# -- translation ----------------------------------------------------------------------------------


def _text(p: bytes | str) -> str:
    return os.fsdecode(p)


class _Handler(FileSystemEventHandler):
    """watchdog event -> FsEvent, handed to the sink."""

    def __init__(self, sink: Sink) -> None:
        self._sink = sink

    def dispatch(self, event: FileSystemEvent) -> None:
        kind = _KINDS.get(type(event))
        if kind is None:
            return
        dest = _text(event.dest_path) if kind is EventKind.MOVED else ""
        self._sink.on_event(FsEvent(kind, _text(event.src_path), dest, event.is_directory))


_KINDS: dict[type[FileSystemEvent], EventKind] = {
    FileCreatedEvent: EventKind.CREATED,
    DirCreatedEvent: EventKind.CREATED,
    FileModifiedEvent: EventKind.MODIFIED,
    FileAttribEvent: EventKind.ATTRIB,
    FileClosedEvent: EventKind.CLOSED,
    FileDeletedEvent: EventKind.DELETED,
    DirDeletedEvent: EventKind.DELETED,
    FileMovedEvent: EventKind.MOVED,
    DirMovedEvent: EventKind.MOVED,
}


# -- inotify with failure reporting ---------------------------------------------------------------

ProblemCallback = Callable[[str, ProblemKind, str], None]  # (root, kind, message)

if HAVE_INOTIFY:

    class _ReportingWatchGroup(InotifyWatchGroup):
        """watchdog's watch group, reporting what it otherwise only logs or swallows: queue
        overflows, and subdirectories that could not be watched because a limit was hit."""

        root = ""
        report: ProblemCallback | None = None
        _limit_reported = False

        def on_queue_overflow(self) -> None:
            super().on_queue_overflow()
            if self.report is not None:
                self.report(
                    self.root, ProblemKind.OVERFLOW, "the kernel's inotify queue overflowed: events lost"
                )

        def _add_callback(self, path: bytes) -> None:
            if path in self._active_callbacks_by_path:
                # met twice: by the walk of a new parent and by its own creation event. Adding it
                # again only makes watchdog warn, and a warning raised as an error (``-W error``)
                # would end the thread that reads every event. A directory removed and made again
                # under the same name is added back by its creation event, which comes after the
                # removal's IN_IGNORED has dropped the old watch.
                return
            try:
                wd = self._inotify_fd.add_callback(path, self.event_mask, self._callback, self._id)
            except OSError as exc:
                if path == self.path:
                    raise
                if exc.errno in (errno.ENOSPC, errno.EMFILE) and self.report and not self._limit_reported:
                    self._limit_reported = True
                    self.report(
                        self.root, ProblemKind.WATCH_LIMIT, f"cannot watch {_text(path)}: {exc.strerror}"
                    )
                return  # a directory that vanished or is unreadable: the reconcile scan covers it
            self._active_callbacks_by_path[path] = wd
            self._active_callbacks_by_watch[wd] = path

    class _ReportingEmitter(InotifyEmitter):
        def __init__(self, *args: Any, report: ProblemCallback, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._report = report

        def on_thread_start(self) -> None:
            # The group activates (adds its watches) while it is constructed: give it the reporter
            # through a class made for this watch.
            group = type(
                "_Group",
                (_ReportingWatchGroup,),
                {"root": str(self.watch.path), "report": staticmethod(self._report)},
            )
            self._inotify = group(
                self._inotify_fd,
                os.fsencode(self.watch.path),
                is_recursive=self.watch.is_recursive,
                event_mask=self.get_event_mask_from_filter(),
                follow_symlink=self.watch.follow_symlink,
            )

    class _InotifyObserver(BaseObserver):
        def __init__(self, report: ProblemCallback) -> None:
            self._fd = InotifyFD()
            self._fd.start()
            super().__init__(_ReportingEmitter, inotify_fd=self._fd, report=report)

        def on_thread_stop(self) -> None:
            super().on_thread_stop()
            self._fd.stop()
            self._fd.join()

        def reading(self) -> bool:
            """Whether the thread that reads the kernel's events still runs (an exception raised in
            a callback ends it, and nothing more comes from any root of this observer)."""
            return self._fd.is_alive()


# -- the watcher ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Root:
    path: str
    mode: Mode
    watch: ObservedWatch | None
    observer: BaseObserver | None
    polling: bool | None  # as asked, for watching again


class Watcher:
    """Recursive watches on web roots, reporting FsEvents and WatchProblems to one sink.

    ``max_watches``: the most inotify watches (directories) one root may take; a larger root is
    polled. None: the kernel's per-user limit.
    """

    def __init__(self, sink: Sink, *, poll_interval: float = 2.0, max_watches: int | None = None) -> None:
        self._sink = sink
        self._handler = _Handler(sink)
        self._poll_interval = poll_interval
        self._max_watches = max_watches
        self._lock = threading.RLock()
        self._roots: dict[str, _Root] = {}
        self._inotify: BaseObserver | None = None
        self._polling: BaseObserver | None = None
        self._stopped = False

    # observers are created lazily: a guard on a network mount never opens an inotify instance
    def _inotify_observer(self) -> BaseObserver:
        if self._inotify is None:
            obs = _InotifyObserver(self._problem)
            obs.daemon = True
            obs.start()
            self._inotify = obs
        return self._inotify

    def _polling_observer(self) -> BaseObserver:
        if self._polling is None:
            obs = PollingObserver(timeout=self._poll_interval)
            obs.daemon = True
            obs.start()
            self._polling = obs
        return self._polling

    def _problem(self, root: str, kind: ProblemKind, message: str) -> None:
        # Called from watchdog's threads; the sink decides (e.g. ``fall_back`` from its own thread:
        # a root partly watched is not watched).
        self._sink.on_problem(WatchProblem(root, kind, message))

    def watch(self, root: str, *, polling: bool | None = None) -> Mode:
        """Start watching ``root`` recursively. ``polling`` None: decide (file-system type, watch
        budget, inotify availability); True/False: as configured."""
        root = os.path.abspath(root)
        with self._lock:
            if self._stopped:
                raise RuntimeError("watcher stopped")
            current = self._roots.get(root)
            if current is not None and current.mode is not Mode.UNWATCHED:
                return current.mode
            use_polling = bool(polling) or not HAVE_INOTIFY
            if polling is None and not use_polling:
                use_polling = self._auto_polling(root)
            if not use_polling:
                try:
                    obs = self._inotify_observer()
                    w = obs.schedule(self._handler, root, recursive=True, event_filter=_EVENT_FILTER)
                except OSError as exc:
                    kind = (
                        ProblemKind.WATCH_LIMIT
                        if exc.errno in (errno.ENOSPC, errno.EMFILE)
                        else ProblemKind.STOPPED
                    )
                    self._sink.on_problem(
                        WatchProblem(root, kind, f"cannot watch with inotify: {exc.strerror}; polling")
                    )
                else:
                    self._roots[root] = _Root(root, Mode.INOTIFY, w, obs, polling)
                    return Mode.INOTIFY
            try:
                obs = self._polling_observer()
                w = obs.schedule(self._handler, root, recursive=True, event_filter=_EVENT_FILTER)
            except OSError as exc:
                self._sink.on_problem(
                    WatchProblem(root, ProblemKind.STOPPED, f"cannot watch: {exc.strerror}; retrying")
                )
                self._roots[root] = _Root(root, Mode.UNWATCHED, None, None, polling)
                return Mode.UNWATCHED
            self._roots[root] = _Root(root, Mode.POLLING, w, obs, polling)
            return Mode.POLLING

    def _auto_polling(self, root: str) -> bool:
        fstype = fs_type(root)
        if needs_polling(fstype):
            self._sink.on_problem(
                WatchProblem(
                    root, ProblemKind.NO_EVENTS, f"{fstype} file system: inotify misses changes; polling"
                )
            )
            return True
        budget = self._max_watches if self._max_watches is not None else inotify_watch_limit()
        if budget is not None:
            dirs = count_dirs(root, budget)
            if dirs > budget:
                self._sink.on_problem(
                    WatchProblem(
                        root,
                        ProblemKind.WATCH_LIMIT,
                        f"more than {budget} directories: over the inotify watch budget; polling",
                    )
                )
                return True
        return False

    def fall_back(self, root: str, reason: str) -> Mode:
        """Move ``root`` from inotify to polling (idempotent)."""
        with self._lock:
            current = self._roots.get(root)
            if self._stopped or current is None or current.mode is not Mode.INOTIFY:
                return current.mode if current else Mode.UNWATCHED
            log.warning("%s: falling back to polling: %s", root, reason)
            self._unschedule(current)
            return self.watch(root, polling=True)

    def _unschedule(self, r: _Root) -> None:
        if r.observer is not None and r.watch is not None:
            with contextlib.suppress(KeyError):  # the emitter already stopped and was removed
                r.observer.unschedule(r.watch)
        self._roots[r.path] = _Root(r.path, Mode.UNWATCHED, None, None, r.polling)

    def modes(self) -> dict[str, Mode]:
        with self._lock:
            return {r.path: r.mode for r in self._roots.values()}

    def check(self) -> None:
        """Report roots whose emitter stopped (e.g. the root was removed) and watch them again
        (polling) once they can be; a root that is back is watched again."""
        with self._lock:
            if self._stopped:
                return
            reading = getattr(self._inotify, "reading", None)
            if callable(reading) and not reading():
                self._restart_inotify()
            live = {e.watch: e for obs in (self._inotify, self._polling) if obs for e in obs.emitters}
            roots = list(self._roots.values())
            for r in roots:
                if r.mode is Mode.UNWATCHED:
                    if os.path.isdir(r.path):
                        mode = self.watch(r.path, polling=True if r.polling is None else r.polling)
                        if mode is not Mode.UNWATCHED:
                            log.warning("%s: watched again (%s)", r.path, mode.value)
                    continue
                if _alive(live.get(r.watch) if r.watch is not None else None):
                    continue
                self._sink.on_problem(
                    WatchProblem(r.path, ProblemKind.STOPPED, "watch stopped delivering events")
                )
                self._unschedule(r)
                if os.path.isdir(r.path):
                    self.watch(r.path, polling=True)

    def _restart_inotify(self) -> None:
        """The inotify reader ended: report every root it watched, drop the observer and watch the
        roots again with a new one (the sink's reconcile scan covers what was missed)."""
        dead, self._inotify = self._inotify, None
        roots = [r for r in self._roots.values() if r.observer is dead]
        for r in roots:
            self._sink.on_problem(
                WatchProblem(
                    r.path, ProblemKind.STOPPED, "the inotify reader stopped: events lost; watching again"
                )
            )
            self._roots[r.path] = _Root(r.path, Mode.UNWATCHED, None, None, r.polling)
        if dead is not None:
            with contextlib.suppress(Exception):  # a broken observer: nothing to save
                dead.stop()
        for r in roots:
            if os.path.isdir(r.path):
                self.watch(r.path, polling=r.polling)

    def stop(self) -> None:
        """Stop every observer and join its threads."""
        with self._lock:
            self._stopped = True
            observers = [o for o in (self._inotify, self._polling) if o is not None]
            self._roots.clear()
        for obs in observers:
            obs.stop()
        for obs in observers:
            obs.join(timeout=10)
            if obs.is_alive():  # pragma: no cover - watchdog thread refusing to stop
                log.error("file-system observer did not stop within 10 s")


def _alive(emitter: EventEmitter | None) -> bool:
    return emitter is not None and emitter.is_alive()
