"""Quarantine: the one action that changes a web root, and only when a person asks for it.

``quarantine`` moves a file into a quarantine store with a manifest (original path, owner, mode,
timestamps, sha256), verifying the copy before the original is removed, so nothing executable is left
behind and evidence survives a failure half-way. ``restore`` puts the file back exactly.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from webhunt import __version__
from webhunt.errors import WebhuntError

MANIFEST = "manifest.json"
CONTENT = "content.quarantined"
_CHUNK = 1024 * 1024


class QuarantineError(WebhuntError):
    """A quarantine or restore that was refused or failed (the message says what is kept where)."""


class QuarantineDisabled(WebhuntError):
    """Quarantine was asked for where the configuration does not allow it."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One quarantined file, as recorded in its manifest."""

    id: str
    original_path: str
    root: str
    sha256: str
    size: int
    mode: int
    uid: int
    gid: int
    atime_ns: int
    mtime_ns: int
    ctime_ns: int
    quarantined_at: float
    quarantined_by: str
    note: str
    finding_id: int | None
    state: str  # "quarantined" | "original-kept" (removal failed) | "restored"
    webhunt_version: str = __version__

    @property
    def mode_text(self) -> str:
        return oct(stat.S_IMODE(self.mode))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _inside(path: str, roots: list[str]) -> str | None:
    real = os.path.realpath(path)
    for root in roots:
        r = os.path.realpath(root).rstrip("/")
        if real.startswith(r + "/"):
            return r
    return None


def _write_manifest(folder: Path, entry: Entry) -> None:
    tmp = folder / (MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(asdict(entry), fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, folder / MANIFEST)


def load_entry(folder: Path) -> Entry:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return Entry(**data)
    except (OSError, ValueError, TypeError) as exc:
        raise QuarantineError(f"{folder / MANIFEST}: unreadable quarantine manifest: {exc}") from exc


def quarantine(
    path: str,
    *,
    roots: list[str],
    store_dir: Path,
    by: str,
    note: str = "",
    finding_id: int | None = None,
    expected_sha256: str | None = None,
) -> Entry:
    """Move ``path`` (inside one of ``roots``) into ``store_dir``. Returns the manifest entry."""
    root = _inside(path, roots)
    if root is None:
        raise QuarantineError(
            f"{path}: refused: not inside a configured web root ({', '.join(roots) or 'none'})"
        )
    p = Path(path)
    try:
        st = p.lstat()
    except OSError as exc:
        raise QuarantineError(f"{path}: cannot quarantine: {exc.strerror}") from exc
    if not stat.S_ISREG(st.st_mode):
        raise QuarantineError(f"{path}: refused: not a regular file")
    sha = _sha256(p)
    if expected_sha256 and sha != expected_sha256:
        raise QuarantineError(
            f"{path}: refused: content changed since the finding "
            f"(sha256 {sha[:12]}, expected {expected_sha256[:12]})"
        )
    qid = f"{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{sha[:12]}"
    folder = store_dir / qid
    folder.mkdir(parents=True, exist_ok=False, mode=0o700)
    entry = Entry(
        id=qid,
        original_path=str(p.absolute()),
        root=root,
        sha256=sha,
        size=st.st_size,
        mode=st.st_mode,
        uid=st.st_uid,
        gid=st.st_gid,
        atime_ns=st.st_atime_ns,
        mtime_ns=st.st_mtime_ns,
        ctime_ns=st.st_ctime_ns,
        quarantined_at=time.time(),
        quarantined_by=by,
        note=note,
        finding_id=finding_id,
        state="original-kept",
    )
    # 1. evidence first: the manifest, then a verified, non-executable copy
    _write_manifest(folder, entry)
    copy = folder / CONTENT
    with open(p, "rb") as src, open(copy, "xb") as dst:
        while chunk := src.read(_CHUNK):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    os.chmod(copy, 0o400)
    if _sha256(copy) != sha:
        raise QuarantineError(f"{path}: copy in {folder} does not match; the original was left in place")
    # 2. only then remove the original
    try:
        p.unlink()
    except OSError as exc:
        raise QuarantineError(
            f"{path}: evidence saved in {folder}, but the original could not be removed: {exc.strerror}"
        ) from exc
    done = Entry(**{**asdict(entry), "state": "quarantined"})
    _write_manifest(folder, done)
    return done


def restore(folder: Path, *, force: bool = False) -> Entry:
    """Put a quarantined file back exactly: content, mode, owner and timestamps."""
    entry = load_entry(folder)
    if entry.state == "restored":
        raise QuarantineError(f"{entry.id}: already restored to {entry.original_path}")
    if entry.state == "original-kept":
        raise QuarantineError(f"{entry.id}: the original was never removed from {entry.original_path}")
    target = Path(entry.original_path)
    if target.exists() and not force:
        raise QuarantineError(f"{target}: refused: a file exists there now (use --force to replace it)")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.webhunt-restore")
    h = hashlib.sha256()
    with open(folder / CONTENT, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(_CHUNK):
            h.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    if h.hexdigest() != entry.sha256:
        tmp.unlink()
        raise QuarantineError(f"{target}: quarantined copy does not match the recorded sha256; not restored")
    try:
        os.chown(tmp, entry.uid, entry.gid)
    except PermissionError as exc:
        tmp.unlink()
        raise QuarantineError(
            f"{target}: cannot restore the owner {entry.uid}:{entry.gid}: {exc.strerror}"
        ) from exc
    os.chmod(tmp, stat.S_IMODE(entry.mode))
    os.utime(tmp, ns=(entry.atime_ns, entry.mtime_ns))
    os.replace(tmp, target)
    done = Entry(**{**asdict(entry), "state": "restored"})
    _write_manifest(folder, done)
    return done


def entries(store_dir: Path) -> list[Entry]:
    if not store_dir.is_dir():
        return []
    return [load_entry(d) for d in sorted(store_dir.iterdir()) if (d / MANIFEST).is_file()]
