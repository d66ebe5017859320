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

This module finds *what* changed, cheaply: both trees are walked at once, paths are matched with
set operations, and type, mode, owner and size are read from the walk's ``lstat`` results; only the
few changed paths go on to ``webhunt.diff.judge`` (imported then), which reads them, diffs them,
runs the detector and builds the ``Change`` records.
"""

from __future__ import annotations

import functools
import os
import stat
import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from webhunt.diff.hashing import (
    CONTENT,
    META,
    RECHECK,
    SIZE,
    compare_pairs,
    default_workers,
    hash_files,
)
from webhunt.diff.ignore import DEFAULT_IGNORES, IGNORE_FILE, IgnoreRules
from webhunt.diff.metadata import MIN_SYSTEMATIC, Systematic, find_systematic
from webhunt.diff.sources import (
    DEFAULT_LIMITS,
    DirectorySource,
    EntryType,
    Limits,
    Source,
    entry_type,
    open_source,
    read_file,
    same_content,
)
from webhunt.errors import BaselineError, ConfigError
from webhunt.languages import language_for
from webhunt.model import Change, ChangeKind, Language, ScanProblem

if TYPE_CHECKING:
    from webhunt.diff.assess import Detector
    from webhunt.diff.judge import Ahead

_MiB = 1024 * 1024
DEFAULT_MAX_FILE_SIZE = 8 * _MiB
DEFAULT_MAX_DIFF_SIZE = 4 * _MiB
#: Changed data files in ignored directories: this much of their head and of their tail is checked
#: for code (the whole file when it is smaller than twice as much).
QUICK_READ = 256 * 1024
_IGNORE_FILE_READ = _MiB

_KIND_ORDER = {ChangeKind.ADDED: 0, ChangeKind.MODIFIED: 1, ChangeKind.DELETED: 2, ChangeKind.MODE: 3}
_S_IFMT = 0o170000
_S_IFREG = stat.S_IFREG
_S_IFLNK = stat.S_IFLNK
_S_IFDIR = stat.S_IFDIR


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
    #: Where live files' digests are remembered between runs (``webhunt.diff.digests``); None: hash all.
    digest_dir: Path | None = None


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
    files_remembered: int = 0  # of those, files whose digest was remembered from an earlier run

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind is kind)


@dataclass(slots=True)
class Plan:
    """The changed paths, sorted into what each needs judging for (see ``webhunt.diff.judge``)."""

    added: list[str] = field(default_factory=list)  # only in the live tree
    deleted: list[str] = field(default_factory=list)  # only in the baseline
    retyped: list[str] = field(default_factory=list)  # e.g. a file replaced by a symlink
    modified: list[str] = field(default_factory=list)  # files whose content differs
    retargeted: list[str] = field(default_factory=list)  # symlinks whose target differs
    meta: list[str] = field(default_factory=list)  # same content, mode or owner differs
    quick: set[str] = field(default_factory=set)  # ignored data files: kept only if they carry code
    unreadable: set[str] = field(default_factory=set)  # files whose contents could not be compared
    systematic: Systematic = field(default_factory=Systematic)
    live_sha: dict[str, str] = field(default_factory=dict)  # live digests computed while comparing

    def __bool__(self) -> bool:
        return bool(
            self.added or self.deleted or self.retyped or self.modified or self.retargeted or self.meta
        )


def compare(
    live_root: str,
    baseline: str | Source,
    detector: Detector | None,
    options: DiffOptions | None = None,
    *,
    prepare: Callable[[frozenset[Language]], None] | None = None,
) -> DiffResult:
    """Compare ``live_root`` with ``baseline`` (a spec for ``open_source``, or an opened Source).

    ``detector`` is called only for changed files, so a detector that loads lazily is never loaded
    when nothing changed. ``prepare`` (getting such a detector ready for files of the languages it
    is given: those of the live tree) is called at most once, when the walks show a file to scan
    (added or retyped; against an archive, git or a manifest also a file of another size) and child
    processes compare the contents of the other files meanwhile; with too few files to compare for
    a child process, it is not called (the detector gets ready when first used, if ever).
    Against a directory, each file whose contents differ is diffed and scanned as soon as the
    children report it, while they compare the rest (``webhunt.diff.judge.Ahead``)."""
    opts = options or DiffOptions()
    started = time.monotonic()
    live, base = _open_both(live_root, baseline, opts.limits)
    notes: list[str] = []
    problems: list[ScanProblem] = []
    try:
        rules = _ignore_rules(live, opts, problems, notes)
        run = _Run(live, base, rules, opts)
        ahead = _Ahead(live, base, detector, opts) if detector is not None else None
        plan = run.plan(prepare if detector is not None else None, ahead)
        changes: list[Change] = []
        if plan:
            from webhunt.diff.judge import judge

            made = ahead.made if ahead is not None else None
            changes, judged_problems = judge(plan, live, base, detector, opts, ahead=made)
            run.problems.extend(judged_problems)
    finally:
        if base is not baseline:
            base.close()
    problems = [*live.problems, *problems, *run.problems, *base.problems]
    if base.prefix:
        notes.insert(0, f"archive's top-level directory {base.prefix} stripped (the live root has none)")
    if not base.has_content:
        notes.append("the baseline holds hashes only: modified files are scanned whole, without a diff")
    notes.extend(plan.systematic.notes)
    return DiffResult(
        root=live.root,
        baseline=base.description,
        changes=tuple(sorted(changes, key=lambda c: (_KIND_ORDER[c.kind], c.relpath))),
        problems=tuple(problems),
        notes=tuple(notes),
        entries=run.compared,
        files_compared=run.hashed + run.remembered + run.read_pairs,
        seconds=time.monotonic() - started,
        files_remembered=run.remembered,
    )


class _Ahead:
    """Hands each modified file to ``webhunt.diff.judge.Ahead`` as the comparison finds it (the
    judging module imported then: a diff with nothing changed never imports it)."""

    def __init__(self, live: DirectorySource, base: Source, detector: Detector, opts: DiffOptions) -> None:
        self._args = (live, base, detector, opts)
        self.made: Ahead | None = None

    def __call__(self, rel: str) -> None:
        if self.made is None:
            from webhunt.diff.judge import Ahead

            self.made = Ahead(*self._args)
        self.made(rel)


def _open_both(live_root: str, baseline: str | Source, limits: Limits) -> tuple[DirectorySource, Source]:
    """The live tree, then the baseline (an unusable web root is named first).

    One after the other on purpose: both walks are mostly short system calls, which two threads
    cannot overlap under the GIL (they only add hand-over costs). Against a directory, neither walk
    takes an ``lstat`` of regular files: the comparison opens them anyway (``compare_pairs``)."""
    pairwise = isinstance(baseline, DirectorySource) or (
        isinstance(baseline, str) and os.path.isdir(baseline)
    )
    live = _open_live(live_root, stat_files=not pairwise)
    if isinstance(baseline, Source):
        return live, baseline
    if pairwise:
        return live, DirectorySource(baseline, stat_files=False)
    tops = [rel for rel in live.paths if "/" not in rel]
    return live, open_source(baseline, live_names=tops, limits=limits)


def _open_live(live_root: str, *, stat_files: bool) -> DirectorySource:
    try:
        return DirectorySource(live_root, stat_files=stat_files)
    except BaselineError as exc:
        raise ConfigError(f"web root: {exc}") from None


def _ignore_rules(
    live: DirectorySource, opts: DiffOptions, problems: list[ScanProblem], notes: list[str]
) -> IgnoreRules:
    parts = [IgnoreRules.parse(DEFAULT_IGNORES), IgnoreRules.parse(opts.ignore, "--ignore")]
    if opts.use_ignore_file and live.kinds.get(IGNORE_FILE) == _S_IFREG:
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


@dataclass(slots=True)
class _Sorting:
    """The live paths sorted by what the lstat results and the baseline's records tell."""

    added: list[str] = field(default_factory=list)
    retyped: list[str] = field(default_factory=list)
    differing: list[str] = field(default_factory=list)  # same type, mode or owner differs
    same_size: list[str] = field(default_factory=list)  # regular files of equal size: contents decide
    resized: list[str] = field(default_factory=list)  # regular files whose size changed
    links: list[str] = field(default_factory=list)  # symlinks on both sides: targets decide
    pairs: list[str] = field(default_factory=list)  # regular files on both sides, not yet looked at

    def drop(self, paths: set[str]) -> None:
        """Leave ``paths`` out of every list."""

        def kept(rels: list[str]) -> list[str]:
            return [rel for rel in rels if rel not in paths]

        self.added, self.retyped, self.differing = kept(self.added), kept(self.retyped), kept(self.differing)
        self.same_size, self.resized, self.links = kept(self.same_size), kept(self.resized), kept(self.links)
        self.pairs = kept(self.pairs)


class _Run:
    """One comparison: sort every path into unchanged or a kind of change, reading only what must be
    read (the contents of equal-size files)."""

    def __init__(self, live: DirectorySource, base: Source, rules: IgnoreRules, opts: DiffOptions) -> None:
        self.live = live
        self.base = base
        self.rules = rules
        self.opts = opts
        self.problems: list[ScanProblem] = []
        self.compared = 0
        self.hashed = 0  # live files hashed to compare with recorded hashes
        self.remembered = 0  # live files whose digest an earlier run remembered (``digest_dir``)
        self.read_pairs = 0  # file pairs compared byte for byte (directory baselines)
        self._owner = opts.compare_owner and base.records_owner

    def plan(
        self,
        prepare: Callable[[frozenset[Language]], None] | None = None,
        modified: Callable[[str], None] | None = None,
    ) -> Plan:
        """Sort every path into unchanged or a kind of change. ``prepare`` as for ``compare``;
        ``modified(rel)`` is told of files whose contents differ as soon as the comparison finds
        them (against a directory; otherwise not at all)."""
        live_paths, base_paths = self.live.paths, self.base.paths
        deleted = base_paths - live_paths
        skip, quick = self._ignored(deleted)
        self.compared = len(live_paths) + len(deleted) - len(skip)
        p = Plan(deleted=sorted(deleted - skip if skip else deleted), quick=quick)
        sort = _Sorting()
        pairwise = isinstance(self.base, DirectorySource)
        if pairwise:
            self._sort_kinds(sort)
        else:
            self._sort_entries(sort)
        if skip:
            sort.drop(skip)
        kinds = self.live.kinds
        known = [rel for rel in (*sort.added, *sort.retyped) if kinds[rel] == _S_IFREG] + sort.resized
        scan_ahead = functools.partial(self._prepare, prepare, known) if prepare and known else None
        if pairwise:  # may add to every list of ``sort``: pairs looked at again
            differ = self._differing_pairs(sort, p, scan_ahead, modified)
        else:
            differ = self._differing_contents(sort.same_size, p, scan_ahead)
        p.added = sorted(sort.added)
        p.retyped = sorted(sort.retyped)
        differing = [rel for rel in sort.differing if rel not in quick] if quick else sort.differing
        if len(differing) >= MIN_SYSTEMATIC:  # fewer cannot make a mapping: skip the census
            p.systematic = self._systematic((live_paths & base_paths) - skip, p.retyped, quick)
        p.meta = sorted(differing)
        targets = self.live.targets
        p.retargeted = sorted(rel for rel in sort.links if self._target(rel) != targets.get(rel))
        p.modified = sorted([*sort.resized, *differ])
        return p

    @staticmethod
    def _prepare(prepare: Callable[[frozenset[Language]], None], rels: list[str]) -> None:
        """``prepare`` the detector for the languages of ``rels``, the files already known to need
        scanning (one name of each file name ending looked at). A language first met among the
        modified files is made ready when the first of them is judged, while the comparison of the
        others goes on: a tree's other languages cost nothing when no file of theirs changed."""
        by_suffix = {rel[rel.rfind(".") :].lower(): rel for rel in rels}
        prepare(frozenset(language_for(rel) for rel in by_suffix.values()))

    # -- ignore rules -----------------------------------------------------------------------------

    def _ignored(self, deleted: set[str]) -> tuple[set[str], set[str]]:
        """(paths left out altogether, ignored data files kept only if changed and carrying code).

        Ignored directories are left out (their scripts are still compared); so are ignored data
        entries that are not regular files in the live tree."""
        rules = self.rules
        if not rules.rules:
            return set(), set()
        live_kinds, base = self.live.kinds, self.base.entries
        hit = rules.ignored_dirs([*self.live.dir_paths(), *self.base.dir_paths()])
        if not hit and rules.dirs_only:
            return set(), set()

        def shown_is_dir(rel: str) -> bool:
            kind = live_kinds.get(rel)
            return kind == _S_IFDIR if kind is not None else base[rel].type is EntryType.DIR

        everything = self.live.paths | deleted
        if rules.dirs_only:  # a path is ignored only through a directory: its own or a parent
            ignored = [
                rel
                for rel in everything
                if rel.rpartition("/")[0] in hit or (rel in hit and shown_is_dir(rel))
            ]
        else:
            ignored = [rel for rel in everything if rules.ignored(rel, shown_is_dir(rel))]
        skip: set[str] = set()
        quick: set[str] = set()
        for rel in ignored:
            if shown_is_dir(rel):
                skip.add(rel)
            elif language_for(rel) is Language.OTHER:  # a data file: kept only if it has code
                if live_kinds.get(rel) != _S_IFREG:
                    skip.add(rel)
                else:
                    quick.add(rel)
        return skip, quick

    # -- type, mode, owner, size ------------------------------------------------------------------

    def _sort_kinds(self, out: _Sorting) -> None:
        """Directory against directory: paths by their types; regular files on both sides are left
        in ``out.pairs`` for ``_differing_pairs``, other entries sorted by their walk's lstat."""
        assert isinstance(self.base, DirectorySource)
        base_kinds = self.base.kinds.get
        live_stats, base_stats = self.live.stats, self.base.stats
        added, retyped, pairs = out.added, out.retyped, out.pairs
        for rel, kind in self.live.kinds.items():
            other = base_kinds(rel)
            if other is None:
                added.append(rel)
            elif kind != other:
                retyped.append(rel)
            elif kind == _S_IFREG:
                pairs.append(rel)
            else:
                self._sort_stat(rel, live_stats[rel], base_stats[rel], out)

    def _sort_stat(self, rel: str, a: os.stat_result, b: os.stat_result, out: _Sorting) -> None:
        """One path of both directories, by its two lstat results."""
        am = a.st_mode
        if am != b.st_mode:
            if (am ^ b.st_mode) & _S_IFMT:
                out.retyped.append(rel)
                return
            out.differing.append(rel)
        elif self._owner and (a.st_uid != b.st_uid or a.st_gid != b.st_gid):
            out.differing.append(rel)
        fmt = am & _S_IFMT
        if fmt == _S_IFREG:
            if a.st_size == b.st_size:
                out.same_size.append(rel)
            else:
                out.resized.append(rel)
        elif fmt == _S_IFLNK:
            out.links.append(rel)

    def _sort_entries(self, out: _Sorting) -> None:
        """Directory against recorded entries (archive, git revision, manifest)."""
        be_get = self.base.entries.get
        mask, owner = self.base.mode_mask, self._owner
        added, retyped, differing = out.added, out.retyped, out.differing
        same_size, resized, links = out.same_size, out.resized, out.links
        file, link = EntryType.FILE, EntryType.SYMLINK
        for rel, a in self.live.stats.items():
            e = be_get(rel)
            if e is None:
                added.append(rel)
                continue
            mode = a.st_mode
            kind = entry_type(mode)
            if kind is not e.type:
                retyped.append(rel)
                continue
            if (e.mode is not None and (mode ^ e.mode) & mask) or (
                owner
                and ((e.uid is not None and e.uid != a.st_uid) or (e.gid is not None and e.gid != a.st_gid))
            ):
                differing.append(rel)
            if kind is file:
                if a.st_size == e.size:
                    same_size.append(rel)
                else:
                    resized.append(rel)
            elif kind is link:
                links.append(rel)

    def _target(self, rel: str) -> str | None:
        if isinstance(self.base, DirectorySource):
            return self.base.targets.get(rel)
        return self.base.entries[rel].link_target

    def _systematic(self, common: Collection[str], retyped: list[str], quick: set[str]) -> Systematic:
        """Owner and mode mappings shared by most entries (every same-type pair takes part; against
        a directory, each file's lstat is taken now: the census is rare, the walks skip them)."""
        now, was = self.live.entries.get, self.base.entries.get
        left_out = set(retyped) | quick
        pairs = [
            (old, new)
            for rel in common
            if rel not in left_out and (old := was(rel)) is not None and (new := now(rel)) is not None
        ]
        return find_systematic(pairs, mode_mask=self.base.mode_mask, compare_owner=self._owner)

    # -- contents ---------------------------------------------------------------------------------

    def _differing_pairs(
        self,
        out: _Sorting,
        p: Plan,
        meanwhile: Callable[[], None] | None,
        modified: Callable[[str], None] | None,
    ) -> list[str]:
        """Directory against directory: the regular files on both sides (``out.pairs``) whose
        contents differ, byte for byte (exact, and cheaper than hashing both sides); those whose
        mode, owner or size differ go to ``out``. Files that cannot be read are problems, not changes;
        a pair where one side is no longer a regular file is looked at again. ``modified(rel)`` is
        called for each file whose contents differ as soon as it is known (while child processes
        compare the others)."""
        assert isinstance(self.base, DirectorySource)
        live_path, base_path = self.live.path_of, self.base.path_of
        jobs = [(rel, live_path(rel), base_path(rel)) for rel in out.pairs]
        res = self.base.mtime_resolution if self.opts.fast else None
        on_change = None
        if modified is not None:
            tell = modified

            def on_change(rel: str, how: int) -> None:
                # ignored data files are first checked for code, when judged
                if how & (SIZE | CONTENT) and not how & RECHECK and rel not in p.quick:
                    tell(rel)

        found = compare_pairs(
            jobs,
            self.opts.workers,
            owner=self._owner,
            mtime_resolution=res,
            meanwhile=meanwhile,
            on_change=on_change,
        )
        self._report(found.errors, p)
        self.read_pairs += found.read
        differ: list[str] = []
        again: list[str] = []
        for rel, how in found.differ.items():
            if how & RECHECK:
                again.append(rel)
                continue
            if how & META:
                out.differing.append(rel)
            if how & SIZE:
                out.resized.append(rel)
            elif how & CONTENT:
                differ.append(rel)
        for rel in again:  # its type changed since the listing: sorted by fresh lstat results
            a, b = self.live.restat(rel), self.base.restat(rel)
            if a is None or b is None:
                continue
            more = _Sorting()
            self._sort_stat(rel, a, b, more)
            out.retyped += more.retyped
            out.differing += more.differing
            out.resized += more.resized
            out.links += more.links
            if more.same_size:
                differ += self._differing_contents(more.same_size, p, None)
        return differ

    def _differing_contents(
        self, rels: list[str], p: Plan, meanwhile: Callable[[], None] | None
    ) -> list[str]:
        """The files of ``rels`` (regular on both sides, equal size) whose contents differ.

        Against archives, git and manifests the live file's sha256 is compared with the recorded
        one; against a directory (a pair looked at again), byte for byte. Files that cannot be read
        are problems, not changes."""
        if isinstance(self.base, DirectorySource):
            same: dict[str, bool] = {}
            for rel in rels:
                try:
                    size = self.live.stats[rel].st_size
                    same[rel] = same_content(self.live.path_of(rel), self.base.path_of(rel), size)
                except OSError as exc:
                    self._report({rel: (str(exc.filename or rel), f"cannot read: {exc.strerror}")}, p)
            self.read_pairs += len(same)
            return [rel for rel, equal in same.items() if not equal]
        ls = self.live.stats
        res = self.base.mtime_resolution if self.opts.fast else None
        live_path = self.live.path_of
        be = self.base.entries
        todo: list[tuple[str, str, int]] = []
        for rel in rels:
            a, e = ls[rel], be[rel]
            if res is not None and e.mtime is not None and abs(a.st_mtime - e.mtime) < res:
                continue
            todo.append((rel, live_path(rel), a.st_size))
        digests, since = None, time.time_ns()
        known: dict[str, str] = {}
        if self.opts.digest_dir is not None:
            from webhunt.diff.digests import DigestCache

            digests = DigestCache.open(self.opts.digest_dir, self.live.root)
            known, todo = digests.split(todo, ls)
        hashed = hash_files(todo, self.opts.workers, meanwhile=meanwhile)
        self.hashed += len(hashed.values)
        self.remembered += len(known)
        self._report(hashed.errors, p)
        if digests is not None:
            digests.remember(hashed.values, ls, since)
            digests.save(ls)
        known.update(hashed.values)
        p.live_sha.update(known)
        # a file the baseline could not hash counts as changed
        return [rel for rel, mine in known.items() if mine != be[rel].sha256]

    def _report(self, errors: dict[str, tuple[str, str]], p: Plan) -> None:
        p.unreadable.update(errors)
        for _, (path, reason) in sorted(errors.items()):
            self.problems.append(ScanProblem(path, f"{reason}; content not compared"))


def iter_flagged(result: DiffResult) -> Iterable[Change]:
    """Changes whose verdict reaches at least LOW."""
    return (c for c in result.changes if c.verdict is not None and c.verdict.flagged)
