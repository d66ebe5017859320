"""``webhunt quarantine`` and ``webhunt restore``: the only commands that change a web root."""

from __future__ import annotations

import argparse
import getpass
import os
import re
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from webhunt.cli import EXIT_CLEAN
from webhunt.cli.common import add_store_options, store_url
from webhunt.errors import ConfigError
from webhunt.model import Status
from webhunt.quarantine import entries, quarantine, restore
from webhunt.settings import default_data_dir


def default_quarantine_dir() -> Path:
    return Path(os.environ.get("WEBHUNT_QUARANTINE_DIR") or default_data_dir() / "quarantine")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    q = sub.add_parser(
        "quarantine",
        help="move a flagged file into quarantine, keeping it as evidence",
        description="Move a file (by finding id or path) into the quarantine store with a manifest of its "
        "original path, owner, mode, timestamps and sha256. Refuses paths outside the web roots.",
    )
    q.add_argument("target", nargs="?", help="finding id (from the store) or a file path")
    q.add_argument("--root", action="append", default=[], metavar="DIR", help="web root the file must be in")
    q.add_argument(
        "--dir", metavar="DIR", help="quarantine store (default: $WEBHUNT_QUARANTINE_DIR or the data dir)"
    )
    q.add_argument("--by", default=None, help="who quarantines (default: the current user)")
    q.add_argument("--note", default="", help="note kept in the manifest and the finding's triage")
    q.add_argument("--list", action="store_true", help="list quarantined files")
    add_store_options(q)
    q.set_defaults(handler=run_quarantine)

    r = sub.add_parser("restore", help="put a quarantined file back exactly as it was")
    r.add_argument("id", help="quarantine id (see `webhunt quarantine --list`)")
    r.add_argument("--dir", metavar="DIR", help="quarantine store")
    r.add_argument("--force", action="store_true", help="replace a file that exists at the original path")
    r.set_defaults(handler=run_restore)


def run_quarantine(args: argparse.Namespace) -> int:
    console = Console(highlight=False)
    folder = Path(args.dir) if args.dir else default_quarantine_dir()
    if args.list:
        for e in entries(folder):
            console.print(
                f"{e.id}  {e.state:13}  {escape(e.original_path)}  sha256 {e.sha256[:16]}  by {escape(e.quarantined_by)}"
            )
        return EXIT_CLEAN
    if not args.target:
        raise ConfigError("quarantine: give a finding id or a file path (or --list)")
    by = args.by or getpass.getuser()
    finding_id: int | None = None
    expected: str | None = None
    roots = [os.path.abspath(r) for r in args.root]
    path = args.target
    store = None
    if args.target.isdigit():
        from webhunt.store import open_store

        store = open_store(store_url(args, required=True) or None, host=args.host, create=False)
        detail = store.get_finding(int(args.target))
        if detail is None:
            raise ConfigError(f"quarantine: no finding with id {args.target} in {store.url}")
        finding_id, path, expected = detail.finding.id, detail.finding.path, detail.finding.sha256 or None
        roots = roots or ([detail.finding.root] if detail.finding.root else [])
    if not roots:
        raise ConfigError("quarantine: --root is required for a path (the file must be inside a web root)")
    entry = quarantine(
        path,
        roots=roots,
        store_dir=folder,
        by=by,
        note=args.note,
        finding_id=finding_id,
        expected_sha256=expected,
    )
    if store is not None and finding_id is not None:
        store.triage(
            finding_id,
            Status.RESOLVED,
            by,
            f"quarantined as {entry.id}" + (f": {args.note}" if args.note else ""),
        )
        store.close()
    console.print(
        f"quarantined {escape(entry.original_path)} as {entry.id} in {escape(str(folder / entry.id))}"
    )
    return EXIT_CLEAN


def run_restore(args: argparse.Namespace) -> int:
    folder = Path(args.dir) if args.dir else default_quarantine_dir()
    if not re.fullmatch(r"[0-9A-Za-z-]+", args.id):
        raise ConfigError(f"restore: {args.id!r} is not a quarantine id (see `webhunt quarantine --list`)")
    entry = restore(folder / args.id, force=args.force)
    Console(highlight=False).print(
        f"restored {escape(entry.original_path)} (mode {entry.mode_text}, owner {entry.uid}:{entry.gid})"
    )
    return EXIT_CLEAN
