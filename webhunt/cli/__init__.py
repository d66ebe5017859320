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


#: Subcommands registered by a module of another name.
_MODULE_OF = {"restore": "quarantine", "run": "watch"}


def _wanted(argv: Sequence[str]) -> tuple[str, ...]:
    """The subcommand modules to import: only the one asked for (start-up stays fast), all for help."""
    for arg in argv:
        if arg.startswith("-"):
            continue
        name = _MODULE_OF.get(arg, arg)
        return (name,) if name in COMMANDS else COMMANDS
    return COMMANDS


def build_parser(modules: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="webhunt",
        description="Find webshells on web servers and reconstruct how they got there.",
    )
    parser.add_argument("--version", action="version", version=f"webhunt {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (repeatable)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        try:
            module = importlib.import_module(f"webhunt.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"webhunt.cli.{name}":
                continue  # command not built yet in this checkout
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_wanted(argv))
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
