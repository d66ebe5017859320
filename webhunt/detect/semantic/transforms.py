"""Pure, bounded evaluation of string functions on constant arguments.

Obfuscated scripts build function names and payloads from pieces (``'sys'.'tem'``, ``strrev('metsys')``,
``gzinflate(base64_decode('...'))``). The analysers fold such expressions when every argument is a
constant; nothing is ever executed. Every function here is total: bad input gives ``None``, and output
is bounded by a shared :class:`Budget` so a decompression bomb or a huge ``str_repeat`` cannot stall the
scan.
"""

from __future__ import annotations

import base64
import binascii
import bz2
import codecs
import html
import math
import re
import time
import urllib.parse
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from webhunt.detect.semantic import aes

#: A constant value: PHP strings are bytes; integers and floats are kept apart for chr()/arithmetic
#: folding and turn into text the way PHP converts them (:func:`php_str`).
Const = bytes | int | float

#: Upper bound on one folded value; longer results are not folded (the value becomes unknown).
MAX_VALUE = 8 * 1024 * 1024


@dataclass(slots=True)
class Budget:
    """Work limits shared by one file's analysis: bytes produced by decoders, and a time guard.

    The deadline is a guard against hostile input only; on ordinary files it is never reached, so
    results do not depend on the clock.
    """

    max_bytes: int = 8 * 1024 * 1024
    seconds: float = 5.0
    used: int = 0
    deadline: float = field(default=0.0)

    def __post_init__(self) -> None:
        if self.deadline == 0.0:
            self.deadline = time.monotonic() + self.seconds

    def left(self) -> int:
        return max(0, self.max_bytes - self.used)

    def take(self, n: int) -> bool:
        """Account for ``n`` produced bytes; False when the budget would be exceeded."""
        if n > self.left():
            return False
        self.used += n
        return True

    def expired(self) -> bool:
        return time.monotonic() > self.deadline


# --- decoders -------------------------------------------------------------------------------------

_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
_B64URL = bytes.maketrans(b"-_", b"+/")


def b64decode_lenient(data: bytes) -> bytes | None:
    """Base64 read leniently: the URL-safe ``-``/``_`` taken as ``+``/``/``, any other character
    outside the alphabet skipped (literals in Java, C# and the decode layer)."""
    return _b64decode_skipping(data.translate(_B64URL), data)


def b64decode_php(data: bytes) -> bytes | None:
    """PHP's own non-strict ``base64_decode``: every byte outside the standard alphabet is skipped,
    ``-`` and ``_`` too (PHP knows no URL-safe alphabet there), so ``'X1B__PU1Q='`` is ``_POST``."""
    return _b64decode_skipping(data, data)


def _b64decode_skipping(data: bytes, original: bytes) -> bytes | None:
    clean = _B64_JUNK.sub(b"", data)
    if not clean:
        return b"" if not original.strip() else None
    rem = len(clean) % 4
    if rem == 1:
        clean = clean[:-1]
    elif rem:
        clean += b"=" * (4 - rem)
    try:
        return base64.b64decode(clean)
    except (binascii.Error, ValueError):
        return None


def inflate(data: bytes, wbits: int, budget: Budget) -> bytes | None:
    """zlib/deflate/gzip decompression that never produces more than the budget allows."""
    limit = budget.left()
    if limit <= 0:
        return None
    dec = zlib.decompressobj(wbits)
    try:
        out = dec.decompress(data, limit)
    except zlib.error:
        return None
    if dec.unconsumed_tail:
        return None  # would exceed the budget: a bomb or simply too big to fold
    return out


def bunzip(data: bytes, budget: Budget) -> bytes | None:
    limit = budget.left()
    if limit <= 0:
        return None
    dec = bz2.BZ2Decompressor()
    try:
        out = dec.decompress(data, max_length=limit)
    except (OSError, ValueError, EOFError):
        return None
    if not dec.needs_input and not dec.eof:
        return None
    return out


def rot13(data: bytes) -> bytes:
    return codecs.encode(data.decode("latin-1"), "rot13").encode("latin-1")


def hex2bin(data: bytes) -> bytes | None:
    text = data.strip()
    if len(text) % 2:
        return None
    try:
        return binascii.unhexlify(text)
    except (binascii.Error, ValueError):
        return None


def uudecode(data: bytes) -> bytes | None:
    out = bytearray()
    for line in data.splitlines():
        if not line or line in (b"`", b"end"):
            continue
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            return None
    return bytes(out)


def url_decode(data: bytes, plus: bool) -> bytes:
    text = data.decode("latin-1")
    if plus:
        text = text.replace("+", " ")
    return urllib.parse.unquote_to_bytes(text)


def xor_bytes(a: bytes, b: bytes) -> bytes:
    """PHP's ``$a ^ $b`` on strings: byte-wise, truncated to the shorter operand."""
    return bytes(x ^ y for x, y in zip(a, b, strict=False))


def xor_repeat(data: bytes, key: bytes) -> bytes | None:
    """``$o .= $d[$i] ^ $k[$i % strlen($k)]`` over the whole of ``data``."""
    if not key:
        return None
    n = len(key)
    return bytes(c ^ key[i % n] for i, c in enumerate(data))


def php_unescape_double(raw: bytes) -> bytes:
    """The value of a double-quoted PHP string body (escape sequences only, no interpolation)."""
    return _DOUBLE_ESC.sub(_double_esc, raw)


def php_unescape_single(raw: bytes) -> bytes:
    return raw.replace(b"\\\\", b"\\").replace(b"\\'", b"'")


_DOUBLE_ESC = re.compile(rb"\\(?:([nrtvef\\$\"])|([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u\{([0-9A-Fa-f]{1,6})\})")
_SIMPLE_ESC = {
    b"n": b"\n",
    b"r": b"\r",
    b"t": b"\t",
    b"v": b"\v",
    b"e": b"\x1b",
    b"f": b"\f",
    b"\\": b"\\",
    b"$": b"$",
    b'"': b'"',
}


def _double_esc(m: re.Match[bytes]) -> bytes:
    simple, octal, hexa, uni = m.groups()
    if simple is not None:
        return _SIMPLE_ESC[simple]
    if octal is not None:
        return bytes([int(octal, 8) & 0xFF])
    if hexa is not None:
        return bytes([int(hexa, 16)])
    try:
        return chr(int(uni, 16)).encode("utf-8")
    except (ValueError, OverflowError):
        return m.group(0)


# --- PHP string functions on constants ------------------------------------------------------------


# --- PHP scalars: numbers as text, text incremented ------------------------------------------------

#: PHP's integers are 64-bit: a result outside this range is a float (``PHP_INT_MAX + 1``).
INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1
#: Significant digits of a float converted to a string (PHP's ``precision`` ini setting, default 14).
PRECISION = 14


def php_int(n: int) -> int | float:
    """An integer result as PHP holds it: past 64 bits it overflows to a float."""
    if INT_MIN <= n <= INT_MAX:
        return n
    try:
        return float(n)
    except OverflowError:  # past the largest float: INF
        return math.inf if n > 0 else -math.inf


def php_float_str(x: float) -> bytes:
    """A float as PHP converts it to text (``%.14G`` through ``zend_gcvt``): ``1.0E+25``, ``0.1``,
    ``-575``, ``INF``, ``NAN``. The exponent form starts once the exponent passes the precision or
    the number is below 1e-4, always with a fraction digit and an unpadded exponent."""
    if math.isnan(x):
        return b"NAN"
    if math.isinf(x):
        return b"INF" if x > 0 else b"-INF"
    if x == 0:
        return b"-0" if math.copysign(1.0, x) < 0 else b"0"
    sign = "-" if x < 0 else ""
    mantissa, exp = f"{abs(x):.{PRECISION - 1}e}".split("e")
    digits = mantissa.replace(".", "").rstrip("0")
    decpt = int(exp) + 1  # the value is 0.<digits> times 10 ** decpt
    if (decpt < -3) if decpt < 0 else (decpt > PRECISION):
        e = decpt - 1
        out = f"{digits[0]}.{digits[1:] or '0'}E{'-' if e < 0 else '+'}{abs(e)}"
    elif decpt <= 0:
        out = "0." + "0" * -decpt + digits
    else:
        whole, frac = digits[:decpt].ljust(decpt, "0"), digits[decpt:]
        out = whole + ("." + frac if frac else "")
    return (sign + out).encode()


def php_str(v: Const) -> bytes:
    """A constant converted to a PHP string."""
    if isinstance(v, bytes):
        return v
    if isinstance(v, float):
        return php_float_str(v)
    return str(v).encode()


def parse_float(raw: bytes) -> float | None:
    """The value of a PHP float literal (``.1``, ``575.``, ``1_0.5``, ``1e1000`` is INF)."""
    try:
        return float(raw.replace(b"_", b""))
    except ValueError:
        return None


def str_increment(s: bytes) -> bytes:
    """PHP's ``$s++`` on a non-numeric string (Perl's rule): the last letter or digit steps up and
    carries leftwards, ``a`` -> ``b``, ``Az`` -> ``Ba``, ``a9`` -> ``b0``, ``zz`` -> ``aaa``, ``Zz``
    -> ``AAa``; bytes that are neither stop the carry, and ``""`` becomes ``"1"``."""
    if not s:
        return b"1"
    out = bytearray(s)
    i = len(out) - 1
    while i >= 0:
        c = out[i]
        if c in b"zZ9":
            out[i] = {ord("z"): ord("a"), ord("Z"): ord("A"), ord("9"): ord("0")}[c]
        elif 0x61 <= c < 0x7A or 0x41 <= c < 0x5A or 0x30 <= c < 0x39:
            out[i] = c + 1
            return bytes(out)
        else:
            return bytes(out)  # a byte that is not alphanumeric: the carry stops there
        i -= 1
    first = s[0]  # carried out of the first byte: prepend one of its kind
    lead = b"1" if first in b"0123456789" else (b"a" if first in b"abcdefghijklmnopqrstuvwxyz" else b"A")
    return lead + bytes(out)


_s = php_str


def _i(v: Const) -> int | None:
    if isinstance(v, int):
        return v
    if isinstance(v, float):  # truncated; INF and NAN are 0 (PHP 7+ on 64-bit)
        return int(v) if math.isfinite(v) and INT_MIN <= v <= INT_MAX else 0
    m = re.match(rb"\s*([+-]?\d+)", v)
    return int(m.group(1)) if m else (0 if not v.strip() else None)


def _chr(args: Sequence[Const], budget: Budget) -> Const | None:
    n = _i(args[0]) if args else None
    return None if n is None else bytes([n % 256])


def _ord(args: Sequence[Const], budget: Budget) -> Const | None:
    s = _s(args[0]) if args else b""
    return s[0] if s else 0


def _substr(args: Sequence[Const], budget: Budget) -> Const | None:
    s = _s(args[0])
    start = _i(args[1]) if len(args) > 1 else 0
    length = _i(args[2]) if len(args) > 2 else None
    if start is None:
        return None
    if start < 0:
        start = max(0, len(s) + start)
    out = s[start:]
    if length is not None:
        out = out[:length] if length >= 0 else out[: max(0, len(out) + length)]
    return out


def _mb_text(args: Sequence[Const], at: int) -> str | None:
    """The first argument read as UTF-8 characters, when the encoding argument at ``at`` is absent
    or UTF-8 (another multibyte encoding is not folded)."""
    if len(args) > at and _s(args[at]).replace(b"-", b"").lower() != b"utf8":
        return None
    return _s(args[0]).decode("utf-8")


def _mb_substr(args: Sequence[Const], budget: Budget) -> Const | None:
    """``mb_substr($s, $start[, $length[, 'UTF-8']])``: :func:`_substr` counted in characters."""
    text = _mb_text(args, 3)
    start = _i(args[1]) if len(args) > 1 else 0
    length = _i(args[2]) if len(args) > 2 and args[2] is not None else None
    if text is None or start is None:
        return None
    if start < 0:
        start = max(0, len(text) + start)
    out = text[start:]
    if length is not None:
        out = out[:length] if length >= 0 else out[: max(0, len(out) + length)]
    return out.encode("utf-8")


def _mb_case(upper: bool) -> Callable[[Sequence[Const], Budget], Const | None]:
    """``mb_strtolower``/``mb_strtoupper`` in UTF-8."""

    def fold(args: Sequence[Const], budget: Budget) -> Const | None:
        text = _mb_text(args, 1)
        if text is None:
            return None
        return (text.upper() if upper else text.lower()).encode("utf-8")

    return fold


def _substr_replace(args: Sequence[Const], budget: Budget) -> Const | None:
    """``substr_replace($s, $repl, $start[, $length])`` on scalars (a name spliced together)."""
    if len(args) < 3:
        return None
    s, repl = _s(args[0]), _s(args[1])
    start = _i(args[2])
    length = _i(args[3]) if len(args) > 3 else None
    if start is None:
        return None
    if start < 0:
        start = max(0, len(s) + start)
    start = min(start, len(s))
    if length is None:
        end = len(s)
    elif length >= 0:
        end = min(len(s), start + length)
    else:
        end = max(start, len(s) + length)
    out = s[:start] + repl + s[end:]
    return out if len(out) <= MAX_VALUE else None


def _str_replace(args: Sequence[Const], budget: Budget) -> Const | None:
    if len(args) < 3:
        return None
    search, repl, subject = _s(args[0]), _s(args[1]), _s(args[2])
    if not search:
        return subject
    out = subject.replace(search, repl)
    return out if len(out) <= MAX_VALUE else None


def _str_ireplace(args: Sequence[Const], budget: Budget) -> Const | None:
    if len(args) < 3:
        return None
    search, repl, subject = _s(args[0]), _s(args[1]), _s(args[2])
    if not search:
        return subject
    pattern = re.compile(re.escape(search), re.IGNORECASE)
    out = pattern.sub(lambda _m: repl, subject)
    return out if len(out) <= MAX_VALUE else None


#: ``preg_replace``/``preg_filter`` are folded only for patterns made of at most four simple atoms
#: (a literal character, an escaped one, ``\s \S \d \D \w \W``, ``.``, a bracket class without
#: nesting), each with an optional quantifier, at most one of them unbounded, anchors at the ends
#: and the flags ``i m s u``: the patterns that strip junk out of a name (``/\s+/``, ``/[^a-z_]/i``,
#: ``/#/``). Such patterns mean the same in PCRE and in Python and cannot backtrack badly; anything
#: else (groups, alternation, backreferences, ``/e``, ``/x``) is not folded.
_PREG_ATOM = re.compile(
    rb"(?:\\[sSdDwW]|\\[^A-Za-z0-9]|\[\^?\]?(?:[^\]\\\[]|\\[^A-Za-z0-9]|\\[sdw]){1,64}\]|[^\\\[\](){}|*+?.^$]|\.)"
    rb"(?P<q>[*+?]|\{\d{1,3}(?:,\d{0,3})?\})?"
)
_PREG_BRACKETS = {b"(": b")", b"{": b"}", b"[": b"]", b"<": b">"}
_PREG_MAX_SUBJECT = 4096


def simple_regex(pattern: bytes) -> re.Pattern[bytes] | None:
    """A PCRE pattern (``/body/flags``) of the simple shape above, compiled for Python, or None."""
    pattern = pattern.strip()
    if len(pattern) < 3 or pattern[:1].isalnum() or pattern[:1] in b"\\ ":
        return None
    close = _PREG_BRACKETS.get(pattern[:1], pattern[:1])
    end = pattern.rfind(close)
    if end <= 0:
        return None
    body, flags = pattern[1:end], pattern[end + 1 :]
    if flags and (not flags.isalpha() or set(flags.decode("latin-1")) - set("imsu")):
        return None
    core = body[1:] if body[:1] == b"^" else body
    core = core[:-1] if core[-1:] == b"$" and core[-2:-1] != b"\\" else core
    pos = atoms = unbounded = 0
    while pos < len(core):
        m = _PREG_ATOM.match(core, pos)
        if m is None:
            return None
        atoms += 1
        q = m.group("q") or b""
        unbounded += q in (b"*", b"+") or (q.endswith(b",}"))
        pos = m.end()
    if not atoms or atoms > 4 or unbounded > 1:
        return None
    opts = (re.IGNORECASE if b"i" in flags else 0) | (re.MULTILINE if b"m" in flags else 0)
    opts |= re.DOTALL if b"s" in flags else 0
    try:
        return re.compile(body, opts)
    except re.error:
        return None


def _preg(filter_only: bool) -> Callable[[Sequence[Const], Budget], Const | None]:
    """``preg_replace``/``preg_filter`` on a scalar subject with a simple pattern and a literal
    replacement (``preg_filter`` gives null when nothing matched: not folded)."""

    def fold(args: Sequence[Const], budget: Budget) -> Const | None:
        if len(args) < 3 or len(args) > 4:
            return None
        subject, repl = _s(args[2]), _s(args[1])
        if len(subject) > _PREG_MAX_SUBJECT or re.search(rb"[$\\]", repl):
            return None
        regex = simple_regex(_s(args[0]))
        limit = _i(args[3]) if len(args) == 4 else -1
        if regex is None or limit is None or limit == 0 or limit < -1:
            return None
        out, n = regex.subn(lambda _m: repl, subject, count=max(0, limit))
        if filter_only and n == 0:
            return None
        return out if len(out) <= MAX_VALUE else None

    return fold


def _str_repeat(args: Sequence[Const], budget: Budget) -> Const | None:
    n = _i(args[1]) if len(args) > 1 else None
    s = _s(args[0])
    if n is None or n < 0 or len(s) * n > min(MAX_VALUE, budget.left()):
        return None
    return s * n


def _chunk_split(args: Sequence[Const], budget: Budget) -> Const | None:
    """``chunk_split($s, $len = 76, $end = "\\r\\n")``: ``$end`` after every ``$len`` bytes (a name
    spelt with a separator between its letters, then stripped: ``str_replace('-', '',
    chunk_split('system', 1, '-'))``)."""
    if not args or len(args) > 3:
        return None
    s = _s(args[0])
    n = _i(args[1]) if len(args) > 1 else 76
    end = _s(args[2]) if len(args) > 2 else b"\r\n"
    if n is None or n < 1:
        return None
    pieces = max(1, -(-len(s) // n))
    if len(s) + pieces * len(end) > min(MAX_VALUE, budget.left()):
        return None
    return b"".join(s[i : i + n] + end for i in range(0, max(len(s), 1), n))


#: ``wordwrap()`` is folded on subjects up to this size (a name or a line of code).
_WORDWRAP_MAX_SUBJECT = 4096


def _wordwrap(args: Sequence[Const], budget: Budget) -> Const | None:
    """``wordwrap($s, $width = 75, $break = "\\n", $cut = false)``, as PHP's own loop breaks lines (a
    name cut into pieces by a separator, then stripped: ``str_replace('|', '', wordwrap('system', 3,
    '|', true))``)."""
    if not args or len(args) > 4:
        return None
    s = _s(args[0])
    width = _i(args[1]) if len(args) > 1 else 75
    brk = _s(args[2]) if len(args) > 2 else b"\n"
    cut = len(args) > 3 and args[3] not in (0, b"", b"0")
    if width is None or not brk or (cut and width == 0):
        return None  # PHP 8 throws on an empty break, or on cutting at width 0
    if not s:
        return s
    if len(s) > _WORDWRAP_MAX_SUBJECT or len(s) * (len(brk) + 1) > min(MAX_VALUE, budget.left()):
        return None  # a loop over bytes in Python: kept to what builds names
    if len(brk) == 1 and not cut:  # PHP's in-place path: a space becomes the break
        out = bytearray(s)
        laststart = lastspace = 0
        for cur, ch in enumerate(s):
            if ch == brk[0]:
                laststart = lastspace = cur + 1
            elif ch == 0x20:
                if cur - laststart >= width:
                    out[cur] = brk[0]
                    laststart = cur + 1
                lastspace = cur
            elif cur - laststart >= width and laststart != lastspace:
                out[lastspace] = brk[0]
                laststart = lastspace + 1
        return bytes(out)
    parts: list[bytes] = []
    laststart = lastspace = cur = 0
    n = len(s)
    while cur < n:
        if s[cur] == brk[0] and cur + len(brk) < n and s.startswith(brk, cur):
            parts.append(s[laststart : cur + len(brk)])
            cur += len(brk) - 1
            laststart = lastspace = cur + 1
        elif s[cur] == 0x20:
            if cur - laststart >= width:
                parts += (s[laststart:cur], brk)
                laststart = cur + 1
            lastspace = cur
        elif cur - laststart >= width and cut and laststart >= lastspace:
            parts += (s[laststart:cur], brk)
            laststart = lastspace = cur
        elif cur - laststart >= width and laststart < lastspace:
            parts += (s[laststart:lastspace], brk)
            laststart = lastspace = lastspace + 1
        cur += 1
    if laststart != cur:
        parts.append(s[laststart:cur])
    return b"".join(parts)


#: ``str_pad()``'s side, by value and by the constant's name (a bareword read before it is known).
_PAD_SIDES: dict[Const, int] = {0: 0, 1: 1, 2: 2, b"STR_PAD_LEFT": 0, b"STR_PAD_RIGHT": 1, b"STR_PAD_BOTH": 2}


def _str_pad(args: Sequence[Const], budget: Budget) -> Const | None:
    """``str_pad($s, $length, $pad = ' ', $side = STR_PAD_RIGHT)``."""
    if not 2 <= len(args) <= 4:
        return None
    s = _s(args[0])
    length = _i(args[1])
    pad = _s(args[2]) if len(args) > 2 else b" "
    side = _PAD_SIDES.get(args[3]) if len(args) > 3 else 1
    if length is None or side is None or not pad:
        return None
    total = length - len(s)
    if total <= 0:
        return s
    if length > min(MAX_VALUE, budget.left()):
        return None
    left = 0 if side == 1 else (total if side == 0 else total // 2)
    right = total - left
    fill = pad * (total // len(pad) + 1)
    return fill[:left] + s + fill[:right]


def _strtr(args: Sequence[Const], budget: Budget) -> Const | None:
    if len(args) != 3:
        return None
    s, frm, to = _s(args[0]), _s(args[1]), _s(args[2])
    n = min(len(frm), len(to))
    return s.translate(bytes.maketrans(frm[:n], to[:n])) if n else s


def _sprintf(args: Sequence[Const], budget: Budget) -> Const | None:
    if not args:
        return None
    fmt = _s(args[0])
    rest = list(args[1:])
    out = bytearray()
    i = 0
    pos = 0
    while i < len(fmt):
        ch = fmt[i : i + 1]
        if ch != b"%":
            out += ch
            i += 1
            continue
        nxt = fmt[i + 1 : i + 2]
        if nxt == b"%":
            out += b"%"
            i += 2
            continue
        if nxt in (b"s", b"d", b"c", b"x", b"X"):
            if pos >= len(rest):
                return None
            arg = rest[pos]
            pos += 1
            if nxt == b"s":
                out += _s(arg)
            else:
                n = _i(arg)
                if n is None:
                    return None
                out += {
                    b"d": str(n).encode(),
                    b"c": bytes([n % 256]),
                    b"x": format(n, "x").encode(),
                    b"X": format(n, "X").encode(),
                }[nxt]
            i += 2
            continue
        return None  # width/precision/positional specifiers: not folded
    return bytes(out)


def _pack(args: Sequence[Const], budget: Budget) -> Const | None:
    if not args:
        return None
    fmt = _s(args[0])
    if fmt == b"H*" and len(args) == 2:
        return hex2bin(_s(args[1]))
    if fmt in (b"C*", b"c*"):
        out = bytearray()
        for a in args[1:]:
            n = _i(a)
            if n is None:
                return None
            out.append(n % 256)
        return bytes(out)
    if fmt in (b"a*", b"A*") and len(args) == 2:
        return _s(args[1])
    return None


#: PHP's names (iconv, mbstring) for the encodings a payload is hidden in, as Python's codecs.
#: Without a byte-order mark both read UTF-16, UCS-2 and UTF-32 as big-endian.
_PHP_CHARSETS = {
    "utf-16": "utf-16-be",
    "utf-16be": "utf-16-be",
    "utf-16le": "utf-16-le",
    "ucs-2": "utf-16-be",
    "ucs-2be": "utf-16-be",
    "ucs-2le": "utf-16-le",
    "utf-32": "utf-32-be",
    "utf-32be": "utf-32-be",
    "utf-32le": "utf-32-le",
    "ucs-4": "utf-32-be",
    "ucs-4be": "utf-32-be",
    "ucs-4le": "utf-32-le",
    "utf-7": "utf-7",
    "utf-8": "utf-8",
    "ascii": "ascii",
    "us-ascii": "ascii",
    "iso-8859-1": "latin-1",
    "latin1": "latin-1",
    "windows-1252": "cp1252",
    "cp1252": "cp1252",
}


def _charset(name: bytes) -> str | None:
    key = name.split(b"//", 1)[0].strip().lower().decode("latin-1")
    return _PHP_CHARSETS.get(key)


def _convert(data: bytes, to: bytes, source: bytes) -> bytes | None:
    """``data`` read in charset ``source`` and written in ``to`` (None for charsets not known here)."""
    src, dst = _charset(source), _charset(to)
    if src is None or dst is None:
        return None
    if src in ("utf-16-be", "utf-32-be") and data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        src = src[:-3]  # a byte-order mark decides
    return data.decode(src, errors="replace").encode(dst, errors="replace")


def _iconv(args: Sequence[Const], budget: Budget) -> Const | None:
    """``iconv($from, $to, $string)``."""
    return _convert(_s(args[2]), _s(args[1]), _s(args[0])) if len(args) == 3 else None


def _mb_convert_encoding(args: Sequence[Const], budget: Budget) -> Const | None:
    """``mb_convert_encoding($string, $to, $from)`` with one source charset named."""
    return _convert(_s(args[0]), _s(args[1]), _s(args[2])) if len(args) == 3 else None


def _trim(chars: bytes, left: bool, right: bool) -> Callable[[Sequence[Const], Budget], Const | None]:
    def fn(args: Sequence[Const], budget: Budget) -> Const | None:
        s = _s(args[0])
        strip = _s(args[1]) if len(args) > 1 else chars
        if b".." in strip:
            return None
        if left and right:
            return s.strip(strip)
        return s.lstrip(strip) if left else s.rstrip(strip)

    return fn


def _unary(fn: Callable[[bytes], bytes | None]) -> Callable[[Sequence[Const], Budget], Const | None]:
    def wrapped(args: Sequence[Const], budget: Budget) -> Const | None:
        if not args:
            return None
        return fn(_s(args[0]))

    return wrapped


def _unary_budget(
    fn: Callable[[bytes, Budget], bytes | None],
) -> Callable[[Sequence[Const], Budget], Const | None]:
    def wrapped(args: Sequence[Const], budget: Budget) -> Const | None:
        if not args:
            return None
        return fn(_s(args[0]), budget)

    return wrapped


def _ucfirst(s: bytes) -> bytes:
    return s[:1].upper() + s[1:]


def _lcfirst(s: bytes) -> bytes:
    return s[:1].lower() + s[1:]


def _strval(args: Sequence[Const], budget: Budget) -> Const | None:
    return _s(args[0]) if args else None


def _empty(args: Sequence[Const], budget: Budget) -> Const | None:
    return int(not args or args[0] in (b"", b"0", 0))


def _basename(path: bytes) -> bytes:
    return path.rstrip(b"/").rsplit(b"/", 1)[-1]


_PATHINFO_PARTS = {1: "dirname", 2: "basename", 4: "extension", 8: "filename"}


def _pathinfo(args: Sequence[Const], budget: Budget) -> Const | None:
    """``pathinfo($p, PATHINFO_...)``; without a flag PHP returns an array: not folded."""
    if len(args) < 2 or not isinstance(args[1], int):
        return None
    part = _PATHINFO_PARTS.get(args[1])
    path = _s(args[0])
    if b"://" in path:  # a URL: its query is not part of the name
        path = path.split(b"?", 1)[0]
    base = _basename(path)
    if part == "basename":
        return base
    if part == "dirname":
        head = path.rstrip(b"/").rsplit(b"/", 1)
        return head[0] if len(head) > 1 and head[0] else b"."
    stem, dot, ext = base.rpartition(b".")
    if part == "extension":
        return ext if dot else b""
    if part == "filename":
        return stem if dot else base
    return None


_INTVAL_PREFIX = {16: rb"0[xX]", 8: rb"0[oO]", 2: rb"0[bB]"}


def _intval(args: Sequence[Const], budget: Budget) -> Const | None:
    """``intval($x, $base)``: a string read as ``strtol`` reads it, its sign, the base's prefix
    (``0x``, ``0o``, ``0b``) and then the longest run of the base's digits; base 0 follows the
    prefix (a leading ``0`` alone is octal)."""
    if not args:
        return None
    base = _i(args[1]) if len(args) > 1 else 10
    if base == 10 or base is None or not isinstance(args[0], bytes):
        return _i(args[0])
    text = args[0]
    m = re.match(rb"\s*([+-]?)", text)
    sign, rest = (m.group(1), text[m.end() :]) if m else (b"", text)
    if base == 0:
        low = rest[:2].lower()
        base = 16 if low == b"0x" else 2 if low == b"0b" else 8 if rest[:1] == b"0" else 10
    if not 2 <= base <= 36:
        return 0
    if base in _INTVAL_PREFIX and re.match(_INTVAL_PREFIX[base], rest):
        rest = rest[2:]
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    run = re.match(rb"[" + re.escape(digits.encode()) + re.escape(digits.upper().encode()) + rb"]*", rest)
    text_digits = run.group(0) if run else b""
    if not text_digits or len(text_digits) > 64:
        return 0
    n = int(text_digits, base) * (-1 if sign == b"-" else 1)
    return max(INT_MIN, min(INT_MAX, n))


def _base_convert(args: Sequence[Const], budget: Budget) -> Const | None:
    if len(args) != 3:
        return None
    frm, to = _i(args[1]), _i(args[2])
    if frm is None or to is None or not (2 <= frm <= 36 and 2 <= to <= 36):
        return None
    try:
        n = int(_s(args[0]).decode("latin-1").lower(), frm)
    except ValueError:
        return None
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return b"0"
    out = []
    while n:
        n, r = divmod(n, to)
        out.append(digits[r])
    return "".join(reversed(out)).encode()


def _digits_in(base: int) -> Callable[[Sequence[Const], Budget], Const | None]:
    """PHP's ``bindec``, ``octdec`` and ``hexdec``: characters that are not digits of the base are
    skipped (``bindec('0111 0011')`` is 115); a value past the integer range is a float."""
    digits = "0123456789abcdef"[:base]

    def fn(args: Sequence[Const], budget: Budget) -> Const | None:
        if not args:
            return None
        text = _s(args[0])
        if len(text) > 4096:
            return None
        n = 0
        for ch in text.decode("latin-1").lower():
            if ch in digits:
                n = n * base + digits.index(ch)
        return n if n <= 2**63 - 1 else float(n)

    return fn


def _html_decode(s: bytes) -> bytes:
    return html.unescape(s.decode("latin-1")).encode("latin-1", errors="replace")


def _qp_decode(s: bytes) -> bytes | None:
    try:
        return binascii.a2b_qp(s)
    except binascii.Error:
        return None


def _stripslashes(s: bytes) -> bytes:
    return re.sub(rb"\\(.)", rb"\1", s)


def _openssl_decrypt(args: Sequence[Const], budget: Budget) -> Const | None:
    """``openssl_decrypt($data, $cipher, $key, $options = 0, $iv = '')`` with AES: the options'
    ``OPENSSL_RAW_DATA`` (1) takes ``$data`` as bytes, else as Base64; ``OPENSSL_ZERO_PADDING``
    (2) keeps the padding. PHP gives ``false`` for data it cannot decrypt, here None. What it
    produces is charged to the decoding budget as every decoder's is (:func:`fold_call`)."""
    if not 3 <= len(args) <= 5:
        return None
    options = args[3] if len(args) > 3 else 0
    if isinstance(options, bool) or not isinstance(options, int):
        return None
    data = _s(args[0]) if options & 1 else b64decode_php(_s(args[0]))
    if data is None:
        return None
    iv = _s(args[4]) if len(args) > 4 else b""
    return aes.decrypt(data, _s(args[1]).decode("latin-1"), _s(args[2]), iv, padded=not options & 2)


#: Decoders: the functions whose chains the decode layer names ("base64_decode -> gzinflate").
DECODERS: dict[str, Callable[[Sequence[Const], Budget], Const | None]] = {
    "base64_decode": _unary(b64decode_php),
    "gzinflate": _unary_budget(lambda s, b: inflate(s, -15, b)),
    "gzuncompress": _unary_budget(lambda s, b: inflate(s, 15, b)),
    "gzdecode": _unary_budget(lambda s, b: inflate(s, 31, b)),
    "zlib_decode": _unary_budget(lambda s, b: inflate(s, 47, b)),
    "bzdecompress": _unary_budget(bunzip),
    "str_rot13": _unary(rot13),
    "strrev": _unary(lambda s: s[::-1]),
    "hex2bin": _unary(hex2bin),
    "convert_uudecode": _unary(uudecode),
    "urldecode": _unary(lambda s: url_decode(s, plus=True)),
    "rawurldecode": _unary(lambda s: url_decode(s, plus=False)),
    "html_entity_decode": _unary(_html_decode),
    "htmlspecialchars_decode": _unary(_html_decode),
    "quoted_printable_decode": _unary(_qp_decode),
    "stripslashes": _unary(_stripslashes),
    "pack": _pack,
    "iconv": _iconv,
    "mb_convert_encoding": _mb_convert_encoding,
    "openssl_decrypt": _openssl_decrypt,
}
#: Decoders whose data is not their first argument.
DECODER_DATA_ARG = {"pack": 1, "iconv": 2}

#: Other pure string functions folded on constants (they build names; they do not hide payloads).
BUILDERS: dict[str, Callable[[Sequence[Const], Budget], Const | None]] = {
    "chr": _chr,
    "ord": _ord,
    "strlen": lambda args, budget: len(_s(args[0])) if len(args) == 1 else None,
    "substr": _substr,
    "substr_replace": _substr_replace,
    "mb_substr": _mb_substr,
    "mb_strtolower": _mb_case(upper=False),
    "mb_strtoupper": _mb_case(upper=True),
    "str_replace": _str_replace,
    "str_ireplace": _str_ireplace,
    "preg_replace": _preg(filter_only=False),
    "preg_filter": _preg(filter_only=True),
    "str_repeat": _str_repeat,
    "chunk_split": _chunk_split,
    "wordwrap": _wordwrap,
    "str_pad": _str_pad,
    "strtr": _strtr,
    "sprintf": _sprintf,
    "strtolower": _unary(bytes.lower),
    "strtoupper": _unary(bytes.upper),
    "ucfirst": _unary(_ucfirst),
    "lcfirst": _unary(_lcfirst),
    "ucwords": _unary(lambda s: s.title()),
    "trim": _trim(b" \t\n\r\0\x0b", True, True),
    "ltrim": _trim(b" \t\n\r\0\x0b", True, False),
    "rtrim": _trim(b" \t\n\r\0\x0b", False, True),
    "chop": _trim(b" \t\n\r\0\x0b", False, True),
    "strval": _strval,
    "intval": _intval,
    "empty": _empty,
    "basename": lambda args, budget: _basename(_s(args[0])) if len(args) == 1 else None,
    "pathinfo": _pathinfo,
    "base_convert": _base_convert,
    "hexdec": _digits_in(16),
    "octdec": _digits_in(8),
    "bindec": _digits_in(2),
}


def fold_call(name: str, args: Sequence[Const], budget: Budget) -> Const | None:
    """The value of PHP function ``name`` on constant ``args``, or None when it is not folded."""
    fn = DECODERS.get(name) or BUILDERS.get(name)
    if fn is None or budget.expired():
        return None
    try:
        out = fn(args, budget)
    except (ValueError, IndexError, OverflowError, UnicodeError):
        return None
    if isinstance(out, bytes) and (len(out) > MAX_VALUE or (name in DECODERS and not budget.take(len(out)))):
        return None
    return out


# --- stream filters -------------------------------------------------------------------------------

#: PHP stream filters that decode, by name, with the decoder function they match (named after it
#: in a payload's chain): ``php://filter/read=convert.base64-decode/resource=...`` and
#: ``stream_filter_append($h, 'zlib.inflate')`` unwrap data as the function would.
STREAM_FILTERS: dict[bytes, str] = {
    b"convert.base64-decode": "base64_decode",
    b"string.rot13": "str_rot13",
    b"zlib.inflate": "gzinflate",
    b"bzip2.decompress": "bzdecompress",
    b"convert.quoted-printable-decode": "quoted_printable_decode",
}
_PLAIN_FILTERS: dict[bytes, Callable[[bytes], bytes]] = {
    b"string.toupper": bytes.upper,
    b"string.tolower": bytes.lower,
    b"convert.base64-encode": base64.b64encode,
}
_ICONV_FILTER = re.compile(rb"convert\.iconv\.([\w:-]{1,40})[./]([\w:-]{1,40})")
_FILTER_URL = re.compile(rb"(?is)\s*php://filter/(?:(.{0,400}?)/)?resource=(.*)")
_DATA_URI = re.compile(rb"(?is)data:(?://)?([^,]{0,200}),(.*)")


def stream_filter(data: bytes, name: bytes, budget: Budget) -> tuple[bytes, str | None] | None:
    """``data`` through the stream filter ``name``: the output and the decoder it stands for
    (None for filters that only change case or encode), or None for a filter not modelled."""
    key = name.strip().lower()
    decoder = STREAM_FILTERS.get(key)
    if decoder is not None:
        out = fold_call(decoder, [data], budget)
        return (out, decoder) if isinstance(out, bytes) else None
    plain = _PLAIN_FILTERS.get(key)
    if plain is not None:
        return plain(data), None
    m = _ICONV_FILTER.fullmatch(key)
    if m is not None:
        converted = _convert(data, m.group(2), m.group(1))
        return (converted, "iconv") if converted is not None else None
    return None


def data_uri(uri: bytes) -> bytes | None:
    """The bytes a ``data:`` URI holds (Base64 or URL-escaped), None if ``uri`` is not one."""
    m = _DATA_URI.match(uri)
    if m is None:
        return None
    if m.group(1).lower().rstrip().endswith(b";base64"):
        return b64decode_lenient(m.group(2))
    return url_decode(m.group(2), plus=False)


def filter_url(url: bytes, budget: Budget) -> tuple[bytes, tuple[str, ...]] | None:
    """What reading ``php://filter/read=f1|f2/resource=data:...`` returns, with the decoders applied
    in order; None unless the resource is inline data and every filter is modelled."""
    m = _FILTER_URL.match(url)
    if m is None:
        return None
    out = data_uri(m.group(2))
    if out is None:
        return None
    chain: list[str] = []
    for segment in (m.group(1) or b"").split(b"/"):
        low = segment.lower()
        if low.startswith(b"write="):
            continue  # applies to writes only
        for name in (segment[5:] if low.startswith(b"read=") else segment).split(b"|"):
            if not name.strip():
                continue
            step = stream_filter(out, name, budget)
            if step is None or not budget.take(len(step[0])):
                return None
            out = step[0]
            if step[1] is not None:
                chain.append(step[1])
    return out, tuple(chain)
