"""``webhunt report``: write the incident report (HTML, Markdown or JSON) from the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from webhunt.cli import EXIT_CLEAN
from webhunt.cli.common import add_store_options, severity_arg, store_url
from webhunt.errors import ConfigError
from webhunt.model import Severity
from webhunt.report.from_store import build_story
from webhunt.report.render import RENDERERS, format_for
from webhunt.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report",
        help="write the incident report from the store",
        description="Write a self-contained HTML report (or Markdown/JSON) of the findings, attackers and "
        "their timelines recorded in the store.",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="report file (.html, .md, .json); default: stdout")
    p.add_argument(
        "--format", choices=tuple(RENDERERS), help="report format (default: from the file name, else html)"
    )
    p.add_argument("--root", metavar="DIR", help="only findings under this web root")
    p.add_argument("--all-hosts", action="store_true", help="findings of every host in the store (fleets)")
    p.add_argument(
        "--min-severity", type=severity_arg, default=Severity.MEDIUM, metavar="LEVEL", help="default: medium"
    )
    add_store_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or (format_for(args.output) if args.output else "html")
    with open_store(store_url(args, required=True) or None, host=args.host, create=False) as store:
        host = None if args.all_hosts else store.host
        root = str(Path(args.root).resolve()) if args.root else None
        doc = build_story(store, host=host, root=root, min_severity=args.min_severity)
    text = RENDERERS[fmt](doc)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"--output {args.output}: {exc.strerror}") from exc
        print(f"report written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_CLEAN
