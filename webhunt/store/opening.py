"""Opening a store: the URL resolved, the engine created, the schema migrated, the host registered."""

from __future__ import annotations

from webhunt.settings import host_name
from webhunt.store import migrate
from webhunt.store.engine import create_engine, db_errors
from webhunt.store.store import Clock, Store, utc_now
from webhunt.store.url import parse, resolve_url


def open_store(
    url: str | None = None,
    *,
    host: str | None = None,
    clock: Clock = utc_now,
    migrate_to: str = "head",
) -> Store:
    """Open (creating and migrating as needed) the store named by ``url`` / the environment.

    Raises StoreError, naming the URL with its password masked, when the URL is bad or the database
    cannot be reached or migrated. ``migrate_to`` exists for migration tests only.
    """
    raw = resolve_url(url)
    parsed = parse(raw)
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
