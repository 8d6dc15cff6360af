"""A page's chrome: what stands where a title would and is none. `page_chrome` refuses a title that is
a number, a date, a byline, a site's navigation, a region or a company's name; the other tests say so of
a whole line: a cover's caption, a section's name, a link (`grammars/words/vocab.toml`: chrome_lines,
link_starts, nav_words, bylines, calendar, code_words), a sentence cut where its disc is named.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from dvdtrack.reading.grammar.companies import is_company
from dvdtrack.reading.grammar.files import data_file
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.words import alternation, words

_SEGMENTS = re.compile(r"\s+[-–—|]\s+")
_RUNNING_ON = 5  # words in lower case after a title that make its line a sentence
_DIGIT = re.compile(r"\d")
_NUMBERS = re.compile(r"^[\d\s.,:/#-]+$")
_REGION_PHRASE = re.compile(r"(?i)\bregi[oó]n\s?(?:[0-8]|all|free)\b")
_CALENDAR = regex(rf"(?i)(?<!\w)(?:{alternation('calendar')})(?!\w)")
_BYLINE = regex(rf"(?i)^(?:{alternation('bylines')})\s")
_CODE = regex(rf"(?i)(?<!\w)(?:{alternation('code_words')})\W{{0,3}}\d")


@lru_cache(maxsize=1)
def _chrome_lines() -> frozenset[str]:
    return frozenset(w.casefold() for w in (*words("chrome_lines"), *words("review_sections")))  # `ß` is `ss`


def chrome_line(line: str) -> bool:
    """A line that is a page's chrome where a title would stand: a cover's caption, a section's name, a
    review's section heading, a link (`grammars/words/vocab.toml`: chrome_lines, review_sections, link_starts).

    >>> chrome_line("Image de la jaquette"), chrome_line("Test DVD"), chrome_line("Go to the Home Page")
    (True, True, True)
    >>> chrome_line("Image"), chrome_line("Bild und Ton:"), chrome_line("SOUND"), chrome_line("Bild vergrößern")
    (True, True, True, True)
    >>> chrome_line("Harbour Lights"), chrome_line("Gone to Earth")
    (False, False)
    """
    text = " ".join(line.casefold().strip(" .:|").split())
    return text in _chrome_lines() or _link_start().match(text) is not None


@lru_cache(maxsize=1)
def _link_start() -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(w) for w in words("link_starts")) + r")(?:\s|$)")


@lru_cache(maxsize=1)
def _navigation() -> frozenset[str]:
    return frozenset(words("nav_words"))


@lru_cache(maxsize=1)
def _joining() -> frozenset[str]:
    return frozenset(words("joining_words")) | frozenset(words("and"))


def names_a_section(line: str) -> bool:
    """A part of a line between dashes or bars is words of a site's navigation only (small words aside):
    a page's section and its site (`Reviews and comparisons - Harbour Cinema`), not a film's title.

    >>> names_a_section("Обзоры и сравнения - Наше кино"), names_a_section("News from Home")
    (True, False)
    """
    for segment in _SEGMENTS.split(line):
        tokens = [t for t in segment.casefold().split() if t not in _joining()]
        if tokens and all(t in _navigation() for t in tokens):
            return True
    return False


def runs_on(rest: str) -> bool:
    """What follows the words read as a title on its line is a sentence going on (five words in lower case or
    more, a full stop at its end): the line was a sentence (`… was the first dual layer DVD in the shops.`).

    >>> runs_on("'s release on 8-28 in the states."), runs_on("(1963) - a film by Bo Berg")
    (True, False)
    """
    return rest.rstrip().endswith((".", "!", "?", "…")) and sum(w[:1].islower() for w in rest.split()) >= _RUNNING_ON


def page_chrome(text: str) -> bool:
    """`text`, read where a title stands, is a page's chrome, not a title: a number (`10`, a rating's), a
    date (`Monday, March 30`), a byline (`Reviewed by …`), a site's navigation (`HOME News Reviews
    Search`, `Menu`), a region (`Hong Kong Region 3`), a company's name alone (`Paramount Home Video (2000)`),
    a shop's code (`SKU 1636`).

    >>> [page_chrome(t) for t in ("10", "Friday, 3 May", "Reviewed by Anna Berg", "Home News Reviews Search Forum")]
    [True, True, True, True]
    >>> [page_chrome(t) for t in ("Rush Hour 2", "May Day", "Paramount Home Video", "The Zone Region 2", "Menu", "SKU 1636")]
    [False, False, True, True, True, True]
    """
    tokens = text.casefold().split()
    navigation = sum(t in _navigation() for t in tokens)
    return bool(_NUMBERS.match(text) or is_date(text) or _CODE.search(text)
                or _BYLINE.match(text) or _REGION_PHRASE.search(text) or is_company(text)
                or (tokens and navigation == len(tokens)) or (len(tokens) >= 3 and navigation >= 0.6 * len(tokens)))


def is_date(text: str) -> bool:
    """`text` names a month or a weekday and a number: a date (`piątek, 3 lipca 2009`, `November 13, 2005`)."""
    return _DIGIT.search(text) is not None and _CALENDAR.search(text) is not None


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(n.casefold() for n in tomllib.loads(data_file("words/countries.toml").read_text("utf-8"))["names"])


def is_country(text: str) -> bool:
    """`text` is a country's name (`grammars/words/countries.toml`): `Hong Kong` before `Region 3` is no title.

    >>> is_country("Hong Kong"), is_country("Hong Kong 1941")
    (True, False)
    """
    return text.casefold() in _countries()
