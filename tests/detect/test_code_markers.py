"""``has_code_marker``: server-side code inside non-script files, and open-tag bytes that random
binary data (fonts, images, compiled message catalogues) holds by chance."""

from __future__ import annotations

import random

import pytest

from webhunt.detect.engine import detect_bytes
from webhunt.languages import has_code_marker

GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04"


def _binary(n: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.getrandbits(8) for _ in range(n))


@pytest.mark.parametrize(
    "data",
    [
        GIF + b"<?php system($_GET['c']); ?>" + b"\x00\x3b",
        GIF + b"<?=`$_GET[1]`;",  # short, at the end of the file
        GIF + b"<?=`$_GET[1]`?>\x00\x00\x3b",  # short, closed, binary after it
        GIF + b"<?php $\xc3\xbf\xc3\xbe=$_POST['x'];eval($\xc3\xbf\xc3\xbe);",  # non-ASCII names
        GIF + b'<%eval request("a")%>' + b"\x00\x01",
        b"\x89PNG\r\n\x1a\n"
        + b"<%\x05\x00" * 70
        + b"<%@ Page Language=C# %>",  # a real tag after many false ones
        b"%PDF-1.4 <%@ page import=java.io.* %><%=Runtime.getRuntime()%>",
        GIF + b"!\xfe\x17<? passthru($_GET[c]); ?>\x00;",  # a short open tag (short_open_tag on)
        GIF + b"<?\n\t@eval($_REQUEST['k']);\n?>\x00",
        GIF + b'<cfexecute name="#url.c#" timeout="9"></cfexecute>\x00',  # ColdFusion tags
        GIF + b"<CFSCRIPT>writeOutput(url.x);</CFSCRIPT>\x00",
        GIF + b'<cf_runner arg="#form.a#" mode="all">\x00',  # a custom tag
    ],
)
def test_code_after_a_marker_is_seen(data: bytes) -> None:
    assert has_code_marker(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01<%\x05\x00\x0e\x00\x00\x00\x9f%\x05\x00\x14\x00\x00\x00",  # a .mo catalogue's offsets
        b"\x89PNG\r\n\x1a\n<?=\x9e\x8a\xea\xfd\xf2\xb3wv\xa6|<n\\\xd41\x02\x00\x00",  # compressed pixels
        b"OTTO\x00\x0e<%\x05<\xa2\x05=\x03\x05=\x80\x05=\xe7\x05>h\x05",  # font tables
        b'warning("Unknown tag <%s>. Use lowercase for HTML elements.", type);',  # a format string
        b"public void scan(Set<? extends Endpoint> found, Class<? super T> into) { return; }",  # Java
        b'<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg"/>',
        b"AUTHORS\n\nCarl Franks <cfranks@example.org>, Cody Fox <cfox@example.net>\n",  # addresses
        b"\x89PNG\r\n\x1a\n<? \xa2\xac\xc6\x91\xe69!o\xbb\x90\xdf:\xf2\xa0K\xcf\x8al{\x01\x02",  # pixels
    ],
)
def test_markers_followed_by_binary_data_are_not_code(data: bytes) -> None:
    assert not has_code_marker(data)


def test_random_binary_files_rarely_hold_a_marker_followed_by_text() -> None:
    blobs = [_binary(64 * 1024, seed) for seed in range(64)]
    raw = sum(b"<%" in b or b"<?=" in b for b in blobs)
    assert raw >= 32  # the bare markers turn up by chance in most compressed data
    assert sum(has_code_marker(b) for b in blobs) <= 4


def test_a_shell_appended_to_a_jpeg_is_still_detected() -> None:
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF" + _binary(4096, 1) + b"<?php @eval($_POST['z']); ?>"
    assert detect_bytes(data, "uploads/2026/11/photo.jpg").score >= 50
