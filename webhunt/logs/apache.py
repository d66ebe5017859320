"""Apache ``LogFormat`` strings, read with the semantics of the apachelogs library.

This is the only module that imports ``apachelogs`` (it builds its entry attributes dynamically,
so nothing else should touch it). apachelogs supplies the *directive semantics*: its tokenizer
(``%h``, ``%>s``, ``%{Referer}i``, ``%400,501{User-agent}i``, ``%{%d/%b/%Y %T}t`` ...), its table
of what each directive means, and its strftime/``assemble_datetime`` logic for custom time
directives. webhunt does *not* use ``LogParser.parse`` per line: that builds a ``LogEntry`` with
case-insensitive dicts and converts every field, about 15x slower than a tuned regex (see
``bench/logs``). Instead each directive becomes a template slot with a fast regex
(:mod:`webhunt.logs.template`); only custom ``%{...}t`` times go back through apachelogs, per line.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import apachelogs

from webhunt.errors import LogFormatError
from webhunt.logs.lineparser import LineError
from webhunt.logs.template import Field, Literal, Shape, Slot, Template

#: Apache's own nicknames, as in the stock httpd.conf / Debian apache2.conf.
NAMED_FORMATS: dict[str, str] = {
    "common": apachelogs.COMMON,
    "combined": apachelogs.COMBINED,
    "vhost_common": apachelogs.VHOST_COMMON,
    "vhost_combined": apachelogs.VHOST_COMBINED,
    "common_debian": apachelogs.COMMON_DEBIAN,
    "combined_debian": apachelogs.COMBINED_DEBIAN,
}

_directives = importlib.import_module("apachelogs.directives")  # untyped: keep it Any, here only

# apachelogs attribute name -> (field, shape, priority)
_FIELDS: dict[str, tuple[Field, Shape, int]] = {
    "remote_address": (Field.CLIENT, Shape.WORD, 0),  # %a: the client (after mod_remoteip)
    "remote_host": (Field.CLIENT, Shape.WORD, 1),  # %h
    "remote_client_address": (Field.CLIENT, Shape.WORD, 2),  # %{c}a: the peer
    "request_line": (Field.REQUEST, Shape.TEXT, 0),
    "request_method": (Field.METHOD, Shape.WORD, 0),
    "request_uri": (Field.PATH, Shape.TEXT, 0),
    "request_protocol": (Field.PROTOCOL, Shape.WORD, 0),
    "status": (Field.STATUS, Shape.STATUS, 1),
    "bytes_sent": (Field.BYTES, Shape.INT, 0),
    "bytes_out": (Field.BYTES, Shape.INT, 1),
    "virtual_host": (Field.VHOST, Shape.WORD, 0),
    "server_name": (Field.VHOST, Shape.WORD, 1),
}
_HEADERS: dict[str, tuple[Field, Shape, int]] = {
    "referer": (Field.REFERER, Shape.TEXT, 0),
    "user-agent": (Field.USER_AGENT, Shape.TEXT, 0),
    "host": (Field.VHOST, Shape.WORD, 2),
}
_INTEGERS = frozenset(
    (
        "request_duration_microseconds",
        "request_duration_milliseconds",
        "request_duration_seconds",
        "server_port",
        "local_port",
        "remote_port",
        "pid",
        "tid",
        "requests_on_connection",
        "bytes_in",
        "bytes_combined",
        "ttfb",
    )
)
_CONFIG_LINE = re.compile(r'\s*LogFormat\s+"((?:[^"\\]|\\.)*)"(?:\s+\S+)?\s*', re.IGNORECASE)


def apache_template(fmt: str, *, name: str | None = None, named: bool = False) -> Template:
    """Translate an Apache LogFormat string (or a pasted ``LogFormat "..." nick`` line).

    ``named`` marks Apache's stock formats: those accept extra fields appended at the end of a
    line (``combined`` + ``%D``, nginx ``main`` = combined + X-Forwarded-For ...).
    Raises LogFormatError naming the bad directive.
    """
    config = _CONFIG_LINE.fullmatch(fmt)
    if config:
        fmt = config.group(1).replace('\\"', '"').replace("\\\\", "\\")
    parts: list[Literal | Slot] = []
    literal: list[str] = []
    time_directives: list[str] = []

    def flush() -> None:
        if literal:
            parts.append(Literal("".join(literal)))
            literal.clear()

    for m in _directives.DIRECTIVE_RGX.finditer(fmt):
        if m.group("literal") is not None:
            if m.group("literal") == "%":
                raise LogFormatError(f"bad Apache log format {fmt!r}: stray '%' at {m.start()}")
            literal.append(m.group("literal"))
            continue
        text = m.group(0)
        if text == "%%":
            literal.append("%")
            continue
        groups, regex = _directive(fmt, text)
        letter = m.group("directive")
        if letter == "t":
            flush()
            if text == "%t":
                parts += [Literal("["), Slot(text, Field.TIME, Shape.CLF_TIME), Literal("]")]
            else:
                time_directives.append(text)
                parts.append(Slot(text, Field.TIME, Shape.CUSTOM, regex=regex))
            continue
        flush()
        parts.append(_slot(text, letter, groups[0][0]))
    flush()
    custom = _CustomTime(time_directives) if time_directives else None
    return Template(
        name=name or fmt,
        parts=tuple(parts),
        allow_trailing=named,
        custom_time=None if custom is None else custom.convert,
    )


def _directive(fmt: str, text: str) -> tuple[list[Any], str]:
    try:
        groups, regex = _directives.format2regex(text)
    except (apachelogs.InvalidDirectiveError, apachelogs.UnknownDirectiveError) as exc:
        raise LogFormatError(f"bad Apache log format {fmt!r}: {exc}") from None
    return list(groups), str(regex)


def _slot(text: str, letter: str, attr: str | tuple[str, ...]) -> Slot:
    if isinstance(attr, tuple):
        if attr[0] == "headers_in" and attr[-1].lower() in _HEADERS:
            field, shape, priority = _HEADERS[attr[-1].lower()]
            return Slot(text, field, shape, priority)
        return Slot(text, None, Shape.TEXT)
    base, priority_shift = attr, 0
    for prefix, shift in (("final_", 0), ("original_", 2)):
        if attr.startswith(prefix):
            base, priority_shift = attr[len(prefix) :], shift
            if base == "status" and prefix == "final_":
                priority_shift = -1
    if base == "request_query":  # %q: empty or '?' + query
        return Slot(text, Field.QUERY, Shape.CUSTOM, regex=r"(?:\?\S*)?")
    if base in _FIELDS:
        field, shape, priority = _FIELDS[base]
        return Slot(text, field, shape, priority + priority_shift, dash_is_zero=letter == "b")
    return Slot(text, None, Shape.INT if base in _INTEGERS else Shape.TEXT)


class _CustomTime:
    """Custom ``%{...}t`` directives: the captured texts re-read by apachelogs."""

    def __init__(self, directives: Sequence[str]) -> None:
        self._parser = apachelogs.LogParser("\x01".join(directives))
        self._last: tuple[tuple[str, ...], datetime] | None = None

    def convert(self, texts: Sequence[str]) -> datetime:
        key = tuple(texts)
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        try:
            entry = self._parser.parse("\x01".join(key))
        except (apachelogs.InvalidEntryError, ValueError, KeyError):
            raise LineError(f"bad time {' '.join(key)!r}") from None
        value: Any = None
        for attr in ("request_time", "begin_request_time", "end_request_time"):
            value = getattr(entry, attr, None)
            if value is not None:
                break
        if not isinstance(value, datetime):
            raise LineError(f"time {' '.join(key)!r} does not give a complete date")
        result: datetime = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        self._last = (key, result)
        return result
