"""Verdicts remembered between runs, keyed on content: the same bytes in the same context under the
same ruleset get the same verdict, so a re-run need not load the detection engine to judge them.

``webhunt diff`` judges only what changed, but loading the engine (rules, heuristics' token index)
costs more than the whole comparison of a 20,000-file tree. A responder re-runs the diff against the
same baseline many times during an incident; the changes it judges are mostly the ones it judged
before. The key is the sha256 of the bytes judged, every field of their ``FileContext`` (path,
language, size, truncation, upload directory, configuration, owner, age) and the ruleset version
(which covers the webhunt version, every rule file and every heuristic): detection is a pure
function of those. One JSON file per ruleset version in the cache directory, at most
``MAX_ENTRIES`` verdicts, the least recently used dropped first; a file that cannot be read is a
warning, and everything is judged again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path

from webhunt.atomic import write_atomically
from webhunt.cache import verdict_from_json, verdict_to_json
from webhunt.model import FileContext, Verdict

log = logging.getLogger(__name__)

_FORMAT = "webhunt-verdicts-1"
MAX_ENTRIES = 5000
_DIR = "verdicts"


def memo_key(data: bytes, ctx: FileContext) -> str:
    return f"{hashlib.sha256(data).hexdigest()}\0{ctx!r}"


class VerdictMemo:
    """Verdicts by content and context, for one ruleset version. Safe to use from several threads."""

    def __init__(self, path: Path, ruleset_version: str, entries: dict[str, str] | None = None) -> None:
        self.path = path
        self.ruleset_version = ruleset_version
        self._entries: dict[str, str] = entries or {}
        self._lock = threading.Lock()
        self._dirty = False

    @classmethod
    def open(cls, cache_dir: Path, ruleset_version: str) -> VerdictMemo:
        path = cache_dir / _DIR / f"{ruleset_version}.json"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path, ruleset_version)
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("verdict memo %s not used: %s", path, getattr(exc, "strerror", None) or exc)
            return cls(path, ruleset_version)
        return cls(path, ruleset_version, _parse(path, ruleset_version, text))

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str) -> Verdict | None:
        with self._lock:
            text = self._entries.pop(key, None)
            if text is None:
                return None
            self._entries[key] = text  # most recently used last
        try:
            return verdict_from_json(text)
        except (ValueError, KeyError, TypeError):  # damaged entry: judge again
            with self._lock:
                self._entries.pop(key, None)
                self._dirty = True
            return None

    def put(self, key: str, verdict: Verdict) -> None:
        text = verdict_to_json(verdict)
        with self._lock:
            self._entries.pop(key, None)
            self._entries[key] = text
            while len(self._entries) > MAX_ENTRIES:
                del self._entries[next(iter(self._entries))]
            self._dirty = True

    def save(self) -> None:
        """Write the memo back when it gained verdicts (atomically; failures are warnings)."""
        with self._lock:
            if not self._dirty:
                return
            body = json.dumps(
                {"format": _FORMAT, "ruleset": self.ruleset_version, "verdicts": self._entries},
                separators=(",", ":"),
            )
            self._dirty = False
        try:
            write_atomically(self.path, body.encode(), dir_mode=0o700)
        except OSError as exc:
            log.warning("cannot update verdict memo %s: %s", self.path, exc.strerror or exc)


def _parse(path: Path, ruleset_version: str, text: str) -> dict[str, str]:
    try:
        obj = json.loads(text)
    except ValueError:
        obj = None
    if (
        not isinstance(obj, dict)
        or obj.get("format") != _FORMAT
        or obj.get("ruleset") != ruleset_version
        or not isinstance(obj.get("verdicts"), dict)
        or not all(type(v) is str for v in obj["verdicts"].values())
    ):
        log.warning("verdict memo %s not used: damaged or of another format, it will be rewritten", path)
        return {}
    entries: dict[str, str] = obj["verdicts"]
    return entries
