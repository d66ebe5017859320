"""The database adapter: engine creation, SQLite pragmas, transactions, driver errors -> StoreError.

SQLite runs in WAL mode (readers never block the one writer), with a busy timeout, foreign keys on
and ``synchronous=NORMAL`` (a killed process loses nothing committed; a power cut may lose the last
transactions, never consistency). Write transactions start with ``BEGIN IMMEDIATE`` so that two
writer processes queue on the busy timeout instead of failing on a lock upgrade. During a bulk write
(``background_checkpoints``) a helper thread copies the WAL into the database, and writers let the
WAL grow further before they checkpoint themselves, so they do not stop for that copy and its
``fsync`` after every transaction.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy import exc as sa_exc

from webhunt.errors import StoreError
from webhunt.store.url import mask, sqlite_file

#: Seconds a SQLite writer waits for another writer's transaction before giving up.
SQLITE_BUSY_TIMEOUT = 30.0
#: Page size of new SQLite stores: fewer, larger pages make bulk inserts into the request indexes
#: ~15% cheaper (measured by bench/logs). Stores created before keep theirs.
SQLITE_PAGE_SIZE = 16384
#: Seconds between the helper thread's WAL checkpoints during a bulk write.
CHECKPOINT_INTERVAL = 0.005
#: WAL pages after which a writer's commit runs a checkpoint itself (SQLite's default), and the
#: same while a helper thread checkpoints: the WAL stays bounded if the helper falls behind.
WAL_AUTOCHECKPOINT = 1000
BULK_WAL_AUTOCHECKPOINT = 16384
#: Seconds to wait for a PostgreSQL server to answer a connection attempt.
PG_CONNECT_TIMEOUT = 10

_BEGIN_OPTION = "webhunt_begin"
_AUTOCHECKPOINT_INFO = "webhunt_wal_autocheckpoint"
_CHECKPOINT = "PRAGMA wal_checkpoint(PASSIVE)"

log = logging.getLogger(__name__)
#: Connection pools (one per store) whose WAL a helper thread is checkpointing now, and how many
#: helpers do (``background_checkpoints``).
_helped: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()
_helped_lock = threading.Lock()


def create_engine(url: sa.URL) -> sa.Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return sa.create_engine(
        url,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=10,
        connect_args={"connect_timeout": PG_CONNECT_TIMEOUT, "application_name": "webhunt"},
    )


def _sqlite_engine(url: sa.URL) -> sa.Engine:
    path = sqlite_file(url)
    if path is None:
        raise StoreError(
            f"SQLite store {url.render_as_string(hide_password=True)!r} must be a file: use sqlite:///PATH"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the directory of the store {str(path)!r}: {exc}") from exc
    engine = sa.create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT, "check_same_thread": False},
        pool_size=8,
        max_overflow=8,
    )
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # The driver must not open transactions on its own: we issue BEGIN (see _sqlite_on_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        # Only a new, empty database takes a page size (before WAL mode creates the file).
        cur.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")
        _enter_wal(cur)
        cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT * 1000)}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA cache_size=-65536")
        cur.execute("PRAGMA temp_store=MEMORY")
    finally:
        cur.close()


def _enter_wal(cur: sqlite3.Cursor, timeout: float = SQLITE_BUSY_TIMEOUT) -> None:
    """``PRAGMA journal_mode=WAL``, retried while another connection holds the lock it needs.

    Two processes opening a new store at once both try to turn it to WAL; SQLite answers one of
    them "database is locked" at once, without calling the busy handler (waiting could deadlock
    two connections that both hold a shared lock). The mode is kept in the file, so a retry after
    the other process converted it, or let go of it, succeeds."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _sqlite_on_begin(conn: sa.Connection) -> None:
    # While a helper checkpoints, a commit leaves the copy to it (up to a bound): see
    # background_checkpoints. The setting is per driver connection; each keeps what it was last sent.
    wanted = BULK_WAL_AUTOCHECKPOINT if _helped.get(conn.engine.pool) else WAL_AUTOCHECKPOINT
    info = conn.connection.info
    if info.get(_AUTOCHECKPOINT_INFO, WAL_AUTOCHECKPOINT) != wanted:
        conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={wanted}")
        info[_AUTOCHECKPOINT_INFO] = wanted
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


@contextlib.contextmanager
def db_errors(url: str, action: str) -> Iterator[None]:
    """Turn driver errors into StoreError naming the (masked) store URL and what was attempted."""
    try:
        yield
    except sa_exc.DBAPIError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        raise StoreError(f"store {mask(url)}: {action} failed: {detail}") from exc
    except sa_exc.SQLAlchemyError as exc:
        raise StoreError(f"store {mask(url)}: {action} failed: {exc}") from exc


@contextlib.contextmanager
def write_tx(engine: sa.Engine, url: str, action: str) -> Iterator[sa.Connection]:
    """One write transaction (``BEGIN IMMEDIATE`` on SQLite), committed on success."""
    with db_errors(url, action), engine.connect() as conn:
        conn = conn.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        with conn.begin():
            yield conn


@contextlib.contextmanager
def read_tx(engine: sa.Engine, url: str, action: str) -> Iterator[sa.Connection]:
    """One read transaction: a consistent snapshot for the queries inside it."""
    with db_errors(url, action), engine.connect() as conn, conn.begin():
        yield conn


@contextlib.contextmanager
def background_checkpoints(engine: sa.Engine) -> Iterator[None]:
    """While the block runs (a long series of write transactions), checkpoint a SQLite WAL from a
    helper thread with its own connection.

    A writer otherwise runs the automatic checkpoint itself (every 1000 WAL pages, so after nearly
    every transaction of a bulk write): it copies the pages into the database and waits for the
    disk (``fsync``) before its next transaction. The helper's ``PASSIVE`` checkpoints never wait
    for the writer nor block it (the sqlite3 module releases the GIL while SQLite works), so that
    copy overlaps the writer's work. While the helper runs, transactions of this store's engine
    begin with their automatic checkpoint raised to ``BULK_WAL_AUTOCHECKPOINT`` pages: they leave
    the copy to the helper, and still make it themselves if the helper falls that far behind, which
    keeps the WAL bounded. A failing checkpoint stops the helper (logged) and gives the writers
    their own checkpoints back, never stops the write. No-op on PostgreSQL.
    """
    if engine.dialect.name != "sqlite":
        yield
        return
    stop = threading.Event()
    helper = threading.Thread(
        target=_checkpoint_loop, args=(engine, stop), name="webhunt-wal-checkpoint", daemon=True
    )
    helper.start()
    try:
        yield
    finally:
        stop.set()
        helper.join()


def _checkpoint_loop(engine: sa.Engine, stop: threading.Event) -> None:
    try:
        conn = engine.raw_connection()
    except sa_exc.SQLAlchemyError as exc:
        log.warning("no connection for background WAL checkpoints: %s", exc)
        return
    pool = engine.pool  # the one its writers use now (``dispose`` would make another)
    _count_helper(pool, +1)
    try:
        cursor = conn.cursor()
        while not stop.wait(CHECKPOINT_INTERVAL):
            cursor.execute(_CHECKPOINT)
            cursor.fetchall()
    except sqlite3.Error as exc:  # disk full, I/O error: the writer's own checkpoints go on
        log.warning("background WAL checkpoints stopped: %s", exc)
    finally:
        _count_helper(pool, -1)
        conn.close()


def _count_helper(pool: Any, step: int) -> None:
    with _helped_lock:
        count = _helped.get(pool, 0) + step
        if count > 0:
            _helped[pool] = count
        else:
            _helped.pop(pool, None)
