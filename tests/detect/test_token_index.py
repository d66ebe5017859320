"""The YARA token index: translated strings match wherever the token's regex matches.

The property every test checks: for each offset where ``regex.match(text, offset)`` succeeds, the
index reports that offset as a candidate (unless it says the file is one it cannot vouch for).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from webhunt.detect.token_index import (
    MAX_STRING_WIDTH,
    RUN_BOUND,
    IndexToken,
    NotTranslatable,
    PatternFacts,
    TokenIndex,
    translate,
)


def _starts(regex: re.Pattern[str], text: str) -> set[int]:
    return {p for p in range(len(text)) if regex.match(text, p)}


def _index(pattern: str, flags: int = 0) -> tuple[re.Pattern[str], TokenIndex]:
    regex = re.compile(pattern, flags)
    return regex, TokenIndex.build([IndexToken("t", regex)], route=False)


def _assert_covers(regex: re.Pattern[str], index: TokenIndex, text: str) -> set[int]:
    """The candidates, after checking that they include every start of the regex."""
    found = index.candidates(text.encode("latin-1"))
    assert found is not None
    assert "t" in found.indexed and "t" not in found.unsure
    candidates = set(found.offsets.get("t", []))
    missing = _starts(regex, text) - candidates
    assert not missing, f"{regex.pattern!r}: starts {sorted(missing)} missed in {text!r}"
    return candidates


TRICKY = [
    # (pattern, flags, texts that contain matches, expected to be exact)
    (r"eval\s*\(", re.I, ["<?php EVAL  ($x); eval(1); Eval\t\n("], False),
    (r"=\s*eval\(", re.I, ["$a =  EVAL($x); $b=eval(1); $c =\t\neval("], True),
    (r"(?<![\w>$:\\])(?:eval|assert)\s*\(", re.I, ["eval(1); $o->eval(2); x_eval(3); (assert (4)"], False),
    (r"\$_(?:GET|POST)\b", 0, ["$_GET['a'] $_POSTx $_POST[1] $_get"], False),
    (r"\$(\w+)\s*=\s*1;\s*\$\1\(", 0, ["$f = 1; $f(2); $g = 1; $h(3); $ab = 1;  $ab ("], False),
    (r"(\w+)-\1", re.I, ["abc-ABC abc-abd x-x"], False),
    (r"caf\xe9", re.I, ["CAF\xc9 caf\xe9 cafe"], True),
    (r"\w\w\w", 0, ["\xe9t\xe9 \xaa\xb5\xba \x80\x81\x82 abc"], True),
    (r"x\s+y", 0, ["x\x1c\x1dy x\x85y x\xa0y x\x0by"], True),
    (r"a.b", re.S, ["a\nb a\x00b axb"], True),
    (r"a.b", 0, ["a\nb a\x00b axb"], True),
    (r"[^;]{2,4}end", 0, ["xxend;end;;yyyend"], True),
    (r"(?i:abc)DEF", 0, ["ABCDEF abcdef abcDEF"], True),
    (r"foo(?=bar)", 0, ["foobar foobaz"], False),
    (r"(?:=|\(|(?<=[;{}\n]))\s*`\$\w", 0, ["=`$a` (`$b` ;`$c` x`$d`"], False),
    (r"^\s*include\b", re.M, ["include a;\n  include b;\nx include c"], False),
    (r"a(?:bc|b)?d", 0, ["ad abd abcd abcx"], True),
    (r"(?:x|y){3}z", 0, ["xyxz yyz xxxxz"], True),
    (r"\d{1,3}\.\d{1,3}", 0, ["127.0.0.1 1234.5"], True),
    (r"k", re.I, ["K k"], True),
    (r"(a)?(?(1)b|c)", 0, ["ab c b ac"], False),
]


@pytest.mark.parametrize(("pattern", "flags", "texts", "exact"), TRICKY)
def test_translation_covers_every_match(pattern: str, flags: int, texts: list[str], exact: bool) -> None:
    regex, index = _index(pattern, flags)
    assert "t" in index.indexed, index.report.not_indexed
    assert ("t" in index.report.exact) is exact
    for text in texts:
        assert _starts(regex, text), "the example should contain a match"
        _assert_covers(regex, index, text)


def test_unbounded_repeats_are_capped_and_long_runs_make_the_index_unsure() -> None:
    regex, index = _index(r"=\s*eval\(")
    short = "=" + " " * RUN_BOUND + "eval("
    assert _assert_covers(regex, index, short) == {0}
    found = index.candidates(("=" + " " * (RUN_BOUND + 1) + "eval(").encode())
    assert found is not None and "t" in found.unsure


def test_a_narrow_repeat_after_a_good_atom_is_cut() -> None:
    """YARA would follow ``\\s*`` to the end of the run from every ``eval`` it finds (a file of
    near matches, ``eval    ...eval    ...``, costs seconds): the string ends at the repeat and the
    token's regex confirms the few candidates; no run length makes the index unsure of it."""
    regex, index = _index(r"eval\s*\(")
    assert translate(regex).truncated
    text = "eval" + " " * (RUN_BOUND + 1) + "( eval("
    found = index.candidates(text.encode())
    assert found is not None and "t" not in found.unsure
    assert _assert_covers(regex, index, text) >= {0, len(text) - 5}


def test_patterns_wider_than_yara_follows_are_cut_to_a_prefix() -> None:
    # YARA stops following a regex about 1 KiB past its atom: the string ends before that
    regex, index = _index(r"begin[^;]{0,3000}end|start.*stop")
    assert "t" in index.indexed and "t" not in index.report.exact
    text = "begin" + "x" * 2500 + "end start" + "y" * 5000 + "stop"
    assert _assert_covers(regex, index, text) >= {0, 2509}
    assert MAX_STRING_WIDTH < 1024


def test_a_cut_optional_part_lets_the_rest_of_the_string_go_on() -> None:
    # "(?:/\*...\*/)*" cannot be followed: only its zero-iteration path continues to "c"
    regex = re.compile(r"ab(?:/\*[^*]*\*/)*cd")
    text = translate(regex).string.regex
    assert text.startswith("ab") and "cd" in text
    index = TokenIndex.build([IndexToken("t", regex)], route=False)
    _assert_covers(regex, index, "abcd ab/*x*/cd ab/**/cd")


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        (r"x*", "empty string"),
        (r"(?=a)", "empty string"),
        (r"\u0100", "never match"),
        (r"(?=(a))\1b", "back-reference"),
    ],
)
def test_untranslatable_tokens_are_reported(pattern: str, reason: str) -> None:
    with pytest.raises(NotTranslatable, match=reason):
        translate(re.compile(pattern))
    index = TokenIndex.build([IndexToken("t", re.compile(pattern))])
    assert "t" not in index.indexed
    assert reason in index.report.not_indexed["t"]


def test_weak_strings_with_a_literal_first_character_stay_with_python() -> None:
    index = TokenIndex.build([IndexToken("t", re.compile(r"\$\w+\s*="))])
    assert "t" not in index.indexed
    assert "Python" in index.report.not_indexed["t"]


def test_literals_are_reported_for_tokens_cut_short() -> None:
    # ".*" cannot be followed: the string stops at "eval(", the literals say what else is there
    regex = re.compile(r"eval\(.*(?:base64_decode|gzinflate)")
    index = TokenIndex.build([IndexToken("t", regex, (("eval(",), ("base64_decode", "gzinflate")))])
    assert "t" in index.report.inexact
    found = index.candidates(b"<?php eval(GZINFLATE($x));")
    assert found is not None
    assert found.absent(["gzinflate", "base64_decode"]) is False
    assert found.absent(["base64_decode"]) is True
    assert found.absent(["not-indexed"]) is None
    assert found.gates["t"] == (("eval(",), ("base64_decode", "gzinflate"))


def test_exact_tokens_need_no_literals() -> None:
    index = TokenIndex.build([IndexToken("t", re.compile(r"eval\("), (("eval(",),))])
    found = index.candidates(b"eval(")
    assert found is not None and found.absent(["eval("]) is None and not found.gates


def test_yara_giving_up_is_reported_as_none() -> None:
    # more than a million matches of one string: YARA stops, the caller runs the regex itself
    _regex, index = _index(r"ab")
    assert index.candidates(b"ab" * 1_000_001) is None


def test_several_tokens_share_one_rule() -> None:
    tokens = [IndexToken(f"t{i}", re.compile(p)) for i, p in enumerate([r"foo\(", r"bar\[", "baz"])]
    index = TokenIndex.build(tokens)
    found = index.candidates(b"foo( bar[ foo(")
    assert found is not None
    assert found.offsets == {"t0": [0, 10], "t1": [5]}


def test_tokens_naming_one_head_share_its_string() -> None:
    # each token's own string would be verified at every "$_get" of a file made of them; the
    # head they name alike is looked for once, and its starts are every token's candidates
    head = re.compile(r"\$\w+\s*=\s*[^;]{0,60}\$_(?:GET|POST)", re.I)
    tokens = [
        IndexToken("code", re.compile(r"\$(\w+)\s*=\s*\$_GET\[\w+\];\s*eval\(\$\1\)", re.I), head=head),
        IndexToken("cmd", re.compile(r"\$(\w+)\s*=\s*\$_POST\[\w+\];\s*system\(\$\1\)", re.I), head=head),
        IndexToken("other", re.compile(r"system\(")),
    ]
    index = TokenIndex.build(tokens, route=False)
    assert index.report.shared == (("code", "cmd"),)
    assert {"code", "cmd"} <= set(index.report.inexact)
    text = "$a = $_GET[x]; eval($a); $b = $_POST[y]; system($b); $c = 1;"
    found = index.candidates(text.encode())
    assert found is not None
    assert found.offsets["code"] == found.offsets["cmd"] == sorted(_starts(head, text)) == [0, 25]
    for tok in tokens[:2]:
        assert _starts(tok.regex, text) <= set(found.offsets[tok.id])
    assert found.offsets["other"] == [_starts(tokens[2].regex, text).pop()]


_FRAGMENTS = [
    *"ab$_();=. \t\n'\"\xe9\xc9E",
    *("/*", "*/", "/**/b", "$a", "$ab=", "ab", "a(", "'a'.", '"b"', "\xc9b"),
]
_FUZZ_PATTERNS = [
    (r"(?<![\w$])a\s*\(", re.I),
    (r"\$\w+\s*=\s*[^;]{0,5}b", 0),
    (r"['\"](?:a|b)['\"]\s*\.", 0),
    (r"/\*[^*]{0,3}\*/\s*b", 0),
    (r"(\w)\1", re.I),
    (r"(?:ab|a)\s*;", 0),
    (r"\xe9+b", re.I),
    (r"a[^\n]*\n", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), _FUZZ_PATTERNS)
def test_random_texts_never_hide_a_match(pattern: str, flags: int) -> None:
    rng = random.Random(pattern)
    regex, index = _index(pattern, flags)
    assert "t" in index.indexed, index.report.not_indexed
    hits = 0
    for _ in range(300):
        text = "".join(rng.choice(_FRAGMENTS) for _ in range(rng.randrange(1, 30)))
        _assert_covers(regex, index, text)
        hits += bool(_starts(regex, text))
    assert hits > 10, "the alphabet should produce matches"


def test_translations_memo_gives_what_translate_gives(tmp_path: Path) -> None:
    patterns = [re.compile(p) for p in (r"\beval\s*\(", r"(?i)base64_decode\s*\(\s*\$_(?:GET|POST)", r"x*")]
    memo = PatternFacts.in_dir(tmp_path)
    first = []
    for rx in patterns:
        try:
            first.append(memo.translate(rx))
        except NotTranslatable as exc:
            first.append(str(exc))
    memo.save()
    files = list(tmp_path.glob("pattern-facts-*.json"))
    assert len(files) == 1
    again = PatternFacts.in_dir(tmp_path)  # a new process reads the file
    for rx, expected in zip(patterns, first, strict=True):
        if isinstance(expected, str):
            with pytest.raises(NotTranslatable, match=re.escape(expected)):
                again.translate(rx)
        else:
            assert again.translate(rx) == expected == translate(rx)


def test_a_damaged_translations_file_is_translated_again(tmp_path: Path) -> None:
    memo = PatternFacts.in_dir(tmp_path)
    assert memo.path is not None
    memo.path.write_text("{not json", encoding="utf-8")
    rx = re.compile(r"\bassert\s*\(")
    assert PatternFacts.in_dir(tmp_path).translate(rx) == translate(rx)
    damaged = {f"{rx.flags}:{rx.pattern}": {"regex": 1}}  # an entry without its fields
    memo.path.write_text(json.dumps(damaged), encoding="utf-8")
    assert PatternFacts.in_dir(tmp_path).translate(rx) == translate(rx)


def _heuristic_patterns() -> list[tuple[str, int]]:
    import tomllib

    from webhunt.detect.heuristics import _flags

    found = []
    for path in sorted(Path("signatures").rglob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("token", []):
            found.append((entry["pattern"], _flags(entry.get("flags", ""), str(path))))
    return found


def test_memoised_programs_compile_to_the_patterns_re_compiles(tmp_path: Path) -> None:
    """Every heuristic pattern, compiled from its memoised program in a new process, is the
    pattern ``re.compile`` makes: ``==`` on patterns compares their programs too."""
    patterns = _heuristic_patterns()
    assert len(patterns) > 200
    memo = PatternFacts.in_dir(tmp_path)
    for pattern, flags in patterns:
        assert memo.compile(pattern, flags) == re.compile(pattern, flags)
    memo.save()
    again = PatternFacts.in_dir(tmp_path)
    named = again.compile(r"(?P<call>eval)\s*\((?P<arg>[^)]*)\)", re.I)
    assert named.groupindex == {"call": 1, "arg": 2}
    assert named.match("EVAL($x)").group("arg") == "$x"  # type: ignore[union-attr]
    for pattern, flags in patterns:
        assert again.compile(pattern, flags) == re.compile(pattern, flags)
    with pytest.raises(re.error):
        again.compile(r"(unclosed", 0)


def test_a_damaged_program_is_made_again(tmp_path: Path) -> None:
    memo = PatternFacts.in_dir(tmp_path)
    rx = memo.compile(r"\bsystem\s*\(", 0)
    memo.save()
    assert memo.path is not None
    envelope = json.loads(memo.path.read_text(encoding="utf-8"))
    body = json.loads(envelope["facts"])
    program = body["patterns"][f"0:{rx.pattern}"]["program"]
    program[1] = "AAAAAAAAAAA="  # valid Base64, not a program
    again = PatternFacts(None)
    again._patterns = body["patterns"]
    assert again.compile(r"\bsystem\s*\(", 0) == rx
