"""nginx ``log_format`` strings: ``$variables`` translated to a template.

Accepts the format string itself (``$remote_addr - $remote_user [$time_local] "$request" ...``)
or a ``log_format NAME [escape=...] '...' '...';`` directive pasted from nginx.conf. Empty
variables are logged by nginx as ``-``. Both nginx escapings (default ``\\x22`` and ``escape=json``
``\\"``) are undone by the common unescaper; ``escape=none`` lines with raw quotes fall back to
the lenient regex.
"""

from __future__ import annotations

import re

from webhunt.errors import LogFormatError
from webhunt.logs.template import Field, Literal, Shape, Slot, Template

#: nginx's predefined ``combined`` format.
COMBINED = (
    '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent '
    '"$http_referer" "$http_user_agent"'
)

_VARIABLES: dict[str, tuple[Field | None, Shape, int]] = {
    "remote_addr": (Field.CLIENT, Shape.WORD, 0),
    "time_local": (Field.TIME, Shape.CLF_TIME, 0),
    "time_iso8601": (Field.TIME, Shape.ISO_TIME, 1),
    "msec": (Field.TIME, Shape.EPOCH, 2),
    "request": (Field.REQUEST, Shape.TEXT, 0),
    "request_method": (Field.METHOD, Shape.WORD, 0),
    "request_uri": (Field.TARGET, Shape.WORD, 0),
    "uri": (Field.PATH, Shape.WORD, 0),
    "document_uri": (Field.PATH, Shape.WORD, 1),
    "args": (Field.QUERY, Shape.OPT_WORD, 0),
    "query_string": (Field.QUERY, Shape.OPT_WORD, 1),
    "server_protocol": (Field.PROTOCOL, Shape.WORD, 0),
    "status": (Field.STATUS, Shape.STATUS, 0),
    "body_bytes_sent": (Field.BYTES, Shape.INT, 0),
    "bytes_sent": (Field.BYTES, Shape.INT, 1),
    "http_referer": (Field.REFERER, Shape.TEXT, 0),
    "http_user_agent": (Field.USER_AGENT, Shape.TEXT, 0),
    "host": (Field.VHOST, Shape.WORD, 0),
    "server_name": (Field.VHOST, Shape.WORD, 1),
    "http_host": (Field.VHOST, Shape.WORD, 2),
    # known single-token variables (anything unknown is matched as free text)
    "remote_user": (None, Shape.TEXT, 0),
    "remote_port": (None, Shape.WORD, 0),
    "realip_remote_addr": (None, Shape.WORD, 0),
    "server_addr": (None, Shape.WORD, 0),
    "server_port": (None, Shape.WORD, 0),
    "scheme": (None, Shape.WORD, 0),
    "request_time": (None, Shape.WORD, 0),
    "request_length": (None, Shape.WORD, 0),
    "connection": (None, Shape.WORD, 0),
    "connection_requests": (None, Shape.WORD, 0),
    "pid": (None, Shape.WORD, 0),
    "pipe": (None, Shape.WORD, 0),
    "gzip_ratio": (None, Shape.WORD, 0),
    "ssl_protocol": (None, Shape.WORD, 0),
    "ssl_cipher": (None, Shape.WORD, 0),
    "request_id": (None, Shape.WORD, 0),
}
_VARIABLE = re.compile(r"\$(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))")
_DIRECTIVE = re.compile(
    r"\s*log_format\s+(?P<name>[^\s'\"]+)\s+(?:escape=(?P<escape>\w+)\s+)?(?P<strings>.*?);?\s*",
    re.DOTALL,
)
_CONFIG_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|(\S+)", re.DOTALL)
_CONFIG_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def nginx_template(fmt: str, *, name: str | None = None, named: bool = False) -> Template:
    """Translate an nginx log_format string (or a pasted ``log_format`` directive)."""
    directive = _DIRECTIVE.fullmatch(fmt)
    if directive:
        fmt = _config_strings(directive.group("strings"))
        name = name or directive.group("name")
    parts: list[Literal | Slot] = []
    pos = 0
    for m in _VARIABLE.finditer(fmt):
        if m.start() > pos:
            parts.append(Literal(fmt[pos : m.start()]))
        var = m.group(1) or m.group(2)
        field, shape, priority = _VARIABLES.get(var, (None, Shape.TEXT, 0))
        parts.append(Slot(m.group(0), field, shape, priority))
        pos = m.end()
    if pos < len(fmt):
        parts.append(Literal(fmt[pos:]))
    if not any(isinstance(p, Slot) for p in parts):
        raise LogFormatError(f"nginx log format {fmt!r} has no $variables")
    return Template(name=name or fmt, parts=tuple(parts), allow_trailing=named)


def _config_strings(text: str) -> str:
    """The concatenated strings of a log_format directive's arguments."""
    out: list[str] = []
    for m in _CONFIG_STRING.finditer(text):
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        if raw is None:
            raw = m.group(3)
        out.append(_CONFIG_ESCAPE.sub(r"\1", raw))
    return "".join(out)
