"""Turning detection results into store findings (what the store keeps and the API serves)."""

from __future__ import annotations

from webhunt.model import Finding, FindingKind, ScanResult, Severity


def from_scan(result: ScanResult, host: str) -> Finding | None:
    """The finding for a flagged scan result, None when the file is clean."""
    v, m = result.verdict, result.meta
    if v.severity is None:
        return None
    return Finding(
        host=host,
        kind=FindingKind.FILE,
        path=m.path,
        relpath=m.relpath,
        sha256=m.sha256,
        severity=v.severity,
        score=v.score,
        reasons=v.reasons,
        language=v.language,
        root=result.root,
        size=m.size,
        mtime=m.mtime,
        ctime=m.ctime,
    )


def at_least(findings: list[Finding], minimum: Severity) -> list[Finding]:
    return [f for f in findings if f.severity >= minimum]
