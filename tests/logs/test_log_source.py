"""Log streams: decompression by magic bytes, bounded line splitting, identity, rotation order."""

from __future__ import annotations

import bz2
import gzip
import lzma
from pathlib import Path

import pytest

from webhunt.logs import source
from webhunt.logs.source import MAX_LINE_BYTES, LogStream, fingerprint, rotation_order

LINE = b'192.0.2.1 - - [01/Mar/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "-"\n'


def lines_of(path: Path) -> list[tuple[int, str | None]]:
    out: list[tuple[int, str | None]] = []
    with LogStream(str(path)) as stream:
        for first, batch in stream.batches():
            out += [(first + i, line) for i, line in enumerate(batch)]
    return out


@pytest.mark.parametrize(
    ("name", "compress", "kind"),
    [
        ("plain.log", lambda b: b, ""),
        ("rotated.1", gzip.compress, "gzip"),  # compressed without a .gz name
        ("rotated.2.bz2", bz2.compress, "bzip2"),
        ("rotated.3.xz", lzma.compress, "xz"),
        ("delaycompress.gz", lambda b: b, ""),  # named .gz, still plain text
    ],
)
def test_compression_by_magic(tmp_path: Path, name: str, compress: object, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(compress(LINE * 3))  # type: ignore[operator]
    with LogStream(str(path)) as stream:
        assert stream.compression == kind
        assert stream.source_id == fingerprint(LINE * 3)
    assert [n for n, _ in lines_of(path)] == [1, 2, 3]


def test_crlf_bad_bytes_and_missing_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "a.log"
    path.write_bytes(b"one\r\ntw\xffo\r\n\r\nthree \xe4\xb8\xad")
    assert lines_of(path) == [(1, "one"), (2, "tw\\xffo"), (3, ""), (4, "three 中")]


def test_long_lines_are_skipped_and_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "CHUNK_SIZE", 4096)  # long lines then span several chunks
    huge = b"x" * (MAX_LINE_BYTES + 1)
    limit = b"y" * MAX_LINE_BYTES  # exactly the limit: kept
    path = tmp_path / "long.log"
    path.write_bytes(b"a\n" + huge + b"\nb\n" + limit + b"\n" + huge * 3 + b"\nc\n" + huge)
    got = lines_of(path)
    assert [(n, None if line is None else line[:3]) for n, line in got] == [
        (1, "a"),
        (2, None),
        (3, "b"),
        (4, "yyy"),
        (5, None),
        (6, "c"),
        (7, None),  # over-long last line without newline
    ]
    assert len(got[3][1] or "") == MAX_LINE_BYTES


def test_long_line_inside_one_chunk(tmp_path: Path) -> None:
    path = tmp_path / "long.log"
    path.write_bytes(b"a\n" + b"\xff" * (MAX_LINE_BYTES + 1) + b"\nb\n")
    assert lines_of(path) == [(1, "a"), (2, None), (3, "b")]


def test_fingerprint_is_the_head_through_the_first_data_line() -> None:
    first = b'203.0.113.1 - - [01/Mar/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 1\n'
    second = b'203.0.113.2 - - [01/Mar/2024:10:00:01 +0000] "GET /a HTTP/1.1" 200 1\n'
    # a log that grows keeps its identity (a hash of the first 4 KiB would not)
    assert fingerprint(first) == fingerprint(first + second) == fingerprint(first + second * 500)
    assert fingerprint(first) != fingerprint(second)
    # IIS files share their first line; their #Date and first request tell them apart
    head = b"#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n"
    day1 = head + b"#Date: 2024-03-01 00:00:00\r\n#Fields: date time\r\n2024-03-01 00:00:01\r\n"
    day2 = head + b"#Date: 2024-03-02 00:00:00\r\n#Fields: date time\r\n2024-03-02 00:00:07\r\n"
    assert fingerprint(day1) != fingerprint(day2)
    assert fingerprint(day1) == fingerprint(day1 + b"2024-03-01 00:00:02\r\n")
    # idempotent on its own prefix (the guard daemon hashes the prefix it found)
    assert fingerprint(first) == fingerprint(first.rstrip(b"\n") + b"\n")
    assert len(fingerprint(first)) == 20


def test_rotation_order() -> None:
    given = [
        "/var/log/nginx/access.log",
        "/var/log/nginx/access.log.1",
        "/var/log/apache2/other_vhosts_access.log-20240302",
        "/var/log/nginx/access.log.10.gz",
        "/var/log/nginx/access.log.2.gz",
        "/var/log/apache2/other_vhosts_access.log-20240301.gz",
        "/var/log/nginx/access.log.3.bz2",
        "/var/log/nginx/access.log",  # twice on the command line: once
        "/var/log/apache2/other_vhosts_access.log",
    ]
    assert rotation_order(given) == [
        "/var/log/nginx/access.log.10.gz",
        "/var/log/nginx/access.log.3.bz2",
        "/var/log/nginx/access.log.2.gz",
        "/var/log/nginx/access.log.1",
        "/var/log/nginx/access.log",
        "/var/log/apache2/other_vhosts_access.log-20240301.gz",
        "/var/log/apache2/other_vhosts_access.log-20240302",
        "/var/log/apache2/other_vhosts_access.log",
    ]


def test_head_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.log"
    path.write_bytes(b"one\r\ntwo\nthree-without-newline")
    with LogStream(str(path)) as stream:
        assert stream.head_lines() == ["one", "two"]
        assert stream.head_lines(1) == ["one"]


@pytest.mark.parametrize(("name", "compress"), [("plain.log", lambda b: b), ("old.log.gz", gzip.compress)])
def test_the_kernel_reads_ahead_of_the_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, compress: object
) -> None:
    """A log on disk is read ahead (``posix_fadvise`` WILLNEED) while the lines before it are
    parsed; where the file system refuses, the lines come all the same."""
    assert callable(compress)
    path = tmp_path / name
    path.write_bytes(compress(LINE * 100_000))  # 7.5 MB of log: several chunks
    asked: list[tuple[int, int]] = []
    monkeypatch.setattr(source, "PREFETCH_BYTES", 1 << 20)
    monkeypatch.setattr(source.os, "posix_fadvise", lambda fd, at, size, advice: asked.append((at, size)))
    assert len(lines_of(path)) == 100_000
    assert asked and all(size == 1 << 20 for _, size in asked)
    assert [at for at, _ in asked] == sorted({at for at, _ in asked})  # each window once, in order

    def refuse(fd: int, at: int, size: int, advice: int) -> None:
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(source.os, "posix_fadvise", refuse)
    assert len(lines_of(path)) == 100_000
