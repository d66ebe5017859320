"""/findings: list with filters, one finding with all evidence, triage."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from webhunt.model import FindingKind, Language, Status
from webhunt.quarantine import QuarantineDisabled, quarantine
from webhunt.store import FindingQuery, FindingSort, RecordNotFound

from .deps import SettingsDep, StoreDep
from .errors import responses
from .params import NO_NUL, Cursor, Host, Limit, RecordId, Since, Until, utc
from .schemas import SeverityLabel, json_response
from .schemas_findings import FindingDetailOut, FindingOut, FindingPage, QuarantineIn, QuarantineOut, TriageIn

router = APIRouter(prefix="/findings", tags=["findings"])

MAX_Q = 200
DEFAULT_TRIAGE_BY = "api"


@router.get("", response_model=FindingPage, responses=responses(401, 422, 503))
def list_findings(
    store: StoreDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    min_severity: Annotated[SeverityLabel | None, Query(description="at least this")] = None,
    status: Annotated[
        list[Status] | None, Query(max_length=4, description="any of these (repeatable)")
    ] = None,
    host: Host = None,
    kind: FindingKind | None = None,
    path_prefix: Annotated[
        str | None, Query(max_length=4096, pattern=NO_NUL, description="exact path prefix")
    ] = None,
    rule: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL, description="has a reason with this id")
    ] = None,
    language: Language | None = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[
        str | None,
        Query(max_length=MAX_Q, pattern=NO_NUL, description="case-insensitive substring of path"),
    ] = None,
    sort: Annotated[FindingSort, Query(description="ordering; '-' = descending")] = (
        FindingSort.SEVERITY_DESC
    ),
) -> Response:
    """Findings matching every given filter, by ``sort``, one page at a time.

    ``since``/``until`` select findings seen within the window (``last_seen >= since``,
    ``first_seen <= until``).
    """
    query = FindingQuery(
        min_severity=min_severity.severity if min_severity else None,
        status=tuple(status or ()),
        host=host,
        kind=kind,
        path_prefix=path_prefix or None,
        rule=rule,
        language=language,
        since=utc("since", since),
        until=utc("until", until),
        q=q or None,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )
    page = store.list_findings(query)
    items = [FindingOut.of(f) for f in page.items]
    return json_response(FindingPage(items=items, next_cursor=page.next_cursor))


@router.get("/{finding_id}", response_model=FindingDetailOut, responses=responses(401, 404, 422, 503))
def get_finding(store: StoreDep, finding_id: RecordId) -> Response:
    """One finding with all its evidence: reasons, diff, inserted ranges, requests, planting."""
    detail = store.get_finding(finding_id)
    if detail is None:
        raise RecordNotFound(f"no finding with id {finding_id}")
    return json_response(FindingDetailOut.of_detail(detail))


@router.patch("/{finding_id}", response_model=FindingOut, responses=responses(400, 401, 404, 422, 503))
def triage_finding(store: StoreDep, finding_id: RecordId, body: TriageIn) -> FindingOut:
    """Record an analyst's verdict (status, note, who). Re-scans never overwrite it."""
    record = store.triage(finding_id, body.status, body.by or DEFAULT_TRIAGE_BY, body.note)
    return FindingOut.of(record)


@router.post(
    "/{finding_id}/quarantine",
    response_model=QuarantineOut,
    responses=responses(400, 401, 403, 404, 409, 422, 503),
)
def quarantine_finding(
    store: StoreDep, settings: SettingsDep, finding_id: RecordId, body: QuarantineIn
) -> QuarantineOut:
    """Move the finding's file into quarantine (off unless the server has a quarantine directory).

    Refused (409) for files outside the configured roots or whose content changed since the finding;
    the finding is then marked resolved with the quarantine id in its note.
    """
    if settings.quarantine_dir is None:
        raise QuarantineDisabled("quarantine over HTTP is off (start the server with --quarantine-dir)")
    detail = store.get_finding(finding_id)
    if detail is None:
        raise RecordNotFound(f"no finding with id {finding_id}")
    f = detail.finding
    if f.kind is not FindingKind.FILE:
        raise QuarantineDisabled(f"finding {finding_id} is a {f.kind.value} finding, not a file")
    by = body.by or DEFAULT_TRIAGE_BY
    entry = quarantine(
        f.path,
        roots=list(settings.roots),
        store_dir=settings.quarantine_dir,
        by=by,
        note=body.note,
        finding_id=f.id,
        expected_sha256=f.sha256 or None,
    )
    note = f"quarantined as {entry.id}" + (f": {body.note}" if body.note else "")
    record = store.triage(finding_id, Status.RESOLVED, by, note)
    return QuarantineOut(
        quarantine_id=entry.id,
        original_path=entry.original_path,
        sha256=entry.sha256,
        state=entry.state,
        finding=FindingOut.of(record),
    )
