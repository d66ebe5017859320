"""Manifests: what `webhunt baseline save` writes, and how old/new/damaged ones are handled."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest
from acme_site import Sites, deny_reading

from webhunt import __version__
from webhunt.diff.manifest import (
    FORMAT_VERSION,
    ManifestSource,
    Migration,
    load_manifest,
    save_manifest,
)
from webhunt.diff.sources import DirectorySource, EntryType, hash_file, open_source
from webhunt.errors import BaselineError


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text().splitlines()]


def write_lines(path: Path, objs: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(o) + "\n" for o in objs))


def test_saved_manifest_records_every_entry(sites: Sites, tmp_path: Path) -> None:
    out = tmp_path / "m.jsonl"
    result = save_manifest(str(sites.baseline), str(out), workers=2)
    header, *records = lines(out)
    assert header["format"] == "webhunt-baseline"
    assert header["version"] == FORMAT_VERSION
    assert header["webhunt"] == __version__
    assert header["hash"] == "sha256"
    assert header["root"] == str(sites.baseline)
    assert header["entries"] == len(records) == result.entries
    live = DirectorySource(str(sites.baseline))
    assert {r["path"] for r in records} == set(live.entries)
    by_path = {r["path"]: r for r in records}
    db = by_path["includes/db.php"]
    assert db["type"] == "file"
    assert db["mode"] == "0644"
    assert db["sha256"] == hash_file(str(sites.baseline / "includes/db.php"))
    assert db["size"] == os.path.getsize(sites.baseline / "includes/db.php")
    assert by_path["latest"] == {**by_path["latest"], "type": "symlink", "target": "uploads/2024"}
    assert by_path["uploads"]["type"] == "dir"


def test_manifest_loads_back_to_the_same_entries(sites: Sites, tmp_path: Path) -> None:
    for name in ("m.jsonl", "m.jsonl.gz"):
        out = tmp_path / name
        save_manifest(str(sites.baseline), str(out))
        if name.endswith(".gz"):
            with gzip.open(out) as fh:
                assert fh.readline().startswith(b'{"format":"webhunt-baseline"')
        src = open_source(str(out))
        assert isinstance(src, ManifestSource)
        assert not src.has_content
        live = DirectorySource(str(sites.baseline))
        for rel, e in live.entries.items():
            got = src.entries[rel]
            assert (got.type, got.size, got.mode, got.uid, got.gid, got.link_target) == (
                e.type,
                e.size,
                e.mode,
                e.uid,
                e.gid,
                e.link_target,
            )
            if e.type is EntryType.FILE:
                assert got.sha256 == hash_file(live.path_of(rel))


def _small(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    root.mkdir()
    (root / "index.php").write_text("<?php\n")
    out = tmp_path / "m.jsonl"
    save_manifest(str(root), str(out))
    return out


def test_newer_format_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    out = _small(tmp_path)
    header, *rest = lines(out)
    write_lines(out, [{**header, "version": FORMAT_VERSION + 1, "webhunt": "9.0.0"}, *rest])
    with pytest.raises(BaselineError, match=r"newer webhunt \(9\.0\.0\).*upgrade webhunt"):
        open_source(str(out))


def test_older_format_is_upgraded_through_numbered_migrations(tmp_path: Path) -> None:
    out = _small(tmp_path)
    header, *rest = lines(out)
    # what an older layout might have looked like: mode as a number, the hash under another name
    old = [{**header, "version": 0}] + [
        {k: v for k, v in r.items() if k not in ("mode", "sha256")}
        | {"perm": int(r["mode"], 8), "digest": r.get("sha256")}
        for r in rest
    ]
    write_lines(out, old)

    def record(r: dict[str, Any]) -> dict[str, Any]:
        r = dict(r)
        r["mode"] = f"{r.pop('perm'):04o}"
        r["sha256"] = r.pop("digest")
        return r

    step = Migration(header=lambda h: {**h, "version": 1}, record=record)
    with pytest.raises(BaselineError, match="no migration from version 0"):
        load_manifest(str(out))
    got_header, entries = load_manifest(str(out), migrations={0: step})
    assert got_header.version == FORMAT_VERSION
    assert entries["index.php"].mode == 0o644
    assert entries["index.php"].sha256 == hash_file(str(tmp_path / "root/index.php"))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda ls: [*ls[:1], "{not json\n", *ls[1:]], r"line 2: not JSON"),
        (lambda ls: ls[:-1], r"header announces 2 entries, the file holds 1"),
        (
            lambda ls: [ls[0], ls[1].replace('"mode":"0755"', '"mode":"rwx"'), *ls[2:]],
            r"line 2: field 'mode' must be octal",
        ),
        (
            lambda ls: [ls[0], ls[1].replace('"path":"sub"', '"path":"../sub"'), *ls[2:]],
            r"line 2: field 'path' must be a relative path",
        ),
        (lambda ls: [ls[0].replace('"sha256"', '"md5"'), *ls[1:]], r"hash algorithm 'md5' is not supported"),
    ],
)
def test_damaged_manifest_names_line_and_field(tmp_path: Path, damage: Any, message: str) -> None:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    os.chmod(root / "sub", 0o755)
    (root / "sub/a.php").write_text("<?php\n")
    out = tmp_path / "m.jsonl"
    save_manifest(str(root), str(out))
    raw = out.read_text().splitlines(keepends=True)
    out.write_text("".join(damage(raw)))
    with pytest.raises(BaselineError, match=message):
        load_manifest(str(out))


def test_unreadable_file_is_reported_when_saving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "a.php").write_text("<?php\n")
    deny_reading(monkeypatch, root / "a.php")
    result = save_manifest(str(root), str(tmp_path / "m.jsonl"))
    assert [p.path for p in result.problems] == [str(root / "a.php")]
    _, entries = load_manifest(str(tmp_path / "m.jsonl"))
    assert entries["a.php"].sha256 is None
