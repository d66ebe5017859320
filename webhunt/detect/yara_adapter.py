"""The one place that speaks to yara-python.

Everything else sees ``CompiledRules`` and ``RuleHit`` values, so a change in yara-python's match
objects (4.3 changed ``Match.strings``) is absorbed here.
"""

from __future__ import annotations

import os
import re
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


# ------------------------------------------------------------------ string offsets (token index)


@dataclass(frozen=True, slots=True)
class RegexString:
    """One YARA regex string: the text between the slashes (no ``/`` inside), compiled dot-all
    (``.`` is any byte), case-insensitive when ``nocase``."""

    regex: str
    nocase: bool = False

    def declaration(self, name: str) -> str:
        return f"${name} = /{self.regex}/s" + (" nocase" if self.nocase else "")


def regex_error(string: RegexString) -> str | None:
    """Compile one regex string alone: YARA's message when it does not compile."""
    source = f"rule r {{ strings: {string.declaration('s')} condition: any of them }}"
    try:
        yara.compile(source=source)
    except (yara.SyntaxError, yara.Error) as exc:
        return str(exc)
    return None


_SLOW_WARNING = re.compile(r'string "\$s(\d+)" may slow down scanning')


class StringOffsets:
    """Regex strings compiled into one rule; ``match`` gives every start offset of each string."""

    def __init__(self, rules: yara.Rules) -> None:
        self._rules = rules
        #: indexes of the strings YARA warns about: weak atoms, costly to look for
        self.slow = frozenset(
            int(m.group(1)) for w in getattr(rules, "warnings", ()) if (m := _SLOW_WARNING.search(w))
        )

    @classmethod
    def compile(cls, strings: Sequence[RegexString]) -> StringOffsets:
        """Compile the strings together (check a failing one alone with ``regex_error``)."""
        decls = "\n".join(f"    {s.declaration(f's{i}')}" for i, s in enumerate(strings))
        source = f"rule offsets {{\n  strings:\n{decls}\n  condition:\n    any of them\n}}"
        try:
            return cls(yara.compile(source=source))
        except (yara.SyntaxError, yara.Error) as exc:
            raise RuleError(f"cannot compile regex strings: {exc}") from exc

    def match(self, data: bytes) -> dict[int, list[int]] | None:
        """``{string index: start offsets}`` for the strings found in ``data`` (overlapping starts
        included, ascending), or None when YARA could not finish (timeout, too many matches)."""
        try:
            matches = self._rules.match(data=data, timeout=MATCH_TIMEOUT_S)
        except (yara.TimeoutError, yara.Error):
            return None
        found: dict[int, list[int]] = {}
        for m in matches:
            strings: Sequence[yara.StringMatch] = m.strings
            for s in strings:
                found[int(s.identifier[2:])] = [inst.offset for inst in s.instances]
        return found
