"""One view over a tree, whatever holds it: a directory, an archive, a git revision, a manifest.

``open_source(spec)`` decides what ``spec`` is:

- an existing directory: its files on disk (a git working copy is a directory too: ``.git`` is
  just another directory, which the diff's default ignore rules skip);
- a ``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``/``.tbz2``, ``.tar.xz``/``.txz`` or ``.zip`` file:
  read in place, member by member, never extracted to disk (``webhunt.diff.archives``);
- a webhunt manifest (``webhunt baseline save``): hashes and metadata only, no content;
- ``REPO@REF`` where ``REPO`` is a git repository: the tree of ``REF`` read with
  ``git ls-tree`` and ``git cat-file --batch`` (nothing is checked out; ``webhunt.diff.gitsource``).

The archive and git readers are imported only when a baseline needs them. A directory keeps the
``lstat`` result of each path (``DirectorySource.stats``); its ``Entry`` values are made from them
on demand, so comparing two trees builds records only for what changed.

Archives are hostile until read: a member with an absolute path or a ``..`` component, a link whose
target leaves the archive, or a device file is refused with a ``BaselineError`` naming it; so are
archives beyond ``Limits`` (members, total uncompressed bytes, compression ratio).

**Top-level directory rule.** Release archives put everything under one directory
(``wordpress/wp-login.php``). When every member of an archive lies under a single top-level
directory ``D``, and the live root has no entry named ``D``, ``D/`` is stripped, so the archive's
``D/wp-login.php`` is compared with the live ``wp-login.php``. ``Source.prefix`` says what was
stripped. Directories, git revisions and manifests are never stripped.

Symlinks are recorded with their target and never followed. Files that cannot be read are
recorded in ``Source.problems`` with their path, never skipped silently.
"""

from __future__ import annotations

import enum
import errno
import hashlib
import os
import re
import stat
from collections.abc import Collection, ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
from dataclasses import dataclass
from types import TracebackType
from typing import ClassVar

from webhunt.errors import BaselineError
from webhunt.model import ScanProblem

#: Bytes read at a time from large files and archive members.
CHUNK = 1024 * 1024
_MiB = 1024 * 1024
_GiB = 1024 * _MiB
#: A symlink target read from an archive or git is at most this long.
MAX_LINK_TARGET = 4096
#: Symlinks followed (virtually, by name) when checking that a link stays inside the archive.
_MAX_LINK_HOPS = 40

TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
ZIP_SUFFIXES = (".zip",)


class EntryType(enum.StrEnum):
    FILE = "file"
    DIR = "dir"
    SYMLINK = "symlink"
    OTHER = "other"  # fifo, socket, device (on disk), git submodule


@dataclass(frozen=True, slots=True)
class Entry:
    """One path of a tree. ``None`` means the source does not record that fact."""

    relpath: str  # '/'-separated, relative to the root, no leading './'
    type: EntryType
    size: int = 0  # bytes of content (files), of the target (symlinks); 0 for directories
    mode: int | None = None  # permission bits incl. setuid/setgid/sticky (stat.S_IMODE)
    uid: int | None = None
    gid: int | None = None
    mtime: float | None = None
    sha256: str | None = None  # files: known when the source recorded or hashed it
    link_target: str | None = None  # symlinks: the target as written


@dataclass(frozen=True, slots=True)
class Limits:
    """What an archive may hold before it is refused (bombs, links out of it)."""

    max_members: int = 1_000_000
    max_total_bytes: int = 16 * _GiB
    max_ratio: int = 200  # uncompressed / compressed, checked once past ``ratio_floor`` bytes
    ratio_floor: int = 16 * _MiB
    #: Record symlinks pointing outside the archive instead of refusing it (packaged web apps link
    #: into /usr/share/javascript or /etc). They are never followed either way.
    allow_links_out: bool = False


DEFAULT_LIMITS = Limits()


_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


def hash_file(path: str) -> str:
    """sha256 of a regular file, without following a symlink swapped in after the walk."""
    fd = _open_regular(path)
    with os.fdopen(fd, "rb", buffering=0) as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def read_file(path: str, limit: int) -> bytes:
    """At most ``limit`` bytes of a regular file (never through a symlink)."""
    fd = _open_regular(path)
    try:
        return _read_fd(fd, limit)
    finally:
        os.close(fd)


def read_sized(path: str, size: int) -> bytes:
    """The content of a file the walk saw as regular and ``size`` bytes long: at most ``size + 1``
    bytes are read (one more than expected shows it grew), never through a symlink. The hot path
    of comparisons: no extra ``fstat``; a device or fifo swapped in is bounded by the same cap."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        if size < CHUNK:
            return os.read(fd, size + 1)
        return _read_fd(fd, size + 1)
    finally:
        os.close(fd)


def hash_sized(path: str, size: int) -> str:
    """sha256 of a file of known size (see ``read_sized``); large files are hashed in chunks."""
    if size < CHUNK:
        return hashlib.sha256(read_sized(path, size)).hexdigest()
    h = hashlib.sha256()
    fd = os.open(path, _OPEN_FLAGS)
    try:
        left = size + 1
        while left > 0 and (chunk := os.read(fd, min(left, CHUNK))):
            h.update(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    return h.hexdigest()


def same_content(a: str, b: str, size: int) -> bool:
    """Whether two files of (expected) equal ``size`` hold the same bytes: compared chunk by chunk,
    stopping at the first difference, as ``diff`` does."""
    if size < CHUNK:
        return read_sized(a, size) == read_sized(b, size)
    fa = os.open(a, _OPEN_FLAGS)
    try:
        fb = os.open(b, _OPEN_FLAGS)
        try:
            return same_chunks(fa, fb)
        finally:
            os.close(fb)
    finally:
        os.close(fa)


def same_chunks(fa: int, fb: int) -> bool:
    """Whether two open files hold the same bytes from here on, read ``CHUNK`` at a time."""
    while True:
        ca, cb = os.read(fa, CHUNK), os.read(fb, CHUNK)
        if ca != cb:
            return False
        if not ca:
            return True


def _read_fd(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    left = limit
    while left > 0 and (chunk := os.read(fd, min(left, CHUNK))):
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _open_regular(path: str) -> int:
    fd = os.open(path, _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file any more", path)
    except BaseException:
        os.close(fd)
        raise
    return fd


class Source:
    """A tree's entries, and (when the source holds it) the content of its files."""

    kind: ClassVar[str]
    #: False for manifests: hashes only, no bytes to diff.
    has_content: ClassVar[bool] = True
    #: Mode bits this source records faithfully (git records only the owner's executable bit).
    mode_mask: ClassVar[int] = 0o7777
    #: Whether uid/gid are meaningful.
    records_owner: ClassVar[bool] = True
    #: How close two mtimes must be to count as equal (``--fast``); None: no usable mtimes.
    mtime_resolution: ClassVar[float | None] = 1e-6
    #: Reading files one by one is costly (one archive pass or one git process per call): callers
    #: should ask ``read`` for all the files they need at once.
    prefetch: ClassVar[bool] = False

    #: relpath -> entry, every path of the tree.
    entries: Mapping[str, Entry]

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.problems: list[ScanProblem] = []
        self.prefix = ""  # top-level directory stripped from archive members ('' or 'name/')

    @property
    def paths(self) -> KeysView[str]:
        """Every relpath of the tree, as a set view (set operations on it run in C)."""
        return self.entries.keys()

    def dir_paths(self) -> list[str]:
        """The relpaths of the tree's directories."""
        return [rel for rel, e in self.entries.items() if e.type is EntryType.DIR]

    @property
    def description(self) -> str:
        where = f"{self.kind} {self.spec}"
        return f"{where} (top-level {self.prefix} stripped)" if self.prefix else where

    def sha256(self, entry: Entry) -> str:
        """The content hash of a file entry (hashing it now when the source did not record it)."""
        if entry.sha256 is None:
            raise BaselineError(f"{self.spec}: no hash recorded for {entry.relpath}")
        return entry.sha256

    def read(self, relpaths: Iterable[str], limit: int) -> dict[str, bytes]:
        """Full content of the named files whose size is at most ``limit``; others are left out."""
        return {}

    def close(self) -> None:
        """Release open files and processes."""

    def __enter__(self) -> Source:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _problem(self, relpath: str, message: str) -> None:
        self.problems.append(ScanProblem(f"{self.spec}:{relpath}", message))


def add_parents(entries: dict[str, Entry]) -> None:
    """Archives and git trees may leave out directory members: add them (mode unknown)."""
    for rel in list(entries):
        parts = rel.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            parent = "/".join(parts[:i])
            if parent not in entries:
                entries[parent] = Entry(parent, EntryType.DIR)


# --------------------------------------------------------------------------------------------------
# Directories (the live root too)

_S_IFMT = 0o170000
_TYPES_BY_FORMAT = {
    stat.S_IFREG: EntryType.FILE,
    stat.S_IFDIR: EntryType.DIR,
    stat.S_IFLNK: EntryType.SYMLINK,
}


def entry_type(st_mode: int) -> EntryType:
    """The entry type of an ``lstat`` mode."""
    return _TYPES_BY_FORMAT.get(st_mode & _S_IFMT, EntryType.OTHER)


class StatEntries(Mapping[str, Entry]):
    """A directory's entries, made from the ``lstat`` results when first asked for.

    Comparing two trees reads the stat results directly; ``Entry`` values are only built for the
    few paths a caller looks at (the changes), or for all when a caller iterates the items."""

    __slots__ = ("_made", "_source")

    def __init__(self, source: DirectorySource) -> None:
        self._source = source
        self._made: dict[str, Entry] = {}

    def __getitem__(self, rel: str) -> Entry:
        entry = self._made.get(rel)
        if entry is None:
            st = self._source.stat_of(rel)
            if st is None:
                raise KeyError(rel)
            mode = st.st_mode
            kind = entry_type(mode)
            target = self._source.targets.get(rel) if kind is EntryType.SYMLINK else None
            if kind is EntryType.FILE:
                size = st.st_size
            elif target is not None:
                size = len(os.fsencode(target))
            else:
                size = 0
            entry = Entry(rel, kind, size, mode & 0o7777, st.st_uid, st.st_gid, st.st_mtime, None, target)
            self._made[rel] = entry
        return entry

    def get(self, rel: str, default: Entry | None = None) -> Entry | None:  # type: ignore[override]
        try:
            return self[rel]
        except KeyError:
            return default

    def __contains__(self, rel: object) -> bool:
        return rel in self._source.kinds

    def __iter__(self) -> Iterator[str]:
        return iter(self._source.kinds)

    def __len__(self) -> int:
        return len(self._source.kinds)

    def keys(self) -> KeysView[str]:
        return self._source.kinds.keys()

    def items(self) -> ItemsView[str, Entry]:
        return self._every().items()

    def values(self) -> ValuesView[Entry]:
        return self._every().values()

    def forget(self, rel: str) -> None:
        """Drop the entry made for ``rel`` (its path was looked at again)."""
        self._made.pop(rel, None)

    def _every(self) -> dict[str, Entry]:
        """Every path's entry (paths that vanished since the walk left out)."""
        out: dict[str, Entry] = {}
        for rel in self._source.kinds:
            entry = self.get(rel)
            if entry is not None:
                out[rel] = entry
        return out


class DirectorySource(Source):
    """Files on disk. Symlinks are recorded, never followed; unreadable directories are reported.

    The walk keeps each path's type (``kinds``: the ``S_IFMT`` bits), each path's ``lstat`` result
    (``stats``) and each symlink's target (``targets``); ``entries`` are made from them on demand.

    With ``stat_files=False`` the walk reads only the directory listings for regular files: their
    type comes from the listing and their ``lstat`` is taken when first asked for (``stat_of``).
    Comparing two directories does so: the comparison opens every file pair anyway, and an ``fstat``
    of the open file tells what an ``lstat`` before it would have, without a second path lookup
    (see ``webhunt.diff.hashing.compare_pairs``)."""

    kind = "directory"

    def __init__(self, root: str, *, stat_files: bool = True) -> None:
        super().__init__(root)
        self.root = os.path.abspath(root)
        self._top = self.root.rstrip("/") + "/"
        #: S_IFMT bits of every entry
        self.kinds: dict[str, int] = {}
        #: lstat of every entry read so far (inode, ctime and the rest, for FileMeta)
        self.stats: dict[str, os.stat_result] = {}
        #: target of every symlink, as written
        self.targets: dict[str, str] = {}
        self._dirs: list[str] = []
        self._vanished: set[str] = set()  # listed, but gone when its lstat was taken
        self.entries: StatEntries = StatEntries(self)
        self._walk(stat_files)

    @property
    def paths(self) -> KeysView[str]:
        return self.kinds.keys()

    def stat_of(self, relpath: str) -> os.stat_result | None:
        """The ``lstat`` result of a path of the tree (taken now when the walk did not); None for a
        path the walk did not see, or that vanished since (a problem is recorded)."""
        st = self.stats.get(relpath)
        if st is None and relpath in self.kinds and relpath not in self._vanished:
            try:
                st = os.lstat(self.path_of(relpath))
            except OSError as exc:
                self._problem(relpath, f"cannot stat: {exc.strerror}")
                self._vanished.add(relpath)
                return None
            self.stats[relpath] = st
        return st

    def restat(self, relpath: str) -> os.stat_result | None:
        """Forget what is known of a path and ``lstat`` it again (its type changed since the walk)."""
        self.stats.pop(relpath, None)
        self.targets.pop(relpath, None)
        self._vanished.discard(relpath)
        self.entries.forget(relpath)
        st = self.stat_of(relpath)
        if st is not None:
            self.kinds[relpath] = st.st_mode & _S_IFMT
            if stat.S_ISLNK(st.st_mode):
                self._read_link(relpath, self.path_of(relpath))
        return st

    def dir_paths(self) -> list[str]:
        return self._dirs

    def path_of(self, relpath: str) -> str:
        return f"{self._top}{relpath}"

    def sha256(self, entry: Entry) -> str:
        if entry.sha256 is not None:
            return entry.sha256
        return hash_file(self.path_of(entry.relpath))

    def _problem(self, relpath: str, message: str) -> None:
        path = self.root if relpath in ("", ".") else self.path_of(relpath)
        self.problems.append(ScanProblem(path, message))

    def read(self, relpaths: Iterable[str], limit: int) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for rel in relpaths:
            st = self.stat_of(rel)
            if st is None or not stat.S_ISREG(st.st_mode) or st.st_size > limit:
                continue
            try:
                out[rel] = read_file(self.path_of(rel), limit)
            except OSError as exc:
                self._problem(rel, f"cannot read: {exc.strerror or exc}")
        return out

    def _walk(self, stat_files: bool) -> None:
        try:
            top = os.stat(self.root)
        except OSError as exc:
            raise BaselineError(f"{self.root}: cannot open: {exc.strerror}") from exc
        if not stat.S_ISDIR(top.st_mode):
            raise BaselineError(f"{self.root}: not a directory")
        seen: set[tuple[int, int]] = {(top.st_dev, top.st_ino)}
        stack: list[tuple[str, str]] = [(self.root, "")]
        kinds, stats, dirs = self.kinds, self.stats, self._dirs
        regular = stat.S_IFREG
        while stack:
            dirpath, prefix = stack.pop()
            try:
                with os.scandir(dirpath) as it:
                    items = list(it)
            except OSError as exc:
                self._problem(prefix.rstrip("/") or ".", f"cannot list directory: {exc.strerror}")
                continue
            for item in items:
                rel = prefix + item.name
                if not stat_files and item.is_file(follow_symlinks=False):  # the listing's type
                    kinds[rel] = regular
                    continue
                try:
                    st = item.stat(follow_symlinks=False)
                except OSError as exc:
                    self._problem(rel, f"cannot stat: {exc.strerror}")
                    continue
                stats[rel] = st
                fmt = kinds[rel] = st.st_mode & _S_IFMT
                if fmt == regular:  # the common case: nothing more to do
                    continue
                if fmt == stat.S_IFDIR:
                    dirs.append(rel)
                    key = (st.st_dev, st.st_ino)
                    if key in seen:  # bind-mount loop
                        self._problem(rel, "directory loop, not entered again")
                        continue
                    seen.add(key)
                    stack.append((item.path, rel + "/"))
                elif fmt == stat.S_IFLNK:
                    self._read_link(rel, item.path)

    def _read_link(self, rel: str, path: str) -> None:
        try:
            self.targets[rel] = os.readlink(path)
        except OSError as exc:
            self._problem(rel, f"cannot read symlink: {exc.strerror}")
            self.targets[rel] = ""


# --------------------------------------------------------------------------------------------------
# Links


def link_stays_inside(
    entries: Mapping[str, Entry], relpath: str, target: str, root: str | None = None
) -> bool:
    """Whether the symlink ``relpath -> target`` resolves inside the tree, following the tree's own
    symlinks by name (at most ``_MAX_LINK_HOPS``). An absolute target counts as inside only when
    ``root`` (the tree's absolute path on disk) is given and the target lies below it."""
    top = root.rstrip("/") + "/" if root else None

    def components(link_dir: list[str], value: str) -> list[str] | None:
        """A target as components from the tree's root; None when it is absolute and outside."""
        value = value.replace("\\", "/")
        if top is not None and (value + "/").startswith(top):
            return value[len(top) :].split("/")
        if value.startswith("/") or re.match(r"^[A-Za-z]:", value):
            return None
        return [*link_dir, *value.split("/")]

    first = components(relpath.split("/")[:-1], target)
    if first is None:
        return False
    pending = first
    parts: list[str] = []
    hops = 0
    while pending:
        part = pending.pop(0)
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return False
            parts.pop()
            continue
        parts.append(part)
        entry = entries.get("/".join(parts))
        if entry is not None and entry.type is EntryType.SYMLINK and entry.link_target is not None:
            hops += 1
            if hops > _MAX_LINK_HOPS:
                return False
            parts.pop()
            inner = components(parts, entry.link_target)
            if inner is None:
                return False
            parts = []
            pending = [*inner, *pending]
    return True


def _split_git_spec(spec: str) -> tuple[str, str] | None:
    """``REPO@REF`` -> (repo, ref) for the first '@' whose left side is a git repository."""
    start = 0
    while (at := spec.find("@", start)) != -1:
        repo, ref = spec[:at], spec[at + 1 :]
        if (
            repo
            and ref
            and os.path.isdir(repo)
            and (os.path.exists(os.path.join(repo, ".git")) or os.path.isfile(os.path.join(repo, "HEAD")))
        ):
            return repo, ref
        start = at + 1
    return None


# --------------------------------------------------------------------------------------------------
# Entry point


def open_source(
    spec: str,
    *,
    live_names: Collection[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Source:
    """Open a baseline: directory, archive, manifest or ``REPO@REF`` (see the module docstring).

    ``live_names`` are the names at the top of the live root; archives apply the top-level
    directory rule against them. The archive and git readers are imported only when needed.
    """
    if os.path.isdir(spec):
        return DirectorySource(spec)
    if os.path.isfile(spec):
        return _open_file(spec, limits, live_names)
    git = _split_git_spec(spec)
    if git is not None:
        from webhunt.diff.gitsource import GitSource

        return GitSource(*git)
    if os.path.lexists(spec):
        raise BaselineError(f"{spec}: not a directory, an archive or a webhunt manifest")
    raise BaselineError(f"{spec}: no such file or directory (nor a REPO@REF git revision)")


def _open_file(path: str, limits: Limits, live_names: Collection[str] | None) -> Source:
    from webhunt.diff.manifest import ManifestSource, is_manifest

    lower = path.lower()
    if lower.endswith(ZIP_SUFFIXES + TAR_SUFFIXES):
        from webhunt.diff.archives import open_archive

        return open_archive(path, limits, live_names)
    if is_manifest(path):
        return ManifestSource(path)
    from webhunt.diff.archives import open_archive

    return open_archive(path, limits, live_names, sniff=True)
