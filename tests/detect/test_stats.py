"""Obfuscation statistics: measured per language, weak on their own, never medium alone."""

from __future__ import annotations

import base64
import random
import zlib
from pathlib import Path

import pytest

from webhunt.detect.document import Document
from webhunt.detect.stats import MAX_STATS_SCORE, StatsLayer, load_rules, measure, parse_rules
from webhunt.errors import RuleError
from webhunt.model import FileContext, Language, Layer, Reason, Verdict

ORDINARY = (
    b"""<?php
/**
 * Render the list of recent posts.
 */
function render_recent_posts(array $posts, int $limit = 5): string
{
    $html = '<ul class="recent">';
    foreach (array_slice($posts, 0, $limit) as $post) {
        $title = htmlspecialchars($post['title'], ENT_QUOTES, 'UTF-8');
        $html .= sprintf('<li><a href="%s">%s</a></li>', $post['url'], $title);
    }
    return $html . '</ul>';
}
"""
    * 3
)


def run(data: bytes, language: Language = Language.PHP, relpath: str = "x.php") -> list[Reason]:
    ctx = FileContext(relpath=relpath, language=language, size=len(data))
    return StatsLayer()(Document(data), ctx, _no_rescan)


def _no_rescan(data: bytes, ctx: FileContext) -> Verdict:
    raise AssertionError("statistics never re-scan")


def packed(size: int, seed: int = 1) -> bytes:
    rnd = random.Random(seed)
    blob = base64.b64encode(zlib.compress(bytes(rnd.randrange(256) for _ in range(size))))
    return b"<?php eval(gzinflate(base64_decode('" + blob + b"')));"


def test_measure_basic_features() -> None:
    f = measure(ORDINARY, Language.PHP)
    assert 4.0 < f.entropy < 5.6
    assert f.longest_run < 100 and f.longest_encoded == 0
    assert f.nonprintable == 0 and f.random_names == 0
    g = measure(packed(20000), Language.PHP)
    assert g.longest_encoded > 20000 and g.longest_run > 20000 and g.entropy > 5.9
    assert g.coincidence < f.coincidence


def test_utf8_text_is_printable_but_control_bytes_are_not() -> None:
    assert measure("<?php echo '日本語のテキスト';".encode() * 40, Language.PHP).nonprintable == 0
    assert measure(b"<?php //" + bytes(range(1, 9)) * 100, Language.PHP).nonprintable > 0.5


def test_machine_generated_names() -> None:
    names = [f"$O{'0O'[i % 2]}{i:b}".replace("1", "O") + "0" * 4 for i in range(20)]
    code = ("<?php " + " ".join(f"{n} = {i};" for i, n in enumerate(names)) * 10).encode()
    assert measure(code, Language.PHP).random_names > 0.5


def test_ordinary_code_has_no_reason() -> None:
    assert run(ORDINARY) == []


def test_packed_payload_is_reported_below_medium() -> None:
    (reason,) = run(packed(20000))
    assert reason.layer is Layer.STATS
    assert 15 <= reason.score <= MAX_STATS_SCORE < 40
    assert "Base64" in reason.description


@pytest.mark.parametrize("seed", range(5))
def test_everything_at_once_stays_below_medium(seed: int) -> None:
    rnd = random.Random(seed)
    junk = bytes(rnd.randrange(256) for _ in range(20000))
    names = " ".join(f"$O0O0{i:02d}O0=1;" for i in range(40)).encode()
    data = packed(30000, seed) + b"\\x41" * 3000 + junk + names
    reasons = run(data)
    assert reasons and all(r.score <= MAX_STATS_SCORE for r in reasons)
    assert len(reasons) == 1


def test_small_and_non_script_files_are_skipped() -> None:
    assert run(packed(50)[:400]) == []
    assert run(packed(20000), Language.OTHER, "a.png") == []


def test_jsp_uses_the_default_table() -> None:
    page = b'<% String s = "' + base64.b64encode(bytes(range(256)) * 40) + b'"; %>'
    (reason,) = run(page, Language.JSP, "a.jsp")
    assert reason.score < 40


def test_bundled_thresholds_load() -> None:
    rules = load_rules()
    assert rules.strong <= MAX_STATS_SCORE and rules.weak < rules.strong
    assert "longest_encoded" in rules.for_language(Language.PHP)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("language = 'any'", r"missing \[stats\]"),
        ("[stats]\n[stats.klingon.entropy]\nhigh = 1\nextreme = 2", "not a language"),
        ("[stats]\n[stats.php.wobble]\nhigh = 1\nextreme = 2", "unknown feature"),
        ("[stats]\n[stats.php.entropy]\nhigh = 'x'\nextreme = 2", "numeric"),
        ("[stats", "stats.toml"),
    ],
)
def test_bad_threshold_files_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rules(text, "stats.toml")


def test_missing_file_is_a_rule_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot read"):
        load_rules(tmp_path / "nope.toml")


def _random_words(count: int, seed: int = 7) -> bytes:
    """Printable noise in short words: high entropy, but no long run, encoded run or escape."""
    rnd = random.Random(seed)
    alphabet = bytes(b for b in range(33, 127) if b not in b"'\"\\$")
    words = (bytes(rnd.choice(alphabet) for _ in range(40)) for _ in range(count))
    return b"<?php /* " + b" ".join(words) + b" */"


def test_cheap_measure_leaves_costly_features_neutral() -> None:
    noise = _random_words(100)
    full, cheap = measure(noise, Language.PHP), measure(noise, Language.PHP, full=False)
    assert full.entropy > 6.25 and cheap.entropy == 0.0 and cheap.coincidence == 1.0
    assert cheap.longest_run == full.longest_run and cheap.nonprintable == full.nonprintable


def test_costly_features_count_only_with_another_signal() -> None:
    layer = StatsLayer()
    noise = _random_words(100)
    doc, ctx = Document(noise), FileContext(relpath="x.php", language=Language.PHP, size=len(noise))
    assert layer(doc, ctx, _no_rescan, signal=False) == []
    reasons = layer(doc, ctx, _no_rescan, signal=True)
    assert reasons and "entropy" in reasons[0].description
    # a cheap feature out of range is enough on its own: the full measurement then runs
    blob = packed(4000)
    packed_ctx = FileContext(relpath="p.php", language=Language.PHP, size=len(blob))
    assert layer(Document(blob), packed_ctx, _no_rescan, signal=False)


def test_class_runs_found_in_c_are_the_regex_runs() -> None:
    """``_longest_class_run`` (translate + split) gives what ``_LONG_RUN`` and ``_B64_RUN`` give."""
    from webhunt.detect import stats

    rng = random.Random(5)
    alphabet = b"ab+/=\\x \t\n\r\x0b\x0c\x00\xff$();'\"9Z"
    samples = Path(__file__).resolve().parents[1] / "samples"
    inputs = [p.read_bytes() for p in sorted(samples.rglob("*.php"))[:200]]
    inputs += [bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 3000))) for _ in range(200)]
    inputs += [b"x" * 63, b"x" * 64, b" " + b"A" * 200 + b"=" * 5 + b"\n", b"\t" * 100, b""]
    for data in inputs:
        for table, regex in ((stats._NONSPACE_TABLE, stats._LONG_RUN), (stats._B64_TABLE, stats._B64_RUN)):
            expected = max((m.end() - m.start() for m in regex.finditer(data)), default=0)
            assert stats._longest_class_run(data, table) == expected


def test_base64_cut_into_appended_pieces_counts_as_one_encoded_run() -> None:
    blob = base64.b64encode(bytes(range(256)) * 6).decode()
    pieces = "".join(f'$z .= "{blob[i : i + 8]}";\n' for i in range(0, len(blob), 8))
    assert (
        measure(f"<?php\n$z = '';\n{pieces}eval($z);\n".encode(), Language.PHP).longest_encoded
        >= len(blob) - 8
    )
    glued = " . ".join(f"'{blob[i : i + 8]}'" for i in range(0, 800, 8))
    assert measure(f"<?php\n$z = {glued};\n".encode(), Language.PHP).longest_encoded >= 700


def test_ordinary_appends_are_not_an_encoded_run() -> None:
    lines = "".join(
        f"$html .= '<li>{i}</li>';\n$sql .= ' AND id = ' . $id{i};\n$n .= 'x{i}';\n" for i in range(50)
    )
    assert measure(f"<?php\n{lines}".encode(), Language.PHP).longest_encoded < 200
