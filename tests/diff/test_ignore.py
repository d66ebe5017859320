"""Ignore rules: gitignore syntax for data the diff should not list."""

from __future__ import annotations

import pytest

from webhunt.diff.ignore import IgnoreRules


@pytest.mark.parametrize(
    ("patterns", "path", "is_dir", "ignored"),
    [
        (["uploads/"], "wp-content/uploads", True, True),
        (["uploads/"], "wp-content/uploads/2024/a.jpg", False, True),
        (["uploads/"], "uploads", False, False),  # a file named uploads: '/' means directories only
        (["/cache"], "cache/x.html", False, True),
        (["/cache"], "wp-content/cache/x.html", False, False),  # anchored at the root
        (["wp-content/cache"], "wp-content/cache/a/b.html", False, True),
        (["wp-content/cache"], "x/wp-content/cache/a", False, False),  # a middle '/' anchors too
        (["*.log"], "logs/2024/error.log", False, True),
        (["*.log"], "logs/2024/error.log.php", False, False),
        (["**/sessions/**"], "a/b/sessions/sess_1", False, True),
        (["**/sessions"], "sessions", True, True),
        (["logs/**/*.gz"], "logs/a/b/access.log.gz", False, True),
        (["logs/**/*.gz"], "logs/access.log.gz", False, True),
        (["img?.png"], "a/img1.png", False, True),
        (["img?.png"], "a/img10.png", False, False),
        (["[Tt]mp/"], "Tmp/x", False, True),
        (["[!a]x"], "bx", False, True),
        (["[!a]x"], "ax", False, False),
        (["*.jpg", "!keep.jpg"], "a/keep.jpg", False, False),
        (["*.jpg", "!keep.jpg"], "a/other.jpg", False, True),
        (["cache/", "!cache/keep.html"], "cache/keep.html", False, True),  # parent excluded: stays
        (["# comment", "", "   "], "x", False, False),
        (["\\#notes"], "#notes", False, True),
        (["\\!bang"], "!bang", False, True),
        (["a*"], "dir/abc", False, True),
        (["*"], "anything/at/all", False, True),
    ],
)
def test_gitignore_semantics(patterns: list[str], path: str, is_dir: bool, ignored: bool) -> None:
    assert IgnoreRules.parse(patterns).ignored(path, is_dir) is ignored


def test_combined_sources_keep_order() -> None:
    rules = IgnoreRules.combine(
        [IgnoreRules.parse(["*.txt"], "--ignore"), IgnoreRules.parse(["!readme.txt"], ".webhuntignore")]
    )
    assert rules.ignored("notes.txt") and not rules.ignored("readme.txt")
    assert rules.sources == ("--ignore", ".webhuntignore")
    assert rules.patterns == ("*.txt", "!readme.txt")


@pytest.mark.parametrize(
    ("patterns", "dirs_only", "dirs", "ignored"),
    [
        (
            [".git/", ".svn/"],
            True,
            ["a", ".git", ".git/objects", "b/.svn"],
            {".git", ".git/objects", "b/.svn"},
        ),
        (
            ["cache/", "!cache/keep/"],
            True,
            ["cache", "cache/keep", "x/cache"],
            {"cache", "cache/keep", "x/cache"},
        ),
        (["/logs"], False, ["logs", "a/logs"], {"logs"}),
        (["*.log"], False, ["x.log", "a"], {"x.log"}),  # a directory may match a file pattern too
        ([], True, ["a", ".git"], set()),
    ],
)
def test_ignored_directories_in_bulk(
    patterns: list[str], dirs_only: bool, dirs: list[str], ignored: set[str]
) -> None:
    """``ignored_dirs`` agrees with ``ignored(path, is_dir=True)``; ``dirs_only`` says when nothing else
    can be ignored (the diff then checks directories only)."""
    rules = IgnoreRules.parse(patterns)
    assert rules.dirs_only is dirs_only
    assert rules.ignored_dirs(dirs) == ignored == {d for d in dirs if rules.ignored(d, True)}
