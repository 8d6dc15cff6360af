"""The film's year where no line's rule gave it, from what the block says around it: its title named again
with its year in brackets (`… ja M – kaupunki (1931)`), a line of credits where the year stands beside the
film's colour (`2002, Color, Rated R`, `ГРУЗИЯ-ФИЛЬМ, 1984, цв., 88 мин.`) or after its country (`Komödie, FSK
6, Australien 2000.`), a sentence saying when it was made or first shown (`Made in 1968`, `('79年公開)`).
The words are data (`grammars/words/vocab.toml`: colour_words, film_year_cues; `countries.toml`).

>>> spec = ReleaseSpec(titles=["Harbour Lights"], raw="Drama, FSK 12, ca. 94 Min., Schweden 1963.\\nRegion 2")
>>> year_named(spec); spec.year
1963
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from dvdtrack.reading.grammar.film_names import cues
from dvdtrack.reading.grammar.files import data_file
from dvdtrack.reading.grammar.kept import regex, trie
from dvdtrack.reading.grammar.words import words
from dvdtrack.reading.release import ReleaseSpec

_YEAR = r"(?:18[89]\d|19\d\d|20[0-4]\d)"
_BRACKET_YEAR = re.compile(rf"\s?\(({_YEAR})\)")
_CELLS = re.compile(r"\s*[,/·|]\s*")
_ONLY_YEAR = re.compile(rf"{_YEAR}\.?")
_LABELLED = re.compile(r"^[^\W\d_][^:]{0,40}:\s")  # `DVD Release: USA 2005` says a label's value, not the film's
_LONGEST = 300  # a longer line is prose, not a line of credits
_CENTURY_TURN = 30  # `'29` is 2029's, `'79` is 1979's


def year_named(spec: ReleaseSpec) -> None:
    """The release's year, where none is read, from what its block says around the film (see the module)."""
    if spec.year is not None:
        return
    unread = (spec.synopsis or "").splitlines() + spec.unparsed  # what no rule read, prose and lines
    # every line but a label's: a rule may have read another part of it (`… 94’ Drama`: its runtime)
    lines = [line for line in map(str.strip, spec.raw.splitlines()) if len(line) <= _LONGEST and not _LABELLED.match(line)]
    # a line of credits among the items (`• 2011, Color, Rated R, 1 Hr 47 min`) says the year too
    spec.year = _with_title(spec) or _beside_colour(lines + spec.features) or _after_country(lines) \
        or _in_sentences("\n".join(unread))


def _with_title(spec: ReleaseSpec) -> int | None:
    """`Harbour Lights (1963)` anywhere in the block, for a title of the release's."""
    for title in spec.titles:
        start = 0
        while title and (at := spec.raw.find(title, start)) >= 0:
            start = at + 1
            found = _BRACKET_YEAR.match(spec.raw, at + len(title))
            if found:
                return int(found.group(1))
    return None


def _beside_colour(lines: list[str]) -> int | None:
    """The one year among a line's cells when another cell is the film's colour (`2002, Color, Rated R`).

    >>> _beside_colour(["Mosfilm, 1961, цв., 9 ч., 96 мин."]), _beside_colour(["DVD - Color,Widescreen"])
    (1961, None)
    """
    colours = _colours()
    for line in lines:
        cells = [cell.strip().casefold() for cell in _CELLS.split(line)]
        years = [cell for cell in cells if _ONLY_YEAR.fullmatch(cell)]
        if len(years) == 1 and any(cell.rstrip(".") in colours or cell in colours for cell in cells):
            return int(years[0].rstrip("."))
    return None


@lru_cache(maxsize=1)
def _colours() -> frozenset[str]:
    return frozenset(words("colour_words"))


def _after_country(lines: list[str]) -> int | None:
    """A year right after a known country (`Australien 2000`, `- Japão 1969 De …`, `France, 1962`).

    >>> _after_country(["- Sverige 1963 av Bo Berg"]), _after_country(["Region 2 (UK)"])
    (1963, None)
    """
    found = _country_year().search("\n".join(lines).lower())  # names in lower case: no `re.I` to scan with
    return int(found.group(1)) if found else None


@lru_cache(maxsize=1)
def _country_year() -> re.Pattern:
    names = tomllib.loads(data_file("words/countries.toml").read_text(encoding="utf-8"))["names"]
    one = trie(sorted({name.lower() for name in names}))
    return regex(rf"(?<![^\W_])(?:{one}),?[ \t]({_YEAR})(?![\d.,:/-]\d)")


def _in_sentences(text: str) -> int | None:
    """The year a sentence says the film was made or first shown in (`film_year_cues`).

    >>> _in_sentences("Made in 1968 under another title."), _in_sentences("映画「港の灯」('79年公開)は")
    (1968, 1979)
    """
    for groups in cues("film_year_cues").found(text):
        if "year" in groups:
            return int(groups["year"][0])
        two = int(groups["yy"][0])
        return (1900 if two >= _CENTURY_TURN else 2000) + two
    return None
