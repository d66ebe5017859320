"""Compare a live web root with its baseline: every change, judged.

Content decides, never timestamps: attackers reset mtimes and restored backups have new inodes.
Files of different size have changed. Files of equal size are compared by content, in parallel
threads: byte for byte against a directory baseline (exact, and cheaper than hashing both sides, as
``diff`` does), by sha256 of the live file against the hash an archive, git revision or manifest
records. ``DiffOptions.fast`` trusts equal size *and* mtime instead (for trees the user knows were
not tampered with in that way: an attacker who resets the mtime of a same-size edit hides it).

Each path is reported at most once: as ``added``, ``deleted``, ``modified`` (content, or a symlink's
target; mode/owner differences are added to its details) or ``mode`` (type, mode or owner changed,
content equal). Directories are reported as added/deleted only when nothing below them is.

Ignore rules (``webhunt.diff.ignore``) hide data, never code: a script (by name) is always compared,
and a changed data file in an ignored directory is read (head and tail) and kept when it carries
server-side code markers.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from webhunt.detect.config_files import ExecRules, makes_executable
from webhunt.diff import assess
from webhunt.diff.assess import Assessment, Content, Detector
from webhunt.diff.hashing import compare_files, default_workers, hash_files
from webhunt.diff.ignore import DEFAULT_IGNORES, IGNORE_FILE, IgnoreRules
from webhunt.diff.metadata import (
    MIN_SYSTEMATIC,
    MetaDiff,
    Systematic,
    find_systematic,
    mode_owner_change,
    same_meta,
    symlink_retarget,
    type_change,
)
from webhunt.diff.sources import (
    DEFAULT_LIMITS,
    DirectorySource,
    Entry,
    EntryType,
    Limits,
    Source,
    hash_file,
    link_stays_inside,
    open_source,
    read_file,
)
from webhunt.errors import BaselineError, ConfigError
from webhunt.languages import in_upload_dir, language_for
from webhunt.model import (
    Change,
    ChangeKind,
    FileContext,
    FileMeta,
    Language,
    Reason,
    ScanProblem,
    Verdict,
)

_MiB = 1024 * 1024
DEFAULT_MAX_FILE_SIZE = 8 * _MiB
DEFAULT_MAX_DIFF_SIZE = 4 * _MiB
#: Changed data files in ignored directories: this much of their head and of their tail is checked
#: for code (the whole file when it is smaller than twice as much).
QUICK_READ = 256 * 1024
_CONFIG_READ = _MiB
_IGNORE_FILE_READ = _MiB

_KIND_ORDER = {ChangeKind.ADDED: 0, ChangeKind.MODIFIED: 1, ChangeKind.DELETED: 2, ChangeKind.MODE: 3}


@dataclass(frozen=True, slots=True)
class DiffOptions:
    ignore: tuple[str, ...] = ()  # gitignore-style patterns (``--ignore``)
    use_ignore_file: bool = True  # read ``.webhuntignore`` at the live root
    fast: bool = False  # trust equal size + mtime instead of hashing
    compare_owner: bool = True
    workers: int = field(default_factory=default_workers)
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # larger files: head and tail are scanned
    max_diff_size: int = DEFAULT_MAX_DIFF_SIZE  # larger files are not line-diffed
    limits: Limits = DEFAULT_LIMITS


@dataclass(frozen=True, slots=True)
class DiffResult:
    root: str
    baseline: str  # what the baseline was, for people
    changes: tuple[Change, ...]
    problems: tuple[ScanProblem, ...]
    notes: tuple[str, ...]
    entries: int  # paths compared (after ignore rules)
    files_compared: int  # files whose content was compared (byte for byte, or by hash)
    seconds: float

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind is kind)


def compare(
    live_root: str,
    baseline: str | Source,
    detector: Detector | None,
    options: DiffOptions | None = None,
) -> DiffResult:
    """Compare ``live_root`` with ``baseline`` (a spec for ``open_source``, or an opened Source)."""
    opts = options or DiffOptions()
    started = time.monotonic()
    try:
        live = DirectorySource(live_root)
    except BaselineError as exc:
        raise ConfigError(f"web root: {exc}") from None
    notes: list[str] = []
    problems: list[ScanProblem] = []
    rules = _ignore_rules(live, opts, problems, notes)
    if isinstance(baseline, Source):
        base = baseline
    else:
        tops = [rel for rel in live.entries if "/" not in rel]
        base = open_source(baseline, live_names=tops, limits=opts.limits)
    try:
        run = _Run(live, base, rules, detector, opts)
        changes = run.changes()
    finally:
        if base is not baseline:
            base.close()
    problems = [*live.problems, *problems, *run.problems, *base.problems]
    if base.prefix:
        notes.insert(0, f"archive's top-level directory {base.prefix} stripped (the live root has none)")
    if not base.has_content:
        notes.append("the baseline holds hashes only: modified files are scanned whole, without a diff")
    notes.extend(run.systematic.notes)
    return DiffResult(
        root=live.root,
        baseline=base.description,
        changes=tuple(sorted(changes, key=lambda c: (_KIND_ORDER[c.kind], c.relpath))),
        problems=tuple(problems),
        notes=tuple(notes),
        entries=run.compared,
        files_compared=run.hashed + run.read_pairs,
        seconds=time.monotonic() - started,
    )


def _ignore_rules(
    live: DirectorySource, opts: DiffOptions, problems: list[ScanProblem], notes: list[str]
) -> IgnoreRules:
    parts = [IgnoreRules.parse(DEFAULT_IGNORES), IgnoreRules.parse(opts.ignore, "--ignore")]
    entry = live.entries.get(IGNORE_FILE)
    if opts.use_ignore_file and entry is not None and entry.type is EntryType.FILE:
        path = live.path_of(IGNORE_FILE)
        try:
            text = read_file(path, _IGNORE_FILE_READ).decode("utf-8", errors="replace")
        except OSError as exc:
            problems.append(ScanProblem(path, f"cannot read ignore file: {exc.strerror}"))
        else:
            rules = IgnoreRules.parse(text.splitlines(), IGNORE_FILE)
            parts.append(rules)
            if rules.rules:
                notes.append(
                    f"{IGNORE_FILE}: {len(rules.rules)} pattern(s) applied to data files "
                    "(scripts and files with code are never ignored)"
                )
    return IgnoreRules.combine(parts)


class _ExecMap:
    """What the live tree's .htaccess/.user.ini/web.config files make executable, per directory."""

    def __init__(self, live: DirectorySource, problems: list[ScanProblem]) -> None:
        self._by_dir: dict[str, list[ExecRules]] = {}
        for rel, entry in live.entries.items():
            if not rel[-10:].lower().endswith(_CONFIG_SUFFIXES) or entry.type is not EntryType.FILE:
                continue  # cheap filter first: config files are few
            language = language_for(rel)
            if language not in assess.CONFIG_LANGUAGES:
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


#: Name endings of the configuration files (compared lower-cased).
_CONFIG_SUFFIXES = (".htaccess", ".user.ini", "web.config")

_Job = Callable[[], Change | None]
_NO_META = MetaDiff()


class _Run:
    """One comparison: classify every path, hash what must be hashed, judge the changes."""

    def __init__(
        self,
        live: DirectorySource,
        base: Source,
        rules: IgnoreRules,
        detector: Detector | None,
        opts: DiffOptions,
    ) -> None:
        self.live = live
        self.base = base
        self.rules = rules
        self.detector = detector
        self.opts = opts
        self.problems: list[ScanProblem] = []
        self.compared = 0
        self.hashed = 0  # live files hashed to compare with recorded hashes
        self.read_pairs = 0  # file pairs compared byte for byte (directory baselines)
        self.systematic = Systematic()
        self._exec = _ExecMap(live, self.problems)
        self._old_content: dict[str, bytes] = {}
        self._live_sha: dict[str, str] = {}  # digests computed while comparing

    # -- classification ---------------------------------------------------------------------------

    def changes(self) -> list[Change]:
        live, base = self.live.entries, self.base.entries
        mask, owner = self.base.mode_mask, self._compare_owner
        quick: set[str] = set()  # ignored data files: kept only if changed and carrying code
        same: list[str] = []  # same type on both sides
        differing: set[str] = set()  # ... whose mode or owner differ
        jobs: list[_Job] = []
        for rel in sorted(live.keys() | base.keys()):
            l_entry, b_entry = live.get(rel), base.get(rel)
            shown = l_entry or b_entry
            assert shown is not None
            if self.rules.ignored(rel, shown.type is EntryType.DIR):
                if shown.type is EntryType.DIR:
                    continue
                if language_for(rel) is Language.OTHER:  # a data file: kept only if it has code
                    if l_entry is None or l_entry.type is not EntryType.FILE:
                        continue
                    quick.add(rel)
            self.compared += 1
            if b_entry is None:
                assert l_entry is not None
                jobs.append(self._added_job(rel, l_entry, quick=rel in quick))
            elif l_entry is None:
                jobs.append(self._deleted_job(rel, b_entry))
            elif l_entry.type is not b_entry.type:
                jobs.append(self._type_job(rel, b_entry, l_entry, quick=rel in quick))
            else:
                same.append(rel)
                if rel not in quick and not same_meta(b_entry, l_entry, mode_mask=mask, compare_owner=owner):
                    differing.add(rel)

        if len(differing) >= MIN_SYSTEMATIC:  # fewer cannot make a mapping: skip the census
            pairs = [(base[rel], live[rel]) for rel in same if rel not in quick]
            self.systematic = find_systematic(pairs, mode_mask=mask, compare_owner=owner)
        equal = self._equal_files([rel for rel in same if live[rel].type is EntryType.FILE])
        modified_files: list[str] = []
        for rel in same:
            l_entry, b_entry = live[rel], base[rel]
            if l_entry.type is EntryType.FILE:
                state = equal.get(rel)
                if state is None:
                    continue  # unreadable: already a problem
                if not state:
                    modified_files.append(rel)
                    jobs.append(self._modified_job(rel, b_entry, l_entry, quick=rel in quick))
                    continue
            elif l_entry.type is EntryType.SYMLINK and l_entry.link_target != b_entry.link_target:
                jobs.append(self._retarget_job(rel, b_entry, l_entry))
                continue
            if rel in differing and (meta := self._meta(b_entry, l_entry)):
                jobs.append(self._mode_job(rel, meta, l_entry, b_entry))

        if self.base.prefetch and self.base.has_content:
            small = [r for r in modified_files if base[r].size <= self._diff_cap]
            self._old_content = self.base.read(small, self._diff_cap)

        results = self._run_jobs(jobs)
        return self._prune_dirs(results)

    @property
    def _compare_owner(self) -> bool:
        return self.opts.compare_owner and self.base.records_owner

    @property
    def _diff_cap(self) -> int:
        return min(self.opts.max_diff_size, self.opts.max_file_size)

    def _equal_files(self, rels: list[str]) -> dict[str, bool]:
        """rel -> whether live and baseline content are equal (missing: could not be told).

        Against a directory, equal-size files are compared byte for byte (exact, and cheaper than
        hashing both sides); against archives, git and manifests the live file's sha256 is
        compared with the recorded one."""
        live, base = self.live.entries, self.base.entries
        result: dict[str, bool] = {}
        res = self.base.mtime_resolution if self.opts.fast else None
        todo: list[str] = []
        for rel in rels:
            l_entry, b_entry = live[rel], base[rel]
            if l_entry.size != b_entry.size:
                result[rel] = False
            elif (
                res is not None
                and l_entry.mtime is not None
                and b_entry.mtime is not None
                and abs(l_entry.mtime - b_entry.mtime) < res
            ):
                result[rel] = True
            else:
                todo.append(rel)
        workers = self.opts.workers
        if isinstance(self.base, DirectorySource):
            lst, bst = self.live.stats, self.base.stats
            pairs = []
            for rel in todo:
                a, b = lst[rel], bst[rel]
                if a.st_ino == b.st_ino and a.st_dev == b.st_dev:  # hard-linked snapshot: one file
                    result[rel] = True
                else:
                    pairs.append((rel, self.live.path_of(rel), self.base.path_of(rel), live[rel].size))
            compared = compare_files(pairs, workers)
            self.read_pairs += len(compared.values)
            self._report(compared.errors)
            result.update(compared.values)
            return result
        hashed = hash_files([(rel, self.live.path_of(rel), live[rel].size) for rel in todo], workers)
        self.hashed += len(hashed.values)
        self._report(hashed.errors)
        for rel, mine in hashed.values.items():
            self._live_sha[rel] = mine
            theirs = base[rel].sha256
            result[rel] = theirs is not None and mine == theirs  # unhashed in the baseline: changed
        return result

    def _report(self, errors: dict[str, tuple[str, str]]) -> None:
        for _, (path, reason) in sorted(errors.items()):
            self.problems.append(ScanProblem(path, f"{reason}; content not compared"))

    def _meta(self, old: Entry, new: Entry) -> MetaDiff:
        mask, owner = self.base.mode_mask, self._compare_owner
        if same_meta(old, new, mode_mask=mask, compare_owner=owner):
            return _NO_META
        return mode_owner_change(
            old,
            new,
            mode_mask=self.base.mode_mask,
            compare_owner=self._compare_owner,
            language=language_for(new.relpath),
            systematic=self.systematic,
        )

    # -- jobs -------------------------------------------------------------------------------------

    def _run_jobs(self, jobs: list[_Job]) -> list[Change]:
        if not jobs:
            return []
        if self.opts.workers <= 1 or len(jobs) == 1:
            found = [job() for job in jobs]
        else:
            with ThreadPoolExecutor(self.opts.workers, thread_name_prefix="webhunt-diff") as pool:
                found = list(pool.map(lambda job: job(), jobs))
        return [c for c in found if c is not None]

    def _ctx(self, rel: str, size: int, truncated: bool = False) -> FileContext:
        return FileContext(
            relpath=rel,
            language=language_for(rel),
            size=size,
            truncated=truncated,
            in_upload_dir=in_upload_dir(rel),
            executable_by_config=self._exec.executable(rel),
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
        st = self.live.stats.get(rel)
        if st is None:
            return None
        path = self.live.path_of(rel)
        sha = self._live_sha.get(rel, "")
        if sha:
            pass
        elif content is not None and not content.truncated:
            sha = hashlib.sha256(content.data).hexdigest()
        else:
            try:
                sha = hash_file(path)
            except OSError as exc:
                self.problems.append(ScanProblem(path, f"cannot hash: {exc.strerror or exc}"))
        return FileMeta(
            path=path,
            relpath=rel,
            size=st.st_size,
            mtime=st.st_mtime,
            ctime=st.st_ctime,
            mode=st.st_mode,
            uid=st.st_uid,
            gid=st.st_gid,
            inode=st.st_ino,
            sha256=sha,
        )

    def _stat_meta(self, rel: str, sha256: str = "") -> FileMeta | None:
        """FileMeta from the walk's lstat, without reading the file."""
        st = self.live.stats.get(rel)
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

    def _added_job(self, rel: str, entry: Entry, *, quick: bool) -> _Job:
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

    def _deleted_job(self, rel: str, entry: Entry) -> _Job:
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

    def _old_bytes(self, rel: str, entry: Entry) -> tuple[bytes | None, str]:
        if not self.base.has_content:
            return None, "baseline holds hashes only: no diff"
        if entry.size > self._diff_cap:
            return None, f"too large to diff ({entry.size} bytes)"
        if rel in self._old_content:
            return self._old_content[rel], ""
        got = self.base.read([rel], self._diff_cap).get(rel)
        return got, "" if got is not None else "baseline content unreadable: no diff"

    def _modified_job(self, rel: str, old: Entry, new: Entry, *, quick: bool) -> _Job:
        def job() -> Change | None:
            if quick and not self._carries_code(rel, new.size):
                return None
            content = self._read_live(rel, new.size)
            if content is None:
                return None
            old_bytes, why = self._old_bytes(rel, old)
            if content.truncated and not why:
                old_bytes, why = None, f"too large to diff ({new.size} bytes)"
            ctx = self._ctx(rel, new.size, content.truncated)
            a = assess.assess_modified(ctx, content, old_bytes, self.detector, no_old_because=why)
            a = _with_meta(a, self._meta(old, new), ctx.language)
            return _change(ChangeKind.MODIFIED, new, a, meta=self._file_meta(rel, content), old=old)

        return job

    def _retarget_job(self, rel: str, old: Entry, new: Entry) -> _Job:
        def job() -> Change | None:
            language = language_for(rel)
            m = symlink_retarget(old, new, target_outside=self._outside(rel, new))
            a = _with_meta(Assessment(assess.judge(language, [])), m, language)
            a = _with_meta(a, self._meta(old, new), language)
            return _change(ChangeKind.MODIFIED, new, a, meta=self._stat_meta(rel), old=old)

        return job

    def _type_job(self, rel: str, old: Entry, new: Entry, *, quick: bool) -> _Job:
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

    def _mode_job(self, rel: str, m: MetaDiff, new: Entry, old: Entry) -> _Job:
        def job() -> Change | None:
            language = language_for(rel)
            a = _with_meta(Assessment(assess.judge(language, [])), m, language)
            sha = self._live_sha.get(rel) or old.sha256 or "" if new.type is EntryType.FILE else ""
            return _change(ChangeKind.MODE, new, a, meta=self._stat_meta(rel, sha), old=old)

        return job

    # -- directories ------------------------------------------------------------------------------

    @staticmethod
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


def iter_flagged(result: DiffResult) -> Iterable[Change]:
    """Changes whose verdict reaches at least LOW."""
    return (c for c in result.changes if c.verdict is not None and c.verdict.flagged)
