"""The web console at ``/ui``: one HTML page, one script, one stylesheet, under a strict CSP.

The page holds no data and is served without the token; the script asks for the token and
calls the JSON API with ``Authorization: Bearer``. Scanned content only ever reaches the page
through ``textContent`` (never as HTML), and the CSP forbids inline script and style.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter
from fastapi import Path as PathParam
from fastapi.responses import Response

from webhunt.store import RecordNotFound

STATIC_DIR = Path(__file__).resolve().parent / "static"

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

#: The files the console serves, and their media types (nothing else under static/ is reachable).
ASSETS: dict[str, str] = {
    "console.js": "text/javascript; charset=utf-8",
    "console.css": "text/css; charset=utf-8",
}
PAGE = "console.html"

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}

router = APIRouter(tags=["console"], include_in_schema=False)


def _file(name: str, media_type: str) -> Response:
    try:
        body = (STATIC_DIR / name).read_bytes()
    except FileNotFoundError as exc:  # an install without the package data
        raise RecordNotFound(f"the console file {name!r} is not installed") from exc
    return Response(body, media_type=media_type, headers=SECURITY_HEADERS)


@router.get("/ui")
def console_page() -> Response:
    """The console's single page (no data: everything comes from the token-protected API)."""
    return _file(PAGE, "text/html; charset=utf-8")


@router.get("/ui/static/{name}")
def console_asset(name: Annotated[str, PathParam(max_length=64)]) -> Response:
    """The console's script and stylesheet."""
    media_type = ASSETS.get(name)
    if media_type is None:
        raise RecordNotFound(f"no console file {name!r}")
    return _file(name, media_type)
