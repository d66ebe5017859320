"""Discovery: walk web roots and say what to scan and how (an I/O edge).

- Never follows a symlink out of the root; directory symlinks are never followed (no loops), and a
  link pointing outside the root is reported.
- Unreadable directories and files are reported as ``ScanProblem``, never skipped silently.
- Ignore globs skip data files but never scripts: code appearing in an ignored directory is scanned.
- ``.htaccess``/``.user.ini``/``web.config`` are read as the walk enters a directory, so the files they
  make executable (e.g. ``.jpg`` mapped to PHP) are known when the directory's files are listed.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from webhunt.detect.config_files import (
    ExecRules,
    makes_executable,
    parse_htaccess,
    parse_user_ini,
    parse_web_config,
)
from webhunt.languages import in_upload_dir, is_live_config, is_script, language_for
from webhunt.model import FileContext, Language, ScanProblem

log = logging.getLogger(__name__)

CONFIG_READ_CAP = 1024 * 1024
#: A file this much newer (seconds) than nearly all of its siblings is a context signal.
NEWER_THAN_SIBLINGS_S = 7 * 24 * 3600
_MIN_SIBLINGS = 4

_PARSERS = {
    Language.HTACCESS: parse_htaccess,
    Language.USER_INI: parse_user_ini,
    Language.WEB_CONFIG: parse_web_config,
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file to scan: where it is, the context detection gets, and the stat that keys the cache."""

    path: str
    root: str
    ctx: FileContext
    size: int
    mtime: float
    ctime: float
    mtime_ns: int
    ctime_ns: int
    mode: int
    uid: int
    gid: int
    inode: int
    dev: int
    quick: bool = False  # an ignored data file: only a short head+tail read, checked for code


def _inside(root_real: str, target: str) -> bool:
    real = os.path.realpath(target)
    return real == root_real or real.startswith(root_real.rstrip("/") + "/")


def is_ignored(relpath: str, patterns: Sequence[str]) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    for pat in patterns:
        p = pat.rstrip("/")
        if fnmatch.fnmatch(relpath, p) or fnmatch.fnmatch(name, p):
            return True
        if fnmatch.fnmatch(relpath, p + "/*") or relpath.startswith(p.lstrip("/") + "/"):
            return True
    return False


def read_config(path: str, lang: Language) -> ExecRules | None:
    try:
        with open(path, "rb") as fh:
            text = fh.read(CONFIG_READ_CAP).decode("utf-8", errors="replace")
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc.strerror)
        return None
    return _PARSERS[lang](text)


def _newer_than_siblings(mtimes: list[float]) -> list[bool]:
    """For each file, whether it is far newer than (nearly) all its siblings."""
    if len(mtimes) <= _MIN_SIBLINGS:
        return [False] * len(mtimes)
    ordered = sorted(mtimes)
    # the 80th percentile of the directory: a newcomer is far newer than most of its siblings
    reference = ordered[int(0.8 * (len(ordered) - 1))]
    return [m > reference + NEWER_THAN_SIBLINGS_S for m in mtimes]


def walk(
    root: str,
    *,
    ignore: Sequence[str] = (),
    problems: list[ScanProblem] | None = None,
) -> Iterator[Candidate]:
    """Every regular file under ``root`` worth scanning, in a stable order."""
    report = problems.append if problems is not None else (lambda p: None)
    root = os.path.abspath(root)
    try:
        st_root = os.stat(root)
    except OSError as exc:
        report(ScanProblem(root, f"cannot open: {exc.strerror}"))
        return
    if stat.S_ISREG(st_root.st_mode):
        yield from _single_file(root, st_root)
        return
    root_real = os.path.realpath(root)
    seen_dirs: set[tuple[int, int]] = set()
    # stack of (directory path, relpath prefix, inherited exec rules)
    stack: list[tuple[str, str, tuple[ExecRules, ...]]] = [(root, "", ())]
    while stack:
        dirpath, prefix, inherited = stack.pop()
        try:
            with os.scandir(dirpath) as it:
                entries = sorted(it, key=lambda e: e.name)
            dst = os.stat(dirpath)
        except OSError as exc:
            report(ScanProblem(dirpath, f"cannot list directory: {exc.strerror}"))
            continue
        if (dst.st_dev, dst.st_ino) in seen_dirs:
            report(ScanProblem(dirpath, "directory loop, not entered again"))
            continue
        seen_dirs.add((dst.st_dev, dst.st_ino))

        rules = list(inherited)
        for entry in entries:
            lang = language_for(entry.name)
            if lang in _PARSERS and is_live_config(entry.name) and entry.is_file(follow_symlinks=False):
                parsed = read_config(entry.path, lang)
                if parsed is not None:
                    rules.append(parsed)
        here = tuple(rules)

        files: list[tuple[os.DirEntry[str], os.stat_result, str]] = []
        subdirs: list[tuple[str, str]] = []
        for entry in entries:
            relpath = prefix + entry.name
            try:
                if entry.is_symlink():
                    target = os.path.realpath(entry.path)
                    if not _inside(root_real, entry.path):
                        report(ScanProblem(entry.path, f"symlink to {target} outside the root, not followed"))
                    continue  # inside the root: the target is scanned where it lives
                if entry.is_dir(follow_symlinks=False):
                    subdirs.append((entry.path, relpath + "/"))
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue  # sockets, fifos, devices: nothing a web server runs
                files.append((entry, entry.stat(follow_symlinks=False), relpath))
            except OSError as exc:
                report(ScanProblem(entry.path, f"cannot stat: {exc.strerror}"))

        newer = _newer_than_siblings([st.st_mtime for _, st, _ in files])
        for (entry, st, relpath), is_newer in zip(files, newer, strict=True):
            lang = language_for(relpath)
            executable = any(makes_executable(r, entry.name) for r in here)
            # Ignored data files are still checked for code (quick head+tail read); scripts never ignored.
            quick = not is_script(lang) and not executable and bool(ignore) and is_ignored(relpath, ignore)
            ctx = FileContext(
                relpath=relpath,
                language=lang,
                size=st.st_size,
                in_upload_dir=in_upload_dir(relpath),
                executable_by_config=executable,
                newer_than_siblings=is_newer,
            )
            yield make_candidate(entry.path, root, ctx, st, quick=quick)
        for sub in reversed(subdirs):
            stack.append((sub[0], sub[1], here))


def _single_file(path: str, st: os.stat_result) -> Iterator[Candidate]:
    name = os.path.basename(path)
    # the web root is unknown: only the directory the file sits in says where it is (a file under
    # /tmp/case-42/ is not in a temporary directory of a site)
    parent = os.path.basename(os.path.dirname(os.path.abspath(path)))
    ctx = FileContext(
        relpath=name,
        language=language_for(f"{parent}/{name}"),  # a cgi-bin or App_Code directory of its own
        size=st.st_size,
        in_upload_dir=in_upload_dir(f"{parent}/{name}"),
    )
    yield make_candidate(path, os.path.dirname(path), ctx, st)


def make_candidate(
    path: str, root: str, ctx: FileContext, st: os.stat_result, *, quick: bool = False
) -> Candidate:
    return Candidate(
        quick=quick,
        path=path,
        root=root,
        ctx=ctx,
        size=st.st_size,
        mtime=st.st_mtime,
        ctime=st.st_ctime,
        mtime_ns=st.st_mtime_ns,
        ctime_ns=st.st_ctime_ns,
        mode=st.st_mode,
        uid=st.st_uid,
        gid=st.st_gid,
        inode=st.st_ino,
        dev=st.st_dev,
    )
