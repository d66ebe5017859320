"""The bearer token: where it comes from, and the check every protected route depends on."""

from __future__ import annotations

import hmac
import logging
import os
import secrets
from pathlib import Path
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from webhunt.errors import ConfigError
from webhunt.store import Store, data_dir

from .settings import ApiSettings

log = logging.getLogger("webhunt.api")

TOKEN_FILE_NAME = "api-token"
_MIN_TOKEN = 16

bearer = HTTPBearer(
    auto_error=False,
    description="Token from WEBHUNT_API_TOKEN, the token file, or the one generated on first start.",
)


def default_token_path(store: Store) -> Path:
    """``api-token`` next to a SQLite store, else in the webhunt data dir."""
    db = store.file
    return (db.parent if db is not None else data_dir()) / TOKEN_FILE_NAME


def resolve_token(settings: ApiSettings, store: Store) -> str:
    """The configured token; else the token file's; else a new one saved 0600 and logged once."""
    if settings.token:
        return _checked(settings.token, "the configured API token")
    path = settings.token_file or default_token_path(store)
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return _generate(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the API token file {str(path)!r}: {exc}") from exc
    return _checked(text, f"the API token file {str(path)!r}")


def _checked(token: str, origin: str) -> str:
    if len(token) < _MIN_TOKEN:
        raise ConfigError(f"{origin} is too short: use at least {_MIN_TOKEN} characters")
    return token


def _generate(path: Path) -> str:
    token = secrets.token_urlsafe(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process generated it first
        return _checked(path.read_text(encoding="utf-8").strip(), f"the API token file {path}")
    except OSError as exc:
        raise ConfigError(f"cannot write the API token file {str(path)!r}: {exc}") from exc
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(token + "\n")
    log.warning("generated an API token (saved to %s, mode 0600): %s", path, token)
    return token


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=message,
        headers={"WWW-Authenticate": "Bearer"},
    )


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """Refuse the request unless it carries the right bearer token (constant-time comparison)."""
    if credentials is None:
        raise _unauthorized("missing bearer token: send the header 'Authorization: Bearer TOKEN'")
    expected: str = request.app.state.token
    if not hmac.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise _unauthorized("invalid bearer token")
