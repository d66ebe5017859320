"""Pages the server reads in an encoding where ASCII text is not itself: UTF-16, UTF-32, EBCDIC.

Tomcat and ASP.NET decode a page before compiling it. A JSP or ASP.NET page saved as UTF-16 with a
byte-order mark runs like any other, yet every byte-level signature (YARA, the heuristics, the
statistics) sees only ``<\\0%\\0`` and misses it. JSP adds two ways a scanner does not expect:

* the page names its encoding in a directive the container reads first, in plain ASCII
  (``<%@ page pageEncoding="UTF-16BE" %>``, or the charset of ``contentType``), then decodes the
  *whole* file with it, so the code after the directive is written in UTF-16 or EBCDIC (``cp037``);
* a JSPX document is XML: its first bytes announce UTF-16, UTF-32 or EBCDIC without any mark
  (XML 1.0, appendix F), and its declaration names the exact code page.

``server_text`` gives the text the server compiles (as UTF-8, which every layer reads) and how the
encoding was found; the engine scans that text instead of the bytes. Classic ASP and PHP read their
files as bytes in an ASCII-compatible encoding: nothing to decode there.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from webhunt.model import FileContext, Language

#: The reason for such a page: saved so by an editor (a byte-order mark: low on its own), or the
#: encoding named in ASCII before code written in it (made to be unreadable; medium only with what
#: the decoded code shows).
ENCODED_PAGE_ID = "WH-D-004"
ENCODED_PAGE_SCORE = 10
ENCODED_PAGE_HIDDEN_SCORE = 45

#: Byte-order marks Tomcat and .NET both honour (UTF-32 first: its little-endian mark starts like UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32BE"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE"),
)
#: XML's detection without a mark: the first four bytes of ``<?xml`` in each family.
_XML_SNIFF = (
    (b"\x00\x00\x00\x3c", "utf-32-be", "UTF-32BE"),
    (b"\x3c\x00\x00\x00", "utf-32-le", "UTF-32LE"),
    (b"\x00\x3c\x00\x3f", "utf-16-be", "UTF-16BE"),
    (b"\x3c\x00\x3f\x00", "utf-16-le", "UTF-16LE"),
    (b"\x4c\x6f\xa7\x94", "cp037", "EBCDIC"),
)
#: An encoding named where the container reads it before decoding: a JSP page directive (standard or
#: XML syntax; ``pageEncoding``, else the charset of ``contentType``) or an XML declaration.
_DECLARED = re.compile(
    rb"<%@\s*page\b[^>]*?\bpageEncoding\s*=\s*[\"']\s*([\w.:+-]{1,40})"
    rb"|<jsp:directive\.page\b[^>]*?\bpageEncoding\s*=\s*[\"']\s*([\w.:+-]{1,40})"
    rb"|<%@\s*page\b[^>]*?\bcontentType\s*=\s*[\"'][^\"']*?\bcharset\s*=\s*([\w.:+-]{1,40})"
    rb"|<jsp:directive\.page\b[^>]*?\bcontentType\s*=\s*[\"'][^\"']*?\bcharset\s*=\s*([\w.:+-]{1,40})"
    rb"|<\?xml\b[^>]{0,200}?\bencoding\s*=\s*[\"']\s*([\w.:+-]{1,40})",
    re.IGNORECASE,
)
#: How far into a page its directive is looked for (the container reads the whole page; a page
#: padded further than this before its directive is left to the other signals).
_DIRECTIVE_WINDOW = 1 << 20
#: Java names Python spells otherwise; IBM-1047 differs from code page 037 in a few punctuation
#: marks only, so it is read as 037.
_ALIASES = {"ibm1047": "cp037", "cp1047": "cp037", "ibm01047": "cp037", "ebcdic": "cp037"}
_CODE_PAGE = re.compile(r"(?:x-)?(?:ibm|cp)-?(\d{1,5})")
#: Python's codecs for the encodings Java reads pages in where ASCII is not itself.
_ASCII_STRANGERS = frozenset(
    {
        "utf-16-be",
        "utf-16-le",
        "utf-32-be",
        "utf-32-le",
        "cp037",
        "cp273",
        "cp424",
        "cp500",
        "cp875",
        "cp1026",
        "cp1140",
    }
)


@dataclass(frozen=True, slots=True)
class ServerText:
    """A page as the server reads it: its text as UTF-8, the encoding, and where it was named."""

    data: bytes
    encoding: str  # as the page or its mark gives it: "UTF-16BE", "cp037"
    how: str  # "byte-order mark", "pageEncoding", "XML declaration" ...
    hidden: bool  # named in ASCII before code written in another encoding: made to be unreadable


def server_text(data: bytes, ctx: FileContext) -> ServerText | None:
    """The text a JSP or ASP.NET page compiles to, when its bytes are not that text in ASCII."""
    language = ctx.language
    if language is Language.ASPX:
        return _marked(data)
    if language is not Language.JSP:
        return None
    return _marked(data) or _sniffed(data) or _declared(data)


def _marked(data: bytes) -> ServerText | None:
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            return ServerText(_decode(data[len(mark) :], codec), name, "byte-order mark", hidden=False)
    return None


def _sniffed(data: bytes) -> ServerText | None:
    for head, codec, name in _XML_SNIFF:
        if data.startswith(head):
            if codec == "cp037":  # the family only: the declaration names the code page
                first = data[:400].decode("cp037", errors="replace").encode("ascii", errors="replace")
                named = _DECLARED.search(first)
                if named is not None and (found := _codec(_group(named))) is not None:
                    codec, name = found, _group(named)
            return ServerText(_decode(data, codec), name, "XML encoding detection", hidden=False)
    return None


def _declared(data: bytes) -> ServerText | None:
    for m in _DECLARED.finditer(data, 0, min(len(data), _DIRECTIVE_WINDOW)):
        name = _group(m)
        codec = _codec(name)
        if codec is not None:
            how = (
                "XML declaration"
                if m.group(5)
                else ("pageEncoding" if m.group(1) or m.group(2) else "contentType charset")
            )
            return ServerText(_decode(data, codec), name, how, hidden=True)
    return None


def _group(m: re.Match[bytes]) -> str:
    return next(g for g in m.groups() if g).decode("ascii", errors="replace")


def _codec(name: str) -> str | None:
    """Python's codec for a Java charset name when ASCII text is not itself in it (None for the
    others: the page's bytes are then its text, or Python cannot read it either)."""
    key = name.strip().lower().replace("_", "-")
    key = _ALIASES.get(key.replace("-", ""), key)
    if key in ("utf-16", "utf16", "unicode"):  # Java: big-endian unless a mark says otherwise
        key = "utf-16-be"
    elif key in ("utf-32", "utf32"):
        key = "utf-32-be"
    elif code_page := _CODE_PAGE.fullmatch(key):  # IBM037, x-IBM037, Cp037, IBM01140
        key = f"cp{int(code_page.group(1)):03d}"
    try:
        codec = codecs.lookup(key).name
    except LookupError:
        return None
    return codec if codec in _ASCII_STRANGERS else None


def _decode(data: bytes, codec: str) -> bytes:
    return data.decode(codec, errors="replace").encode("utf-8", errors="replace")
