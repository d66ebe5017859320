"""Bounded query parameters shared by the routers."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated

from fastapi import HTTPException, Path, Query, Request
from pydantic import BeforeValidator

from webhunt.store import MAX_LIMIT

#: No NUL characters: PostgreSQL refuses them in text, and no legitimate filter needs one.
NO_NUL = r"^[^\x00]*$"
MAX_ID = 2**31 - 1

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")]
Cursor = Annotated[
    str | None,
    Query(max_length=4096, pattern=NO_NUL, description="next_cursor of the previous page"),
]
Host = Annotated[str | None, Query(max_length=255, pattern=NO_NUL, description="recording host")]
_NUMBER = re.compile(r"\s*[+-]?\d+(\.\d*)?\s*")


def _iso_only(value: object) -> object:
    """Refuse numbers (which pydantic would take as Unix times): the schema says ISO 8601."""
    if isinstance(value, int | float) or (isinstance(value, str) and _NUMBER.fullmatch(value)):
        raise ValueError("expected an ISO 8601 date-time, e.g. 2025-03-01T12:00:00Z")
    return value


IsoDateTime = Annotated[datetime, BeforeValidator(_iso_only)]
Since = Annotated[IsoDateTime | None, Query(description="ISO 8601; no zone means UTC")]
Until = Annotated[IsoDateTime | None, Query(description="ISO 8601; no zone means UTC")]
RecordId = Annotated[int, Path(ge=1, le=MAX_ID)]
Ip = Annotated[str, Path(min_length=1, max_length=64, pattern=NO_NUL, description="client IP")]


def text(max_length: int, description: str) -> object:
    return Query(max_length=max_length, pattern=NO_NUL, description=description)


def utc(name: str, value: datetime | None) -> datetime | None:
    """``value`` in UTC (naive = UTC); a 422 naming the parameter when it cannot be represented."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise HTTPException(422, f"query.{name}: date out of range") from None


#: Query parameters that may be given more than once, per route.
REPEATABLE: dict[str, frozenset[str]] = {"/findings": frozenset({"status"})}


def known_query_parameters(request: Request) -> None:
    """422 when a query parameter is not one the route takes (``?severity=critical`` where the
    filter is ``min_severity`` would otherwise list everything, unfiltered, without a word), or
    when a scalar one is repeated (instead of silently using the last one)."""
    route = request.scope.get("route")
    allowed = REPEATABLE.get(getattr(route, "path", ""), frozenset())
    known = _query_names(route)
    seen: set[str] = set()
    for key, _ in request.query_params.multi_items():
        if known is not None and key not in known:
            names = ", ".join(sorted(known)) or "none"
            raise HTTPException(422, f"query.{key}: not a parameter of this route (it takes: {names})")
        if key in seen and key not in allowed:
            raise HTTPException(422, f"query.{key}: give this parameter at most once")
        seen.add(key)


def _query_names(route: object) -> frozenset[str] | None:
    """The query parameters ``route`` declares, its dependencies' included (None: not known)."""
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return None
    names: set[str] = set()
    todo = [dependant]
    while todo:
        d = todo.pop()
        names.update(p.alias for p in d.query_params)
        todo.extend(d.dependencies)
    return frozenset(names)
