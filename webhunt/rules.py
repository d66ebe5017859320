"""Rule sets: the project's signatures plus community rule directories.

Every rule file is compiled alone first, so a broken file is named with its line. The project's own
signatures must all compile (a broken one stops start-up); a broken file in a ``--rules`` directory is
reported and skipped without hiding the others. The ruleset version is a hash of every rule file's
bytes, webhunt's version and the code of its detection layers (a checkout that changes how files are
judged, with the same version number, must not reuse verdicts cached by the old code); compiled rules
and cached verdicts are kept per version.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from webhunt import __version__
from webhunt.detect.yara_adapter import CompiledRules, check_file
from webhunt.errors import RuleError

log = logging.getLogger(__name__)

YARA_SUFFIXES = (".yar", ".yara")


def signatures_dir() -> Path:
    """Where the bundled signatures live (inside the installed package)."""
    return Path(str(resources.files("webhunt_signatures")))


@dataclass(frozen=True, slots=True)
class RuleSources:
    """The rule files a ruleset is built from, and the problems met collecting them."""

    yara_files: dict[str, str]  # namespace -> path
    heuristic_files: tuple[str, ...]
    version: str
    problems: tuple[str, ...] = field(default=())


def _yara_files_under(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        found.extend(Path(dirpath) / f for f in sorted(filenames) if f.endswith(YARA_SUFFIXES))
    return found


@functools.cache
def detection_code_digest() -> bytes:
    """sha256 of the detection code (the modules of ``webhunt/detect``)."""
    return code_digest(Path(__file__).resolve().parent / "detect")


def code_digest(package: Path) -> bytes:
    """sha256 of the paths and bytes of the Python modules under ``package``."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


def collect(extra_dirs: Sequence[str] = ()) -> RuleSources:
    base = signatures_dir()
    problems: list[str] = []
    files: dict[str, str] = {}
    for path in _yara_files_under(base / "yara"):
        # bundled files are checked one by one only if compiling the set fails (compiled_rules):
        # a start with the compiled set cached compiles nothing
        files[f"webhunt.{path.stem}"] = str(path)
    for i, d in enumerate(extra_dirs):
        root = Path(d)
        if not root.is_dir():
            raise RuleError(f"--rules {d}: not a directory")
        for path in _yara_files_under(root):
            problem = check_file(str(path))
            if problem is not None:
                problems.append(f"{path}: skipped: {problem.message}")
                continue
            files[f"extra{i}.{path.relative_to(root).as_posix()}"] = str(path)
    heuristics = tuple(str(p) for p in sorted((base / "heuristics").glob("*.toml")))
    digest = hashlib.sha256(__version__.encode() + b"\0" + detection_code_digest())
    for ns, ypath in sorted(files.items()):
        digest.update(ns.encode() + b"\0" + Path(ypath).read_bytes() + b"\0")
    for hpath in heuristics:
        digest.update(Path(hpath).name.encode() + b"\0" + Path(hpath).read_bytes() + b"\0")
    return RuleSources(
        yara_files=files,
        heuristic_files=heuristics,
        version=digest.hexdigest()[:16],
        problems=tuple(problems),
    )


def compiled_rules(sources: RuleSources, cache_dir: Path | None) -> CompiledRules:
    """Compiled YARA rules for ``sources``, from the per-version cache when it holds them."""
    if not sources.yara_files:
        raise RuleError("no YARA rule files found")
    cached = cache_dir / f"rules-{sources.version}.yarc" if cache_dir else None
    if cached is not None and cached.is_file():
        try:
            return CompiledRules.load(cached)
        except RuleError as exc:
            log.warning("%s; recompiling", exc)
    try:
        rules = CompiledRules.compile(sources.yara_files)
    except RuleError:
        for path in sources.yara_files.values():  # name the file (extra files were checked when collected)
            problem = check_file(path)
            if problem is not None:
                raise RuleError(f"rule file is broken: {problem.message}") from None
        raise
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            rules.save(cached)
        except OSError as exc:
            log.warning("cannot cache compiled rules in %s: %s", cached, exc)
    return rules
