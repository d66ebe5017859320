"""Ignore rules for the baseline diff, in gitignore syntax.

Sources, in order (a later match wins): the defaults (version-control metadata), ``--ignore GLOB``
options, then ``.webhuntignore`` at the live root. Syntax as in ``.gitignore``:

- blank lines and lines starting with ``#`` are skipped; ``\\#`` and ``\\!`` escape;
- ``!pattern`` re-includes what an earlier pattern excluded (not below an excluded directory);
- a trailing ``/`` matches directories only (and so everything below them);
- a pattern with a ``/`` at its start or middle is anchored at the root; otherwise it matches the
  name at any depth;
- ``*`` and ``?`` do not cross ``/``; ``**`` does; ``[...]`` is a character class.

Ignoring only ever hides *data*: the diff never ignores a script (by name), nor a file that carries
server-side code markers. ``.webhuntignore`` sits in the web root an attacker may write to, so that
rule is what keeps it from hiding a webshell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: Version-control metadata: never part of what a web server serves as code.
DEFAULT_IGNORES: tuple[str, ...] = (".git/", ".svn/", ".hg/", ".bzr/")
IGNORE_FILE = ".webhuntignore"


@dataclass(frozen=True, slots=True)
class _Rule:
    regex: re.Pattern[str]
    negate: bool
    dir_only: bool
    anchored: bool
    text: str


def _translate(glob: str) -> str:
    """A gitignore glob (without leading/trailing slash handling) as a regex body."""
    out: list[str] = []
    i, n = 0, len(glob)
    while i < n:
        ch = glob[i]
        if ch == "*":
            if glob.startswith("**", i):
                before_ok = i == 0 or glob[i - 1] == "/"
                after = glob[i + 2 : i + 3]
                if before_ok and after == "/":
                    out.append("(?:.*/)?")
                    i += 3
                    continue
                if before_ok and i + 2 == n:
                    out.append(".*")
                    i += 2
                    continue
                out.append("[^/]*")
                i += 2
                continue
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[":
            end = glob.find("]", i + 2 if glob[i + 1 : i + 2] in ("!", "^") else i + 1)
            if end == -1:
                out.append(re.escape(ch))
            else:
                body = glob[i + 1 : end]
                if body[:1] in ("!", "^"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        elif ch == "\\" and i + 1 < n:
            i += 1
            out.append(re.escape(glob[i]))
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


def _rule(line: str) -> _Rule | None:
    text = line.rstrip("\n").rstrip("\r")
    if not text.strip() or text.startswith("#"):
        return None
    # trailing spaces are dropped unless escaped
    stripped = text.rstrip(" ")
    if stripped.endswith("\\") and len(stripped) < len(text):
        stripped += " "
    text = stripped
    negate = text.startswith("!")
    if negate or text.startswith(("\\!", "\\#")):
        text = text[1:]
    dir_only = text.endswith("/")
    body = text.rstrip("/")
    if not body:
        return None
    anchored = "/" in body
    body = body.lstrip("/")
    regex = re.compile(_translate(body) + r"\Z", re.DOTALL)
    return _Rule(regex=regex, negate=negate, dir_only=dir_only, anchored=anchored, text=line.strip())


@dataclass(frozen=True, slots=True)
class IgnoreRules:
    """Compiled ignore rules; ``ignored(relpath, is_dir)`` applies them with gitignore semantics."""

    rules: tuple[_Rule, ...] = ()
    sources: tuple[str, ...] = ()
    _cache: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def parse(cls, patterns: Iterable[str], source: str = "") -> IgnoreRules:
        rules = tuple(r for r in (_rule(p) for p in patterns) if r is not None)
        return cls(rules=rules, sources=(source,) if source and rules else ())

    @classmethod
    def combine(cls, parts: Sequence[IgnoreRules]) -> IgnoreRules:
        return cls(
            rules=tuple(r for p in parts for r in p.rules),
            sources=tuple(s for p in parts for s in p.sources),
        )

    @property
    def patterns(self) -> tuple[str, ...]:
        return tuple(r.text for r in self.rules)

    @property
    def dirs_only(self) -> bool:
        """Whether every rule matches directories only (then a file is ignored only through one of
        its parent directories)."""
        return all(r.dir_only for r in self.rules)

    def ignored_dirs(self, dirpaths: Iterable[str]) -> set[str]:
        """The directories among ``dirpaths`` that are excluded (themselves or through a parent)."""
        if not self.rules:
            return set()
        return {d for d in dirpaths if self._dir_ignored(d)}

    def _match(self, relpath: str, is_dir: bool) -> bool:
        name = relpath.rsplit("/", 1)[-1]
        result = False
        for rule in self.rules:
            if rule.dir_only and not is_dir:
                continue
            target = relpath if rule.anchored else name
            if rule.regex.match(target):
                result = not rule.negate
        return result

    def _dir_ignored(self, dirpath: str) -> bool:
        hit = self._cache.get(dirpath)
        if hit is None:
            parent = dirpath.rsplit("/", 1)[0] if "/" in dirpath else ""
            hit = (bool(parent) and self._dir_ignored(parent)) or self._match(dirpath, True)
            self._cache[dirpath] = hit
        return hit

    def ignored(self, relpath: str, is_dir: bool = False) -> bool:
        """Whether ``relpath`` (or a directory above it) is excluded."""
        if not self.rules:
            return False
        if is_dir:
            return self._dir_ignored(relpath)
        parent = relpath.rsplit("/", 1)[0] if "/" in relpath else ""
        if parent and self._dir_ignored(parent):
            return True
        return self._match(relpath, False)
