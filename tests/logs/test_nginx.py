"""nginx log_format strings: $variables translated to a compiled regex."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from webhunt.errors import LogFormatError
from webhunt.logs.formats import resolve_format
from webhunt.logs.lineparser import LineError
from webhunt.logs.reader import LogReader
from webhunt.model import Request

DATA = Path(__file__).resolve().parent.parent / "data" / "logs"
MAIN_DIRECTIVE = """log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                  '$status $body_bytes_sent "$http_referer" '
                  '"$http_user_agent" "$http_x_forwarded_for"';"""
CUSTOM = (
    '$remote_addr [$time_iso8601] $host "$request_method $request_uri $server_protocol" '
    '$status $bytes_sent $request_time "$http_user_agent" "$http_referer"'
)
MOBILE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"
)


def one(fmt: str, line: str) -> Request:
    r = resolve_format(fmt).parser("access.log", "sid").parse(line, 7)
    assert r is not None
    return r


@pytest.mark.parametrize("fmt", [MAIN_DIRECTIVE, "nginx", None])
def test_main_format_pasted_named_or_detected(fmt: str | None) -> None:
    reader = LogReader([str(DATA / "nginx_main.log")], fmt)
    got = [
        (r.line_no, r.time, r.client_ip, r.method, r.path, r.query, r.status, r.bytes_sent,
         r.referer, r.user_agent, r.protocol)
        for r in reader
    ]  # fmt: skip
    t = datetime(2024, 3, 2, 14, 30, tzinfo=UTC)
    assert got == [
        (1, t, "203.0.113.20", "GET", "/index.html", "", 200, 612, "", MOBILE, "HTTP/1.1"),
        (2, t.replace(second=2), "10.0.0.5", "POST", "/api/v1/orders", "", 201, 88,
         "https://shop.example.com/checkout", MOBILE, "HTTP/1.1"),
        # nginx escapes '"' as \x22
        (3, t.replace(second=5), "203.0.113.21", "GET", "/search", 'q="quoted"', 200, 1024, "",
         "curl/8.5.0", "HTTP/1.1"),
        (4, t.replace(second=9), "2001:db8:85a3::8a2e:370:7334", "HEAD", "/", "", 200, 0, "",
         "Go-http-client/1.1", "HTTP/1.1"),
        (5, t.replace(minute=31), "203.0.113.22", "GET", "/uploads/shell.php", "cmd=id", 200, 23,
         "", "python-requests/2.31.0", "HTTP/1.1"),
        # a SOCKS handshake sent to the web port
        (6, t.replace(minute=31, second=30), "203.0.113.23", "-", "\\x05\\x01\\x00", "", 400,
         157, "", "", ""),
    ]  # fmt: skip
    assert reader.summary().malformed == 0


def test_custom_format_with_iso_time_and_request_parts() -> None:
    reader = LogReader([str(DATA / "nginx_custom.log")], CUSTOM)
    got = [
        (r.time, r.client_ip, r.vhost, r.method, r.path, r.query, r.protocol, r.status,
         r.bytes_sent, r.user_agent, r.referer)
        for r in reader
    ]  # fmt: skip
    assert got == [
        (datetime(2024, 3, 2, 14, 0, tzinfo=UTC), "203.0.113.30", "shop.example.com", "GET",
         "/catalog.php", "cat=3", "HTTP/2.0", 200, 4411, "Mozilla/5.0 (Windows NT 10.0)", ""),
        (datetime(2024, 3, 2, 14, 0, 1, tzinfo=UTC), "203.0.113.31", "shop.example.com", "GET",
         "/catalog.php", "", "HTTP/2.0", 200, 4399, "Mozilla/5.0 (Windows NT 10.0)",
         "https://shop.example.com/"),
        (datetime(2024, 3, 2, 14, 0, 2, tzinfo=UTC), "203.0.113.32", "", "PUT", "/uploads/x.jsp",
         "", "HTTP/1.1", 201, 0, "", ""),
    ]  # fmt: skip
    (bad,) = reader.summary().malformed_sample
    assert bad.line_no == 4 and "does not match log format 'nginx:" in bad.reason


def test_msec_time_and_braced_variables() -> None:
    r = one('nginx:${msec} $remote_addr "$request" $status', '1709390000.250 192.0.2.9 "GET / HTTP/1.1" 200')
    assert r.time == datetime(2024, 3, 2, 14, 33, 20, 250000, tzinfo=UTC)
    assert (r.client_ip, r.path, r.status, r.bytes_sent) == ("192.0.2.9", "/", 200, None)


def test_escape_json_directive() -> None:
    fmt = 'log_format js escape=json \'$remote_addr [$time_local] "$request" $status "$http_user_agent"\';'
    r = one(fmt, '192.0.2.9 [02/Mar/2024:14:30:00 +0100] "GET /a HTTP/1.1" 200 "say \\"hi\\" \\u00e9"')
    assert r.user_agent == 'say "hi" é'
    assert r.time == datetime(2024, 3, 2, 13, 30, tzinfo=UTC)


def test_uri_and_args_without_request_line() -> None:
    fmt = "$remote_addr [$time_local] $request_method $uri?$args $status"
    r = one(fmt, "192.0.2.9 [02/Mar/2024:14:30:00 +0000] POST /upload.php?dir=img 200")
    assert (r.method, r.path, r.query, r.protocol) == ("POST", "/upload.php", "dir=img", "")


def test_unknown_variables_may_hold_spaces() -> None:
    fmt = '$remote_addr [$time_local] "$request" $status $upstream_response_time "$http_user_agent"'
    r = one(fmt, '192.0.2.9 [02/Mar/2024:14:30:00 +0000] "GET / HTTP/1.1" 502 0.001, 0.002 "ua"')
    assert (r.status, r.user_agent) == (502, "ua")


def test_bad_time_is_a_line_error() -> None:
    parser = resolve_format(CUSTOM).parser("x", "y")
    with pytest.raises(LineError):
        parser.parse('1.2.3.4 [2024-13-40T99:00:00+00:00] h "GET / HTTP/1.1" 200 1 0 "-" "-"', 1)


@pytest.mark.parametrize(
    ("fmt", "message"),
    [
        ("nginx:$remote_addr $status", "has no time field"),
        ("nginx:$remote_addr [$time_local] $status", "has no request line"),
        ("nginx:plain text", "has no \\$variables"),
        ("nginx:$remote_addr [$time_local] [$time_iso8601] $request", "several time fields"),
    ],
)
def test_bad_formats(fmt: str, message: str) -> None:
    with pytest.raises(LogFormatError, match=message):
        resolve_format(fmt)
