"""``webhunt hunt``: scan + baseline diff + access logs + correlation, and the story they tell."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.markup import escape

from webhunt.cli import EXIT_CLEAN, EXIT_FINDINGS
from webhunt.cli.common import add_store_options, open_output, severity_arg, store_url
from webhunt.correlate import UrlMapping
from webhunt.errors import ConfigError
from webhunt.hunt import HuntOptions, run_hunt, story
from webhunt.model import Severity
from webhunt.report.render import RENDERERS, format_for
from webhunt.settings import from_environment, parse_positive_int
from webhunt.store import open_store

ROLE_STYLE = {"recon": "dim", "exploit": "yellow", "upload": "bold magenta", "shell": "bold red", "other": ""}
SEV_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "cyan"}
TIMELINE_ROWS = 25


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "hunt",
        help="the whole incident: scan, diff against a baseline, read the logs, correlate",
        description="Scan the web root, compare it with a known-good baseline, ingest the access logs, "
        "name the requests that planted and used each shell and the attacker IPs, and tell the story. "
        "Everything is also written to the store (default: an SQLite file in the data directory).",
    )
    p.add_argument("--root", required=True, metavar="WEBROOT", help="the web root to examine")
    p.add_argument(
        "--baseline", metavar="BASELINE", help="known-good copy: directory, archive, repo@ref or manifest"
    )
    p.add_argument(
        "--logs", nargs="+", default=[], metavar="LOG", help="access logs (rotated and .gz/.bz2 too)"
    )
    p.add_argument("--log-format", metavar="FMT", help="log format name or LogFormat/log_format string")
    p.add_argument(
        "--known-good",
        action="append",
        default=[],
        metavar="RELEASE",
        help="a release you trust (as for 'webhunt scan --known-good'): its files, where it puts them, scan clean",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="DIR=URL",
        help="URL mapping: files under DIR (relative to the root) are served at URL (e.g. blog=/news)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of stdout")
    p.add_argument("--report", metavar="FILE", help="also write a report (.html, .md or .json by the name)")
    p.add_argument(
        "--min-severity",
        type=severity_arg,
        default=Severity.MEDIUM,
        metavar="LEVEL",
        help="show findings at or above LEVEL and exit 1 when there are any (default: medium)",
    )
    p.add_argument("--workers", metavar="N", help="parallel scan processes (default: all cores)")
    add_store_options(p)
    p.set_defaults(handler=run)


def _mappings(values: list[str]) -> tuple[UrlMapping, ...]:
    out = []
    for v in values:
        directory, sep, url = v.partition("=")
        if not sep or not url.startswith("/"):
            raise ConfigError(f"--map {v!r}: expected DIR=URL with URL starting with '/', e.g. blog=/news")
        out.append(UrlMapping(directory.strip("/"), url))
    return tuple(out)


def run(args: argparse.Namespace) -> int:
    settings = from_environment(
        workers=parse_positive_int(args.workers, "--workers") if args.workers else None,
        host=args.host,
    )
    if not Path(args.root).is_dir():
        raise ConfigError(f"--root {args.root}: not a directory")
    opts = HuntOptions(
        root=args.root,
        baseline=args.baseline,
        logs=tuple(args.logs),
        log_format=args.log_format,
        mappings=_mappings(args.map),
        min_severity=args.min_severity,
        known_good=tuple(args.known_good),
    )
    with open_store(store_url(args, required=True) or None, host=settings.host) as store:
        result = run_hunt(opts, settings, store)
        doc = story(result, settings.host)
        store_text = store.url
    if args.report:
        fmt = format_for(args.report)
        try:
            Path(args.report).write_text(RENDERERS[fmt](doc), encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"--report {args.report}: {exc.strerror}") from exc
    out = open_output(args.output)
    try:
        if args.format == "json":
            json.dump(doc, out, indent=2)
            out.write("\n")
        else:
            render_story(doc, out, store_text, args.report)
    finally:
        if out is not sys.stdout:
            out.close()
    return EXIT_FINDINGS if doc["findings"] or doc["log_detections"] else EXIT_CLEAN


def render_story(doc: dict[str, Any], out: IO[str], store: str, report: str | None) -> None:
    c = Console(file=out, highlight=False)
    scan = doc["scan"]
    c.print(f"[bold]webhunt hunt[/] {escape(doc['root'])} on host {escape(doc['host'])}")
    line = f"scanned {scan['files_scanned'] + scan['files_cached']} files (ruleset {scan['ruleset_version']})"
    if doc["diff"]:
        d = doc["diff"]
        line += f"; baseline: {d['added']} added, {d['modified']} modified, {d['deleted']} deleted, {d['mode']} mode changes"
    if doc["logs_summary"]:
        s = doc["logs_summary"]
        line += f"; logs: {s['requests']} requests"
        if s["malformed"]:
            line += f", {s['malformed']} malformed lines"
    c.print(line)
    c.print()
    c.print(f"[bold underline]Findings[/] ({len(doc['findings'])} at {doc['min_severity']} or above)")
    for f in doc["findings"]:
        sev = f["severity"]
        change = f" [dim]({f['change']} since the baseline)[/]" if f["change"] else ""
        c.print(
            f"[{SEV_STYLE[sev]}] {sev.upper()} [/] [bold]{escape(f['relpath'])}[/] score {f['score']}{change}"
        )
        for r in f["reasons"][:3]:
            where = f"line {r['line']}: " if r.get("line") else ""
            c.print(f"    {escape(r['id'])}: {where}{escape(r['description'])}")
            if r.get("snippet"):
                c.print(f"      [dim]{escape(r['snippet'][:140])}[/]")
        if f["inserted"]:
            ranges = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in f["inserted"])
            c.print(f"    inserted lines {ranges} (not in the baseline)")
        if f["planted_by"]:
            p = f["planted_by"]
            c.print(
                f"    [magenta]planted by[/] {escape(p['ip'])} at {p['time']}: "
                f"{escape(p['method'])} {escape(p['path'])} -> {p['status']}"
            )
        if f["requests_count"]:
            ips = ", ".join(f["attacker_ips"]) or "no attacker identified"
            c.print(
                f"    {f['requests_count']} requests from {f['first_request']} to {f['last_request']}; "
                f"used by {escape(ips)}"
            )
    if not doc["findings"]:
        c.print("  none")
    if doc["log_detections"]:
        c.print()
        c.print(f"[bold underline]Seen only in the logs[/] ({len(doc['log_detections'])})")
        for d in doc["log_detections"][:20]:
            why = "; ".join(r["description"] for r in d["reasons"][:2])
            c.print(f"  [{SEV_STYLE[d['severity']]}]{d['severity']}[/] {escape(d['path'])}: {escape(why)}")
    c.print()
    c.print(f"[bold underline]Attackers[/] ({len(doc['attackers'])})")
    for a in doc["attackers"]:
        c.print(f"[bold]{escape(a['ip'])}[/] {a['requests']} requests {a['first_seen']} -> {a['last_seen']}")
        c.print(f"  {escape('; '.join(a['reasons']))}")
        for e in _interesting(a["timeline"]):
            target = e["path"] + (f"?{e['query']}" if e["query"] else "")
            note = f" [dim]{escape(e['note'])}[/]" if e["note"] else ""
            style = ROLE_STYLE.get(e["role"], "")
            c.print(
                f"  {e['time']}  [{style}]{e['role']:7}[/]  {escape(e['method'])} {escape(target[:90])} "
                f"{e['status']}{note}"
            )
    if not doc["attackers"]:
        c.print("  none identified" + ("" if doc["logs"] else " (no access logs given)"))
    c.print()
    c.print(
        f"[dim]stored in {escape(store)}"
        + (f"; report written to {escape(report)}" if report else "")
        + "[/]"
    )


def _interesting(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The requests worth reading first: everything but plain browsing, bounded."""
    key = [e for e in timeline if e["role"] != "other"]
    if len(key) > TIMELINE_ROWS:
        key = key[: TIMELINE_ROWS // 2] + key[-TIMELINE_ROWS // 2 :]
    return key
