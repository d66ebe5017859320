from __future__ import annotations

import os
from pathlib import Path

from webhunt.model import Language, ScanProblem
from webhunt.walk import walk


def tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def test_walk_classifies_and_never_leaves_the_root(tmp_path: Path) -> None:
    root = tmp_path / "www"
    tree(
        root,
        {
            "index.php": "<?php echo 1;",
            "a/b.jsp": "<% %>",
            "cgi-bin/x.pl": "print 1",
            "lib/x.pl": "print 1",
            "img/logo.png": "png",
            "uploads/.htaccess": "AddType application/x-httpd-php .jpg\n",
            # a copy under another name is scanned as .htaccess but configures nothing
            "uploads/2024/shell.htaccess": "AddType application/x-httpd-php .png\n",
            "uploads/2024/old.user.ini": "auto_prepend_file = dog.png\n",
            "uploads/2024/cat.jpg": "jpeg",
            "uploads/2024/dog.png": "png",
        },
    )
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "s.php").write_text("<?php")
    os.symlink(outside, root / "link-out")
    os.symlink(root / "a", root / "link-in")
    os.symlink("../www", root / "a" / "loop")
    problems: list[ScanProblem] = []
    got = {c.ctx.relpath: c for c in walk(str(root), problems=problems)}
    assert set(got) == {
        "index.php",
        "a/b.jsp",
        "cgi-bin/x.pl",
        "lib/x.pl",
        "img/logo.png",
        "uploads/.htaccess",
        "uploads/2024/cat.jpg",
        "uploads/2024/dog.png",
        "uploads/2024/shell.htaccess",
        "uploads/2024/old.user.ini",
    }
    assert got["index.php"].ctx.language is Language.PHP
    assert got["cgi-bin/x.pl"].ctx.language is Language.CGI
    assert got["lib/x.pl"].ctx.language is Language.OTHER
    assert got["uploads/.htaccess"].ctx.language is Language.HTACCESS
    assert got["uploads/2024/shell.htaccess"].ctx.language is Language.HTACCESS
    assert got["uploads/2024/old.user.ini"].ctx.language is Language.USER_INI
    # the .htaccess in uploads/ makes .jpg files below it executable, not .png
    assert got["uploads/2024/cat.jpg"].ctx.executable_by_config
    assert not got["uploads/2024/dog.png"].ctx.executable_by_config
    assert got["uploads/2024/cat.jpg"].ctx.in_upload_dir
    assert not got["index.php"].ctx.in_upload_dir
    assert [p.path for p in problems] == [str(root / "link-out")]
    assert "outside the root" in problems[0].message


def test_ignore_globs_never_hide_scripts(tmp_path: Path) -> None:
    tree(tmp_path, {"cache/a.html": "x", "cache/b.php": "<?php", "cache/c.jpg": "<?php x"})
    got = {c.ctx.relpath: c.quick for c in walk(str(tmp_path), ignore=["cache"])}
    assert got == {"cache/a.html": True, "cache/b.php": False, "cache/c.jpg": True}


def test_single_file_and_missing_root(tmp_path: Path) -> None:
    f = tmp_path / "x.php"
    f.write_text("<?php")
    assert [c.ctx.relpath for c in walk(str(f))] == ["x.php"]
    problems: list[ScanProblem] = []
    assert list(walk(str(tmp_path / "nope"), problems=problems)) == []
    assert "cannot open" in problems[0].message


def test_a_single_file_is_in_an_upload_directory_only_by_its_own_directory(tmp_path: Path) -> None:
    # tmp_path itself lies under a temporary directory: that is where the copy is, not the site
    case = tmp_path / "tmp" / "case" / "x.php"
    upload = tmp_path / "site" / "uploads" / "y.php"
    for f in (case, upload):
        f.parent.mkdir(parents=True)
        f.write_text("<?php")
    assert [c.ctx.in_upload_dir for c in walk(str(case))] == [False]
    assert [c.ctx.in_upload_dir for c in walk(str(upload))] == [True]


def test_app_code_classes_are_aspnet_scripts(tmp_path: Path) -> None:
    root = tmp_path / "www"
    tree(
        root,
        {
            "App_Code/Module.cs": "public class M {}",
            "app_code/sub/Helper.vb": "Public Class H\nEnd Class",
            "src/Program.cs": "class P {}",
        },
    )
    got = {c.ctx.relpath: c.ctx.language for c in walk(str(root))}
    assert got == {
        "App_Code/Module.cs": Language.ASPX,
        "app_code/sub/Helper.vb": Language.ASPX,
        "src/Program.cs": Language.OTHER,
    }


def test_a_single_file_runs_by_its_own_directory(tmp_path: Path) -> None:
    tree(tmp_path, {"App_Code/Module.cs": "class M {}", "cgi-bin/x.pl": "print 1", "lib/y.cs": "class Y {}"})
    assert [c.ctx.language for c in walk(str(tmp_path / "App_Code" / "Module.cs"))] == [Language.ASPX]
    assert [c.ctx.language for c in walk(str(tmp_path / "cgi-bin" / "x.pl"))] == [Language.CGI]
    assert [c.ctx.language for c in walk(str(tmp_path / "lib" / "y.cs"))] == [Language.OTHER]


def test_newer_than_siblings(tmp_path: Path) -> None:
    tree(tmp_path, {f"f{i}.php": "<?php" for i in range(8)})
    old = 1_600_000_000
    for i in range(8):
        os.utime(tmp_path / f"f{i}.php", (old, old))
    os.utime(tmp_path / "f3.php", (old + 90 * 86400, old + 90 * 86400))
    newer = {c.ctx.relpath for c in walk(str(tmp_path)) if c.ctx.newer_than_siblings}
    assert newer == {"f3.php"}
