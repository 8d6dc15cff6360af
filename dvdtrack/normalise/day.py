"""Calendar days as a collector types them (`--on 2024-05-01`, `--due +2w`) → `datetime.date`.

Accepted: ISO dates (`2024-05-01`, `2024-5-1`, `2024/05/01`), day-first dotted dates (`01.05.2024`,
as written across Europe), `today`, `yesterday`, `tomorrow`, and a count of days or weeks from
today (`+14d`, `+2w`, `-3d`). A date with slashes that could be either day or month first
(`05/01/2024`) is refused rather than guessed. `today` is always given by the caller.

>>> from datetime import date
>>> [str(parse_day(t, date(2024, 5, 1))) for t in ("2024-05-01", "2024/5/3", "03.05.2024", "yesterday", "+2w", "-3d")]
['2024-05-01', '2024-05-03', '2024-05-03', '2024-04-30', '2024-05-15', '2024-04-28']
>>> parse_day("05/01/2024", date(2024, 5, 1))
Traceback (most recent call last):
dvdtrack.errors.UsageError: ambiguous date '05/01/2024': day or month first? Write it as year-month-day (2024-05-01 or 2024-01-05)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dvdtrack.errors import UsageError

_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_OFFSET = re.compile(r"([+-])\s*(\d{1,4})\s*(d|w)", re.I)
_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_EARLIEST = 1900  # a year before this is a typo, not a purchase
_HINT = "use 2024-05-01, 01.05.2024, today or +14d"


def parse_day(text: str, today: date) -> date:
    """The day `text` names (relative words and offsets count from `today`); else a UsageError.

    >>> parse_day("2024-02-30", date(2024, 5, 1))
    Traceback (most recent call last):
    dvdtrack.errors.UsageError: not a date: '2024-02-30' (day is out of range for month)
    """
    value = text.strip().lower()
    if value in _WORDS:
        return today + timedelta(days=_WORDS[value])
    if m := _OFFSET.fullmatch(value):
        days = int(m[2]) * (7 if m[3] == "w" else 1)
        return today + timedelta(days=days if m[1] == "+" else -days)
    if m := _ISO.fullmatch(value):
        return _day(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _DOTTED.fullmatch(value):
        return _day(int(m[3]), int(m[2]), int(m[1]), text)
    if m := _SLASHED.fullmatch(value):
        first, second = int(m[1]), int(m[2])
        if first <= 12 and second <= 12 and first != second:
            raise UsageError(f"ambiguous date {text!r}: day or month first? Write it as year-month-day "
                             f"({m[3]}-{first:02}-{second:02} or {m[3]}-{second:02}-{first:02})")
        day, month = (first, second) if first > 12 else (second, first)
        return _day(int(m[3]), month, day, text)
    raise UsageError(f"not a date: {text!r} ({_HINT})")


def past_day(text: str, today: date) -> date:
    """The day something happened (bought, watched, lent, sold): `parse_day`'s, never after `today`.

    >>> past_day("-3d", date(2024, 5, 1)), past_day("today", date(2024, 5, 1))
    (datetime.date(2024, 4, 28), datetime.date(2024, 5, 1))
    >>> past_day("2099-01-01", date(2024, 5, 1))
    Traceback (most recent call last):
    dvdtrack.errors.UsageError: 2099-01-01 is after today (2024-05-01): a day it happened is not to come
    """
    day = parse_day(text, today)
    if day > today:
        raise UsageError(f"{day} is after today ({today}): a day it happened is not to come")
    return day


def _day(year: int, month: int, day: int, text: str) -> date:
    if year < _EARLIEST:
        raise UsageError(f"not a date: {text!r} (the year is before {_EARLIEST})")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise UsageError(f"not a date: {text!r} ({exc})") from None
