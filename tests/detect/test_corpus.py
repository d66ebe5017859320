"""False positives on real applications (Debian packages fetched by scripts/fetch-corpus).

Benign code must stay below ``medium``: at most 0.05% of the corpus' files may reach it, and the
same share of each server-side language's files, so that the few ASP.NET or JSP pages of the corpus
cannot hide their false positives behind the bulk of its PHP.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from pathlib import Path

import pytest

from webhunt.languages import language_for
from webhunt.model import Language, ScanResult, Severity
from webhunt.scan import ScanSummary, scan_paths
from webhunt.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / ".cache" / "corpus"
MAX_FP_RATE = 0.0005
#: Languages the corpus must hold real applications of, with the least number of their files.
LANGUAGE_MINIMUMS = {Language.PHP: 10_000, Language.JSP: 40, Language.ASPX: 90}

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


def _medium_plus(summary: ScanSummary) -> list[ScanResult]:
    return [
        r for r in summary.results if r.verdict.severity is not None and r.verdict.severity >= Severity.MEDIUM
    ]


def _show(results: list[ScanResult]) -> str:
    return "\n".join(
        f"{r.meta.path} {r.verdict.score} {[(x.id, x.score, x.line) for x in r.verdict.reasons]}"
        for r in results
    )


def test_benign_applications_stay_below_medium(corpus_scan: ScanSummary) -> None:
    total = corpus_scan.files_scanned
    assert total > 10_000, "the corpus should hold the fetched applications"
    flagged = _medium_plus(corpus_scan)
    assert len(flagged) <= total * MAX_FP_RATE, (
        f"{len(flagged)} of {total} benign files at medium+:\n{_show(flagged)}"
    )


def test_each_language_stays_below_medium(corpus_scan: ScanSummary) -> None:
    """Per server-side language: files at medium+ within the rate (none when it has < 2,000 files)."""
    files = Counter(language_for(os.path.relpath(p, CORPUS)) for p in corpus_scan.present)
    for lang, least in LANGUAGE_MINIMUMS.items():
        assert files[lang] >= least, (
            f"the corpus should hold >= {least} {lang.value} files, not {files[lang]}"
        )
    flagged_by_language: dict[Language, list[ScanResult]] = {}
    for r in _medium_plus(corpus_scan):
        flagged_by_language.setdefault(r.verdict.language, []).append(r)
    for lang, flagged in flagged_by_language.items():
        if lang is Language.OTHER:
            continue  # non-script files: covered by the overall rate above
        allowed = math.floor(files[lang] * MAX_FP_RATE)
        assert len(flagged) <= allowed, (
            f"{len(flagged)} of {files[lang]} benign {lang.value} files at medium+:\n{_show(flagged)}"
        )
