"""Rule collection: bundled files are compiled as one set; a broken one is named by file and line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from webhunt import rules
from webhunt.errors import RuleError


def test_a_broken_bundled_rule_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sigs = tmp_path / "signatures"
    shutil.copytree(rules.signatures_dir(), sigs)
    broken = sigs / "yara" / "zz_broken.yar"
    broken.write_text('rule Broken {\n  strings:\n    $a = "x"\n  condition:\n    $nope\n}\n')
    monkeypatch.setattr(rules, "signatures_dir", lambda: sigs)
    sources = rules.collect()
    assert str(broken) in sources.yara_files.values()
    with pytest.raises(RuleError) as err:
        rules.compiled_rules(sources, None)
    assert "zz_broken.yar(6)" in str(err.value) and "$nope" in str(err.value)


def test_bundled_rules_compile_and_are_cached(tmp_path: Path) -> None:
    sources = rules.collect()
    assert not sources.problems
    rules.compiled_rules(sources, tmp_path)
    assert (tmp_path / f"rules-{sources.version}.yarc").is_file()
    assert rules.compiled_rules(sources, tmp_path) is not None  # loaded from the cache


def test_the_ruleset_version_follows_the_detection_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verdicts and compiled rules are kept per ruleset version: a checkout whose detection code
    changed under the same version number gets a new one, so nothing the old code judged is reused."""
    code = tmp_path / "detect"
    (code / "semantic").mkdir(parents=True)
    (code / "engine.py").write_text("THRESHOLD = 50\n")
    (code / "semantic" / "php.py").write_text("SINKS = ()\n")
    first = rules.code_digest(code)
    assert rules.code_digest(code) == first
    (code / "semantic" / "php.py").write_text("SINKS = ('system',)\n")
    assert rules.code_digest(code) != first
    before = rules.collect().version
    monkeypatch.setattr(rules, "detection_code_digest", lambda: b"other code")
    assert rules.collect().version != before


_RULE = re.compile(r"^rule\s+(\w+)[^{]*\{(.*?)^\}", re.MULTILINE | re.DOTALL)


def _shadowed_strings(text: str) -> list[str]:
    """``rule: $name`` for each string a rule's condition names on its own (``$x``, ``#x``, ``@x``,
    ``!x``) that a wildcard set of the same condition (``any of ($x*)``) also takes in: the set
    then counts, alone, a helper string meant only to be read beside others."""
    found = []
    for rule in _RULE.finditer(text):
        strings, _, condition = rule.group(2).partition("condition:")
        condition = re.sub(r"//[^\n]*", "", condition)
        defined = re.findall(r"^\s*\$(\w+)\s*=", strings, re.MULTILINE)
        wildcards = re.findall(r"\$(\w*)\*", condition)
        named = set(re.findall(r"[$#@!](\w+)\b(?!\*)", condition))
        found += [
            f"{rule.group(1)}: ${d}"
            for d in defined
            if d in named and any(d.startswith(w) for w in wildcards)
        ]
    return found


def test_no_bundled_rule_counts_a_named_helper_string_in_a_wildcard_set() -> None:
    """A string named on its own in a condition is a helper (``$lang and $ev and $req``); when a
    wildcard set of the same condition also covers it (``any of ($e*)``), any file holding that
    helper alone matches the rule (a template engine's ``eval(code, env)`` read as a JScript shell)."""
    caught = _shadowed_strings(
        "rule Slip\n{\n    strings:\n        $e1 = /eval\\(Request\\[/\n        $ev = /eval\\(\\w+,/\n"
        "        $req = /Request\\[/\n    condition:\n        any of ($e*) or ($ev and $req)\n}\n"
    )
    assert caught == ["Slip: $ev"]
    files = sorted((rules.signatures_dir() / "yara").glob("*.yar"))
    assert sum(len(_RULE.findall(f.read_text())) for f in files) > 100
    assert [f"{f.name}: {s}" for f in files for s in _shadowed_strings(f.read_text())] == []
