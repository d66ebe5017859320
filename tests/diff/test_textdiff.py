"""Line diffs: inserted ranges, unified output, whitespace/binary checks, the inserted document."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webhunt.detect.document import Document
from webhunt.diff import textdiff
from webhunt.diff.textdiff import (
    inserted_code,
    is_binary,
    line_diff,
    opcodes,
    php_mode_at,
    snippet_of,
    split_lines,
    whitespace_only,
)

lines_st = st.lists(st.sampled_from([b"a\n", b"b\n", b"}\n", b"\n", b"x = 1;\n", b"return;\n"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(lines_st, lines_st)
def test_opcodes_rebuild_the_new_file(a: list[bytes], b: list[bytes]) -> None:
    rebuilt: list[bytes] = []
    for tag, i1, i2, j1, j2 in opcodes(a, b):
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
            rebuilt.extend(a[i1:i2])
        else:
            rebuilt.extend(b[j1:j2])
    assert rebuilt == b


@settings(max_examples=200, deadline=None)
@given(lines_st, lines_st)
def test_inserted_ranges_are_the_new_lines_outside_equal_blocks(a: list[bytes], b: list[bytes]) -> None:
    old, new = b"".join(a), b"".join(b)
    d = line_diff(old, new)
    covered = {n for first, last in d.inserted for n in range(first, last + 1)}
    equal = {
        j + 1
        for tag, _, _, j1, j2 in opcodes(split_lines(old), split_lines(new))
        if tag == "equal"
        for j in range(j1, j2)
    }
    assert covered == set(range(1, len(split_lines(new)) + 1)) - equal
    assert (old == new) == (d.inserted == () and d.deleted == ())


def test_unified_diff_matches_difflib_on_a_typical_edit() -> None:
    old = b"".join(f"line {i}\n".encode() for i in range(1, 40))
    new = old.replace(b"line 20\n", b"line 20\n@eval($_POST['x']);\n").replace(b"line 3\n", b"")
    ours = line_diff(old, new, old_name="a", new_name="b").unified
    theirs = "".join(
        difflib.unified_diff(
            old.decode().splitlines(keepends=True),
            new.decode().splitlines(keepends=True),
            "a",
            "b",
            lineterm="\n",
        )
    )
    assert ours == theirs


def test_unified_diff_is_bounded() -> None:
    old = b"".join(f"{i}\n".encode() for i in range(5000))
    new = b"".join(f"{i}x\n".encode() for i in range(5000))
    d = line_diff(old, new)
    assert d.truncated
    assert d.unified.endswith("… (diff truncated)\n")
    assert len(d.unified.splitlines()) <= textdiff.MAX_DIFF_LINES + 1


def test_lines_match_document_numbering() -> None:
    data = b"a\r\nb\rc\n\nd"
    doc = Document(data)
    assert len(split_lines(data)) == doc.line_count
    assert split_lines(data)[1] == b"b\rc\n"
    assert split_lines(b"") == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (b"a = 1;\nb();\n", b"a = 1;\r\nb();\r\n", True),
        (b"if (x) {\n  y();\n}\n", b"if (x) {\n\ty();\n}   \n", True),
        (b"$f = 'sys tem';\n", b"$f = 'system';\n", False),  # joining words changes code
        (b"a\n", b"a\n", False),  # no change at all is not a whitespace change
        (b"a\n", b"b\n", False),
    ],
)
def test_whitespace_only(old: bytes, new: bytes, expected: bool) -> None:
    assert whitespace_only(old, new) is expected


def test_binary_detection() -> None:
    assert is_binary(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert not is_binary("<?php echo 'héllo';\n".encode())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<?php $a = 1; ", True),
        ("<html><?php echo 1; ?> ", False),
        ("<?php $s = '?>'; ", True),  # ?> inside a string does not end PHP
        ('<?php $s = "a\\"?>"; ', True),
        ("<?php /* ?> */ ", True),
        ("<?php // comment ?> html ", False),  # ?> ends a // comment and PHP
        ("<?php # comment\n x ", True),
        ("<?= $x ?> text <?php ", True),
        ("plain html ", False),
        ("<?php $s = 'unterminated ", True),
    ],
)
def test_php_mode(text: str, expected: bool) -> None:
    data = text.encode()
    assert php_mode_at(data, len(data)) is expected


def test_inserted_code_in_php_gets_an_open_tag_and_maps_lines() -> None:
    new = b"<?php\n$a = 1;\n@eval($_POST['x']);\n$b = 2;\n"
    code = inserted_code(new, [(3, 3)], php=True)
    assert code.data == b"<?php\n@eval($_POST['x']);\n"
    assert code.line_map == (None, 3)


def test_inserted_code_in_html_part_keeps_its_own_tags() -> None:
    new = b"<?php echo 1; ?>\n<h1>Hi</h1>\n<?php @eval($_POST['x']); ?>\n<p>x</p>\n<script src=//example.invalid/s.js></script>\n"
    code = inserted_code(new, [(3, 3), (5, 5)], php=True)
    assert code.data == b"<?php @eval($_POST['x']); ?>\n<script src=//example.invalid/s.js></script>\n"
    assert code.line_map == (3, 5)


def test_inserted_code_switches_modes_between_ranges() -> None:
    new = b"<?php\nfoo();\n?>\n<b>html</b>\n<?php\nbar();\n"
    code = inserted_code(new, [(2, 2), (4, 4), (6, 6)], php=True)
    assert code.data == b"<?php\nfoo();\n?>\n<b>html</b>\n<?php\nbar();\n"
    assert code.line_map == (None, 2, None, 4, None, 6)


def test_non_php_files_are_joined_as_they_are() -> None:
    new = b'<%@ page import="java.io.*" %>\n<% out.println(1); %>\n'
    assert inserted_code(new, [(2, 2)], php=False).data == b"<% out.println(1); %>\n"


def test_snippet_is_bounded() -> None:
    new = b"".join(f"line {i}\n".encode() for i in range(1, 100))
    s = snippet_of(new, [(1, 50)])
    assert s.splitlines()[0] == "line 1"
    assert s.endswith(f"… ({50 - textdiff.SNIPPET_LINES} more inserted lines)")
    long = snippet_of(b"x" * 5000 + b"\n", [(1, 1)])
    assert len(long) <= textdiff.SNIPPET_CHARS
