"""One view over a tree, whatever holds it: a directory, an archive, a git revision, a manifest.

``open_source(spec)`` decides what ``spec`` is:

- an existing directory: its files on disk (a git working copy is a directory too: ``.git`` is
  just another directory, which the diff's default ignore rules skip);
- a ``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``/``.tbz2``, ``.tar.xz``/``.txz`` or ``.zip`` file:
  read in place, member by member, never extracted to disk;
- a webhunt manifest (``webhunt baseline save``): hashes and metadata only, no content;
- ``REPO@REF`` where ``REPO`` is a git repository: the tree of ``REF`` read with
  ``git ls-tree`` and ``git cat-file --batch`` (nothing is checked out).

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
import io
import lzma
import os
import re
import stat
import subprocess
import tarfile
import threading
import time
import zipfile
import zlib
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from types import TracebackType
from typing import IO, ClassVar, Protocol

from webhunt.errors import BaselineError
from webhunt.model import ScanProblem

_CHUNK = 1024 * 1024
_MiB = 1024 * 1024
_GiB = 1024 * _MiB
#: A symlink target read from an archive or git is at most this long.
_MAX_LINK_TARGET = 4096
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
        if size < _CHUNK:
            return os.read(fd, size + 1)
        return _read_fd(fd, size + 1)
    finally:
        os.close(fd)


def hash_sized(path: str, size: int) -> str:
    """sha256 of a file of known size (see ``read_sized``); large files are hashed in chunks."""
    if size < _CHUNK:
        return hashlib.sha256(read_sized(path, size)).hexdigest()
    h = hashlib.sha256()
    fd = os.open(path, _OPEN_FLAGS)
    try:
        left = size + 1
        while left > 0 and (chunk := os.read(fd, min(left, _CHUNK))):
            h.update(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    return h.hexdigest()


def same_content(a: str, b: str, size: int) -> bool:
    """Whether two files of (expected) equal ``size`` hold the same bytes: compared chunk by chunk,
    stopping at the first difference, as ``diff`` does."""
    if size < _CHUNK:
        return read_sized(a, size) == read_sized(b, size)
    fa = os.open(a, _OPEN_FLAGS)
    try:
        fb = os.open(b, _OPEN_FLAGS)
        try:
            while True:
                ca, cb = os.read(fa, _CHUNK), os.read(fb, _CHUNK)
                if ca != cb:
                    return False
                if not ca:
                    return True
        finally:
            os.close(fb)
    finally:
        os.close(fa)


def _read_fd(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    left = limit
    while left > 0 and (chunk := os.read(fd, min(left, _CHUNK))):
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

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.entries: dict[str, Entry] = {}
        self.problems: list[ScanProblem] = []
        self.prefix = ""  # top-level directory stripped from archive members ('' or 'name/')

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


# --------------------------------------------------------------------------------------------------
# Directories (the live root too)


class DirectorySource(Source):
    """Files on disk. Symlinks are recorded, never followed; unreadable directories are reported."""

    kind = "directory"

    def __init__(self, root: str) -> None:
        super().__init__(root)
        self.root = os.path.abspath(root)
        self._top = self.root.rstrip("/") + "/"
        #: lstat of every entry, for callers that need inode/ctime (FileMeta).
        self.stats: dict[str, os.stat_result] = {}
        self._walk()

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
            entry = self.entries.get(rel)
            if entry is None or entry.type is not EntryType.FILE or entry.size > limit:
                continue
            try:
                out[rel] = read_file(self.path_of(rel), limit)
            except OSError as exc:
                self._problem(rel, f"cannot read: {exc.strerror or exc}")
        return out

    def _walk(self) -> None:
        try:
            top = os.stat(self.root)
        except OSError as exc:
            raise BaselineError(f"{self.root}: cannot open: {exc.strerror}") from exc
        if not stat.S_ISDIR(top.st_mode):
            raise BaselineError(f"{self.root}: not a directory")
        seen: set[tuple[int, int]] = {(top.st_dev, top.st_ino)}
        stack: list[tuple[str, str]] = [(self.root, "")]
        while stack:
            dirpath, prefix = stack.pop()
            try:
                with os.scandir(dirpath) as it:
                    items = list(it)
            except OSError as exc:
                self._problem(prefix.rstrip("/") or ".", f"cannot list directory: {exc.strerror}")
                continue
            entries, stats = self.entries, self.stats
            for item in items:
                rel = prefix + item.name
                try:
                    st = item.stat(follow_symlinks=False)
                except OSError as exc:
                    self._problem(rel, f"cannot stat: {exc.strerror}")
                    continue
                stats[rel] = st
                mode = st.st_mode
                if mode & 0o170000 == stat.S_IFREG:  # the common case, inline
                    entries[rel] = Entry(
                        rel, EntryType.FILE, st.st_size, mode & 0o7777, st.st_uid, st.st_gid, st.st_mtime
                    )
                    continue
                entry = self._entry(rel, item.path, st)
                entries[rel] = entry
                if entry.type is EntryType.DIR:
                    key = (st.st_dev, st.st_ino)
                    if key in seen:  # bind-mount loop
                        self._problem(rel, "directory loop, not entered again")
                        continue
                    seen.add(key)
                    stack.append((item.path, rel + "/"))

    def _entry(self, rel: str, path: str, st: os.stat_result) -> Entry:
        fmt = stat.S_IFMT(st.st_mode)
        mode, uid, gid, mtime = stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid, st.st_mtime
        if fmt == stat.S_IFREG:
            return Entry(rel, EntryType.FILE, st.st_size, mode, uid, gid, mtime)
        if fmt == stat.S_IFDIR:
            return Entry(rel, EntryType.DIR, 0, mode, uid, gid, mtime)
        if fmt == stat.S_IFLNK:
            try:
                target = os.readlink(path)
            except OSError as exc:
                self._problem(rel, f"cannot read symlink: {exc.strerror}")
                target = ""
            size = len(os.fsencode(target))
            return Entry(rel, EntryType.SYMLINK, size, mode, uid, gid, mtime, link_target=target)
        return Entry(rel, EntryType.OTHER, 0, mode, uid, gid, mtime)


# --------------------------------------------------------------------------------------------------
# Archive helpers: hostile names and links, bombs


def member_relpath(archive: str, name: str) -> str:
    """An archive member's name as a relpath, or a BaselineError naming the member."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm):
        raise BaselineError(f"{archive}: member {name!r} has an absolute path; archive refused")
    parts = [p for p in norm.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise BaselineError(f"{archive}: member {name!r} climbs out with '..'; archive refused")
    return "/".join(parts)


def link_stays_inside(entries: dict[str, Entry], relpath: str, target: str, root: str | None = None) -> bool:
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


class _Counter(io.RawIOBase):
    """Counts the bytes read from a compressed archive (for the compression-ratio check)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n


class _Budget:
    """Running totals of an archive read, refusing it when it looks like a bomb."""

    def __init__(self, archive: str, limits: Limits, compressed: _Counter | None) -> None:
        self.archive = archive
        self.limits = limits
        self.compressed = compressed
        self.members = 0
        self.total = 0

    def member(self, name: str, declared: int) -> None:
        self.members += 1
        if self.members > self.limits.max_members:
            raise BaselineError(
                f"{self.archive}: more than {self.limits.max_members} members; archive refused "
                "(possible archive bomb)"
            )
        if self.total + declared > self.limits.max_total_bytes:
            raise BaselineError(
                f"{self.archive}: member {name!r} takes the archive past "
                f"{self.limits.max_total_bytes} uncompressed bytes; archive refused "
                "(possible archive bomb)"
            )

    def consumed(self, name: str, n: int) -> None:
        self.total += n
        if self.compressed is None or self.total < self.limits.ratio_floor:
            return
        if self.total > self.limits.max_ratio * max(1, self.compressed.count):
            raise BaselineError(
                f"{self.archive}: member {name!r} expands more than {self.limits.max_ratio}x; "
                "archive refused (possible archive bomb)"
            )


class _Readable(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


def _hash_stream(fh: _Readable, name: str, budget: _Budget, keep: int = 0) -> tuple[str, int, bytes]:
    """sha256 and length of a member's content, charging the budget; the first ``keep`` bytes."""
    h = hashlib.sha256()
    n = 0
    kept = b""
    while chunk := fh.read(_CHUNK):
        h.update(chunk)
        n += len(chunk)
        budget.consumed(name, len(chunk))
        if len(kept) < keep:
            kept += chunk[: keep - len(kept)]
    return h.hexdigest(), n, kept


def _add_parents(entries: dict[str, Entry]) -> None:
    """Archives may leave out directory members: add them (mode unknown)."""
    for rel in list(entries):
        parts = rel.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            parent = "/".join(parts[:i])
            if parent not in entries:
                entries[parent] = Entry(parent, EntryType.DIR)


class _ArchiveSource(Source):
    """Common parts of tar and zip: top-level stripping and link validation."""

    def __init__(self, spec: str, limits: Limits) -> None:
        super().__init__(spec)
        self.limits = limits
        self._names: dict[str, str] = {}  # relpath (unstripped) -> member name holding its bytes

    def _finish(self) -> None:
        _add_parents(self.entries)
        self._check_links()

    def _check_links(self) -> None:
        if self.limits.allow_links_out:
            return
        for entry in self.entries.values():
            target = entry.link_target
            if target is not None and not link_stays_inside(self.entries, entry.relpath, target):
                raise BaselineError(
                    f"{self.spec}: member {self.prefix + entry.relpath!r} links to "
                    f"{target!r}, outside the archive; archive refused (--allow-links-out "
                    "records such links instead; they are never followed)"
                )

    def strip_top(self, live_names: Collection[str]) -> None:
        """Apply the top-level directory rule (see the module docstring)."""
        tops = {rel.split("/", 1)[0] for rel in self.entries}
        if len(tops) != 1:
            return
        (top,) = tops
        entry = self.entries[top]
        if entry.type is not EntryType.DIR or top in live_names or len(self.entries) < 2:
            return
        cut = len(top) + 1
        self.entries = {
            rel[cut:]: replace(e, relpath=rel[cut:]) for rel, e in self.entries.items() if rel != top
        }
        self.prefix = top + "/"
        self._check_links()

    def _member_for(self, relpath: str) -> str | None:
        return self._names.get(self.prefix + relpath)


# --------------------------------------------------------------------------------------------------
# tar


class TarSource(_ArchiveSource):
    """A tar archive (optionally gzip/bzip2/xz compressed), streamed: nothing lands on disk."""

    kind = "tar"
    mtime_resolution = 1.0
    prefetch = True

    def __init__(self, path: str, limits: Limits = DEFAULT_LIMITS) -> None:
        super().__init__(path, limits)
        self._scan()
        self._finish()

    def _open(self) -> tuple[IO[bytes], _Counter, tarfile.TarFile]:
        raw = open(self.spec, "rb")  # noqa: SIM115 - closed by the caller
        counter = _Counter(raw)
        buffered = io.BufferedReader(counter, buffer_size=_CHUNK)
        try:
            tf = tarfile.open(fileobj=buffered, mode="r|*")  # noqa: SIM115 - closed by the caller
        except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            raw.close()
            raise BaselineError(f"{self.spec}: not a readable tar archive: {exc}") from exc
        return raw, counter, tf

    def _scan(self) -> None:
        try:
            raw, counter, tf = self._open()
        except OSError as exc:
            raise BaselineError(f"{self.spec}: cannot open: {exc.strerror}") from exc
        compressed = counter if _compressed_tar(self.spec) else None
        budget = _Budget(self.spec, self.limits, compressed)
        try:
            with raw, tf:
                for member in tf:
                    self._member(tf, member, budget)
        except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            raise BaselineError(f"{self.spec}: cannot read archive: {exc}") from exc

    def _member(self, tf: tarfile.TarFile, m: tarfile.TarInfo, budget: _Budget) -> None:
        budget.member(m.name, m.size if m.isreg() else 0)
        rel = member_relpath(self.spec, m.name)
        if not rel:
            return  # the archive's own root ('./')
        if m.ischr() or m.isblk():
            raise BaselineError(f"{self.spec}: member {m.name!r} is a device file; archive refused")
        base = Entry(rel, EntryType.OTHER, 0, m.mode & 0o7777, m.uid, m.gid, float(m.mtime))
        if m.isreg():
            fh = tf.extractfile(m)
            if fh is None:  # pragma: no cover - regular members always have a file object
                return
            digest, size, _ = _hash_stream(fh, m.name, budget)
            self.entries[rel] = replace(base, type=EntryType.FILE, size=size, sha256=digest)
            self._names[rel] = m.name
        elif m.islnk():
            target_rel = member_relpath(self.spec, m.linkname)
            linked = self.entries.get(target_rel)
            if linked is None or linked.type is not EntryType.FILE:
                raise BaselineError(
                    f"{self.spec}: member {m.name!r} is a hard link to {m.linkname!r}, "
                    "which is not an earlier file of the archive; archive refused"
                )
            self.entries[rel] = replace(base, type=EntryType.FILE, size=linked.size, sha256=linked.sha256)
            self._names[rel] = self._names[target_rel]
        elif m.issym():
            size = len(os.fsencode(m.linkname))
            self.entries[rel] = replace(base, type=EntryType.SYMLINK, size=size, link_target=m.linkname)
        elif m.isdir():
            self.entries[rel] = replace(base, type=EntryType.DIR)
        else:
            self.entries[rel] = base

    def read(self, relpaths: Iterable[str], limit: int) -> dict[str, bytes]:
        wanted: dict[str, list[str]] = {}
        for rel in relpaths:
            entry = self.entries.get(rel)
            name = self._member_for(rel)
            if entry is None or name is None or entry.type is not EntryType.FILE or entry.size > limit:
                continue
            wanted.setdefault(name, []).append(rel)
        if not wanted:
            return {}
        out: dict[str, bytes] = {}
        raw, counter, tf = self._open()
        budget = _Budget(self.spec, self.limits, counter if _compressed_tar(self.spec) else None)
        try:
            with raw, tf:
                for m in tf:
                    budget.member(m.name, m.size if m.isreg() else 0)
                    rels = wanted.get(m.name)
                    if rels is None or not m.isreg():
                        continue
                    fh = tf.extractfile(m)
                    if fh is None:  # pragma: no cover
                        continue
                    data = fh.read(limit + 1)
                    budget.consumed(m.name, len(data))
                    for rel in rels:
                        out[rel] = data[:limit]
        except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            raise BaselineError(f"{self.spec}: cannot read archive: {exc}") from exc
        return out


def _compressed_tar(path: str) -> bool:
    """Whether the tar stream is compressed (the ratio check only makes sense then)."""
    try:
        with open(path, "rb") as fh:
            magic = fh.read(6)
    except OSError:
        return True
    return magic[:2] == b"\x1f\x8b" or magic[:3] == b"BZh" or magic[:6] == b"\xfd7zXZ\x00"


# --------------------------------------------------------------------------------------------------
# zip


class ZipSource(_ArchiveSource):
    """A zip archive, read member by member from its central directory."""

    kind = "zip"
    records_owner = False
    mtime_resolution = 2.0  # DOS timestamps

    def __init__(self, path: str, limits: Limits = DEFAULT_LIMITS) -> None:
        super().__init__(path, limits)
        try:
            self._zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise BaselineError(f"{path}: not a readable zip archive: {exc}") from exc
        try:
            self._scan()
            self._finish()
        except BaseException:
            self._zf.close()
            raise

    def close(self) -> None:
        self._zf.close()

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > self.limits.max_members:
            raise BaselineError(
                f"{self.spec}: {len(infos)} members, more than {self.limits.max_members}; archive "
                "refused (possible archive bomb)"
            )
        total = 0
        for info in infos:
            total += info.file_size
            if total > self.limits.max_total_bytes:
                raise BaselineError(
                    f"{self.spec}: member {info.filename!r} takes the archive past "
                    f"{self.limits.max_total_bytes} uncompressed bytes; archive refused "
                    "(possible archive bomb)"
                )
            if info.file_size >= self.limits.ratio_floor and info.file_size > self.limits.max_ratio * max(
                1, info.compress_size
            ):
                raise BaselineError(
                    f"{self.spec}: member {info.filename!r} expands "
                    f"{info.file_size // max(1, info.compress_size)}x "
                    f"(limit {self.limits.max_ratio}x); archive refused (possible archive bomb)"
                )
            if info.flag_bits & 0x1:
                raise BaselineError(f"{self.spec}: member {info.filename!r} is encrypted; cannot compare")

    def _scan(self) -> None:
        infos = self._zf.infolist()
        self._check(infos)
        budget = _Budget(self.spec, self.limits, None)
        for info in infos:
            rel = member_relpath(self.spec, info.filename)
            if not rel:
                continue
            unix = info.create_system == 3 and (info.external_attr >> 16) != 0
            st_mode = info.external_attr >> 16 if unix else 0
            mode = stat.S_IMODE(st_mode) if unix else None
            mtime = _zip_mtime(info)
            if stat.S_ISCHR(st_mode) or stat.S_ISBLK(st_mode):
                raise BaselineError(
                    f"{self.spec}: member {info.filename!r} is a device file; archive refused"
                )
            if info.is_dir():
                self.entries[rel] = Entry(rel, EntryType.DIR, mode=mode, mtime=mtime)
                continue
            budget.member(info.filename, info.file_size)
            is_link = stat.S_ISLNK(st_mode)
            try:
                with self._zf.open(info) as fh:
                    digest, size, head = _hash_stream(
                        _Bounded(fh, info), info.filename, budget, _MAX_LINK_TARGET if is_link else 0
                    )
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
                raise BaselineError(f"{self.spec}: member {info.filename!r}: {exc}") from exc
            except NotImplementedError as exc:
                raise BaselineError(f"{self.spec}: member {info.filename!r}: {exc}") from exc
            if is_link:
                target = head.decode("utf-8", errors="surrogateescape")
                self.entries[rel] = Entry(
                    rel, EntryType.SYMLINK, size=size, mode=mode, mtime=mtime, link_target=target
                )
            elif unix and stat.S_IFMT(st_mode) not in (0, stat.S_IFREG):
                self.entries[rel] = Entry(rel, EntryType.OTHER, mode=mode, mtime=mtime)
            else:
                self.entries[rel] = Entry(
                    rel, EntryType.FILE, size=size, mode=mode, mtime=mtime, sha256=digest
                )
                self._names[rel] = info.filename

    def read(self, relpaths: Iterable[str], limit: int) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for rel in relpaths:
            entry = self.entries.get(rel)
            name = self._member_for(rel)
            if entry is None or name is None or entry.type is not EntryType.FILE or entry.size > limit:
                continue
            try:
                with self._zf.open(name) as fh:
                    out[rel] = fh.read(limit + 1)[:limit]
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
                raise BaselineError(f"{self.spec}: member {name!r}: {exc}") from exc
        return out


class _Bounded:
    """A zip member stream that refuses to yield more than its declared size."""

    def __init__(self, fh: IO[bytes], info: zipfile.ZipInfo) -> None:
        self._fh = fh
        self._info = info
        self._n = 0

    def read(self, n: int = -1) -> bytes:
        data = self._fh.read(n)
        self._n += len(data)
        if self._n > self._info.file_size:
            raise BaselineError(
                f"member {self._info.filename!r} is larger than its declared "
                f"{self._info.file_size} bytes; archive refused"
            )
        return data


def _zip_mtime(info: zipfile.ZipInfo) -> float | None:
    try:
        return time.mktime((*info.date_time, 0, 0, -1))
    except (OverflowError, ValueError):
        return None


# --------------------------------------------------------------------------------------------------
# git REPO@REF


class GitSource(Source):
    """A git revision: ``git ls-tree`` for the tree, ``git cat-file --batch`` for the bytes."""

    kind = "git"
    prefetch = True
    mode_mask = 0o100  # git keeps only "executable or not"
    records_owner = False
    mtime_resolution = None

    def __init__(self, repo: str, ref: str) -> None:
        super().__init__(f"{repo}@{ref}")
        self.repo = repo
        self.ref = ref
        self.commit = (
            self._git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
            .strip()
            .decode()
        )
        self._oids: dict[str, str] = {}  # relpath -> blob id
        self._load_tree()

    def _git(self, *args: str) -> bytes:
        try:
            proc = subprocess.run(
                ["git", "-C", self.repo, *args],
                capture_output=True,
                check=False,
                env=_git_env(),
            )
        except FileNotFoundError as exc:
            raise BaselineError("git is not installed: cannot read a REPO@REF baseline") from exc
        if proc.returncode != 0:
            msg = proc.stderr.decode("utf-8", errors="replace").strip().splitlines()
            detail = msg[-1] if msg else f"exit status {proc.returncode}"
            if args[0] == "rev-parse" and not msg:
                detail = f"no commit named {self.ref!r}"
            raise BaselineError(f"{self.spec}: git {args[0]} failed: {detail}")
        return proc.stdout

    def _load_tree(self) -> None:
        listing = self._git("ls-tree", "-r", "-z", "-l", "--full-tree", self.commit)
        blobs: dict[str, list[str]] = {}
        links: list[str] = []
        for record in listing.split(b"\0"):
            if not record:
                continue
            meta, _, raw_path = record.partition(b"\t")
            mode_s, kind, oid, size_s = meta.decode().split()
            rel = os.fsdecode(raw_path)
            mode = int(mode_s, 8)
            if kind == "commit":  # submodule: its own repository, not compared
                self.entries[rel] = Entry(rel, EntryType.DIR)
                self._problem(rel, "git submodule: its files are not part of this baseline")
                continue
            if kind != "blob":
                continue
            size = int(size_s)
            if stat.S_ISLNK(mode):
                links.append(rel)
            self.entries[rel] = Entry(
                rel,
                EntryType.SYMLINK if stat.S_ISLNK(mode) else EntryType.FILE,
                size=size,
                mode=stat.S_IMODE(mode) if not stat.S_ISLNK(mode) else None,
            )
            self._oids[rel] = oid
            blobs.setdefault(oid, []).append(rel)
        link_oids = {self._oids[rel] for rel in links}
        for oid, data_hash, head in self._cat(list(blobs), keep=link_oids):
            for rel in blobs[oid]:
                e = self.entries[rel]
                if e.type is EntryType.SYMLINK:
                    self.entries[rel] = replace(e, link_target=head.decode("utf-8", "surrogateescape"))
                else:
                    self.entries[rel] = replace(e, sha256=data_hash)
        _add_parents(self.entries)

    def _cat(
        self, oids: list[str], keep: Collection[str] = (), limit: int = _MAX_LINK_TARGET
    ) -> Iterator[tuple[str, str, bytes]]:
        """(oid, sha256, first bytes) of each blob, via one ``git cat-file --batch`` process.

        ``keep`` names the blobs whose first ``limit`` bytes are returned (others return b'')."""
        if not oids:
            return
        try:
            proc = subprocess.Popen(
                ["git", "-C", self.repo, "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_git_env(),
            )
        except FileNotFoundError as exc:
            raise BaselineError("git is not installed: cannot read a REPO@REF baseline") from exc
        assert proc.stdin is not None and proc.stdout is not None
        stdin, stdout = proc.stdin, proc.stdout

        def feed() -> None:
            try:
                for oid in oids:
                    stdin.write(oid.encode() + b"\n")
                stdin.close()
            except BrokenPipeError:
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        try:
            for oid in oids:
                header = stdout.readline().split()
                if len(header) != 3:
                    raise BaselineError(f"{self.spec}: git cat-file: object {oid} is missing")
                left = int(header[2])
                h = hashlib.sha256()
                kept = b""
                while left:
                    chunk = stdout.read(min(left, _CHUNK))
                    if not chunk:
                        raise BaselineError(f"{self.spec}: git cat-file ended early at {oid}")
                    h.update(chunk)
                    left -= len(chunk)
                    if oid in keep and len(kept) < limit:
                        kept += chunk[: limit - len(kept)]
                stdout.read(1)  # the newline after each object
                yield oid, h.hexdigest(), kept
        finally:
            stdout.close()
            writer.join()
            proc.wait()

    def read(self, relpaths: Iterable[str], limit: int) -> dict[str, bytes]:
        rels: dict[str, list[str]] = {}
        for rel in relpaths:
            entry = self.entries.get(rel)
            oid = self._oids.get(rel)
            if entry is None or oid is None or entry.type is not EntryType.FILE or entry.size > limit:
                continue
            rels.setdefault(oid, []).append(rel)
        out: dict[str, bytes] = {}
        for oid, _, data in self._cat(list(rels), keep=set(rels), limit=limit):
            for rel in rels[oid]:
                out[rel] = data
        return out


def _git_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"})
    return env


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
    directory rule against them.
    """
    if os.path.isdir(spec):
        return DirectorySource(spec)
    if os.path.isfile(spec):
        source = _open_file(spec, limits)
        if isinstance(source, _ArchiveSource) and live_names is not None:
            source.strip_top(live_names)
        return source
    git = _split_git_spec(spec)
    if git is not None:
        return GitSource(*git)
    if os.path.lexists(spec):
        raise BaselineError(f"{spec}: not a directory, an archive or a webhunt manifest")
    raise BaselineError(f"{spec}: no such file or directory (nor a REPO@REF git revision)")


def _open_file(path: str, limits: Limits) -> Source:
    from webhunt.diff.manifest import ManifestSource, is_manifest

    lower = path.lower()
    if lower.endswith(ZIP_SUFFIXES):
        return ZipSource(path, limits)
    if lower.endswith(TAR_SUFFIXES):
        return TarSource(path, limits)
    if is_manifest(path):
        return ManifestSource(path)
    try:
        if zipfile.is_zipfile(path):
            return ZipSource(path, limits)
        if tarfile.is_tarfile(path):
            return TarSource(path, limits)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read: {exc.strerror}") from exc
    raise BaselineError(
        f"{path}: not an archive (.tar, .tar.gz, .tgz, .tar.bz2, .zip) nor a webhunt manifest"
    )
