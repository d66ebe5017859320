"""Parallel hashing and comparison: results per key, unreadable files reported with their path."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from webhunt.diff.hashing import compare_files, hash_files


@pytest.mark.parametrize("workers", [1, 3])
def test_hash_and_compare_many(tmp_path: Path, workers: int) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for i in range(300):
        data = f"<?php echo {i};\n".encode() * (i + 1)
        (a / f"{i}.php").write_bytes(data)
        (b / f"{i}.php").write_bytes(data if i % 7 else data[:-3] + b"X;\n")
    big = os.urandom(3 * 1024 * 1024)
    (a / "big.bin").write_bytes(big)
    (b / "big.bin").write_bytes(big[:-1] + bytes([big[-1] ^ 1]))
    names = [f"{i}.php" for i in range(300)] + ["big.bin"]
    sizes = {n: (a / n).stat().st_size for n in names}
    hashed = hash_files([(n, str(a / n), sizes[n]) for n in names], workers)
    assert hashed.errors == {}
    assert all(hashed.values[n] == hashlib.sha256((a / n).read_bytes()).hexdigest() for n in names)
    same = compare_files([(n, str(a / n), str(b / n), sizes[n]) for n in names], workers)
    assert {n for n, eq in same.values.items() if not eq} == {f"{i}.php" for i in range(0, 300, 7)} | {
        "big.bin"
    }


def test_unreadable_files_are_reported_with_their_path(tmp_path: Path) -> None:
    (tmp_path / "a.php").write_text("<?php\n")
    os.symlink("a.php", tmp_path / "swapped.php")  # a symlink swapped in after the walk: not followed
    out = hash_files([("gone", str(tmp_path / "gone.php"), 5), ("link", str(tmp_path / "swapped.php"), 6)], 2)
    assert out.values == {}
    assert out.errors["gone"] == (str(tmp_path / "gone.php"), "cannot read: No such file or directory")
    assert out.errors["link"][0] == str(tmp_path / "swapped.php")
    cmp = compare_files([("x", str(tmp_path / "a.php"), str(tmp_path / "gone.php"), 6)], 1)
    assert cmp.errors["x"][0] == str(tmp_path / "gone.php")
