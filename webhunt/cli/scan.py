"""``webhunt scan PATH...``: find webshells and backdoored files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from webhunt.cli import EXIT_CLEAN, EXIT_FINDINGS
from webhunt.cli.common import add_output_options, add_store_options, open_output, store_url
from webhunt.known_good import KnownGood
from webhunt.model import Layer
from webhunt.output import RENDERERS, selected
from webhunt.scan import ScanSummary, scan_paths
from webhunt.settings import from_environment, parse_positive_int, parse_size


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "scan",
        help="scan web roots for webshells and backdoored files",
        description="Scan web roots for webshells, backdoors and files made executable by configuration.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="web root(s) or single files to scan")
    add_output_options(p, tuple(RENDERERS), "table")
    p.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra YARA rule directory")
    p.add_argument("--workers", metavar="N", help="parallel scan processes (default: all cores)")
    p.add_argument("--max-size", metavar="SIZE", default="8M", help="read cap per file (default 8M)")
    p.add_argument("--no-cache", action="store_true", help="rescan every file, ignore the scan cache")
    p.add_argument("--ignore", action="append", default=[], metavar="GLOB", help="skip data files matching")
    p.add_argument(
        "--known-good",
        action="append",
        default=[],
        metavar="RELEASE",
        help="a release you trust (manifest from 'webhunt baseline save', archive, directory or REPO@REF): "
        "files byte-identical to one of its files, where the release puts that file, are judged clean "
        "(repeatable; never use a hash list from elsewhere)",
    )
    p.add_argument(
        "--disable-layer",
        action="append",
        default=[],
        choices=[layer.value for layer in Layer],
        help="switch a detection layer off (for comparisons)",
    )
    add_store_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = from_environment(
        rules_dirs=tuple(args.rules),
        workers=parse_positive_int(args.workers, "--workers") if args.workers else None,
        max_file_size=parse_size(args.max_size, "--max-size"),
        use_cache=False if args.no_cache else None,
        ignore=tuple(args.ignore),
        host=args.host,
    )
    disabled = frozenset(Layer(v) for v in args.disable_layer)
    url = store_url(args)
    known_good = KnownGood.load(args.known_good) if args.known_good else None

    interactive = args.format == "table" and sys.stderr.isatty() and not args.output
    with _progress(interactive) as progress:
        summary = scan_paths(
            args.paths, settings, disabled=disabled, progress=progress, known_good=known_good
        )

    flagged = selected(summary, args.min_severity)
    out = open_output(args.output)
    try:
        RENDERERS[args.format](summary, flagged, out)
    finally:
        if out is not sys.stdout:
            out.close()
    if args.format != "json" and args.format != "table":
        for problem in summary.problems:
            print(f"webhunt: not scanned: {problem.path}: {problem.message}", file=sys.stderr)
        for message in summary.rule_problems:
            print(f"webhunt: rule file skipped: {message}", file=sys.stderr)
        for problem in summary.known_good_problems:
            print(
                f"webhunt: known-good release file not read: {problem.path}: {problem.message}",
                file=sys.stderr,
            )
    if url is not None:
        _save(url, summary, settings.host)
    return EXIT_FINDINGS if flagged else EXIT_CLEAN


def _save(url: str, summary: ScanSummary, host: str) -> None:
    from webhunt.scan_job import save_summary
    from webhunt.store import open_store

    with open_store(url or None, host=host) as store:
        for root in summary.roots:
            scan_id = store.start_scan(root, "scan", summary.ruleset_version)
            save_summary(store, summary, scan_id, root)
            store.finish_scan(scan_id)


class _progress:
    """A progress bar on a terminal; nothing otherwise."""

    def __init__(self, enabled: bool) -> None:
        self._bar = (
            Progress(
                TextColumn("scanning"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                transient=True,
            )
            if enabled
            else None
        )

    def __enter__(self) -> Callable[[int, int], None] | None:
        bar = self._bar
        if bar is None:
            return None
        bar.start()
        task = bar.add_task("scan", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return update

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
