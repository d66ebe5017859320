"""Log indicators: what a single request shows on its own, interpreted from data.

The indicators live in ``signatures/logs/indicators.toml`` (format documented at its top); this
module loads and checks them (a bad file stops start-up with a RuleError naming the file and the
entry) and matches requests against them. Matching is pure and fast: per field, all patterns are
combined into one regex that rejects the usual benign value in a single search; only values it
matches are run through each pattern. Results are memoised per distinct value (bounded), since
user agents, methods and asset paths repeat endlessly in logs.

Paths, queries and referers are percent-decoded (up to twice) before matching; queries also turn
``+`` into spaces.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, unquote_plus

from webhunt.errors import RuleError
from webhunt.model import REQUEST_FIELDS, Layer, Reason, Request, request_row

FIELDS: tuple[str, ...] = ("path", "query", "user_agent", "method", "referer")
_ID = re.compile(r"WH-LOG-[A-Z0-9]+(?:-[A-Z0-9]+)*")
_FLAGS = {"i": re.IGNORECASE, "s": re.DOTALL}
_FORBIDDEN = re.compile(r"\(\?P[<=]|\(\?<[A-Za-z_]|\\[1-9]|\\g<")
_CACHE_LIMIT = 20_000
_SNIPPET = 120


def default_path() -> Path:
    """The bundled indicator file."""
    return Path(str(resources.files("webhunt_signatures"))) / "logs" / "indicators.toml"


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    fields: tuple[str, ...]
    pattern: re.Pattern[str]
    description: str
    score: int
    family: str | None = None
    methods: frozenset[str] = frozenset()  # empty: any method


@dataclass(frozen=True, slots=True)
class Hit:
    """One indicator matching one field of one request."""

    indicator: Indicator
    field: str
    snippet: str  # the matched text (decoded), cut to 120 characters

    def reason(self, request: Request) -> Reason:
        ind = self.indicator
        return Reason(
            id=ind.id,
            layer=Layer.LOG,
            score=ind.score,
            description=ind.description,
            line=request.line_no or None,
            snippet=f"{self.field}: {self.snippet}",
            family=ind.family,
        )


@dataclass(frozen=True, slots=True)
class RareClientsRule:
    id: str
    description: str
    score: int
    max_clients: int
    min_requests: int
    min_site_clients: int


@dataclass(frozen=True, slots=True)
class UploadPostRule:
    id: str
    description: str
    score: int
    min_posts: int
    min_post_ratio: float


@dataclass(frozen=True, slots=True)
class UnknownScriptRule:
    id: str
    description: str
    score: int
    min_requests: int


@dataclass(frozen=True, slots=True)
class AggregateRules:
    """Parameters of the detections over a whole log (see webhunt.logs.detections)."""

    rare_clients: RareClientsRule
    upload_post: UploadPostRule
    unknown_script: UnknownScriptRule


def _normal_path(value: str) -> str:
    if "%" in value:
        value = unquote(value)
        if "%" in value:
            value = unquote(value)
    return value


def _normal_query(value: str) -> str:
    if "%" in value or "+" in value:
        value = unquote_plus(value)
        if "%" in value:
            value = unquote(value)
    return value


def _same(value: str) -> str:
    return value


_NORMALISE: dict[str, Callable[[str], str]] = {
    "path": _normal_path,
    "query": _normal_query,
    "referer": _normal_path,
    "user_agent": _same,
    "method": _same,
}
#: Where each field is in a request row (see ``webhunt.model.REQUEST_FIELDS``).
_ROW_INDEX = {name: REQUEST_FIELDS.index(name) for name in FIELDS}
_METHOD = REQUEST_FIELDS.index("method")


class _FieldMatcher:
    """All indicators of one field: a combined prefilter, then each pattern; memoised per value."""

    __slots__ = ("_indicators", "_normalise", "_prefilter", "cache", "field", "index")

    def __init__(self, field: str, indicators: Sequence[Indicator]) -> None:
        self.field = field
        self.index = _ROW_INDEX[field]
        self._indicators = tuple(indicators)
        self._prefilter = re.compile("|".join(f"(?:{i.pattern.pattern})" for i in indicators))
        self._normalise = _NORMALISE[field]
        #: value -> its hits; read directly by ``Indicators.hits_row`` (the per-line path)
        self.cache: dict[str, tuple[Hit, ...]] = {}

    def lookup(self, value: str) -> tuple[Hit, ...]:
        """The hits of a value that is not in ``cache`` (and now is)."""
        found = self._scan(value)
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()
        self.cache[value] = found
        return found

    def _scan(self, raw: str) -> tuple[Hit, ...]:
        value = self._normalise(raw)
        if self._prefilter.search(value) is None:
            return ()
        hits: list[Hit] = []
        for ind in self._indicators:
            m = ind.pattern.search(value)
            if m is not None:
                hits.append(Hit(ind, self.field, (m.group(0) or value)[:_SNIPPET]))
        return tuple(hits)


class Indicators:
    """A loaded, checked indicator set; ``match(request)`` gives its LOG reasons."""

    def __init__(self, indicators: Sequence[Indicator], aggregate: AggregateRules, source: str = "") -> None:
        self.indicators = tuple(indicators)
        self.aggregate = aggregate
        self.source = source
        by_field: dict[str, list[Indicator]] = {}
        for ind in self.indicators:
            for f in ind.fields:
                by_field.setdefault(f, []).append(ind)
        self._matchers = tuple(_FieldMatcher(f, inds) for f, inds in by_field.items())
        #: per field: where it is in a row, its memo's ``get``, its matcher (the memo is cleared
        #: in place when full, so the bound ``get`` stays valid)
        self._lookups = tuple((m.index, m.cache.get, m) for m in self._matchers)

    def hits(self, request: Request) -> Sequence[Hit]:
        """Every indicator the request matches (at most one hit per indicator)."""
        return self.hits_row(request_row(request))

    def hits_row(self, row: Sequence[Any]) -> Sequence[Hit]:
        """``hits`` of a request row (``webhunt.model.REQUEST_FIELDS``): what log readers make.

        Per line this is a dictionary lookup per non-empty field; nearly every value was seen
        before and matched nothing.
        """
        out: list[Hit] | None = None
        for index, cached, matcher in self._lookups:
            value = row[index]
            if not value:
                continue
            found = cached(value)
            if found is None:
                found = matcher.lookup(value)
            if not found:
                continue
            if out is None:
                out = []
            for hit in found:
                ind = hit.indicator
                if ind.methods and row[_METHOD] not in ind.methods:
                    continue
                if any(seen.indicator.id == ind.id for seen in out):
                    continue
                out.append(hit)
        return out or ()

    def match(self, request: Request) -> list[Reason]:
        """The request's reasons (Layer.LOG), one per matching indicator."""
        return [hit.reason(request) for hit in self.hits(request)]


def load_indicators(path: str | Path | None = None) -> Indicators:
    """Load and check an indicator file (default: the bundled one); RuleError when it is bad."""
    file = Path(path) if path is not None else default_path()
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"{file}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise RuleError(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{file}: {exc}") from None
    entries = data.get("indicator", [])
    if not isinstance(entries, list) or not entries:
        raise RuleError(f"{file}: no [[indicator]] entries")
    indicators: list[Indicator] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        ind = _indicator(file, number, entry)
        if ind.id in seen:
            raise RuleError(f"{file}: indicator #{number}: duplicate id {ind.id}")
        seen.add(ind.id)
        indicators.append(ind)
    aggregate = _aggregate(file, data.get("aggregate"), seen)
    return Indicators(indicators, aggregate, str(file))


def _indicator(file: Path, number: int, entry: Any) -> Indicator:
    where = f"{file}: indicator #{number}"
    if not isinstance(entry, dict):
        raise RuleError(f"{where}: not a table")
    ident = entry.get("id")
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        raise RuleError(f"{where}: id must look like WH-LOG-AREA-NNN, got {ident!r}")
    where = f"{file}: indicator {ident}"
    unknown = set(entry) - {
        "id",
        "field",
        "pattern",
        "flags",
        "methods",
        "description",
        "score",
        "family",
    }
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    raw_fields = entry.get("field")
    fields = (raw_fields,) if isinstance(raw_fields, str) else raw_fields
    if not isinstance(fields, list | tuple) or not fields or any(f not in FIELDS for f in fields):
        raise RuleError(f"{where}: field must be one of or a list of {', '.join(FIELDS)}")
    pattern = _text(entry, "pattern", where)
    if _FORBIDDEN.search(pattern):
        raise RuleError(f"{where}: pattern may not use named groups or backreferences")
    flags_text = entry.get("flags", "i")
    if not isinstance(flags_text, str) or set(flags_text) - set(_FLAGS):
        raise RuleError(f"{where}: flags must be made of {''.join(_FLAGS)}, got {flags_text!r}")
    flags = 0
    for letter in flags_text:
        flags |= _FLAGS[letter]
    try:
        compiled = re.compile(pattern, flags)
        if flags:
            compiled = re.compile(f"(?{flags_text}:{pattern})")
    except re.error as exc:
        raise RuleError(f"{where}: bad pattern: {exc}") from None
    methods = entry.get("methods", [])
    if not isinstance(methods, list) or not all(isinstance(m, str) for m in methods):
        raise RuleError(f"{where}: methods must be a list of strings")
    family = entry.get("family")
    if family is not None and not isinstance(family, str):
        raise RuleError(f"{where}: family must be a string")
    return Indicator(
        id=ident,
        fields=tuple(dict.fromkeys(fields)),
        pattern=compiled,
        description=_text(entry, "description", where),
        score=_score(entry, where),
        family=family,
        methods=frozenset(m.upper() for m in methods),
    )


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"{where}: {key} must be a non-empty string")
    return value


def _score(entry: Mapping[str, Any], where: str) -> int:
    value = entry.get("score")
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise RuleError(f"{where}: score must be an integer 0-100, got {value!r}")
    return value


def _number(entry: Mapping[str, Any], key: str, where: str, default: float) -> float:
    value = entry.get(key, default)
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
        raise RuleError(f"{where}: {key} must be a non-negative number, got {value!r}")
    return float(value)


def _aggregate(file: Path, table: Any, taken: set[str]) -> AggregateRules:
    if not isinstance(table, dict):
        raise RuleError(f"{file}: missing [aggregate.*] tables")

    def section(name: str) -> tuple[dict[str, Any], str, str, str, int]:
        entry = table.get(name)
        where = f"{file}: [aggregate.{name}]"
        if not isinstance(entry, dict):
            raise RuleError(f"{where}: missing")
        ident = _text(entry, "id", where)
        if not _ID.fullmatch(ident) or ident in taken:
            raise RuleError(f"{where}: id {ident!r} is malformed or already used")
        taken.add(ident)
        return entry, where, ident, _text(entry, "description", where), _score(entry, where)

    entry, where, ident, desc, score = section("rare_clients")
    rare = RareClientsRule(
        ident,
        desc,
        score,
        max_clients=int(_number(entry, "max_clients", where, 2)),
        min_requests=int(_number(entry, "min_requests", where, 3)),
        min_site_clients=int(_number(entry, "min_site_clients", where, 20)),
    )
    entry, where, ident, desc, score = section("upload_post")
    ratio = _number(entry, "min_post_ratio", where, 0.5)
    if ratio > 1:
        raise RuleError(f"{where}: min_post_ratio must be at most 1")
    upload = UploadPostRule(ident, desc, score, int(_number(entry, "min_posts", where, 1)), ratio)
    entry, where, ident, desc, score = section("unknown_script")
    unknown = UnknownScriptRule(ident, desc, score, int(_number(entry, "min_requests", where, 1)))
    return AggregateRules(rare, upload, unknown)
