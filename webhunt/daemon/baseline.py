"""A web root's known-good copy, consulted one file at a time as events arrive.

The baseline is opened once (``webhunt.diff.sources.open_source``: a directory, an archive, a git
revision or a saved manifest). For each changed file the guard sends the detection worker a
``BaselineRef`` (was the file in the baseline, its hash, its bytes when they can be diffed) and the
worker judges the change exactly as ``webhunt diff`` does (``webhunt.diff.assess``): an added script,
a modified file whose inserted lines are scanned alone and in context, a configuration file that
now makes something executable.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, replace

from webhunt.diff import assess
from webhunt.diff.compare import DEFAULT_MAX_DIFF_SIZE
from webhunt.diff.sources import EntryType, Source, open_source
from webhunt.errors import BaselineError
from webhunt.model import Change, ChangeKind, FileContext, ScanResult
from webhunt.scan import read_capped, sha256_file

_CONFIG_READ = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BaselineRef:
    """What the baseline says about one path."""

    present: bool  # False: the file was added since the baseline
    sha256: str | None = None  # None: the baseline could not tell
    old: bytes | None = None  # the baseline's content, when it can be diffed
    why: str = ""  # why ``old`` is None


class Baseline:
    """One root's baseline, opened once; lookups are thread-safe."""

    def __init__(self, spec: str, root: str, *, max_diff_size: int = DEFAULT_MAX_DIFF_SIZE) -> None:
        self.spec = spec
        self.root = root
        tops = _top_names(root)
        self._source: Source = open_source(spec, live_names=tops)
        self._cap = max_diff_size
        self._lock = threading.Lock()
        self._sha: dict[str, str | None] = {}

    @property
    def description(self) -> str:
        return self._source.description

    def ref(self, relpath: str) -> BaselineRef:
        with self._lock:
            entry = self._source.entries.get(relpath)
            if entry is None or entry.type is not EntryType.FILE:
                return BaselineRef(present=False)
            sha = self._sha.get(relpath)
            if relpath not in self._sha:
                try:
                    sha = self._source.sha256(entry)
                except (OSError, BaselineError):
                    sha = None
                self._sha[relpath] = sha
            if not self._source.has_content:
                return BaselineRef(True, sha, None, "baseline holds hashes only: no diff")
            if entry.size > self._cap:
                return BaselineRef(True, sha, None, f"too large to diff ({entry.size} bytes)")
            old = self._source.read([relpath], self._cap).get(relpath)
            return BaselineRef(
                True, sha, old, "" if old is not None else "baseline content unreadable: no diff"
            )

    def deleted(self, relpath: str, ctx: FileContext) -> Change | None:
        """The change for a file deleted from the live root, judged as ``webhunt diff`` does; None
        when the baseline never had it."""
        with self._lock:
            entry = self._source.entries.get(relpath)
            if entry is None or entry.type is not EntryType.FILE:
                return None
            old: bytes | None = None
            if ctx.language in assess.CONFIG_LANGUAGES:
                old = self._source.read([relpath], _CONFIG_READ).get(relpath)
            sha = self._sha.get(relpath) or entry.sha256
            has_content = self._source.has_content
        a = assess.assess_deleted(ctx, old, has_content=has_content)
        return Change(
            kind=ChangeKind.DELETED,
            relpath=relpath,
            details=a.details,
            verdict=a.verdict,
            extra={"type": "file", "baseline": {"sha256": sha}},
        )

    def close(self) -> None:
        with self._lock:
            self._source.close()


def _top_names(root: str) -> list[str]:
    try:
        return os.listdir(root)
    except OSError:
        return []


def judge(
    detector: assess.Detector,
    path: str,
    size: int,
    ctx: FileContext,
    result: ScanResult,
    ref: BaselineRef,
    max_file_size: int,
) -> tuple[Change | None, ScanResult]:
    """In a worker: the change this file is against its baseline (None when identical), and the scan
    result with its sha256 filled in. Raises OSError when the file cannot be read."""
    data, truncated = read_capped(path, size, max_file_size)
    content = assess.Content(data, truncated)
    ctx = replace(ctx, truncated=truncated) if truncated else ctx
    sha = result.meta.sha256 or sha256_file(path)
    if sha != result.meta.sha256:
        result = replace(result, meta=replace(result.meta, sha256=sha))
    if not ref.present:
        kind, a = ChangeKind.ADDED, assess.assess_added(ctx, content, detector)
    elif ref.sha256 is not None and sha == ref.sha256:
        return None, result
    else:
        kind, a = (
            ChangeKind.MODIFIED,
            assess.assess_modified(ctx, content, ref.old, detector, no_old_because=ref.why),
        )
    change = Change(
        kind=kind,
        relpath=ctx.relpath,
        details=a.details,
        inserted=a.inserted,
        diff=a.diff,
        verdict=a.verdict,
        meta=result.meta,
        extra={"type": "file"},
    )
    return change, result
