"""A single changed file gets exactly the context (and so the cache key) the full walk gives it."""

from __future__ import annotations

import os
import time
from pathlib import Path

from webhunt.cache import cache_key
from webhunt.daemon.candidate import ContextBuilder
from webhunt.walk import walk


def build_site(root: Path) -> None:
    (root / "uploads" / "2024").mkdir(parents=True)
    (root / "static").mkdir()
    (root / "index.php").write_text("<?php echo 1;")
    (root / "uploads" / ".htaccess").write_text("AddType application/x-httpd-php .jpg\n")
    (root / "uploads" / "2024" / "cat.jpg").write_bytes(b"\xff\xd8\xff<?php eval($_POST[1]);")
    (root / "uploads" / "2024" / "dog.png").write_bytes(b"\x89PNG")
    (root / "static" / "app.js").write_text("x")
    (root / "static" / "cache.log").write_text("x")
    old = time.time() - 90 * 24 * 3600
    for i in range(12):
        p = root / "static" / f"old{i}.css"
        p.write_text("x")
        os.utime(p, (old, old))
    (root / "static" / "new.php").write_text("<?php echo 2;")  # far newer than its siblings


def test_same_context_and_cache_key_as_the_walk(tmp_path: Path) -> None:
    root = tmp_path / "www"
    build_site(root)
    ignore = ("*.log",)
    builder = ContextBuilder(ignore)
    walked = {c.path: c for c in walk(str(root), ignore=ignore)}
    assert len(walked) == 19
    for path, c in walked.items():
        single = builder.candidate(str(root), path, os.lstat(path))
        assert single == c, path
        assert cache_key(single, "v") == cache_key(c, "v")
    cat = walked[str(root / "uploads" / "2024" / "cat.jpg")]
    assert cat.ctx.executable_by_config and cat.ctx.in_upload_dir
    assert walked[str(root / "static" / "new.php")].ctx.newer_than_siblings
    assert walked[str(root / "static" / "cache.log")].quick


def test_a_new_htaccess_is_seen_once_forgotten(tmp_path: Path) -> None:
    root = tmp_path / "www"
    (root / "img").mkdir(parents=True)
    img = root / "img" / "x.gif"
    img.write_bytes(b"GIF89a")
    builder = ContextBuilder(ttl=3600)
    first = builder.candidate(str(root), str(img), os.lstat(img))
    assert first is not None and not first.ctx.executable_by_config
    (root / "img" / ".htaccess").write_text("AddHandler application/x-httpd-php .gif\n")
    builder.forget(str(root / "img"))
    again = builder.candidate(str(root), str(img), os.lstat(img))
    assert again is not None and again.ctx.executable_by_config


def test_outside_the_root_or_not_a_file(tmp_path: Path) -> None:
    root = tmp_path / "www"
    root.mkdir()
    other = tmp_path / "other.php"
    other.write_text("x")
    builder = ContextBuilder()
    assert builder.candidate(str(root), str(other), os.lstat(other)) is None
    assert builder.candidate(str(root), str(root), os.lstat(root)) is None
