from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from webhunt.detect.document import Document
from webhunt.detect.engine import context_for
from webhunt.detect.heuristics import (
    HeuristicLayer,
    HeuristicSet,
    _Matches,
    evaluate,
    index_for,
    load_heuristics,
    parse_heuristics,
)
from webhunt.detect.token_index import TokenIndex
from webhunt.errors import RuleError
from webhunt.model import Language
from webhunt.rules import collect

RULES = r"""
language = "php"
[[token]]
id = "src.input"
kind = "source"
pattern = '\$_(?:GET|POST|REQUEST)\b'
[[token]]
id = "sink.eval"
kind = "sink"
pattern = '\beval\s*\('
[[token]]
id = "esc.int"
kind = "other"
pattern = '\bintval\s*\('

[[combo]]
id = "T-STMT"
description = "input reaches eval in one statement"
all = ["source", "sink"]
none = ["esc.int"]
within = "statement"
score = 85

[[combo]]
id = "T-NEAR"
description = "eval near input"
all = ["sink.*", "src.input"]
within = "chars:40"
score = 50

[[combo]]
id = "T-FILE"
description = "eval and input somewhere in the file"
all = ["sink", "source"]
within = "file"
score = 20
"""


def run(code: str) -> dict[str, int | None]:
    hset = parse_heuristics(RULES, "test.toml")
    return {r.id: r.line for r in evaluate(hset, Document(code.encode()))}


def test_statement_window_matches_across_lines_but_not_statements() -> None:
    assert run("<?php\n@eval(\n  $_POST['x']\n);") == {"T-STMT": 3, "T-NEAR": 2, "T-FILE": 2}
    far = "<?php\n$a = $_POST['x'];\n" + "// " + "x" * 80 + "\neval('1');"
    assert run(far) == {"T-FILE": 4}


def test_none_elements_veto_the_window() -> None:
    found = run("<?php eval(intval($_GET['n']));")
    assert "T-STMT" not in found
    assert "T-NEAR" in found


def test_nothing_found_in_clean_code() -> None:
    assert run("<?php echo htmlspecialchars('hello');") == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('language = "php"\n[[token]]\nid="a"\nkind="source"\npattern="("', "token #1 (a): bad pattern"),
        ('language = "php"\n[[token]]\nid="a"\nkind="nope"\npattern="x"', "unknown kind 'nope'"),
        (
            'language = "php"\n[[token]]\nid="a"\nkind="other"\npattern="x"\nindex="["',
            "(a): bad index pattern",
        ),
        ('language = "klingon"', "unknown language"),
        (
            'language = "php"\n[[combo]]\nid="c"\ndescription="d"\nscore=1\nall=["ghost"]',
            "combo #1 (c): 'ghost' names no token",
        ),
        ('language = "php"\n[[combo]]\nid="c"\nscore="x"', "combo #1 (c): needs id, description"),
        ("language = ", "bad.toml"),
    ],
)
def test_broken_files_name_the_file_and_entry(text: str, message: str) -> None:
    with pytest.raises(RuleError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_heuristics(text, "bad.toml")


def test_layer_applies_php_rules_to_code_embedded_in_an_image() -> None:
    layer = HeuristicLayer([parse_heuristics(RULES, "t.toml")])
    data = b"GIF89a\x01\x00<?php eval($_POST['a']); ?>"
    reasons = layer(Document(data), context_for("uploads/a.gif", len(data)), lambda d, c: None)  # type: ignore[arg-type,return-value]
    assert {r.id for r in reasons} >= {"T-STMT"}


# ------------------------------------------------------------------ the YARA token index

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CORPUS = Path(__file__).resolve().parents[2] / ".cache" / "corpus"
CORPUS_FILES = 400


@functools.lru_cache(maxsize=1)
def _bundled() -> tuple[tuple[HeuristicSet, TokenIndex], ...]:
    return tuple((s, index_for(s)) for s in load_heuristics(collect().heuristic_files))


def _token_offsets(hset: HeuristicSet, doc: Document, index: TokenIndex | None) -> dict[str, list[int]]:
    found = index.candidates(doc.data) if index is not None else None
    matches = _Matches(doc, hset, found)
    return {tok.id: matches.token(tok) for tok in hset.tokens}


def _assert_same(path: Path, data: bytes, *, tokens: bool) -> None:
    doc = Document(data)
    for hset, index in _bundled():
        old = {(r.id, r.line) for r in evaluate(hset, doc)}
        new = {(r.id, r.line) for r in evaluate(hset, doc, index)}
        assert new == old, f"{path} ({hset.language}): with index {new}, without {old}"
        if tokens:
            assert _token_offsets(hset, doc, index) == _token_offsets(hset, doc, None), path


def test_bundled_sets_are_mostly_indexed() -> None:
    for hset, index in _bundled():
        report = index.report
        assert len(report.exact) + len(report.inexact) + len(report.not_indexed) == len(hset.tokens)
        assert len(index.indexed) >= len(hset.tokens) // 2, (hset.language, report.not_indexed)


@pytest.mark.parametrize(
    "path", sorted(p for p in SAMPLES.rglob("*") if p.is_file()), ids=lambda p: str(p.relative_to(SAMPLES))
)
def test_index_changes_no_result_on_samples(path: Path) -> None:
    """Every token's offsets and every combo's (id, line) are the same with the index."""
    _assert_same(path, path.read_bytes(), tokens=True)


def test_index_changes_no_result_on_crafted_edge_cases() -> None:
    php = "<?php\n"
    cases = [
        php + "eval" + " " * 200 + "($_POST['x']);",  # a run longer than YARA's capped repeat
        php + "$a = $_GET['c'];" + "\t" * 130 + "system($a);",
        php + "foo(bar(baz($_POST[1])));" * 300,  # more matches than a token keeps
        php + "eval(base64_decode('" + "QUJD" * 3000 + "'));",
        "GIF89a\x00\xff<?php @EVAL($_REQUEST['\xe9']);",
        php + "$x = 'as'.'sert'; $x($_POST['p']);",
        php + "`$cmd`; echo `{$_GET['c']}`;",
        # tokens looked for by a shared head: runs of its narrow classes, a long assignment
        php + "$a" + " " * 140 + "=" + "\t" * 140 + "$_GET['c'];\neval($a);",
        php + "$cmd = '" + "x" * 100 + "' . $_POST['c'];\nsystem($cmd);",
        php + "$f = $_GET['f'];" * 400 + "curl_init('file://' . $f); imap_open($f, '', '');",
    ]
    for text in cases:
        _assert_same(Path("<crafted>"), text.encode("latin-1"), tokens=True)


def test_overlapping_candidates_give_finditer_starts() -> None:
    hset = parse_heuristics(
        'language = "php"\n[[token]]\nid = "call"\nkind = "sink"\npattern = \'\\w+\\(\'\n'
        '[[combo]]\nid = "C"\ndescription = "d"\nall = ["call"]\nscore = 1\n',
        "t.toml",
    )
    doc = Document(b"foo(bar( x_y(")
    offsets = _token_offsets(hset, doc, index_for(hset))
    assert offsets == {"call": [0, 4, 9]} == _token_offsets(hset, doc, None)


def test_layer_gives_the_same_reasons_with_and_without_the_index() -> None:
    sets = load_heuristics(collect().heuristic_files)
    fast, slow = HeuristicLayer(sets), HeuristicLayer(sets, use_index=False)
    for path in sorted((SAMPLES / "php").rglob("*.php"))[:40]:
        data = path.read_bytes()
        ctx = context_for(str(path.relative_to(SAMPLES)), len(data))
        doc = Document(data)
        assert fast(doc, ctx, lambda d, c: None) == slow(doc, ctx, lambda d, c: None)  # type: ignore[arg-type,return-value]


def test_a_language_is_compiled_when_first_met(tmp_path: Path) -> None:
    """``from_files`` reads every file's TOML at once (a broken file is named then) but compiles
    and indexes a language's heuristics only when a file of that language is first evaluated; the
    reasons are those of the layer built whole."""
    files = collect().heuristic_files
    lazy, whole = HeuristicLayer.from_files(files), HeuristicLayer(load_heuristics(files))
    assert lazy._by_language == {}
    php = sorted((SAMPLES / "php").rglob("*.php"))[:10]
    for path in php:
        data = path.read_bytes()
        ctx = context_for(str(path.relative_to(SAMPLES)), len(data))
        doc = Document(data)
        assert lazy(doc, ctx, lambda d, c: None) == whole(doc, ctx, lambda d, c: None)  # type: ignore[arg-type,return-value]
    assert set(lazy._by_language) == {"php", "any"}
    lazy.warm(Language.JSP)
    assert set(lazy._by_language) == {"php", "any", "jsp"}
    (tmp_path / "bad.toml").write_text('language = "php"\n[[token]\n')
    with pytest.raises(RuleError, match=r"bad\.toml"):
        HeuristicLayer.from_files([*files, str(tmp_path / "bad.toml")])
    (tmp_path / "bad.toml").write_text('language = "cobol"\n')
    with pytest.raises(RuleError, match=r"bad\.toml: unknown language 'cobol'"):
        HeuristicLayer.from_files([str(tmp_path / "bad.toml")])


def test_parsed_files_are_memoised_by_their_contents(tmp_path: Path) -> None:
    """With a cache directory, a heuristic file's TOML is parsed once and then read from a JSON
    memo named after its contents: an edited file is parsed again, a broken one is named every
    time, a damaged memo is ignored."""
    cache, rules = tmp_path / "cache", tmp_path / "rules.toml"
    files = [*collect().heuristic_files, str(rules)]
    rules.write_text(
        'language = "php"\n[[token]]\nid = "T-1"\nkind = "sink"\npattern = "\\\\bfoo\\\\s*\\\\("\n'
    )
    first = HeuristicLayer.from_files(files, cache_dir=cache)
    memos = sorted(cache.glob("heuristics-*.json"))
    assert len(memos) == len(files)
    again = HeuristicLayer.from_files(files, cache_dir=cache)
    assert again._pending == first._pending
    assert sorted(cache.glob("heuristics-*.json")) == memos
    rules.write_text(rules.read_text().replace("T-1", "T-2"))
    edited = HeuristicLayer.from_files(files, cache_dir=cache)
    assert edited._pending["php"][-1][0]["token"][0]["id"] == "T-2"  # type: ignore[index]
    for memo in cache.glob("heuristics-*.json"):
        memo.write_text('{"format": "webhunt-heuristics-doc/1", "sha256": "0", "doc": {}}')
    assert HeuristicLayer.from_files(files, cache_dir=cache)._pending == edited._pending
    rules.write_text('language = "php"\n[[token]\n')
    for _ in range(2):
        with pytest.raises(RuleError, match=r"rules\.toml"):
            HeuristicLayer.from_files(files, cache_dir=cache)


_SCRIPT_SUFFIXES = {".php", ".inc", ".phtml", ".jsp", ".jspx", ".asp", ".aspx", ".cfm", ".pl", ".cgi"}


def _spread(files: list[Path], count: int) -> list[Path]:
    return files[:: max(1, len(files) // count)][:count]


def _corpus_sample() -> list[Path]:
    """Mostly scripts (what the heuristics are for), some other files, spread over the apps."""
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.stat().st_size < 2_000_000)
    scripts = [p for p in files if p.suffix.lower() in _SCRIPT_SUFFIXES]
    others = [p for p in files if p.suffix.lower() not in _SCRIPT_SUFFIXES]
    return _spread(scripts, CORPUS_FILES * 3 // 4) + _spread(others, CORPUS_FILES // 4)


@pytest.mark.corpus
@pytest.mark.slow
def test_index_changes_no_result_on_the_corpus() -> None:
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"benign corpus missing at {CORPUS}: scripts/fetch-corpus must run first")
        pytest.skip(f"benign corpus missing at {CORPUS} (run scripts/fetch-corpus)")
    sample = _corpus_sample()
    assert len(sample) >= CORPUS_FILES // 2
    for path in sample:
        _assert_same(path, path.read_bytes(), tokens=False)
