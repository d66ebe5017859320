"""Errors as JSON (``ErrorOut``), never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from webhunt.errors import ConfigError, StoreError, WebhuntError
from webhunt.quarantine import QuarantineDisabled, QuarantineError
from webhunt.store import InvalidQuery, RecordNotFound

from .launcher import ScanBusy, ScanUnavailable, UnknownRoot
from .schemas import ErrorOut, FieldErrorOut

log = logging.getLogger("webhunt.api")


def _json(status: int, error: str, detail: list[FieldErrorOut] | None = None, **kw: Any) -> JSONResponse:
    body = ErrorOut(error=error, detail=detail).model_dump(exclude_none=True)
    return JSONResponse(body, status_code=status, **kw)


def field_errors(errors: Sequence[Any]) -> list[FieldErrorOut]:
    out = []
    for e in errors:
        loc = ".".join(str(p) for p in e.get("loc", ()))
        out.append(FieldErrorOut(field=loc or "request", message=str(e.get("msg", "invalid"))))
    return out


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return _json(422, "invalid request", field_errors(exc.errors()))


async def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return _json(exc.status_code, str(exc.detail), headers=exc.headers)


_STATUS: tuple[tuple[type[WebhuntError], int], ...] = (
    (QuarantineDisabled, 403),
    (QuarantineError, 409),
    (RecordNotFound, 404),
    (InvalidQuery, 422),
    (UnknownRoot, 422),
    (ScanBusy, 409),
    (ScanUnavailable, 503),
    (StoreError, 503),
    (ConfigError, 400),
)


async def _webhunt(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, WebhuntError)
    for kind, status in _STATUS:
        if isinstance(exc, kind):
            if isinstance(exc, StoreError):
                log.error("%s", exc)
            return _json(status, str(exc))
    log.error("unhandled webhunt error: %s", exc)
    return _json(500, str(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return _json(500, "internal error: see the webhunt server log")


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(WebhuntError, _webhunt)
    app.add_exception_handler(Exception, _unexpected)


def responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the error codes a route can answer."""
    text = {
        400: "malformed request body, or a bad setting",
        401: "missing or wrong bearer token",
        403: "the action is switched off in this server's configuration",
        404: "no such record",
        409: "conflict",
        422: "invalid request (the fields at fault are listed)",
        500: "internal error (no details leak)",
        503: "store or scanner unavailable",
    }
    return {code: {"model": ErrorOut, "description": text[code]} for code in codes}
