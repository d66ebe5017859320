from __future__ import annotations

import pytest

from webhunt.detect.scoring import combine_scores, verdict
from webhunt.model import Language, Layer, Reason, Severity


@pytest.mark.parametrize(
    ("scores", "expected"),
    [([], 0), ([30], 30), ([30, 30], 45), ([20, 20, 20, 20, 20], 39), ([85, 60], 100), ([50, 20], 60)],
)
def test_halving_combination(scores: list[int], expected: int) -> None:
    assert combine_scores(scores) == expected


def test_many_weak_hints_never_reach_medium() -> None:
    assert combine_scores([19] * 50) < 40


def test_strongest_reason_per_id_counts_once() -> None:
    r = [
        Reason("A", Layer.YARA, 50, "a"),
        Reason("A", Layer.YARA, 80, "a"),
        Reason("B", Layer.HEURISTIC, 20, "b"),
    ]
    v = verdict(Language.PHP, r)
    assert [x.score for x in v.reasons] == [80, 20]
    assert v.score == 90 and v.severity is Severity.CRITICAL
