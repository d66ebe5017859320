"""JSP pages -> one Java compilation unit, with a map back to the page's byte offsets.

Declarations (``<%! %>``, ``<jsp:declaration>``) become class members; scriptlets (``<% %>``,
``<jsp:scriptlet>``) and expressions (``<%= %>``, ``<jsp:expression>``) become the body of a
``_jspService(request, response)`` method, in page order, as the JSP compiler does. Template text,
comments and directives are left out. JSPX bodies are XML: entities and CDATA are unwrapped.
Java's Unicode escapes (``\\u0065xec``) are decoded in each piece of code, as ``javac`` does with
the servlet the JSP compiler writes: after the tags are cut, so an escape cannot open or close one.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

_TAG = re.compile(
    rb"<%--.*?--%>"
    rb"|<%(?P<kind>[!=@]?)(?P<body>.*?)%>"
    rb"|<jsp:(?P<xkind>scriptlet|declaration|expression)\b[^>]*>(?P<xbody>.*?)</jsp:(?P=xkind)\s*>",
    re.DOTALL | re.IGNORECASE,
)
_CDATA = re.compile(rb"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
#: A Unicode escape (JLS 3.3): a backslash not itself escaped (an even run of backslashes before
#: it), one or more ``u`` and four hex digits.
_UNICODE_ESCAPE = re.compile(rb"(?<!\\)((?:\\\\)*)\\u+([0-9a-fA-F]{4})")

_HEAD = b"class _JspPage {\n"
_SERVICE = (
    b"\npublic void _jspService(javax.servlet.http.HttpServletRequest request, "
    b"javax.servlet.http.HttpServletResponse response) throws Throwable {\n"
)
_TAIL = b"\n}\n}\n"


@dataclass(frozen=True, slots=True)
class CodeUnit:
    """Code cut out of a page and wrapped into one compilation unit, with the way back."""

    source: bytes
    starts: tuple[int, ...]  # unit offsets where a copied segment begins
    origins: tuple[int, ...]  # the page offset each segment was copied from
    ends: tuple[int, ...]

    def page_offset(self, unit_offset: int) -> int:
        """The page byte offset of a unit byte offset (segment start for generated text)."""
        i = bisect.bisect_right(self.starts, unit_offset) - 1
        if i < 0:
            return self.origins[0] if self.origins else 0
        delta = min(unit_offset - self.starts[i], self.ends[i] - self.starts[i])
        return self.origins[i] + max(0, delta)


def _xml_unescape(raw: bytes) -> bytes:
    def repl(m: re.Match[bytes]) -> bytes:
        return m.group(1)

    parts = []
    last = 0
    for m in _CDATA.finditer(raw):
        parts.append(html.unescape(raw[last : m.start()].decode("latin-1")).encode("latin-1", "replace"))
        parts.append(repl(m))
        last = m.end()
    parts.append(html.unescape(raw[last:].decode("latin-1")).encode("latin-1", "replace"))
    return b"".join(parts)


def java_unicode_unescape(code: bytes) -> bytes:
    """``code`` with its Unicode escapes decoded, once, as the Java compiler reads it first (a
    backslash an escape produces starts no further escape). Decoded characters are UTF-8."""
    if b"\\u" not in code:
        return code

    def repl(m: re.Match[bytes]) -> bytes:
        return m.group(1) + chr(int(m.group(2), 16)).encode("utf-8", "surrogatepass")

    return _UNICODE_ESCAPE.sub(repl, code)


def has_java_code(data: bytes) -> bool:
    return b"<%" in data or b"<jsp:" in data.lower()


def extract(data: bytes) -> CodeUnit | None:
    """The page's Java code as a compilation unit, or None when it has none."""
    decls: list[tuple[bytes, int, bool]] = []  # (code, page offset, copied verbatim)
    body: list[tuple[bytes, int, bool]] = []
    for m in _TAG.finditer(data):
        if m.group(0).startswith(b"<%--"):
            continue
        if m.group("xkind") is not None:
            kind = m.group("xkind").lower()
            code = java_unicode_unescape(_xml_unescape(m.group("xbody")))
            offset = m.start("xbody")
            verbatim = code == m.group("xbody")
            if kind == b"declaration":
                decls.append((code, offset, verbatim))
            elif kind == b"expression":
                body.append((b"out.print(" + code + b");", offset, False))
            else:
                body.append((code, offset, verbatim))
            continue
        kind = m.group("kind")
        code = java_unicode_unescape(m.group("body"))
        offset = m.start("body")
        verbatim = code == m.group("body")
        if kind == b"@":
            continue
        if kind == b"!":
            decls.append((code, offset, verbatim))
        elif kind == b"=":
            body.append((b"out.print(" + code + b");", offset, False))
        else:
            body.append((code, offset, verbatim))
    return build(decls, body, _HEAD, _SERVICE, _TAIL)


def build(
    decls: list[tuple[bytes, int, bool]],
    body: list[tuple[bytes, int, bool]],
    head: bytes,
    service: bytes,
    tail: bytes,
) -> CodeUnit | None:
    """Assemble ``head decls service body tail``, remembering where each segment came from."""
    if not decls and not body:
        return None
    out = bytearray(head)
    starts: list[int] = []
    origins: list[int] = []
    ends: list[int] = []

    def add(code: bytes, offset: int, verbatim: bool) -> None:
        starts.append(len(out))
        origins.append(offset)
        out.extend(code)
        ends.append(len(out) if verbatim else starts[-1])
        out.extend(b"\n")

    for code, offset, verbatim in decls:
        add(code, offset, verbatim)
    out.extend(service)
    for code, offset, verbatim in body:
        add(code, offset, verbatim)
    out.extend(tail)
    return CodeUnit(bytes(out), tuple(starts), tuple(origins), tuple(ends))
