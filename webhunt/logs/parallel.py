"""Reading and parsing logs in a second process, so parsing and storing use two cores.

The child process (started with ``spawn``: safe in a threaded parent) runs the same reader as
the in-process path and sends, per batch of about a thousand lines, the parsed rows (plain tuples,
cheap to pickle), the malformed lines and the files finished. The pipe holds at most a batch or
two, so memory stays bounded and a slow consumer slows the reader down. The parent builds the
``Request`` objects. If the consumer stops early, the child is terminated.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import signal
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection

from webhunt.errors import WebhuntError
from webhunt.logs.formats import resolve_format
from webhunt.logs.lineparser import RequestRow
from webhunt.logs.reader import FileSummary, Malformed, RowReader

log = logging.getLogger(__name__)
_CONTEXT = multiprocessing.get_context("spawn")
#: (rows, malformed lines, finished files) of one batch; rows None once everything was read.
_Message = tuple[list[RequestRow] | None, list[Malformed], list[FileSummary]]


def _produce(paths: list[str], fmt_text: str | None, conn: Connection) -> None:
    """The child process: read every file, send the batches."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C and stops us
    malformed: list[Malformed] = []
    files: list[FileSummary] = []

    def send(rows: list[RequestRow] | None) -> None:
        message: _Message = (rows, malformed[:], files[:])
        conn.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
        malformed.clear()
        files.clear()

    try:
        fmt = resolve_format(fmt_text) if fmt_text else None
        for rows in RowReader(paths, fmt, malformed.append, files.append).batches():
            send(rows)
        send(None)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the parent stopped reading
    except Exception as exc:  # a bug or MemoryError: tell the parent what it was, then fail
        conn.send_bytes(pickle.dumps(f"{type(exc).__name__}: {exc}"))
        raise
    finally:
        conn.close()


def row_batches_in_process(
    paths: Sequence[str],
    fmt_text: str | None,
    on_malformed: Callable[[Malformed], None],
    on_file: Callable[[FileSummary], None],
) -> Iterator[list[RequestRow]]:
    """Rows of every file, read by a child process; callbacks run here, in order."""
    receive, send = _CONTEXT.Pipe(duplex=False)
    child = _CONTEXT.Process(
        target=_produce, args=(list(paths), fmt_text, send), name="webhunt-log-reader", daemon=True
    )
    try:
        child.start()
    except OSError as exc:  # no processes allowed here (limits, sandbox): read in this one
        log.warning("cannot start a log reading process (%s); reading in this process", exc)
        receive.close()
        send.close()
        fmt = resolve_format(fmt_text) if fmt_text else None
        yield from RowReader(paths, fmt, on_malformed, on_file).batches()
        return
    send.close()
    try:
        while True:
            try:
                message = pickle.loads(receive.recv_bytes())
            except EOFError:
                child.join()
                raise WebhuntError(
                    f"the log reading process ended unexpectedly (exit code {child.exitcode})"
                ) from None
            if isinstance(message, str):
                raise WebhuntError(f"reading the logs failed: {message}")
            rows, malformed, files = message
            if rows:
                yield rows
            for record in malformed:
                on_malformed(record)
            for summary in files:
                on_file(summary)
            if rows is None:
                break
    finally:
        receive.close()
        if child.is_alive():
            child.terminate()
        child.join()
