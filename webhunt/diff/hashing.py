"""Hash or compare many files in parallel threads (file reads, hashlib and ``bytes ==`` release the
GIL or are memcmp-fast).

Files travel to the threads in batches, so the per-task overhead stays small next to reading a
typical few-kilobyte script.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from webhunt.diff.sources import hash_sized, same_content

K = TypeVar("K", bound=Hashable)
J = TypeVar("J")
R = TypeVar("R")

_BATCH = 128


@dataclass(slots=True)
class Outcome(Generic[K, R]):
    """Results per key, and the files that could not be read (key -> (path, reason))."""

    values: dict[K, R] = field(default_factory=dict)
    errors: dict[K, tuple[str, str]] = field(default_factory=dict)


def default_workers() -> int:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(8, (cpus or 1) + 1))


def _batched(jobs: Sequence[tuple[K, J]], one: Callable[[J], R], workers: int) -> Outcome[K, R]:
    out: Outcome[K, R] = Outcome()

    def run(batch: Sequence[tuple[K, J]]) -> list[tuple[K, R | None, tuple[str, str] | None]]:
        done: list[tuple[K, R | None, tuple[str, str] | None]] = []
        for key, job in batch:
            try:
                done.append((key, one(job), None))
            except OSError as exc:
                done.append((key, None, (str(exc.filename or key), f"cannot read: {exc.strerror or exc}")))
        return done

    batches = [jobs[i : i + _BATCH] for i in range(0, len(jobs), _BATCH)]
    if workers <= 1 or len(batches) <= 1:
        results = list(map(run, batches))
    else:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="webhunt-hash") as pool:
            results = list(pool.map(run, batches))
    for batch in results:
        for key, value, error in batch:
            if error is not None:
                out.errors[key] = error
            else:
                assert value is not None
                out.values[key] = value
    return out


def hash_files(jobs: Sequence[tuple[K, str, int]], workers: int) -> Outcome[K, str]:
    """sha256 of each ``(key, path, expected size)``."""
    return _batched([(k, (p, n)) for k, p, n in jobs], lambda j: hash_sized(*j), workers)


def compare_files(jobs: Sequence[tuple[K, str, str, int]], workers: int) -> Outcome[K, bool]:
    """Whether each ``(key, path a, path b, size)`` pair holds the same bytes."""
    return _batched([(k, (a, b, n)) for k, a, b, n in jobs], lambda j: same_content(*j), workers)
