"""The database adapter: engine creation, SQLite pragmas, transactions, driver errors -> StoreError.

SQLite runs in WAL mode (readers never block the one writer), with a busy timeout, foreign keys on
and ``synchronous=NORMAL`` (a killed process loses nothing committed; a power cut may lose the last
transactions, never consistency). Write transactions start with ``BEGIN IMMEDIATE`` so that two
writer processes queue on the busy timeout instead of failing on a lock upgrade. During a bulk write
(``background_checkpoints``) a helper thread copies the WAL into the database, so the writer does
not stop for that copy and its ``fsync`` at every automatic checkpoint.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
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
CHECKPOINT_INTERVAL = 0.02
#: Seconds to wait for a PostgreSQL server to answer a connection attempt.
PG_CONNECT_TIMEOUT = 10

_BEGIN_OPTION = "webhunt_begin"
_CHECKPOINT = "PRAGMA wal_checkpoint(PASSIVE)"

log = logging.getLogger(__name__)


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
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT * 1000)}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA cache_size=-65536")
        cur.execute("PRAGMA temp_store=MEMORY")
    finally:
        cur.close()


def _sqlite_on_begin(conn: sa.Connection) -> None:
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

    A writer otherwise runs the automatic checkpoint itself (every 1000 WAL pages): it copies the
    pages into the database and waits for the disk (``fsync``) before its next transaction. The
    helper's ``PASSIVE`` checkpoints never wait for the writer nor block it (the sqlite3 module
    releases the GIL while SQLite works), so that copy overlaps the writer's work; the writer's own
    automatic checkpoint still runs whenever the helper is idle, which keeps the WAL bounded. A
    failing checkpoint stops the helper (logged), never the write. No-op on PostgreSQL.
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
    try:
        cursor = conn.cursor()
        while not stop.wait(CHECKPOINT_INTERVAL):
            cursor.execute(_CHECKPOINT)
            cursor.fetchall()
    except sqlite3.Error as exc:  # disk full, I/O error: the writer's own checkpoints go on
        log.warning("background WAL checkpoints stopped: %s", exc)
    finally:
        conn.close()
