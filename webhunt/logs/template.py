"""Line templates: a log format as literals and typed slots, compiled to one regex.

Apache ``LogFormat`` strings (:mod:`webhunt.logs.apache`) and nginx ``log_format`` strings
(:mod:`webhunt.logs.nginx`) both translate to a :class:`Template`; :class:`TemplateParser` turns it
into a fast compiled regex plus the conversion of its captures into a ``Request``.

Each slot has a *shape*; its regex depends on whether the format puts the slot in double quotes.
Apache and nginx escape ``"`` inside values (``\\"``, ``\\x22``), so a quoted value is exactly
``[^"]*`` on a line holding no backslash (the fast regex, about 3x faster in CPython's ``re`` than
the escape-aware one; nor does any field of such a line need unescaping), and the escape-aware
``[^"\\\\]*(?:\\\\.[^"\\\\]*)*`` otherwise (the strict regex). When that fails, a lenient
regex (quoted values as lazy ``.*?``) is tried, so servers that log raw quotes in a user agent
still parse. Only when all fail is the line malformed. Slots feeding no ``Request`` field are
matched but not captured.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from webhunt.errors import LogFormatError
from webhunt.logs.lineparser import LineError, RequestRow
from webhunt.logs.requestline import COMMON_METHODS, split_request_line, split_target, unescape
from webhunt.logs.timestamps import ClfTimes, parse_epoch_text, parse_iso
from webhunt.model import Request


class Field(enum.Enum):
    """What a slot contributes to a ``Request``."""

    CLIENT = "client"
    TIME = "time"
    REQUEST = "request"  # the whole request line
    METHOD = "method"
    TARGET = "target"  # path?query
    PATH = "path"
    QUERY = "query"  # with or without a leading '?'
    PROTOCOL = "protocol"
    STATUS = "status"
    BYTES = "bytes"
    REFERER = "referer"
    USER_AGENT = "user_agent"
    VHOST = "vhost"


class Shape(enum.Enum):
    WORD = "word"  # no spaces: addresses, methods, ports
    OPT_WORD = "opt_word"  # like WORD, may be empty (Apache %q)
    TEXT = "text"  # anything, possibly with spaces
    INT = "int"
    STATUS = "status"
    CLF_TIME = "clf_time"  # 10/Oct/2000:13:55:36 -0700 (without the brackets)
    ISO_TIME = "iso_time"
    EPOCH = "epoch"
    CUSTOM = "custom"  # Slot.regex is used as given


class TimeKind(enum.Enum):
    CLF = "clf"
    ISO = "iso"
    EPOCH = "epoch"
    CUSTOM = "custom"  # Template.custom_time converts the texts of all TIME slots


_QUOTED_FAST = r'[^"]*'  # exact while the line holds no backslash (checked before use)
_QUOTED_STRICT = r'[^"\\]*(?:\\.[^"\\]*)*'  # escape-aware
_QUOTED_LENIENT = r".*?"  # raw quotes inside values (servers that do not escape)
_UNQUOTED: dict[Shape, str] = {
    Shape.WORD: r"\S+",
    Shape.OPT_WORD: r"\S*",
    Shape.TEXT: r".*?",
    Shape.INT: r"-|-?\d+",
    Shape.STATUS: r"-|\d{1,3}",
    Shape.CLF_TIME: r"\d\d/[A-Za-z]{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}",
    Shape.ISO_TIME: r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?",
    Shape.EPOCH: r"\d+(?:\.\d+)?",
}
_TIME_SHAPES: dict[Shape, TimeKind] = {
    Shape.CLF_TIME: TimeKind.CLF,
    Shape.ISO_TIME: TimeKind.ISO,
    Shape.EPOCH: TimeKind.EPOCH,
    Shape.CUSTOM: TimeKind.CUSTOM,
}
_EMPTY = ("", "-")


@dataclass(frozen=True, slots=True)
class Literal:
    text: str


@dataclass(frozen=True, slots=True)
class Slot:
    """One directive/variable of a format."""

    label: str  # as written in the format ("%h", "$remote_addr"), for messages
    field: Field | None  # None: matched and ignored
    shape: Shape
    priority: int = 0  # lower wins when several slots feed one field
    dash_is_zero: bool = False  # Apache %b logs "-" for zero bytes
    regex: str = ""  # Shape.CUSTOM only (may contain unnamed groups)


@dataclass(frozen=True)
class Template:
    """A compiled-to-be log format: literals and slots, in order."""

    name: str  # for messages and summaries
    parts: tuple[Literal | Slot, ...]
    allow_trailing: bool = False  # named formats accept extra fields appended at the end
    custom_time: Callable[[Sequence[str]], datetime] | None = None


def _slot_regexes(parts: Sequence[Literal | Slot], i: int) -> tuple[str, str, str]:
    """(fast, strict, lenient) regexes of the slot at ``parts[i]``."""
    slot = parts[i]
    assert isinstance(slot, Slot)
    if slot.shape is Shape.CUSTOM:
        return slot.regex, slot.regex, slot.regex
    before = _literal_text(parts, i - 1)
    after = _literal_text(parts, i + 1)
    if slot.shape is Shape.CLF_TIME and before.endswith("[") and after.startswith("]"):
        return r"[^\]]+", r"[^\]]+", r"[^\]]+"  # the time parser validates the text
    if before.endswith('"') and after.startswith('"') and slot.shape in _QUOTABLE:
        return _QUOTED_FAST, _QUOTED_STRICT, _QUOTED_LENIENT
    rx = _UNQUOTED[slot.shape]
    return rx, rx, rx


def _literal_text(parts: Sequence[Literal | Slot], i: int) -> str:
    part = parts[i] if 0 <= i < len(parts) else None
    return part.text if isinstance(part, Literal) else ""


_QUOTABLE = frozenset((Shape.WORD, Shape.OPT_WORD, Shape.TEXT))


@dataclass(frozen=True)
class CompiledTemplate:
    """A template compiled once per format; ``parser(source, source_id)`` makes one per file.

    Every regex ends with an empty ``(?P<absent>)`` group: a field the format lacks reads from it
    (as ``""``) so the per-line code has no "is this field there" branches.
    """

    name: str
    fast: re.Pattern[str]  # used when the line holds no backslash
    strict: re.Pattern[str]  # escape-aware quoted values
    lenient: tuple[re.Pattern[str], ...]  # raw quotes in values; exact, then with trailing fields
    groups: tuple[int, ...]  # regex group number of each captured slot, then of 'absent'
    positions: dict[Field, int]  # field -> index (in groups) of its preferred slot
    fallbacks: tuple[tuple[int, tuple[int, ...]], ...]  # (preferred, other slots of the field)
    time_kind: TimeKind
    time_positions: tuple[int, ...]
    custom_time: Callable[[Sequence[str]], datetime] | None
    bytes_dash_zero: bool

    def parser(self, source: str, source_id: str) -> TemplateParser:
        return TemplateParser(self, source, source_id)


def _regexes(template: Template) -> tuple[list[re.Pattern[str]], list[Slot]]:
    """[fast, strict, lenient, (lenient + trailing)] and the captured slots, in order."""
    pieces: tuple[list[str], list[str], list[str]] = ([], [], [])
    captured: list[Slot] = []
    for i, part in enumerate(template.parts):
        if isinstance(part, Literal):
            for out in pieces:
                out.append(re.escape(part.text))
            continue
        name = ""
        if part.field is not None:
            name = f"s{len(captured)}"
            captured.append(part)
        for out, rx in zip(pieces, _slot_regexes(template.parts, i), strict=True):
            out.append(f"(?P<{name}>{rx})" if name else f"(?:{rx})")
    tail = "(?: .*)?" if template.allow_trailing else ""
    fast, strict, lenient = ("".join(p) for p in pieces)
    sources = [fast + tail, strict + tail, lenient] + ([lenient + tail] if tail else [])
    try:
        return [re.compile(rx + "(?P<absent>)") for rx in sources], captured
    except re.error as exc:
        raise LogFormatError(f"log format {template.name!r} does not compile: {exc}") from None


def compile_template(template: Template) -> CompiledTemplate:
    """Compile a template; raises LogFormatError when it lacks a time or a request."""
    regexes, captured = _regexes(template)
    by_field: dict[Field, list[tuple[int, int]]] = {}
    for index, slot in enumerate(captured):
        assert slot.field is not None
        by_field.setdefault(slot.field, []).append((slot.priority, index))
    if Field.TIME not in by_field:
        raise LogFormatError(f"log format {template.name!r} has no time field")
    if not by_field.keys() & {Field.REQUEST, Field.TARGET, Field.PATH}:
        raise LogFormatError(f"log format {template.name!r} has no request line or URL path field")
    time_positions = tuple(sorted(i for _, i in by_field[Field.TIME]))
    kinds = {_TIME_SHAPES.get(captured[i].shape) for i in time_positions}
    if len(time_positions) > 1 or TimeKind.CUSTOM in kinds:
        if template.custom_time is None:
            raise LogFormatError(f"log format {template.name!r}: several time fields")
        time_kind = TimeKind.CUSTOM
    else:
        kind = kinds.pop()
        if kind is None:
            raise LogFormatError(f"log format {template.name!r}: unsupported time field")
        time_kind = kind
    positions: dict[Field, int] = {}
    fallbacks: list[tuple[int, tuple[int, ...]]] = []
    for field, entries in by_field.items():
        ordered = [i for _, i in sorted(entries)]
        positions[field] = ordered[0]
        if len(ordered) > 1 and field is not Field.TIME:
            fallbacks.append((ordered[0], tuple(ordered[1:])))
    bytes_slot = captured[positions[Field.BYTES]] if Field.BYTES in positions else None
    fast = regexes[0]
    return CompiledTemplate(
        name=template.name,
        fast=fast,
        strict=regexes[1],
        lenient=tuple(regexes[2:]),
        groups=(*(fast.groupindex[f"s{i}"] for i in range(len(captured))), fast.groupindex["absent"]),
        positions=positions,
        fallbacks=tuple(fallbacks),
        time_kind=time_kind,
        time_positions=time_positions,
        custom_time=template.custom_time,
        bytes_dash_zero=bool(bytes_slot and bytes_slot.dash_is_zero),
    )


class TemplateParser:
    """A ``LineParser`` for one file of a regex-described format."""

    __slots__ = (
        "_all_groups",
        "_clf",
        "_clf_time",
        "_custom_time",
        "_dash_bytes",
        "_fallbacks",
        "_fast",
        "_groups",
        "_has_request",
        "_lenient",
        "_mismatch",
        "_parts",
        "_pos",
        "_source",
        "_source_id",
        "_strict",
        "_time_kind",
        "_time_positions",
    )

    def __init__(self, compiled: CompiledTemplate, source: str, source_id: str) -> None:
        self._fast = compiled.fast
        self._strict = compiled.strict
        self._lenient = compiled.lenient
        self._groups = compiled.groups
        self._all_groups = compiled.groups == tuple(range(1, len(compiled.groups) + 1))
        self._mismatch = f"does not match log format {compiled.name!r}"
        absent = len(compiled.groups) - 1
        pos = compiled.positions

        def at(*fields: Field) -> int:
            return next((pos[f] for f in fields if f in pos), absent)

        self._pos = (
            at(Field.CLIENT),
            at(Field.TIME),
            at(Field.REQUEST),
            at(Field.STATUS),
            at(Field.BYTES),
            at(Field.REFERER),
            at(Field.USER_AGENT),
            at(Field.VHOST),
        )
        self._has_request = Field.REQUEST in pos
        self._parts = (
            at(Field.METHOD),
            at(Field.TARGET),
            at(Field.PATH),
            at(Field.QUERY),
            at(Field.PROTOCOL),
        )
        self._fallbacks = compiled.fallbacks
        self._dash_bytes: int | None = 0 if compiled.bytes_dash_zero else None
        self._time_kind = compiled.time_kind
        self._clf_time = compiled.time_kind is TimeKind.CLF  # an enum member lookup costs ~0.1 µs a line
        self._time_positions = compiled.time_positions
        self._custom_time = compiled.custom_time
        self._clf = ClfTimes()
        self._source = source
        self._source_id = source_id

    def parse(self, line: str, line_no: int) -> Request | None:
        row = self.parse_row(line, line_no)
        return None if row is None else Request(*row)

    def parse_row(self, line: str, line_no: int) -> RequestRow | None:
        escaped = "\\" in line  # one memchr; without a backslash no field needs unescaping
        m = (self._strict if escaped else self._fast).fullmatch(line)
        if m is None:
            m = self._lenient_match(line)
        v: tuple[str, ...] = m.groups() if self._all_groups else m.group(*self._groups)
        if self._fallbacks:
            v = self._apply_fallbacks(v)
        client, time_at, request, status_at, bytes_at, referer_at, ua_at, vhost_at = self._pos
        time = self._clf(v[time_at]) if self._clf_time else self._other_time(v)
        if self._has_request:
            line_text = v[request]
            parts = line_text.split(" ")
            if len(parts) == 3 and parts[0] in COMMON_METHODS and parts[2][:5] == "HTTP/":
                method, target, protocol = parts  # the usual case, inlined: it is per line
                if escaped and "\\" in target:
                    target = unescape(target)
                path, _, query = target.partition("?")
            else:
                method, path, query, protocol = split_request_line(line_text)
        else:
            method, path, query, protocol = self._request_from_parts(v)
        text = v[status_at]
        status = int(text) if text.isdecimal() else 0
        text = v[bytes_at]
        nbytes = int(text) if text.isdecimal() else self._dash_bytes if text == "-" else None
        referer = v[referer_at]
        if referer == "-":
            referer = ""
        elif escaped and "\\" in referer:
            referer = unescape(referer)
        ua = v[ua_at]
        if ua == "-":
            ua = ""
        elif escaped and "\\" in ua:
            ua = unescape(ua)
        vhost = v[vhost_at]
        return (
            time,
            v[client],
            method,
            path,
            query,
            status,
            nbytes,
            referer,
            ua,
            "" if vhost == "-" else vhost,
            protocol,
            self._source,
            self._source_id,
            line_no,
        )

    def _lenient_match(self, line: str) -> re.Match[str]:
        for rx in self._lenient:
            m = rx.fullmatch(line)
            if m is not None:
                return m
        raise LineError(self._mismatch)

    def _other_time(self, v: tuple[str, ...]) -> datetime:
        kind = self._time_kind
        if kind is TimeKind.ISO:
            return parse_iso(v[self._time_positions[0]])
        if kind is TimeKind.EPOCH:
            return parse_epoch_text(v[self._time_positions[0]])
        assert self._custom_time is not None
        return self._custom_time([v[i] for i in self._time_positions])

    def _request_from_parts(self, v: tuple[str, ...]) -> tuple[str, str, str, str]:
        method_at, target_at, path_at, query_at, protocol_at = self._parts
        method = v[method_at]
        target = v[target_at]
        if target:
            path, query = split_target(target)
        else:
            path = unescape(v[path_at])
            query = unescape(v[query_at]).removeprefix("?")
        protocol = v[protocol_at]
        return (
            "-" if method in _EMPTY else method,
            "" if path == "-" else path,
            "" if query == "-" else query,
            "" if protocol == "-" else protocol,
        )

    def _apply_fallbacks(self, v: tuple[str, ...]) -> tuple[str, ...]:
        values = list(v)
        for primary, others in self._fallbacks:
            if values[primary] in _EMPTY:
                for other in others:
                    if values[other] not in _EMPTY:
                        values[primary] = values[other]
                        break
        return tuple(values)
