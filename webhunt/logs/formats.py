"""Log formats by name or format string, and auto-detection from a file's first lines.

``--log-format`` accepts:

* a name: ``common``, ``combined``, ``vhost_common``, ``vhost_combined``, ``common_debian``,
  ``combined_debian`` (Apache), ``nginx`` / ``nginx_combined``, ``iis`` / ``w3c``,
  ``json`` / ``jsonl``. Named Apache/nginx formats accept extra fields appended to a line
  (nginx ``main`` = combined + X-Forwarded-For, combined + ``%D`` ...);
* an Apache ``LogFormat`` string (``%h %l %u %t "%r" %>s %b``) or a pasted ``LogFormat`` line;
* an nginx ``log_format`` string (``$remote_addr [$time_local] "$request" $status``) or a pasted
  ``log_format`` directive;
* either kind with an explicit prefix: ``apache:...``, ``nginx:...``.

Custom strings must match whole lines. An explicit format always wins over detection.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from webhunt.errors import LogFormatError
from webhunt.logs.apache import NAMED_FORMATS, apache_template
from webhunt.logs.iis import IisParser
from webhunt.logs.jsonl import JsonLineParser
from webhunt.logs.lineparser import LineError, LineParser, ParserFactory
from webhunt.logs.nginx import COMBINED as NGINX_COMBINED
from webhunt.logs.nginx import nginx_template
from webhunt.logs.template import CompiledTemplate, Template, compile_template


@dataclass(frozen=True)
class LogFormat:
    """A resolved format: its name (for summaries) and how to build a parser per file."""

    name: str
    factory: ParserFactory

    def parser(self, source: str, source_id: str) -> LineParser:
        return self.factory(source, source_id)


def _template_format(name: str, template: Template) -> LogFormat:
    compiled: CompiledTemplate = compile_template(template)
    return LogFormat(name, compiled.parser)


IIS = LogFormat("iis", IisParser)
JSON = LogFormat("json", JsonLineParser)
_ALIASES: dict[str, str] = {
    "nginx_combined": "nginx",
    "w3c": "iis",
    "iis_w3c": "iis",
    "jsonl": "json",
    "ndjson": "json",
}
#: Names accepted by ``--log-format`` (besides format strings).
FORMAT_NAMES: tuple[str, ...] = (*NAMED_FORMATS, "nginx", "iis", "json", *_ALIASES)
# Tried in this order by detection; the first best match wins ties (most specific first).
_DETECT_ORDER: tuple[str, ...] = ("vhost_combined", "combined", "vhost_common", "common")
_APACHE_DIRECTIVE = re.compile(r"%[0-9,!<>]*(?:\{[^}]*\})?[<>]?[a-zA-Z]")
_NGINX_VARIABLE = re.compile(r"\$\{?[a-z_][a-z0-9_]*", re.IGNORECASE)
_SAMPLE_LINES = 50


@functools.cache
def named_format(name: str) -> LogFormat:
    """A built-in format by name (see FORMAT_NAMES)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key == "iis":
        return IIS
    if key == "json":
        return JSON
    if key == "nginx":
        return _template_format("nginx", nginx_template(NGINX_COMBINED, name="nginx", named=True))
    if key in NAMED_FORMATS:
        return _template_format(key, apache_template(NAMED_FORMATS[key], name=key, named=True))
    raise LogFormatError(f"unknown log format name {name!r} (known: {', '.join(FORMAT_NAMES)})")


def resolve_format(fmt: str) -> LogFormat:
    """The format a ``--log-format`` value names; LogFormatError says what is wrong with it."""
    text = fmt.strip()
    if not text:
        raise LogFormatError("empty log format")
    lower = text.lower()
    if lower.startswith("apache:"):
        return _custom_apache(text[7:])
    if lower.startswith("nginx:"):
        rest = text[6:]
        if rest.strip().lower() in ("combined", ""):
            return named_format("nginx")
        return _custom_nginx(rest)
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", text):
        return named_format(text)
    if lower.startswith("logformat") or _APACHE_DIRECTIVE.search(text):
        return _custom_apache(text)
    if lower.startswith("log_format") or _NGINX_VARIABLE.search(text):
        return _custom_nginx(text)
    raise LogFormatError(
        f"log format {fmt!r} is neither a known name ({', '.join(FORMAT_NAMES)}) "
        "nor an Apache LogFormat (%h ...) or nginx log_format ($remote_addr ...) string"
    )


def _custom_apache(fmt: str) -> LogFormat:
    return _template_format(f"apache:{fmt}", apache_template(fmt, name=f"apache:{fmt}"))


def _custom_nginx(fmt: str) -> LogFormat:
    return _template_format(f"nginx:{fmt}", nginx_template(fmt, name=f"nginx:{fmt}"))


def detect_format(lines: Sequence[str]) -> LogFormat | None:
    """The format most of the first lines of a file parse as, or None.

    IIS is recognised by its ``#Software``/``#Version``/``#Fields`` headers, JSON lines by
    ``{``; otherwise each named Apache/nginx layout is tried on up to 50 lines: the most specific
    one (vhost_combined, combined, vhost_common, common) that parses at least half of them and
    at least 90% as many as the best one wins.
    """
    sample = [line for line in lines if line.strip()][:_SAMPLE_LINES]
    if not sample:
        return None
    if any(line.startswith(("#Fields:", "#Software: Microsoft")) for line in sample[:10]):
        return IIS
    data = [line for line in sample if not line.startswith("#")]
    if not data:
        return None
    candidates: list[LogFormat] = []
    if sum(line.lstrip().startswith("{") for line in data) * 2 >= len(data):
        candidates.append(JSON)
    candidates += [named_format(name) for name in _DETECT_ORDER]
    counts = [(candidate, _parsed_count(candidate, data)) for candidate in candidates]
    best = max(count for _, count in counts)
    # The most specific layout that parses nearly as many lines as the best one wins: a few
    # broken lines must not make 'common' beat 'combined' (named formats accept extra fields).
    for candidate, count in counts:
        if count * 2 >= len(data) and count * 10 >= best * 9 and count > 0:
            return candidate
    return None


def _parsed_count(fmt: LogFormat, lines: Sequence[str]) -> int:
    parser = fmt.parser("", "")
    count = 0
    for i, line in enumerate(lines, 1):
        try:
            parser.parse(line, i)
        except LineError:
            continue
        count += 1
    return count
