"""Format names, format strings, and detection from a file's first lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from webhunt.errors import LogFormatError
from webhunt.logs.formats import FORMAT_NAMES, detect_format, resolve_format
from webhunt.logs.reader import LogReader
from webhunt.logs.source import LogStream

DATA = Path(__file__).resolve().parent.parent / "data" / "logs"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("apache_combined.log", "combined"),  # despite broken and common-format lines
        ("apache_vhost_combined.log", "vhost_combined"),
        ("nginx_main.log", "combined"),  # combined + X-Forwarded-For
        ("iis_u_ex240303.log", "iis"),
        ("nginx_json.log", "json"),
        ("caddy.json", "json"),
        ("rotation/access.log.2.gz", "combined"),  # detected on the decompressed text
    ],
)
def test_detected(name: str, expected: str) -> None:
    with LogStream(str(DATA / name)) as stream:
        fmt = detect_format(stream.head_lines())
    assert fmt is not None and fmt.name == expected


def test_common_detected_and_not_combined() -> None:
    lines = [f'192.0.2.{i} - - [01/Mar/2024:10:00:0{i} +0000] "GET /p{i} HTTP/1.1" 200 {i}' for i in range(5)]
    fmt = detect_format(lines)
    assert fmt is not None and fmt.name == "common"


@pytest.mark.parametrize(
    "lines",
    [
        [],
        ["", "   "],
        ["hello world", "this is not an access log", "at all"],
        ["#Version: 1.0"],  # headers only
        # custom formats are not guessed
        ['192.0.2.1 [2024-03-02T15:00:00+01:00] h "GET / HTTP/1.1" 200 1 0.1 "-" "-"'] * 3,
    ],
)
def test_undetectable(lines: list[str]) -> None:
    assert detect_format(lines) is None


def test_undetectable_file_is_reported_and_others_read(tmp_path: Path) -> None:
    odd = tmp_path / "odd.log"
    odd.write_text("hello world\nthis is not an access log\n")
    reader = LogReader([str(odd), str(DATA / "caddy.json")])
    assert len(list(reader)) == 2
    bad, good = reader.summary().files
    assert bad.error.startswith("cannot detect the log format (first line: 'hello world')")
    assert "--log-format" in bad.error
    assert (good.error, good.requests) == ("", 2)


def test_an_undetectable_binary_file_is_shown_escaped_once(tmp_path: Path) -> None:
    odd = tmp_path / "odd.log"
    odd.write_bytes(b"\xb0\xf8X\x06tab\there\n")
    reader = LogReader([str(odd)])
    assert list(reader) == []
    (bad,) = reader.summary().files
    assert "(first line: '\\xb0\\xf8X\\x06tab\\x09here')" in bad.error


def test_explicit_format_wins_over_detection() -> None:
    # nginx_main.log is detected as combined; read as 'common' the user agents are ignored
    requests = list(LogReader([str(DATA / "nginx_main.log")], "common"))
    assert len(requests) == 6 and {r.user_agent for r in requests} == {""}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("combined", "combined"),
        ("COMBINED", "combined"),
        ("nginx_combined", "nginx"),
        ("nginx:combined", "nginx"),
        ("w3c", "iis"),
        ("jsonl", "json"),
        ("ndjson", "json"),
        ('%h %l %u %t "%r" %>s %b', 'apache:%h %l %u %t "%r" %>s %b'),
        ("apache:%h %t %U", "apache:%h %t %U"),
        ('$remote_addr [$time_local] "$request"', 'nginx:$remote_addr [$time_local] "$request"'),
    ],
)
def test_resolve(text: str, name: str) -> None:
    assert resolve_format(text).name == name


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty log format"),
        ("clf", "unknown log format name 'clf'"),
        ("just some words", "neither a known name"),
    ],
)
def test_resolve_errors(text: str, message: str) -> None:
    with pytest.raises(LogFormatError, match=message):
        resolve_format(text)


def test_every_advertised_name_resolves() -> None:
    for name in FORMAT_NAMES:
        assert resolve_format(name).parser("x", "y") is not None


def test_bad_format_fails_at_construction() -> None:
    with pytest.raises(LogFormatError):
        LogReader([str(DATA / "caddy.json")], "%h %Z")
