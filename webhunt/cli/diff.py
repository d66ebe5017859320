"""``webhunt diff --baseline BASELINE [WEBROOT]``: what changed against the known-good copy.


Start-up stays small: the detection engine is imported and loaded only when a changed file is to
be scanned (a diff that finds nothing to scan never pays for it; when the walks already show one,
it loads while child processes compare the contents), rich only for the table, the store only
when findings are stored.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import IO, TYPE_CHECKING

from webhunt.cli import EXIT_CLEAN, EXIT_FINDINGS
from webhunt.cli.common import add_store_options, open_output, severity_arg, store_url
from webhunt.diff.compare import DiffOptions, DiffResult, compare
from webhunt.diff.export import change_to_dict, change_to_finding, result_to_dict
from webhunt.diff.hashing import default_workers
from webhunt.diff.sources import Limits
from webhunt.model import Change, ChangeKind, FileContext, Finding, Language, Severity, Verdict
from webhunt.settings import Settings, from_environment, parse_positive_int, parse_size

if TYPE_CHECKING:
    from rich.console import Console

    from webhunt.detect.engine import Engine
    from webhunt.detect.memo import VerdictMemo

#: Exit status 1 when a change reaches this severity (as ``scan``), unless --min-severity is given.
DEFAULT_THRESHOLD = Severity.MEDIUM
FORMATS = ("table", "json", "jsonl")
_DIFF_LINES_SHOWN = 30

_STYLE = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
}
_HEADINGS = {
    ChangeKind.ADDED: "added",
    ChangeKind.MODIFIED: "modified",
    ChangeKind.DELETED: "deleted",
    ChangeKind.MODE: "type / mode / owner changed",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "diff",
        help="compare a web root with its known-good baseline",
        description=(
            "Compare the live web root with a known-good baseline (directory, .tar/.tar.gz/.tgz/"
            ".tar.bz2/.zip archive, git working copy or REPO@REF, or a manifest from "
            "'webhunt baseline save'). Reports every added, modified, deleted file and every "
            "type/mode/owner change; added scripts are scanned, and the code inserted into "
            "modified scripts is scanned on its own and in its file."
        ),
    )
    p.add_argument("--baseline", required=True, metavar="BASELINE", help="the known-good copy")
    p.add_argument("webroot", nargs="?", default=".", metavar="WEBROOT", help="live web root (default: .)")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of stdout")
    p.add_argument(
        "--min-severity",
        type=severity_arg,
        metavar="LEVEL",
        help="list only changes at or above LEVEL (low, medium, high, critical) and exit 1 when "
        "there is one; default: list every change, exit 1 for medium or above",
    )
    p.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="GLOB",
        help="skip data files matching GLOB (gitignore syntax, e.g. 'wp-content/uploads/'); "
        "scripts and files carrying code are never skipped",
    )
    p.add_argument("--no-ignore-file", action="store_true", help="do not read WEBROOT/.webhuntignore")
    p.add_argument(
        "--fast",
        action="store_true",
        help="trust equal size and mtime instead of hashing (attackers can reset mtimes)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="reuse nothing an earlier run remembered: hash every live file again (by default a "
        "file whose inode, size, mtime and ctime are unchanged keeps its digest; hashing applies "
        "to manifest, archive and git baselines, directories are compared byte for byte) and judge "
        "every change again (by default the same bytes in the same place under the same rules "
        "keep their verdict)",
    )
    p.add_argument("--no-owner", action="store_true", help="do not compare owners and groups")
    p.add_argument(
        "--no-scan",
        action="store_true",
        help="list the changes without scanning them (no detection: only the diff's own reasons)",
    )
    p.add_argument(
        "--allow-links-out",
        action="store_true",
        help="accept archive symlinks that point outside the archive (recorded, never followed); "
        "by default such an archive is refused",
    )
    p.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra YARA rule directory")
    p.add_argument(
        "--workers",
        metavar="N",
        help="parallel workers: processes comparing contents, threads scanning changes (default: CPUs)",
    )
    p.add_argument("--max-size", metavar="SIZE", default="8M", help="read cap per file (default 8M)")
    add_store_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = from_environment(
        rules_dirs=tuple(args.rules),
        workers=parse_positive_int(args.workers, "--workers") if args.workers else None,
        max_file_size=parse_size(args.max_size, "--max-size"),
        ignore=tuple(args.ignore),
        host=args.host,
    )
    engine = None if args.no_scan else LazyEngine(settings, remember=not args.no_cache)
    options = DiffOptions(
        ignore=settings.ignore,
        use_ignore_file=not args.no_ignore_file,
        fast=args.fast,
        compare_owner=not args.no_owner,
        workers=settings.workers if args.workers else default_workers(),
        max_file_size=settings.max_file_size,
        limits=Limits(allow_links_out=args.allow_links_out),
        digest_dir=None if args.no_cache else settings.cache_dir,  # the engine's caches stay on
    )
    result = compare(
        args.webroot,
        args.baseline,
        engine.detect if engine is not None else None,
        options,
        prepare=engine.prepare if engine is not None else None,
    )
    rule_problems: tuple[str, ...] = ()
    if engine is not None:
        engine.save()
        if settings.rules_dirs:  # the user's own rule directories are checked even when nothing was scanned
            rule_problems = engine.load().info.problems
    threshold: Severity = args.min_severity or DEFAULT_THRESHOLD
    shown = [c for c in result.changes if args.min_severity is None or _at_least(c, args.min_severity)]

    out = open_output(args.output)
    try:
        RENDERERS[args.format](result, shown, out)
    finally:
        if out is not sys.stdout:
            out.close()
    if args.format == "jsonl":
        for problem in result.problems:
            print(f"webhunt: not compared: {problem.path}: {problem.message}", file=sys.stderr)
    for message in rule_problems:  # on stderr in every format: a rule file the user gave was left out
        print(f"webhunt: rule file skipped: {message}", file=sys.stderr)
    url = store_url(args)
    if url is not None:
        _save(url, settings, result, engine.ruleset_version() if engine is not None else "")
    return EXIT_FINDINGS if any(_at_least(c, threshold) for c in result.changes) else EXIT_CLEAN


class LazyEngine:
    """The detection engine, imported and loaded on first need: a diff with nothing to scan never
    pays for it. Loading runs once, whichever scanning thread asks first; the others wait.

    With ``remember``, verdicts are first looked up in the cache directory's verdict memo
    (``webhunt.detect.memo``: same bytes, same context, same ruleset), so a re-run that judges the
    changes it judged before does not load the engine at all; ``save`` writes new verdicts back."""

    def __init__(self, settings: Settings, *, remember: bool = False) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._remember = remember
        self._memo: VerdictMemo | None = None
        self._version: str | None = None

    def prepare(self, languages: Iterable[Language] = ()) -> None:
        """Load the engine and get it ready for files of ``languages``."""
        self.load().warm(languages)

    def load(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from webhunt.detect.engine import Engine

                self._engine = Engine.load(self._settings)
                self._version = self._engine.info.ruleset_version
            return self._engine

    def detect(self, data: bytes, ctx: FileContext) -> Verdict:
        memo = self._verdicts() if self._remember else None
        if memo is None:
            return (self._engine or self.load()).detect(data, ctx)
        from webhunt.detect.memo import memo_key

        key = memo_key(data, ctx)
        verdict = memo.get(key)
        if verdict is None:
            verdict = (self._engine or self.load()).detect(data, ctx)
            memo.put(key, verdict)
        return verdict

    def save(self) -> None:
        if self._memo is not None:
            self._memo.save()

    def _verdicts(self) -> VerdictMemo:
        with self._lock:
            if self._memo is None:
                from webhunt.detect.memo import VerdictMemo

                self._memo = VerdictMemo.open(self._settings.cache_dir, self._ruleset_version())
            return self._memo

    def ruleset_version(self) -> str:
        """The version of the rules that judged (or would have judged) this diff."""
        with self._lock:
            return self._ruleset_version()

    def _ruleset_version(self) -> str:
        if self._version is None:
            from webhunt.rules import collect

            self._version = collect(self._settings.rules_dirs).version
        return self._version


def _at_least(change: Change, level: Severity) -> bool:
    sev = change.verdict.severity if change.verdict is not None else None
    return sev is not None and sev >= level


def _save(url: str, settings: Settings, result: DiffResult, ruleset: str) -> None:
    from webhunt.store import open_store

    findings: list[Finding] = [
        f for c in result.changes if (f := change_to_finding(c, settings.host, result.root)) is not None
    ]
    with open_store(url or None, host=settings.host) as store:
        scan_id = store.start_scan(result.root, "diff", ruleset)
        store.upsert_findings(findings, scan_id)
        store.update_scan(
            scan_id,
            files_total=result.entries,
            files_done=result.entries,
            problems=[f"{p.path}: {p.message}" for p in result.problems],
        )
        store.finish_scan(scan_id)


# --------------------------------------------------------------------------------------------------
# Rendering


def render_json(result: DiffResult, changes: Sequence[Change], out: IO[str]) -> None:
    json.dump(result_to_dict(result, list(changes)), out, indent=2)
    out.write("\n")


def render_jsonl(result: DiffResult, changes: Sequence[Change], out: IO[str]) -> None:
    for c in changes:
        out.write(json.dumps(change_to_dict(c, result.root), separators=(",", ":")) + "\n")


def _safe(text: str) -> str:
    """File names may hold undecodable bytes (surrogates) and rich markup: make them printable."""
    from rich.markup import escape

    return escape(text.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


def render_table(result: DiffResult, changes: Sequence[Change], out: IO[str]) -> None:
    from rich.console import Console

    console = Console(file=out, highlight=False, soft_wrap=True)
    console.print(f"[bold]webhunt diff[/] {_safe(result.root)}  against  {_safe(result.baseline)}")
    for note in result.notes:
        console.print(f"[dim]note: {_safe(note)}[/]")
    for kind in ChangeKind:
        group = [c for c in changes if c.kind is kind]
        if not group:
            continue
        console.print()
        console.print(f"[bold underline]{_HEADINGS[kind]} ({len(group)})[/]")
        for c in group:
            _render_change(console, c)
    console.print()
    counts = ", ".join(f"{result.count(k)} {k.value}" for k in ChangeKind)
    flagged = {s: 0 for s in Severity}
    for c in result.changes:
        if c.verdict is not None and c.verdict.severity is not None:
            flagged[c.verdict.severity] += 1
    sev = ", ".join(f"{n} {s.label}" for s, n in sorted(flagged.items(), reverse=True) if n)
    remembered = (
        f" ({result.files_remembered} of them by the digest an earlier run remembered)"
        if result.files_remembered
        else ""
    )
    console.print(
        f"{result.entries} paths, {result.files_compared} files compared by content{remembered} in "
        f"{result.seconds:.1f}s: {counts}" + (f"; by severity: {sev}" if sev else "")
    )
    if len(changes) < len(result.changes):
        console.print(f"[dim]{len(result.changes) - len(changes)} changes below --min-severity not listed[/]")
    for p in result.problems[:20]:
        console.print(f"[yellow]not compared:[/] {_safe(p.path)}: {_safe(p.message)}")
    if len(result.problems) > 20:
        console.print(f"[yellow]... and {len(result.problems) - 20} more problems[/]")


def _render_change(console: Console, c: Change) -> None:
    v = c.verdict
    sev = v.severity if v is not None else None
    label = f"[{_STYLE[sev]}]{sev.label:<8}[/]" if sev is not None else f"{'-':<8}"
    score = f"{v.score:>3}" if v is not None and v.score else "   "
    where = ""
    if c.inserted:
        where = (
            " [dim](inserted "
            + ", ".join(f"line {a}" if a == b else f"lines {a}-{b}" for a, b in c.inserted[:5])
            + ("…" if len(c.inserted) > 5 else "")
            + ")[/]"
        )
    console.print(f"  {label} {score}  {_safe(c.relpath)}{where}")
    pad = " " * 16
    if c.details:
        console.print(f"{pad}[dim]{_safe('; '.join(c.details))}[/]")
    if v is not None:
        for r in v.reasons[:5]:
            at = f" L{r.line}" if r.line else ""
            console.print(f"{pad}[bold]{_safe(r.id)}[/]{at} {_safe(r.description)}")
            if r.snippet:
                for line in r.snippet.splitlines()[:6]:
                    console.print(f"{pad}  [dim]│ {_safe(line[:200])}[/]")
        if len(v.reasons) > 5:
            console.print(f"{pad}[dim]… {len(v.reasons) - 5} more reasons[/]")
    if c.diff and sev is not None and sev >= Severity.MEDIUM:
        lines = c.diff.splitlines()
        for line in lines[2 : 2 + _DIFF_LINES_SHOWN]:
            style = "green" if line.startswith("+") else "red" if line.startswith("-") else "dim"
            console.print(f"{pad}[{style}]{_safe(line[:200])}[/]")
        if len(lines) > 2 + _DIFF_LINES_SHOWN:
            console.print(f"{pad}[dim]… diff continues (--format json for all of it)[/]")


Renderer = Callable[[DiffResult, Sequence[Change], IO[str]], None]

RENDERERS: dict[str, Renderer] = {
    "table": render_table,
    "json": render_json,
    "jsonl": render_jsonl,
}
