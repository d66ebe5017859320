"""Reading and parsing logs in a second process, so parsing and storing use two cores.

The child process (started with ``spawn``: safe in a threaded parent) runs the same reader as
the in-process path and sends each batch (a megabyte of log) in a few messages, then what it
noted (malformed lines, files finished). The parent builds the ``Request`` objects; or, given a
``convert`` function, the child applies it to each batch and sends what it returns, cut into
consecutive pieces (a store's insert rows: the parent then only executes the inserts), and after
the last batch the ``convert`` object itself, so state it gathered (a log detector's) comes back.
Rows of plain values (text, numbers) travel as ``marshal`` data, cheaper to write and to read
than pickles; parsed rows (they hold datetimes) as pickles.

A thread of the child writes the messages to the pipe from a queue of at most 64 (~16 MB), so the
child keeps parsing while the parent is busy with a long store transaction; the parent reads the
pipe a megabyte at a time. Memory stays bounded and a slower consumer slows the reader down. If
the consumer stops early, the child is terminated.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import logging
import marshal
import multiprocessing
import os
import pickle
import queue
import signal
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection
from typing import Any

from webhunt.errors import WebhuntError
from webhunt.logs.formats import resolve_format
from webhunt.logs.lineparser import RequestRow
from webhunt.logs.reader import FileSummary, Malformed, RowReader, converted

log = logging.getLogger(__name__)
_CONTEXT = multiprocessing.get_context("spawn")
#: Pipe capacity asked for (Linux; the default is 64 KiB).
_PIPE_BYTES = 1 << 20
#: Messages per batch (a batch is a megabyte of log): several messages fit in the pipe.
_PIECES = 4
#: Messages the reading process keeps ready at most (~16 MB, some 60,000 rows).
_QUEUED_MESSAGES = 64
#: A message on the pipe: payload length, kind; then the payload.
_FRAME = struct.Struct("!QB")
#: Kinds of messages: rows (marshal or pickle), what was noted (malformed lines, files finished,
#: pickled), the end, an error (text), the ``convert`` object after the last batch (pickled).
_ROWS_MARSHAL, _ROWS_PICKLE, _NOTES, _END, _ERROR, _CONVERTER = range(1, 7)
_MARSHAL_VERSION = 4
_GC_THRESHOLD = 20_000
Convert = Callable[[list[RequestRow]], list[Any]]


def _encode(rows: list[Any], marshal_ok: bool) -> tuple[int, bytes, bool]:
    """(frame kind, bytes, whether marshal may be tried next time) of a list of rows."""
    if marshal_ok:
        try:
            return _ROWS_MARSHAL, marshal.dumps(rows, _MARSHAL_VERSION), True
        except ValueError:  # a value marshal cannot write (a datetime): pickles from now on
            pass
    return _ROWS_PICKLE, pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL), False


def _cut(rows: list[Any]) -> list[list[Any]]:
    """``rows`` in ``_PIECES`` consecutive pieces: several of them fit in the pipe. Once ``rows`` is
    gone (and the parsed rows cleared) each value has one reference, which marshal does not track:
    writing the pieces then costs a third of what it costs while the batch holds them too."""
    step = max(1, -(-len(rows) // _PIECES))
    return [rows[start : start + step] for start in range(0, len(rows), step)]


def _produce(paths: list[str], fmt_text: str | None, convert: Convert | None, conn: Connection) -> None:
    """The child process: read every file, send the batches."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C and stops us
    # This process allocates rows by the thousand, frees them batch by batch and makes no reference
    # cycles: the cyclic collector would run every few hundred lines for nothing (~10% of the
    # time). It runs after _GC_THRESHOLD more objects than were freed, and skips the modules.
    gc.freeze()
    gc.set_threshold(_GC_THRESHOLD)
    malformed: list[Malformed] = []
    files: list[FileSummary] = []
    marshal_ok = convert is not None  # parsed rows hold datetimes, which marshal cannot write
    sender = _Sender(conn.fileno())

    def send_notes() -> None:
        if malformed or files:
            sender.put(_NOTES, pickle.dumps((malformed[:], files[:]), protocol=pickle.HIGHEST_PROTOCOL))
            malformed.clear()
            files.clear()

    try:
        fmt = resolve_format(fmt_text) if fmt_text else None
        for rows in RowReader(paths, fmt, malformed.append, files.append).batches():
            pieces = _cut(convert(rows) if convert is not None else rows)
            rows.clear()  # the values are now only in the pieces: marshal writes them without memo
            while pieces:
                kind, data, marshal_ok = _encode(pieces.pop(0), marshal_ok)
                sender.put(kind, data)
            send_notes()  # what the batch noted comes after its rows
        send_notes()
        if convert is not None:  # what it holds now (e.g. a detector fed every row) goes back
            sender.put(_CONVERTER, pickle.dumps(convert, protocol=pickle.HIGHEST_PROTOCOL))
        sender.put(_END, b"")
        sender.close()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the parent stopped reading
    except Exception as exc:  # a bug or MemoryError: tell the parent what it was, then fail
        with contextlib.suppress(OSError):
            sender.put(_ERROR, f"{type(exc).__name__}: {exc}".encode(errors="backslashreplace"))
            sender.close()
        raise
    finally:
        sender.stop()
        conn.close()


class _Sender:
    """The child's writing thread: messages wait in a bounded queue while the parent is busy with
    a long store transaction (the pipe holds a megabyte at most), so parsing goes on meanwhile.
    Everything queued goes out in one write, which the parent then reads without a pause: between
    writes the thread waits for the GIL, which the parsing thread may hold for the whole switch
    interval (5 ms), so one write per message would starve a parent that reads fast."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=_QUEUED_MESSAGES)
        self._error: OSError | None = None
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="webhunt-log-sender", daemon=True)
        self._thread.start()

    def put(self, kind: int, payload: bytes) -> None:
        """Queue one message; raises the pipe's error once the parent is gone."""
        self._put(_FRAME.pack(len(payload), kind) + payload)

    def close(self) -> None:
        """Wait until every queued message is in the pipe."""
        self._put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join()

    def _put(self, item: bytes | None) -> None:
        while True:
            if self._error is not None:
                raise self._error
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    item = self._queue.get(timeout=0.1)
                except queue.Empty:
                    continue
                if item is None:
                    return
                parts, last = [item], False
                while not last:  # everything queued, in one write
                    try:
                        more = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if more is None:
                        last = True
                    else:
                        parts.append(more)
                view = memoryview(b"".join(parts))
                while view:
                    view = view[os.write(self._fd, view) :]
                if last:
                    return
        except OSError as exc:  # BrokenPipeError: the parent stopped reading
            self._error = exc


def _widen(conn: Connection) -> None:
    """Ask for a larger pipe (fewer wake-ups per batch); the default works too."""
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setsize is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(conn.fileno(), setsize, _PIPE_BYTES)


def row_batches_in_process(
    paths: Sequence[str],
    fmt_text: str | None,
    on_malformed: Callable[[Malformed], None],
    on_file: Callable[[FileSummary], None],
    convert: Convert | None = None,
    on_done: Callable[[Any], None] | None = None,
) -> Iterator[list[Any]]:
    """Rows of every file (``convert``ed in the child when given), read by a child process;
    callbacks run here, in order. After the last batch ``on_done`` gets the child's ``convert``
    object as it is then (a copy: whatever state it gathered from the rows)."""
    receive, send = _CONTEXT.Pipe(duplex=False)
    _widen(receive)
    child = _CONTEXT.Process(
        target=_produce,
        args=(list(paths), fmt_text, convert, send),
        name="webhunt-log-reader",
        daemon=True,
    )
    try:
        child.start()
    except OSError as exc:  # no processes allowed here (limits, sandbox): read in this one
        log.warning("cannot start a log reading process (%s); reading in this process", exc)
        receive.close()
        send.close()
        fmt = resolve_format(fmt_text) if fmt_text else None
        yield from converted(RowReader(paths, fmt, on_malformed, on_file).batches(), convert, on_done)
        return
    send.close()
    try:
        for kind, payload in _frames(receive.fileno()):
            if kind == _ROWS_MARSHAL:
                rows = marshal.loads(payload)
            elif kind == _ROWS_PICKLE:
                rows = pickle.loads(payload)
            elif kind == _NOTES:
                malformed, files = pickle.loads(payload)
                for record in malformed:
                    on_malformed(record)
                for summary in files:
                    on_file(summary)
                continue
            elif kind == _CONVERTER:
                if on_done is not None:
                    on_done(pickle.loads(payload))
                continue
            elif kind == _END:
                return
            else:
                text = bytes(payload).decode(errors="replace")
                raise WebhuntError(f"reading the logs failed: {text}")
            if rows:
                yield rows
        child.join()
        raise WebhuntError(f"the log reading process ended unexpectedly (exit code {child.exitcode})")
    finally:
        receive.close()
        if child.is_alive():
            child.terminate()
        child.join()


def _frames(fd: int) -> Iterator[tuple[int, memoryview]]:
    """(kind, payload) of each message on the pipe, until the writer closes it. The pipe is read a
    megabyte at a time; a payload is a view of the read buffer, valid until the next message."""
    pending = bytearray()
    header = _FRAME.size
    while True:
        chunk = os.read(fd, _PIPE_BYTES)
        if not chunk:
            return
        pending += chunk
        start = 0
        with memoryview(pending) as view:
            while len(pending) - start >= header:
                size, kind = _FRAME.unpack_from(pending, start)
                end = start + header + size
                if len(pending) < end:
                    break
                with view[start + header : end] as payload:
                    yield kind, payload
                start = end
        del pending[:start]
