"""PHP files over the semantic layer's 64 KiB: split flows found on an excerpt (``php_excerpt``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from webhunt.detect.document import Document
from webhunt.detect.semantic import SemanticLayer
from webhunt.detect.semantic.parsers import Grammar, Parsers
from webhunt.detect.semantic.php_excerpt import LIMIT, excerpt, sink_offsets
from webhunt.model import FileContext, Language, Reason, Verdict

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CODE, CMD = "WH-S-PHP-001", "WH-S-PHP-002"


def _no_rescan(data: bytes, ctx: FileContext) -> Verdict:
    raise AssertionError("the semantic layer never re-scans")


def analyse(data: bytes) -> list[Reason]:
    ctx = FileContext(relpath="x.php", language=Language.PHP, size=len(data))
    return SemanticLayer()(Document(data), ctx, _no_rescan)


def padding(kb: int) -> bytes:
    """``kb`` KiB of harmless functions and comments, one line each."""
    lines = []
    i = 0
    while sum(len(x) for x in lines) < kb * 1024:
        lines.append(
            b"function pad_%d($a) { return str_pad((string) $a, %d); } // filler text\n" % (i, i % 50)
        )
        i += 1
    return b"".join(lines)


def test_request_input_read_far_above_the_eval_is_followed() -> None:
    data = b"<?php\n$f = $_POST['x'];\n" + padding(70) + b"eval($f);\n"
    assert len(data) > 64 * 1024
    reasons = analyse(data)
    code = [r for r in reasons if r.id == CODE]
    assert code and code[0].line == data.count(b"\n")  # the last line: lines are the file's own


def test_a_helper_defined_at_the_top_and_called_far_below() -> None:
    data = b"<?php\nfunction run($c)\n{\n    return eval($c);\n}\n" + padding(80) + b"run($_REQUEST['c']);\n"
    reasons = analyse(data)
    assert [r.line for r in reasons if r.id == CODE] == [4]


def test_a_helper_reached_through_another_helper() -> None:
    data = (
        b"<?php\nfunction low($c) { return shell_exec($c); }\n"
        + padding(40)
        + b"function mid($c) { return low(trim($c)); }\n"
        + padding(40)
        + b"echo mid($_GET['q']);\n"
    )
    assert CMD in {r.id for r in analyse(data)}


def test_a_plain_statement_between_source_and_sink_is_kept() -> None:
    data = (
        b"<?php\n$a = $_COOKIE['k'];\n" + padding(35) + b"$b = strrev($a);\n" + padding(35) + b"system($b);\n"
    )
    assert CMD in {r.id for r in analyse(data)}


def test_escaped_commands_and_literal_evals_stay_clean() -> None:
    data = (
        b"<?php\n$host = $_GET['host'];\n"
        + padding(70)
        + b"exec('ping -c 1 ' . escapeshellarg($host), $out);\n"
        + b"eval('$t = ' . 'array(1, 2)' . ';');\n"
    )
    assert analyse(data) == []


def test_the_gate() -> None:
    assert sink_offsets(b"<?php eval($x); system($y);") == []  # no request input
    low = b"<?php $a = $_get['a']; $db->exec($a); eval('1;'); curl_exec($h); x_system($a);"
    assert sink_offsets(low) == []
    low = b"<?php $a = $_get['a']; $o = shell_exec($a); echo `$a`;"
    assert sink_offsets(low) == [low.index(b"shell_exec"), low.index(b"`")]


def test_the_excerpt_keeps_offsets_lines_and_only_the_relevant_code() -> None:
    data = (
        b"<?php\nclass Big\n{\n"
        + padding(8).replace(b"function", b"public function")
        + b"    public function go($c) { eval($c); }\n}\n"
        + b"$unused = 1;\n$o = new Big();\n$o->go($_POST['c']);\n"
    )
    root = Parsers().parse(Grammar.PHP, data)
    part = excerpt(data, data.lower(), root, sink_offsets(data.lower()))
    assert part is not None and len(part) == len(data) and part.count(b"\n") == data.count(b"\n")
    assert b"eval($c)" in part and b"$o->go($_POST['c']);" in part
    assert b"pad_1(" not in part and b"$unused" not in part
    assert part.startswith(b"<?php")


def test_relevant_code_over_the_limit_is_not_analysed() -> None:
    big = b"".join(b"eval($_GET['x%d']);\n" % i for i in range(LIMIT // 16))
    data = b"<?php\n" + big
    root = Parsers().parse(Grammar.PHP, data)
    assert excerpt(data, data.lower(), root, sink_offsets(data.lower())) is None


LARGE_MALICIOUS = sorted((SAMPLES / "php" / "generic").glob("large_*.php"))
LARGE_BENIGN = sorted((SAMPLES / "benign" / "php").glob("large_*.php"))


@pytest.mark.parametrize("path", LARGE_MALICIOUS, ids=[p.name for p in LARGE_MALICIOUS])
def test_large_samples_are_found_by_the_semantic_layer_alone(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) > 64 * 1024
    assert {r.id for r in analyse(data)} & {CODE, CMD}


@pytest.mark.parametrize("path", LARGE_BENIGN, ids=[p.name for p in LARGE_BENIGN])
def test_large_benign_look_alikes_give_the_semantic_layer_nothing(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) > 64 * 1024
    assert analyse(data) == []


def test_enough_large_samples() -> None:
    assert len(LARGE_MALICIOUS) >= 6 and len(LARGE_BENIGN) >= 3
    assert sum(
        1 for p in LARGE_MALICIOUS if any(w in p.name for w in ("obf", "packed", "nested"))
    ) * 3 >= len(LARGE_MALICIOUS)


def test_a_large_switch_keeps_its_case_labels() -> None:
    cases = b"".join(
        b"    case 'c%d':\n        echo str_repeat('-', %d) . 'filler text for the case';\n        break;\n"
        % (i, i)
        for i in range(200)
    )
    data = (
        b"<?php\n$a = $_GET['a'];\n$q = $_POST['q'];\n"
        + padding(40)
        + b"switch ($a) {\n"
        + cases
        + b"    case 'run':\n        eval($q);\n        break;\n}\n"
    )
    root = Parsers().parse(Grammar.PHP, data)
    part = excerpt(data, data.lower(), root, sink_offsets(data.lower()))
    assert part is not None and b"case 'run':\n        eval($q);" in part and b"case 'c5':" in part
    assert not Parsers().parse(Grammar.PHP, part).has_error
    assert CODE in {r.id for r in analyse(data)}


def test_the_parse_of_a_large_file_is_time_bounded() -> None:
    parsers = Parsers()
    hostile = b"<?php $a = $_GET['x']; eval($a); " + b"`$" * 100_000
    assert parsers.parse_within(Grammar.PHP, hostile, 0.05) is None
    ordinary = b"<?php $a = $_GET['x'];\n" + padding(70) + b"eval($a);\n"
    root = parsers.parse_within(Grammar.PHP, ordinary, 5.0)
    assert root is not None and not root.has_error
    assert parsers.parse(Grammar.PHP, b"<?php echo 1;").child_count  # the parser is usable again
