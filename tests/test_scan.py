from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from webhunt.detect.engine import Engine
from webhunt.model import ScanProblem, Severity
from webhunt.scan import read_capped, scan_one, scan_paths
from webhunt.settings import Settings
from webhunt.walk import walk

RULE = """
rule T_Eval_Post {
  meta: description = "eval of POST" score = 85 family = "china_chopper" language = "php"
  strings: $a = /eval\\s*\\(\\s*\\$_POST/
  condition: $a
}
rule T_Tail_Marker {
  meta: description = "marker at the end of a big file" score = 50 language = "any"
  strings: $a = "TAILMARKER-7731"
  condition: $a
}
"""


@pytest.fixture
def rules(tmp_path: Path) -> str:
    d = tmp_path / "rules"
    d.mkdir()
    (d / "t.yar").write_text(RULE)
    return str(d)


def site(root: Path, n_clean: int = 150) -> None:
    (root / "uploads").mkdir(parents=True)
    for i in range(n_clean):
        (root / f"page{i}.php").write_text(f"<?php echo 'page {i}';\n")
    (root / "uploads" / "a.php").write_text("<?php\n\n@eval($_POST['z']);\n")
    (root / "uploads" / "x.gif").write_bytes(b"GIF89a\x01\x00\x01\x00<?php eval($_POST[1]); ?>")
    (root / "uploads" / "clean.gif").write_bytes(b"GIF89a\x01\x00\x01\x00" + bytes(range(256)))


def settings(tmp_path: Path, rules: str, **kw: object) -> Settings:
    return Settings(rules_dirs=(rules,), cache_dir=tmp_path / "cache", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 2])
def test_scan_finds_shells_with_reasons(tmp_path: Path, rules: str, workers: int) -> None:
    root = tmp_path / "www"
    site(root)
    summary = scan_paths([str(root)], settings(tmp_path, rules, workers=workers))
    flagged = {r.meta.relpath: r for r in summary.results if r.verdict.severity}
    assert {"uploads/a.php", "uploads/x.gif"} <= set(flagged)
    assert not any(p.startswith("page") for p in flagged)
    shell = flagged["uploads/a.php"]
    reason = next(r for r in shell.verdict.reasons if r.id == "T_Eval_Post")
    assert reason.line == 3 and "eval($_POST" in reason.snippet
    assert shell.verdict.severity is not None and shell.verdict.severity >= Severity.HIGH
    assert shell.meta.sha256 == hashlib.sha256((root / "uploads/a.php").read_bytes()).hexdigest()
    assert summary.files_scanned == 153 and summary.files_cached == 0


def test_rescan_uses_the_cache_and_notices_changes(tmp_path: Path, rules: str) -> None:
    root = tmp_path / "www"
    site(root)
    s = settings(tmp_path, rules, workers=1)
    first = scan_paths([str(root)], s)
    again = scan_paths([str(root)], s)
    assert again.files_cached == 153 and again.files_scanned == 0
    assert [r.meta.relpath for r in again.results] == [r.meta.relpath for r in first.results]
    assert [r.verdict for r in again.results] == [r.verdict for r in first.results]
    # a timestomped change: content changes, mtime restored -> ctime differs, file rescanned
    target = root / "page7.php"
    st = target.stat()
    target.write_text("<?php @eval($_POST['q']);\n")
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    third = scan_paths([str(root)], s)
    assert third.files_scanned == 1
    assert "page7.php" in {r.meta.relpath for r in third.results if r.verdict.severity}


def test_a_rescan_answered_from_the_cache_builds_no_engine(
    tmp_path: Path, rules: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "www"
    site(root)
    s = settings(tmp_path, rules, workers=1)
    first = scan_paths([str(root)], s)
    built: list[object] = []
    real = Engine.from_sources

    def counting(*args: object, **kwargs: object) -> Engine:
        built.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Engine, "from_sources", counting)
    again = scan_paths([str(root)], s)
    assert built == [] and again.files_cached == 153
    assert again.ruleset_version == first.ruleset_version
    (root / "new.php").write_text("<?php system($_GET['c']);\n")
    third = scan_paths([str(root)], s)
    assert len(built) == 1 and third.files_scanned == 1


def test_large_files_scan_head_and_tail(tmp_path: Path, rules: str) -> None:
    big = tmp_path / "www" / "big.php"
    big.parent.mkdir()
    big.write_bytes(b"<?php\n" + b"// filler\n" * 300_000 + b"TAILMARKER-7731\n")
    data, truncated = read_capped(str(big), big.stat().st_size, 64 * 1024)
    assert truncated and len(data) <= 64 * 1024 + 1
    summary = scan_paths([str(big.parent)], settings(tmp_path, rules, workers=1, max_file_size=64 * 1024))
    (result,) = summary.results
    assert [r.id for r in result.verdict.reasons] == ["T_Tail_Marker"]
    assert result.meta.sha256 == hashlib.sha256(big.read_bytes()).hexdigest()


def test_vanished_file_is_a_problem_not_a_crash(tmp_path: Path, rules: str) -> None:
    root = tmp_path / "www"
    site(root, n_clean=1)
    s = settings(tmp_path, rules, workers=1)
    engine = Engine.load(s)
    (cand,) = [c for c in walk(str(root)) if c.ctx.relpath == "page0.php"]
    os.unlink(cand.path)
    outcome = scan_one(engine, cand, s.max_file_size)
    assert isinstance(outcome, ScanProblem)
    assert outcome.path == cand.path and "cannot read" in outcome.message


def test_binary_and_broken_encodings_do_not_crash(tmp_path: Path, rules: str) -> None:
    root = tmp_path / "www"
    root.mkdir()
    (root / "bin.php").write_bytes(bytes(range(256)) * 50 + b"<?php eval($_POST[1]);\xff\xfe")
    (root / "utf16.php").write_bytes("<?php echo 'é';".encode("utf-16"))
    summary = scan_paths([str(root)], settings(tmp_path, rules, workers=1))
    assert summary.problems == []
    assert "bin.php" in {r.meta.relpath for r in summary.results if r.verdict.severity}
