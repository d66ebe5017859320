"""Opening a store: URL precedence, clear errors with masked passwords, SQLite settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from webhunt.errors import StoreError
from webhunt.store import open_store, resolve_url
from webhunt.store.url import parse


def test_url_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert resolve_url(None, env) == f"sqlite:///{tmp_path}/xdg/webhunt/webhunt.db"
    env["WEBHUNT_DATABASE_URL"] = "postgresql://u@db/x"
    assert resolve_url(None, env) == "postgresql://u@db/x"
    assert resolve_url("sqlite:////tmp/flag.db", env) == "sqlite:////tmp/flag.db"
    assert resolve_url(None, {"HOME": "/home/h"}).endswith("/.local/share/webhunt/webhunt.db")


def test_default_store_is_created_in_the_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with open_store() as store:
        assert store.file == tmp_path / "data" / "webhunt" / "webhunt.db"
        assert store.file.exists()


def test_env_url_is_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WEBHUNT_DATABASE_URL", f"sqlite:///{tmp_path}/env.db")
    with open_store() as store:
        assert store.file == tmp_path / "env.db"


def test_postgresql_urls_use_psycopg3() -> None:
    assert parse("postgresql://u:p@h:5/d").drivername == "postgresql+psycopg"
    assert parse("postgres://u@h/d").drivername == "postgresql+psycopg"
    assert parse("postgresql+psycopg://u@h/d").drivername == "postgresql+psycopg"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "invalid database URL"),
        ("mysql://root:hunter2@localhost/x", "unsupported database URL"),
        ("postgresql+psycopg2://u:hunter2@h/d", "unsupported database URL"),
        ("sqlite://", "must be a file"),
        ("sqlite:///:memory:", "must be a file"),
    ],
)
def test_bad_urls(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as info:
        open_store(url)
    assert "hunter2" not in str(info.value)


def test_a_plain_path_is_named_with_the_url_that_would_open_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        open_store(str(tmp_path / "findings.db"))
    text = str(info.value)
    assert f"'{tmp_path}/findings.db'" in text and f"sqlite:///{tmp_path}/findings.db" in text
    assert not (tmp_path / "findings.db").exists()


def test_an_unparsable_url_hides_what_could_be_a_password() -> None:
    with pytest.raises(StoreError) as info:
        open_store("postgresql://u:hunter2@[::1/x")
    assert "hunter2" not in str(info.value)


def test_unreachable_server_names_the_url_without_password() -> None:
    with pytest.raises(StoreError) as info:
        open_store("postgresql://webhunt:hunter2@127.0.0.1:1/fleet")
    text = str(info.value)
    assert "127.0.0.1:1/fleet" in text and "***" in text and "hunter2" not in text


def test_unwritable_sqlite_location(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot create the directory"):
        open_store(f"sqlite:///{blocker}/sub/webhunt.db")


def test_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"bogus\.db"):
        open_store(f"sqlite:///{bogus}")


def test_sqlite_runs_in_wal_with_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path}/s.db") as store, store.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
        conn.rollback()
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 30000, "synchronous": 1}


def test_store_records_its_host(tmp_path: Path) -> None:
    import socket

    with open_store(f"sqlite:///{tmp_path}/h.db") as store:
        assert store.host == socket.gethostname()
        with store.engine.connect() as conn:
            names = conn.execute(sa.text("SELECT name FROM hosts")).scalars().all()
        assert names == [socket.gethostname()]


class _LockedCursor:
    """A cursor whose ``journal_mode`` change finds the database locked the first ``locked`` times."""

    def __init__(self, locked: int, message: str = "database is locked") -> None:
        self.locked = locked
        self.message = message
        self.calls = 0

    def execute(self, sql: str) -> None:
        self.calls += 1
        if self.calls <= self.locked:
            raise sqlite3.OperationalError(self.message)


def test_turning_a_new_store_to_wal_waits_out_another_process() -> None:
    """Two processes opening a new store both turn it to WAL; SQLite refuses one at once ("database
    is locked", no busy handler), so the change is retried until the timeout."""
    from webhunt.store.engine import _enter_wal

    cur = _LockedCursor(locked=3)
    _enter_wal(cur, timeout=5.0)  # type: ignore[arg-type]
    assert cur.calls == 4
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _enter_wal(_LockedCursor(locked=1000), timeout=0.05)  # type: ignore[arg-type]
    other = _LockedCursor(locked=1, message="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _enter_wal(other, timeout=5.0)  # type: ignore[arg-type]
    assert other.calls == 1  # only a lock is waited out
