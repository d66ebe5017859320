"""A git revision as a baseline (``REPO@REF``): the tree of ``REF`` read with ``git ls-tree`` and
``git cat-file --batch``; nothing is checked out. Imported only when a baseline names a revision.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import threading
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace

from webhunt.diff.sources import CHUNK, MAX_LINK_TARGET, Entry, EntryType, Source, add_parents
from webhunt.errors import BaselineError


class GitSource(Source):
    """A git revision: ``git ls-tree`` for the tree, ``git cat-file --batch`` for the bytes."""

    kind = "git"
    entries: dict[str, Entry]
    prefetch = True
    mode_mask = 0o100  # git keeps only "executable or not"
    records_owner = False
    mtime_resolution = None

    def __init__(self, repo: str, ref: str) -> None:
        super().__init__(f"{repo}@{ref}")
        self.entries = {}
        self.repo = repo
        self.ref = ref
        self.commit = (
            self._git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
            .strip()
            .decode()
        )
        self._oids: dict[str, str] = {}  # relpath -> blob id
        self._load_tree()

    def _git(self, *args: str) -> bytes:
        try:
            proc = subprocess.run(
                ["git", "-C", self.repo, *args],
                capture_output=True,
                check=False,
                env=_git_env(),
            )
        except FileNotFoundError as exc:
            raise BaselineError("git is not installed: cannot read a REPO@REF baseline") from exc
        if proc.returncode != 0:
            msg = proc.stderr.decode("utf-8", errors="replace").strip().splitlines()
            detail = msg[-1] if msg else f"exit status {proc.returncode}"
            if args[0] == "rev-parse" and not msg:
                detail = f"no commit named {self.ref!r}"
            raise BaselineError(f"{self.spec}: git {args[0]} failed: {detail}")
        return proc.stdout

    def _load_tree(self) -> None:
        listing = self._git("ls-tree", "-r", "-z", "-l", "--full-tree", self.commit)
        blobs: dict[str, list[str]] = {}
        links: list[str] = []
        for record in listing.split(b"\0"):
            if not record:
                continue
            meta, _, raw_path = record.partition(b"\t")
            mode_s, kind, oid, size_s = meta.decode().split()
            rel = os.fsdecode(raw_path)
            mode = int(mode_s, 8)
            if kind == "commit":  # submodule: its own repository, not compared
                self.entries[rel] = Entry(rel, EntryType.DIR)
                self._problem(rel, "git submodule: its files are not part of this baseline")
                continue
            if kind != "blob":
                continue
            size = int(size_s)
            if stat.S_ISLNK(mode):
                links.append(rel)
            self.entries[rel] = Entry(
                rel,
                EntryType.SYMLINK if stat.S_ISLNK(mode) else EntryType.FILE,
                size=size,
                mode=stat.S_IMODE(mode) if not stat.S_ISLNK(mode) else None,
            )
            self._oids[rel] = oid
            blobs.setdefault(oid, []).append(rel)
        link_oids = {self._oids[rel] for rel in links}
        for oid, data_hash, head in self._cat(list(blobs), keep=link_oids):
            for rel in blobs[oid]:
                e = self.entries[rel]
                if e.type is EntryType.SYMLINK:
                    self.entries[rel] = replace(e, link_target=head.decode("utf-8", "surrogateescape"))
                else:
                    self.entries[rel] = replace(e, sha256=data_hash)
        add_parents(self.entries)

    def _cat(
        self, oids: list[str], keep: Collection[str] = (), limit: int = MAX_LINK_TARGET
    ) -> Iterator[tuple[str, str, bytes]]:
        """(oid, sha256, first bytes) of each blob, via one ``git cat-file --batch`` process.

        ``keep`` names the blobs whose first ``limit`` bytes are returned (others return b'')."""
        if not oids:
            return
        try:
            proc = subprocess.Popen(
                ["git", "-C", self.repo, "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_git_env(),
            )
        except FileNotFoundError as exc:
            raise BaselineError("git is not installed: cannot read a REPO@REF baseline") from exc
        assert proc.stdin is not None and proc.stdout is not None
        stdin, stdout = proc.stdin, proc.stdout

        def feed() -> None:
            try:
                for oid in oids:
                    stdin.write(oid.encode() + b"\n")
                stdin.close()
            except BrokenPipeError:
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        try:
            for oid in oids:
                header = stdout.readline().split()
                if len(header) != 3:
                    raise BaselineError(f"{self.spec}: git cat-file: object {oid} is missing")
                left = int(header[2])
                h = hashlib.sha256()
                kept = b""
                while left:
                    chunk = stdout.read(min(left, CHUNK))
                    if not chunk:
                        raise BaselineError(f"{self.spec}: git cat-file ended early at {oid}")
                    h.update(chunk)
                    left -= len(chunk)
                    if oid in keep and len(kept) < limit:
                        kept += chunk[: limit - len(kept)]
                stdout.read(1)  # the newline after each object
                yield oid, h.hexdigest(), kept
        finally:
            stdout.close()
            writer.join()
            proc.wait()

    def read(self, relpaths: Iterable[str], limit: int) -> dict[str, bytes]:
        rels: dict[str, list[str]] = {}
        for rel in relpaths:
            entry = self.entries.get(rel)
            oid = self._oids.get(rel)
            if entry is None or oid is None or entry.type is not EntryType.FILE or entry.size > limit:
                continue
            rels.setdefault(oid, []).append(rel)
        out: dict[str, bytes] = {}
        for oid, _, data in self._cat(list(rels), keep=set(rels), limit=limit):
            for rel in rels[oid]:
                out[rel] = data
        return out


def _git_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"})
    return env
