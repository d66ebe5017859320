"""The one place that speaks to yara-python.

Everything else sees ``CompiledRules`` and ``RuleHit`` values, so a change in yara-python's match
objects (4.3 changed ``Match.strings``) is absorbed here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yara

from webhunt.errors import RuleError

#: External variables every rule may use (as signature-base and Loki rules do).
EXTERNALS: tuple[str, ...] = ("filename", "filepath", "extension", "filetype", "owner")
DEFAULT_EXTERNALS: dict[str, str] = dict.fromkeys(EXTERNALS, "")
MATCH_TIMEOUT_S = 20


@dataclass(frozen=True, slots=True)
class RuleHit:
    rule: str
    namespace: str
    meta: Mapping[str, object]
    tags: tuple[str, ...]
    offset: int | None  # first matched string's byte offset, None for condition-only rules


@dataclass(frozen=True, slots=True)
class CompileProblem:
    path: str
    message: str


def check_file(path: str) -> CompileProblem | None:
    """Compile one rule file alone; a problem names the file and line."""
    try:
        yara.compile(filepath=path, externals=DEFAULT_EXTERNALS)
    except yara.SyntaxError as exc:
        return CompileProblem(path, str(exc))
    except yara.Error as exc:
        return CompileProblem(path, str(exc))
    return None


class CompiledRules:
    """A compiled rule set, loadable in worker processes from its saved file."""

    def __init__(self, rules: yara.Rules) -> None:
        self._rules = rules

    @classmethod
    def compile(cls, files: Mapping[str, str]) -> CompiledRules:
        """Compile ``{namespace: path}`` together (each file was checked alone first)."""
        try:
            return cls(yara.compile(filepaths=dict(files), externals=DEFAULT_EXTERNALS))
        except (yara.SyntaxError, yara.Error) as exc:
            raise RuleError(f"cannot compile rules: {exc}") from exc

    @classmethod
    def load(cls, path: str | Path) -> CompiledRules:
        try:
            return cls(yara.load(filepath=str(path)))
        except yara.Error as exc:
            raise RuleError(f"cannot load compiled rules {path}: {exc}") from exc

    def save(self, path: str | Path) -> None:
        tmp = f"{path}.{os.getpid()}.tmp"
        self._rules.save(filepath=tmp)
        os.replace(tmp, path)

    def match(self, data: bytes, externals: Mapping[str, str]) -> tuple[list[RuleHit], str | None]:
        """Run the rules over ``data``. Returns hits and, on a timeout or engine error, a message."""
        try:
            matches = self._rules.match(data=data, externals=dict(externals), timeout=MATCH_TIMEOUT_S)
        except yara.TimeoutError:
            return [], f"YARA timed out after {MATCH_TIMEOUT_S}s"
        except yara.Error as exc:
            return [], f"YARA error: {exc}"
        return [_hit(m) for m in matches], None


def _hit(m: yara.Match) -> RuleHit:
    offset: int | None = None
    strings: Sequence[yara.StringMatch] = m.strings
    for s in strings:
        for inst in s.instances:
            if offset is None or inst.offset < offset:
                offset = inst.offset
    return RuleHit(
        rule=m.rule,
        namespace=m.namespace,
        meta=dict(m.meta),
        tags=tuple(m.tags),
        offset=offset,
    )
