"""Judge the changes a comparison found: read them, diff them, scan them, build ``Change`` records.

``webhunt.diff.compare`` sorts the paths into a ``Plan``; only the changed ones come here, each as
one job run in a thread pool (reading files and YARA release the GIL). The reasons come from
``webhunt.diff.assess`` (content) and ``webhunt.diff.metadata`` (type, mode, owner, symlinks). This
module, and through it the detector's helpers, is imported only when there is a change to judge.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from webhunt.detect.config_files import ExecRules, makes_executable
from webhunt.diff import assess
from webhunt.diff.assess import Assessment, Content, Detector
from webhunt.diff.compare import QUICK_READ
from webhunt.diff.metadata import (
    MetaDiff,
    Systematic,
    mode_owner_change,
    same_meta,
    symlink_retarget,
    type_change,
)
from webhunt.diff.sources import (
    DirectorySource,
    Entry,
    EntryType,
    Source,
    hash_file,
    link_stays_inside,
    read_file,
)
from webhunt.languages import in_upload_dir, language_for
from webhunt.model import Change, ChangeKind, FileContext, FileMeta, Language, Reason, ScanProblem, Verdict

if TYPE_CHECKING:
    from webhunt.diff.compare import DiffOptions, Plan

_MiB = 1024 * 1024
_CONFIG_READ = _MiB
#: Name endings of the configuration files (compared lower-cased).
_CONFIG_SUFFIXES = (".htaccess", ".user.ini", "web.config")

_Job = Callable[[], Change | None]
_NO_META = MetaDiff()


class Ahead:
    """Modified files assessed while the comparison still runs: ``compare`` calls this with each
    file whose contents differ as child processes find it, so the costly part of judging it (diff,
    detection) is done before the plan is whole; ``judge`` then adds what needs the whole plan
    (mode and owner mappings) and builds the record."""

    def __init__(self, live: DirectorySource, base: Source, detector: Detector, opts: DiffOptions) -> None:
        self.judge = _Judge(live, base, detector, opts)

    def __call__(self, rel: str) -> None:
        self.judge.assess_ahead(rel)


def judge(
    plan: Plan,
    live: DirectorySource,
    base: Source,
    detector: Detector | None,
    opts: DiffOptions,
    *,
    ahead: Ahead | None = None,
) -> tuple[list[Change], list[ScanProblem]]:
    """The change records of ``plan`` (directories implied by a change below them left out), and
    the files that could not be read on the way. ``ahead`` holds assessments made while the
    comparison ran."""
    j = ahead.judge if ahead is not None else _Judge(live, base, detector, opts)
    j.systematic = plan.systematic
    j.live_sha = plan.live_sha
    jobs: list[_Job] = []
    # a path gone since the walk has no entry (its source recorded the problem): nothing to judge
    now, was = live.entries.get, base.entries.get
    for rel in plan.added:
        if new := now(rel):
            jobs.append(j.added(rel, new, quick=rel in plan.quick))
    for rel in plan.deleted:
        if old := was(rel):
            jobs.append(j.deleted(rel, old))
    for rel in plan.retyped:
        if (old := was(rel)) and (new := now(rel)):
            jobs.append(j.retyped(rel, old, new, quick=rel in plan.quick))
    for rel in plan.modified:
        if (old := was(rel)) and (new := now(rel)):
            jobs.append(j.modified(rel, old, new, quick=rel in plan.quick))
    for rel in plan.retargeted:
        if (old := was(rel)) and (new := now(rel)):
            jobs.append(j.retargeted(rel, old, new))
    changed = {*plan.modified, *plan.retargeted, *plan.unreadable}
    for rel in plan.meta:
        if rel not in changed and (old := was(rel)) and (new := now(rel)) and (meta := j.meta(old, new)):
            jobs.append(j.mode(rel, meta, new, old))
    if base.prefetch and base.has_content:
        small = [r for r in plan.modified if base.entries[r].size <= j.diff_cap]
        j.old_content = base.read(small, j.diff_cap)
    return _prune_dirs(j.run(jobs)), j.problems


class _ExecMap:
    """What the live tree's .htaccess/.user.ini/web.config files make executable, per directory."""

    def __init__(self, live: DirectorySource, problems: list[ScanProblem]) -> None:
        self._by_dir: dict[str, list[ExecRules]] = {}
        for rel in live.paths:
            if not rel[-10:].lower().endswith(_CONFIG_SUFFIXES):
                continue  # cheap filter first: config files are few
            language = language_for(rel)
            if language not in assess.CONFIG_LANGUAGES or live.entries[rel].type is not EntryType.FILE:
                continue
            try:
                data = read_file(live.path_of(rel), _CONFIG_READ)
            except OSError as exc:
                problems.append(ScanProblem(live.path_of(rel), f"cannot read: {exc.strerror}"))
                continue
            rules = assess.exec_rules(language, data)
            if rules is not None:
                parent = rel.rsplit("/", 1)[0] if "/" in rel else ""
                self._by_dir.setdefault(parent, []).append(rules)

    def executable(self, relpath: str) -> bool:
        if not self._by_dir:
            return False
        parts = relpath.split("/")
        name = parts[-1]
        for i in range(len(parts)):
            for rules in self._by_dir.get("/".join(parts[:i]), ()):
                if makes_executable(rules, name):
                    return True
        return False


class _Judge:
    """Builds one job per changed path; the jobs share the live tree's config map and the digests
    computed while comparing."""

    def __init__(
        self, live: DirectorySource, base: Source, detector: Detector | None, opts: DiffOptions
    ) -> None:
        self.live = live
        self.base = base
        self.detector = detector
        self.opts = opts
        self.systematic = Systematic()  # the plan's, once it is whole
        self.live_sha: dict[str, str] = {}  # the plan's: live digests computed while comparing
        self.problems: list[ScanProblem] = []
        self.old_content: dict[str, bytes] = {}
        self.diff_cap = min(opts.max_diff_size, opts.max_file_size)
        #: modified files assessed ahead (``Ahead``); None: their content could not be read
        self._ahead: dict[str, tuple[Content, Language, Assessment] | None] = {}
        self._owner = opts.compare_owner and base.records_owner
        self._exec_map: _ExecMap | None = None
        self._exec_lock = threading.Lock()

    def run(self, jobs: list[_Job]) -> list[Change]:
        if not jobs:
            return []
        if self.opts.workers <= 1 or len(jobs) == 1:
            found = [job() for job in jobs]
        else:
            with ThreadPoolExecutor(self.opts.workers, thread_name_prefix="webhunt-diff") as pool:
                found = list(pool.map(lambda job: job(), jobs))
        return [c for c in found if c is not None]

    # -- helpers ----------------------------------------------------------------------------------

    def _exec(self) -> _ExecMap:
        with self._exec_lock:
            if self._exec_map is None:
                self._exec_map = _ExecMap(self.live, self.problems)
            return self._exec_map

    def meta(self, old: Entry, new: Entry) -> MetaDiff:
        mask = self.base.mode_mask
        if same_meta(old, new, mode_mask=mask, compare_owner=self._owner):
            return _NO_META
        return mode_owner_change(
            old,
            new,
            mode_mask=mask,
            compare_owner=self._owner,
            language=language_for(new.relpath),
            systematic=self.systematic,
        )

    def _ctx(self, rel: str, size: int, truncated: bool = False) -> FileContext:
        return FileContext(
            relpath=rel,
            language=language_for(rel),
            size=size,
            truncated=truncated,
            in_upload_dir=in_upload_dir(rel),
            executable_by_config=self._exec().executable(rel),
        )

    def _read_live(self, rel: str, size: int) -> Content | None:
        path = self.live.path_of(rel)
        cap = self.opts.max_file_size
        try:
            if size <= cap:
                return Content(read_file(path, cap + 1)[:cap])
            return Content(_head_tail(path, size, cap), truncated=True)
        except OSError as exc:
            self.problems.append(ScanProblem(path, f"cannot read: {exc.strerror or exc}"))
            return None

    def _file_meta(self, rel: str, content: Content | None) -> FileMeta | None:
        sha = self.live_sha.get(rel, "")
        if sha:
            pass
        elif content is not None and not content.truncated:
            sha = hashlib.sha256(content.data).hexdigest()
        elif rel in self.live.kinds:
            path = self.live.path_of(rel)
            try:
                sha = hash_file(path)
            except OSError as exc:
                self.problems.append(ScanProblem(path, f"cannot hash: {exc.strerror or exc}"))
        return self._stat_meta(rel, sha)

    def _stat_meta(self, rel: str, sha256: str = "") -> FileMeta | None:
        """FileMeta from the path's lstat, without reading the file."""
        st = self.live.stat_of(rel)
        if st is None:
            return None
        return FileMeta(
            path=self.live.path_of(rel),
            relpath=rel,
            size=st.st_size,
            mtime=st.st_mtime,
            ctime=st.st_ctime,
            mode=st.st_mode,
            uid=st.st_uid,
            gid=st.st_gid,
            inode=st.st_ino,
            sha256=sha256,
        )

    def _outside(self, rel: str, entry: Entry) -> bool:
        target = entry.link_target or ""
        return not any(
            link_stays_inside(self.live.entries, rel, target, root=root)
            for root in {self.live.root, os.path.realpath(self.live.root)}
        )

    def _carries_code(self, rel: str, size: int) -> bool:
        path = self.live.path_of(rel)
        try:
            data = (
                _head_tail(path, size, 2 * QUICK_READ) if size > 2 * QUICK_READ else read_file(path, size + 1)
            )
        except OSError as exc:
            self.problems.append(ScanProblem(path, f"cannot read: {exc.strerror or exc}"))
            return False
        return assess.embedded_code(data) is not None

    def _old_bytes(self, rel: str, entry: Entry) -> tuple[bytes | None, str]:
        if not self.base.has_content:
            return None, "baseline holds hashes only: no diff"
        if entry.size > self.diff_cap:
            return None, f"too large to diff ({entry.size} bytes)"
        if rel in self.old_content:
            return self.old_content[rel], ""
        got = self.base.read([rel], self.diff_cap).get(rel)
        return got, "" if got is not None else "baseline content unreadable: no diff"

    # -- jobs -------------------------------------------------------------------------------------

    def added(self, rel: str, entry: Entry, *, quick: bool) -> _Job:
        def job() -> Change | None:
            language = language_for(rel)
            if entry.type is EntryType.FILE:
                if quick and not self._carries_code(rel, entry.size):
                    return None
                content = self._read_live(rel, entry.size)
                if content is None:
                    return None
                ctx = self._ctx(rel, entry.size, content.truncated)
                a = assess.assess_added(ctx, content, self.detector)
                return _change(ChangeKind.ADDED, entry, a, meta=self._file_meta(rel, content))
            if entry.type is EntryType.SYMLINK:
                target = entry.link_target or ""
                a = assess.assess_added_symlink(language, target, outside=self._outside(rel, entry))
                return _change(ChangeKind.ADDED, entry, a, meta=self._stat_meta(rel))
            if entry.type is EntryType.DIR:
                return _change(ChangeKind.ADDED, entry, _plain(language, "directory added"))
            return _change(ChangeKind.ADDED, entry, assess.assess_added_special(language))

        return job

    def deleted(self, rel: str, entry: Entry) -> _Job:
        def job() -> Change | None:
            language = language_for(rel)
            if entry.type is EntryType.DIR:
                return _change(ChangeKind.DELETED, entry, _plain(language, "directory deleted"), old=entry)
            old: bytes | None = None
            if language in assess.CONFIG_LANGUAGES and entry.type is EntryType.FILE:
                old = self.base.read([rel], _CONFIG_READ).get(rel)
            ctx = self._ctx(rel, entry.size)
            a = assess.assess_deleted(ctx, old, has_content=self.base.has_content)
            return _change(ChangeKind.DELETED, entry, a, old=entry)

        return job

    def assess_ahead(self, rel: str) -> None:
        """Assess the contents of the modified file ``rel`` now (see ``Ahead``)."""
        old, new = self.base.entries.get(rel), self.live.entries.get(rel)
        if old is not None and new is not None and old.type is new.type is EntryType.FILE:
            self._ahead[rel] = self._assess_modified(rel, old, new)

    def _assess_modified(
        self, rel: str, old: Entry, new: Entry
    ) -> tuple[Content, Language, Assessment] | None:
        content = self._read_live(rel, new.size)
        if content is None:
            return None
        old_bytes, why = self._old_bytes(rel, old)
        if content.truncated and not why:
            old_bytes, why = None, f"too large to diff ({new.size} bytes)"
        ctx = self._ctx(rel, new.size, content.truncated)
        a = assess.assess_modified(ctx, content, old_bytes, self.detector, no_old_because=why)
        return content, ctx.language, a

    def modified(self, rel: str, old: Entry, new: Entry, *, quick: bool) -> _Job:
        def job() -> Change | None:
            if quick and not self._carries_code(rel, new.size):
                return None
            found = self._ahead.pop(rel) if rel in self._ahead else self._assess_modified(rel, old, new)
            if found is None:
                return None
            content, language, a = found
            a = _with_meta(a, self.meta(old, new), language)
            return _change(ChangeKind.MODIFIED, new, a, meta=self._file_meta(rel, content), old=old)

        return job

    def retargeted(self, rel: str, old: Entry, new: Entry) -> _Job:
        def job() -> Change | None:
            language = language_for(rel)
            m = symlink_retarget(old, new, target_outside=self._outside(rel, new))
            a = _with_meta(Assessment(assess.judge(language, [])), m, language)
            a = _with_meta(a, self.meta(old, new), language)
            return _change(ChangeKind.MODIFIED, new, a, meta=self._stat_meta(rel), old=old)

        return job

    def retyped(self, rel: str, old: Entry, new: Entry, *, quick: bool) -> _Job:
        def job() -> Change | None:
            if quick and not self._carries_code(rel, new.size):
                return None
            language = language_for(rel)
            outside = new.type is EntryType.SYMLINK and self._outside(rel, new)
            m = type_change(old, new, target_outside=outside)
            base = Assessment(assess.judge(language, []))
            meta: FileMeta | None = self._stat_meta(rel)
            if new.type is EntryType.FILE:
                content = self._read_live(rel, new.size)
                if content is not None:
                    ctx = self._ctx(rel, new.size, content.truncated)
                    base = assess.assess_added(ctx, content, self.detector)
                    meta = self._file_meta(rel, content)
            a = _with_meta(base, m, language)
            return _change(ChangeKind.MODE, new, a, meta=meta, old=old)

        return job

    def mode(self, rel: str, m: MetaDiff, new: Entry, old: Entry) -> _Job:
        def job() -> Change | None:
            language = language_for(rel)
            a = _with_meta(Assessment(assess.judge(language, [])), m, language)
            sha = self.live_sha.get(rel) or old.sha256 or "" if new.type is EntryType.FILE else ""
            return _change(ChangeKind.MODE, new, a, meta=self._stat_meta(rel, sha), old=old)

        return job


def _prune_dirs(changes: list[Change]) -> list[Change]:
    """Drop added/deleted directories that have an added/deleted entry below them."""
    below: dict[ChangeKind, set[str]] = {ChangeKind.ADDED: set(), ChangeKind.DELETED: set()}
    for c in changes:
        if c.kind in below:
            parts = c.relpath.split("/")
            for i in range(1, len(parts)):
                below[c.kind].add("/".join(parts[:i]))
    return [
        c
        for c in changes
        if not (c.kind in below and c.extra.get("type") == "dir" and c.relpath in below[c.kind])
    ]


def _head_tail(path: str, size: int, cap: int) -> bytes:
    half = cap // 2
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as fh:
        head = fh.read(half)
        fh.seek(max(half, size - half))
        return head + b"\n" + fh.read(half)


def _plain(language: Language, detail: str) -> Assessment:
    return Assessment(assess.judge(language, []), (detail,))


def _with_meta(a: Assessment, m: MetaDiff, language: Language) -> Assessment:
    if not m:
        return a
    reasons: list[Reason] = [*a.verdict.reasons, *m.reasons]
    return Assessment(
        verdict=assess.judge(language, reasons),
        details=(*m.details, *a.details),
        inserted=a.inserted,
        diff=a.diff,
    )


def _entry_dict(e: Entry) -> dict[str, Any]:
    d: dict[str, Any] = {"type": e.type.value, "size": e.size}
    if e.mode is not None:
        d["mode"] = f"{e.mode:04o}"
    if e.uid is not None:
        d["uid"] = e.uid
    if e.gid is not None:
        d["gid"] = e.gid
    if e.sha256 is not None:
        d["sha256"] = e.sha256
    if e.link_target is not None:
        d["link_target"] = e.link_target
    return d


def _change(
    kind: ChangeKind,
    entry: Entry,
    a: Assessment,
    *,
    meta: FileMeta | None = None,
    old: Entry | None = None,
) -> Change:
    """``entry`` is the live entry (the baseline's for deletions); ``old`` the baseline's."""
    extra: dict[str, Any] = {"type": entry.type.value}
    if entry.link_target is not None and kind is not ChangeKind.DELETED:
        extra["link_target"] = entry.link_target
    if old is not None:
        extra["baseline"] = _entry_dict(old)
    verdict: Verdict = a.verdict
    return Change(
        kind=kind,
        relpath=entry.relpath,
        details=a.details,
        inserted=a.inserted,
        diff=a.diff,
        verdict=verdict,
        meta=meta,
        extra=extra,
    )
