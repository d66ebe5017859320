"""Settings, built once at an entry point (flags, environment, optional TOML file) and passed down.

No module-level settings instance: each command builds one ``Settings`` and hands it to the library.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from webhunt.errors import ConfigError

DEFAULT_MAX_FILE_SIZE = 8 * 1024 * 1024


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "webhunt"


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "webhunt"


def host_name() -> str:
    """This machine's name, as ``socket.gethostname`` gives it (``os.uname`` asks the same of the
    kernel without importing the socket module, a few milliseconds of every start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str | None = None  # None: WEBHUNT_DATABASE_URL, then the default SQLite file
    host: str = field(default_factory=host_name)
    rules_dirs: tuple[str, ...] = ()
    cache_dir: Path = field(default_factory=default_cache_dir)
    use_cache: bool = True
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # larger files: head and tail are scanned
    workers: int = field(default_factory=default_workers)
    ignore: tuple[str, ...] = ()  # glob patterns; never applied to scripts
    nice: int = 0  # added to the scan workers' nice level (guard mode lowers their priority)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def from_environment(**overrides: Any) -> Settings:
    """Settings from ``WEBHUNT_*`` environment variables, then explicit overrides (flags)."""
    env: dict[str, Any] = {}
    if url := os.environ.get("WEBHUNT_DATABASE_URL"):
        env["db_url"] = url
    if host := os.environ.get("WEBHUNT_HOST"):
        env["host"] = host
    if cache := os.environ.get("WEBHUNT_CACHE_DIR"):
        env["cache_dir"] = Path(cache)
    if workers := os.environ.get("WEBHUNT_WORKERS"):
        env["workers"] = parse_positive_int(workers, "WEBHUNT_WORKERS")
    env.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**env)


def parse_positive_int(text: str, name: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise ConfigError(f"{name}: expected a positive integer, got {text!r}") from None
    if value < 1:
        raise ConfigError(f"{name}: expected a positive integer, got {text!r}")
    return value


def parse_size(text: str, name: str) -> int:
    """'8M', '512k', '1G' or plain bytes."""
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    t = text.strip().lower().removesuffix("b")
    mult = units.get(t[-1:], 1)
    digits = t[:-1] if t[-1:] in units else t
    try:
        value = int(float(digits) * mult)
    except ValueError:
        raise ConfigError(f"{name}: expected a size such as 8M, got {text!r}") from None
    if value < 1024:
        raise ConfigError(f"{name}: size must be at least 1k, got {text!r}")
    return value
