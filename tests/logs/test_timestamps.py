"""Log times -> aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from webhunt.logs.lineparser import LineError
from webhunt.logs.timestamps import ClfTimes, W3cTimes, parse_epoch, parse_iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/Oct/2000:13:55:36 -0700", datetime(2000, 10, 10, 20, 55, 36, tzinfo=UTC)),
        ("10/Oct/2000:13:55:37 -0700", datetime(2000, 10, 10, 20, 55, 37, tzinfo=UTC)),  # cached minute
        ("01/Jan/2024:00:30:00 +0100", datetime(2023, 12, 31, 23, 30, tzinfo=UTC)),
        ("29/Feb/2024:23:59:60 +0000", datetime(2024, 3, 1, 0, 0, 0, tzinfo=UTC)),  # leap second
        ("01/Mar/2024:12:00:00 +0545", datetime(2024, 3, 1, 6, 15, tzinfo=UTC)),
    ],
)
def test_clf(text: str, expected: datetime) -> None:
    clf = ClfTimes()
    assert clf(text) == expected
    assert clf(text) == expected and clf(text).tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    [
        "10/Oct/2000:13:55:36",
        "10/Okt/2000:13:55:36 -0700",
        "32/Oct/2000:13:55:36 -0700",
        "10/Oct/2000:13:55:61 -0700",
        "10/Oct/2000:13:55:36 *0700",
        "1O/Oct/2000:13:55:36 -0700",
        "01/Jan/0001:00:00:00 +0100",  # before the first representable time
    ],
)
def test_clf_errors(text: str) -> None:
    with pytest.raises(LineError, match="bad time"):
        ClfTimes()(text)


def test_w3c() -> None:
    w3c = W3cTimes()
    assert w3c("2024-03-03", "23:59:59") == datetime(2024, 3, 3, 23, 59, 59, tzinfo=UTC)
    assert w3c("2024-03-03", "23:59:59.250") == datetime(2024, 3, 3, 23, 59, 59, 250000, tzinfo=UTC)


def test_iso_and_epoch() -> None:
    assert parse_iso("2024-03-01T12:00:00+01:00") == datetime(2024, 3, 1, 11, tzinfo=UTC)
    assert parse_iso("2024-03-01T12:00:00Z") == datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert parse_iso("2024-03-01T12:00:00") == datetime(2024, 3, 1, 12, tzinfo=UTC)  # naive: UTC
    expected = datetime(2024, 3, 1, tzinfo=UTC)
    for value in (1709251200, 1709251200_000, 1709251200_000_000, 1709251200_000_000_000):
        assert parse_epoch(value) == expected
    with pytest.raises(LineError):
        parse_iso("2024-03-01 noon")
