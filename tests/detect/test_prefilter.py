"""Literal prefilters: the literals a regex's matches must contain."""

from __future__ import annotations

import re

import pytest

from webhunt.detect.prefilter import match_width, required_factors, required_literals, windows


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\beval\s*\(", 0, ("eval",)),
        (r"\$_(?:GET|POST)\b", 0, ("$_get", "$_post")),
        (r"(?:system|exec)\s*\(", re.I, ("exec", "system")),
        (r"\w+\s*\d", 0, None),
        (r"(?<![\w>$:\\])create_function\s*\(", re.I, ("create_function",)),
    ],
)
def test_required_literals(pattern: str, flags: int, expected: tuple[str, ...] | None) -> None:
    assert required_literals(pattern, flags) == expected


def test_required_factors_lists_every_needed_literal_set() -> None:
    pattern = r"\$(\w+)\s*=\s*\$_(?:GET|POST)\[[^;]{0,40};[\s\S]{0,300}?\b(?:system|exec)\s*\(\s*\$\1"
    factors = required_factors(pattern, re.I, 3)
    assert ("exec", "system") in factors
    assert ("$_get[", "$_post[") in factors
    assert all(max(len(x) for x in f) >= 3 for f in factors)


def test_required_factors_keep_sets_with_a_long_literal() -> None:
    # one branch has only a backtick: the set is kept because another literal is long
    factors = required_factors(r"(?:system\s*\(|`)\$\w+", 0, 3)
    assert ("`", "system") in factors


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"\$(\w+)\s*=\s*\$_(?:GET|POST)\[[^;]{0,40};\s*(?:system|exec)\(\$\1", ["$a=$_GET[1];exec($a"]),
        (r"(?i)(?:base64_decode|gz(?:inflate|uncompress))\s*\(\s*['\"]", ["GZINFLATE ('", 'base64_decode("']),
        (r"['\"](?:as|sy)['\"]\s*\.\s*['\"](?:sert|stem)['\"]", ["'as' . 'sert'", '"sy"."stem"']),
    ],
)
def test_every_factor_occurs_in_every_match(pattern: str, texts: list[str]) -> None:
    regex = re.compile(pattern)
    factors = required_factors(regex.pattern, regex.flags)
    assert factors
    for text in texts:
        m = regex.search(text)
        assert m is not None
        matched = m.group(0).lower()
        for literals in factors:
            assert any(lit in matched for lit in literals), (literals, matched)


def test_windows_merge_ranges_around_anchors() -> None:
    text = "xx eval yy " + "z" * 100 + " eval"
    assert windows(text, ("eval",), 5) == [(0, 12), (len(text) - 9, len(text))]
    assert windows(text, ("nope",), 5) == []


def test_match_width_is_capped() -> None:
    assert match_width(r"ab{2,3}") == 4
    assert match_width(r"a.*") == 4096
