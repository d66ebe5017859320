from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from webhunt.cli import main

RULE = """
rule T_Eval_Post {
  meta: description = "eval of POST" score = 85 language = "php"
  strings: $a = /eval\\s*\\(\\s*\\$_POST/
  condition: $a
}
"""


@pytest.fixture
def www(tmp_path: Path) -> Path:
    root = tmp_path / "www"
    (root / "uploads").mkdir(parents=True)
    (root / "index.php").write_text("<?php echo 'home';\n")
    (root / "uploads" / "s.php").write_text("<?php @eval($_POST['x']);\n")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.yar").write_text(RULE)
    return root


def test_jsonl_has_the_documented_fields_and_exit_1(www: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["scan", str(www), "--rules", str(www.parent / "rules"), "--format", "jsonl"])
    assert code == 1
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    (item,) = [x for x in lines if x["relpath"] == "uploads/s.php"]
    for key in (
        "path",
        "relpath",
        "sha256",
        "size",
        "mtime",
        "ctime",
        "language",
        "severity",
        "score",
        "reasons",
    ):
        assert key in item
    assert item["path"] == str(www / "uploads" / "s.php")
    assert item["language"] == "php"
    assert {"id", "line", "snippet", "description"} <= set(item["reasons"][0])


def test_exit_0_when_nothing_reaches_the_threshold(www: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (www / "uploads" / "s.php").unlink()
    assert main(["scan", str(www), "--rules", str(www.parent / "rules"), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["findings"] == [] and doc["files_scanned"] + doc["files_cached"] == 1


def test_sarif_and_table(www: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(www), "--rules", str(www.parent / "rules"), "--format", "sarif"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    assert sarif["version"] == "2.1.0"
    assert any(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "uploads/s.php"
        for r in sarif["runs"][0]["results"]
    )
    assert main(["scan", str(www), "--rules", str(www.parent / "rules")]) == 1
    assert "uploads/s.php" in capsys.readouterr().out


def test_bad_input_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "bad.yar").write_text("rule X { condition: $nope }\n")
    (broken / "good.yar").write_text(RULE)
    (tmp_path / "s.php").write_text("<?php @eval($_POST['x']);\n")
    proc = subprocess.run(
        [sys.executable, "-m", "webhunt", "scan", str(tmp_path), "--rules", str(tmp_path / "nodir")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "--rules" in proc.stderr and "not a directory" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "webhunt", "scan", str(tmp_path), "--max-size", "lots"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and "--max-size" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "webhunt", "scan", str(tmp_path), "--rules", str(broken), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in proc.stderr
    doc = json.loads(proc.stdout)
    assert any("bad.yar(1)" in p for p in doc["rule_problems"])
    # the broken file does not hide the good one next to it
    assert any(r["id"] == "T_Eval_Post" for f in doc["findings"] for r in f["reasons"])
    # machine formats keep stdout for records: the skipped rule file is named on stderr
    proc = subprocess.run(
        [sys.executable, "-m", "webhunt", "scan", str(tmp_path), "--rules", str(broken), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (
        "rule file skipped" in proc.stderr and "bad.yar(1)" in proc.stderr and "Traceback" not in proc.stderr
    )
    assert any(json.loads(line)["reasons"] for line in proc.stdout.splitlines())
