"""Reading many files: rotation order, stream identity across rotation, damaged files, counts."""

from __future__ import annotations

import gzip
import multiprocessing
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from webhunt.errors import WebhuntError
from webhunt.logs import parallel
from webhunt.logs.lineparser import RequestRow
from webhunt.logs.reader import LogReader, Malformed, read_requests

DATA = Path(__file__).resolve().parent.parent / "data" / "logs"
ROTATION = DATA / "rotation"


def line(i: int, day: int = 1) -> str:
    return (
        f"198.51.100.{i % 250} - - [{day:02d}/Mar/2024:10:{i // 60 % 60:02d}:{i % 60:02d} +0000] "
        f'"GET /page/{i} HTTP/1.1" 200 {i} "-" "Mozilla/5.0"\n'
    )


def identities(paths: list[Path]) -> dict[str, tuple[str, int]]:
    """URL path -> (source_id, line_no), for every request read."""
    return {r.path: (r.source_id, r.line_no) for r in read_requests([str(p) for p in paths])}


def test_rotated_family_read_oldest_first_in_any_order() -> None:
    given = ["access.log", "access.log.2.gz", "access.log.3.bz2", "access.log.1"]
    reader = LogReader([str(ROTATION / name) for name in given])
    requests = list(reader)
    assert [r.path for r in requests] == [
        "/page/1-0", "/page/1-1", "/page/1-2",  # access.log.3.bz2
        "/page/2-0", "/page/2-1", "/page/2-2",  # access.log.2.gz
        "/page/3-0", "/page/3-1",  # access.log.1
        "/page/4-0", "/page/4-1", "/page/4-2", "/page/4-3",  # access.log
    ]  # fmt: skip
    times = [r.time for r in requests]
    assert times == sorted(times) and times[0] == datetime(2024, 3, 1, 8, tzinfo=UTC)
    summary = reader.summary()
    assert [(Path(f.path).name, f.lines, f.requests) for f in summary.files] == [
        ("access.log.3.bz2", 3, 3),
        ("access.log.2.gz", 3, 3),
        ("access.log.1", 2, 2),
        ("access.log", 4, 4),
    ]
    assert len({f.source_id for f in summary.files}) == 4
    assert all(r.source == str(ROTATION / "access.log.3.bz2") for r in requests[:3])


def test_identity_survives_rotation_and_compression(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join(line(i) for i in range(5)))
    before = identities([log])

    # the log grows, then logrotate renames it and compresses it; a new access.log starts
    with log.open("a") as f:
        f.write("".join(line(i) for i in range(5, 8)))
    grown = identities([log])
    assert {k: grown[k] for k in before} == before
    rotated = tmp_path / "access.log.1.gz"
    with log.open("rb") as src, gzip.open(rotated, "wb") as dst:
        shutil.copyfileobj(src, dst)
    log.unlink()
    log.write_text("".join(line(i, day=2) for i in range(100, 103)))

    after = identities([log, rotated])
    assert {k: after[k] for k in grown} == grown  # same (source_id, line_no) for the same lines
    new_ids = {after[f"/page/{i}"][0] for i in range(100, 103)}
    assert len(new_ids) == 1 and new_ids != {before["/page/0"][0]}
    assert [after[f"/page/{i}"][1] for i in range(100, 103)] == [1, 2, 3]


def test_copytruncate_starts_a_new_stream(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(line(1) + line(2))
    first = identities([log])
    log.write_text(line(3))  # truncated in place and written again
    assert identities([log])["/page/3"][0] != first["/page/1"][0]


def test_damaged_and_missing_files_do_not_stop_the_run(tmp_path: Path) -> None:
    good = tmp_path / "good.log"
    good.write_text(line(1) + line(2))
    whole = gzip.compress("".join(line(i) for i in range(3000)).encode())
    cut = tmp_path / "cut.log.1.gz"
    cut.write_bytes(whole[: len(whole) // 2])  # truncated download / full disk
    missing = tmp_path / "gone.log"
    reader = LogReader([str(missing), str(cut), str(good)])
    requests = list(reader)
    files = {Path(f.path).name: f for f in reader.summary().files}
    assert files["gone.log"].error == "cannot read: No such file or directory"
    damaged = files["cut.log.1.gz"]
    assert damaged.error.startswith(f"read stopped after line {damaged.lines}: ")
    assert 0 < damaged.requests < 3000
    assert files["good.log"].error == "" and files["good.log"].requests == 2
    assert len(requests) == damaged.requests + 2
    assert len(reader.summary().errors) == 2


def test_malformed_lines_callback_and_sample(tmp_path: Path) -> None:
    log = tmp_path / "a.log"
    log.write_bytes(
        (line(1) + "garbage one\n" + line(2) + "\n" + "garbage two\n").encode()
        + b"x" * (70 * 1024)
        + b"\n"
        + line(3).encode()
    )
    seen: list[Malformed] = []
    reader = LogReader([str(log)], "combined", on_malformed=seen.append, sample_size=2)
    assert [r.line_no for r in reader] == [1, 3, 7]
    assert [(m.line_no, m.reason, m.text) for m in seen] == [
        (2, "does not match log format 'combined'", "garbage one"),
        (5, "does not match log format 'combined'", "garbage two"),
        (6, "line longer than 64 KiB", ""),
    ]
    assert str(seen[0]) == f"{log}:2: does not match log format 'combined': 'garbage one'"
    summary = reader.summary()
    assert summary.malformed_sample == tuple(seen[:2])
    assert (summary.lines, summary.requests, summary.malformed) == (7, 3, 3)
    assert summary.files[0].skipped == 1


def test_streams_a_large_file_in_bounded_batches(tmp_path: Path) -> None:
    log = tmp_path / "big.log"
    with log.open("w") as f:
        for i in range(30_000):
            f.write(line(i))
    reader = LogReader([str(log)])
    sizes = [len(batch) for batch in reader.batches()]
    assert sum(sizes) == 30_000 and len(sizes) > 1 and max(sizes) < 30_000


def test_parallel_reading_gives_the_same_requests_and_summary(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join(line(i) for i in range(3000)) + "garbage\n" + line(3001))
    files = [str(ROTATION / "access.log.2.gz"), str(log), str(tmp_path / "missing.log")]
    seen: list[Malformed] = []
    serial = LogReader(files)
    parallel = LogReader(files, parallel=True, on_malformed=seen.append)
    assert list(parallel) == list(serial)
    assert parallel.summary() == serial.summary()
    assert [(m.line_no, m.text) for m in seen] == [(3001, "garbage")]


def test_parallel_reader_stops_its_process_when_the_consumer_stops(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join(line(i) for i in range(50_000)))
    batches = LogReader([str(log)], parallel=True).batches()
    first = next(batches)
    assert first[0].line_no == 1
    batches.close()  # terminates and joins the child; nothing left running
    assert not [p for p in multiprocessing.active_children() if p.name == "webhunt-log-reader"]


def test_parallel_falls_back_to_one_process_when_none_can_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(self: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(parallel._CONTEXT.Process, "start", refuse)
    log = tmp_path / "access.log"
    log.write_text(line(1) + line(2))
    reader = LogReader([str(log)], parallel=True)
    assert [r.line_no for r in reader] == [1, 2]
    assert reader.summary().requests == 2
    assert "cannot start a log reading process" in caplog.text
    rows = [row for batch in reader.row_batches(tag_with_pid) for row in batch]
    assert [(pid, line_no) for pid, line_no, *_ in rows] == [(os.getpid(), 1), (os.getpid(), 2)]


def tag_with_pid(rows: list[RequestRow]) -> list[tuple[int, int, str, int]]:
    """A picklable ``convert`` of plain values (they travel as marshal data): the process it ran in,
    with each row's line number, path and time."""
    pid = os.getpid()
    return [(pid, row[13], row[3], int(row[0].timestamp())) for row in rows]


def with_datetimes(rows: list[RequestRow]) -> list[tuple[datetime, int]]:
    """A ``convert`` whose rows marshal cannot write (they travel as pickles)."""
    return [(row[0], row[13]) for row in rows]


def test_row_batches_are_converted_where_the_lines_are_parsed(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join(line(i) for i in range(6000)) + "garbage\n" + line(6001))
    files = [str(ROTATION / "access.log.2.gz"), str(log), str(tmp_path / "missing.log")]
    requests = list(LogReader(files))

    serial = LogReader(files)
    rows = [row for batch in serial.row_batches(tag_with_pid) for row in batch]
    assert {pid for pid, *_ in rows} == {os.getpid()}
    assert [row[1:] for row in rows] == [(r.line_no, r.path, int(r.time.timestamp())) for r in requests]

    seen: list[Malformed] = []
    in_child = LogReader(files, parallel=True, on_malformed=seen.append)
    child_rows = [row for batch in in_child.row_batches(tag_with_pid) for row in batch]
    pids = {pid for pid, *_ in child_rows}
    assert len(pids) == 1 and os.getpid() not in pids
    assert [row[1:] for row in child_rows] == [row[1:] for row in rows]
    assert in_child.summary() == serial.summary()  # files, counts, errors, malformed sample
    assert [(m.line_no, m.text) for m in seen] == [(6001, "garbage")]

    pickled = LogReader(files, parallel=True).row_batches(with_datetimes)
    assert [row for batch in pickled for row in batch] == [(r.time, r.line_no) for r in requests]


def fail_on_purpose(rows: list[RequestRow]) -> list[RequestRow]:
    raise ValueError(f"cannot convert {len(rows)} rows")


def die_on_purpose(rows: list[RequestRow]) -> list[RequestRow]:
    os._exit(3)


@pytest.mark.parametrize(
    ("convert", "message"),
    [
        (fail_on_purpose, r"reading the logs failed: ValueError: cannot convert \d+ rows"),
        (die_on_purpose, r"the log reading process ended unexpectedly \(exit code 3\)"),
    ],
)
def test_a_failing_reading_process_is_an_error_here(
    tmp_path: Path, convert: Callable[[list[RequestRow]], list[RequestRow]], message: str
) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join(line(i) for i in range(100)))
    with pytest.raises(WebhuntError, match=message):
        for _ in LogReader([str(log)], parallel=True).row_batches(convert):
            pass
    assert not [p for p in multiprocessing.active_children() if p.name == "webhunt-log-reader"]
