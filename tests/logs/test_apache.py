"""Apache LogFormat reading: named formats, custom strings, and agreement with apachelogs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import apachelogs
import pytest

from webhunt.errors import LogFormatError
from webhunt.logs.formats import resolve_format
from webhunt.logs.reader import LogReader
from webhunt.model import Request

DATA = Path(__file__).resolve().parent.parent / "data" / "logs"
CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36"
)
CUSTOM = (
    '%a %l %u [%{%d/%b/%Y:%H:%M:%S}t.%{msec_frac}t %{%z}t] "%m %U%q %H" %>s %B %D '
    '"%{Referer}i" "%{User-Agent}i" %v'
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def fields(r: Request) -> tuple[object, ...]:
    return (
        r.line_no,
        r.time,
        r.client_ip,
        r.method,
        r.path,
        r.query,
        r.status,
        r.bytes_sent,
        r.referer,
        r.user_agent,
        r.vhost,
        r.protocol,
    )


def read(name: str, fmt: str | None = None) -> tuple[list[Request], LogReader]:
    reader = LogReader([str(DATA / name)], fmt)
    return list(reader), reader


def test_combined_fields_exactly() -> None:
    requests, reader = read("apache_combined.log", "combined")
    ff = "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
    safari = (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.3 Safari/605.1.15"
    )
    bot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
    assert [fields(r) for r in requests] == [
        (1, utc(2024, 3, 1, 8, 0, 1), "203.0.113.10", "GET", "/", "", 200, 5120, "", CHROME, "",
         "HTTP/1.1"),
        (2, utc(2024, 3, 1, 8, 0, 1), "203.0.113.10", "GET", "/wp-content/themes/shop/style.css",
         "ver=6.4.3", 200, 18230, "https://shop.example.com/", CHROME, "", "HTTP/1.1"),
        (3, utc(2024, 3, 1, 8, 0, 7), "66.249.66.1", "GET", "/robots.txt", "", 200, 67, "", bot,
         "", "HTTP/1.1"),
        # IPv6 client, a user, '-' bytes (Apache %b: no body)
        (4, utc(2024, 3, 1, 8, 1, 15), "2001:db8::5", "POST", "/wp-login.php", "", 302, 0,
         "https://shop.example.com/wp-login.php", safari, "", "HTTP/2.0"),
        # percent-encoding left as logged
        (5, utc(2024, 3, 1, 8, 2, 0), "198.51.100.23", "GET", "/search.php",
         "q=caf%C3%A9+cr%C3%A8me&page=2", 200, 7311, "", ff, "", "HTTP/1.1"),
        (6, utc(2024, 3, 1, 8, 2, 3), "198.51.100.23", "GET", "/product.php",
         "id=5%27%20AND%20SLEEP(5)--%20-", 200, 1250, "", "sqlmap/1.7.2#stable (https://sqlmap.org)",
         "", "HTTP/1.1"),
        # escaped quotes inside the request and the user agent
        (7, utc(2024, 3, 1, 8, 3, 10), "192.0.2.44", "GET", '/a"b.php', 'x="1"', 404, 196, "",
         'curl/8.5.0 "quoted"', "", "HTTP/1.1"),
        # TLS handshake on a plain port: kept, method '-', the request line as logged
        (8, utc(2024, 3, 1, 8, 3, 11), "192.0.2.45", "-",
         "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03", "", 400, 226, "", "", "", ""),
        # no request line at all (408)
        (9, utc(2024, 3, 1, 8, 3, 12), "192.0.2.46", "-", "", "", 408, 0, "", "", "", ""),
        # no protocol (HTTP/0.9-style client)
        (10, utc(2024, 3, 1, 8, 3, 13), "192.0.2.47", "GET", "/old-client", "", 200, 512, "", "",
         "", ""),
        # -0500 among +0200 lines: 03:04:05-05:00 is 08:04:05Z
        (13, utc(2024, 3, 1, 8, 4, 5), "203.0.113.77", "POST",
         "/wp-content/uploads/2024/03/cache.php", "", 200, 31, "", "antSword/v2.1", "", "HTTP/1.1"),
        (14, utc(2024, 3, 1, 8, 5, 0), "203.0.113.77", "GET", "/uploads/%2e%2e/%2e%2e/etc/passwd",
         "", 400, 226, "", "Mozilla/5.0", "", "HTTP/1.1"),
        # raw bytes that are not UTF-8 become \xNN (as Apache would have escaped them)
        (16, utc(2024, 3, 1, 8, 6, 0), "192.0.2.50", "GET", "/favicon.ico", "", 404, 196, "",
         "Mozilla/5.0 \\xff\\xfe", "", "HTTP/1.1"),
        # a server that does not escape quotes: the lenient pass still reads it
        (17, utc(2024, 3, 1, 8, 6, 1), "192.0.2.51", "GET", "/about", "", 200, 3021, "",
         'Mozilla/5.0 "evil" agent', "", "HTTP/1.1"),
        # \xHH escapes of UTF-8 bytes are decoded
        (18, utc(2024, 3, 1, 8, 6, 2), "192.0.2.52", "GET", "/news/%E4%B8%AD", "", 200, 880, "",
         "Mozilla/5.0 中", "", "HTTP/1.1"),
    ]  # fmt: skip
    summary = reader.summary()
    assert (summary.lines, summary.requests, summary.malformed) == (19, 15, 3)
    assert summary.files[0].skipped == 1  # the blank line
    assert [(m.line_no, m.reason) for m in summary.malformed_sample] == [
        (11, "does not match log format 'combined'"),  # a common-format line
        (12, "does not match log format 'combined'"),  # cut off mid-line
        (19, "bad time '31/Feb/2024:10:06:03 +0200'"),
    ]
    assert all(m.source == str(DATA / "apache_combined.log") for m in summary.malformed_sample)


def test_vhost_combined() -> None:
    requests, _ = read("apache_vhost_combined.log", "vhost_combined")
    assert [(r.vhost, r.client_ip, r.path, r.status, r.bytes_sent) for r in requests] == [
        ("shop.example.com", "203.0.113.10", "/cart.php", 200, 5120),
        ("blog.example.com", "198.51.100.9", "/feed/", 304, 176),
        ("[2001:db8::9]", "2001:db8::77", "/healthz", 200, 2),
    ]
    assert requests[0].time == utc(2024, 3, 1, 9, 0, 1)


def test_custom_logformat_with_strftime_time_and_request_parts() -> None:
    requests, reader = read("apache_custom.log", CUSTOM)
    assert [fields(r) for r in requests] == [
        (1, datetime(2024, 3, 1, 8, 0, 1, 123000, tzinfo=UTC), "203.0.113.10", "GET",
         "/shop/cart.php", "add=5", 200, 734, "", "Mozilla/5.0 (X11; Linux x86_64)",
         "shop.example.com", "HTTP/1.1"),
        # 23:59:59.999 at -03:30 is 03:29:59.999 UTC the next day
        (2, datetime(2024, 3, 2, 3, 29, 59, 999000, tzinfo=UTC), "203.0.113.11", "POST",
         "/shop/checkout.php", "", 303, 0, "https://shop.example.com/shop/cart.php",
         "Mozilla/5.0 (X11; Linux x86_64)", "shop.example.com", "HTTP/1.1"),
    ]  # fmt: skip
    (bad,) = reader.summary().malformed_sample
    assert bad.line_no == 3 and bad.reason.startswith("does not match log format 'apache:%a")


def test_custom_time_matches_apachelogs() -> None:
    line = (DATA / "apache_custom.log").read_text().splitlines()[1]
    entry = apachelogs.LogParser(CUSTOM).parse(line)
    ours = resolve_format(CUSTOM).parser("x", "y").parse(line, 2)
    assert ours is not None
    assert entry.request_time.tzinfo == timezone(-timedelta(hours=3, minutes=30))
    assert ours.time == entry.request_time


def test_pasted_logformat_line_and_escaped_quotes() -> None:
    fmt = resolve_format('LogFormat "%h %l %u %t \\"%r\\" %>s %b" common')
    parser = fmt.parser("x", "y")
    r = parser.parse('192.0.2.1 - - [01/Mar/2024:10:00:00 +0000] "GET /x HTTP/1.1" 200 12', 1)
    assert r is not None
    assert (r.client_ip, r.path, r.status, r.bytes_sent) == ("192.0.2.1", "/x", 200, 12)


def test_custom_format_must_match_whole_lines() -> None:
    parser = resolve_format('%h %l %u %t "%r" %>s %b').parser("x", "y")
    line = '192.0.2.1 - - [01/Mar/2024:10:00:00 +0000] "GET /x HTTP/1.1" 200 12 "-" "curl/8"'
    with pytest.raises(ValueError, match="does not match"):
        parser.parse(line, 1)
    named = resolve_format("common").parser("x", "y").parse(line, 1)
    assert named is not None and named.user_agent == ""  # named formats allow extra fields


@pytest.mark.parametrize(
    ("fmt", "message"),
    [
        ("%h %Z %t", "Unknown log format directive: '%Z'"),
        ('%h %t "%r" %', "stray '%'"),
        ('%h "%r" %>s', "has no time field"),
        ("%h %t %>s", "has no request line or URL path field"),
    ],
)
def test_bad_logformat_is_refused(fmt: str, message: str) -> None:
    with pytest.raises(LogFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        resolve_format(f"apache:{fmt}")


def test_agrees_with_apachelogs_on_every_line_it_accepts() -> None:
    """apachelogs is the reference for directive semantics: same values wherever it parses."""
    # webhunt reads \xHH escapes as UTF-8 bytes (apachelogs' default is ISO-8859-1)
    reference = apachelogs.LogParser(apachelogs.COMBINED, encoding="utf-8", errors="backslashreplace")
    ours = resolve_format("combined").parser("x", "y")
    text = (DATA / "apache_combined.log").read_bytes().decode("utf-8", "backslashreplace")
    compared = 0
    for no, line in enumerate(text.split("\n"), 1):
        try:
            entry = reference.parse(line)
        except ValueError:  # InvalidEntryError, or a date such as 31/Feb
            continue
        r = ours.parse(line, no)
        assert r is not None
        assert r.client_ip == entry.remote_host
        assert r.time == entry.request_time
        assert r.status == entry.final_status
        assert r.bytes_sent == (entry.bytes_sent or 0)
        assert r.referer == (entry.headers_in["Referer"] or "")
        assert r.user_agent == (entry.headers_in["User-Agent"] or "")
        request_line = entry.request_line or ""
        if r.method != "-":
            method, target, *rest = request_line.split(" ")
            assert (r.method, r.target, r.protocol) == (method, target, rest[0] if rest else "")
        compared += 1
    assert compared >= 12
