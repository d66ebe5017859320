"""Command-line entry point: ``main(argv) -> int``.

Each subcommand lives in its own module exposing ``register(subparsers)``; the module adds a parser
and sets ``handler=<function(args) -> int>``. A handler parses, calls one library function, renders.
Exit status: 0 = nothing at or above the threshold, 1 = findings, 2 = error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from webhunt import __version__
from webhunt.errors import WebhuntError

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = (
    "scan",
    "diff",
    "baseline",
    "logs",
    "hunt",
    "serve",
    "watch",
    "report",
    "quarantine",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="webhunt",
        description="Find webshells on web servers and reconstruct how they got there.",
    )
    parser.add_argument("--version", action="version", version=f"webhunt {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (repeatable)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"webhunt.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"webhunt.cli.{name}":
                continue  # command not built yet in this checkout
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="webhunt: %(levelname)s: %(message)s", stream=sys.stderr)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        result: int = handler(args)
    except WebhuntError as exc:
        print(f"webhunt: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("webhunt: interrupted", file=sys.stderr)
        return 130
    return result


def run() -> None:
    sys.exit(main())
