"""Digests remembered between runs, so a re-run hashes only the files that changed since.

``webhunt diff`` against a manifest, an archive or a git revision compares each live file's sha256
with the recorded one, which means reading every live byte. A responder re-runs the diff many times
during an incident (and a cron job once a day); between runs almost nothing changes. So each tree's
digests are kept in the cache directory, one file per tree, and a file's digest is reused when its
device, inode, size, mtime and ctime (nanoseconds) are what they were when it was hashed.

Content still decides: what is trusted is the ctime, not the mtime. Attackers reset mtimes
(``touch -r``), but the kernel sets ctime on every write, rename and ``utime`` call, and only turning
the system clock back (root) gives it an old value; ``--no-cache`` hashes every file again. A file
written within the filesystem's timestamp granularity after it was hashed could keep its ctime, so
a digest is remembered only when the file's ctime is more than ``RACY_NS`` older than the moment
its hashing started (git's index does the same with its "racily clean" entries).

The file is ``marshal`` data in the user's own cache directory (written to a temporary file, then
renamed into place); one that cannot be read is reported as a warning and the run hashes everything.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from webhunt.atomic import write_atomically

log = logging.getLogger(__name__)

#: Bumped whenever the file's layout changes: an older file is then simply not used.
_FORMAT = "webhunt-digests-1"
#: Files whose ctime is this close to the start of their hashing are hashed again next time.
RACY_NS = 2_000_000_000
_DIR = "digests"

# rel -> (st_dev, st_ino, st_size, st_mtime_ns, st_ctime_ns, sha256 hex)
_Record = tuple[int, int, int, int, int, str]


def _key(st: os.stat_result) -> tuple[int, int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class DigestCache:
    """The remembered sha256 of one tree's files (relative path -> stat key and digest)."""

    def __init__(self, path: Path, root: str, records: dict[str, _Record] | None = None) -> None:
        self.path = path
        self.root = root
        self._records: dict[str, _Record] = records or {}
        self._dirty = False

    @classmethod
    def open(cls, cache_dir: Path, root: str) -> DigestCache:
        """The digests remembered for ``root`` (an absolute path); none when there is no usable file."""
        root = os.path.realpath(root)
        name = hashlib.sha256(root.encode("utf-8", "surrogateescape")).hexdigest()[:32]
        path = cache_dir / _DIR / f"{name}.marshal"
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls(path, root)
        except OSError as exc:
            log.warning("digest cache %s not used: %s", path, exc.strerror or exc)
            return cls(path, root)
        return cls(path, root, _parse(path, root, data))

    def __len__(self) -> int:
        return len(self._records)

    def split(
        self, jobs: Sequence[tuple[str, str, int]], stats: Mapping[str, os.stat_result]
    ) -> tuple[dict[str, str], list[tuple[str, str, int]]]:
        """(digests still valid for ``jobs``' files, the jobs whose files must be hashed)."""
        known: dict[str, str] = {}
        todo: list[tuple[str, str, int]] = []
        get = self._records.get
        for job in jobs:
            rel = job[0]
            rec = get(rel)
            if rec is not None:
                st = stats[rel]
                if (
                    rec[4] == st.st_ctime_ns
                    and rec[1] == st.st_ino
                    and rec[2] == st.st_size
                    and rec[3] == st.st_mtime_ns
                    and rec[0] == st.st_dev
                ):
                    known[rel] = rec[5]
                    continue
            todo.append(job)
        return known, todo

    def remember(
        self, digests: Mapping[str, str], stats: Mapping[str, os.stat_result], since_ns: int
    ) -> None:
        """Keep the digests of files hashed from ``since_ns`` (``time.time_ns()``) on, except racy ones."""
        newest = since_ns - RACY_NS
        records = self._records
        for rel, digest in digests.items():
            st = stats[rel]
            if st.st_ctime_ns < newest:
                records[rel] = (*_key(st), digest)
                self._dirty = True

    def save(self, present: Collection[str]) -> None:
        """Write the file back when anything changed, keeping only the paths still ``present``."""
        records = self._records
        gone = [rel for rel in records if rel not in present]
        for rel in gone:
            del records[rel]
        if not (self._dirty or gone):
            return
        try:
            write_atomically(self.path, marshal.dumps((_FORMAT, self.root, records)), dir_mode=0o700)
        except OSError as exc:
            log.warning("cannot update digest cache %s: %s", self.path, exc.strerror or exc)
            return
        self._dirty = False


def _parse(path: Path, root: str, data: bytes) -> dict[str, _Record]:
    """The records of a digest file, or none (with a warning) when it is not one of ours for ``root``."""
    try:
        obj = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        log.warning("digest cache %s not used: unreadable, it will be rewritten", path)
        return {}
    if not (
        isinstance(obj, tuple)
        and len(obj) == 3
        and obj[0] == _FORMAT
        and obj[1] == root
        and isinstance(obj[2], dict)
    ):
        log.warning("digest cache %s not used: another format or tree, it will be rewritten", path)
        return {}
    records: dict[str, _Record] = obj[2]
    for rel, rec in records.items():
        if not (type(rel) is str and type(rec) is tuple and len(rec) == 6 and type(rec[5]) is str):
            log.warning("digest cache %s not used: damaged, it will be rewritten", path)
            return {}
    return records
