"""Parallel hashing and comparison: results per key, unreadable files reported with their path."""

from __future__ import annotations

import collections
import hashlib
import marshal
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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
    assert set(same.differ) == {f"{i}.php" for i in range(0, 300, 7)} | {"big.bin"}
    assert set(same.differ.values()) == {CONTENT | READ}
    assert same.read == len(names)


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
    assert got.read == 5  # same, mode, owner, bytes, fast
    assert got.differ == {
        "mode": META | READ,
        "owner": META | READ,
        "size": SIZE,
        "bytes": CONTENT | READ,
        "link": RECHECK,
        "fifo": RECHECK,
    }
    assert "owner" not in compare_pairs(jobs, 1, owner=False).differ
    (b / "fast").write_text("<?php echo 3;\n")  # same size, other bytes, mtime set back
    os.utime(b / "fast", ns=(st.st_atime_ns, st.st_mtime_ns))
    assert compare_pairs(jobs, 1).differ["fast"] == CONTENT | READ
    assert "fast" not in compare_pairs(jobs, 1, mtime_resolution=1e-6).differ  # --fast trusts mtimes


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


def _pairs_site(tmp_path: Path, n: int) -> list[tuple[str, str, str]]:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for i in range(n):
        data = b"<?php echo %d;\n" % i
        (a / f"{i}.php").write_bytes(data)
        (b / f"{i}.php").write_bytes(data if i % 10 else data.replace(b"echo", b"eval"))
    return [(str(i), str(a / f"{i}.php"), str(b / f"{i}.php")) for i in range(n)]


def test_children_report_differences_while_this_process_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``on_change``, every part is compared in a child that reports what differs every
    ``_STREAM_CHUNK`` pairs; this process runs ``meanwhile`` and then hears of each difference
    once, before ``compare_pairs`` returns."""
    # other tests of the session may have left threads behind; these parts fork and run only
    # plain file reads, so forking is safe here even then
    monkeypatch.setattr(hashing, "_can_fork", lambda: hasattr(os, "fork"))
    monkeypatch.setattr(hashing, "_MIN_PER_PROCESS", 10)
    monkeypatch.setattr(hashing, "_STREAM_CHUNK", 7)
    jobs = _pairs_site(tmp_path, 100)
    events: list[tuple[str, int, int]] = []
    out = compare_pairs(
        jobs,
        2,
        meanwhile=lambda: events.append(("meanwhile", 0, os.getpid())),
        on_change=lambda key, how: events.append((key, how, os.getpid())),
    )
    assert events[0] == ("meanwhile", 0, os.getpid())
    told = events[1:]
    assert sorted(key for key, _, _ in told) == sorted(str(i) for i in range(0, 100, 10))
    assert {(how, pid) for _, how, pid in told} == {(CONTENT | READ, os.getpid())}
    assert out.differ == {key: how for key, how, _ in told} and out.read == 100 and out.errors == {}
    plain = compare_pairs(jobs, 1)
    assert (plain.differ, plain.read, plain.errors) == (out.differ, out.read, out.errors)


def test_a_failed_streaming_child_leaves_its_part_to_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hashing, "_can_fork", lambda: hasattr(os, "fork"))
    monkeypatch.setattr(hashing, "_MIN_PER_PROCESS", 10)
    monkeypatch.setattr(hashing, "_STREAM_CHUNK", 7)
    parent = os.getpid()
    real = hashing._pair_part

    def fails_in_children(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        if os.getpid() != parent and any(key == "55" for key, _ in found):
            raise OSError("the child dies half way")
        return found

    monkeypatch.setattr(hashing, "_pair_part", fails_in_children)
    jobs = _pairs_site(tmp_path, 100)
    told: list[str] = []
    out = compare_pairs(jobs, 2, on_change=lambda key, how: told.append(key))
    assert sorted(told) == sorted(str(i) for i in range(0, 100, 10))  # each told once
    assert set(out.differ) == set(told) and out.read == 100 and out.errors == {}
