"""The scan cache: a re-scan skips files whose stat and context did not change.

Keyed on path, device, inode, size, mtime, ctime (nanoseconds), the detection context and the ruleset
version; an attacker who resets mtime still changes ctime. Stored in a small SQLite file in the cache
directory, loaded once per scan and written back in batches.
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from webhunt.model import Language, Reason, Verdict, severity_for
from webhunt.walk import Candidate

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    verdict TEXT NOT NULL
)
"""


def cache_key(c: Candidate, ruleset_version: str) -> str:
    ctx = c.ctx
    flags = f"{int(ctx.in_upload_dir)}{int(ctx.executable_by_config)}{int(ctx.newer_than_siblings)}"
    return (
        f"{ruleset_version}:{c.dev}:{c.inode}:{c.size}:{c.mtime_ns}:{c.ctime_ns}:{c.mode}:{c.uid}"
        f":{flags}:{int(c.quick)}"
    )


def verdict_to_json(v: Verdict) -> str:
    return json.dumps(
        {"language": v.language.value, "score": v.score, "reasons": [r.to_dict() for r in v.reasons]},
        separators=(",", ":"),
    )


@functools.lru_cache(maxsize=4096)
def verdict_from_json(text: str) -> Verdict:
    """A cached verdict (memoised: clean files share a handful of texts; a Verdict is immutable)."""
    d = json.loads(text)
    score = int(d["score"])
    return Verdict(
        language=Language(d["language"]),
        reasons=tuple(Reason.from_dict(r) for r in d["reasons"]),
        score=score,
        severity=severity_for(score),
    )


class ScanCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)

    @classmethod
    def open(cls, cache_dir: Path) -> ScanCache | None:
        """The cache, or None (with a warning) when it cannot be opened: scanning goes on uncached."""
        try:
            return cls(cache_dir / "scan-cache.sqlite")
        except (OSError, sqlite3.Error) as exc:
            log.warning("scan cache disabled: cannot open %s: %s", cache_dir, exc)
            return None

    def lookup(self, paths: Iterable[str]) -> dict[str, tuple[str, str, str]]:
        """path -> (key, sha256, verdict json) for the given paths that are cached."""
        out: dict[str, tuple[str, str, str]] = {}
        batch: list[str] = []

        def flush() -> None:
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(
                f"SELECT path, key, sha256, verdict FROM files WHERE path IN ({marks})",
                batch,
            )
            for path, key, sha, verdict in rows:
                out[path] = (key, sha, verdict)
            batch.clear()

        for p in paths:
            batch.append(p)
            if len(batch) >= 500:
                flush()
        if batch:
            flush()
        return out

    def store(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        """Save (path, key, sha256, verdict json) rows."""
        try:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:
            log.warning("cannot update scan cache %s: %s", self.path, exc)

    def close(self) -> None:
        self._db.close()
