from __future__ import annotations

import re
from pathlib import Path

import pytest

from webhunt.cli import main


def test_quarantine_and_restore_by_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    www = tmp_path / "www"
    (www / "uploads").mkdir(parents=True)
    shell = www / "uploads" / "s.php"
    shell.write_text("<?php @eval($_POST['x']);")
    qdir = tmp_path / "q"
    assert main(["quarantine", str(shell), "--root", str(www), "--dir", str(qdir), "--note", "case 1"]) == 0
    out = capsys.readouterr().out
    qid = re.search(r"as (\S+) in", out)
    assert qid and not shell.exists()
    assert main(["quarantine", "--list", "--dir", str(qdir)]) == 0
    assert qid.group(1) in capsys.readouterr().out
    assert main(["restore", qid.group(1), "--dir", str(qdir)]) == 0
    assert shell.read_text() == "<?php @eval($_POST['x']);"


def test_refusals_are_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.php"
    f.write_text("x")
    assert main(["quarantine", str(f), "--dir", str(tmp_path / "q")]) == 2
    assert "--root is required" in capsys.readouterr().err
    assert main(["quarantine", str(f), "--root", str(tmp_path / "www"), "--dir", str(tmp_path / "q")]) == 2
    assert "not inside a configured web root" in capsys.readouterr().err
    assert main(["restore", "../../etc", "--dir", str(tmp_path / "q")]) == 2
    assert "not a quarantine id" in capsys.readouterr().err
    assert f.exists()
