"""Log timestamps -> timezone-aware UTC datetimes.

Access logs carry one timestamp per line and consecutive lines share the same minute, so the
parsers memoise the start of each minute (bounded) and add the seconds: parsing a CLF time costs
a dict lookup and one addition. Times without a zone (ISO strings without offset, custom Apache
formats without ``%z``) are taken as UTC; IIS W3C times are UTC by definition.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from webhunt.logs.lineparser import LineError

_MONTHS: dict[str, int] = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_SECONDS: tuple[timedelta, ...] = tuple(timedelta(seconds=s) for s in range(61))
_SECOND_TEXTS: dict[str, timedelta] = {f"{s:02d}": _SECONDS[s] for s in range(61)}
_CACHE_LIMIT = 4096
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class ClfTimes:
    """``10/Oct/2000:13:55:36 -0700`` -> aware UTC datetime (memoised per minute; the same text as
    the line before gives the same object)."""

    __slots__ = ("_last", "_minutes")

    def __init__(self) -> None:
        self._minutes: dict[str, datetime] = {}
        self._last: tuple[str, datetime] = ("", _EPOCH)

    def __call__(self, text: str) -> datetime:
        last_text, last = self._last
        if text == last_text:
            return last
        try:
            time = self._minutes[text[:17] + text[20:]] + _SECOND_TEXTS[text[18:20]]
        except KeyError:
            time = self._parse(text)
        self._last = (text, time)
        return time

    def _parse(self, text: str) -> datetime:
        if len(text) != 26 or text[2] != "/" or text[6] != "/" or text[11] != ":":
            raise LineError(f"bad time {text!r} (expected dd/Mon/yyyy:HH:MM:SS +zzzz)")
        try:
            base = _clf_minute(text)
            second = _SECOND_TEXTS[text[18:20]]
        except (ValueError, KeyError, OverflowError):  # OverflowError: year 1 minus an offset
            raise LineError(f"bad time {text!r}") from None
        if len(self._minutes) >= _CACHE_LIMIT:
            self._minutes.clear()
        self._minutes[text[:17] + text[20:]] = base
        return base + second


def _clf_minute(text: str) -> datetime:
    """The UTC start of the minute of a CLF time (raises ValueError/KeyError when invalid)."""
    offset = timedelta(hours=int(text[22:24]), minutes=int(text[24:26]))
    if text[21] == "-":
        offset = -offset
    elif text[21] != "+":
        raise ValueError(text)
    local = datetime(
        int(text[7:11]), _MONTHS[text[3:6]], int(text[0:2]), int(text[12:14]), int(text[15:17]), tzinfo=UTC
    )
    return local - offset


class W3cTimes:
    """IIS W3C ``date`` + ``time`` fields (``2024-03-01``, ``12:00:01[.123]``), UTC."""

    __slots__ = ("_minutes",)

    def __init__(self) -> None:
        self._minutes: dict[str, datetime] = {}

    def __call__(self, date: str, time: str) -> datetime:
        key = date + time[:5]
        base = self._minutes.get(key)
        try:
            if base is None:
                if len(date) != 10 or date[4] != "-" or date[7] != "-" or time[2:3] != ":":
                    raise ValueError(date)
                base = datetime(
                    int(date[0:4]),
                    int(date[5:7]),
                    int(date[8:10]),
                    int(time[0:2]),
                    int(time[3:5]),
                    tzinfo=UTC,
                )
                if len(self._minutes) >= _CACHE_LIMIT:
                    self._minutes.clear()
                self._minutes[key] = base
            if time[5:6] != ":":
                raise ValueError(time)
            if len(time) == 8:
                return base + _SECONDS[int(time[6:8])]
            return base + timedelta(seconds=float(time[6:]))
        except (ValueError, IndexError):
            raise LineError(f"bad date/time {date!r} {time!r}") from None


def parse_iso(text: str) -> datetime:
    """An ISO-8601 time (``2024-03-01T12:00:00+01:00``, ``...Z``, fractions); naive -> UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise LineError(f"bad ISO-8601 time {text!r}") from None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_epoch(value: float) -> datetime:
    """Seconds since the epoch; milli-, micro- and nanoseconds are recognised by magnitude."""
    if value > 1e17:
        value /= 1e9
    elif value > 1e14:
        value /= 1e6
    elif value > 1e11:
        value /= 1e3
    try:
        return datetime.fromtimestamp(value, UTC)
    except (ValueError, OverflowError, OSError):
        raise LineError(f"bad epoch time {value!r}") from None


def parse_epoch_text(text: str) -> datetime:
    """``1709294400.123`` (nginx ``$msec``) and other numeric epoch strings."""
    try:
        value = float(text)
    except ValueError:
        raise LineError(f"bad epoch time {text!r}") from None
    return parse_epoch(value)


def parse_any_time(text: str, clf: ClfTimes) -> datetime:
    """A time string in any of the shapes logs use: CLF, ISO-8601 or a numeric epoch."""
    text = text.strip()
    if not text:
        raise LineError("empty time")
    if text[0] == "[" and text[-1] == "]":
        return clf(text[1:-1])
    if len(text) > 6 and text[2] == "/" and text[6] == "/":
        return clf(text)
    if text[0].isdigit() and ("-" in text[:8]):
        return parse_iso(text)
    return parse_epoch_text(text)
