"""Domain values <-> column values: bounds, JSON of reasons, rows -> records."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from webhunt.model import ChangeKind, FindingKind, Language, Layer, Reason, Severity, Status
from webhunt.store.records import (
    BOUNDS,
    AttackerRecord,
    FindingRecord,
    RequestRecord,
    ScanKind,
    ScanRecord,
    ScanStatus,
)

_TRUNCATED = "\n[... diff truncated by webhunt: {n} more characters]"


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit]


def clip_bytes(text: str, limit: int) -> str:
    """At most ``limit`` UTF-8 bytes of ``text``, cut on a character boundary."""
    if len(text) * 4 <= limit:
        return text
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", "ignore")


def clean_text(text: str) -> str:
    """Text a database accepts: no NUL characters (PostgreSQL refuses them), no lone surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "\\x00")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def bound_diff(diff: str) -> str:
    diff = clean_text(diff)
    if len(diff) <= BOUNDS.diff:
        return diff
    return diff[: BOUNDS.diff] + _TRUNCATED.format(n=len(diff) - BOUNDS.diff)


def path_hash(path: str) -> str:
    return hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()


def reason_to_json(r: Reason) -> dict[str, Any]:
    d = r.to_dict()
    d["id"] = clean_text(clip(r.id, 200))
    d["description"] = clean_text(clip(r.description, BOUNDS.description))
    d["snippet"] = clean_text(clip(r.snippet, BOUNDS.snippet))
    if r.family is not None:
        d["family"] = clean_text(clip(r.family, 100))
    return d


def reasons_to_json(reasons: Iterable[Reason]) -> list[dict[str, Any]]:
    out = [reason_to_json(r) for r in reasons]
    return out[: BOUNDS.reasons]


# Enum lookups by value, without the cost of calling the enum class (hot path of every page).
_KIND = {k.value: k for k in FindingKind}
_LANG = {k.value: k for k in Language}
_SEV = {int(k): k for k in Severity}
_STATUS = {k.value: k for k in Status}
_CHANGE = {k.value: k for k in ChangeKind}
_LAYER = {k.value: k for k in Layer}


def _reason(d: dict[str, Any]) -> Reason:
    layer = _LAYER.get(d.get("layer", ""))
    if layer is None:
        return Reason.from_dict(d)  # raises the model's own error for an unknown layer
    line = d.get("line")
    return Reason(
        id=str(d["id"]),
        layer=layer,
        score=int(d["score"]),
        description=str(d["description"]),
        line=None if line is None else int(line),
        snippet=str(d.get("snippet") or ""),
        family=d.get("family"),
    )


def reasons_from_json(data: Any) -> tuple[Reason, ...]:
    if not isinstance(data, list):
        return ()
    return tuple(_reason(d) for d in data if isinstance(d, dict))


def merge_reasons(old: Sequence[Reason], new: Sequence[Reason]) -> tuple[Reason, ...]:
    """Union by reason id: the new scan's reason wins, reasons only the old scan saw are kept."""
    seen = {r.id for r in new}
    return (*new, *(r for r in old if r.id not in seen))


def inserted_to_json(ranges: Iterable[tuple[int, int]]) -> list[list[int]]:
    return [[int(a), int(b)] for a, b in ranges][:10_000]


def inserted_from_json(data: Any) -> tuple[tuple[int, int], ...]:
    if not isinstance(data, list):
        return ()
    return tuple((int(p[0]), int(p[1])) for p in data if isinstance(p, list) and len(p) == 2)


def finding_record(row: Mapping[Any, Any]) -> FindingRecord:
    lang = row["language"]
    change = row["change"]
    return FindingRecord(
        id=row["id"],
        host=row["host"],
        kind=_KIND[row["kind"]],
        path=row["path"],
        relpath=row["relpath"],
        root=row["root"],
        sha256=row["sha256"],
        language=_LANG[lang] if lang else None,
        severity=_SEV[row["severity"]],
        score=row["score"],
        status=_STATUS[row["status"]],
        reasons=reasons_from_json(row["reasons"]),
        change=_CHANGE[change] if change else None,
        size=row["size"],
        mtime=row["mtime"],
        ctime=row["ctime"],
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        status_by=row["status_by"],
        status_at=row["status_at"],
        status_note=row["status_note"],
        client_ip=row["client_ip"],
        planted_by=row["planted_by"],
        scan_id=row["scan_id"],
    )


def request_record(row: Mapping[Any, Any]) -> RequestRecord:
    return RequestRecord(
        id=row["id"],
        host=row["host"],
        time=row["time"],
        client_ip=row["client_ip"],
        method=row["method"],
        path=row["path"],
        query=row["query"],
        status=row["status"],
        bytes_sent=row["bytes"],
        referer=row["referer"],
        user_agent=row["user_agent"],
        vhost=row["vhost"],
        protocol=row["protocol"],
        source=row["source"] or "",
        source_id=row["source_id"] or "",
        line_no=row["line_no"],
    )


def scan_record(row: Mapping[Any, Any], findings: int | None = None) -> ScanRecord:
    problems = row["problems"] if isinstance(row["problems"], list) else []
    return ScanRecord(
        id=row["id"],
        host=row["host"],
        root=row["root"],
        kind=ScanKind(row["kind"]),
        started=row["started"],
        finished=row["finished"],
        status=ScanStatus(row["status"]),
        files_total=row["files_total"],
        files_done=row["files_done"],
        findings=row["findings"] if findings is None else findings,
        problems=tuple(str(p) for p in problems),
        ruleset_version=row["ruleset_version"],
    )


def attacker_record(row: Mapping[Any, Any], requests: int, findings: tuple[int, ...]) -> AttackerRecord:
    return AttackerRecord(
        id=row["id"],
        host=row["host"],
        ip=row["ip"],
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        reasons=reasons_from_json(row["reasons"]),
        score=row["score"],
        updated=row["updated"],
        requests=requests,
        findings=findings,
    )
