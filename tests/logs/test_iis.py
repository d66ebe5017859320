"""IIS W3C extended logs: #Fields headers (several per file), UTC times, '+' for spaces."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from webhunt.logs.iis import IisParser
from webhunt.logs.lineparser import LineError
from webhunt.logs.reader import LogReader

DATA = Path(__file__).resolve().parent.parent / "data" / "logs"
CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36"
)


def test_two_header_blocks_crlf_and_plus_spaces() -> None:
    reader = LogReader([str(DATA / "iis_u_ex240303.log")])  # detected
    got = [
        (r.line_no, r.time, r.client_ip, r.method, r.path, r.query, r.status, r.bytes_sent,
         r.referer, r.user_agent, r.vhost, r.protocol)
        for r in reader
    ]  # fmt: skip
    t = datetime(2024, 3, 3, tzinfo=UTC)
    firefox84 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:84.0) Gecko/20100101 Firefox/84.0"
    assert got == [
        (5, t.replace(second=1), "203.0.113.40", "GET", "/default.aspx", "", 200, None, "",
         CHROME, "", ""),
        (6, t.replace(second=2), "203.0.113.40", "GET", "/scripts/app.js", "v=3", 200, None,
         "https://portal.example.com/default.aspx", CHROME, "", ""),
        (7, t.replace(minute=1, second=10), "203.0.113.44", "POST", "/portal/upload.aspx", "", 200,
         None, "https://portal.example.com/portal/upload.aspx", firefox84, "", ""),
        (8, t.replace(minute=1, second=12), "203.0.113.44", "GET", "/portal/uploads/help2.aspx",
         "", 404, None, "", "", "", ""),
        # second #Fields block: more columns (s-sitename, cs-version, cs-host, sc-bytes ...)
        (14, t.replace(hour=12, second=5), "198.51.100.12", "POST", "/portal/uploads/help2.aspx",
         "", 200, 512, "", "antSword/v2.1", "portal.example.com", "HTTP/1.1"),
        (15, t.replace(hour=12, second=9), "2001:db8::44", "GET", "/default.aspx", "id=1", 200,
         20480, "", "Mozilla/5.0 (X11; Linux x86_64)", "portal.example.com", "HTTP/2"),
    ]  # fmt: skip
    summary = reader.summary()
    (file,) = summary.files
    assert (file.format, file.lines, file.requests, file.skipped, file.malformed) == (
        "iis",
        15,
        6,
        8,
        1,
    )
    (bad,) = summary.malformed_sample
    assert (bad.line_no, bad.reason) == (9, "5 fields where the #Fields header at line 4 has 15")


def test_default_fields_before_any_header() -> None:
    p = IisParser("u_ex.log", "sid")
    r = p.parse("2024-03-03 10:00:00 10.0.0.1 GET /a.aspx x=1 80 - 192.0.2.3 curl/8.0 - 200 0 0 5", 1)
    assert r is not None
    assert (r.client_ip, r.path, r.query, r.status, r.user_agent) == (
        "192.0.2.3",
        "/a.aspx",
        "x=1",
        200,
        "curl/8.0",
    )
    assert r.time == datetime(2024, 3, 3, 10, tzinfo=UTC)


def test_date_from_header_when_no_date_column() -> None:
    p = IisParser("ex.log", "sid")
    assert p.parse("#Date: 1999-12-31 23:00:00", 1) is None
    assert p.parse("#Fields: time c-ip cs-method cs-uri-stem sc-status", 2) is None
    r = p.parse("23:59:59 192.0.2.3 GET /old.asp 200", 3)
    assert r is not None and r.time == datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC)


def test_header_without_uri_stem_makes_lines_malformed() -> None:
    p = IisParser("ex.log", "sid")
    p.parse("#Fields: date time c-ip sc-status", 1)
    with pytest.raises(LineError, match="#Fields header at line 1 has no cs-uri-stem"):
        p.parse("2024-03-03 10:00:00 192.0.2.3 200", 2)


@pytest.mark.parametrize(
    "line",
    [
        "2024-03-3 10:00:00 10.0.0.1 GET /a - 80 - 192.0.2.3 - - 200 0 0 5",
        "2024-03-03 10:00 10.0.0.1 GET /a - 80 - 192.0.2.3 - - 200 0 0 5",
        "2024-03-03 25:00:00 10.0.0.1 GET /a - 80 - 192.0.2.3 - - 200 0 0 5",
    ],
)
def test_bad_times(line: str) -> None:
    with pytest.raises(LineError, match="bad date/time"):
        IisParser("x", "y").parse(line, 1)
