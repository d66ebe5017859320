"""Changes as plain data (JSON output) and as store findings."""

from __future__ import annotations

import os
from typing import Any

from webhunt import __version__
from webhunt.diff.compare import DiffResult
from webhunt.languages import language_for
from webhunt.model import Change, ChangeKind, Finding, FindingKind, iso


def change_to_dict(change: Change, root: str) -> dict[str, Any]:
    """One change as a JSON object: ``change``, ``relpath``, ``severity`` (or null), ``score``,
    ``reasons``, ``details``; ``inserted`` and ``diff`` for modified files; live and baseline
    metadata when known."""
    v = change.verdict
    d: dict[str, Any] = {
        "change": change.kind.value,
        "relpath": change.relpath,
        "path": os.path.join(root, *change.relpath.split("/")),
        "type": change.extra.get("type"),
        "severity": v.severity.label if v is not None and v.severity is not None else None,
        "score": v.score if v is not None else 0,
        "language": (v.language if v is not None else language_for(change.relpath)).value,
        "reasons": [
            {
                "id": r.id,
                "layer": r.layer.value,
                "score": r.score,
                "line": r.line,
                "snippet": r.snippet,
                "description": r.description,
                "family": r.family,
            }
            for r in (v.reasons if v is not None else ())
        ],
        "details": list(change.details),
    }
    if change.kind is ChangeKind.MODIFIED:
        d["inserted"] = [list(span) for span in change.inserted]
        d["diff"] = change.diff
    m = change.meta
    if m is not None:
        d["live"] = {
            "sha256": m.sha256 or None,
            "size": m.size,
            "mode": f"{m.mode & 0o7777:04o}",
            "uid": m.uid,
            "gid": m.gid,
            "mtime": iso(m.mtime),
            "ctime": iso(m.ctime),
        }
    if "link_target" in change.extra:
        d["link_target"] = change.extra["link_target"]
    if "baseline" in change.extra:
        d["baseline"] = change.extra["baseline"]
    return d


def result_to_dict(result: DiffResult, changes: list[Change] | None = None) -> dict[str, Any]:
    shown = list(result.changes) if changes is None else changes
    return {
        "webhunt_version": __version__,
        "root": result.root,
        "baseline": result.baseline,
        "entries_compared": result.entries,
        "files_compared": result.files_compared,
        "files_remembered": result.files_remembered,
        "seconds": round(result.seconds, 3),
        "counts": {k.value: result.count(k) for k in ChangeKind},
        "notes": list(result.notes),
        "problems": [{"path": p.path, "message": p.message} for p in result.problems],
        "changes": [change_to_dict(c, result.root) for c in shown],
    }


def change_to_finding(change: Change, host: str, root: str) -> Finding | None:
    """The store finding for a flagged change (severity at least LOW); None otherwise."""
    v = change.verdict
    if v is None or v.severity is None:
        return None
    m = change.meta
    baseline = change.extra.get("baseline") or {}
    sha = (m.sha256 if m is not None else "") or str(baseline.get("sha256") or "")
    return Finding(
        host=host,
        kind=FindingKind.FILE,
        path=m.path if m is not None else os.path.join(root, *change.relpath.split("/")),
        relpath=change.relpath,
        sha256=sha,
        severity=v.severity,
        score=v.score,
        reasons=v.reasons,
        language=v.language,
        root=root,
        size=m.size if m is not None else None,
        mtime=m.mtime if m is not None else None,
        ctime=m.ctime if m is not None else None,
        change=change.kind,
        diff=change.diff,
        inserted=change.inserted,
    )
