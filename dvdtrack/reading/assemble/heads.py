"""Titles a block states away from its first line, and titles cleaned: the head of a release (the lines
above the first one a rule read, after a page's date, slogan or navigation), the title again below it in
another language, titles that are page chrome refused, and what follows a title that is not the title's
(an edition, a disc count, a company) split off it.
"""

from __future__ import annotations

import re
from collections import Counter

from dvdtrack.reading.assemble.candidates import Candidate, best_title, head_of
from dvdtrack.reading.assemble.facts import facts_after_title, left_after_title, title_on
from dvdtrack.reading.blocks.cleaning import clean_text
from dvdtrack.reading.grammar.companies import is_company
from dvdtrack.reading.grammar.chrome import chrome_line, is_country, page_chrome
from dvdtrack.reading.grammar.headlines import headline_subject, headline_title
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.titles import company_of, disc_part, discs_of, edition_of, split_title, title_parts
from dvdtrack.reading.grammar.words import alternation, words
from dvdtrack.reading.release import ReleaseSpec

_AFTER_NAMED = ('"', "”", "»", "“", " (", "\t(")  # what follows a title another is named beside
# two words in capitals or more, `A` and `2` among them, none glued to a word in lower case
_CAPITALS = re.compile(r"(?<![\w'’])[A-ZÀ-ÞА-ЯЁ0-9][A-ZÀ-ÞА-ЯЁ0-9'’&.-]*(?:[ \t]+[A-ZÀ-ÞА-ЯЁ0-9][A-ZÀ-ÞА-ЯЁ0-9'’&.-]*)+"
                       r"(?![\w'’])")
_NOT_FILM_WORDS = frozenset(words("banner")) | frozenset(words("value_words")) | frozenset(words("spec_abbreviations"))
_HEADLINE_LINES = 3  # a news post's headline is one of its first lines
_WRAPPED_WORDS = 4  # the most words of a title's first part on a line of its own

_JOINING = frozenset(words("joining_words"))
_RUNS_ON = re.compile(r",|\b[^\W\d_A-Z]{3,}\b")  # a sentence going on after the words cut as a title

def title_from_head(spec: ReleaseSpec, before: list[str], best: Candidate | None = None, chosen: bool = False) -> None:
    """A release with no title yet takes the best title of its head (the lines `before` it that no release
    took, then its own lines above the first one a rule read) or, where the head's best has no evidence of its
    own, a film its text names in a shape that says so (`assemble.candidates`; `best` when `chosen` already,
    None where there was none):
    after a page's date, site name or navigation; not a sentence, a label's line (`Elokuva:`, `Jakelija:
    Nordwind`) or a tagline (`Punisher: War Zone` may hold a colon, with two words or more after it). Where
    there is none, a review's title in capitals (`title_in_capitals`).

    >>> raw = "Tuesday, 3 May 2011\\n\\nHarbour Lights: The Return (1994)\\nRegion 2"
    >>> spec = ReleaseSpec(raw=raw, unparsed=["Tuesday, 3 May 2011", "Harbour Lights: The Return (1994)"])
    >>> title_from_head(spec, []); spec.titles, spec.year, spec.unparsed
    (['Harbour Lights: The Return'], 1994, ['Tuesday, 3 May 2011'])
    """
    if spec.titles:
        return
    best = best if chosen else best_title(spec, before)
    if best is None:
        spec.titles = title_in_capitals(spec.raw)
    elif best.line is None:  # named in the text: the text stays where it is
        spec.titles = [best.title] + ([best.other] if best.other and best.other != best.title else [])
        spec.year = spec.year or best.year
    else:
        line, _, lines = best.line
        spec.titles = title_parts(best.title)
        facts_after_title(spec, best.rest)
        spec.year = spec.year or best.year
        if line in lines:  # not when read as prose: the synopsis keeps it; words no fact took are kept
            at = lines.index(line)
            left = left_after_title(best.rest)
            lines[at: at + 1] = [best.rest.strip(" \t-–—|:,")] if left and not chrome_line(left) else []


def title_in_capitals(text: str) -> list[str]:
    """A review that names its film in capitals (`I feared that THE LANTERN KEEPER was …`): the words in
    capitals it repeats most, twice or more; not a spec's abbreviations, a banner's words or a company.

    >>> title_in_capitals("THE LANTERN KEEPER is slow. DTS ES 6.1. But THE LANTERN KEEPER is fine, THE END")
    ['THE LANTERN KEEPER']
    >>> title_in_capitals("ENGLISH DTS 5.1 and ENGLISH DTS 2.0")
    []
    """
    found = Counter(m.group().strip(" .") for m in _CAPITALS.finditer(text) if _names_film(m.group().split()))
    best = found.most_common(1)
    return [best[0][0]] if best and best[0][1] >= 2 else []


def _names_film(tokens: list[str]) -> bool:
    return any(len(t) >= 4 and t.casefold() not in _NOT_FILM_WORDS for t in tokens) and not is_company(" ".join(tokens))


def title_again_below(spec: ReleaseSpec, before: list[str]) -> None:
    """`Punisher: Strefa wojny`, a blank line or two, then `Punisher: War Zone`: the title again in another
    language, when it opens with the same word (a series' name) and reads as a title alone.

    >>> raw = "Harbour Lights: Ostatni rejs\\n\\nHarbour Lights: The Last Voyage\\n\\nRegion 2"
    >>> spec = ReleaseSpec(titles=["Harbour Lights: Ostatni rejs"], raw=raw, unparsed=["Harbour Lights: The Last Voyage"])
    >>> title_again_below(spec, []); spec.titles, spec.unparsed
    (['Harbour Lights: Ostatni rejs', 'Harbour Lights: The Last Voyage'], [])
    """
    if len(spec.titles) != 1:
        return
    head = head_of(spec, before)
    first = next((w for w in spec.titles[0].casefold().split() if w not in _JOINING), "")  # not `The`
    where = next((i for i, (line, _, _) in enumerate(head) if line.startswith(spec.titles[0])), None)
    below = next((h for h in head[where + 1: where + 4] if h[0]), None) if where is not None else None
    if len(first) < 3 or below is None or below[0] not in below[2]:
        return
    line, raw_line, lines = below
    title = title_on(line, raw_line, head=True)
    rest = line[line.find(title) + len(title):] if title else ""
    if title and _RUNS_ON.search(rest) is None and first in title.casefold().split()[:2] and title != spec.titles[0]:
        spec.titles.append(title)
        lines.remove(line)


def titles_checked(spec: ReleaseSpec) -> None:
    """Titles a rule read that are a page's chrome (a date, a rating's number, a site's navigation, a
    company's name: `grammar.chrome.page_chrome`) are no titles; they stay in `unparsed`, where a
    company's name is found as the label (`assemble.labels`). The year read beside one (`Nordwind Home
    Video (2005)`, a distributor's cell read as a title line) is its own, not the film's.

    >>> spec = ReleaseSpec(titles=["Monday, March 30", "Paramount Home Video"], year=2005,
    ...                    raw="Paramount Home Video (2005)")
    >>> titles_checked(spec); spec.titles, spec.unparsed, spec.year
    ([], ['Monday, March 30', 'Paramount Home Video'], None)
    """
    chrome = [t for t in spec.titles if page_chrome(t)]
    spec.titles = [t for t in spec.titles if t not in chrome]
    spec.unparsed += chrome
    if spec.year is not None and any(f"{t} ({spec.year})" in spec.raw for t in chrome):
        spec.year = None


def titles_cleaned(spec: ReleaseSpec) -> None:
    """Each title without its headline's words (`[DVD] Winter Harbour`) and what follows it that is not
    the title's (`grammar.titles.split_title`): a company's name is the label, where no line named one;
    a disc count (`(Special Edition, 2 DVDs)`) the disc count, an edition the edition, where no line named
    them; what none of them takes is kept in `unparsed`.

    >>> spec = ReleaseSpec(titles=["Moon Harbour (Special Edition, 2 DVDs)", "Kuu satamas (Ruscico)"])
    >>> titles_cleaned(spec); spec.titles, spec.label, spec.disc_count, spec.edition, spec.unparsed
    (['Moon Harbour', 'Kuu satamas'], 'Ruscico', 2, 'Special Edition', [])
    >>> spec = ReleaseSpec(titles=["Moon Harbour: Special Edition"], edition="Uncut", disc_count=1)
    >>> titles_cleaned(spec); spec.titles, spec.edition, spec.unparsed
    (['Moon Harbour'], 'Uncut', ['Special Edition'])
    """
    cleaned = []
    _title_unwrapped(spec)
    titles_checked(spec)
    _headline_named(spec)  # `СОЮЗ-ВИДЕО` taken as a second title under the first line: no title
    for title in spec.titles:
        title, parts = split_title(headline_title(title))
        company = company_of(parts)
        spec.label = spec.label or company
        taken = {spec.edition is None and edition_of(parts), spec.disc_count is None and disc_part(parts)}
        spec.disc_count = spec.disc_count or discs_of(parts)
        spec.edition = spec.edition or edition_of(parts)
        spec.unparsed += [p for p in parts if (company is None or company not in p) and p not in taken]
        if title and title not in cleaned:
            cleaned.append(title)
    spec.titles = cleaned
    _titles_named_beside(spec)


def _titles_named_beside(spec: ReleaseSpec) -> None:
    """Another title a text names beside a title it has: in quotes after `or` (`"Harbour Lights", eller
    "Hamnens ljus"`), or in brackets with the year (`Harbour Lights (Hamnens ljus, 1958)`).

    >>> spec = ReleaseSpec(titles=["Harbour Lights"], raw='We saw "Harbour Lights", or "Hamnens ljus", twice.')
    >>> _titles_named_beside(spec); spec.titles
    ['Harbour Lights', 'Hamnens ljus']
    """
    lowered = spec.raw.lower()
    for title in list(spec.titles[:2]):
        if not any(title.lower() + after in lowered for after in _AFTER_NAMED):  # the search below is slower
            continue
        beside = _named_beside(spec.raw, lowered, title)
        other = beside and (beside.group(1) or beside.group(2)).strip()
        if beside and beside.group(2) and len(title_parts(f"{title} ({other})")) < 2:  # `(DVD, 1963)`: an edition's words
            continue
        # `(Per Holm, 1961)` a director, `(Sweden, 1963)` a country: no title
        known = {t.casefold() for t in spec.titles + spec.directors + spec.cast}
        if other and other.casefold() not in known and not is_country(other) and not is_company(other):
            spec.titles.append(other)


# What follows a title named in quotes (`"Harbour Lights", or "Hamnens ljus"`) or in running text
# (`Harbour Lights (Hamnens ljus, 1958)`): compiled once, matched where the title ends
_OR_QUOTED = regex(rf"[\"”»“],?\s+(?:{alternation('or_words')})\s+[\"“«„]([^\"”»“\n]{{2,80}})[\"”»“]()", re.I)
_YEAR_BRACKET = re.compile(r"()[ \t]+\(([^(),\n]{2,60}),\s*(?:19|20)\d\d\)")
_OPENING_QUOTES = "\"“«„"


def _named_beside(raw: str, lowered: str, title: str) -> re.Match | None:
    """The first place `raw` names another title beside `title` (its groups: the quoted one, the
    bracketed one); found with patterns compiled once, tried where the title ends.

    >>> _named_beside('Harbour Lights (Hamnens ljus, 1958)', 'harbour lights (hamnens ljus, 1958)', 'Harbour Lights').group(2)
    'Hamnens ljus'
    """
    if len(lowered) != len(raw):  # a letter whose lower case is longer: positions differ (`İ`)
        lowered = "".join(ch.lower()[0] for ch in raw)
    key, start = title.lower(), 0
    while (at := lowered.find(key, start)) >= 0:
        start, end = at + 1, at + len(key)
        if at and raw[at - 1] in _OPENING_QUOTES and (m := _OR_QUOTED.match(raw, end)):
            return m
        if (not at or not raw[at - 1].isalnum() and raw[at - 1] != "_") and (m := _YEAR_BRACKET.match(raw, end)):
            return m
    return None


def _title_unwrapped(spec: ReleaseSpec) -> None:
    """A title a rule read that starts in lower case (`without a Cause (1955)`) under a short line no rule
    read (`Rebel`): a title wrapped by a narrow page, joined again.

    >>> spec = ReleaseSpec(titles=["without a Cause"], raw="Rebel\\nwithout a Cause (1955)", unparsed=["Rebel"])
    >>> _title_unwrapped(spec); spec.titles, spec.unparsed
    (['Rebel without a Cause'], [])
    """
    if not spec.titles or not spec.titles[0][:1].islower():
        return
    lines = [clean_text(line) for line in spec.raw.split("\n")]
    where = next((i for i, line in enumerate(lines) if line.startswith(spec.titles[0])), 0)
    above = lines[where - 1] if where else ""
    if above in spec.unparsed and 0 < len(above.split()) <= _WRAPPED_WORDS and above[:1].isupper() \
            and not any(c.isdigit() or c == ":" for c in above):
        spec.titles[0] = f"{above} {spec.titles[0]}"
        spec.unparsed.remove(above)


def _headline_named(spec: ReleaseSpec) -> None:
    """A news post's headline taken as its title (`Miramax confirm Harbour Lights for May`, one of the first
    lines) becomes the film it names again below (`grammar.headlines.headline_subject`)."""
    lines = [line for line in spec.raw.split("\n") if line.strip()][:_HEADLINE_LINES]
    first = spec.titles[0] if spec.titles else None
    where = next((i for i, line in enumerate(lines) if first and first in line), None)
    if where is not None:
        spec.titles[0] = headline_subject(first, spec.raw.split(lines[where], 1)[1])
