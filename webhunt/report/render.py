"""Render an incident story (the ``hunt`` JSON document) as self-contained HTML, Markdown or JSON.

Scanned content (file names, snippets, diffs, request paths, user agents) is always escaped: Jinja2
autoescaping for HTML, code spans for Markdown. The HTML needs no network and runs no script.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from webhunt.report.timeline_svg import ROLE_COLOURS, Point, timeline_svg

MAX_TABLE_ROWS = 500
SEVERITIES = ("critical", "high", "medium", "low")

Story = Mapping[str, Any]


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("webhunt.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _points(attacker: Mapping[str, Any]) -> list[Point]:
    pts = []
    for e in attacker.get("timeline", []):
        try:
            t = datetime.fromisoformat(str(e["time"]).replace("Z", "+00:00"))
        except (KeyError, ValueError):
            continue
        pts.append(
            Point(t, str(e.get("role", "other")), f"{e.get('method')} {e.get('path')} {e.get('status')}")
        )
    return pts


def render_html(story: Story) -> str:
    counts = {s: sum(1 for f in story.get("findings", []) if f.get("severity") == s) for s in SEVERITIES}
    charts = [
        Markup(timeline_svg(_points(a), title=f"requests of {a.get('ip')}"))
        for a in story.get("attackers", [])
    ]
    template = _env().get_template("report.html.j2")
    return template.render(
        story=_with_defaults(story),
        counts=counts,
        charts=charts,
        role_colours=ROLE_COLOURS,
        max_rows=MAX_TABLE_ROWS,
    )


def _with_defaults(story: Story) -> dict[str, Any]:
    base: dict[str, Any] = {
        "host": "",
        "generated": "",
        "webhunt_version": "",
        "root": None,
        "baseline": None,
        "logs": [],
        "scan": None,
        "diff": None,
        "logs_summary": None,
        "findings": [],
        "log_detections": [],
        "attackers": [],
    }
    base.update(story)
    base["findings"] = [
        {
            "language": None,
            "change": None,
            "sha256": "",
            "planted_by": None,
            "requests_count": 0,
            "first_request": None,
            "last_request": None,
            "attacker_ips": [],
            "diff": "",
            "inserted": [],
        }
        | dict(f)
        for f in base["findings"]
    ]
    base["attackers"] = [
        {"reasons": [], "first_seen": None, "last_seen": None} | dict(a) for a in base["attackers"]
    ]
    return base


def _md(text: object) -> str:
    """Inline code span that survives any content (backticks, pipes, newlines)."""
    s = str(text).replace("\n", " ").replace("|", "\\|")
    fence = "``" if "`" in s else "`"
    return f"{fence} {s} {fence}" if fence == "``" else f"`{s}`"


def _plain(text: object) -> str:
    """Markdown text with the characters that could start markup neutralised."""
    s = str(text).replace("\n", " ")
    for ch in "\\`*_[]<>|#":
        s = s.replace(ch, "\\" + ch)
    return s


def render_markdown(story: Story) -> str:
    s = _with_defaults(story)
    out = [f"# webhunt incident report: {_plain(s['host'])}", ""]
    out.append(f"Generated {_plain(s['generated'])} by webhunt {_plain(s['webhunt_version'])}.")
    out.append("")
    out.append(f"- web root: {_md(s['root'] or '-')}")
    out.append(f"- baseline: {_md(s['baseline']) if s['baseline'] else 'none'}")
    out.append(f"- access logs: {', '.join(_md(x) for x in s['logs']) or 'none'}")
    out.append("")
    out.append("## Findings")
    out.append("")
    if not s["findings"]:
        out.append("No files at or above the reporting threshold.")
    for f in s["findings"]:
        out.append(f"### {f['severity']}: {_md(f['relpath'])} (score {f['score']})")
        out.append("")
        for r in f.get("reasons", []):
            line = f" line {r['line']}" if r.get("line") else ""
            snippet = f": {_md(r['snippet'])}" if r.get("snippet") else ""
            out.append(f"- {_md(r['id'])}{line}: {_plain(r['description'])}{snippet}")
        if f["planted_by"]:
            p = f["planted_by"]
            out.append(
                f"- planted by {_md(p['ip'])} at {_plain(p['time'])}: "
                f"{_md(str(p['method']) + ' ' + str(p['path']))} -> {p['status']}"
            )
        if f["requests_count"]:
            ips = ", ".join(_md(ip) for ip in f["attacker_ips"]) or "none"
            out.append(
                f"- {f['requests_count']} requests, first {_plain(f['first_request'])}; attacker IPs: {ips}"
            )
        if f["diff"]:
            out.append("")
            out.append("~~~~diff")
            out.append(str(f["diff"]).replace("~~~~", "~ ~ ~ ~"))
            out.append("~~~~")
        out.append("")
    out.append("## Attackers")
    out.append("")
    if not s["attackers"]:
        out.append("No attacker IPs identified.")
    for a in s["attackers"]:
        out.append(f"### {_md(a['ip'])}")
        out.append("")
        out.append("; ".join(_plain(r) for r in a["reasons"]))
        out.append("")
        out.append("| time | role | request | status |")
        out.append("|---|---|---|---|")
        for e in a.get("timeline", [])[:MAX_TABLE_ROWS]:
            target = f"{e.get('method')} {e.get('path')}" + (f"?{e['query']}" if e.get("query") else "")
            out.append(
                f"| {_plain(e.get('time'))} | {_plain(e.get('role'))} | {_md(target)} | {e.get('status')} |"
            )
        out.append("")
    if s["log_detections"]:
        out.append("## Log-only detections")
        out.append("")
        for d in s["log_detections"]:
            why = "; ".join(_plain(r.get("description", "")) for r in d.get("reasons", []))
            out.append(f"- {d.get('severity')}: {_md(d.get('path'))}: {why}")
        out.append("")
    if s["scan"] and s["scan"].get("problems"):
        out.append("## Not readable")
        out.append("")
        for p in s["scan"]["problems"][:200]:
            out.append(f"- {_md(p['path'])}: {_plain(p['message'])}")
    return "\n".join(out) + "\n"


def render_json(story: Story) -> str:
    return json.dumps(story, indent=2, default=str) + "\n"


RENDERERS: dict[str, Callable[[Story], str]] = {
    "html": render_html,
    "md": render_markdown,
    "json": render_json,
}


def format_for(path: str) -> str:
    """The report format a file name asks for (.html, .md, .json)."""
    lower = path.lower()
    if lower.endswith((".md", ".markdown")):
        return "md"
    if lower.endswith(".json"):
        return "json"
    return "html"
