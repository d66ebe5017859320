"""The entries of a PHAR archive a script carries after its ``__HALT_COMPILER();``.

A PHP file can itself be a PHAR: a stub of PHP code ending in ``__HALT_COMPILER();``, then a
manifest and the entries' bytes, each stored as is, raw-deflated or bzip2-compressed. A stub such
as ``include "phar://" . basename(__FILE__) . "/x";`` runs one of the entries, so the code that
matters may sit compressed after the stub where no rule on the file's text can see it. This module
reads the native PHAR format the way PHP's ``phar`` extension does (the exact token, the optional
`` ?>`` and line break after it, the manifest) and returns each entry's uncompressed bytes, bounded.
Nothing is run or written; malformed or hostile archives give fewer entries, never an error.
"""

from __future__ import annotations

import bz2
import struct
import zlib
from dataclasses import dataclass

#: The token PHP's phar extension searches for (case-sensitive, as it does).
HALT_TOKEN = b"__HALT_COMPILER();"
#: Per-entry compression flags of the native format.
_DEFLATE = 0x00001000
_BZIP2 = 0x00002000
#: A manifest larger than this is not a PHAR PHP would open (the extension's own limit).
_MAX_MANIFEST = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    data: bytes
    compression: str  # "", "deflate" or "bzip2"
    offset: int  # where the archive starts (the halt token), for the reason's line


def entries(data: bytes, *, max_entries: int = 32, max_bytes: int = 4 * 1024 * 1024) -> list[Entry]:
    """The entries of the PHAR ``data`` is, in manifest order (empty if it is none)."""
    token = data.find(HALT_TOKEN)
    if token < 0:
        return []
    pos = token + len(HALT_TOKEN)
    if data[pos : pos + 3] in (b" ?>", b"\n?>"):
        pos += 3
        if data[pos : pos + 2] == b"\r\n":
            pos += 2
        elif data[pos : pos + 1] == b"\n":
            pos += 1
    try:
        return _parse(data, pos, token, max_entries, max_bytes)
    except (struct.error, IndexError, ValueError):
        return []


def _parse(data: bytes, pos: int, token: int, max_entries: int, max_bytes: int) -> list[Entry]:
    (manifest_len,) = struct.unpack_from("<I", data, pos)
    start = pos + 4
    end = start + manifest_len
    if manifest_len > _MAX_MANIFEST or end > len(data) or manifest_len < 18:
        return []
    count, _api, _flags, alias_len = struct.unpack_from("<IHII", data, start)
    p = start + 14 + alias_len
    (meta_len,) = struct.unpack_from("<I", data, p)
    p += 4 + meta_len
    if p > end or count == 0:
        return []
    heads: list[tuple[str, int, int, int]] = []
    for _ in range(min(count, max_entries)):
        (name_len,) = struct.unpack_from("<I", data, p)
        name = data[p + 4 : p + 4 + name_len].decode("utf-8", "replace")
        p += 4 + name_len
        size, _stamp, stored, _crc, flags, meta_len = struct.unpack_from("<IIIIII", data, p)
        p += 24 + meta_len
        if p > end:
            return []
        heads.append((name, size, stored, flags))
    out: list[Entry] = []
    body = end
    left = max_bytes
    for name, size, stored, flags in heads:
        raw = data[body : body + stored]
        body += stored
        if len(raw) < stored or left <= 0:
            break
        want = min(size, left)
        if flags & _DEFLATE:
            kind, content = "deflate", _inflate(raw, want)
        elif flags & _BZIP2:
            kind, content = "bzip2", _bunzip(raw, want)
        else:
            kind, content = "", raw[:want]
        if content is None:
            continue
        left -= len(content)
        out.append(Entry(name, content, kind, token))
    return out


def _inflate(raw: bytes, limit: int) -> bytes | None:
    try:
        return zlib.decompressobj(-15).decompress(raw, max(1, limit))
    except zlib.error:
        return None


def _bunzip(raw: bytes, limit: int) -> bytes | None:
    try:
        return bz2.BZ2Decompressor().decompress(raw, max_length=max(1, limit))
    except (OSError, EOFError, ValueError):
        return None
