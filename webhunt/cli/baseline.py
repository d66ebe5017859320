"""``webhunt baseline save WEBROOT -o FILE``: record a known-good web root for later diffs."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.markup import escape

from webhunt.cli import EXIT_CLEAN, EXIT_ERROR
from webhunt.diff.manifest import FORMAT_VERSION, save_manifest
from webhunt.settings import from_environment, parse_positive_int


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "baseline",
        help="save a known-good manifest of a web root (for 'webhunt diff --baseline FILE')",
        description="Manage baselines for 'webhunt diff'.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    save = actions.add_parser(
        "save",
        help="hash every file of WEBROOT and write a manifest",
        description=(
            "Walk WEBROOT, hash every file (sha256) and write a versioned manifest (JSON lines, "
            f"format version {FORMAT_VERSION}; gzip-compressed when FILE ends in .gz) with each "
            "entry's path, type, size, mode, owner, group, mtime and hash. Later, "
            "'webhunt diff --baseline FILE WEBROOT' compares the live root with it."
        ),
    )
    save.add_argument("webroot", metavar="WEBROOT", help="the web root to record")
    save.add_argument("-o", "--output", required=True, metavar="FILE", help="manifest file to write")
    save.add_argument("--workers", metavar="N", help="parallel hashing processes (default: CPUs)")
    save.add_argument(
        "--no-cache",
        action="store_true",
        help="do not remember the digests in the cache directory (by default a later "
        "'webhunt diff' against this manifest re-reads only the files changed since)",
    )
    save.set_defaults(handler=run_save)
    p.set_defaults(handler=lambda args: _usage(p))


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return EXIT_ERROR


def run_save(args: argparse.Namespace) -> int:
    workers = parse_positive_int(args.workers, "--workers") if args.workers else None
    settings = from_environment()
    digest_dir = None if args.no_cache else settings.cache_dir
    result = save_manifest(args.webroot, args.output, workers=workers, digest_dir=digest_dir)
    console = Console(file=sys.stderr, highlight=False)
    console.print(
        f"saved {result.entries} entries ({result.files} files hashed) of {escape(result.root)} "
        f"to {escape(result.path)} in {result.seconds:.1f}s"
    )
    for p in result.problems[:20]:
        console.print(f"[yellow]not recorded in full:[/] {escape(p.path)}: {escape(p.message)}")
    if len(result.problems) > 20:
        console.print(f"[yellow]... and {len(result.problems) - 20} more problems[/]")
    return EXIT_CLEAN
