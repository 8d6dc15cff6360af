"""What `find` is asked, checked and typed before any SQL: language conditions (any of, none of),
the video systems, disc formats and regions the reader stores, and the sort order.

A value the store can never hold is an error that names the valid ones, never an empty result:

>>> video_system("pal"), disc_format("dvd-9"), disc_format("Blu-ray"), regions("R2"), regions("free")
('PAL', 'DVD9', 'BD', '2', 'ALL')
>>> video_system("PALL")
Traceback (most recent call last):
dvdtrack.errors.UsageError: unknown video system 'PALL'; choose from PAL, NTSC, SECAM
>>> sort_order("-year", ("year", "title")), sort_order("title", ("year", "title"))
(('year', True), ('title', False))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dvdtrack.errors import UnknownLanguage, UsageError
from dvdtrack.normalise.language import language_family, resolve_language, suggest_languages, tag_language

# What the reader stores (`reading.grammar.types.SYSTEM_RE`, `reading.grammar.discs.discs` and
# `region`; tests/queries/test_filters.py checks that they agree)
VIDEO_SYSTEMS = ("PAL", "NTSC", "SECAM")
DISC_FORMATS = ("DVD5", "DVD9", "DVD10", "DVD18", "DVD", "DVDR", "BD25", "BD50", "BD66", "BD100", "BD")
REGIONS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "A", "B", "C", "ALL")
REGION_FREE = ("0", "ALL")  # region 0 and a disc said to be region free play everywhere: one region
_FORMAT_SPELLING = re.compile(r"[-\s]")
_REGION_SEPARATOR = re.compile(r"[/&+]")


@dataclass(frozen=True)
class LanguageFilter:
    """A language condition: a release has a track of any of `codes` in one of `kinds` (`audio`,
    `subtitle`; `--lang` looks in both); `negated`: it has none in any of them."""

    kinds: tuple[str, ...]
    codes: tuple[str, ...]
    negated: bool = False


def language_code(name: str) -> str:
    """An ISO code for a user's language argument (a name in any spelling or script, an ISO code or a
    regional tag: `pt-BR` is Portuguese), or UnknownLanguage with close names."""
    if name.startswith(("-", "!", "~")):  # `--audio -ru` read as Russian found what was to be left out
        raise UnknownLanguage(f"{name!r} is no language; to leave one out: --no-audio, --no-subtitle or "
                              f"--no-lang {name.lstrip('-!~')}")
    code = resolve_language(name, any_code=True) or tag_language(name)
    if code is None:
        close = ", ".join(suggest_languages(name))
        raise UnknownLanguage(f"unknown language {name!r}; did you mean: {close}?")
    return code


def any_of(value: str) -> tuple[str, ...]:
    """The languages of one option's value, any of which will do: `he,en` → ('he', 'en').

    >>> any_of("he, English"), any_of("иврит,he"), any_of("Bokmål")
    (('he', 'en'), ('he',), ('nb', 'no'))
    >>> any_of("-ru")
    Traceback (most recent call last):
    dvdtrack.errors.UnknownLanguage: '-ru' is no language; to leave one out: --no-audio, --no-subtitle or --no-lang ru
    """
    names = [name.strip() for name in value.split(",")]
    if not any(names):
        raise UnknownLanguage(f"no language in {value!r}")
    return tuple(dict.fromkeys(related for name in names if name for related in language_family(language_code(name))))


def none_of(values: list[str]) -> tuple[str, ...]:
    """The languages of every value given to a `--no-…` option, none of which a release may have."""
    return tuple(dict.fromkeys(code for value in values for code in any_of(value)))


def video_system(text: str) -> str:
    """A video system as stored (`PAL`), or an error naming the valid ones."""
    return _known(text.strip().upper(), VIDEO_SYSTEMS, "video system", text)


def disc_format(text: str) -> str:
    """A disc format as the reader stores it (`dvd-9` → `DVD9`, `Blu-ray` → `BD`), or an error naming them."""
    spelled = _FORMAT_SPELLING.sub("", text).upper().replace("BLURAY", "BD")
    return _known(spelled, DISC_FORMATS, "disc format", text)


def regions(text: str) -> str:
    """Regions as the reader stores them (`R2` → `2`, `Region Free` → `ALL`), several joined by commas
    (`2/4` → `2,4`: any of them), or an error naming the valid ones."""
    from dvdtrack.reading.grammar.discs import REGION_RE, region

    if not re.fullmatch(REGION_RE, text.strip(), re.I):
        raise UsageError(f"unknown region {text!r}; choose from {', '.join(REGIONS)} (R2, Region 2 and Region Free too)")
    return _REGION_SEPARATOR.sub(",", region(text))


def _known(value: str, valid: tuple[str, ...], what: str, typed: str) -> str:
    if value not in valid:
        raise UsageError(f"unknown {what} {typed!r}; choose from {', '.join(valid)}")
    return value


def sort_order(text: str, keys) -> tuple[str, bool]:
    """(key, descending) of a `--sort` value, one of `keys` with or without a `-` before it for
    descending (`-year`: latest first)."""
    key = text.strip().lower()
    descending = key.startswith("-")
    key = key.removeprefix("-")
    if key not in keys:
        raise UsageError(f"cannot sort by {text!r}; choose from {', '.join(keys)}, each with - before it for descending")
    return key, descending
