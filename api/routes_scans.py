"""/scans: start a scan of a configured root; follow its progress."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool

from webhunt.store import RecordNotFound

from .deps import LauncherDep, StoreDep
from .errors import responses
from .params import RecordId
from .schemas_other import ScanIn, ScanOut, ScanStartOut

router = APIRouter(prefix="/scans", tags=["scans"])


@router.post(
    "",
    status_code=202,
    response_model=ScanStartOut,
    responses=responses(400, 401, 409, 422, 500, 503),
)
async def start_scan(request: Request, body: ScanIn, launcher: LauncherDep) -> ScanStartOut:
    """Start a scan of one of the configured roots (never a path of the client's choosing)."""
    scan_id = await run_in_threadpool(launcher.start, body.root)
    root = launcher.configured_root(body.root)
    if scan_id is None:
        return ScanStartOut(
            root=root,
            scan_id=None,
            status_url=None,
            message="scan started; the scanner did not report its id in time",
        )
    return ScanStartOut(
        root=root,
        scan_id=scan_id,
        status_url=str(request.url_for("get_scan", scan_id=scan_id).path),
        message="scan started",
    )


@router.get("/{scan_id}", response_model=ScanOut, responses=responses(401, 404, 422, 503))
def get_scan(store: StoreDep, scan_id: RecordId) -> ScanOut:
    """A scan's progress: files done of total, findings so far, problems."""
    record = store.get_scan(scan_id)
    if record is None:
        raise RecordNotFound(f"no scan with id {scan_id}")
    return ScanOut.of(record)
