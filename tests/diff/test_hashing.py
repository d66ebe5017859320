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
from webhunt.diff.hashing import CONTENT, META, READ, RECHECK, SIZE, compare_pairs, hash_files


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
    same = compare_pairs([(n, str(a / n), str(b / n)) for n in names], workers)
    assert same.errors == {}
    assert {n for n, how in same.values.items() if how & CONTENT} == {
        f"{i}.php" for i in range(0, 300, 7)
    } | {"big.bin"}
    assert all(how & READ and not how & (META | SIZE | RECHECK) for how in same.values.values())


def test_unreadable_files_are_reported_with_their_path(tmp_path: Path) -> None:
    (tmp_path / "a.php").write_text("<?php\n")
    os.symlink("a.php", tmp_path / "swapped.php")  # a symlink swapped in after the walk: not followed
    out = hash_files([("gone", str(tmp_path / "gone.php"), 5), ("link", str(tmp_path / "swapped.php"), 6)], 2)
    assert out.values == {}
    assert out.errors["gone"] == (str(tmp_path / "gone.php"), "cannot read: No such file or directory")
    assert out.errors["link"][0] == str(tmp_path / "swapped.php")
    cmp = compare_pairs([("x", str(tmp_path / "a.php"), str(tmp_path / "gone.php"))], 1)
    assert cmp.errors["x"][0] == str(tmp_path / "gone.php")


def test_pairs_tell_how_they_differ(tmp_path: Path) -> None:
    """One open and fstat per side tell type, mode, owner and size; only equal-size pairs are read."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for name in ("same", "mode", "owner", "size", "bytes", "linked", "fast", "link", "fifo"):
        (a / name).write_text("<?php echo 1;\n")
    for name in ("same", "mode", "owner", "fast"):
        (b / name).write_text("<?php echo 1;\n")
    os.chmod(b / "mode", 0o666)
    os.chown(b / "owner", 4242, 4343)
    (b / "size").write_text("<?php echo 12;\n")
    (b / "bytes").write_text("<?php echo 2;\n")
    os.link(a / "linked", b / "linked")  # a hard-linked snapshot: one file, nothing to read
    st = (a / "fast").stat()
    os.utime(b / "fast", ns=(st.st_atime_ns, st.st_mtime_ns))
    os.symlink("same", b / "link")  # swapped for a symlink since the listing
    os.mkfifo(b / "fifo")  # or a fifo: never read, never waited on
    names = ["same", "mode", "owner", "size", "bytes", "linked", "fast", "link", "fifo"]
    jobs = [(n, str(a / n), str(b / n)) for n in names]
    got = compare_pairs(jobs, 1)
    assert got.errors == {}
    assert got.values == {
        "same": READ,
        "mode": META | READ,
        "owner": META | READ,
        "size": SIZE,
        "bytes": CONTENT | READ,
        "linked": 0,
        "fast": READ,
        "link": RECHECK,
        "fifo": RECHECK,
    }
    assert compare_pairs(jobs, 1, owner=False).values["owner"] == READ
    (b / "fast").write_text("<?php echo 3;\n")  # same size, other bytes, mtime set back
    os.utime(b / "fast", ns=(st.st_atime_ns, st.st_mtime_ns))
    assert compare_pairs(jobs, 1).values["fast"] == CONTENT | READ
    assert compare_pairs(jobs, 1, mtime_resolution=1e-6).values["fast"] == 0  # --fast trusts mtimes


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
