"""JSON-lines access logs: one object per line, keys found by their common names.

Covers nginx/Apache JSON ``log_format``s (``remote_addr``, ``time_iso8601``, ``request`` ...),
Caddy (``ts``, ``request.remote_ip``, ``request.headers.User-Agent`` lists), Traefik
(``ClientHost``, ``RequestPath``, ``DownstreamStatus``, ``StartUTC``) and Elastic Common Schema
(``@timestamp``, ``source.ip``, ``url.original``, ``http.response.status_code``). A dotted key is
looked up as a literal key first, then as a nested path. The first candidate holding a string or
number wins; time may be ISO-8601, CLF or a numeric epoch (s, ms, us, ns).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from webhunt.logs.lineparser import LineError, RequestRow
from webhunt.logs.requestline import split_request_line, split_target
from webhunt.logs.timestamps import ClfTimes, parse_any_time, parse_epoch
from webhunt.model import Request

TIME_KEYS = (
    "@timestamp",
    "timestamp",
    "time",
    "ts",
    "time_iso8601",
    "time_local",
    "datetime",
    "date",
    "StartUTC",
    "start_time",
    "msec",
)
CLIENT_KEYS = (
    "remote_addr",
    "client_ip",
    "clientip",
    "remote_ip",
    "remoteAddr",
    "client_addr",
    "ip",
    "client",
    "ClientHost",
    "ClientAddr",
    "c-ip",
    "source.ip",
    "source.address",
    "client.ip",
    "client.address",
    "request.client_ip",
    "request.remote_ip",
)
REQUEST_LINE_KEYS = ("request", "request_line", "RequestLine")
METHOD_KEYS = (
    "method",
    "request_method",
    "verb",
    "RequestMethod",
    "cs-method",
    "http.request.method",
    "request.method",
)
TARGET_KEYS = ("request_uri", "uri", "url", "RequestPath", "url.original", "request.uri")
PATH_KEYS = ("path", "uri_path", "cs-uri-stem", "url.path")
QUERY_KEYS = ("query", "query_string", "args", "cs-uri-query", "url.query")
STATUS_KEYS = (
    "status",
    "status_code",
    "statusCode",
    "response_code",
    "response",
    "DownstreamStatus",
    "OriginStatus",
    "sc-status",
    "http.response.status_code",
)
BYTES_KEYS = (
    "body_bytes_sent",
    "bytes_sent",
    "bytes",
    "size",
    "response_size",
    "resp_bytes",
    "DownstreamContentSize",
    "sc-bytes",
    "http.response.body.bytes",
    "http.response.bytes",
)
REFERER_KEYS = (
    "http_referer",
    "referer",
    "referrer",
    "http_referrer",
    "request_Referer",
    "cs(Referer)",
    "http.request.referrer",
    "request.headers.Referer",
    "headers.Referer",
)
USER_AGENT_KEYS = (
    "http_user_agent",
    "user_agent",
    "useragent",
    "userAgent",
    "agent",
    "request_User-Agent",
    "cs(User-Agent)",
    "user_agent.original",
    "request.headers.User-Agent",
    "headers.User-Agent",
)
VHOST_KEYS = (
    "host",
    "vhost",
    "virtual_host",
    "server_name",
    "http_host",
    "RequestHost",
    "request.host",
    "url.domain",
)
PROTOCOL_KEYS = (
    "protocol",
    "server_protocol",
    "proto",
    "http_version",
    "RequestProtocol",
    "request.proto",
    "http.version",
)
_HOST_PORT = re.compile(r"\[([0-9A-Fa-f:.]+)\](?::\d+)?|(\d{1,3}(?:\.\d{1,3}){3}):\d+")


def _lookup(record: Mapping[str, Any], keys: tuple[str, ...]) -> str | int | float | None:
    for key in keys:
        value = record.get(key)
        if value is None and "." in key:
            value = record
            for part in key.split("."):
                if not isinstance(value, Mapping):
                    value = None
                    break
                value = value.get(part)
        if isinstance(value, list) and value:
            value = value[0]  # header lists (Caddy)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return value
    return None


def _text(record: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    value = _lookup(record, keys)
    if value is None or value == "-":
        return ""
    return str(value)


class JsonLineParser:
    """A ``LineParser`` for one JSON-lines file."""

    __slots__ = ("_clf", "_source", "_source_id")

    def __init__(self, source: str, source_id: str) -> None:
        self._clf = ClfTimes()
        self._source = source
        self._source_id = source_id

    def parse(self, line: str, line_no: int) -> Request | None:
        row = self.parse_row(line, line_no)
        return None if row is None else Request(*row)

    def parse_row(self, line: str, line_no: int) -> RequestRow | None:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LineError(f"not JSON ({exc.msg} at column {exc.colno})") from None
        except RecursionError:
            raise LineError("JSON nested too deeply") from None
        if not isinstance(record, dict):
            raise LineError(f"JSON {type(record).__name__}, not an object")
        time = self._time(record)
        method, path, query, protocol = _request(record)
        status = _lookup(record, STATUS_KEYS)
        size = _lookup(record, BYTES_KEYS)
        return (
            time,
            _client(record),
            method,
            path,
            query,
            _int(status) or 0,
            _int(size),
            _text(record, REFERER_KEYS),
            _text(record, USER_AGENT_KEYS),
            _text(record, VHOST_KEYS),
            protocol,
            self._source,
            self._source_id,
            line_no,
        )

    def _time(self, record: Mapping[str, Any]) -> datetime:
        value = _lookup(record, TIME_KEYS)
        if value is None:
            raise LineError("no time field (tried: " + ", ".join(TIME_KEYS) + ")")
        if isinstance(value, str):
            return parse_any_time(value, self._clf)
        return parse_epoch(float(value))


def _request(record: Mapping[str, Any]) -> tuple[str, str, str, str]:
    method = _text(record, METHOD_KEYS)
    protocol = _text(record, PROTOCOL_KEYS)
    line = _lookup(record, REQUEST_LINE_KEYS)
    if isinstance(line, str) and line and not line.startswith("/"):
        m, path, query, proto = split_request_line(line)
        return method or m, path, query, protocol or proto
    target = _text(record, TARGET_KEYS) or (line if isinstance(line, str) else "")
    if target.startswith(("http://", "https://")):
        parts = urlsplit(target)
        path, query = parts.path or "/", parts.query
    elif target:
        path, query = split_target(target)
    else:
        path = _text(record, PATH_KEYS)
        if not path:
            keys = REQUEST_LINE_KEYS + TARGET_KEYS + PATH_KEYS
            raise LineError("no request or URL path field (tried: " + ", ".join(keys) + ")")
        query = ""
    if not query:
        query = _text(record, QUERY_KEYS).removeprefix("?")
    return method or "-", path, query, protocol


def _client(record: Mapping[str, Any]) -> str:
    client = _text(record, CLIENT_KEYS)
    m = _HOST_PORT.fullmatch(client)
    if m:
        return m.group(1) or m.group(2)
    return client


def _int(value: str | int | float | None) -> int | None:
    if value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    try:
        return int(value)
    except ValueError:
        return None
