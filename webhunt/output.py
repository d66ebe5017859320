"""Renderers for scan results: a name -> function map (table, json, jsonl, sarif).

Everything scanned is data: snippets are escaped for the terminal (rich markup) and bounded.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import IO, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from webhunt import __version__
from webhunt.model import ScanResult, Severity
from webhunt.scan import ScanSummary

SEVERITY_STYLE = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
}


def selected(summary: ScanSummary, min_severity: Severity) -> list[ScanResult]:
    return [
        r for r in summary.results if r.verdict.severity is not None and r.verdict.severity >= min_severity
    ]


def summary_dict(summary: ScanSummary) -> dict[str, Any]:
    return {
        "roots": summary.roots,
        "ruleset_version": summary.ruleset_version,
        "webhunt_version": __version__,
        "files_scanned": summary.files_scanned,
        "files_cached": summary.files_cached,
        "seconds": round(summary.seconds, 3),
        "problems": [{"path": p.path, "message": p.message} for p in summary.problems],
        "rule_problems": list(summary.rule_problems),
    } | (
        {
            "known_good": {
                "releases": list(summary.known_good_releases),
                "files_matched": summary.known_good,
                "problems": [{"path": p.path, "message": p.message} for p in summary.known_good_problems],
            }
        }
        if summary.known_good_releases
        else {}
    )


def render_json(summary: ScanSummary, results: Sequence[ScanResult], out: IO[str]) -> None:
    doc = summary_dict(summary) | {"findings": [r.to_dict() for r in results]}
    json.dump(doc, out, indent=2)
    out.write("\n")


def render_jsonl(summary: ScanSummary, results: Sequence[ScanResult], out: IO[str]) -> None:
    for r in results:
        out.write(json.dumps(r.to_dict(), separators=(",", ":")) + "\n")


_SARIF_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
}


def render_sarif(summary: ScanSummary, results: Sequence[ScanResult], out: IO[str]) -> None:
    rules: dict[str, dict[str, Any]] = {}
    sarif_results = []
    for r in results:
        sev = r.verdict.severity or Severity.LOW
        for reason in r.verdict.reasons:
            rules.setdefault(
                reason.id,
                {
                    "id": reason.id,
                    "shortDescription": {"text": reason.description},
                    "properties": {"layer": reason.layer.value, "family": reason.family},
                },
            )
        top = r.verdict.reasons[0] if r.verdict.reasons else None
        region = {"startLine": top.line} if top and top.line else {}
        sarif_results.append(
            {
                "ruleId": top.id if top else "WH-UNKNOWN",
                "level": _SARIF_LEVEL[sev],
                "message": {
                    "text": f"{sev.label} (score {r.verdict.score}): "
                    + "; ".join(x.description for x in r.verdict.reasons)
                },
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": r.meta.relpath, "uriBaseId": "ROOT"},
                            **({"region": region} if region else {}),
                        }
                    }
                ],
                "partialFingerprints": {"sha256": r.meta.sha256},
                "properties": {"score": r.verdict.score, "severity": sev.label, "path": r.meta.path},
            }
        )
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "webhunt",
                        "version": __version__,
                        "rules": list(rules.values()),
                    }
                },
                "originalUriBaseIds": {
                    "ROOT": {"uri": "file://" + (summary.roots[0].rstrip("/") + "/" if summary.roots else "")}
                },
                "results": sarif_results,
            }
        ],
    }
    json.dump(doc, out, indent=2)
    out.write("\n")


def render_table(summary: ScanSummary, results: Sequence[ScanResult], out: IO[str]) -> None:
    console = Console(file=out, highlight=False, soft_wrap=False)
    if results:
        table = Table(title=None, show_lines=False, expand=False)
        table.add_column("severity")
        table.add_column("score", justify="right")
        table.add_column("file", overflow="fold")
        table.add_column("why", overflow="fold")
        for r in results:
            sev = r.verdict.severity or Severity.LOW
            why = []
            for reason in r.verdict.reasons[:4]:
                where = f"L{reason.line} " if reason.line else ""
                why.append(f"[bold]{escape(reason.id)}[/] {where}{escape(reason.description)}")
                if reason.snippet:
                    why.append(f"  [dim]{escape(reason.snippet[:120])}[/]")
            if len(r.verdict.reasons) > 4:
                why.append(f"[dim]... {len(r.verdict.reasons) - 4} more reasons[/]")
            table.add_row(
                f"[{SEVERITY_STYLE[sev]}]{sev.label}[/]",
                str(r.verdict.score),
                escape(r.meta.path),
                "\n".join(why),
            )
        console.print(table)
    counts = {s: 0 for s in Severity}
    for r in results:
        if r.verdict.severity:
            counts[r.verdict.severity] += 1
    flagged = ", ".join(f"{n} {s.label}" for s, n in sorted(counts.items(), reverse=True) if n)
    console.print(
        f"{summary.files_scanned + summary.files_cached} files "
        f"({summary.files_cached} unchanged since the last scan) in {summary.seconds:.1f}s; "
        f"{len(results)} flagged"
        + (f": {flagged}" if flagged else "")
        + f"; ruleset {summary.ruleset_version}"
    )
    for p in summary.problems[:20]:
        console.print(f"[yellow]not scanned:[/] {escape(p.path)}: {escape(p.message)}")
    if len(summary.problems) > 20:
        console.print(f"[yellow]... and {len(summary.problems) - 20} more files not scanned[/]")
    for msg in summary.rule_problems:
        console.print(f"[yellow]rule file skipped:[/] {escape(msg)}")
    if summary.known_good_releases:
        console.print(
            f"{summary.known_good} files identical to a file of the known-good release(s) "
            f"{escape(', '.join(summary.known_good_releases))}, where it puts that file: judged clean"
        )
    for p in summary.known_good_problems[:20]:
        console.print(f"[yellow]known-good release file not read:[/] {escape(p.path)}: {escape(p.message)}")


Renderer = Callable[[ScanSummary, Sequence[ScanResult], IO[str]], None]

RENDERERS: dict[str, Renderer] = {
    "table": render_table,
    "json": render_json,
    "jsonl": render_jsonl,
    "sarif": render_sarif,
}
