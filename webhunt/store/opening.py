"""Opening a store: the URL resolved, the engine created, the schema migrated, the host registered."""

from __future__ import annotations

from webhunt.errors import StoreError
from webhunt.settings import host_name
from webhunt.store import migrate
from webhunt.store.engine import create_engine, db_errors
from webhunt.store.store import Clock, Store, utc_now
from webhunt.store.url import parse, resolve_url, sqlite_file


def open_store(
    url: str | None = None,
    *,
    host: str | None = None,
    clock: Clock = utc_now,
    migrate_to: str = "head",
    create: bool = True,
) -> Store:
    """Open (creating and migrating as needed) the store named by ``url`` / the environment.

    Raises StoreError, naming the URL with its password masked, when the URL is bad or the database
    cannot be reached or migrated. ``create=False`` (commands that only read what was recorded, such
    as ``webhunt report``): a SQLite file that does not exist is an error, not a new empty store whose
    empty report would read as "nothing found". ``migrate_to`` exists for migration tests only.
    """
    raw = resolve_url(url)
    parsed = parse(raw)
    if not create and (path := sqlite_file(parsed)) is not None and not path.exists():
        raise StoreError(
            f"no store at {path}: nothing has been recorded there (give the --db the findings were "
            "stored with, or run webhunt scan, diff, logs or hunt with this one first)"
        )
    raw = parsed.render_as_string(hide_password=False)
    engine = create_engine(parsed)
    try:
        with db_errors(raw, "opening"):
            migrate.upgrade(engine, raw, migrate_to)
        store = Store(engine, raw, host or host_name(), clock)
        if migrate_to == "head":
            store.register_host()
    except BaseException:
        engine.dispose()
        raise
    return store
