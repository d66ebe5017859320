"""Store errors beyond ``webhunt.errors.StoreError`` (which means: the store itself failed)."""

from __future__ import annotations

from webhunt.errors import WebhuntError


class RecordNotFound(WebhuntError, LookupError):
    """A finding, scan or attacker id that the store does not hold."""


class InvalidQuery(WebhuntError, ValueError):
    """A query the store refuses: a cursor that is not one of ours, an out-of-range value."""
