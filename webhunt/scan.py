"""The scan orchestrator: walk -> cache -> read (capped) -> detect in parallel -> ScanResult.

Workers are processes, each building the engine once (compiled rules come from the per-version cache
file); files travel to them in batches. Unchanged files are answered from the scan cache.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from webhunt.cache import ScanCache, cache_key, verdict_from_json, verdict_to_json
from webhunt.model import FileMeta, Layer, ScanProblem, ScanResult, Verdict
from webhunt.rules import collect as collect_rules
from webhunt.settings import Settings
from webhunt.walk import Candidate, walk

if TYPE_CHECKING:  # the engine (YARA, tree-sitter) is imported when a file needs scanning
    from webhunt.detect.engine import Engine
    from webhunt.known_good import KnownGood

log = logging.getLogger(__name__)

#: Non-script files (images, text ...) are only checked for embedded code: a smaller read.
OTHER_READ_CAP = 1024 * 1024
QUICK_READ_CAP = 64 * 1024
_BATCH_FILES = 48
_BATCH_BYTES = 4 * 1024 * 1024
_HASH_CHUNK = 1024 * 1024


@dataclass(slots=True)
class ScanSummary:
    roots: list[str]
    ruleset_version: str
    results: list[ScanResult] = field(default_factory=list)  # flagged files only (score >= low)
    problems: list[ScanProblem] = field(default_factory=list)
    files_scanned: int = 0
    files_cached: int = 0
    bytes_read: int = 0
    seconds: float = 0.0
    rule_problems: tuple[str, ...] = ()
    present: set[str] = field(default_factory=set)  # every file path seen (for resolving gone files)
    known_good: int = 0  # files identical to a file of a --known-good release: judged clean
    known_good_releases: tuple[str, ...] = ()
    known_good_problems: list[ScanProblem] = field(default_factory=list)  # release files not read


def read_capped(path: str, size: int, cap: int) -> tuple[bytes, bool]:
    """The whole file, or its head and tail when it is larger than ``cap``."""
    with open(path, "rb") as fh:
        if size <= cap:
            return fh.read(cap + 1), False
        half = cap // 2
        head = fh.read(half)
        fh.seek(max(half, size - half))
        return head + b"\n" + fh.read(half), True


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def scan_one(engine: Engine, c: Candidate, max_file_size: int) -> ScanResult | ScanProblem:
    """Read, hash and detect one file. I/O errors become a ScanProblem naming the file."""
    cap = QUICK_READ_CAP if c.quick else max_file_size
    if c.ctx.language.value == "other" and not c.quick:
        cap = min(cap, OTHER_READ_CAP)
    try:
        data, truncated = read_capped(c.path, c.size, cap)
        ctx = replace(c.ctx, truncated=True) if truncated else c.ctx
        verdict = engine.detect(data, ctx)
        if not truncated:
            sha = hashlib.sha256(data).hexdigest()
        elif verdict.flagged:
            sha = sha256_file(c.path)
        else:
            sha = ""
    except OSError as exc:
        return ScanProblem(c.path, f"cannot read: {exc.strerror or exc}")
    return ScanResult(meta=_meta(c, sha), verdict=verdict, root=c.root)


def _meta(c: Candidate, sha: str) -> FileMeta:
    return FileMeta(
        path=c.path,
        relpath=c.ctx.relpath,
        size=c.size,
        mtime=c.mtime,
        ctime=c.ctime,
        mode=c.mode,
        uid=c.uid,
        gid=c.gid,
        inode=c.inode,
        sha256=sha,
    )


# -- worker processes ---------------------------------------------------------------------------

_worker_engine: Engine | None = None
_worker_cap = 0


def _init_worker(settings: Settings, disabled: frozenset[Layer]) -> None:
    global _worker_engine, _worker_cap
    if settings.nice:
        try:
            os.nice(settings.nice)
        except OSError as exc:
            log.warning("cannot lower worker priority: %s", exc)
    from webhunt.detect.engine import Engine

    _worker_engine = Engine.load(settings, disabled=disabled)
    _worker_cap = settings.max_file_size


def _scan_batch(batch: Sequence[Candidate]) -> list[ScanResult | ScanProblem]:
    assert _worker_engine is not None, "worker not initialised"
    return [scan_one(_worker_engine, c, _worker_cap) for c in batch]


def _batches(candidates: Iterable[Candidate]) -> Iterator[list[Candidate]]:
    batch: list[Candidate] = []
    size = 0
    for c in candidates:
        batch.append(c)
        size += min(c.size, _BATCH_BYTES)
        if len(batch) >= _BATCH_FILES or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# -- orchestration ------------------------------------------------------------------------------

ResultCallback = Callable[[ScanResult], None]
ProgressCallback = Callable[[int, int], None]  # (files done, files known so far)


def scan_paths(
    paths: Sequence[str],
    settings: Settings,
    *,
    engine: Engine | None = None,
    disabled: frozenset[Layer] = frozenset(),
    on_result: ResultCallback | None = None,
    progress: ProgressCallback | None = None,
    keep_clean: bool = False,
    known_good: KnownGood | None = None,
) -> ScanSummary:
    """Scan every file under ``paths``. Flagged results are kept (all results with ``keep_clean``).
    A file whose sha256 is in ``known_good`` (a release the user trusts) is judged clean."""
    started = time.monotonic()
    # The rule files are collected (and hashed: the cache key) now; the engine is built only when a
    # file needs scanning, so a re-scan answered from the cache never loads it.
    sources = collect_rules(settings.rules_dirs) if engine is None else None
    info = engine.info if engine is not None else None
    summary = ScanSummary(
        roots=[os.path.abspath(p) for p in paths],
        ruleset_version=info.ruleset_version if info else sources.version if sources else "",
        rule_problems=info.problems if info else sources.problems if sources else (),
    )
    if known_good is not None:
        summary.known_good_releases = known_good.specs
        summary.known_good_problems = list(known_good.problems)
    cache = ScanCache.open(settings.cache_dir) if settings.use_cache else None
    version = summary.ruleset_version + (":" + ",".join(sorted(disabled)) if disabled else "")

    def local_engine() -> Engine:
        nonlocal engine
        if engine is None:
            from webhunt.detect.engine import Engine

            assert sources is not None
            cache_dir = settings.cache_dir if settings.use_cache else None
            engine = Engine.from_sources(sources, cache_dir, disabled=disabled)
        return engine

    total = 0
    done = 0
    keys: dict[str, str] = {}

    def emit(result: ScanResult) -> None:
        if known_good is not None and known_good.matches(result.meta.sha256, result.meta.path):
            summary.known_good += 1
            if result.verdict.score > 0:
                result = replace(result, verdict=Verdict(result.verdict.language, (), 0, None))
        if result.verdict.score > 0 or keep_clean:
            summary.results.append(result)
        if on_result is not None:
            on_result(result)

    def uncached() -> Iterator[Candidate]:
        """Walk lazily; answer unchanged files from the cache, yield the rest to be scanned."""
        nonlocal total, done
        chunk: list[Candidate] = []

        def flush() -> Iterator[Candidate]:
            nonlocal done
            hits = cache.lookup(c.path for c in chunk) if cache else {}
            for c in chunk:
                key = cache_key(c, version)
                hit = hits.get(c.path)
                if hit is not None and hit[0] == key:
                    summary.files_cached += 1
                    done += 1
                    emit(ScanResult(meta=_meta(c, hit[1]), verdict=verdict_from_json(hit[2]), root=c.root))
                else:
                    keys[c.path] = key
                    yield c
            chunk.clear()

        for root in paths:
            for c in walk(root, ignore=settings.ignore, problems=summary.problems):
                summary.present.add(c.path)
                total += 1
                chunk.append(c)
                if len(chunk) >= 512:
                    yield from flush()
        yield from flush()

    pending_rows: list[tuple[str, str, str, str]] = []

    def collect(outcome: ScanResult | ScanProblem) -> None:
        nonlocal done
        done += 1
        if isinstance(outcome, ScanProblem):
            summary.problems.append(outcome)
            return
        summary.files_scanned += 1
        summary.bytes_read += min(outcome.meta.size, settings.max_file_size)
        emit(outcome)
        if cache is not None and not _has_engine_error(outcome.verdict):
            pending_rows.append(
                (
                    outcome.meta.path,
                    keys.pop(outcome.meta.path),
                    outcome.meta.sha256,
                    verdict_to_json(outcome.verdict),
                )
            )
            if len(pending_rows) >= 2000:
                cache.store(pending_rows)
                pending_rows.clear()

    todo = uncached()
    # a small job is done in this process: starting workers would cost more than it saves
    head = list(itertools.islice(todo, 2 * _BATCH_FILES))
    workers = max(1, settings.workers)
    if workers == 1 or len(head) < 2 * _BATCH_FILES:
        for c in itertools.chain(head, todo):
            collect(scan_one(local_engine(), c, settings.max_file_size))
            if progress and done % 64 == 0:
                progress(done, total)
    else:
        local_engine()  # a broken rule set fails here, and the workers find the compiled rules cached
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(settings, disabled)
        ) as pool:
            inflight: set[Future[list[ScanResult | ScanProblem]]] = set()
            for batch in _batches(itertools.chain(head, todo)):
                inflight.add(pool.submit(_scan_batch, batch))
                if len(inflight) >= workers * 4:
                    finished, inflight = wait(inflight, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        for outcome in fut.result():
                            collect(outcome)
                    if progress:
                        progress(done, total)
            for fut in inflight:
                for outcome in fut.result():
                    collect(outcome)
    if cache is not None:
        if pending_rows:
            cache.store(pending_rows)
        cache.close()
    if progress:
        progress(done, total)
    summary.results.sort(key=lambda r: (-r.verdict.score, r.meta.path))
    summary.seconds = time.monotonic() - started
    return summary


def _has_engine_error(v: Verdict) -> bool:
    return any(r.id.startswith("WH-ENGINE-") for r in v.reasons)
