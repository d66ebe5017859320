"""``webhunt logs FILE...``: ingest access logs into the store and report what they show.

Reads every file (rotated and compressed ones in any order; format auto-detected unless
``--log-format`` is given), stores the requests (re-ingesting adds nothing twice), runs the log-only
detections and prints a summary: files, lines, new requests, malformed lines with a sample, indicator
hits by id, the most suspicious clients and the LOG findings. Exit status: 1 when a LOG finding
reaches ``--min-severity``, 2 when no file could be read, else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import IO, Any

from webhunt.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from webhunt.cli.common import add_store_options, open_output, severity_arg, store_url
from webhunt.logs.detections import LogDetector
from webhunt.logs.formats import FORMAT_NAMES
from webhunt.logs.indicators import Indicators, load_indicators
from webhunt.logs.reader import LogReader, ReadSummary, worth_parallel
from webhunt.model import Finding, Severity

_TOP_CLIENTS = 10


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "logs",
        help="ingest access logs into the store and report attacks and shell use",
        description="Ingest access logs (Apache, nginx, IIS W3C, JSON lines; rotated, gz/bz2/xz) "
        "into the store and report malformed lines, indicator hits, suspicious clients and "
        "log-only findings.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="access log files, in any order")
    p.add_argument(
        "--log-format",
        metavar="FMT",
        help="log format: a name (" + ", ".join(FORMAT_NAMES) + "), an Apache LogFormat string "
        "or an nginx log_format string (default: detected per file)",
    )
    p.add_argument("--indicators", metavar="FILE", help="indicator file (default: the bundled one)")
    p.add_argument("--no-store", action="store_true", help="read and report only, store nothing")
    p.add_argument(
        "--parallel",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="parse in a second process while storing (default: when the logs total 32 MiB or more "
        "and there are two cores)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    p.add_argument(
        "--min-severity",
        type=severity_arg,
        default=Severity.MEDIUM,
        metavar="LEVEL",
        help="report LOG findings at or above LEVEL and exit 1 when there are any (default: medium)",
    )
    add_store_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    indicators = load_indicators(args.indicators)
    reader = LogReader(args.files, args.log_format, parallel=_parallel(args.parallel, args.files))
    if args.no_store:
        detector = LogDetector(indicators, host=args.host or "")
        detector.watching(reader).run()
        report = _Report(reader.summary(), detector, None, indicators)
    else:
        report = _ingest(args, reader, indicators)
    flagged = [f for f in report.detector.findings() if f.severity >= args.min_severity]
    out = open_output(args.output)
    try:
        if args.format == "json":
            json.dump(report.as_dict(flagged), out, indent=2)
            out.write("\n")
        else:
            report.render_text(flagged, out)
    finally:
        if out is not sys.stdout:
            out.close()
    summary = report.summary
    if summary.files and len(summary.errors) == len(summary.files):
        return EXIT_ERROR
    return EXIT_FINDINGS if flagged else EXIT_CLEAN


def _parallel(choice: bool | None, files: Sequence[str]) -> bool:
    return worth_parallel(files) if choice is None else choice


def _ingest(args: argparse.Namespace, reader: LogReader, indicators: Indicators) -> _Report:
    from webhunt.store import ScanKind, open_store

    url = store_url(args, required=True)
    with open_store(url or None, host=args.host) as store:
        detector = LogDetector(indicators, host=store.host)
        scan_id = store.start_scan(", ".join(reader.paths), ScanKind.LOGS)
        try:
            new = store.add_requests(detector.watching(reader))
            store.upsert_findings(detector.findings(), scan_id)
        except BaseException:
            store.finish_scan(scan_id, "failed")
            raise
        summary = reader.summary()
        store.update_scan(
            scan_id,
            files_total=len(summary.files),
            files_done=len(summary.files) - len(summary.errors),
            problems=[f"{f.path}: {f.error}" for f in summary.errors],
        )
        store.finish_scan(scan_id)
    return _Report(summary, detector, new, indicators)


class _Report:
    def __init__(
        self,
        summary: ReadSummary,
        detector: LogDetector,
        new_requests: int | None,
        indicators: Indicators,
    ) -> None:
        self.summary = summary
        self.detector = detector
        self.new_requests = new_requests
        self._descriptions = {i.id: i.description for i in indicators.indicators}

    def as_dict(self, findings: Sequence[Finding]) -> dict[str, Any]:
        s = self.summary
        return {
            "files": [
                {
                    "path": f.path,
                    "format": f.format,
                    "source_id": f.source_id,
                    "lines": f.lines,
                    "requests": f.requests,
                    "malformed": f.malformed,
                    "skipped": f.skipped,
                    "error": f.error or None,
                }
                for f in s.files
            ],
            "lines": s.lines,
            "requests": s.requests,
            "new_requests": self.new_requests,
            "malformed": s.malformed,
            "malformed_sample": [
                {"file": m.source, "line": m.line_no, "reason": m.reason, "text": m.text}
                for m in s.malformed_sample
            ],
            "indicator_hits": dict(self.detector.hit_counts.most_common()),
            "suspicious_clients": [
                {"ip": ip, "score": score, "hits": hits}
                for ip, score, hits in self.detector.suspicious_clients(_TOP_CLIENTS)
            ],
            "findings": [
                {
                    "path": f.path,
                    "severity": f.severity.label,
                    "score": f.score,
                    "reasons": [r.to_dict() for r in f.reasons],
                }
                for f in findings
            ],
        }

    def render_text(self, findings: Sequence[Finding], out: IO[str]) -> None:
        s = self.summary
        w = out.write
        w(f"files: {len(s.files)}\n")
        for f in s.files:
            if f.error:
                w(f"  {_safe(f.path)}: NOT READ: {_safe(f.error)}\n")
                if not f.lines:
                    continue
            w(
                f"  {_safe(f.path)}  [{_safe(f.format)}]  lines {f.lines}  requests {f.requests}"
                f"  malformed {f.malformed}  skipped {f.skipped}\n"
            )
        new = "" if self.new_requests is None else f", new in store: {self.new_requests}"
        w(f"lines: {s.lines}, requests: {s.requests}{new}, malformed: {s.malformed}\n")
        if s.malformed_sample:
            w("malformed lines (sample):\n")
            for m in s.malformed_sample:
                w(f"  {_safe(m.source)}:{m.line_no}: {_safe(m.reason)}: {_safe(m.text[:120])}\n")
        hits = self.detector.hit_counts.most_common()
        if hits:
            w("indicator hits:\n")
            for ident, count in hits:
                w(f"  {ident:<18} {count:>8}  {_safe(self._descriptions.get(ident, ''))}\n")
        clients = self.detector.suspicious_clients(_TOP_CLIENTS)
        if clients:
            w("most suspicious clients:\n")
            for ip, score, by_id in clients:
                ids = ", ".join(f"{i} x{n}" for i, n in sorted(by_id.items()))
                w(f"  {_safe(ip):<39} score {score:>4}  {ids}\n")
        if findings:
            w("log findings:\n")
            for finding in findings:
                w(f"  {finding.severity.label:<8} {finding.score:>3}  {_safe(finding.path)}\n")
                for r in finding.reasons:
                    w(f"      {r.id}: {_safe(r.description)}\n")
                    if r.snippet:
                        w(f"        {_safe(r.snippet)}\n")
        else:
            w("log findings: none\n")


def _safe(text: str) -> str:
    """Log content is attacker-controlled: no terminal control characters reach the screen."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
