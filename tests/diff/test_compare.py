"""The intrusion scenario against every baseline form: each change reported exactly once, judged."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from acme_site import (
    CONFIG_LINE,
    EVAL_LINE,
    FUNCTIONS_PHP,
    SHELL,
    TIMESTOMP_LINE,
    Sites,
    deny_reading,
    write_site,
)

from webhunt.detect.engine import default_engine
from webhunt.diff.compare import DiffOptions, DiffResult, compare
from webhunt.model import Change, ChangeKind, Language, Layer, Severity

FORMS = ("directory", "tar.gz", "zip", "git", "manifest")


def run(live: Path, spec: str, **options: object) -> DiffResult:
    return compare(str(live), spec, default_engine().detect, DiffOptions(**options))  # type: ignore[arg-type]


def by_path(result: DiffResult) -> dict[str, Change]:
    paths = [c.relpath for c in result.changes]
    assert len(paths) == len(set(paths)), f"a path reported twice: {sorted(paths)}"
    return {c.relpath: c for c in result.changes}


def severity(c: Change) -> Severity | None:
    assert c.verdict is not None
    return c.verdict.severity


@pytest.mark.parametrize("form", FORMS)
def test_untouched_copy_reports_nothing(sites: Sites, form: str) -> None:
    result = run(sites.untouched, sites.specs[form])
    assert result.changes == ()
    assert result.problems == ()
    assert result.entries >= len(os.listdir(sites.untouched))


@pytest.mark.parametrize("form", FORMS)
def test_every_change_reported_once_with_its_severity(sites: Sites, form: str) -> None:
    got = by_path(run(sites.live, sites.specs[form]))
    want = {rel: e for rel, e in sites.expected.items() if form not in e.invisible_to}
    assert {rel: c.kind for rel, c in got.items()} == {rel: e.kind for rel, e in want.items()}
    for rel, e in want.items():
        sev = severity(got[rel])
        if e.exact or e.severity is None:
            assert sev == e.severity, (rel, got[rel].verdict)
        else:
            assert sev is not None and sev >= e.severity, (rel, got[rel].verdict)


@pytest.mark.parametrize("form", ["directory", "tar.gz", "zip", "git"])
def test_injected_lines_are_named_and_shown(sites: Sites, form: str) -> None:
    got = by_path(run(sites.live, sites.specs[form]))
    for rel, text in (
        ("index.php", EVAL_LINE),
        ("wp-config.php", CONFIG_LINE),
        ("includes/functions.php", TIMESTOMP_LINE.strip()),
    ):
        c = got[rel]
        line = sites.inserted[rel]
        # functions.php: the timestomper also shortened a comment (line 6) to keep the size
        assert c.inserted == (((6, 6),) if rel == "includes/functions.php" else ()) + ((line, line),)
        assert c.verdict is not None and c.verdict.severity is Severity.CRITICAL
        diff_reasons = [r for r in c.verdict.reasons if r.id == "WH-DIFF-INSERTED-CODE"]
        assert len(diff_reasons) == 1, c.verdict.reasons
        r = diff_reasons[0]
        assert r.layer is Layer.DIFF
        assert r.line == line
        assert f"line {line}" in r.description
        assert r.snippet.strip() == text
        assert f"+{TIMESTOMP_LINE if rel == 'includes/functions.php' else text}" in c.diff
        # the engine's own reason points at the inserted line of the live file too
        assert any(x.layer is not Layer.DIFF and x.line == line for x in c.verdict.reasons)


def test_manifest_baseline_scans_modified_files_whole(sites: Sites) -> None:
    got = by_path(run(sites.live, sites.specs["manifest"]))
    c = got["index.php"]
    assert c.diff == "" and c.inserted == ()
    assert any("hashes only" in d for d in c.details)
    assert c.verdict is not None and c.verdict.severity is Severity.CRITICAL


def test_whitespace_only_change_is_low_and_says_so(sites: Sites) -> None:
    c = by_path(run(sites.live, sites.specs["directory"]))["includes/util.php"]
    assert c.details == ("whitespace/line-ending only",)
    assert c.verdict is not None
    assert [r.id for r in c.verdict.reasons] == ["WH-DIFF-WHITESPACE-ONLY"]


def test_htaccess_change_says_what_now_runs(sites: Sites) -> None:
    c = by_path(run(sites.live, sites.specs["directory"]))["uploads/.htaccess"]
    assert any(".jpg" in d for d in c.details), c.details
    assert c.verdict is not None
    ids = {r.id for r in c.verdict.reasons}
    assert {"WH-DIFF-CONFIG-CHANGED", "WH-DIFF-PROTECTION-REMOVED"} <= ids
    assert any("engine off" in d for d in c.details)


def test_deleted_protective_htaccess_is_medium_when_content_is_known(sites: Sites) -> None:
    for form in ("directory", "tar.gz", "zip", "git"):
        c = by_path(run(sites.live, sites.specs[form]))["includes/.htaccess"]
        assert severity(c) is Severity.MEDIUM, form
        assert any("Deny from all" in d for d in c.details)
    c = by_path(run(sites.live, sites.specs["manifest"]))["includes/.htaccess"]
    assert severity(c) is Severity.LOW


def test_mode_and_type_details(sites: Sites) -> None:
    got = by_path(run(sites.live, sites.specs["directory"]))
    assert got["includes/db.php"].details[:2] == ("mode 0644 -> 0666", "world-writable")
    assert "setuid added" in got["cgi-bin/stats.cgi"].details
    assert got["admin/login.php"].details[0] == "file replaced by symlink -> /etc/passwd"
    assert got["uploads"].details[0] == "mode 0755 -> 0777"


def test_added_files_carry_live_metadata_and_hash(sites: Sites) -> None:
    import hashlib

    c = by_path(run(sites.live, sites.specs["zip"]))["uploads/2024/x.php"]
    assert c.meta is not None
    assert c.meta.sha256 == hashlib.sha256(SHELL.encode()).hexdigest()
    assert c.meta.path == str(sites.live / "uploads/2024/x.php")


def test_tar_top_level_directory_is_stripped_and_noted(sites: Sites) -> None:
    result = run(sites.untouched, sites.specs["tar.gz"])
    assert "acme/" in result.baseline
    assert any("acme/" in n for n in result.notes)


def test_fast_mode_trusts_size_and_mtime(sites: Sites) -> None:
    """The documented blind spot of --fast: a same-size, timestomped edit is not seen."""
    got = by_path(run(sites.live, sites.specs["directory"], fast=True))
    assert "includes/functions.php" not in got
    assert got["index.php"].kind is ChangeKind.MODIFIED


def test_ignore_hides_data_but_never_code(sites: Sites) -> None:
    got = by_path(run(sites.live, sites.specs["directory"], ignore=("uploads/",)))
    assert "uploads/2024/new.png" not in got  # plain data: hidden
    assert "uploads/2024/invoice.txt" not in got
    for rel in (
        "uploads/2024/x.php",
        "uploads/2024/invoice.php",
        "uploads/2024/cat.jpg",
        "uploads/.htaccess",
    ):
        assert rel in got, rel  # scripts, config and files carrying code: never hidden


@pytest.mark.parametrize("form", ["directory", "manifest"])
def test_directory_ignores_agree_with_per_path_rules(sites: Sites, form: str) -> None:
    """Directory-only patterns are applied through the ignored directories alone; with a file pattern
    every path is matched one by one. Both ways keep and count the same paths."""
    by_dirs = run(sites.live, sites.specs[form], ignore=("uploads/",))
    per_path = run(sites.live, sites.specs[form], ignore=("uploads/", "*.no-such-suffix"))
    assert [(c.relpath, c.kind) for c in by_dirs.changes] == [(c.relpath, c.kind) for c in per_path.changes]
    assert by_dirs.entries == per_path.entries
    everything = run(sites.live, sites.specs[form])
    assert by_dirs.entries < everything.entries  # the ignored directory and its plain data left out


def test_webhuntignore_written_by_an_attacker_cannot_hide_shells(tmp_path: Path, sites: Sites) -> None:
    live = tmp_path / "live"
    shutil.copytree(sites.live, live, symlinks=True)
    (live / ".webhuntignore").write_text("# hide everything\n*\n*.php\nuploads/\n")
    result = run(live, sites.specs["directory"])
    got = by_path(result)
    assert got["uploads/2024/x.php"].kind is ChangeKind.ADDED
    assert got["index.php"].kind is ChangeKind.MODIFIED
    assert "uploads/2024/new.png" not in got
    assert any(".webhuntignore" in n for n in result.notes)
    without = by_path(run(live, sites.specs["directory"], use_ignore_file=False))
    assert "uploads/2024/new.png" in without


def test_unreadable_live_file_is_reported_not_skipped(
    tmp_path: Path, sites: Sites, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = tmp_path / "live"
    shutil.copytree(sites.untouched, live, symlinks=True)
    deny_reading(monkeypatch, live / "includes/db.php")
    try:
        result = run(live, sites.specs["directory"])
    finally:
        os.chmod(live / "includes/db.php", 0o644)
    assert any(p.path.endswith("includes/db.php") and "cannot read" in p.message for p in result.problems)


def test_systematic_owner_and_mode_mapping_is_one_note(tmp_path: Path) -> None:
    """A release tarball owned by uid 1000, deployed as another owner with group-writable files:
    one note per mapping, not one change per file; a single setuid file still stands out."""
    if os.geteuid() != 0:
        pytest.skip("needs root to chown")
    base, live = tmp_path / "base", tmp_path / "live"
    for root in (base, live):
        for i in range(30):
            p = root / f"page{i}.php"
            p.parent.mkdir(exist_ok=True)
            p.write_text(f"<?php echo {i};\n")
    for p in base.iterdir():
        os.chown(p, 1000, 1000)
        os.chmod(p, 0o644)
    for p in live.iterdir():
        os.chown(p, 33, 33)
        os.chmod(p, 0o664)
    os.chmod(live / "page7.php", 0o4755)
    result = run(live, str(base))
    got = by_path(result)
    assert set(got) == {"page7.php"}
    assert "setuid added" in got["page7.php"].details
    assert any("owner 1000 -> 33" in n for n in result.notes)
    assert any("mode 0644 -> 0664" in n for n in result.notes)


def test_symlink_retargeted_out_of_the_root(tmp_path: Path) -> None:
    base, live = tmp_path / "base", tmp_path / "live"
    write_site(base)
    shutil.copytree(base, live, symlinks=True)
    (live / "latest").unlink()
    os.symlink("../../../../etc", live / "latest")
    c = by_path(run(live, str(base)))["latest"]
    assert c.kind is ChangeKind.MODIFIED
    assert c.details[0] == "symlink target uploads/2024 -> ../../../../etc"
    assert severity(c) is Severity.HIGH


def test_benign_edit_stays_below_medium(tmp_path: Path) -> None:
    base, live = tmp_path / "base", tmp_path / "live"
    write_site(base)
    shutil.copytree(base, live, symlinks=True)
    f = live / "includes/functions.php"
    f.write_text(
        f.read_text()
        + "\nfunction acme_year() {\n\treturn (int) gmdate( 'Y' );\n}\n"
        + "\nfunction acme_encode_state( array $state ) {\n\treturn base64_encode( json_encode( $state ) );\n}\n"
    )
    c = by_path(run(live, str(base)))["includes/functions.php"]
    n = len(FUNCTIONS_PHP.splitlines())
    assert c.inserted == ((n + 1, n + 8),)
    assert severity(c) is Severity.LOW


def test_directory_replaced_and_empty_dirs(tmp_path: Path) -> None:
    base, live = tmp_path / "base", tmp_path / "live"
    write_site(base)
    shutil.copytree(base, live, symlinks=True)
    (live / "backup").mkdir()  # empty: reported
    (live / "new/deep").mkdir(parents=True)
    (live / "new/deep/a.php").write_text("<?php echo 1;\n")  # dir with content: only the file
    shutil.rmtree(live / "themes")
    (live / "themes").write_text("not a directory any more\n")
    got = by_path(run(live, str(base)))
    assert got["backup"].kind is ChangeKind.ADDED
    assert "new" not in got and "new/deep" not in got
    assert got["new/deep/a.php"].kind is ChangeKind.ADDED
    assert got["themes"].kind is ChangeKind.MODE
    assert got["themes"].details[0] == "directory replaced by file"
    assert got["themes/default/page.php"].kind is ChangeKind.DELETED
    assert "themes/default" not in got  # implied by the file below it


def test_git_working_copy_is_a_directory_and_its_metadata_is_ignored(sites: Sites) -> None:
    """The working copy as it is on disk (here one commit ahead of the baseline revision)."""
    repo = sites.specs["git"].rpartition("@")[0]
    result = run(sites.untouched, repo)
    got = by_path(result)
    assert set(got) == {"index.php"}  # changed by the later commit; nothing from .git is listed
    assert got["index.php"].kind is ChangeKind.MODIFIED
    assert result.baseline == f"directory {repo}"


def test_hard_linked_snapshot_is_compared_without_reading(tmp_path: Path) -> None:
    """rsnapshot-style baselines share inodes with unchanged files; a replaced file is a new inode."""
    base, live = tmp_path / "base", tmp_path / "live"
    write_site(base)
    shutil.copytree(base, live, symlinks=True, copy_function=os.link)
    (live / "index.php").unlink()
    (live / "index.php").write_text(
        (base / "index.php").read_text().replace("acme_render_page", "acme_render_pagE")
    )
    result = run(live, str(base))
    assert [c.relpath for c in result.changes] == ["index.php"]
    assert result.files_compared == 1  # every other file: same inode, nothing read


def test_prepare_runs_once_and_only_when_a_file_is_to_be_scanned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from webhunt.diff import hashing

    monkeypatch.setattr(hashing, "_MIN_PER_PROCESS", 1)  # the small site's files are compared in children
    # other tests of the session may have left threads behind; these children only read files
    monkeypatch.setattr(hashing, "_can_fork", lambda: hasattr(os, "fork"))
    base, live = tmp_path / "base", tmp_path / "live"
    write_site(base)
    shutil.copytree(base, live, symlinks=True)
    calls: list[str] = []
    os.chmod(live / "index.php", 0o600)
    (live / "includes/db.php").unlink()
    languages: list[frozenset[Language]] = []

    def ready(given: frozenset[Language]) -> None:
        calls.append("ready")
        languages.append(given)

    compare(str(live), str(base), default_engine().detect, prepare=ready)
    assert calls == []  # a mode change and a deletion: nothing to scan
    (live / "uploads/2024/y.php").write_text("<?php @eval($_POST['y']);\n")
    result = compare(str(live), str(base), default_engine().detect, prepare=ready)
    assert calls == ["ready"]
    # the languages of the files known to need scanning, not every language of the tree
    assert languages[0] == frozenset({Language.PHP})
    assert by_path(result)["uploads/2024/y.php"].kind is ChangeKind.ADDED
    compare(str(live), str(base), None, prepare=lambda _: calls.append("no detector"))
    assert calls == ["ready"]
    monkeypatch.setattr(hashing, "_MIN_PER_PROCESS", 10_000)  # nothing to overlap with: left to first use
    result = compare(str(live), str(base), default_engine().detect, prepare=lambda _: calls.append("too few"))
    assert calls == ["ready"]
    assert by_path(result)["uploads/2024/y.php"].kind is ChangeKind.ADDED


def test_files_changed_between_listing_and_comparing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The walks list regular files without an lstat; the comparison opens them. A file swapped for a
    symlink in between is looked at again (a type change, reported once); a listed file gone by
    then is a problem naming it, not a change."""
    from webhunt.diff import compare as compare_module

    base, live = tmp_path / "base", tmp_path / "live"
    write_site(base)
    shutil.copytree(base, live, symlinks=True)
    (live / "uploads/2024/new.php").write_text(SHELL)
    real = compare_module.compare_pairs

    def racing(jobs: list[tuple[str, str, str]], *args: object, **kwargs: object) -> object:
        (live / "index.php").unlink()
        os.symlink("/etc/passwd", live / "index.php")
        (live / "includes/db.php").unlink()
        (live / "uploads/2024/new.php").unlink()
        return real(jobs, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(compare_module, "compare_pairs", racing)
    result = run(live, str(base))
    changes = by_path(result)
    assert changes["index.php"].kind is ChangeKind.MODE
    assert changes["index.php"].extra["type"] == "symlink"
    assert "includes/db.php" not in changes and "uploads/2024/new.php" not in changes
    assert any(
        p.path == str(live / "includes/db.php") and "content not compared" in p.message
        for p in result.problems
    )
    monkeypatch.undo()

    (live / "uploads/2024/new.php").write_text(SHELL)
    real_walk = compare_module.DirectorySource._walk

    def walk_then_remove(self: compare_module.DirectorySource, stat_files: bool) -> None:
        real_walk(self, stat_files)
        if self.root == str(live):
            (live / "uploads/2024/new.php").unlink()

    monkeypatch.setattr(compare_module.DirectorySource, "_walk", walk_then_remove)
    result = run(live, str(base))
    assert "uploads/2024/new.php" not in by_path(result)
    assert any(
        p.path == str(live / "uploads/2024/new.php") and p.message.startswith("cannot stat")
        for p in result.problems
    )


def test_modified_files_are_judged_while_children_compare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Against a directory, children compare the pairs and report each modified file at once; this
    process assesses it then, and the records are those of a diff run in one process."""
    from webhunt.diff import hashing
    from webhunt.diff.judge import _Judge

    base, live = tmp_path / "base", tmp_path / "live"
    write_site(base)
    shutil.copytree(base, live, symlinks=True)
    text = (live / "index.php").read_text()
    (live / "index.php").write_text(text.replace("\n", f"\n{EVAL_LINE}\n", 1))
    os.chmod(live / "includes/functions.php", 0o666)
    alone = run(live, str(base), workers=1)
    monkeypatch.setattr(hashing, "_MIN_PER_PROCESS", 1)
    # other tests of the session may have left threads behind; these children only read files
    monkeypatch.setattr(hashing, "_can_fork", lambda: hasattr(os, "fork"))
    ahead: list[str] = []
    real = _Judge.assess_ahead

    def spy(self: _Judge, rel: str) -> None:
        ahead.append(rel)
        real(self, rel)

    monkeypatch.setattr(_Judge, "assess_ahead", spy)
    split = run(live, str(base), workers=2)
    assert ahead == ["index.php"]
    assert [(c.relpath, c.kind, c.inserted, c.verdict) for c in split.changes] == [
        (c.relpath, c.kind, c.inserted, c.verdict) for c in alone.changes
    ]
    assert severity(by_path(split)["index.php"]) is Severity.CRITICAL
