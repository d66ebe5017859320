"""JSON-lines logs: nginx/Apache JSON formats, Caddy, Traefik, Elastic Common Schema."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from webhunt.logs.jsonl import JsonLineParser
from webhunt.logs.lineparser import LineError
from webhunt.logs.reader import LogReader
from webhunt.model import Request

DATA = Path(__file__).resolve().parent.parent / "data" / "logs"


def parse(record: object) -> Request:
    r = JsonLineParser("app.json", "sid").parse(json.dumps(record), 3)
    assert r is not None
    return r


def test_nginx_json_fixture() -> None:
    reader = LogReader([str(DATA / "nginx_json.log")])
    got = [
        (r.line_no, r.time, r.client_ip, r.method, r.path, r.query, r.status, r.bytes_sent,
         r.referer, r.user_agent, r.vhost, r.protocol)
        for r in reader
    ]  # fmt: skip
    assert got == [
        # 09:15+09:00 is 00:15Z
        (1, datetime(2024, 3, 4, 0, 15, tzinfo=UTC), "203.0.113.50", "GET", "/v2/items",
         "limit=20", 200, 1532, "", "okhttp/4.12.0", "api.example.com", "HTTP/1.1"),
        (2, datetime(2024, 3, 4, 0, 15, 1, tzinfo=UTC), "203.0.113.51", "POST", "/v2/login", "",
         401, 45, "https://app.example.com/", 'Mozilla/5.0 "quoted" é', "api.example.com",
         "HTTP/1.1"),
        (3, datetime(2024, 3, 4, 0, 15, 2, tzinfo=UTC), "2001:db8::50", "GET",
         "/v2/items/../../etc/passwd", "", 400, 0, "", "", "api.example.com", "HTTP/1.1"),
    ]  # fmt: skip
    summary = reader.summary()
    assert summary.files[0].format == "json"
    assert [(m.line_no, m.reason.split(" (")[0]) for m in summary.malformed_sample] == [
        (4, "not JSON"),
        (5, "JSON list, not an object"),
        (6, "no time field"),
    ]


def test_caddy_fixture() -> None:
    got = list(LogReader([str(DATA / "caddy.json")]))
    assert [
        (r.time, r.client_ip, r.method, r.path, r.query, r.status, r.bytes_sent, r.referer,
         r.user_agent, r.vhost, r.protocol)
        for r in got
    ] == [
        (datetime(2024, 3, 4, 9, 15, 0, 500000, tzinfo=UTC), "203.0.113.60", "GET", "/posts/hello",
         "ref=rss", 200, 8123, "https://news.example.net/",
         "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
         "blog.example.com", "HTTP/2.0"),
        (datetime(2024, 3, 4, 9, 15, 1, 250000, tzinfo=UTC), "198.51.100.61", "POST", "/xmlrpc.php",
         "", 403, 403, "", "Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1)", "blog.example.com",
         "HTTP/1.1"),
    ]  # fmt: skip


def test_traefik_record() -> None:
    r = parse(
        {
            "ClientAddr": "192.0.2.7:51000",
            "ClientHost": "192.0.2.7",
            "DownstreamContentSize": 1234,
            "DownstreamStatus": 200,
            "RequestHost": "app.example.com",
            "RequestMethod": "GET",
            "RequestPath": "/admin/index.php?page=1",
            "RequestProtocol": "HTTP/1.1",
            "StartUTC": "2024-03-05T10:00:00.123456789Z",
            "request_User-Agent": "curl/8.5.0",
        }
    )
    assert (r.client_ip, r.method, r.path, r.query, r.status, r.bytes_sent) == (
        "192.0.2.7",
        "GET",
        "/admin/index.php",
        "page=1",
        200,
        1234,
    )
    assert (r.vhost, r.protocol, r.user_agent) == ("app.example.com", "HTTP/1.1", "curl/8.5.0")
    assert r.time == datetime(2024, 3, 5, 10, 0, 0, 123456, tzinfo=UTC)


def test_elastic_common_schema_record() -> None:
    r = parse(
        {
            "@timestamp": "2024-03-05T10:00:00Z",
            "source": {"ip": "2001:db8::7"},
            "http": {"request": {"method": "POST", "referrer": "https://x.example/"},
                     "response": {"status_code": 500, "body": {"bytes": 17}}},
            "url": {"original": "/api?q=1", "path": "/api", "query": "q=1"},
            "user_agent": {"original": "Mozilla/5.0"},
        }
    )  # fmt: skip
    assert (r.client_ip, r.method, r.path, r.query, r.status, r.bytes_sent) == (
        "2001:db8::7",
        "POST",
        "/api",
        "q=1",
        500,
        17,
    )
    assert (r.referer, r.user_agent) == ("https://x.example/", "Mozilla/5.0")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1709632800, datetime(2024, 3, 5, 10, tzinfo=UTC)),
        (1709632800123, datetime(2024, 3, 5, 10, 0, 0, 123000, tzinfo=UTC)),
        ("1709632800.5", datetime(2024, 3, 5, 10, 0, 0, 500000, tzinfo=UTC)),
        ("05/Mar/2024:11:00:00 +0100", datetime(2024, 3, 5, 10, tzinfo=UTC)),
        ("[05/Mar/2024:11:00:00 +0100]", datetime(2024, 3, 5, 10, tzinfo=UTC)),
        ("2024-03-05 10:00:00", datetime(2024, 3, 5, 10, tzinfo=UTC)),  # no zone: UTC
    ],
)
def test_time_shapes(value: object, expected: datetime) -> None:
    r = parse({"time": value, "remote_addr": "192.0.2.1", "request": "GET / HTTP/1.1"})
    assert r.time == expected


def test_absolute_url_and_ipv6_with_port() -> None:
    r = parse(
        {
            "ts": 1709632800,
            "client": "[2001:db8::9]:443",
            "method": "GET",
            "url": "https://shop.example.com/a/b.php?x=1",
            "status": "404",
        }
    )
    assert (r.client_ip, r.path, r.query, r.status) == ("2001:db8::9", "/a/b.php", "x=1", 404)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{", "not JSON"),
        ("42", "JSON int, not an object"),
        ('{"time": "2024-03-05T10:00:00Z", "remote_addr": "1.2.3.4"}', "no request or URL path"),
        ('{"time": "yesterday", "request": "GET / HTTP/1.1"}', "bad epoch time"),
        ("[" * 100_000, "JSON nested too deeply"),
    ],
)
def test_malformed(line: str, reason: str) -> None:
    with pytest.raises(LineError, match=reason):
        JsonLineParser("x", "y").parse(line, 1)
