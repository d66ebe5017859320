"""Options and helpers shared by several subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO

from webhunt.errors import ConfigError
from webhunt.model import Severity


def severity_arg(text: str) -> Severity:
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_store_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="URL",
        help="findings store (sqlite:///FILE or postgresql://...); default: $WEBHUNT_DATABASE_URL",
    )
    p.add_argument("--host", metavar="NAME", help="host name recorded with each finding (default: this host)")


def store_url(args: argparse.Namespace, *, required: bool = False) -> str | None:
    """The store the user asked for: --db, then $WEBHUNT_DATABASE_URL; None when neither (and not required)."""
    url: str | None = getattr(args, "db", None) or os.environ.get("WEBHUNT_DATABASE_URL")
    if required and not url:
        return ""  # open_store("") falls back to the default SQLite file
    return url


def add_output_options(p: argparse.ArgumentParser, formats: tuple[str, ...], default: str) -> None:
    p.add_argument("--format", choices=formats, default=default, help=f"output format (default: {default})")
    p.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of stdout")
    p.add_argument(
        "--min-severity",
        type=severity_arg,
        default=Severity.MEDIUM,
        metavar="LEVEL",
        help="report and set exit status 1 for findings at or above LEVEL: low, medium, high, critical "
        "(default: medium)",
    )


def open_output(path: str | None) -> IO[str]:
    if not path:
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8")  # closed by the caller
    except OSError as exc:
        raise ConfigError(f"--output {path}: {exc.strerror}") from exc
