"""The watchdog adapter on real temporary trees: inotify, polling, and the fallback between them."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from webhunt.daemon.observer import (
    EventKind,
    FsEvent,
    Mode,
    ProblemKind,
    Watcher,
    WatchProblem,
    count_dirs,
    fs_type,
    needs_polling,
)


class Sink:
    def __init__(self) -> None:
        self.events: list[FsEvent] = []
        self.problems: list[WatchProblem] = []
        self._lock = threading.Lock()

    def on_event(self, event: FsEvent) -> None:
        with self._lock:
            self.events.append(event)

    def on_problem(self, problem: WatchProblem) -> None:
        with self._lock:
            self.problems.append(problem)

    def wait(self, pred: Callable[[FsEvent], bool], timeout: float = 30.0) -> FsEvent:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                for e in self.events:
                    if pred(e):
                        return e
            time.sleep(0.02)
        raise AssertionError(f"no such event; got {self.events}")


@pytest.fixture
def watched(tmp_path: Path) -> Iterator[tuple[Path, Sink, Watcher]]:
    root = tmp_path / "www"
    (root / "sub").mkdir(parents=True)
    sink = Sink()
    w = Watcher(sink, poll_interval=0.2)
    yield root, sink, w
    w.stop()


def test_each_event_kind_with_inotify(watched: tuple[Path, Sink, Watcher]) -> None:
    root, sink, w = watched
    assert w.watch(str(root), polling=False) is Mode.INOTIFY
    f = root / "sub" / "a.txt"
    with open(f, "w") as fh:
        fh.write("x")
    sink.wait(lambda e: e.kind is EventKind.CREATED and e.path == str(f))
    sink.wait(lambda e: e.kind is EventKind.MODIFIED and e.path == str(f))
    sink.wait(lambda e: e.kind is EventKind.CLOSED and e.path == str(f))
    os.chmod(f, 0o600)
    sink.wait(lambda e: e.kind is EventKind.ATTRIB and e.path == str(f))
    php = root / "sub" / "a.php"
    os.rename(f, php)  # the .txt -> .php trick
    sink.wait(lambda e: e.kind is EventKind.MOVED and e.path == str(f) and e.dest == str(php))
    os.unlink(php)
    sink.wait(lambda e: e.kind is EventKind.DELETED and e.path == str(php))
    # a directory moved in from outside the root: its files are reported as created
    outside = root.parent / "outside"
    outside.mkdir()
    (outside / "s.php").write_text("x")
    os.rename(outside, root / "moved_in")
    sink.wait(lambda e: e.path == str(root / "moved_in" / "s.php") and e.kind is EventKind.CREATED)
    # reads do not produce events (a busy server reading its scripts)
    time.sleep(0.2)
    before = len(sink.events)
    for _ in range(20):
        (root / "moved_in" / "s.php").read_text()
    (root / "marker").write_text("")  # events are ordered: once this is seen, reads would have been
    sink.wait(lambda e: e.path == str(root / "marker"))
    assert [e for e in sink.events[before:] if e.path == str(root / "moved_in" / "s.php")] == []
    assert not sink.problems


def test_polling_sees_the_same_changes(watched: tuple[Path, Sink, Watcher]) -> None:
    root, sink, w = watched
    assert w.watch(str(root), polling=True) is Mode.POLLING
    f = root / "sub" / "b.php"
    f.write_text("x")
    sink.wait(lambda e: e.kind is EventKind.CREATED and e.path == str(f))
    os.rename(f, root / "b2.php")
    sink.wait(lambda e: e.kind is EventKind.MOVED and e.dest == str(root / "b2.php"))
    os.unlink(root / "b2.php")
    sink.wait(lambda e: e.kind is EventKind.DELETED and e.path == str(root / "b2.php"))


def test_a_root_over_the_watch_budget_is_polled_loudly(tmp_path: Path) -> None:
    root = tmp_path / "big"
    for i in range(5):
        (root / f"d{i}").mkdir(parents=True)
    sink = Sink()
    w = Watcher(sink, poll_interval=0.2, max_watches=3)
    try:
        assert w.watch(str(root)) is Mode.POLLING
        assert [p.kind for p in sink.problems] == [ProblemKind.WATCH_LIMIT]
        (root / "d3" / "x.php").write_text("x")
        sink.wait(lambda e: e.path == str(root / "d3" / "x.php"))
    finally:
        w.stop()


def test_fall_back_moves_a_root_from_inotify_to_polling(watched: tuple[Path, Sink, Watcher]) -> None:
    root, sink, w = watched
    assert w.watch(str(root), polling=False) is Mode.INOTIFY
    assert w.fall_back(str(root), "test") is Mode.POLLING
    assert w.modes() == {str(root): Mode.POLLING}
    (root / "late.php").write_text("x")
    sink.wait(lambda e: e.path == str(root / "late.php"))


def test_a_removed_root_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "gone"
    root.mkdir()
    sink = Sink()
    w = Watcher(sink, poll_interval=0.2)
    try:
        w.watch(str(root), polling=False)
        root.rmdir()
        deadline = time.monotonic() + 10
        while not sink.problems and time.monotonic() < deadline:
            time.sleep(0.1)
            w.check()
        assert sink.problems and sink.problems[0].kind is ProblemKind.STOPPED
        assert w.modes() == {str(root): Mode.UNWATCHED}
        root.mkdir()  # back (a remount, a redeploy): watched again
        w.check()
        assert w.modes() == {str(root): Mode.INOTIFY}  # as configured
        (root / "back.php").write_text("x")
        sink.wait(lambda e: e.path == str(root / "back.php"))
    finally:
        w.stop()


def test_file_system_type_helpers(tmp_path: Path) -> None:
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        "22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n"
        "40 22 0:50 / /srv/share rw,relatime - nfs4 server:/export rw\n"
        "41 22 0:51 / /srv/fuse rw - fuse.sshfs host: rw\n"
    )
    assert fs_type("/srv/share/www", str(mountinfo)) == "nfs4"
    assert fs_type("/srv/sharex", str(mountinfo)) == "ext4"
    assert needs_polling("nfs4") and needs_polling("fuse.sshfs") and not needs_polling("ext4")
    assert fs_type(str(tmp_path)) is not None  # this machine's own table
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert count_dirs(str(tmp_path), 100) == 3
    assert count_dirs(str(tmp_path), 1) == 2  # stops counting past the limit


@pytest.mark.slow
def test_a_real_kernel_queue_overflow_is_reported(tmp_path: Path) -> None:
    """Make the kernel drop events: keep watchdog's reader busy (holding its watch group's lock, as
    a slow consumer would) while more events than ``max_queued_events`` happen."""
    limit = int(Path("/proc/sys/fs/inotify/max_queued_events").read_text())
    root = tmp_path / "storm"
    root.mkdir()
    sink = Sink()
    w = Watcher(sink, poll_interval=0.2)
    try:
        assert w.watch(str(root), polling=False) is Mode.INOTIFY
        assert w._inotify is not None
        (emitter,) = w._inotify.emitters
        group = emitter._inotify  # type: ignore[attr-defined]
        (root / "first").write_text("x")  # the reader blocks on this event while the lock is held
        with group._lock:
            time.sleep(0.2)
            for i in range(limit // 2 + 2000):  # create + close-write: two events per file
                (root / f"f{i}").write_text("x")
        deadline = time.monotonic() + 30
        while not sink.problems and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [p.kind for p in sink.problems] == [ProblemKind.OVERFLOW]
        assert sink.problems[0].root == str(root)
    finally:
        w.stop()


def test_a_directory_met_twice_is_watched_once_without_a_warning(watched: tuple[Path, Sink, Watcher]) -> None:
    """A new directory's own creation event and the walk of its new parent both add its watch;
    watchdog warns on the second add, and tests run with warnings as errors (``-W error``), which
    would end the thread that reads every event."""
    root, sink, w = watched
    assert w.watch(str(root), polling=False) is Mode.INOTIFY
    for d in range(20):  # parents and children made faster than the reader adds their watches
        sub = root / "deep" / f"d{d}" / "x"
        sub.mkdir(parents=True)
        for i in range(20):
            (sub / f"f{i}.php").write_text("<?php echo 1;")
    last = str(root / "deep" / "d19" / "x" / "f19.php")
    sink.wait(lambda e: e.path == last)
    w.check()
    assert not sink.problems


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_dead_inotify_reader_is_reported_and_the_root_watched_again(
    watched: tuple[Path, Sink, Watcher], monkeypatch: pytest.MonkeyPatch
) -> None:
    from webhunt.daemon import observer

    root, sink, w = watched
    assert w.watch(str(root), polling=False) is Mode.INOTIFY
    real = observer._ReportingWatchGroup.on_event
    calls = {"n": 0}

    def failing_once(self: object, event: object) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("a callback that fails in the reader thread")
        real(self, event)  # type: ignore[arg-type]

    monkeypatch.setattr(observer._ReportingWatchGroup, "on_event", failing_once)
    (root / "sub" / "first.php").write_text("<?php echo 1;")
    deadline = time.monotonic() + 30
    while w._inotify is not None and w._inotify.reading() and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.02)
    w.check()
    assert [p.kind for p in sink.problems] == [ProblemKind.STOPPED]
    assert w.modes()[str(root)] is Mode.INOTIFY  # watched again, by a new reader
    later = root / "sub" / "later.php"
    later.write_text("<?php echo 2;")
    sink.wait(lambda e: e.path == str(later))
