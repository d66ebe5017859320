"""Pages the server decodes before compiling them (UTF-16, UTF-32, EBCDIC) are judged by their text."""

from __future__ import annotations

import codecs

import pytest

from webhunt.detect.charsets import ENCODED_PAGE_ID, _codec, server_text
from webhunt.detect.engine import context_for, detect_bytes
from webhunt.model import Severity

JSP = '<%@ page import="java.io.*" %>\n<% Runtime.getRuntime().exec(request.getParameter("c")); %>\n'
ASPX = '<%@ Page Language="C#" %>\n<% System.Diagnostics.Process.Start("cmd.exe", "/c " + Request["c"]); %>\n'


@pytest.mark.parametrize(
    ("mark", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32LE"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32BE"),
    ],
)
@pytest.mark.parametrize(("relpath", "page"), [("a.jsp", JSP), ("a.aspx", ASPX), ("h.ashx", ASPX)])
def test_a_byte_order_mark_gives_the_text(
    mark: bytes, codec: str, name: str, relpath: str, page: str
) -> None:
    data = mark + page.encode(codec)
    text = server_text(data, context_for(relpath, len(data)))
    assert text is not None
    assert (text.data, text.encoding, text.how, text.hidden) == (
        page.encode(),
        name,
        "byte-order mark",
        False,
    )


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        ('<%@ page pageEncoding="UTF-16BE"%>', "utf-16-be"),
        ("<%@page contentType='text/html; charset=UTF-16LE' %>", "utf-16-le"),
        ('<%@ page language="java" pageEncoding="cp037" %>  ', "cp037"),
        ('<jsp:directive.page pageEncoding="IBM500"/>  ', "cp500"),
        ('<jsp:directive.page contentType="text/html;charset=x-IBM037"/>', "cp037"),
    ],
)
def test_an_encoding_named_in_ascii_decodes_the_whole_page(head: str, codec: str) -> None:
    """The container reads the directive, then decodes the whole file with it: the ASCII directive
    turns into template text, the code after it into Java."""
    assert not codec.startswith("utf-16") or len(head) % 2 == 0  # else the code is misaligned
    data = head.encode() + JSP.encode(codec)
    text = server_text(data, context_for("x.jsp", len(data)))
    assert text is not None and text.hidden
    assert text.data.endswith(JSP.encode())


@pytest.mark.parametrize(
    ("page", "codec"),
    [
        ('<?xml version="1.0" encoding="UTF-16LE"?><jsp:root/>', "utf-16-le"),
        ('<?xml version="1.0" encoding="UTF-16BE"?><jsp:root/>', "utf-16-be"),
        ('<?xml version="1.0" encoding="UTF-32"?><jsp:root/>', "utf-32-be"),
        ('<?xml version="1.0" encoding="IBM500"?><jsp:root/>', "cp500"),
        ('<?xml version="1.0" encoding="ebcdic-cp-us"?><jsp:root/>', "cp037"),
    ],
)
def test_xml_documents_announce_their_encoding_in_their_first_bytes(page: str, codec: str) -> None:
    data = page.encode(codec)
    text = server_text(data, context_for("x.jspx", len(data)))
    assert text is not None and not text.hidden
    assert text.data == page.encode()


@pytest.mark.parametrize(
    ("relpath", "data"),
    [
        ("a.jsp", JSP.encode()),
        (
            "a.jsp",
            b'<%@ page pageEncoding="UTF-8" contentType="text/html; charset=ISO-8859-1" %>' + JSP.encode(),
        ),
        ("a.jsp", b'<%@ page pageEncoding="GBK" %>' + JSP.encode("gbk")),
        ("a.jsp", b'<%@ page pageEncoding="no-such-charset" %>' + JSP.encode()),
        ("a.aspx", ASPX.encode("utf-8-sig")),
        ("a.php", codecs.BOM_UTF16_LE + "<?php system($_GET['c']);".encode("utf-16-le")),  # PHP reads bytes
        ("a.asp", codecs.BOM_UTF16_LE + '<% Execute Request("c") %>'.encode("utf-16-le")),
        ("a.jpg", codecs.BOM_UTF16_LE + JSP.encode("utf-16-le")),
    ],
)
def test_pages_read_as_their_bytes_are_left_alone(relpath: str, data: bytes) -> None:
    assert server_text(data, context_for(relpath, len(data))) is None


def test_java_charset_names() -> None:
    names = {
        "UTF-16": "utf-16-be",  # Java: big-endian without a mark
        "utf_16le": "utf-16-le",
        "UTF-32": "utf-32-be",
        "Cp037": "cp037",
        "IBM-037": "cp037",
        "IBM01140": "cp1140",
        "IBM1047": "cp037",  # read as its close relative
        "UTF-8": None,
        "windows-1252": None,
        "cp1252": None,
        "Shift_JIS": None,
        "rot13": None,
        "punycode": None,
        "": None,
    }
    assert {name: _codec(name) for name in names} == names


def test_broken_bytes_are_replaced_not_fatal() -> None:
    data = codecs.BOM_UTF16_LE + JSP.encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate, odd tail
    text = server_text(data + b"\x41", context_for("a.jsp", len(data) + 1))
    assert text is not None and text.data.startswith(JSP.encode())


def test_the_engine_judges_the_decoded_page_and_says_how_it_read_it() -> None:
    data = b'<%@ page pageEncoding="UTF-16BE"%>' + JSP.encode("utf-16-be")
    verdict = detect_bytes(data, "include/top.jsp")
    assert verdict.severity is Severity.CRITICAL
    note = next(r for r in verdict.reasons if r.id == ENCODED_PAGE_ID)
    assert note.score == 45 and "UTF-16BE" in note.description and "pageEncoding" in note.description
    inner = [r for r in verdict.reasons if r.id != ENCODED_PAGE_ID]
    assert inner and any("getRuntime" in r.snippet for r in inner)
    plain = detect_bytes(codecs.BOM_UTF16_LE + "<html><body>Hallo</body></html>".encode("utf-16-le"), "a.jsp")
    assert plain.severity is None or plain.severity < Severity.MEDIUM
