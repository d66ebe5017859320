"""Fixtures of the baseline-diff tests: the Acme site, its baselines, a compromised copy."""

from __future__ import annotations

import shutil

import pytest
from acme_site import Sites, compromise, make_git, make_tar, make_zip, write_site

from webhunt.diff.manifest import save_manifest


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Sites:
    base = tmp_path_factory.mktemp("site")
    baseline = base / "baseline"
    write_site(baseline)
    untouched = base / "untouched"
    shutil.copytree(baseline, untouched, symlinks=True)
    live = base / "live"
    shutil.copytree(baseline, live, symlinks=True)
    expected, inserted = compromise(live)
    specs = {
        "directory": str(baseline),
        "tar.gz": str(make_tar(baseline, base / "backup.tar.gz", "acme")),
        "zip": str(make_zip(baseline, base / "backup.zip")),
        "git": make_git(baseline, base / "repo"),
        "manifest": save_manifest(str(baseline), str(base / "baseline.jsonl")).path,
    }
    return Sites(baseline, live, untouched, expected, inserted, specs)
