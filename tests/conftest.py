"""Shared fixtures: every test gets its own cache and data directories (never the user's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    base = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.delenv("WEBHUNT_DATABASE_URL", raising=False)
    monkeypatch.delenv("WEBHUNT_API_TOKEN", raising=False)
    yield


REPO = Path(__file__).resolve().parent.parent
