from __future__ import annotations

import pytest

from webhunt.detect.document import Document
from webhunt.detect.heuristics import HeuristicLayer, evaluate, parse_heuristics
from webhunt.detect.engine import context_for
from webhunt.errors import RuleError

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
