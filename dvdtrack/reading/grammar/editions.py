"""Typed fields of an edition's own facts: `{edition:Edition}`, `{barcode:Barcode}`, `{asin:Asin}`,
`{catalogue:Catalogue}`, `{release_date:ReleaseDate}` (`DayFirstDate`), `{anamorphic:Answer}`, and the
words of a picture line that say its frame is anamorphic or letterboxed.

A value of the right shape but of the wrong kind is refused (`patterns.Refused`), so the line stays
unread: a 13-digit number whose check digit is wrong is no barcode, a `Release: Crash Entertainment`
no date.

>>> import parse
>>> parse.parse("{b:Barcode}", "0 37429 20932 5", extra_types=EDITION_TYPES)["b"]
'037429209325'
"""

from __future__ import annotations

import re
from functools import lru_cache

from parse import with_pattern

from dvdtrack.reading.grammar.gtin import gtin_digits
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.patterns import Refused
from dvdtrack.reading.grammar.words import alternation, words


@with_pattern(r"\d(?:[ -]?\d){7,12}")
def barcode(text: str) -> str:
    """A barcode's digits (`EAN: 5 021866 234502`); a number whose check digit is wrong is refused."""
    digits = gtin_digits(text)
    if digits is None:
        raise Refused(text)
    return digits


@with_pattern(r"B[0-9A-Z]{9}|\d{9}[\dX]")
def asin(text: str) -> str:
    """A shop's product code: `B0001Z3TQ2` (an old DVD's may be ten digits)."""
    return text.upper()


@with_pattern(r"(?=.*\d)\w[\w./-]*(?:\s[\w./-]+){0,2}")
def catalogue(text: str) -> str:
    """A publisher's catalogue number as written (`CC1963D`, `RCD-1023`, `ART 1042`): a code of up to three
    parts, with a digit."""
    return text.strip()


# A date holds a year, or a day, a month and a short year in figures (`9/10/02`)
DATE_RE = r"(?=[^\n]*?(?:\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}))[^:;|()\[\]<>]{4,40}"


@lru_cache(maxsize=4)
def _date_parser(day_first: bool):
    from dateparser.date import DateDataParser  # loaded when a date is first read: it takes a quarter of a second

    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"], "RETURN_TIME_AS_PERIOD": True}
    if day_first:
        settings["DATE_ORDER"] = "DMY"
    return DateDataParser(languages=list(words("date_languages")), settings=settings)


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_PRECISION = {"year": 4, "month": 7}  # ISO 8601 cut to what was given


@lru_cache(maxsize=4096)  # a collection names the same dates again and again
def iso_date(text: str, day_first: bool = False) -> str | None:
    """A disc's release date in any language the grammars read, as ISO 8601 to the precision given
    (`dateparser`; `grammars/words/vocab.toml`'s `date_languages`); None when the text is no date.
    Figures alone are read month first (`05/04/2009` is 4 May), or day first with `day_first`.

    >>> iso_date("November 08, 2005"), iso_date("12 мая 2003 г."), iso_date("Juni 2004"), iso_date("1999")
    ('2005-11-08', '2003-05-12', '2004-06', '1999')
    >>> iso_date("12/04/2007"), iso_date("12/04/2007", day_first=True), iso_date("Crash Entertainment 2")
    ('2007-12-04', '2007-04-12', None)
    """
    text = text.strip()
    if _BARE_YEAR.fullmatch(text):  # a year alone; dateparser would read `2003` as 20:03
        return text
    found = _date_parser(day_first).get_date_data(text)
    if found.date_obj is None or not 1900 <= found.date_obj.year <= 2099:
        return None
    return found.date_obj.date().isoformat()[: _PRECISION.get(found.period, 10)]


def _date(text: str, day_first: bool = False) -> str:
    found = iso_date(text, day_first)
    if found is None:
        raise Refused(text)
    return found


@with_pattern(DATE_RE)
def release_date(text: str) -> str:
    """A release date, month first when in figures alone (`11/6/2012`: an American page's)."""
    return _date(text)


@with_pattern(DATE_RE)
def day_first_date(text: str) -> str:
    """A release date, day first when in figures alone (`Lançamento: 12/04/2007`, `Erscheinungsdatum: 02.03.2012`)."""
    return _date(text, day_first=True)


@with_pattern(DATE_RE)
def date_year(text: str) -> int:
    """The year of the film's own first release (`Theatrical Release Date: July 5th, 1975`): its year, as
    a disc's release date is never."""
    return int(_date(text)[:4])


_HEAD = rf"(?:{alternation('edition_heads')})"
_WORD = rf"(?:{alternation('edition_words')}|\d+(?:st|nd|rd|th|º|ª|\.)?|\d+-disc)"
_EDITION = rf"(?:(?:{_WORD}|{_HEAD})\s){{0,6}}{_HEAD}(?:\s(?:{_WORD}|{_HEAD})){{0,6}}"


# Edition words with a head among them (`Special Collector's Edition`, `2-Disc Special Edition`, `Uncut`)
@with_pattern(_EDITION)
def edition(text: str) -> str:
    return text.strip()


# A line of them alone: two words or more, not opening with `The` (`The Final Cut` is a film's title)
@with_pattern(rf"(?=\S+\s)(?!the\s){_EDITION}")
def edition_line(text: str) -> str:
    return text.strip()


@with_pattern(r"\d{1,4}")
def spine(text: str) -> str:
    """A collection's number for its film (`Criterion Collection Spine #417`): the edition's name, `Spine #417`."""
    return f"Spine #{text}"


@with_pattern(rf"(?i:{alternation('layer_yes')}|{alternation('layer_no')})")
def answer(text: str) -> bool:
    """`Anamorphic: Yes` → True, `16x9 Enhancement: No` → False."""
    return text.casefold() in words("layer_yes")


_LETTERBOXED = regex(rf"(?i)(?<!\w)(?:{alternation('letterboxed')})(?!\w)")
_ANAMORPHIC = regex(rf"(?i)(?<![\w-])(?:{alternation('anamorphic')})")


def frame_said(text: str) -> bool | None:
    """What a picture's line or sentence says of its frame: True anamorphic (`2.35:1 Anamorphic Widescreen`,
    `16:9 (1,78:1) anamorph`, `16x9 enhanced`), False letterboxed (`Non-Anamorphic Widescreen`), None when it
    says neither, or both (`unlike the letterboxed R1, this is anamorphic`).

    >>> frame_said("2.35:1 Anamorphic Widescreen"), frame_said("1.85:1 Non-Anamorphic"), frame_said("4:3")
    (True, False, None)
    """
    letterboxed = _LETTERBOXED.search(text) is not None
    anamorphic = _ANAMORPHIC.search(_LETTERBOXED.sub(" ", text)) is not None
    return None if letterboxed == anamorphic else anamorphic


EDITION_TYPES = {
    "Barcode": barcode,
    "Asin": asin,
    "Catalogue": catalogue,
    "ReleaseDate": release_date,
    "DayFirstDate": day_first_date,
    "DateYear": date_year,
    "Edition": edition,
    "EditionLine": edition_line,
    "Spine": spine,
    "Answer": answer,
}
