"""Following access logs through rotation, without losing or repeating a line (an I/O edge).

A ``Follower`` reads one log path by polling (what ``tail -F`` does; it works on every file system):

- it keeps the open file's (device, inode) and the offset just past the last complete line handed
  on; a partial last line waits for its newline;
- **rename rotation** (logrotate's default, ``access.log`` -> ``access.log.1``, new file created): the
  old file stays open and is drained to its end, and read again until it has been quiet for
  ``drain_grace`` seconds (the server keeps writing to it until it reopens its log); the new file is
  read from its first line;
- **copytruncate** (same inode, emptied in place): a size below the offset, or first line that is no
  longer the one the stream started with, starts the stream again at its first line;
- the stream identity (``source_id``) is ``webhunt.logs.source.fingerprint`` of the file's head, and
  lines are numbered from 1 as ``webhunt logs`` numbers them, so a request read here and the same
  request ingested later from the rotated file are one request in the store;
- offsets are saved (atomically) after the lines were handed on, so a restart resumes where it
  stopped; a log rotated while the daemon was down is found again in its directory by inode and
  drained first.

Lines are decoded as UTF-8 with undecodable bytes as ``\\xNN``; a line longer than
``MAX_LINE_BYTES`` is handed on as None (the caller counts it as malformed).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from webhunt.atomic import write_atomically
from webhunt.errors import WebhuntError
from webhunt.logs.source import MAX_LINE_BYTES, fingerprint

log = logging.getLogger(__name__)

READ_CHUNK = 1 << 20
#: Bytes read from one file per poll, so one busy log cannot starve the others.
READ_BUDGET = 16 << 20
_HEAD_LIMIT = 64 * 1024
_COMPRESSED_MAGIC = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ")

#: (log path as read, source_id, number of the first line, lines); None: a line too long to keep.
LineHandler = Callable[[str, str, int, list[str | None]], None]


@dataclass(slots=True)
class Position:
    """Where reading one file stands; what is saved between runs."""

    dev: int
    ino: int
    offset: int  # just past the last complete line handed on
    line_no: int  # number of the last line handed on (0: none yet)
    source_id: str  # "" until the first data line is complete
    head_len: int = 0  # bytes hashed into source_id


class _Open:
    """An open log file and its position."""

    def __init__(self, path: str, fh: BinaryIO, pos: Position) -> None:
        self.path = path
        self.fh = fh
        self.pos = pos
        self.skipping = False  # inside a line longer than MAX_LINE_BYTES
        self.last_data = time.monotonic()
        self.seen: tuple[int, int] = (-1, -1)  # (size, mtime_ns) when last checked for truncation

    def close(self) -> None:
        self.fh.close()


def _identify(fh: BinaryIO) -> tuple[str, int] | None:
    """(source_id, bytes it covers) once the file's first data line is complete; None before."""
    head = os.pread(fh.fileno(), _HEAD_LIMIT, 0)
    end = 0
    while end < len(head):
        nl = head.find(b"\n", end)
        if nl < 0:
            return None  # the first data line is still being written
        line = head[end : nl + 1].strip()
        end = nl + 1
        if line and not line.startswith(b"#"):
            return fingerprint(head[:end]), end
    # headers only so far: wait, unless the head is full (then identify it as the reader would)
    return (fingerprint(head), min(len(head), 4096)) if len(head) >= _HEAD_LIMIT else None


def _decode(raw: list[bytes]) -> list[str | None]:
    out: list[str | None] = []
    for b in raw:
        if len(b) > MAX_LINE_BYTES:
            out.append(None)
            continue
        if b"\x00" in b:  # copytruncate under a writer without O_APPEND leaves a hole of NULs
            b = b.replace(b"\x00", b"")
        out.append(b.rstrip(b"\r").decode("utf-8", "backslashreplace"))
    return out


class Follower:
    """Follows one log path. ``poll`` reads what is new and hands complete lines to ``handler``."""

    def __init__(
        self,
        path: str,
        handler: LineHandler,
        *,
        state_dir: Path | None = None,
        from_start: bool = False,
        drain_grace: float = 2.0,
    ) -> None:
        self.path = os.path.abspath(path)
        self._handler = handler
        self._state_file = (
            state_dir
            / f"tail-{hashlib.sha1(self.path.encode(), usedforsecurity=False).hexdigest()[:16]}.json"
            if state_dir is not None
            else None
        )
        self._from_start = from_start
        self._grace = drain_grace
        self._cur: _Open | None = None
        self._draining: list[_Open] = []
        self._started = False
        self._dirty = False
        self._missing_logged = False
        self.lines_read = 0
        self.rotations = 0
        self.truncations = 0

    # -- start and resume ------------------------------------------------------------------------

    def _load_state(self) -> list[Position]:
        if self._state_file is None:
            return []
        try:
            data = json.loads(self._state_file.read_text(encoding="utf-8"))
            return [Position(**p) for p in data.get("positions", [])]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, TypeError) as exc:
            log.warning("%s: ignoring unreadable tail state %s: %s", self.path, self._state_file, exc)
            return []

    def save(self) -> None:
        """Save the positions (atomically); called after lines were handed on and at stop."""
        if self._state_file is None or not self._dirty:
            return
        positions = [asdict(o.pos) for o in [*self._draining, *([self._cur] if self._cur else [])]]
        data = json.dumps({"path": self.path, "positions": positions}, separators=(",", ":"))
        try:
            write_atomically(self._state_file, data.encode())
            self._dirty = False
        except OSError as exc:
            log.warning("%s: cannot save tail position to %s: %s", self.path, self._state_file, exc)

    def _find_by_inode(self, dev: int, ino: int) -> str | None:
        """A file of this log's directory with the given identity (a rotated generation)."""
        directory = os.path.dirname(self.path)
        base = os.path.basename(self.path)
        try:
            with os.scandir(directory) as it:
                for e in it:
                    if not e.name.startswith(base.split(".")[0]):
                        continue
                    try:
                        st = e.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    if (st.st_dev, st.st_ino) == (dev, ino):
                        return e.path
        except OSError:
            return None
        return None

    def _open(self, path: str) -> _Open | None:
        try:
            fh = open(path, "rb")  # noqa: SIM115 - kept open while followed, closed in close()
        except OSError as exc:
            if not self._missing_logged:
                log.warning("%s: cannot open access log: %s", path, exc.strerror)
                self._missing_logged = True
            return None
        self._missing_logged = False
        st = os.fstat(fh.fileno())
        return _Open(path, fh, Position(st.st_dev, st.st_ino, 0, 0, ""))

    def _start(self) -> None:
        """First poll: resume saved positions, or start at the end (or the start) of the log."""
        self._started = True
        saved = self._load_state()
        try:
            st = os.stat(self.path)
        except OSError:
            st = None
        resumed_current = False
        for pos in saved:
            if st is not None and (st.st_dev, st.st_ino) == (pos.dev, pos.ino):
                o = self._open(self.path)
                if o is not None and self._same_stream(o, pos):
                    o.pos = pos
                    self._cur, resumed_current = o, True
                elif o is not None:
                    log.warning(
                        "%s: truncated while the guard was down; reading it from its start", self.path
                    )
                    self._cur, resumed_current = o, True
                continue
            older = self._find_by_inode(pos.dev, pos.ino)
            if older is None:
                log.warning(
                    "%s: the part read before the restart was rotated away; lines after offset %d of it "
                    "are not in the store (ingest the rotated files with `webhunt logs`)",
                    self.path,
                    pos.offset,
                )
                continue
            o = self._open(older)
            if o is None or self._compressed(o) or not self._same_stream(o, pos):
                if o is not None:
                    o.close()
                continue
            o.pos = pos
            self._draining.append(o)
        if resumed_current or st is None:
            return
        cur = self._open(self.path)
        if cur is None:
            return
        if saved or self._from_start:
            self._cur = cur  # a generation we never read: all of it is new
            return
        # First start: only what comes next; number the lines already there.
        self._skip_existing(cur)
        self._cur = cur

    def _skip_existing(self, o: _Open) -> None:
        size = os.fstat(o.fh.fileno()).st_size
        ident = _identify(o.fh)
        if ident is None:
            return  # not even one complete line yet: read it all when it comes
        count, offset = 0, 0
        while offset < size:
            chunk = os.pread(o.fh.fileno(), min(READ_CHUNK, size - offset), offset)
            if not chunk:
                break
            cut = chunk.rfind(b"\n")
            if cut < 0:
                break
            count += chunk.count(b"\n", 0, cut + 1)
            offset += cut + 1
        o.pos.offset, o.pos.line_no = offset, count
        o.pos.source_id, o.pos.head_len = ident
        self._dirty = True

    @staticmethod
    def _compressed(o: _Open) -> bool:
        head = os.pread(o.fh.fileno(), 6, 0)
        return head.startswith(_COMPRESSED_MAGIC)

    @staticmethod
    def _same_stream(o: _Open, pos: Position) -> bool:
        if not pos.source_id:
            return pos.offset == 0
        size = os.fstat(o.fh.fileno()).st_size
        if size < pos.offset or pos.head_len <= 0:
            return False
        head = os.pread(o.fh.fileno(), pos.head_len, 0)
        return fingerprint(head) == pos.source_id

    # -- polling ---------------------------------------------------------------------------------

    def poll(self) -> int:
        """Read what is new (draining rotated files first); the number of lines handed on."""
        if not self._started:
            self._start()
        n = 0
        for o in list(self._draining):
            n += self._read(o)
            if time.monotonic() - o.last_data >= self._grace:
                n += self._finish(o)
                self._draining.remove(o)
                o.close()
                self._dirty = True
        n += self._follow_path()
        return n

    def _follow_path(self) -> int:
        n = 0
        cur = self._cur
        if cur is not None:
            n += self._check_truncated(cur)
            n += self._read(cur)
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return n  # rotated away and not yet recreated: keep reading the open file
        except OSError as exc:
            log.warning("%s: %s", self.path, exc.strerror)
            return n
        if cur is not None and (st.st_dev, st.st_ino) == (cur.pos.dev, cur.pos.ino):
            return n
        new = self._open(self.path)
        if new is None:
            return n
        if cur is not None:
            # Rename rotation: the old generation is drained until quiet, the new one read from line 1.
            self.rotations += 1
            n += self._read(cur)
            cur.last_data = time.monotonic()
            self._draining.append(cur)
            log.info("%s: rotated; draining the previous file", self.path)
        self._cur = new
        self._dirty = True
        return n + self._read(new)

    def _check_truncated(self, o: _Open) -> int:
        """Copytruncate: finish the stream from logrotate's copy, then start again at line 1."""
        try:
            st = os.fstat(o.fh.fileno())
        except OSError:
            return 0
        seen = (st.st_size, st.st_mtime_ns)
        if seen == o.seen:
            return 0
        o.seen = seen
        truncated = st.st_size < o.pos.offset
        if not truncated and o.pos.source_id and o.pos.head_len:
            head = os.pread(o.fh.fileno(), o.pos.head_len, 0)
            truncated = len(head) < o.pos.head_len or fingerprint(head) != o.pos.source_id
        if not truncated:
            return 0
        self.truncations += 1
        n = 0
        copy = self._find_copy(o.pos, (st.st_dev, st.st_ino))
        if copy is not None:
            log.info("%s: truncated in place; finishing the stream from its copy %s", o.path, copy.path)
            n = self._read(copy)
            copy.last_data = time.monotonic()
            self._draining.append(copy)
        else:
            log.info("%s: truncated in place; reading it again from its first line", o.path)
        o.pos = Position(o.pos.dev, o.pos.ino, 0, 0, "")
        o.skipping = False
        self._dirty = True
        return n

    def _find_copy(self, pos: Position, exclude: tuple[int, int]) -> _Open | None:
        """The copy logrotate made before truncating (same stream, at least as long as we read)."""
        if not pos.source_id or not pos.head_len:
            return None
        directory = os.path.dirname(self.path)
        stem = os.path.basename(self.path).split(".")[0]
        try:
            with os.scandir(directory) as it:
                names = [e.path for e in it if e.name.startswith(stem) and e.is_file(follow_symlinks=False)]
        except OSError:
            return None
        for path in names:
            o = self._open(path)
            if o is None:
                continue
            st = os.fstat(o.fh.fileno())
            if (st.st_dev, st.st_ino) != exclude and not self._compressed(o) and self._same_stream(o, pos):
                o.pos = Position(st.st_dev, st.st_ino, pos.offset, pos.line_no, pos.source_id, pos.head_len)
                return o
            o.close()
        return None

    def _read(self, o: _Open) -> int:
        """Hand on the complete lines after ``o``'s offset."""
        if not o.pos.source_id:
            ident = _identify(o.fh)
            if ident is None:
                return 0
            o.pos.source_id, o.pos.head_len = ident
        fd = o.fh.fileno()
        budget = READ_BUDGET
        total = 0
        while budget > 0:
            chunk = os.pread(fd, READ_CHUNK, o.pos.offset)
            if not chunk:
                break
            budget -= len(chunk)
            o.last_data = time.monotonic()
            if o.skipping:  # the rest of an over-long line
                nl = chunk.find(b"\n")
                if nl < 0:
                    o.pos.offset += len(chunk)
                    continue
                self._emit(o, [None])
                o.pos.offset += nl + 1
                o.skipping = False
                total += 1
                continue
            cut = chunk.rfind(b"\n")
            if cut < 0:
                if len(chunk) > MAX_LINE_BYTES:  # no newline in sight: too long to keep
                    o.skipping = True
                    o.pos.offset += len(chunk)
                    continue
                break  # a partial line: wait for its end
            lines = _decode(chunk[:cut].split(b"\n"))
            self._emit(o, lines)
            o.pos.offset += cut + 1
            total += len(lines)
        return total

    def _emit(self, o: _Open, lines: list[str | None]) -> None:
        """Hand lines on; the caller advances the offset only once the handler returned."""
        self._handler(o.path, o.pos.source_id, o.pos.line_no + 1, lines)
        o.pos.line_no += len(lines)
        self.lines_read += len(lines)
        self._dirty = True

    def _finish(self, o: _Open) -> int:
        """A drained file's last line, if it never got its newline."""
        if o.skipping:
            return 0
        tail = os.pread(o.fh.fileno(), MAX_LINE_BYTES + 1, o.pos.offset)
        if not tail:
            return 0
        self._emit(o, _decode([tail]))
        o.pos.offset += len(tail)
        return 1

    def close(self) -> None:
        self.save()
        for o in [*self._draining, *([self._cur] if self._cur else [])]:
            o.close()
        self._draining.clear()
        self._cur = None


class Tailer:
    """One thread polling every follower; a failing log is logged and retried, never fatal."""

    def __init__(
        self, followers: Sequence[Follower], *, interval: float = 0.25, save_every: float = 1.0
    ) -> None:
        self.followers = list(followers)
        self._interval = interval
        self._save_every = save_every
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="webhunt-tail", daemon=True)
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def poll_once(self) -> int:
        n = 0
        for f in self.followers:
            try:
                n += f.poll()
            except OSError as exc:
                log.warning("%s: reading the access log failed: %s", f.path, exc)
            except WebhuntError as exc:  # e.g. the store is unreachable: the lines are read again
                log.error("%s: lines not recorded, will retry: %s", f.path, exc)
        return n

    def _run(self) -> None:
        last_save = time.monotonic()
        while not self._stop.is_set():
            n = self.poll_once()
            now = time.monotonic()
            if now - last_save >= self._save_every:
                for f in self.followers:
                    f.save()
                last_save = now
            if n == 0:
                self._stop.wait(self._interval)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(30)
        for f in self.followers:
            with contextlib.suppress(OSError):
                f.close()
