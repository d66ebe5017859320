"""Comments and data strings of PHP files: matches starting there do not count as code."""

from __future__ import annotations

import pytest

from webhunt.detect.php_inert import inert_spans


def _inert_texts(text: str) -> list[str]:
    spans = inert_spans(text)
    return [text[s:e] for s, e in zip(spans.starts, spans.ends, strict=True)]


@pytest.mark.parametrize(
    "literal",
    [
        # delimited regular expressions with escapes
        r"'/eval\s*\(\s*base64_decode\s*\(/i'",
        r"'#\$_(GET|POST)\[#'",
        # an undelimited fragment of a pattern describing a call
        r"'(eval|assert)[\s]*\('",
        r"'system\(\$'",
        # sentences naming a call
        "'create_function() detected, deprecated function'",
        "'Request input ($_GET/$_POST) handed to a function.'",
        '"eval(base64_decode(...)) found \xe2\x80\x94 packed code"',
    ],
)
def test_data_strings_are_inert(literal: str) -> None:
    assert _inert_texts(f"<?php $rule = {literal};") == [literal]


@pytest.mark.parametrize(
    "literal",
    [
        # code that assert(), eval() or create_function() would run
        "\"eval(base64_decode(\\$_POST['p']))\"",
        "'if (isset($_GET[1])) system($_GET[1]);'",
        "'isset($_REQUEST[x]) and system($_REQUEST[x])'",
        "'if ($k) return $v;'",
        # a sentence whose braces run an expression when the string is built
        '"Request (status) shown here ${system($_GET[1])}"',
        # a regular expression without escapes, and plain text
        "'/.*/e'",
        "'Hello, world'",
    ],
)
def test_code_strings_are_not(literal: str) -> None:
    assert _inert_texts(f"<?php $x = {literal};") == []


def test_comments_are_inert_and_end_where_php_ends_them() -> None:
    text = "<?php // eval($_GET['a']) ?>\n<p>'it's'</p>\n<?php # note\n/* block */ $a = 'x'; #[Attr]\n"
    assert _inert_texts(text) == ["// eval($_GET['a']) ", "# note", "/* block */"]


def test_strings_hide_comment_starts_and_closing_tags() -> None:
    text = "<?php $u = 'http://example.test/?a=1'; $t = \"?>\"; // done\n"
    assert _inert_texts(text) == ["// done"]


def test_file_without_open_tag_is_read_as_php() -> None:
    assert _inert_texts("$p = '/exec\\s*\\(/'; // x\n") == ["'/exec\\s*\\(/'", "// x"]


def test_long_word_runs_in_strings_are_read_in_one_pass() -> None:
    """A 190 KB string of letters (a packed blob): the name-then-pattern search starts only where a
    name starts and takes the name whole (it once rescanned the rest of the run from every letter:
    minutes of CPU for one file; this test then runs for minutes, the hostile bench shows it);
    a pattern fragment and a plain word still read as before."""
    blob = "<?php $x = '" + "A" * 190_000 + "'; eval($_GET[1]);"
    assert 12 not in inert_spans(blob)  # a blob is data, not a pattern or a sentence
    assert 12 in inert_spans("<?php $p = '/eval\\s*\\(/';")
    assert 12 not in inert_spans("<?php $p = 'evaluation';")
