"""The log follower against real rotations: every line handed on exactly once, numbered as
``webhunt logs`` numbers them."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from webhunt.daemon.tail import Follower, Tailer
from webhunt.logs.source import LogStream


class Sink:
    def __init__(self) -> None:
        self.lines: list[tuple[str, str, int, str | None]] = []

    def __call__(self, path: str, source_id: str, first: int, lines: list[str | None]) -> None:
        self.lines.extend((path, source_id, first + i, line) for i, line in enumerate(lines))

    @property
    def texts(self) -> list[str | None]:
        return [x[3] for x in self.lines]


class Writer:
    """Appends numbered lines, like a web server."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.n = 0

    def write(self, count: int, to: Path | None = None) -> list[str]:
        out = []
        with open(to or self.path, "a") as fh:
            for _ in range(count):
                self.n += 1
                line = (
                    f'10.0.0.{self.n % 250} - - [01/Jan/2025:00:00:00 +0000] "GET /p{self.n} HTTP/1.1" 200 5'
                )
                fh.write(line + "\n")
                out.append(line)
        return out


@pytest.fixture
def log(tmp_path: Path) -> Path:
    return tmp_path / "logs" / "access.log"


def follower(log: Path, sink: Sink, **kw: object) -> Follower:
    return Follower(str(log), sink, state_dir=log.parent.parent / "state", drain_grace=0.2, **kw)  # type: ignore[arg-type]


def drain(f: Follower, rounds: int = 3) -> None:
    for _ in range(rounds):
        f.poll()
        time.sleep(0.25)
    f.poll()


def test_first_start_reads_new_lines_only_numbered_like_webhunt_logs(log: Path) -> None:
    log.parent.mkdir()
    w = Writer(log)
    w.write(5)
    sink = Sink()
    f = follower(log, sink)
    f.poll()
    assert sink.lines == []
    new = w.write(3)
    f.poll()
    f.close()
    assert sink.texts == new
    with LogStream(str(log)) as stream:
        numbered = [(no + i, line) for no, batch in stream.batches() for i, line in enumerate(batch)]
        sid = stream.source_id
    assert [(x[2], x[3]) for x in sink.lines] == numbered[5:]
    assert {x[1] for x in sink.lines} == {sid}


def test_partial_lines_wait_for_their_newline(log: Path) -> None:
    log.parent.mkdir()
    sink = Sink()
    f = follower(log, sink, from_start=True)
    log.write_text("first line\nsecond ha")
    f.poll()
    assert sink.texts == ["first line"]
    with open(log, "a") as fh:
        fh.write("lf done\n")
    f.poll()
    f.close()
    assert sink.texts == ["first line", "second half done"]


def test_rename_rotation_drains_the_old_file_without_loss_or_repeat(log: Path) -> None:
    log.parent.mkdir()
    w = Writer(log)
    sink = Sink()
    f = follower(log, sink, from_start=True)
    expected = w.write(10)
    f.poll()
    expected += w.write(5)  # written, not yet read, when logrotate renames
    rotated = log.with_name("access.log.1")
    os.rename(log, rotated)
    expected += w.write(2, to=rotated)  # the server writes to the old file until it reopens
    log.touch()
    f.poll()
    expected += w.write(1, to=rotated)
    expected += w.write(4)  # reopened: the new file
    drain(f)
    f.close()
    assert sorted(sink.texts, key=str) == sorted(expected, key=str)
    assert len(sink.texts) == len(set(sink.texts)) == 22
    assert f.rotations == 1
    # each file's lines are numbered within that file, with that file's identity
    for path in (rotated, log):
        with LogStream(str(path)) as stream:
            numbered = [(no + i, line) for no, batch in stream.batches() for i, line in enumerate(batch)]
            mine = [(x[2], x[3]) for x in sink.lines if x[1] == stream.source_id]
        assert mine == numbered


def test_copytruncate_reads_unread_lines_from_the_copy(log: Path) -> None:
    log.parent.mkdir()
    w = Writer(log)
    sink = Sink()
    f = follower(log, sink, from_start=True)
    expected = w.write(10)
    f.poll()
    expected += w.write(6)  # not yet read when logrotate copies then truncates
    shutil.copy(log, log.with_name("access.log.1"))
    with open(log, "r+") as fh:
        fh.truncate(0)
    expected += w.write(3)
    drain(f)
    f.close()
    assert sink.texts == expected
    assert f.truncations == 1


def test_copytruncate_regrown_past_the_old_offset_is_still_noticed(log: Path) -> None:
    log.parent.mkdir()
    w = Writer(log)
    sink = Sink()
    f = follower(log, sink, from_start=True)
    expected = w.write(2)
    f.poll()
    shutil.copy(log, log.with_name("access.log.1"))
    with open(log, "r+") as fh:
        fh.truncate(0)
    expected += w.write(20)  # longer than before the truncation by the next poll
    drain(f)
    f.close()
    assert sink.texts == expected


def test_restart_resumes_where_it_stopped(log: Path) -> None:
    log.parent.mkdir()
    w = Writer(log)
    sink = Sink()
    f = follower(log, sink, from_start=True)
    expected = w.write(4)
    f.poll()
    f.close()
    expected += w.write(3)  # while the guard is down
    f2 = follower(log, sink)
    f2.poll()
    f2.close()
    assert sink.texts == expected
    assert [x[2] for x in sink.lines] == list(range(1, 8))


def test_rotation_while_down_drains_the_rotated_file_first(log: Path) -> None:
    log.parent.mkdir()
    w = Writer(log)
    sink = Sink()
    f = follower(log, sink, from_start=True)
    expected = w.write(4)
    f.poll()
    f.close()
    expected += w.write(3)
    os.rename(log, log.with_name("access.log.1"))
    expected += w.write(2)
    f2 = follower(log, sink)
    drain(f2)
    f2.close()
    assert sorted(sink.texts, key=str) == sorted(expected, key=str)
    assert len(sink.texts) == 9


def test_over_long_and_undecodable_lines(log: Path) -> None:
    log.parent.mkdir()
    sink = Sink()
    f = follower(log, sink, from_start=True)
    log.write_bytes(b"ok 1\n" + b"x" * (70 * 1024) + b"\n" + b"caf\xe9\n")
    f.poll()
    f.close()
    assert sink.texts == ["ok 1", None, "caf\\xe9"]


def test_a_failing_handler_gets_the_same_lines_again(log: Path) -> None:
    from webhunt.errors import StoreError

    log.parent.mkdir()
    w = Writer(log)
    calls: list[int] = []
    got: list[str | None] = []

    def flaky(path: str, sid: str, first: int, lines: list[str | None]) -> None:
        calls.append(first)
        if len(calls) == 1:
            raise StoreError("store unreachable")
        got.extend(lines)

    f = Follower(str(log), flaky, from_start=True)
    tailer = Tailer([f])
    expected = w.write(3)
    tailer.poll_once()
    tailer.poll_once()
    tailer.stop()
    assert calls == [1, 1] and got == expected
