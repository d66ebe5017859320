"""False positives on real applications (Debian packages fetched by scripts/fetch-corpus).

Benign code must stay below ``medium``: at most 0.05% of the corpus' files may reach it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from webhunt.model import Severity
from webhunt.scan import ScanSummary, scan_paths
from webhunt.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / ".cache" / "corpus"
MAX_FP_RATE = 0.0005

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


def _apps() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def corpus_scan(tmp_path_factory: pytest.TempPathFactory) -> ScanSummary:
    apps = _apps()
    if not apps:
        if os.environ.get("CI") == "true":
            pytest.fail(f"benign corpus missing at {CORPUS}: scripts/fetch-corpus must run first")
        pytest.skip(f"benign corpus missing at {CORPUS} (run scripts/fetch-corpus)")
    settings = Settings(cache_dir=tmp_path_factory.mktemp("cache"), use_cache=False)
    return scan_paths([str(a) for a in apps], settings)


def test_benign_applications_stay_below_medium(corpus_scan: ScanSummary) -> None:
    total = corpus_scan.files_scanned
    assert total > 10_000, "the corpus should hold the fetched applications"
    flagged = [
        r
        for r in corpus_scan.results
        if r.verdict.severity is not None and r.verdict.severity >= Severity.MEDIUM
    ]
    detail = "\n".join(
        f"{r.meta.path} {r.verdict.score} {[(x.id, x.score, x.line) for x in r.verdict.reasons]}"
        for r in flagged
    )
    assert len(flagged) <= total * MAX_FP_RATE, (
        f"{len(flagged)} of {total} benign files at medium+:\n{detail}"
    )
