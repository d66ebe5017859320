"""The pattern facts memo: a new process reads what the heuristic tokens' patterns imply (literals,
width, YARA translation, YARA's verdict) from the cache directory instead of re-parsing them, and
gets exactly what computing them gives; a damaged, foreign or edited memo file changes nothing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import webhunt
from webhunt.detect.document import Document
from webhunt.detect.heuristics import HeuristicLayer, HeuristicSet, index_for, load_heuristics
from webhunt.detect.token_index import NotTranslatable, PatternFacts, TokenIndex, yara_verdict
from webhunt.model import Language
from webhunt.rules import collect

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _files() -> tuple[str, ...]:
    return collect().heuristic_files


def _tokens(sets: Sequence[HeuristicSet]) -> list[tuple[Any, ...]]:
    return [
        (s.language, t.id, t.kind, t.regex.pattern, t.regex.flags, t.anchors, t.reach, t.gates)
        for s in sets
        for t in s.tokens
    ]


def _report(index: TokenIndex) -> tuple[Any, ...]:
    r = index.report
    return (r.exact, r.inexact, list(r.not_indexed.items()), sorted(index.indexed))


def _sample_data() -> list[bytes]:
    paths = sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.suffix in {".php", ".jsp", ".aspx"})
    return [p.read_bytes() for p in paths[:: max(1, len(paths) // 25)]]


def _indexes(sets: Sequence[HeuristicSet], facts: PatternFacts | None) -> list[TokenIndex]:
    indexes = [index_for(s, facts) for s in sets]
    if facts is not None:
        facts.save()
    return indexes


def _assert_same_as_computed(cache_dir: Path | None) -> None:
    """Tokens, index reports and candidates with the memo in ``cache_dir`` are those computed
    without any memo."""
    plain_sets = load_heuristics(_files())
    memo_sets = load_heuristics(_files(), cache_dir=cache_dir)
    assert _tokens(memo_sets) == _tokens(plain_sets)
    plain = _indexes(plain_sets, None)
    memo = _indexes(memo_sets, PatternFacts.in_dir(cache_dir))
    assert [_report(i) for i in memo] == [_report(i) for i in plain]
    for data in _sample_data():
        assert [i.candidates(data) for i in memo] == [i.candidates(data) for i in plain]


def _memo_file(cache_dir: Path) -> Path:
    path = PatternFacts.in_dir(cache_dir).path
    assert path is not None
    return path


def _warm(cache_dir: Path) -> Path:
    layer = HeuristicLayer(load_heuristics(_files(), cache_dir=cache_dir), cache_dir=cache_dir)
    for language in Language:  # each language's index is built when first needed
        layer.warm(language)
    path = _memo_file(cache_dir)
    assert path.is_file()
    return path


def _envelope(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    envelope = json.loads(path.read_text(encoding="utf-8"))
    return envelope, json.loads(envelope["facts"])


def _refuse_computing(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on computing any pattern fact fails: only the memo can answer."""
    from webhunt.detect import prefilter, token_index

    def refuse(*_args: object, **_kwargs: object) -> Any:
        raise AssertionError("computed a pattern fact the memo should hold")

    for name in ("required_literals", "match_width", "required_factors"):
        monkeypatch.setattr(prefilter, name, refuse)
    for name in ("translate", "_has_literal_prefix", "yara_verdict"):
        monkeypatch.setattr(token_index, name, refuse)


# ------------------------------------------------------------------ round trip


def test_a_memo_round_trip_gives_the_tokens_and_index_computing_gives(tmp_path: Path) -> None:
    _assert_same_as_computed(tmp_path)  # cold: computes and writes the memo
    path = _memo_file(tmp_path)
    assert path.is_file()
    written = path.read_bytes()
    _assert_same_as_computed(tmp_path)  # warm: reads it
    assert path.read_bytes() == written  # nothing new to write


def test_a_warm_memo_answers_without_computing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _warm(tmp_path)
    plain_sets = load_heuristics(_files())
    expected = [_report(i) for i in _indexes(plain_sets, None)]
    _refuse_computing(monkeypatch)
    sets = load_heuristics(_files(), cache_dir=tmp_path)
    assert _tokens(sets) == _tokens(plain_sets)
    assert [_report(i) for i in _indexes(sets, PatternFacts.in_dir(tmp_path))] == expected


def test_facts_are_those_the_analyses_give(tmp_path: Path) -> None:
    from webhunt.detect import prefilter
    from webhunt.detect.token_index import _has_literal_prefix, translate

    patterns = [
        re.compile(r"\beval\s*\("),
        re.compile(r"(?i)base64_decode\s*\(\s*\$_(?:GET|POST)"),
        re.compile(r"x*"),  # not translatable, no literals
        re.compile(r"(?:ab|cd)[^;]{0,9}(?:efgh|ijkl)", re.S),
    ]
    memo = PatternFacts.in_dir(tmp_path)
    for rx in patterns:
        memo.required_literals(rx.pattern, rx.flags)
        for n in (1, 3, 4):
            memo.required_factors(rx.pattern, rx.flags, n)
        memo.match_width(rx.pattern, rx.flags)
        memo.has_literal_prefix(rx)
    memo.save()
    again = PatternFacts.in_dir(tmp_path)  # a new process reads the file
    for rx in patterns:
        p, f = rx.pattern, rx.flags
        assert again.required_literals(p, f) == prefilter.required_literals(p, f)
        for n in (1, 3, 4):  # the minimum literal length is part of the key
            assert again.required_factors(p, f, n) == prefilter.required_factors(p, f, n)
        assert again.match_width(p, f) == prefilter.match_width(p, f)
        assert again.has_literal_prefix(rx) == _has_literal_prefix(rx)
        try:
            expected: object = translate(rx)
        except NotTranslatable as exc:
            expected = str(exc)
        try:
            got: object = again.translate(rx)
        except NotTranslatable as exc:
            got = str(exc)
        assert got == expected


def test_a_yara_verdict_round_trip_names_the_rejected_and_slow_strings(tmp_path: Path) -> None:
    from webhunt.detect.yara_adapter import RegexString

    strings = [RegexString("abc[0-9]+def"), RegexString("a(b"), RegexString("."), RegexString("xyz", True)]
    direct = yara_verdict(strings)
    assert set(direct.rejected) == {1}
    memo = PatternFacts.in_dir(tmp_path)
    assert memo.yara_verdict(strings) == direct
    memo.save()
    assert PatternFacts.in_dir(tmp_path).yara_verdict(strings) == direct
    # keyed on the exact list: another list is asked of YARA
    assert PatternFacts.in_dir(tmp_path).yara_verdict(strings[:1]) == yara_verdict(strings[:1])


# ------------------------------------------------------------------ damaged, foreign, edited


def _truncated(text: str) -> str:
    return text[: len(text) // 2]


def _flat_old_format(text: str) -> str:
    return json.dumps({"0:eval": {"regex": "eval", "nocase": False, "runs": [], "exact": True}})


@pytest.mark.parametrize(
    "damage",
    [_truncated, lambda _t: "{not json", lambda _t: "[]", lambda _t: "\udcff", _flat_old_format],
    ids=["truncated", "not-json", "not-an-object", "undecodable", "old-format"],
)
def test_a_damaged_memo_file_is_ignored_and_rewritten(tmp_path: Path, damage: Any) -> None:
    path = _warm(tmp_path)
    good = path.read_text(encoding="utf-8")
    path.write_bytes(damage(good).encode("utf-8", "surrogateescape"))
    _assert_same_as_computed(tmp_path)
    _, facts = _envelope(path)  # readable again
    assert facts == json.loads(json.loads(good)["facts"])


def _edit(path: Path, change: Any, *, keep_digest: bool = True) -> None:
    envelope, facts = _envelope(path)
    change(facts, envelope)
    envelope["facts"] = json.dumps(facts, separators=(",", ":"))
    if not keep_digest:
        import hashlib

        envelope["sha256"] = hashlib.sha256(envelope["facts"].encode()).hexdigest()
    path.write_text(json.dumps(envelope), encoding="utf-8")


def _wrong_values(facts: dict[str, Any], _envelope: dict[str, Any]) -> None:
    for entry in facts["patterns"].values():
        if "width" in entry:
            entry["width"] = 1
        if entry.get("literals"):
            entry["literals"] = ["no-such-literal"]
        if "prefix" in entry:
            entry["prefix"] = not entry["prefix"]
    for verdict in facts["verdicts"].values():
        verdict["slow"] = []


def test_a_memo_edited_by_hand_is_detected_and_changes_nothing(tmp_path: Path) -> None:
    path = _warm(tmp_path)
    _edit(path, _wrong_values)  # the digest no longer matches
    memo = PatternFacts.in_dir(tmp_path)
    assert not memo._patterns and not memo._verdicts  # the whole file is ignored
    _assert_same_as_computed(tmp_path)
    _, facts = _envelope(path)  # rewritten from computed facts
    widths = {e["width"] for e in facts["patterns"].values() if "width" in e}
    assert widths and widths != {1}


def test_a_memo_of_other_code_is_ignored(tmp_path: Path) -> None:
    path = _warm(tmp_path)

    def foreign(_facts: dict[str, Any], envelope: dict[str, Any]) -> None:
        envelope["key"] = "0" * 16

    _edit(path, _wrong_values, keep_digest=False)
    _edit(path, foreign, keep_digest=False)  # a consistent file, but written for other code
    assert not PatternFacts.in_dir(tmp_path)._patterns
    _assert_same_as_computed(tmp_path)


def test_foreign_and_malformed_entries_change_nothing(tmp_path: Path) -> None:
    path = _warm(tmp_path)

    def odd(facts: dict[str, Any], _envelope: dict[str, Any]) -> None:
        # entries for patterns no token has, and entries of the wrong shape (digest kept valid)
        facts["patterns"]["0:no token has this pattern"] = {"width": 3, "literals": ["zz"]}
        facts["verdicts"]["0" * 64] = {"rejected": {}, "slow": [0]}
        for entry in facts["patterns"].values():
            if "width" in entry:
                entry["width"] = "wide"
            if "translation" in entry:
                entry["translation"] = {"regex": 1}
            if "literals" in entry:
                entry["literals"] = [1, 2]
        for verdict in facts["verdicts"].values():
            verdict["slow"] = [10**6]  # out of range for the strings it is keyed on

    _edit(path, odd, keep_digest=False)
    _assert_same_as_computed(tmp_path)


def test_an_unwritable_cache_dir_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    _assert_same_as_computed(blocker / "cache")  # mkdir fails: the memo is not kept
    assert not (blocker / "cache").exists()


# ------------------------------------------------------------------ a fresh process


_FRESH = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from webhunt.detect import prefilter, token_index


    class NoParser:
        @staticmethod
        def parse(*args, **kwargs):
            raise AssertionError("the sre parser was called for a pattern fact")


    def refuse(*args, **kwargs):
        raise AssertionError("a pattern fact was computed")


    # every analysis parses through these module globals (re.compile keeps its own parser)
    prefilter.sre = NoParser
    token_index.sre = NoParser
    token_index.yara_verdict = refuse  # the trial compile of a token set's translations
    cache_dir = Path(sys.argv[2])
    if sys.argv[1] == "engine":
        from webhunt.detect.engine import Engine
        from webhunt.settings import Settings

        from webhunt.model import Language

        engine = Engine.load(Settings(cache_dir=cache_dir))
        engine.warm(Language)  # what the first file of each language would build
        print(engine.info.ruleset_version)
    else:
        from webhunt.detect.heuristics import HeuristicLayer, load_heuristics
        from webhunt.rules import collect

        files = collect().heuristic_files
        from webhunt.model import Language

        layer = HeuristicLayer(load_heuristics(files, cache_dir=cache_dir), cache_dir=cache_dir)
        for language in Language:
            layer.warm(language)
        print(sum(len(sets) for sets in layer._by_language.values()))
    """
)


def _fresh(kind: str, cache_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run ``_FRESH`` in a new interpreter that imports the ``webhunt`` this process imported."""
    here = str(Path(webhunt.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        [sys.executable, "-c", _FRESH, kind, str(cache_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cache_dir,
        env=env,
    )


def test_a_fresh_process_with_a_warm_memo_parses_no_pattern_for_its_facts(tmp_path: Path) -> None:
    cold = _fresh("layer", tmp_path)
    assert cold.returncode != 0 and "AssertionError" in cold.stderr  # nothing to read yet
    _warm(tmp_path)
    warm = _fresh("layer", tmp_path)
    assert warm.returncode == 0, warm.stderr
    assert int(warm.stdout) == len(_files())


def test_a_second_engine_load_in_a_fresh_process_parses_no_pattern_for_its_facts(tmp_path: Path) -> None:
    from webhunt.detect.engine import Engine
    from webhunt.settings import Settings

    Engine.load(Settings(cache_dir=tmp_path)).warm(Language)  # fills the memo (and the compiled rules)
    warm = _fresh("engine", tmp_path)
    assert warm.returncode == 0, warm.stderr


def test_the_layer_gives_the_same_reasons_with_a_warm_memo(tmp_path: Path) -> None:
    from webhunt.detect.engine import context_for

    _warm(tmp_path)
    plain = HeuristicLayer(load_heuristics(_files()))
    memo = HeuristicLayer(load_heuristics(_files(), cache_dir=tmp_path), cache_dir=tmp_path)
    for path in sorted((SAMPLES / "php").rglob("*.php"))[:30]:
        data = path.read_bytes()
        ctx = context_for(str(path.relative_to(SAMPLES)), len(data))
        doc = Document(data)
        assert memo(doc, ctx, lambda d, c: None) == plain(doc, ctx, lambda d, c: None)  # type: ignore[arg-type,return-value]
