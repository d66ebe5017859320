"""`webhunt scan --known-good RELEASE`: files identical to a trusted release, where it puts them, are clean."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from webhunt.cli import main
from webhunt.errors import ConfigError
from webhunt.known_good import KnownGood
from webhunt.scan import scan_paths
from webhunt.settings import Settings

# a stock tool the release ships (a command runner behind the vendor's own login, say): flagged
# wherever webhunt finds it, unless the user says the release is theirs
TOOL = b'<?php\n// vendor maintenance console\nif (isset($_POST["c"])) { echo shell_exec($_POST["c"]); }\n'
SHELL = b'<?php @eval($_POST["k"]);\n'


def _release(root: Path) -> Path:
    (root / "admin" / "tools").mkdir(parents=True)
    (root / "admin" / "tools" / "console.php").write_bytes(TOOL)
    (root / "index.php").write_bytes(b"<?php echo 'home';\n")
    return root


def _site(root: Path) -> Path:
    _release(root)
    (root / "uploads").mkdir()
    (root / "uploads" / "console.php").write_bytes(TOOL)  # the stock tool, copied where it does not belong
    (root / "uploads" / "x.php").write_bytes(SHELL)
    (root / "admin" / "tools" / "patched.php").write_bytes(TOOL + b"// edited\n")
    return root


def _flagged(root: Path, known: KnownGood | None) -> dict[str, int]:
    summary = scan_paths([str(root)], Settings(use_cache=False, workers=1), known_good=known)
    return {r.meta.relpath: r.verdict.score for r in summary.results}


def test_release_files_where_the_release_puts_them_are_clean(tmp_path: Path) -> None:
    site = _site(tmp_path / "www")
    before = _flagged(site, None)
    assert {"admin/tools/console.php", "uploads/console.php", "uploads/x.php"} <= set(before)
    release = _release(tmp_path / "release")
    manifest = tmp_path / "release.manifest"
    assert main(["baseline", "save", str(release), "-o", str(manifest)]) == 0
    for spec in (str(release), str(manifest)):
        known = KnownGood.load([spec])
        after = _flagged(site, known)
        assert "admin/tools/console.php" not in after  # identical, and where the release has it
        assert after["uploads/console.php"] == before["uploads/console.php"]  # identical, elsewhere
        assert after["uploads/x.php"] == before["uploads/x.php"]
        assert after["admin/tools/patched.php"] > 0  # edited: another digest


def test_an_archive_with_one_top_level_directory_matches_a_site_without_it(tmp_path: Path) -> None:
    release = _release(tmp_path / "vendor-app-1.2")
    archive = tmp_path / "vendor-app-1.2.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(release, arcname="vendor-app-1.2")
    site = _site(tmp_path / "www")
    after = _flagged(site, KnownGood.load([str(archive)]))
    assert "admin/tools/console.php" not in after and "uploads/console.php" in after
    # scanning a subdirectory of the site: the release path still ends the file's path
    sub = scan_paths(
        [str(site / "admin")], Settings(use_cache=False, workers=1), known_good=KnownGood.load([str(archive)])
    )
    assert sub.known_good == 1 and {r.meta.relpath for r in sub.results} == {"tools/patched.php"}


def test_cached_verdicts_are_judged_against_the_release_too(tmp_path: Path) -> None:
    site = _site(tmp_path / "www")
    settings = Settings(use_cache=True, cache_dir=tmp_path / "cache", workers=1)
    first = scan_paths([str(site)], settings)
    assert "admin/tools/console.php" in {r.meta.relpath for r in first.results}
    again = scan_paths([str(site)], settings, known_good=KnownGood.load([str(_release(tmp_path / "rel"))]))
    assert again.files_cached == first.files_scanned
    assert "admin/tools/console.php" not in {r.meta.relpath for r in again.results}
    assert again.known_good == 2  # the tool and index.php


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("missing.tar.gz", "--known-good missing.tar.gz: no such file"),
        ("empty", "--known-good empty: holds no files"),
    ],
)
def test_a_release_that_cannot_be_used_is_an_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spec: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match=message):
        KnownGood.load([spec])


def test_cli_reports_the_matches_in_json_and_exits_2_on_a_bad_release(tmp_path: Path) -> None:
    site = _site(tmp_path / "www")
    release = _release(tmp_path / "release")
    cmd = [sys.executable, "-m", "webhunt", "scan", "--no-cache", str(site), "--format", "json"]
    proc = subprocess.run([*cmd, "--known-good", str(release)], capture_output=True, text=True, check=False)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["known_good"] == {"releases": [str(release)], "files_matched": 2, "problems": []}
    assert "admin/tools/console.php" not in {f["relpath"] for f in doc["findings"]}
    proc = subprocess.run(
        [*cmd, "--known-good", str(tmp_path / "nope.zip")], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2 and "--known-good" in proc.stderr and "nope.zip" in proc.stderr
    assert "Traceback" not in proc.stderr
