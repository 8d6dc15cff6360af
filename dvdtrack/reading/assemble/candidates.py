"""The title of a release whose lines name none, chosen among candidates by what the whole block says.

The candidates of its head (the lines above the first one a rule read: a page's heading, a section's
name, a site's slogan, the title) are scored, each line by its evidence:

- shape (+2): its title goes on with a year in brackets, a span of years or a disc (`Title (1967-1983) DVD5`);
- named again (+2): the block names the title again, away from its line (a line below, the prose);
- first (+1): the release's first line (a page's heading stands first), else the head's first candidate;
- chrome (-2): it opens in lower case (`dal 1999 testimone di …`, a slogan) or a part of it is a site's
  section (`Reviews and comparisons - Harbour Cinema`).

The best of the head is the title when it has evidence of its own (shape, or named again). Else a film the
block names in a shape that says it is one is: after a cue of running text (`the 1976 film Harbour Lights`,
`1985's Harbour Lights`, `映画「港の灯」`, `the DVD of Harbour Lights`: +2, its year +1), with its original
title and year in brackets and named again, alone on a line in quotes, alone above its disc's strip of
specs (`Nordwind . R4 . COLOR . 94 mins . PAL`), or opening a line of credits with its year (`HARBOUR
LIGHTS (1963) – Director: …`: +2); named again (+2). A film so named that is the head's own title supports
the head's line, which is then read. Only where none is found does an unsupported line of the head stay the
title (the first one, as before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dvdtrack.reading.assemble.facts import first_line_title, title_on
from dvdtrack.reading.blocks.cleaning import BULLET_MARKS, clean_text
from dvdtrack.reading.grammar.companies import is_company
from dvdtrack.reading.grammar.chrome import chrome_line, names_a_section, page_chrome
from dvdtrack.reading.grammar.film_names import (credit_lines, films_named, lines_above_strips, named_with_original,
                                                 opening_quote, quoted_lines, times_named)
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.types import DISCS_RE, YEAR_RE
from dvdtrack.reading.grammar.words import words
from dvdtrack.reading.release import ReleaseSpec

HEAD_LINES = 12
_SHAPE, _NAMED, _FIRST, _CHROME, _CUE, _DATED = 2, 2, 1, -2, 2, 1
# what follows a title on a title line: its year or span of years in brackets, a disc
_TITLE_LINE = regex(rf"[\[(]\s*{YEAR_RE}(?:\s*[-–]\s*{YEAR_RE})?\s*[\])]|(?<!\w)(?:{DISCS_RE})(?!\w)", re.I)
_NOT_FILM_WORDS = frozenset(words("value_words")) | frozenset(words("spec_abbreviations")) | frozenset(words("banner"))

_BULLETS = BULLET_MARKS + " "
Head = list[tuple[str, str, list[str]]]


@dataclass
class Candidate:
    """A title a release may take: its score, whether it has evidence of its own (`supported`), its head
    line (cleaned, as written, the list of unread lines holding it) and what follows the title there, or,
    for a film the block names elsewhere, its year and another title named beside it."""

    title: str
    score: int
    supported: bool
    line: tuple[str, str, list[str]] | None = None
    rest: str = ""
    first: bool = False
    year: int | None = None
    other: str | None = None


def head_of(spec: ReleaseSpec, before: list[str]) -> Head:
    """A release's head: the lines before it no release took, then its own first lines; each line cleaned,
    as written, and the list of unread lines it stays in while no rule takes it."""
    own = [(clean_text(raw), raw, spec.unparsed) for raw in spec.raw.split("\n")[:HEAD_LINES]]
    return [(line, line, before) for line in before[-HEAD_LINES:]] + own


def best_title(spec: ReleaseSpec, before: list[str]) -> Candidate | None:
    """The title a release without one takes (see the module's docstring), None where nothing reads as one.

    >>> raw = "Movies\\n\\nHarbour Lights (1967-1983) DVD5\\n\\nRegion 2"
    >>> spec = ReleaseSpec(raw=raw, unparsed=["Movies", "Harbour Lights (1967-1983) DVD5"])
    >>> best_title(spec, []).title
    'Harbour Lights'
    >>> spec = ReleaseSpec(raw="My Column\\nThe 1976 film Harbour Lights is out.\\nRegion 2", unparsed=["My Column"])
    >>> best = best_title(spec, []); best.title, best.year
    ('Harbour Lights', 1976)
    """
    text = "\n".join([*before[-HEAD_LINES:], spec.raw])
    head = max(head_candidates(spec, before, text), key=lambda c: c.score, default=None)  # the first of the best
    if head is not None and head.supported:
        return head
    named = max(block_candidates(spec), key=lambda c: c.score, default=None)
    if named is None or not named.supported:
        return head
    if head is not None and head.title.casefold() == named.title.casefold():  # the block names the head's title
        head.year = head.year or named.year
        return head
    return named


def head_candidates(spec: ReleaseSpec, before: list[str], text: str) -> list[Candidate]:
    """The head's lines that read as a title alone, in order, scored; the head ends at a line a rule read."""
    found: list[Candidate] = []
    head = head_of(spec, before)
    own = len(before[-HEAD_LINES:])  # where the release's own lines start
    first_line = next((i for i, (_, raw, _) in enumerate(head) if i >= own and raw.strip()), None)
    for index, (line, raw_line, lines) in enumerate(head):
        if line and (chrome_line(line) or not any(ch.isalpha() for ch in line)):
            continue  # `DVD` a rule read as a disc, a cover's caption, a count (`• 0`): not the head's end
        if line and line not in lines and line.lstrip(_BULLETS) not in lines and line not in (spec.synopsis or ""):
            break  # a line a rule read (not a site's slogan read as prose, nor a bullet kept unread: `• 0`)
        own_first = index == first_line
        title = _first_line(spec) if own_first else None
        title = title or (title_on(line, raw_line, head=True) or opening_quote(line) if line else None)
        if not title:
            continue
        rest = line[line.find(title) + len(title):].lstrip("”»“\"") if title in line else ""
        shape = _SHAPE if _title_line(rest) else 0
        named = _named(title, text)
        chrome = _CHROME if title[:1].islower() or names_a_section(title) else 0
        found.append(Candidate(title, shape + named + chrome, bool(shape or named), (line, raw_line, lines), rest,
                               own_first))
    opening = next((c for c in found if c.first), found[0] if found else None)
    if opening is not None:
        opening.score += _FIRST
    return found


def _title_line(rest: str) -> bool:
    """What follows a title is a title line's: its year or years, a disc's kind or count, `[DVD]` (a shop's);
    not a headline's `DVD` (`Harbour Lights invade DVD`)."""
    found = _TITLE_LINE.match(rest.lstrip(" -–—|,"))
    return found is not None and (found.group()[:1] in "[(" or any(ch.isdigit() for ch in found.group()))


def _first_line(spec: ReleaseSpec) -> str | None:
    found = first_line_title(spec)
    return found[0] if found else None


def block_candidates(spec: ReleaseSpec) -> list[Candidate]:
    """Films the block names in a shape that says it is one (see the module's docstring), in its order."""
    text = spec.raw
    people = {name.casefold() for name in spec.directors + spec.cast}
    found: list[tuple[int, Candidate]] = []
    for film in films_named(text):
        score = _CUE + (_DATED if film.year else 0) + _named(film.title, text)
        found.append((film.at, Candidate(film.title, score, True, year=film.year)))
    for film in named_with_original(text):
        found.append((film.at, Candidate(film.title, _CUE + _DATED + _NAMED, True, year=film.year, other=film.other)))
    for film in quoted_lines(text):
        if _named(film.title, text):
            found.append((film.at, Candidate(film.title, _SHAPE + _NAMED, True)))
    for film in lines_above_strips(text):
        title = title_on(film.title, film.title, head=True)
        if title:
            found.append((film.at, Candidate(title, _SHAPE + _named(title, text), True)))
    for film in credit_lines(text):
        found.append((film.at, Candidate(film.title, _SHAPE + _DATED + _named(film.title, text), True, year=film.year)))
    return [c for _, c in sorted(found, key=lambda pair: pair[0]) if _names_film(c.title, people)]


def _named(title: str, text: str) -> int:
    """The score of a title `text` names twice or more (its own line and once elsewhere)."""
    return _NAMED if times_named(title, text) >= 2 else 0


def _names_film(title: str, people: set[str]) -> bool:
    """A film's name: not a page's chrome, a company, a person the release names or a spec's words."""
    tokens = title.casefold().split()
    return len(title) >= 2 and not page_chrome(title) and not is_company(title) and title.casefold() not in people \
        and not all(t in _NOT_FILM_WORDS for t in tokens)
