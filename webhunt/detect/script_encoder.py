"""Microsoft Script Encoder (``VBScript.Encode`` / ``JScript.Encode``) blocks, decoded.

Classic ASP pages can carry their code as ``#@~^LLLLLL==<encoded>CCCCCC==^#~@``: ``LLLLLL`` is the
Base64 of the encoded length (32-bit little endian), ``CCCCCC`` the Base64 of the sum of the
decoded characters. The encoding is a fixed substitution: each printable ASCII character is
replaced through one of three tables, the table chosen by the character's position (a repeating
64-step sequence); a few characters the encoder must not emit travel as ``@`` escapes. Decoding
is therefore exact and needs no key: the decoded page is what the server runs.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass

#: The decoded character of each encoded one (codes 32..127), per table. Codes 60, 62 and 64
#: (``< > @``) are never decoded: the encoder does not emit them as substitutes.
_TABLES = (
    b".GzVBj/&IA42[vrC89pEhqO\tbD#uJ~J^@wJa]\"KoN;LPg*}tT+-,0nkf5%!dMRc?{x)(sY3\x7fmUS|:_eFX1ilZH'\\=$y7`Q 6",
    b"-uR`q^I\\b})6 |z\x7fkc3+hQfv1dTCL:L~LE,*t'7DyY/o&rj9{?8wgSG4x]0#Z[lHUpi.L!$NP\tVs5aKX;W\"mM%(FJ2A=_OBe",
    b"20!)[83=X:5e9\\VsfNEkbYx^}JmqA`AS@B'Hru17MR\"TjGd- \x7f.L]~loytC&v%$+(#A4\t*D?w;UiacPgQIOFh|6pnz/_KZ,W",
)
#: A tab is encoded too.
_TAB = b"Wn{"
#: Which table decodes the character at position ``i``: ``_PICK[i % 64]``.
_PICK = bytes(int(c) for c in "0120121221210212021200122102122100212120200120210212001220012021")
_ESCAPES = {ord("&"): 10, ord("#"): 13, ord("*"): ord(">"), ord("!"): ord("<"), ord("$"): ord("@")}
_NOT_DECODED = frozenset({10, 13, 60, 62, 64})

#: One block: the length field, the body (lazily up to the first possible end) and the checksum.
_BLOCK = re.compile(
    rb"#@~\^(?P<len>[A-Za-z0-9+/]{6})==(?P<body>.*?)(?P<sum>[A-Za-z0-9+/]{6})==\^#~@", re.DOTALL
)
#: The marker a page must contain before blocks are looked for.
MARKER = b"#@~^"


def _translations() -> list[bytes]:
    out: list[bytes] = []
    for table in _TABLES:
        t = bytearray(range(256))
        t[9] = _TAB[len(out)]
        for code in range(32, 128):
            if code not in _NOT_DECODED:
                t[code] = table[code - 32]
        out.append(bytes(t))
    return out


_DECODE = _translations()


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    decoded: bytes
    checksum_ok: bool


def decode_body(body: bytes) -> bytes:
    """The decoded text of a block's body (between the length field and the checksum)."""
    out = bytearray()
    tables = _DECODE
    pick = _PICK
    index = -1
    n = len(body)
    i = 0
    while i < n:
        byte = body[i]
        i += 1
        if byte == 64 and i < n and body[i] in _ESCAPES:  # "@&" and the like: a character kept out
            out.append(_ESCAPES[body[i]])
            i += 1
            index += 1
        elif byte < 128:
            index += 1
            out.append(tables[pick[index & 63]][byte])
        else:
            out.append(byte)
    return bytes(out)


def _number(field: bytes) -> int | None:
    try:
        raw = base64.b64decode(field + b"==", validate=True)
    except (binascii.Error, ValueError):
        return None
    return int.from_bytes(raw[:4], "little") if len(raw) >= 4 else None


def blocks(data: bytes, *, max_blocks: int = 64, max_bytes: int = 4 * 1024 * 1024) -> Iterator[Block]:
    """The encoded blocks of ``data`` in order, each decoded (at most ``max_blocks`` blocks and
    ``max_bytes`` encoded bytes in all)."""
    if MARKER not in data:
        return
    taken = 0
    for count, m in enumerate(_BLOCK.finditer(data)):
        body = m.group("body")
        taken += len(body)
        if count >= max_blocks or taken > max_bytes:
            return
        decoded = decode_body(body)
        checksum = _number(m.group("sum"))
        yield Block(m.start(), m.end(), decoded, checksum == sum(decoded) & 0xFFFFFFFF)


def decoded_page(data: bytes, **limits: int) -> tuple[bytes, int] | None:
    """``data`` with every encoded block replaced by its decoded text, and the first block's
    offset; None when it holds no block."""
    parts: list[bytes] = []
    at = 0
    for block in blocks(data, **limits):
        parts += (data[at : block.start], block.decoded)
        at = block.end
    if not parts:
        return None
    first = len(parts[0])
    parts.append(data[at:])
    return b"".join(parts), first
