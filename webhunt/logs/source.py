"""Log files as streams of lines: decompression, bounded line splitting, identity, rotation order.

* Compression is recognised by magic bytes (gzip, bzip2, xz), not by the file name, so a
  ``.1`` that logrotate already compressed or a ``.gz`` that is plain text both read right.
* Lines are split in 1 MiB chunks and decoded as UTF-8; bytes that are not UTF-8 become
  ``\\xNN`` (the way Apache and nginx escape them), so nothing crashes and everything stays
  storable. Memory stays bounded whatever the file size: a line longer than 64 KiB is not kept
  (the caller counts it malformed) and its bytes are skipped up to the next newline.
* ``source_id`` identifies the log *stream*, not the file: the SHA-1 of the decompressed bytes from
  the start through the end of the first data line (the first line that is neither blank nor a
  ``#`` header; IIS files start with identical ``#Software`` lines, their ``#Date`` and first
  request tell them apart). Renaming and compressing keep it; a file that keeps growing keeps it
  (unlike a hash of the first 4 KiB, which changes while the file is shorter than that); a
  truncated or recreated log gets a new one. With the line number it identifies a request.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import lzma
import os
import re
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Protocol, cast

CHUNK_SIZE = 1 << 20
#: How far ahead of the reading position the kernel is asked to read the file (a log on disk, not in
#: the page cache, is then read while the lines before are parsed).
PREFETCH_BYTES = 8 << 20
#: ``posix_fadvise``'s WILLNEED where the platform has it.
_WILLNEED: int | None = getattr(os, "POSIX_FADV_WILLNEED", None) if hasattr(os, "posix_fadvise") else None
_HEAD_PIECE = 16 * 1024  # the head is read in pieces: a damaged small file still gives its lines
MAX_LINE_BYTES = 64 * 1024
_FINGERPRINT_LIMIT = 64 * 1024
_SOURCE_ID_HEX = 20

#: Errors a damaged compressed file raises while being read.
READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, lzma.LZMAError)

#: (number of the first line, lines); None stands for a line longer than MAX_LINE_BYTES.
LineBatch = tuple[int, list[str | None]]


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...
    def fileno(self) -> int: ...
    def close(self) -> None: ...


def _open_decompressed(path: str) -> tuple[_Readable, str]:
    with open(path, "rb") as probe:
        magic = probe.read(6)
    if magic[:2] == b"\x1f\x8b":
        return gzip.open(path, "rb"), "gzip"
    if magic[:3] == b"BZh":
        return bz2.open(path, "rb"), "bzip2"
    if magic == b"\xfd7zXZ\x00":
        return lzma.open(path, "rb"), "xz"
    return open(path, "rb"), ""  # closed by LogStream.close


def fingerprint(head: bytes) -> str:
    """The stream identity computed from the first bytes of a (decompressed) log."""
    end = 0
    while end < len(head) and end < _FINGERPRINT_LIMIT:
        nl = head.find(b"\n", end)
        stop = len(head) if nl < 0 else nl + 1
        line = head[end:stop].strip()
        end = stop
        if line and not line.startswith(b"#"):
            break
    else:
        end = min(len(head), 4096)
    return hashlib.sha1(head[:end], usedforsecurity=False).hexdigest()[:_SOURCE_ID_HEX]


class LogStream:
    """One log file opened for reading: its identity, its first lines, then all its lines."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._file, self.compression = _open_decompressed(path)
        self._error: BaseException | None = None  # raised by batches() after the head's lines
        pieces: list[bytes] = []
        size = 0
        try:
            while size < CHUNK_SIZE:
                piece = self._file.read(_HEAD_PIECE)
                if not piece:
                    break
                pieces.append(piece)
                size += len(piece)
        except READ_ERRORS as exc:
            if not pieces:
                self._file.close()
                raise
            self._error = exc
        except BaseException:
            self._file.close()
            raise
        self._head = b"".join(pieces)
        self.source_id = fingerprint(self._head)
        # compressed data is read in smaller pieces: damage then costs fewer of the lines before it
        self._chunk = _HEAD_PIECE * 4 if self.compression else CHUNK_SIZE
        self._prefetched = 0  # the file offset up to which the kernel was asked to read ahead

    def __enter__(self) -> LogStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    def head_lines(self, limit: int = 100) -> list[str]:
        """The first complete lines (decoded), for format detection."""
        cut = self._head.rfind(b"\n")
        head = self._head if cut < 0 else self._head[:cut]
        return [
            line.rstrip("\r") for line in head.decode("utf-8", "backslashreplace").split("\n", limit)[:limit]
        ]

    def batches(self) -> Iterator[LineBatch]:
        """All lines in order, in batches; raises READ_ERRORS on damaged compressed data."""
        line_no = 1
        carry = b""
        skipping = False  # inside a line already known to be too long
        chunk = self._head
        self._head = b""
        error, self._error = self._error, None
        while chunk:
            if skipping:
                nl = chunk.find(b"\n")
                if nl < 0:
                    if error is not None:
                        raise error
                    chunk = self._read()
                    continue
                yield line_no, [None]
                line_no += 1
                skipping = False
                chunk = chunk[nl + 1 :]
            data = carry + chunk if carry else chunk
            cut = data.rfind(b"\n")
            if cut < 0:
                carry = data
            else:
                carry = data[cut + 1 :]
                lines = _decode_lines(data[:cut])
                yield line_no, lines
                line_no += len(lines)
            if len(carry) > MAX_LINE_BYTES:
                carry = b""
                skipping = True
            if error is not None:
                raise error  # the lines before the damage were handed on
            chunk = self._read()
        if skipping:
            yield line_no, [None]
        elif carry:
            yield line_no, _decode_lines(carry)

    def _read(self) -> bytes:
        """The next chunk; keeps the kernel reading ``PREFETCH_BYTES`` ahead in the file (the
        compressed file, for compressed logs)."""
        chunk = self._file.read(self._chunk)
        if _WILLNEED is not None and self._prefetched >= 0:
            try:
                fd = self._file.fileno()
                at = os.lseek(fd, 0, os.SEEK_CUR)
                if at + PREFETCH_BYTES // 2 > self._prefetched:
                    os.posix_fadvise(fd, at, PREFETCH_BYTES, _WILLNEED)
                    self._prefetched = at + PREFETCH_BYTES
            except (OSError, ValueError):  # a pipe or a file system without it: read as it comes
                self._prefetched = -1
        return chunk


def _decode_lines(body: bytes) -> list[str | None]:
    if b"\r" in body:  # CRLF (IIS); the body ends before the last \n, so a \r may end it
        body = body.replace(b"\r\n", b"\n")
        if body.endswith(b"\r"):
            body = body[:-1]
    texts = body.decode("utf-8", "backslashreplace").split("\n")
    lines = cast(list[str | None], texts)
    # A decoded character stands for 1-4 bytes (or 4 characters for 1 bad byte): check bytes
    # only when some line could be over the limit.
    if len(body) > MAX_LINE_BYTES // 4 and max(map(len, texts)) > MAX_LINE_BYTES // 4:
        for i, raw in enumerate(body.split(b"\n")):
            if len(raw) > MAX_LINE_BYTES:
                lines[i] = None
    return lines


# --- rotation order ---------------------------------------------------------------------------

_ROTATED = re.compile(
    r"(?P<base>.+?)"
    r"(?:\.(?P<num>\d{1,4})|-(?P<date>\d{8}(?:\d{2})?))?"
    r"(?P<comp>\.(?:gz|bz2|xz))?"
)


def rotation_order(paths: Sequence[str]) -> list[str]:
    """Paths ordered oldest first within each rotated family, families in command-line order.

    ``access.log.3.gz, access.log.2.gz, access.log.1, access.log`` (logrotate numbering: higher is
    older) and ``access.log-20240301.gz, access.log-20240302`` (dateext) in any order on the
    command line come out oldest first. The same file named twice is read once.
    """
    families: dict[str, list[tuple[tuple[int, int], str]]] = {}
    seen: set[str] = set()
    for path in paths:
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        m = _ROTATED.fullmatch(path)
        if m is None:  # only the empty string
            families.setdefault(path, []).append(((2, 0), path))
            continue
        if m.group("num"):
            age = (1, -int(m.group("num")))
        elif m.group("date"):
            age = (0, int(m.group("date")))
        else:
            age = (2, 0)
        families.setdefault(m.group("base"), []).append((age, path))
    ordered: list[str] = []
    for members in families.values():
        ordered += [path for _, path in sorted(members, key=lambda member: member[0])]
    return ordered
