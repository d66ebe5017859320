"""/attackers and each attacker's timeline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from webhunt.store import AttackerQuery

from .deps import StoreDep
from .errors import responses
from .params import Cursor, Host, Ip, Limit, Since, Until, utc
from .schemas import RequestOut, json_response
from .schemas_other import AttackerOut, AttackerPage, TimelineOut

router = APIRouter(prefix="/attackers", tags=["attackers"])


@router.get("", response_model=AttackerPage, responses=responses(401, 422, 503))
def list_attackers(
    store: StoreDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    host: Host = None,
    min_score: Annotated[int | None, Query(ge=0, le=1_000_000)] = None,
) -> Response:
    """Attacker IPs, highest score first."""
    page = store.attackers(AttackerQuery(host=host, min_score=min_score, limit=limit, cursor=cursor))
    items = [AttackerOut.of(a) for a in page.items]
    return json_response(AttackerPage(items=items, next_cursor=page.next_cursor))


@router.get("/{ip}/timeline", response_model=TimelineOut, responses=responses(401, 422, 503))
def timeline(
    store: StoreDep,
    ip: Ip,
    limit: Limit = 100,
    cursor: Cursor = None,
    host: Host = None,
    since: Since = None,
    until: Until = None,
) -> Response:
    """Every stored request of ``ip`` in time order: reconnaissance, exploit, upload, shell use."""
    page = store.timeline(ip, utc("since", since), utc("until", until), limit, cursor, host=host)
    body = TimelineOut(
        ip=ip,
        attacker=[AttackerOut.of(a) for a in store.get_attacker(ip, host)],
        items=[RequestOut.of(r) for r in page.items],
        next_cursor=page.next_cursor,
    )
    return json_response(body)
