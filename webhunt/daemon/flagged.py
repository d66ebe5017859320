"""What the guard knows is flagged right now, and which URL paths reach those files.

``FlaggedIndex`` holds one entry per flagged file (path -> finding id, hash, severity), loaded from
the store at start and kept current as files are scanned, changed and deleted. It answers the
access-log side in constant time: is the file behind this request flagged?

``UrlMap`` turns a logged URL path into the file it reaches under each root's URL prefix:
percent-decoded, ``.``/``..`` resolved (never above the root), ``PATH_INFO`` after a script
(``/shell.php/x``) and directory indexes (``/uploads/``) followed.
"""

from __future__ import annotations

import os
import posixpath
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from webhunt.model import Language, Severity, Status

DIRECTORY_INDEXES = ("index.php", "index.phtml", "index.jsp", "default.aspx", "default.asp", "index.asp")


@dataclass(frozen=True, slots=True)
class Flagged:
    finding_id: int
    path: str
    relpath: str
    root: str
    sha256: str
    severity: Severity
    score: int
    language: Language | None
    status: Status = Status.NEW


class FlaggedIndex:
    """Flagged files by path. Thread-safe."""

    def __init__(self, items: Iterable[Flagged] = ()) -> None:
        self._lock = threading.Lock()
        self._by_path: dict[str, Flagged] = {f.path: f for f in items}

    def __len__(self) -> int:
        with self._lock:
            return len(self._by_path)

    def get(self, path: str) -> Flagged | None:
        with self._lock:
            return self._by_path.get(path)

    def put(self, f: Flagged) -> Flagged | None:
        """Record ``f``; the entry it replaces, if any."""
        with self._lock:
            old = self._by_path.get(f.path)
            self._by_path[f.path] = f
            return old

    def pop(self, path: str) -> Flagged | None:
        with self._lock:
            return self._by_path.pop(path, None)

    def pop_under(self, path: str) -> list[Flagged]:
        """Remove and return ``path`` and everything below it (a deleted directory)."""
        prefix = path.rstrip("/") + "/"
        with self._lock:
            gone = [p for p in self._by_path if p == path or p.startswith(prefix)]
            return [self._by_path.pop(p) for p in gone]

    def in_root(self, root: str) -> list[Flagged]:
        with self._lock:
            return [f for f in self._by_path.values() if f.root == root]


@dataclass(frozen=True, slots=True)
class _Mount:
    prefix: str  # URL path prefix ending with '/'
    root: str


class UrlMap:
    """URL paths -> files, by the roots' URL prefixes (longest prefix first)."""

    def __init__(self, mounts: Sequence[tuple[str, str]]) -> None:
        """``mounts``: (URL prefix, root directory) pairs."""
        ordered = sorted(mounts, key=lambda m: -len(m[0]))
        self._mounts = [_Mount(p if p.endswith("/") else p + "/", os.path.abspath(r)) for p, r in ordered]

    def files(self, url_path: str) -> list[str]:
        """The files ``url_path`` may reach, most specific first (the script itself, then scripts
        before PATH_INFO, then directory indexes)."""
        decoded = unquote(url_path, errors="replace")
        if "\x00" in decoded or not decoded.startswith("/"):
            return []
        trailing = decoded.endswith("/")
        norm = posixpath.normpath(decoded)
        if norm.startswith("//"):
            norm = "/" + norm.lstrip("/")
        out: list[str] = []
        for m in self._mounts:
            base = m.prefix.rstrip("/")
            if norm != base and not norm.startswith(m.prefix) and m.prefix != "/":
                continue
            rel = norm[len(base) :].lstrip("/") if base else norm.lstrip("/")
            parts = [p for p in rel.split("/") if p]
            if not parts or trailing:
                directory = os.path.join(m.root, *parts)
                out.extend(os.path.join(directory, name) for name in DIRECTORY_INDEXES)
                if not parts:
                    continue
            out.append(os.path.join(m.root, *parts))
            # PATH_INFO: /dir/shell.php/extra runs /dir/shell.php
            for i in range(len(parts) - 1, 0, -1):
                out.append(os.path.join(m.root, *parts[:i]))
        return out

    def lookup(self, url_path: str, index: FlaggedIndex) -> Flagged | None:
        """The flagged file ``url_path`` reaches, if any."""
        for path in self.files(url_path):
            hit = index.get(path)
            if hit is not None:
                return hit
        return None
