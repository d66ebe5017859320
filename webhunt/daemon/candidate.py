"""One changed file -> the ``Candidate`` the walker would have built for it (an I/O edge).

The full walk learns a file's context on its way down: the ``.htaccess``/``.user.ini``/``web.config``
files of every directory from the root to the file (what they make executable), whether the file is
far newer than its siblings, whether it sits in an upload directory or matches an ignore glob. The
guard looks at single files, so it rebuilds that context per file, with a short-lived cache per
directory so an event storm in one directory lists it once, not once per file. The result is the
same context the walk gives (the scan cache keys on it).
"""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from webhunt.detect.config_files import ExecRules, makes_executable
from webhunt.languages import in_upload_dir, is_live_config, is_script, language_for
from webhunt.model import FileContext, Language

# The walker's own helpers, so that both build identical contexts (and cache keys).
from webhunt.walk import NEWER_THAN_SIBLINGS_S, Candidate, is_ignored, make_candidate, read_config

CONFIG_LANGUAGES = frozenset({Language.HTACCESS, Language.USER_INI, Language.WEB_CONFIG})
_MIN_SIBLINGS = 4


@dataclass(frozen=True, slots=True)
class _DirInfo:
    expires: float
    configs: tuple[tuple[str, Language], ...]  # config files here, in the walker's (name) order
    reference_mtime: float | None  # 80th percentile of the files' mtimes; None: too few files


def is_config(path: str) -> bool:
    """Is ``path`` a file the server reads as its directory's configuration?"""
    return is_live_config(os.path.basename(path))


class ContextBuilder:
    """Builds walk-equivalent candidates for single files. Thread-safe."""

    def __init__(
        self,
        ignore: Sequence[str] = (),
        *,
        ttl: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ignore = tuple(ignore)
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._dirs: dict[str, _DirInfo] = {}
        self._rules: dict[str, tuple[tuple[int, int, int], ExecRules | None]] = {}

    def forget(self, directory: str) -> None:
        """Drop what is known of ``directory`` and below (a config file or the directory changed)."""
        prefix = directory.rstrip("/") + "/"
        with self._lock:
            for d in [d for d in self._dirs if d == directory or d.startswith(prefix)]:
                del self._dirs[d]

    def candidate(self, root: str, path: str, st: os.stat_result) -> Candidate | None:
        """The candidate for regular file ``path`` under ``root``; None when it is not under it."""
        if not stat.S_ISREG(st.st_mode):
            return None
        rel = os.path.relpath(path, root)
        if rel.startswith("..") or os.path.isabs(rel):
            return None
        relpath = rel.replace(os.sep, "/")
        name = os.path.basename(path)
        directory = os.path.dirname(path)
        rules = self.exec_rules(root, directory)
        lang = language_for(relpath)
        executable = any(makes_executable(r, name) for r in rules)
        quick = (
            not is_script(lang)
            and not executable
            and bool(self._ignore)
            and is_ignored(relpath, self._ignore)
        )
        info = self._dir_info(directory)
        newer = (
            info.reference_mtime is not None and st.st_mtime > info.reference_mtime + NEWER_THAN_SIBLINGS_S
        )
        ctx = FileContext(
            relpath=relpath,
            language=lang,
            size=st.st_size,
            in_upload_dir=in_upload_dir(relpath),
            executable_by_config=executable,
            newer_than_siblings=newer,
        )
        return make_candidate(path, root, ctx, st, quick=quick)

    def exec_rules(self, root: str, directory: str) -> list[ExecRules]:
        """What the configuration files from ``root`` down to ``directory`` make executable."""
        dirs = [root]
        rel = os.path.relpath(directory, root)
        if rel != ".":
            for part in rel.split(os.sep):
                dirs.append(os.path.join(dirs[-1], part))
        out: list[ExecRules] = []
        for d in dirs:
            for name, lang in self._dir_info(d).configs:
                parsed = self._parsed(os.path.join(d, name), lang)
                if parsed is not None:
                    out.append(parsed)
        return out

    def _parsed(self, path: str, lang: Language) -> ExecRules | None:
        try:
            st = os.lstat(path)
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        key = (st.st_ino, st.st_size, st.st_mtime_ns)
        with self._lock:
            hit = self._rules.get(path)
        if hit is not None and hit[0] == key:
            return hit[1]
        parsed = read_config(path, lang)
        with self._lock:
            if len(self._rules) > 10_000:
                self._rules.clear()
            self._rules[path] = (key, parsed)
        return parsed

    def _dir_info(self, directory: str) -> _DirInfo:
        now = self._clock()
        with self._lock:
            info = self._dirs.get(directory)
        if info is not None and info.expires > now:
            return info
        configs: list[tuple[str, Language]] = []
        mtimes: list[float] = []
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
            for e in entries:
                try:
                    if not e.is_file(follow_symlinks=False):
                        continue
                    lang = language_for(e.name)
                    if lang in CONFIG_LANGUAGES and is_live_config(e.name):
                        configs.append((e.name, lang))
                    mtimes.append(e.stat(follow_symlinks=False).st_mtime)
                except OSError:
                    continue
        except OSError:
            pass  # gone or unreadable: no configuration, no siblings
        reference = None
        if len(mtimes) > _MIN_SIBLINGS:
            mtimes.sort()
            reference = mtimes[int(0.8 * (len(mtimes) - 1))]
        info = _DirInfo(now + self._ttl, tuple(configs), reference)
        with self._lock:
            if len(self._dirs) > 10_000:
                self._dirs.clear()
            self._dirs[directory] = info
        return info
