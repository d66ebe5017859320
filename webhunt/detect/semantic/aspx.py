"""ASP.NET pages (C#) -> one C# compilation unit, with a map back to the page's byte offsets.

``<script runat="server">`` blocks become class members; code blocks (``<% %>``) and expressions
(``<%= %>``, ``<%: %>``) become the body of a render method, in page order. Razor views (``.cshtml``)
are read the same way: ``@{ }`` blocks are the render method, ``@functions``/``@code`` blocks the
members. Code files under ``App_Code`` (``.cs``) are whole C# compilation units already and need no
extraction. Pages and code files written in VB.NET go to :mod:`webhunt.detect.semantic.vbnet`; JScript
is left to the other layers.
"""

from __future__ import annotations

import re

from webhunt.detect.semantic.jsp import CodeUnit, build

_TAG = re.compile(
    rb"<%--.*?--%>"
    rb"|<%(?P<kind>[@=:#$]?)(?P<body>.*?)%>"
    rb"|<script\b(?P<attrs>[^>]*)>(?P<sbody>.*?)</script\s*>",
    re.DOTALL | re.IGNORECASE,
)
_RUNAT = re.compile(rb"runat\s*=\s*[\"']?server", re.IGNORECASE)
_LANGUAGE = re.compile(rb"language\s*=\s*[\"']?\s*(?P<lang>[A-Za-z#.]+)", re.IGNORECASE)

#: Server controls whose text the client types or posts: ``<asp:TextBox id="cmd" runat="server"/>``,
#: ``<input type="text" id="cmd" runat="server">``, hidden fields, lists, file uploads.
_CONTROL = re.compile(
    rb"<(?:asp:(?:TextBox|HiddenField|DropDownList|ListBox|RadioButtonList|CheckBoxList|FileUpload)"
    rb"|input|textarea|select)\b(?P<attrs>[^>]*)>",
    re.IGNORECASE,
)
_ID = re.compile(rb"\bid\s*=\s*[\"']?(?P<id>[A-Za-z_]\w{0,60})", re.IGNORECASE)

#: Code files ASP.NET compiles without markup (``App_Code/*.cs``, ``App_Code/*.vb``), and those of
#: them written in C#.
CODE_FILE_EXTENSIONS = frozenset({"cs", "vb"})
CSHARP_CODE_FILE_EXTENSIONS = frozenset({"cs"})

_HEAD = b"class _AspxPage : System.Web.UI.Page {\n"
_RENDER = b"\nvoid _Render() {\n"
_TAIL = b"\n}\n}\n"


def is_csharp(data: bytes) -> bool:
    """True unless the page declares another language (VB.NET, JScript)."""
    return declared_language(data) in (b"c#", b"csharp", b"cs", b"")


def is_vb(data: bytes) -> bool:
    """True when the page, handler or service declares VB.NET."""
    return declared_language(data) in (b"vb", b"vbnet", b"vb.net", b"visualbasic")


def declared_language(data: bytes) -> bytes:
    """The language the first directive or server script block names (lower case), or b"" when
    none does (C# is ASP.NET's default)."""
    for m in _TAG.finditer(data):
        head = m.group("body").lstrip()[:12].lower() if m.group("kind") == b"@" else b""
        if head.startswith((b"page", b"control", b"master", b"webhandler", b"webservice")):
            lang = _LANGUAGE.search(m.group("body"))
            if lang is not None:
                return bytes(lang.group("lang").lower())
        attrs = m.group("attrs")
        if attrs is not None and _RUNAT.search(attrs):
            lang = _LANGUAGE.search(attrs)
            if lang is not None:
                return bytes(lang.group("lang").lower())
    return b""


def extract(data: bytes) -> CodeUnit | None:
    """The page's C# code as a compilation unit, or None when it has none (or is not C#)."""
    if not is_csharp(data):
        return None
    decls: list[tuple[bytes, int, bool]] = []
    body: list[tuple[bytes, int, bool]] = []
    for m in _TAG.finditer(data):
        if m.group(0).startswith(b"<%--"):
            continue
        attrs = m.group("attrs")
        if attrs is not None:
            if _RUNAT.search(attrs):
                decls.append((m.group("sbody"), m.start("sbody"), True))
            continue
        kind = m.group("kind")
        code = m.group("body")
        offset = m.start("body")
        if kind in (b"@", b"#", b"$"):
            continue
        if kind in (b"=", b":"):
            body.append((b"Response.Write(" + code + b");", offset, False))
        else:
            body.append((code, offset, True))
    return build(decls, body, _HEAD, _RENDER, _TAIL)


def input_controls(data: bytes) -> frozenset[str]:
    """The ids of the page's server-side input controls: reading their ``Text``/``Value`` (an
    upload control's ``FileName``/``PostedFile``) reads what the client posted."""
    ids = set()
    for m in _CONTROL.finditer(data):
        attrs = m.group("attrs")
        if _RUNAT.search(attrs):
            found = _ID.search(attrs)
            if found is not None:
                ids.add(found.group("id").decode("ascii"))
    return frozenset(ids)


#: Razor's code blocks: ``@{ ... }`` statements, ``@functions { ... }`` / ``@code { ... }`` members.
_RAZOR_BLOCK = re.compile(rb"@(?P<kw>functions|code)?\s*\{")
_RAZOR_CLOSERS = {ord("{"): 1, ord("}"): -1}


def _block_end(data: bytes, start: int) -> int:
    """The offset of the ``}`` closing the block whose ``{`` is at ``start`` (C# strings, characters
    and comments skipped), or -1 when the block does not close."""
    depth = 0
    i = start
    n = len(data)
    while i < n:
        c = data[i]
        if c == ord("/") and data[i + 1 : i + 2] == b"/":
            nl = data.find(b"\n", i)
            i = n if nl < 0 else nl
            continue
        if c == ord("/") and data[i + 1 : i + 2] == b"*":
            end = data.find(b"*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if c == ord('"') or c == ord("'"):
            verbatim = c == ord('"') and i > 0 and data[i - 1] == ord("@")
            j = i + 1
            while j < n:
                if data[j] == c and not (verbatim and data[j + 1 : j + 2] == b'"'):
                    break
                if data[j] == ord("\n") and not verbatim:
                    break
                # skip \x in a regular string, "" in a verbatim one
                j += 2 if (data[j] == ord("\\") and not verbatim) or data[j] == c else 1
            i = j + 1
            continue
        depth += _RAZOR_CLOSERS.get(c, 0)
        if depth == 0:
            return i
        i += 1
    return -1


def extract_razor(data: bytes) -> CodeUnit | None:
    """A Razor view's (``.cshtml``) code blocks as a compilation unit: ``@{ }`` blocks run in order
    as the page renders, ``@functions``/``@code`` blocks declare the page's members."""
    decls: list[tuple[bytes, int, bool]] = []
    body: list[tuple[bytes, int, bool]] = []
    pos = 0
    while True:
        m = _RAZOR_BLOCK.search(data, pos)
        if m is None:
            break
        if m.start() > 0 and data[m.start() - 1] == ord("@"):  # "@@" is an escaped at sign
            pos = m.end()
            continue
        open_at = m.end() - 1
        close_at = _block_end(data, open_at)
        if close_at < 0:
            break
        code = data[open_at + 1 : close_at]
        (decls if m.group("kw") else body).append((code, open_at + 1, True))
        pos = close_at + 1
    return build(decls, body, _HEAD, _RENDER, _TAIL)
