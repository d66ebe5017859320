"""Tar and zip archives as baselines: read in place, member by member, never extracted to disk.

Archives are hostile until read: a member with an absolute path or a ``..`` component, a link whose
target leaves the archive, or a device file is refused with a ``BaselineError`` naming it; so are
archives beyond ``Limits`` (members, total uncompressed bytes, compression ratio). The top-level
directory rule is described in ``webhunt.diff.sources``.

Imported only when a baseline is an archive (``open_source``): the diff of two directories does not
pay for ``tarfile``, ``zipfile`` and the decompressors.
"""

from __future__ import annotations

import hashlib
import io
import lzma
import os
import re
import stat
import tarfile
import time
import zipfile
import zlib
from collections.abc import Collection, Iterable
from dataclasses import replace
from typing import IO, Protocol

from webhunt.diff.sources import (
    CHUNK,
    DEFAULT_LIMITS,
    MAX_LINK_TARGET,
    TAR_SUFFIXES,
    ZIP_SUFFIXES,
    Entry,
    EntryType,
    Limits,
    Source,
    add_parents,
    link_stays_inside,
)
from webhunt.errors import BaselineError


def member_relpath(archive: str, name: str) -> str:
    """An archive member's name as a relpath, or a BaselineError naming the member."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm):
        raise BaselineError(f"{archive}: member {name!r} has an absolute path; archive refused")
    parts = [p for p in norm.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise BaselineError(f"{archive}: member {name!r} climbs out with '..'; archive refused")
    return "/".join(parts)


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
    while chunk := fh.read(CHUNK):
        h.update(chunk)
        n += len(chunk)
        budget.consumed(name, len(chunk))
        if len(kept) < keep:
            kept += chunk[: keep - len(kept)]
    return h.hexdigest(), n, kept


class _ArchiveSource(Source):
    """Common parts of tar and zip: top-level stripping and link validation."""

    entries: dict[str, Entry]

    def __init__(self, spec: str, limits: Limits) -> None:
        super().__init__(spec)
        self.entries = {}
        self.limits = limits
        self._names: dict[str, str] = {}  # relpath (unstripped) -> member name holding its bytes

    def _finish(self) -> None:
        add_parents(self.entries)
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
        buffered = io.BufferedReader(counter, buffer_size=CHUNK)
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
                        _Bounded(fh, info), info.filename, budget, MAX_LINK_TARGET if is_link else 0
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


def open_archive(
    path: str, limits: Limits, live_names: Collection[str] | None, *, sniff: bool = False
) -> Source:
    """A tar or zip archive by its name's suffix (or, with ``sniff``, by its first bytes), with the
    top-level directory rule applied against ``live_names``."""
    lower = path.lower()
    source: _ArchiveSource
    if lower.endswith(ZIP_SUFFIXES):
        source = ZipSource(path, limits)
    elif lower.endswith(TAR_SUFFIXES):
        source = TarSource(path, limits)
    elif not sniff:
        raise BaselineError(f"{path}: not a .tar or .zip archive")
    else:
        try:
            if zipfile.is_zipfile(path):
                source = ZipSource(path, limits)
            elif tarfile.is_tarfile(path):
                source = TarSource(path, limits)
            else:
                raise BaselineError(
                    f"{path}: not an archive (.tar, .tar.gz, .tgz, .tar.bz2, .zip) nor a webhunt manifest"
                )
        except OSError as exc:
            raise BaselineError(f"{path}: cannot read: {exc.strerror}") from exc
    if live_names is not None:
        source.strip_top(live_names)
    return source
