"""Parallel hashing and comparison: results per key, unreadable files reported with their path."""

from __future__ import annotations

import collections
import hashlib
import marshal
import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from webhunt.diff import hashing
from webhunt.diff.hashing import compare_files, hash_files


@pytest.mark.parametrize("workers", [1, 3])
def test_hash_and_compare_many(tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hashing, "_MIN_PER_PROCESS", 50)  # 301 files: split over the workers
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


def _pid_part(jobs: Sequence[tuple[str, str, int]]) -> list[tuple[str, str | tuple[str, str]]]:
    return [(key, str(os.getpid())) for key, _, _ in jobs]


def test_parts_run_in_child_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Large job lists are split: all parts but the first run in forked children (threads cannot
    overlap short system calls under the GIL)."""
    # other tests of the session may have left threads behind; these parts fork and run only
    # plain file reads, so forking is safe here even then
    monkeypatch.setattr(hashing, "_can_fork", lambda: hasattr(os, "fork"))
    monkeypatch.setattr(hashing, "_MIN_PER_PROCESS", 10)
    jobs = [(f"k{i}", "", 0) for i in range(30)]
    out = hashing._split(jobs, _pid_part, 3, None)
    assert set(out.values) == {key for key, _, _ in jobs} and out.errors == {}
    pids = set(out.values.values())
    assert len(pids) == 3 and str(os.getpid()) in pids


def test_a_failed_child_leaves_its_part_to_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken:
        @staticmethod
        def dumps(value: object) -> bytes:
            raise ValueError("cannot send")

        loads = staticmethod(marshal.loads)

    # other tests of the session may have left threads behind; these parts fork and run only
    # plain file reads, so forking is safe here even then
    monkeypatch.setattr(hashing, "_can_fork", lambda: hasattr(os, "fork"))
    monkeypatch.setattr(hashing, "_MIN_PER_PROCESS", 10)
    monkeypatch.setattr(hashing, "marshal", Broken)
    for i in range(30):
        (tmp_path / f"{i}.php").write_bytes(b"<?php echo %d;\n" % i)
    jobs = [(str(i), str(tmp_path / f"{i}.php"), (tmp_path / f"{i}.php").stat().st_size) for i in range(30)]
    out = hash_files(jobs, 2)
    assert out.values == {
        str(i): hashlib.sha256((tmp_path / f"{i}.php").read_bytes()).hexdigest() for i in range(30)
    }


def test_other_work_runs_here_while_children_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # other tests of the session may have left threads behind; these parts fork and run only
    # plain file reads, so forking is safe here even then
    monkeypatch.setattr(hashing, "_can_fork", lambda: hasattr(os, "fork"))
    monkeypatch.setattr(hashing, "_MIN_PER_PROCESS", 10)
    jobs = [(f"k{i}", "", 0) for i in range(30)]
    ran: list[int] = []
    out = hashing._split(jobs, _pid_part, 2, lambda: ran.append(os.getpid()))
    assert ran == [os.getpid()]
    assert set(out.values) == {key for key, _, _ in jobs}
    by_pid = collections.Counter(out.values.values())
    mine = by_pid.pop(str(os.getpid()))
    assert list(by_pid.values()) == [2 * mine]  # afterwards this process took half a child's share
    alone = hashing._split(jobs, _pid_part, 1, lambda: ran.append(1))  # no CPU to spare: all to a child
    assert ran[-1] == 1 and str(os.getpid()) not in set(alone.values.values())
    few = hashing._split(jobs[:5], _pid_part, 2, lambda: ran.append(0))  # too few to fork
    assert ran[-1] == 1  # nothing to overlap: the other work is not done here
    assert set(few.values.values()) == {str(os.getpid())}
