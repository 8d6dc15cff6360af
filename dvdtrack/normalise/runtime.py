"""Runtime text → seconds: `01:31:15`, `91:15`, `104 mins`, `2Hr05Mins`, `1h 42mn`, `97 минут`.

>>> [runtime_seconds(t) for t in ("01:31:15", "104 mins", "2Hr05Mins", "1h 42mn", "97 минут", "91:15", "2:40")]
[5475, 6240, 7500, 6120, 5820, 5475, 9600]
>>> [runtime_seconds(t) for t in ("約156分", "2時間10分", "3 часа 20 минут", "1 Hr 38 Min")]
[9360, 7800, 12000, 5880]
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.grammar.kept import regex

_CLOCK = re.compile(r"(\d{1,3}):(\d{2})(?::(\d{2}))?")
_SECONDS = re.compile(r"(\d{1,2})\s?(?:s|sec)\b\.?$", re.I)


_TIMES = re.compile(r"^\D*?(\d{1,2})\s?[xх×]\s?(?=\d)")  # `4 x 42 min.`: four episodes
_THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}\s?\D)")  # `3.012 min.`


@lru_cache(maxsize=1)
def _units() -> tuple[re.Pattern, re.Pattern]:
    """The hours and minutes patterns, with the grammars' words for them: built when a runtime is
    first read, so a command that only formats runtimes (`find`) reads no grammar file."""
    from dvdtrack.reading.grammar.words import alternation

    hours = regex(rf"(\d{{1,2}})\s?(?:hours?|hrs?|h|stunden?|std|godz|hod|t|ч|{alternation('hours')})", re.I)
    minutes = regex(rf"(\d{{1,4}})\s?(?:min|mn|m\b|m(?=\d)|мин|'|’|′|{alternation('minutes')}|$)", re.I)
    return hours, minutes


def runtime_seconds(text: str) -> int | None:
    """Seconds in a runtime as written; None when the text holds no runtime. A set's episodes
    (`4 x 42 min.`) are their total.

    >>> runtime_seconds("ca. 4 x 42 min."), runtime_seconds("3.012 min."), runtime_seconds("01h:36m:51s")
    (10080, 180720, 5811)
    """
    read = _read(text)
    return None if read is None else read[0]


def runtime_precision(text: str) -> int | None:
    """The unit, in seconds, a runtime is written to: 1 when it gives seconds, 60 for whole minutes,
    3600 for whole hours; None when the text holds no runtime.

    >>> [runtime_precision(t) for t in ("01:31:15", "91:15", "01h:36m:51s", "159 minutes", "2:40", "1h 42mn")]
    [1, 1, 1, 60, 60, 60]
    >>> runtime_precision("2 hours"), runtime_precision("ca. 4 x 42 min."), runtime_precision("01:28:00")
    (3600, 60, 1)
    """
    read = _read(text)
    return None if read is None else read[1]


def _read(text: str) -> tuple[int, int] | None:
    """(seconds, unit written to) of a runtime as written; None when the text holds none."""
    times = _TIMES.match(text)
    if times:
        single = _read(text[times.end():])
        return None if single is None else (int(times.group(1)) * single[0], single[1])
    text = _THOUSANDS.sub("", text)
    clock = _CLOCK.search(text)
    if clock:
        return _from_clock(*clock.groups())
    hours_re, minutes_re = _units()
    hours = hours_re.search(text)
    rest = text[hours.end():] if hours else text
    minutes = minutes_re.search(rest)
    seconds = _SECONDS.search(rest) if hours else None
    if not hours and not minutes:
        return None
    total = int(hours.group(1)) * 3600 if hours else 0
    total += int(minutes.group(1)) * 60 if minutes else 0
    return total + (int(seconds.group(1)) if seconds else 0), 1 if seconds else 60 if minutes else 3600


def _from_clock(first: str, second: str, third: str | None) -> tuple[int, int]:
    if third is None and len(first) == 1:  # `2:40` is a film of two hours forty, not of 160 s
        return int(first) * 3600 + int(second) * 60, 60
    if third is None:  # mm:ss — minutes may run past 60 (`104:30`)
        return int(first) * 60 + int(second), 1
    return int(first) * 3600 + int(second) * 60 + int(third), 1


def format_runtime(seconds: int | None) -> str:
    """`5475` → `1:31:15`; blank for unknown."""
    if seconds is None:
        return ""
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
