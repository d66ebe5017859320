"""Hash or compare many files, split over several processes.

Each file costs an ``open``, a ``read`` and a ``close`` (plus ``bytes ==`` or sha256): a few
microseconds of system calls between short stretches of Python. Threads do not run such work in
parallel: a thread back from a system call waits for the GIL while the other runs Python, and the
hand-overs cost more CPU than they save (measured on 20,000 files: two threads, 6% less wall time
for 78% more CPU). So the jobs are split in contiguous parts, and all parts but the first run in
forked child processes, which send their results back through a pipe (``marshal``); the first part
runs in the calling process meanwhile. A caller with other work to do while the files are read
(``meanwhile``: ``webhunt diff`` loads the detection engine) does it first and then takes a part
half as large as a child's, so neither side waits long for the other.

Forking is safe only when the process has no other thread (a thread could hold a lock the child
would need): with other threads running (the guard daemon), or where ``os.fork`` does not exist,
the parts run one after the other in the calling process. A child that fails leaves its part to the
parent. Files are opened without following symlinks (a link swapped in after the walk is an error,
not a detour) and read up to one byte more than the walk saw, so a file that grew since differs.
"""

from __future__ import annotations

import errno
import functools
import gc
import hashlib
import itertools
import marshal
import os
import select
import signal
import stat
import struct
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from webhunt.diff.sources import CHUNK, hash_sized, same_chunks

J = TypeVar("J", bound=tuple[object, ...])
R = TypeVar("R", bool, int, str)

#: Below this many files one process does it all (a fork costs about a millisecond).
_MIN_PER_PROCESS = 500
_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
_Error = tuple[str, str]  # (path, reason)


@dataclass(slots=True)
class Outcome(Generic[R]):
    """Results per key, and the files that could not be read (key -> (path, reason))."""

    values: dict[str, R] = field(default_factory=dict)
    errors: dict[str, tuple[str, str]] = field(default_factory=dict)


def default_workers() -> int:
    """One worker per usable CPU (at most 8)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(8, cpus or 1))


def _error(exc: OSError, key: str) -> _Error:
    return (str(exc.filename or key), f"cannot read: {exc.strerror or exc}")


def _hash_part(jobs: Sequence[tuple[str, str, int]]) -> list[tuple[str, str | _Error]]:
    """sha256 of each file; small files in one read each, large ones in chunks."""
    out: list[tuple[str, str | _Error]] = []
    append, open_, read, close, sha256 = out.append, os.open, os.read, os.close, hashlib.sha256
    for key, path, size in jobs:
        try:
            if size >= CHUNK:
                append((key, hash_sized(path, size)))
                continue
            fd = open_(path, _OPEN_FLAGS)
            try:
                data = read(fd, size + 1)
            finally:
                close(fd)
            append((key, sha256(data).hexdigest()))
        except OSError as exc:
            append((key, _error(exc, key)))
    return out


#: ``compare_pairs`` results: a bit for each way a pair differs (0: the same).
META = 1  # mode (type included) or owner
SIZE = 2
CONTENT = 4  # same size, other bytes
RECHECK = 8  # one side is not a regular file any more: the caller looks at the pair again
READ = 16  # the contents were read (not set when the size differed, or ``--fast`` trusted mtimes)


def _pair_part(
    jobs: Sequence[tuple[str, str, str]], owner: bool, mtime_resolution: float | None
) -> list[tuple[str, int | _Error]]:
    """How each (key, live path, baseline path) pair of regular files differs (see ``META``...).

    One ``open`` and ``fstat`` per side tell type, mode, owner and size, so the walk did not need
    an ``lstat`` of each file; equal-size pairs are then read through the same descriptors."""
    out: list[tuple[str, int | _Error]] = []
    append, open_, fstat, read, close = out.append, os.open, os.fstat, os.read, os.close
    regular = stat.S_IFREG
    for key, a, b in jobs:
        fa = fb = -1
        try:
            fa = open_(a, _OPEN_FLAGS)
            sa = fstat(fa)
            fb = open_(b, _OPEN_FLAGS)
            sb = fstat(fb)
            if sa.st_mode & 0o170000 != regular or sb.st_mode & 0o170000 != regular:
                append((key, RECHECK))
                continue
            found = 0
            if sa.st_mode != sb.st_mode or (owner and (sa.st_uid != sb.st_uid or sa.st_gid != sb.st_gid)):
                found = META
            size = sa.st_size
            if size != sb.st_size:
                found |= SIZE
            elif (mtime_resolution is not None and abs(sa.st_mtime - sb.st_mtime) < mtime_resolution) or (
                sa.st_ino == sb.st_ino and sa.st_dev == sb.st_dev  # a hard-linked snapshot: one file
            ):
                pass
            elif size < CHUNK:
                found |= READ if read(fa, size + 1) == read(fb, size + 1) else READ | CONTENT
            else:
                found |= READ if same_chunks(fa, fb) else READ | CONTENT
            append((key, found))
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENXIO):  # a symlink or socket swapped in
                append((key, RECHECK))
            else:
                append((key, _error(exc, key)))
        finally:
            if fa >= 0:
                close(fa)
            if fb >= 0:
                close(fb)
    return out


def _can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def _in_child(
    run: Callable[[Sequence[J]], list[tuple[str, R | _Error]]], part: Sequence[J]
) -> tuple[int, int]:
    """Start a child process running ``part``: (its pid, the pipe end to read its results from)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no garbage collection (it would touch, and so copy, every page)
        status = 1
        try:
            gc.disable()
            os.close(r)
            data = memoryview(marshal.dumps(run(part)))
            while data:
                data = data[os.write(w, data) :]
            status = 0
        finally:
            os._exit(status)
    os.close(w)
    return pid, r


def _collect(pid: int, r: int) -> list[Any] | None:
    """A child's results (``marshal`` data); None when it failed. Closes ``r``, reaps the child."""
    chunks: list[bytes] = []
    try:
        while chunk := os.read(r, 1 << 20):
            chunks.append(chunk)
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(r)
        status = os.waitpid(pid, 0)[1]
    if status != 0:
        return None
    try:
        result = marshal.loads(b"".join(chunks))
    except (EOFError, ValueError, TypeError):
        return None
    return result if isinstance(result, list) else None


def _split(
    jobs: Sequence[J],
    run: Callable[[Sequence[J]], list[tuple[str, R | _Error]]],
    workers: int,
    meanwhile: Callable[[], None] | None,
) -> Outcome[R]:
    """Run ``jobs`` in up to ``workers`` parts: the calling process runs the first, forked children
    the others. With ``meanwhile``, the calling process runs it first and then a part half as large
    as a child's (none when it has no CPU of its own to spare: ``workers`` 1). When the jobs are too
    few to fork for, ``meanwhile`` is not called: there is nothing to overlap it with, and the
    caller's work it stands for is better left until it is really needed."""
    n = len(jobs)
    forking = _can_fork() and n >= _MIN_PER_PROCESS
    if meanwhile is None:
        weights = [1] * min(workers, n // _MIN_PER_PROCESS)
    else:
        weights = [1 if workers > 1 else 0] + [2] * max(1, min(workers - 1, n // _MIN_PER_PROCESS))
    results: list[list[tuple[str, R | _Error]]] = []
    if not forking or len(weights) <= 1:
        results.append(run(jobs))
    else:
        total, bounds, upto = sum(weights), [0], 0
        for w in weights:
            upto += w
            bounds.append(n * upto // total)
        mine, *slices = [jobs[a:b] for a, b in itertools.pairwise(bounds)]
        children: list[tuple[int, int, Sequence[J]]] = []
        try:
            for part in slices:
                pid, r = _in_child(run, part)
                children.append((pid, r, part))
            if meanwhile is not None:
                meanwhile()
            results.append(run(mine))
            while children:
                pid, r, rest = children.pop(0)
                got = _collect(pid, r)
                results.append(run(rest) if got is None else got)
        except BaseException:
            for pid, r, _ in children:  # interrupted: stop the children still running
                os.close(r)
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            raise
    out: Outcome[R] = Outcome()
    values, errors = out.values, out.errors
    for part_result in results:
        for key, value in part_result:
            if type(value) is tuple:
                errors[key] = value
            else:
                values[key] = value  # type: ignore[assignment]
    return out


def hash_files(
    jobs: Sequence[tuple[str, str, int]], workers: int, *, meanwhile: Callable[[], None] | None = None
) -> Outcome[str]:
    """sha256 of each ``(key, path, expected size)``. ``meanwhile`` runs in this process while child
    processes hash (e.g. loading the detection engine); not at all when no child is needed."""
    return _split(jobs, _hash_part, workers, meanwhile)


@dataclass(slots=True)
class PairOutcome:
    """What ``compare_pairs`` found: the pairs that differ in any way (key -> mask), the pairs that
    could not be read (key -> (path, reason)), and how many pairs had their contents read."""

    differ: dict[str, int] = field(default_factory=dict)
    errors: dict[str, tuple[str, str]] = field(default_factory=dict)
    read: int = 0

    def add(self, key: str, value: int | _Error) -> bool:
        """Record one result; True when it is a difference or an error (worth telling at once)."""
        if type(value) is tuple:
            self.errors[key] = value
            return True
        how = int(value)  # type: ignore[arg-type]
        if how & READ:
            self.read += 1
        if how & ~READ:
            self.differ[key] = how
            return True
        return False


def compare_pairs(
    jobs: Sequence[tuple[str, str, str]],
    workers: int,
    *,
    owner: bool = True,
    mtime_resolution: float | None = None,
    meanwhile: Callable[[], None] | None = None,
    on_change: Callable[[str, int], None] | None = None,
) -> PairOutcome:
    """How each ``(key, live path, baseline path)`` pair of regular files differs: a mask of
    ``META``, ``SIZE``, ``CONTENT``, ``RECHECK`` and ``READ`` (0: same type, mode, owner, size and
    bytes). ``owner``: compare uid and gid too. ``mtime_resolution`` (``--fast``): equal size and
    mtimes this close count as the same content, unread. ``meanwhile`` as for ``hash_files``.

    ``on_change(key, mask)`` is called in this process for each pair that differs, as soon as it
    is known: when the pairs are compared in child processes, all of them are, and each child
    reports its differences every ``_STREAM_CHUNK`` pairs while this process runs ``meanwhile``
    and then ``on_change`` (``webhunt diff`` scans a modified file while the rest are compared).
    Without child processes it is called once all pairs are compared."""
    run = functools.partial(_pair_part, owner=owner, mtime_resolution=mtime_resolution)
    if on_change is not None and _can_fork() and len(jobs) >= _MIN_PER_PROCESS and workers > 1:
        return _stream(jobs, run, workers, meanwhile, on_change)
    out = PairOutcome()
    done: Outcome[int] = _split(jobs, run, workers, meanwhile)
    out.errors.update(done.errors)
    for key, how in done.values.items():
        if out.add(key, how) and on_change is not None:
            on_change(key, how)
    return out


#: Pairs a streaming child compares between two reports of what differs.
_STREAM_CHUNK = 256
_FRAME = struct.Struct("<I")


def _stream(
    jobs: Sequence[tuple[str, str, str]],
    run: Callable[[Sequence[tuple[str, str, str]]], list[tuple[str, int | _Error]]],
    workers: int,
    meanwhile: Callable[[], None] | None,
    on_change: Callable[[str, int], None],
) -> PairOutcome:
    """``compare_pairs`` in ``workers`` children (this process has other work: ``meanwhile``, then
    acting on each difference as the children report it)."""
    n = len(jobs)
    parts = max(1, min(workers, n // _MIN_PER_PROCESS))
    slices = [jobs[n * i // parts : n * (i + 1) // parts] for i in range(parts)]
    out = PairOutcome()
    told: set[str] = set()

    def record(key: str, value: int | _Error) -> None:
        if out.add(key, value) and key in out.differ and key not in told:
            told.add(key)
            on_change(key, out.differ[key])

    children: dict[int, tuple[int, Sequence[tuple[str, str, str]]]] = {}  # fd -> (pid, part)
    try:
        for part in slices:
            pid, r = _streaming_child(run, part)
            children[r] = (pid, part)
        if meanwhile is not None:
            meanwhile()
        buffers = {r: bytearray() for r in children}
        tallies = dict.fromkeys(children, 0)  # pairs found the same, per child
        reading = set(children)
        while reading:
            ready, _, _ = select.select(list(reading), [], [])
            for r in ready:
                chunk = os.read(r, 1 << 16)
                if not chunk:
                    reading.discard(r)
                    continue
                buf = buffers[r]
                buf += chunk
                while len(buf) >= _FRAME.size and len(buf) >= _FRAME.size + (
                    size := _FRAME.unpack_from(buf)[0]
                ):
                    read, kept = marshal.loads(bytes(buf[_FRAME.size : _FRAME.size + size]))
                    del buf[: _FRAME.size + size]
                    out.read += read
                    tallies[r] += read
                    for key, value in kept:
                        record(key, value)
        while children:
            r, (pid, part) = children.popitem()
            os.close(r)
            if os.waitpid(pid, 0)[1] != 0 or buffers[r]:  # a child that failed: its part done here
                out.read -= tallies[r]
                result: list[tuple[str, int | _Error]] = run(part)
                for key, value in result:
                    if key not in out.differ and key not in out.errors:
                        record(key, value)
    except BaseException:
        for r, (pid, _) in children.items():  # interrupted: stop the children still running
            os.close(r)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        raise
    return out


def _streaming_child(
    run: Callable[[Sequence[tuple[str, str, str]]], list[tuple[str, int | _Error]]],
    part: Sequence[tuple[str, str, str]],
) -> tuple[int, int]:
    """Start a child comparing ``part`` and writing, every ``_STREAM_CHUNK`` pairs, a frame with the
    pairs that differ or failed and a count of the others read."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            gc.disable()
            os.close(r)
            for i in range(0, len(part), _STREAM_CHUNK):
                kept: list[tuple[str, int | _Error]] = []
                read = 0  # pairs read and found the same: counted, not sent
                for key, value in run(part[i : i + _STREAM_CHUNK]):
                    if type(value) is int and not value & ~READ:
                        read += 1 if value else 0
                    else:
                        kept.append((key, value))
                payload = marshal.dumps((read, kept))
                _write_all(w, _FRAME.pack(len(payload)) + payload)
            status = 0
        finally:
            os._exit(status)
    os.close(w)
    return pid, r


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
