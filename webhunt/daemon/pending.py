"""The guard's work list: paths waiting to be looked at, deduplicated, each with the time it is due.

An event storm (a deploy writing 10,000 files, each producing create/modify/close events) becomes at
most one entry per path: memory is bounded by the number of distinct paths, never by the number of
events, and ``max_size`` caps even that (``add`` then refuses and the caller falls back to a
reconcile scan, as after a kernel queue overflow).

Debounce: an entry is due ``quiet`` seconds after the last write, so a file being written is scanned
once it is complete; a close-after-write makes it due at once. ``max_wait`` bounds the delay for a
file that is written to without pause. A path being scanned when a new event arrives is queued again
when its scan finishes, never scanned twice at the same time.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(slots=True)
class _Entry:
    due: float  # when the path may be taken
    deadline: float  # debounce never delays past this
    heap_due: float  # the due time of this path's live heap item


class PendingSet:
    def __init__(
        self,
        max_size: int,
        *,
        max_wait: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max = max_size
        self._max_wait = max_wait
        self._clock = clock
        self._cond = threading.Condition()
        self._entries: dict[str, _Entry] = {}
        self._heap: list[tuple[float, int, str]] = []
        self._seq = itertools.count()
        self._inflight: set[str] = set()
        self._again: dict[str, float] = {}  # in-flight paths touched again: path -> quiet
        self._closed = False

    def __len__(self) -> int:
        with self._cond:
            return len(self._entries) + len(self._again)

    @property
    def busy(self) -> int:
        """Paths waiting or being looked at."""
        with self._cond:
            return len(self._entries) + len(self._inflight)

    def add(self, path: str, quiet: float = 0.0) -> bool:
        """Queue ``path``, due ``quiet`` seconds from now (0: at once). False when the set is full."""
        with self._cond:
            if path in self._inflight:
                prev = self._again.get(path)
                if prev is None and len(self._entries) + len(self._again) >= self._max:
                    return False
                self._again[path] = quiet if prev is None else min(prev, quiet)
                return True
            return self._add_locked(path, quiet)

    def _add_locked(self, path: str, quiet: float) -> bool:
        now = self._clock()
        e = self._entries.get(path)
        if e is None:
            if len(self._entries) + len(self._again) >= self._max:
                return False
            due = now + quiet
            self._entries[path] = _Entry(due, now + self._max_wait, due)
            self._push(due, path)
            return True
        e.due = now if quiet <= 0 else min(max(e.due, now + quiet), e.deadline)
        if e.due < e.heap_due:
            e.heap_due = e.due
            self._push(e.due, path)
        return True

    def _push(self, due: float, path: str) -> None:
        heapq.heappush(self._heap, (due, next(self._seq), path))
        if len(self._heap) > 2 * len(self._entries) + 1024:
            self._heap = [(e.heap_due, next(self._seq), p) for p, e in self._entries.items()]
            heapq.heapify(self._heap)
        self._cond.notify()

    def take(self, timeout: float | None = None) -> str | None:
        """The next due path (now marked in flight; call ``done``), or None on timeout or close."""
        end = None if timeout is None else self._clock() + timeout
        with self._cond:
            while not self._closed:
                head = self._head()
                now = self._clock()
                if head is not None and head[0] <= now:
                    heapq.heappop(self._heap)
                    path = head[2]
                    del self._entries[path]
                    self._inflight.add(path)
                    return path
                wait = None if head is None else head[0] - now
                if end is not None:
                    left = end - now
                    if left <= 0:
                        return None
                    wait = left if wait is None else min(wait, left)
                self._cond.wait(wait)
            return None

    def _head(self) -> tuple[float, int, str] | None:
        """The live heap item that is due first (stale and postponed items are settled here)."""
        while self._heap:
            due, _, path = self._heap[0]
            e = self._entries.get(path)
            if e is None or due != e.heap_due:
                heapq.heappop(self._heap)  # superseded by an earlier item for the same path
                continue
            if e.due > due:  # debounce moved it later: re-queue once at the new time
                heapq.heappop(self._heap)
                e.heap_due = e.due
                heapq.heappush(self._heap, (e.due, next(self._seq), path))
                continue
            return self._heap[0]
        return None

    def done(self, path: str) -> None:
        """``path`` was looked at; if it changed meanwhile it is queued again."""
        with self._cond:
            self._inflight.discard(path)
            quiet = self._again.pop(path, None)
            if quiet is not None:
                self._add_locked(path, quiet)
            self._cond.notify_all()

    def clear(self) -> int:
        """Drop every waiting path (a reconcile scan covers them); how many were dropped."""
        with self._cond:
            n = len(self._entries) + len(self._again)
            self._entries.clear()
            self._again.clear()
            self._heap.clear()
            return n

    def wait_idle(self, timeout: float) -> bool:
        """Block until nothing waits or is in flight; False on timeout."""
        end = self._clock() + timeout
        with self._cond:
            while self._entries or self._inflight or self._again:
                left = end - self._clock()
                if left <= 0 or self._closed:
                    return False
                self._cond.wait(min(left, 0.05))
            return True

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Wake every taker; ``take`` returns None from now on."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
