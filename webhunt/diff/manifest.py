"""``webhunt baseline save``: a versioned record of a web root, like AIDE's database.

The file is JSON lines (optionally gzip-compressed when the name ends in ``.gz``). The first line
is a header, every further line one entry::

    {"format": "webhunt-baseline", "version": 1, "webhunt": "0.1.0", "created": "...Z",
     "root": "/var/www/html", "hash": "sha256", "entries": 2}
    {"path": "index.php", "type": "file", "size": 405, "mode": "0644", "uid": 33, "gid": 33,
     "mtime": 1700000000.0, "sha256": "..."}
    {"path": "latest", "type": "symlink", "size": 5, "mode": "0777", "uid": 0, "gid": 0,
     "mtime": 1700000000.0, "target": "2024/"}

Every entry of the root is recorded (ignore rules apply later, when comparing). A manifest written by
a newer webhunt (higher ``version``) is refused with a clear message; older versions are upgraded
on load through ``MIGRATIONS``, one numbered step at a time (``MIGRATIONS[n]`` turns version ``n``
into ``n + 1``).
"""

from __future__ import annotations

import gzip
import json
import os
import stat
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from webhunt import __version__
from webhunt.diff.hashing import default_workers, hash_files
from webhunt.diff.sources import DirectorySource, Entry, EntryType, Source
from webhunt.errors import BaselineError
from webhunt.model import ScanProblem, iso
from webhunt.settings import host_name

FORMAT = "webhunt-baseline"
FORMAT_VERSION = 1
HASH_ALGORITHM = "sha256"

_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Migration:
    """Turns a manifest of version ``n`` into version ``n + 1``, header and each entry record."""

    header: Callable[[dict[str, Any]], dict[str, Any]]
    record: Callable[[dict[str, Any]], dict[str, Any]]


#: version n -> the step to version n + 1. Version 1 is the first published format.
MIGRATIONS: Mapping[int, Migration] = {}


@dataclass(frozen=True, slots=True)
class ManifestHeader:
    version: int
    webhunt: str
    created: str
    root: str
    hash: str
    entries: int
    host: str = ""


@dataclass(slots=True)
class SaveResult:
    path: str
    root: str
    entries: int = 0
    files: int = 0
    problems: list[ScanProblem] = field(default_factory=list)
    seconds: float = 0.0


# --------------------------------------------------------------------------------------------------
# Writing


def save_manifest(
    root: str, out_path: str, *, workers: int | None = None, digest_dir: Path | None = None
) -> SaveResult:
    """Walk ``root``, hash every file in parallel and write the manifest atomically to ``out_path``.

    Every file is hashed (a known-good record never takes a digest on trust); with ``digest_dir`` the
    digests are also remembered there, so the next ``webhunt diff`` against this manifest re-reads
    only the files that changed since (``webhunt.diff.digests``)."""
    started = time.monotonic()
    since = time.time_ns()
    source = DirectorySource(root)
    files = [
        (rel, source.path_of(rel), st.st_size) for rel, st in source.stats.items() if stat.S_ISREG(st.st_mode)
    ]
    hashed = hash_files(files, workers or default_workers())
    if digest_dir is not None:
        from webhunt.diff.digests import DigestCache

        digests = DigestCache.open(digest_dir, source.root)
        digests.remember(hashed.values, source.stats, since)
        digests.save(source.stats)
    result = SaveResult(path=out_path, root=source.root, problems=list(source.problems))
    for _, (path, reason) in sorted(hashed.errors.items()):
        result.problems.append(ScanProblem(path, reason))
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "webhunt": __version__,
        "created": iso(time.time()),
        "root": source.root,
        "host": host_name(),
        "hash": HASH_ALGORITHM,
        "entries": len(source.entries),
    }
    directory = os.path.dirname(os.path.abspath(out_path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".webhunt-manifest-", dir=directory)
    except OSError as exc:
        raise BaselineError(f"{out_path}: cannot write: {exc.strerror}") from exc
    try:
        lines = [_line(header)]
        lines += [
            _line(_record(source.entries[rel], hashed.values.get(rel))) for rel in sorted(source.entries)
        ]
        with os.fdopen(fd, "wb") as raw:
            if out_path.endswith(".gz"):
                with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
                    gz.writelines(lines)
            else:
                raw.writelines(lines)
        os.replace(tmp, out_path)
    except OSError as exc:
        os.unlink(tmp)
        raise BaselineError(f"{out_path}: cannot write: {exc.strerror}") from exc
    result.entries = len(source.entries)
    result.files = len(files)
    result.seconds = time.monotonic() - started
    return result


_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"))


def _line(obj: dict[str, Any]) -> bytes:
    return _ENCODER.encode(obj).encode() + b"\n"


def _record(entry: Entry, sha256: str | None) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "path": entry.relpath,
        "type": entry.type.value,
        "size": entry.size,
        "mode": None if entry.mode is None else f"{entry.mode:04o}",
        "uid": entry.uid,
        "gid": entry.gid,
        "mtime": entry.mtime,
    }
    if entry.type is EntryType.FILE:
        rec["sha256"] = sha256
    if entry.type is EntryType.SYMLINK:
        rec["target"] = entry.link_target
    return rec


# --------------------------------------------------------------------------------------------------
# Reading


def is_manifest(path: str) -> bool:
    """Whether ``path`` starts like a webhunt manifest (plain or gzip-compressed)."""
    try:
        with _open_text(path) as fh:
            first = fh.readline(64 * 1024)
    except (OSError, EOFError, UnicodeDecodeError):
        return False
    try:
        header = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(header, dict) and header.get("format") == FORMAT


def _open_text(path: str) -> IO[str]:
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == _GZIP_MAGIC:
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def load_manifest(
    path: str, *, migrations: Mapping[int, Migration] = MIGRATIONS
) -> tuple[ManifestHeader, dict[str, Entry]]:
    """Header and entries of a manifest, upgraded to the current format version."""
    try:
        with _open_text(path) as fh:
            return _parse(path, fh, migrations)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read manifest: {exc.strerror or exc}") from exc
    except (EOFError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: manifest is damaged: {exc}") from exc


def _parse(
    path: str, fh: IO[str], migrations: Mapping[int, Migration]
) -> tuple[ManifestHeader, dict[str, Entry]]:
    numbered = [(no, line) for no, line in enumerate(fh.read().split("\n"), start=1) if line.strip()]
    if not numbered:
        raise BaselineError(f"{path}: empty file, not a webhunt manifest")
    raw_header = _object(path, *numbered[0])
    if raw_header.get("format") != FORMAT:
        raise BaselineError(f'{path}: line 1: not a webhunt manifest (no "format": "{FORMAT}")')
    version = raw_header.get("version")
    if not isinstance(version, int) or version < 0:
        raise BaselineError(f'{path}: line 1: field "version" must be a whole number, got {version!r}')
    if version > FORMAT_VERSION:
        raise BaselineError(
            f"{path}: manifest format version {version} was written by a newer webhunt "
            f"({raw_header.get('webhunt', '?')}); this webhunt {__version__} reads up to version "
            f"{FORMAT_VERSION}: upgrade webhunt"
        )
    steps = _steps(path, version, migrations)
    header = _header(path, _upgrade(raw_header, [s.header for s in steps]))
    rest = numbered[1:]
    try:  # one C-level parse of every record; line by line only to name a damaged line
        records = json.loads("[" + ",".join(line for _, line in rest) + "]")
    except json.JSONDecodeError:
        records = [_object(path, no, line) for no, line in rest]
    record_steps = [s.record for s in steps]
    entries: dict[str, Entry] = {}
    for (no, _), rec in zip(rest, records, strict=True):
        if not isinstance(rec, dict):
            raise BaselineError(f"{path}: line {no}: expected a JSON object")
        entry = _entry(path, no, _upgrade(rec, record_steps) if record_steps else rec)
        entries[entry.relpath] = entry
    if len(entries) != header.entries:
        raise BaselineError(
            f"{path}: manifest is truncated or damaged: the header announces {header.entries} "
            f"entries, the file holds {len(entries)}"
        )
    return header, entries


def _object(path: str, no: int, line: str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}: line {no}: not JSON: {exc.msg}") from None
    if not isinstance(obj, dict):
        raise BaselineError(f"{path}: line {no}: expected a JSON object")
    return obj


def _steps(path: str, version: int, migrations: Mapping[int, Migration]) -> list[Migration]:
    steps: list[Migration] = []
    for v in range(version, FORMAT_VERSION):
        step = migrations.get(v)
        if step is None:
            raise BaselineError(
                f"{path}: manifest format version {version} cannot be upgraded "
                f"(no migration from version {v}); save the baseline again"
            )
        steps.append(step)
    return steps


def _upgrade(obj: dict[str, Any], fns: list[Callable[[dict[str, Any]], dict[str, Any]]]) -> dict[str, Any]:
    for fn in fns:
        obj = fn(obj)
    return obj


def _header(path: str, h: dict[str, Any]) -> ManifestHeader:
    algorithm = h.get("hash")
    if algorithm != HASH_ALGORITHM:
        raise BaselineError(f"{path}: line 1: hash algorithm {algorithm!r} is not supported (sha256)")
    count = h.get("entries")
    if not isinstance(count, int):
        raise BaselineError(f'{path}: line 1: field "entries" must be a whole number')
    return ManifestHeader(
        version=FORMAT_VERSION,
        webhunt=str(h.get("webhunt", "")),
        created=str(h.get("created", "")),
        root=str(h.get("root", "")),
        hash=algorithm,
        entries=count,
        host=str(h.get("host", "")),
    )


_TYPES = {t.value: t for t in EntryType}


def _entry(path: str, no: int, rec: dict[str, Any]) -> Entry:
    """One record as an Entry; a bad field is a BaselineError naming file, line and field."""
    rel = rec.get("path")
    kind = _TYPES.get(rec.get("type"))  # type: ignore[arg-type]
    mode_s = rec.get("mode")
    size, uid, gid, mtime = rec.get("size", 0), rec.get("uid"), rec.get("gid"), rec.get("mtime")
    sha, target = rec.get("sha256"), rec.get("target")
    try:
        mode = None if mode_s is None else int(mode_s, 8)
    except (TypeError, ValueError):
        mode = -1
    if (
        type(rel) is not str
        or not rel
        or rel[0] == "/"
        or "/../" in f"/{rel}/"
        or kind is None
        or mode == -1
        or type(size) is not int
        or (uid is not None and type(uid) is not int)
        or (gid is not None and type(gid) is not int)
        or (mtime is not None and type(mtime) not in (int, float))
        or (sha is not None and (type(sha) is not str or len(sha) != 64))
    ):
        raise _bad_record(path, no, rec)
    return Entry(
        rel,
        kind,
        size,
        mode,
        uid,
        gid,
        None if mtime is None else float(mtime),
        sha,
        target if type(target) is str else None,
    )


def _bad_record(path: str, no: int, rec: dict[str, Any]) -> BaselineError:
    """The message for a record that failed the checks of ``_entry``: which field, and why."""

    def bad(name: str, why: str) -> BaselineError:
        return BaselineError(f"{path}: line {no}: field {name!r} {why}, got {rec.get(name)!r}")

    rel = rec.get("path")
    if type(rel) is not str or not rel or rel[0] == "/" or "/../" in f"/{rel}/":
        return bad("path", "must be a relative path")
    if rec.get("type") not in _TYPES:
        return bad("type", "must be one of file, dir, symlink, other")
    if rec.get("mode") is not None:
        try:
            int(rec["mode"], 8)
        except (TypeError, ValueError):
            return bad("mode", "must be octal")
    for name in ("size", "uid", "gid"):
        if rec.get(name) is not None and type(rec.get(name)) is not int:
            return bad(name, "must be a whole number")
    if rec.get("mtime") is not None and type(rec.get("mtime")) not in (int, float):
        return bad("mtime", "must be a number")
    return bad("sha256", "must be 64 hex digits")


class ManifestSource(Source):
    """A saved manifest as a baseline: hashes and metadata, no content to diff."""

    kind = "manifest"
    has_content = False

    def __init__(self, path: str, *, migrations: Mapping[int, Migration] = MIGRATIONS) -> None:
        super().__init__(path)
        self.header, self.entries = load_manifest(path, migrations=migrations)

    @property
    def description(self) -> str:
        h = self.header
        return f"manifest {self.spec} (of {h.root}, saved {h.created} by webhunt {h.webhunt})"

    def sha256(self, entry: Entry) -> str:
        if entry.sha256 is None:
            raise BaselineError(f"{self.spec}: {entry.relpath} could not be hashed when it was saved")
        return entry.sha256
