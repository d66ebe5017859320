"""Reasons -> one score -> severity.

The strongest reason per id counts in full; the others add with halving weight (s1 + s2/2 + s3/4 ...),
so many weak hints cannot add up to a detection on their own, while two strong, independent signals
raise the score. Capped at 100.
"""

from __future__ import annotations

from collections.abc import Iterable

from webhunt.model import Language, Reason, Severity, Verdict, severity_for

MAX_SCORE = 100


def strongest_per_id(reasons: Iterable[Reason]) -> list[Reason]:
    best: dict[str, Reason] = {}
    for r in reasons:
        cur = best.get(r.id)
        if cur is None or r.score > cur.score:
            best[r.id] = r
    return sorted(best.values(), key=lambda r: (-r.score, r.id))


def combine_scores(scores: Iterable[int]) -> int:
    total = 0.0
    weight = 1.0
    for s in sorted(scores, reverse=True):
        if s <= 0:
            continue
        total += s * weight
        weight /= 2
    return min(MAX_SCORE, round(total))


def verdict(language: Language, reasons: Iterable[Reason]) -> Verdict:
    kept = strongest_per_id(reasons)
    score = combine_scores(r.score for r in kept)
    sev: Severity | None = severity_for(score)
    return Verdict(language=language, reasons=tuple(kept), score=score, severity=sev)
