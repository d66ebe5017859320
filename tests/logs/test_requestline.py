"""Request lines and log escaping: the conventions every format shares."""

from __future__ import annotations

import pytest

from webhunt.logs.requestline import split_request_line, unescape


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("GET /a/b?x=1&y=2 HTTP/1.1", ("GET", "/a/b", "x=1&y=2", "HTTP/1.1")),
        ("POST /wp-login.php HTTP/2.0", ("POST", "/wp-login.php", "", "HTTP/2.0")),
        ("GET /a?b?c HTTP/1.0", ("GET", "/a", "b?c", "HTTP/1.0")),
        ("GET /caf%C3%A9 HTTP/1.1", ("GET", "/caf%C3%A9", "", "HTTP/1.1")),  # left as logged
        ('GET /a\\"b?q=\\"x\\" HTTP/1.1', ("GET", '/a"b', 'q="x"', "HTTP/1.1")),
        ("GET /x", ("GET", "/x", "", "")),  # no protocol
        ("get /x HTTP/1.1", ("get", "/x", "", "HTTP/1.1")),
        ("PROPFIND /dav/ HTTP/1.1", ("PROPFIND", "/dav/", "", "HTTP/1.1")),
        ("M-SEARCH * HTTP/1.1", ("M-SEARCH", "*", "", "HTTP/1.1")),
        ("GET /a b HTTP/1.1", ("GET", "/a b", "", "HTTP/1.1")),  # space inside the target
        ("GET http://example.com/x HTTP/1.1", ("GET", "http://example.com/x", "", "HTTP/1.1")),
        ("CONNECT example.com:443 HTTP/1.1", ("CONNECT", "example.com:443", "", "HTTP/1.1")),
        # garbage is kept: method '-', the request line as logged (escapes kept)
        ("\\x16\\x03\\x01\\x00\\xa5\\x01", ("-", "\\x16\\x03\\x01\\x00\\xa5\\x01", "", "")),
        ("-", ("-", "", "", "")),
        ("", ("-", "", "", "")),
        ("GET", ("-", "GET", "", "")),
        ("\\x05\\x01 /x HTTP/1.1", ("-", "\\x05\\x01 /x HTTP/1.1", "", "")),
    ],
)
def test_split_request_line(line: str, parts: tuple[str, str, str, str]) -> None:
    assert split_request_line(line) == parts


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("no escapes", "no escapes"),
        ('say \\"hi\\"', 'say "hi"'),  # Apache
        ("say \\x22hi\\x22", 'say "hi"'),  # nginx
        ("caf\\u00e9 \\/ \\n", "café / \n"),  # nginx escape=json
        ("\\xe4\\xb8\\xad", "中"),  # UTF-8 bytes, escaped one by one
        ("\\xff\\xfe", "\\xff\\xfe"),  # not UTF-8: stays visible as \xNN
        ("back\\\\slash", "back\\slash"),
        ("odd \\q escape", "odd \\q escape"),
        ("trailing \\", "trailing \\"),
    ],
)
def test_unescape(text: str, plain: str) -> None:
    assert unescape(text) == plain
