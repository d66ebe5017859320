"""`webhunt diff` and `webhunt baseline save` from the command line: output, exit status, store."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from acme_site import Sites, write_site

from webhunt.cli import main
from webhunt.model import ChangeKind, FindingKind


def test_json_lists_every_change_with_the_documented_fields(
    sites: Sites, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["diff", "--baseline", sites.specs["tar.gz"], str(sites.live), "--format", "json"])
    assert code == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["root"] == str(sites.live)
    assert "acme/ stripped" in doc["baseline"]
    changes = {c["relpath"]: c for c in doc["changes"]}
    assert set(changes) == set(sites.expected)
    for c in changes.values():
        for key in ("change", "relpath", "severity", "score", "reasons", "details"):
            assert key in c
        for r in c["reasons"]:
            assert {"id", "line", "snippet", "description"} <= set(r)
    idx = changes["index.php"]
    assert idx["change"] == "modified" and idx["severity"] == "critical"
    line = sites.inserted["index.php"]
    assert idx["inserted"] == [[line, line]]
    assert "+@eval($_POST['pass']);" in idx["diff"]
    assert changes["uploads/2024/new.png"]["severity"] is None
    assert "inserted" not in changes["uploads/2024/x.php"]  # added: no diff
    assert changes["admin/login.php"]["change"] == "mode"
    assert doc["counts"] == {
        k.value: sum(1 for e in sites.expected.values() if e.kind is k) for k in ChangeKind
    }


def test_jsonl_min_severity_filters_and_sets_exit(sites: Sites, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "diff",
            "--baseline",
            sites.specs["directory"],
            str(sites.live),
            "--format",
            "jsonl",
            "--min-severity",
            "critical",
        ]
    )
    assert code == 1
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and all(r["severity"] == "critical" for r in rows)
    assert {r["relpath"] for r in rows} >= {"index.php", "wp-config.php", "includes/functions.php"}


def test_exit_0_when_nothing_reaches_the_threshold(
    tmp_path: Path, sites: Sites, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", "--baseline", sites.specs["zip"], str(sites.untouched)]) == 0
    out = capsys.readouterr().out
    assert "0 added, 0 modified, 0 deleted, 0 mode" in out
    live = tmp_path / "live"
    shutil.copytree(sites.untouched, live, symlinks=True)
    (live / "admin/security.php").unlink()  # low only
    assert main(["diff", "--baseline", sites.specs["zip"], str(live), "--format", "jsonl"]) == 0
    assert (
        main(
            [
                "diff",
                "--baseline",
                sites.specs["zip"],
                str(live),
                "--format",
                "jsonl",
                "--min-severity",
                "low",
            ]
        )
        == 1
    )


def test_bad_baseline_is_exit_2_with_a_message(
    tmp_path: Path, sites: Sites, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = tmp_path / "evil.zip"
    import zipfile

    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../var/www/shell.php", b"<?php\n")
    assert main(["diff", "--baseline", str(evil), str(sites.untouched)]) == 2
    err = capsys.readouterr().err
    assert "webhunt: error:" in err and "'../../var/www/shell.php'" in err and "refused" in err
    assert main(["diff", "--baseline", str(tmp_path / "nope"), str(sites.untouched)]) == 2


def test_no_scan_lists_changes_with_diff_reasons_only(
    sites: Sites, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["diff", "--no-scan", "--baseline", sites.specs["directory"], str(sites.live), "--format", "jsonl"])
    rows = {r["relpath"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert set(rows) == set(sites.expected)
    assert all(x["layer"] == "diff" for r in rows.values() for x in r["reasons"])
    assert rows["index.php"]["inserted"] == [[sites.inserted["index.php"]] * 2]


def test_missing_web_root_is_exit_2(tmp_path: Path, sites: Sites, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--baseline", sites.specs["directory"], str(tmp_path / "nope")]) == 2
    assert "web root:" in capsys.readouterr().err


def test_table_output_groups_changes(sites: Sites, capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", "--baseline", sites.specs["git"], str(sites.live)])
    out = capsys.readouterr().out
    assert "\x1b[" not in out  # no colour when not a terminal
    pos = [out.index(h) for h in ("added (", "modified (", "deleted (", "type / mode / owner changed (")]
    assert pos == sorted(pos)
    assert "WH-DIFF-INSERTED-CODE" in out
    assert "+@eval($_POST['pass']);" in out


def test_baseline_save_then_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "www"
    write_site(root)
    manifest = tmp_path / "www.jsonl.gz"
    assert main(["baseline", "save", str(root), "-o", str(manifest)]) == 0
    assert "saved" in capsys.readouterr().err
    assert main(["diff", "--baseline", str(manifest), str(root), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""
    (root / "uploads/2024/up.php").write_text("<?php @eval($_POST['x']);\n")
    assert main(["diff", "--baseline", str(manifest), str(root), "--format", "jsonl"]) == 1
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert (row["change"], row["relpath"], row["severity"]) == ("added", "uploads/2024/up.php", "critical")


def test_findings_go_to_the_store(tmp_path: Path, sites: Sites) -> None:
    from webhunt.store import FindingQuery, open_store

    url = f"sqlite:///{tmp_path / 'findings.db'}"
    assert (
        main(
            [
                "diff",
                "--baseline",
                sites.specs["directory"],
                str(sites.live),
                "--db",
                url,
                "--host",
                "web1",
                "--format",
                "jsonl",
            ]
        )
        == 1
    )
    with open_store(url) as store:
        page = store.list_findings(FindingQuery(host="web1", limit=100))
        by_rel = {f.relpath: f for f in page.items}
        idx = by_rel["index.php"]
        assert idx.kind is FindingKind.FILE and idx.change is ChangeKind.MODIFIED
        detail = store.get_finding(idx.id)
        assert detail is not None
        line = sites.inserted["index.php"]
        assert detail.inserted == ((line, line),)
        assert "@eval($_POST['pass']);" in detail.diff
        assert by_rel["uploads/2024/x.php"].change is ChangeKind.ADDED
        assert "uploads/2024/new.png" not in by_rel  # not flagged: not a finding


def test_module_entry_point_runs(sites: Sites) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "webhunt",
            "diff",
            "--baseline",
            sites.specs["manifest"],
            str(sites.untouched),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["changes"] == []


_IMPORTED = """
import json, sys
from webhunt.cli import main
code = main(sys.argv[1:])
heavy = ("yara", "tree_sitter", "sqlalchemy", "rich", "webhunt.detect.engine", "webhunt.diff.judge")
print(json.dumps([code, sorted(m for m in sys.modules if m.split(".")[0] in heavy or m in heavy)]))
"""


def _imported(*argv: str) -> tuple[int, set[str]]:
    """Exit status of ``webhunt ARGV`` run in a fresh interpreter, and the heavy modules it imported."""
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORTED, *argv], capture_output=True, text=True, check=False
    )
    assert proc.stdout, proc.stderr
    code, modules = json.loads(proc.stdout.splitlines()[-1])
    return code, set(modules)


def test_nothing_to_scan_loads_no_engine(sites: Sites) -> None:
    """An unchanged tree is compared without importing the detection engine, rich or the store."""
    code, modules = _imported(
        "diff", "--baseline", sites.specs["directory"], str(sites.untouched), "--format", "json"
    )
    assert code == 0
    assert modules == set()


def test_changes_are_scanned_with_the_engine_imported_then(sites: Sites) -> None:
    code, modules = _imported(
        "diff", "--baseline", sites.specs["directory"], str(sites.live), "--format", "jsonl"
    )
    assert code == 1
    assert {"yara", "webhunt.detect.engine", "webhunt.diff.judge"} <= modules
    assert "sqlalchemy" not in modules and "rich" not in modules
    code, modules = _imported(
        "diff", "--no-scan", "--baseline", sites.specs["directory"], str(sites.live), "--format", "jsonl"
    )
    assert "webhunt.diff.judge" in modules
    assert not {"yara", "webhunt.detect.engine"} & modules


def test_extra_rule_directories_are_checked_even_with_nothing_to_scan(
    tmp_path: Path, sites: Sites, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["diff", "--baseline", sites.specs["directory"], str(sites.untouched), "--format", "jsonl"]
    assert main([*args, "--rules", str(tmp_path / "missing")]) == 2
    assert "--rules" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl"])
def test_a_broken_rule_file_is_named_and_the_others_still_judge(
    tmp_path: Path, sites: Sites, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yar").write_text('rule broken { strings: $a = "x" condition: $a and }\n')
    (rules / "ok.yar").write_text('rule T_Mine { strings: $a = "eval" condition: $a }\n')
    args = ["diff", "--baseline", sites.specs["directory"], str(sites.live), "--format", fmt]
    assert main([*args, "--rules", str(rules), "--no-cache"]) == 1
    out, err = capsys.readouterr()
    assert "rule file skipped" in err and "bad.yar(1)" in err
    assert "T_Mine" in out  # the good file next to the broken one still judges the changes


def test_missing_web_root_is_named_before_a_bad_baseline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The live tree and the baseline are opened at the same time; the web root's error comes first."""
    assert main(["diff", "--baseline", str(tmp_path / "no-baseline"), str(tmp_path / "no-root")]) == 2
    assert "web root:" in capsys.readouterr().err


def _imported_with_output(*argv: str) -> tuple[int, set[str], dict[str, object]]:
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORTED, *argv], capture_output=True, text=True, check=False
    )
    *out, last = proc.stdout.splitlines()
    code, modules = json.loads(last)
    doc: dict[str, object] = json.loads("\n".join(out))
    doc.pop("seconds")
    doc.pop("files_remembered")  # digests, remembered or not as the files' age allows
    return code, set(modules), doc


def test_a_rerun_judges_the_same_changes_without_loading_the_engine(sites: Sites) -> None:
    """Verdicts are remembered by content, context and ruleset: the second run reports the very same
    changes, judged alike, and never imports the detection engine; ``--no-cache`` judges again."""
    args = ("diff", "--baseline", sites.specs["manifest"], str(sites.live), "--format", "json")
    code, modules, first = _imported_with_output(*args)
    assert code == 1 and "webhunt.detect.engine" in modules
    code, modules, again = _imported_with_output(*args)
    assert code == 1
    assert not {"tree_sitter", "webhunt.detect.engine"} & modules  # the rule files are only hashed
    assert again == first
    code, modules, fresh = _imported_with_output(*args, "--no-cache")
    assert code == 1 and "webhunt.detect.engine" in modules
    assert fresh == first
