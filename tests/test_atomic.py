"""Files replaced whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from webhunt.atomic import write_atomically


def test_the_file_is_created_then_replaced(tmp_path: Path) -> None:
    path = tmp_path / "state" / "positions.json"
    write_atomically(path, b"first")
    write_atomically(path, b"second")
    assert path.read_bytes() == b"second"
    assert sorted(p.name for p in path.parent.iterdir()) == ["positions.json"]


def test_a_failed_replace_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()  # a directory where the file should go: the rename fails
    (tmp_path / "taken" / "x").write_text("keeps the directory non-empty")
    with pytest.raises(OSError):
        write_atomically(tmp_path / "taken", b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
