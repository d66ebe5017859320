"""/requests: stored access-log requests by IP, path, method, status and time window."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from webhunt.store import RequestQuery, TimeOrder

from .deps import StoreDep
from .errors import responses
from .params import NO_NUL, Cursor, Host, Limit, Since, Until, utc
from .schemas import RequestOut, RequestPage, json_response

router = APIRouter(prefix="/requests", tags=["requests"])


@router.get("", response_model=RequestPage, responses=responses(401, 422, 503))
def list_requests(
    store: StoreDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    ip: Annotated[str | None, Query(max_length=64, pattern=NO_NUL, description="client IP")] = None,
    path: Annotated[str | None, Query(max_length=4096, pattern=NO_NUL, description="exact URL path")] = None,
    method: Annotated[str | None, Query(max_length=32, pattern=NO_NUL)] = None,
    status: Annotated[int | None, Query(ge=0, le=999, description="HTTP status")] = None,
    host: Host = None,
    since: Since = None,
    until: Until = None,
    sort: TimeOrder = TimeOrder.DESC,
) -> Response:
    query = RequestQuery(
        ip=ip,
        path=path,
        method=method,
        status=status,
        host=host,
        since=utc("since", since),
        until=utc("until", until),
        order=sort,
        limit=limit,
        cursor=cursor,
    )
    page = store.list_requests(query)
    items = [RequestOut.of(r) for r in page.items]
    return json_response(RequestPage(items=items, next_cursor=page.next_cursor))
