"""Alembic migrations of the webhunt store; run programmatically by ``webhunt.store.migrate``."""
