from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from webhunt.quarantine import CONTENT, QuarantineError, entries, quarantine, restore

SHELL = b"<?php @eval($_POST['z']); ?>\n"


@pytest.fixture
def www(tmp_path: Path) -> Path:
    root = tmp_path / "www"
    (root / "uploads").mkdir(parents=True)
    shell = root / "uploads" / "thumb.php"
    shell.write_bytes(SHELL)
    os.chmod(shell, 0o4755)
    os.utime(shell, ns=(1_700_000_000_123_456_789, 1_600_000_000_987_654_321))
    if os.geteuid() == 0:
        os.chown(shell, 33, 34)
    return root


def test_round_trip_keeps_content_owner_mode_and_times(www: Path, tmp_path: Path) -> None:
    shell = www / "uploads" / "thumb.php"
    before = shell.stat()
    store = tmp_path / "q"
    entry = quarantine(
        str(shell), roots=[str(www)], store_dir=store, by="analyst", note="case 42", finding_id=7
    )
    assert not shell.exists()
    saved = store / entry.id / CONTENT
    assert saved.read_bytes() == SHELL
    assert saved.stat().st_mode & 0o777 == 0o400  # nothing executable left anywhere
    assert entry.state == "quarantined" and entry.finding_id == 7
    assert [e.id for e in entries(store)] == [entry.id]

    restored = restore(store / entry.id)
    after = shell.stat()
    assert restored.state == "restored"
    assert shell.read_bytes() == SHELL
    assert (after.st_mode, after.st_uid, after.st_gid) == (before.st_mode, before.st_uid, before.st_gid)
    assert (after.st_mtime_ns, after.st_atime_ns) == (before.st_mtime_ns, before.st_atime_ns)
    with pytest.raises(QuarantineError, match="already restored"):
        restore(store / entry.id)


def test_refuses_paths_outside_the_roots_and_non_files(www: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.php"
    outside.write_bytes(SHELL)
    with pytest.raises(QuarantineError, match="not inside a configured web root"):
        quarantine(str(outside), roots=[str(www)], store_dir=tmp_path / "q", by="a")
    with pytest.raises(QuarantineError, match="not inside"):
        quarantine(str(www / ".." / "elsewhere.php"), roots=[str(www)], store_dir=tmp_path / "q", by="a")
    os.symlink(www / "uploads" / "thumb.php", www / "link.php")
    with pytest.raises(QuarantineError, match="not a regular file"):
        quarantine(str(www / "link.php"), roots=[str(www)], store_dir=tmp_path / "q", by="a")
    assert outside.exists() and (www / "uploads" / "thumb.php").exists()


def test_refuses_when_content_changed_since_the_finding(www: Path, tmp_path: Path) -> None:
    with pytest.raises(QuarantineError, match="content changed"):
        quarantine(
            str(www / "uploads" / "thumb.php"),
            roots=[str(www)],
            store_dir=tmp_path / "q",
            by="a",
            expected_sha256="0" * 64,
        )


def test_restore_does_not_overwrite_a_new_file(www: Path, tmp_path: Path) -> None:
    shell = www / "uploads" / "thumb.php"
    entry = quarantine(str(shell), roots=[str(www)], store_dir=tmp_path / "q", by="a")
    shell.write_text("new content")
    with pytest.raises(QuarantineError, match="a file exists there now"):
        restore(tmp_path / "q" / entry.id)
    assert shell.read_text() == "new content"


@pytest.mark.skipif(shutil.which("chattr") is None or os.geteuid() != 0, reason="needs root and chattr")
def test_evidence_is_kept_when_removal_fails(www: Path, tmp_path: Path) -> None:
    shell = www / "uploads" / "thumb.php"
    if subprocess.run(["chattr", "+i", str(www / "uploads")], check=False).returncode != 0:
        pytest.skip("file system does not support the immutable flag")
    try:
        with pytest.raises(QuarantineError, match=r"evidence saved in .* could not be removed"):
            quarantine(str(shell), roots=[str(www)], store_dir=tmp_path / "q", by="a")
    finally:
        subprocess.run(["chattr", "-i", str(www / "uploads")], check=True)
    (entry,) = entries(tmp_path / "q")
    assert entry.state == "original-kept"
    assert (tmp_path / "q" / entry.id / CONTENT).read_bytes() == SHELL
    assert shell.read_bytes() == SHELL
