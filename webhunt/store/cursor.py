"""Opaque keyset-pagination cursors: ``(ordering tag, last sort value, last id)``, base64url JSON.

A cursor only ever selects rows *after* a position; it is validated strictly, so a forged one can
at worst return an empty page, never an error from the database.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime

from webhunt.store.errors import InvalidQuery
from webhunt.store.types import from_micros, to_micros

SortValue = int | float | str | datetime

_MAX_CURSOR = 4096
_MAX_INT = 2**63 - 1


def encode(tag: str, value: SortValue, last_id: int) -> str:
    raw: int | float | str
    kind: str
    if isinstance(value, datetime):
        raw, kind = to_micros(value), "t"
    elif isinstance(value, bool):  # pragma: no cover - no boolean sort keys
        raise TypeError("boolean sort key")
    elif isinstance(value, int):
        raw, kind = value, "i"
    elif isinstance(value, float):
        raw, kind = value, "f"
    else:
        raw, kind = value, "s"
    payload = json.dumps([tag, kind, raw, last_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode(cursor: str, tag: str, kind: str) -> tuple[SortValue, int]:
    """The (sort value, id) a cursor for ordering ``tag`` points after; InvalidQuery otherwise.

    ``kind`` is the type the sort value must have: ``i`` int, ``t`` time, ``f`` float, ``s`` text.
    """
    bad = InvalidQuery("invalid cursor: pass back the next_cursor of the previous page unchanged")
    if len(cursor) > _MAX_CURSOR:
        raise bad
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        raise bad from None
    if not (isinstance(data, list) and len(data) == 4):
        raise bad
    got_tag, got_kind, raw, last_id = data
    if got_tag != tag:
        raise InvalidQuery("cursor belongs to another ordering or query; restart without cursor")
    if got_kind != kind or not _is_int(last_id):
        raise bad
    value: SortValue
    if kind == "t" and _is_int(raw):
        try:
            value = from_micros(raw)
        except OverflowError:
            raise bad from None
    elif kind == "i" and _is_int(raw):
        value = raw
    elif kind == "f" and isinstance(raw, int | float) and not isinstance(raw, bool):
        value = float(raw)
    elif kind == "s" and isinstance(raw, str):
        value = raw
    else:
        raise bad
    return value, last_id


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and -_MAX_INT <= v <= _MAX_INT
