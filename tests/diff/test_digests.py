"""Digests remembered between runs: a re-run hashes only what changed since, and never misses a change."""

from __future__ import annotations

import json
import logging
import marshal
import os
import shutil
import time
from pathlib import Path

import pytest

from webhunt.cli import main
from webhunt.diff import digests
from webhunt.diff.compare import DiffOptions, DiffResult, compare
from webhunt.diff.digests import DigestCache
from webhunt.diff.manifest import save_manifest
from webhunt.model import ChangeKind

PAGE = "<?php\n// page {i}\necho htmlspecialchars($title ?? 'page {i}');\n"


@pytest.fixture
def quick_racy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files count as settled 50 ms after their last change (the kernel's coarse clock ticks in a few
    milliseconds), so a test need not wait the real two seconds."""
    monkeypatch.setattr(digests, "RACY_NS", 50_000_000)


def make_root(path: Path, files: int = 40) -> Path:
    for i in range(files):
        sub = path / f"dir{i % 4}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page{i:02d}.php").write_text(PAGE.format(i=i))
    (path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    time.sleep(0.1)  # older than the racy window of ``quick_racy``
    return path


Site = tuple[Path, Path, Path]  # (web root, its manifest, the cache directory)


@pytest.fixture
def site(tmp_path: Path, quick_racy: None) -> Site:
    """A web root and its manifest, saved without remembering digests, and an empty cache directory."""
    root = make_root(tmp_path / "www")
    return root, Path(save_manifest(str(root), str(tmp_path / "m.jsonl")).path), tmp_path / "cache"


def diff(root: Path, manifest: Path, cache: Path | None) -> DiffResult:
    return compare(str(root), str(manifest), None, DiffOptions(digest_dir=cache))


def test_a_rerun_hashes_nothing_that_did_not_change(site: Site) -> None:
    root, manifest, cache = site
    first = diff(root, manifest, cache)
    assert (first.changes, first.files_compared, first.files_remembered) == ((), 41, 0)
    second = diff(root, manifest, cache)
    assert (second.changes, second.files_compared, second.files_remembered) == ((), 41, 41)


def test_a_same_size_edit_with_the_mtime_put_back_is_found(site: Site) -> None:
    """The attacker's timestomp resets mtime; ctime moves on anyway, so the digest is not reused."""
    root, manifest, cache = site
    diff(root, manifest, cache)
    page = root / "dir1" / "page05.php"
    before = page.stat()
    page.write_text(PAGE.format(i=5).replace("htmlspecialchars", "exec($_GET[c])//"))
    assert page.stat().st_size == before.st_size
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    result = diff(root, manifest, cache)
    assert [(c.kind, c.relpath) for c in result.changes] == [(ChangeKind.MODIFIED, "dir1/page05.php")]
    assert result.files_remembered == 40


def test_a_file_replaced_by_a_copy_is_hashed_again(tmp_path: Path, site: Site) -> None:
    """Same bytes, size and mtime, but another inode: the digest is computed again (and matches)."""
    root, manifest, cache = site
    diff(root, manifest, cache)
    page = root / "dir2" / "page06.php"
    shutil.copy2(page, tmp_path / "copy.php")
    os.replace(tmp_path / "copy.php", page)
    result = diff(root, manifest, cache)
    assert result.changes == ()
    assert result.files_remembered == 40


def test_files_changed_just_before_hashing_are_not_remembered(tmp_path: Path) -> None:
    """With the real racy window, files written a moment ago are hashed again next time."""
    root = tmp_path / "www"
    root.mkdir()
    (root / "index.php").write_text(PAGE.format(i=1))
    manifest = Path(save_manifest(str(root), str(tmp_path / "m.jsonl")).path)
    cache = tmp_path / "cache"
    diff(root, manifest, cache)
    assert len(DigestCache.open(cache, str(root))) == 0
    assert diff(root, manifest, cache).files_remembered == 0


def test_without_a_cache_directory_every_file_is_hashed(site: Site) -> None:
    root, manifest, cache = site
    diff(root, manifest, cache)
    result = diff(root, manifest, None)
    assert (result.files_compared, result.files_remembered) == (41, 0)


def test_deleted_files_leave_the_cache(site: Site) -> None:
    root, manifest, cache = site
    diff(root, manifest, cache)
    (root / "logo.png").unlink()
    result = diff(root, manifest, cache)
    assert [(c.kind, c.relpath) for c in result.changes] == [(ChangeKind.DELETED, "logo.png")]
    assert len(DigestCache.open(cache, str(root))) == 40


def test_baseline_save_remembers_for_the_next_diff(tmp_path: Path, quick_racy: None) -> None:
    root = make_root(tmp_path / "www")
    cache = tmp_path / "cache"
    manifest = Path(save_manifest(str(root), str(tmp_path / "m.jsonl"), digest_dir=cache).path)
    result = diff(root, manifest, cache)
    assert (result.changes, result.files_remembered) == ((), 41)


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all \x00\xff", b"\xe9\x03\x00\x00\x00", None],
    ids=["empty", "garbage", "truncated", "other-tree"],
)
def test_a_damaged_cache_file_is_a_warning_and_is_rewritten(
    site: Site, content: bytes | None, caplog: pytest.LogCaptureFixture
) -> None:
    root, manifest, cache = site
    diff(root, manifest, cache)
    path = DigestCache.open(cache, str(root)).path
    if content is None:  # a well-formed file recorded for another tree under this name
        other = DigestCache(path, "/elsewhere", {"dir0/page00.php": (0, 0, 0, 0, 0, "0" * 64)})
        other._dirty = True
        other.save({"dir0/page00.php"})
    else:
        path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="webhunt.diff.digests"):
        result = diff(root, manifest, cache)
    assert (result.changes, result.files_compared, result.files_remembered) == ((), 41, 0)
    assert str(path) in caplog.text
    assert diff(root, manifest, cache).files_remembered == 41


def test_a_record_of_the_wrong_shape_is_not_trusted(site: Site) -> None:
    root, manifest, cache = site
    diff(root, manifest, cache)
    path = DigestCache.open(cache, str(root)).path
    fmt, tree, records = marshal.loads(path.read_bytes())
    records["dir0/page00.php"] = ("not", "a", "record")
    path.write_bytes(marshal.dumps((fmt, tree, records)))
    assert diff(root, manifest, cache).files_remembered == 0


def test_an_unwritable_cache_directory_is_a_warning(
    tmp_path: Path, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    root, manifest, _ = site
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be")
    with caplog.at_level(logging.WARNING, logger="webhunt.diff.digests"):
        result = diff(root, manifest, blocked)
    assert (result.changes, result.files_compared) == ((), 41)
    assert "cannot update digest cache" in caplog.text


def test_cli_rerun_reports_remembered_files_and_no_cache_hashes_all(
    tmp_path: Path, quick_racy: None, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_root(tmp_path / "www")
    manifest = tmp_path / "m.jsonl"
    assert main(["baseline", "save", str(root), "-o", str(manifest)]) == 0
    capsys.readouterr()

    def run(*extra: str) -> dict[str, object]:
        assert main(["diff", "--baseline", str(manifest), str(root), "--format", "json", *extra]) == 0
        out: dict[str, object] = json.loads(capsys.readouterr().out)
        return out

    assert run()["files_remembered"] == 41
    assert run("--no-cache")["files_remembered"] == 0
    assert main(["diff", "--baseline", str(manifest), str(root)]) == 0
    assert "41 of them by the digest an earlier run remembered" in capsys.readouterr().out
