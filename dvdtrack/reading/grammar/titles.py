"""Typed fields for titles: `{titles:Titles}`, `{titles:TitlePair}`, `{titles:DottedTitle}`.

A title line may hold several titles (` / `, `AKA`, a second title in brackets); an edition in
brackets (`(Director's Cut)`) stays part of the title.
"""

from __future__ import annotations

import re

from parse import with_pattern

from dvdtrack.reading.grammar.words import alternation

_AKA = re.compile(r"\s+/\s+|\s+AKA\s+|\s+a\.k\.a\.?\s+", re.I)
# `Title (Other Title)`: two capitalised words or more in the brackets, none of an edition's
_BRACKETED = re.compile(r"^(.+?)\s+(?:\(((?:[A-ZА-ЯЁ][^()]*\s){1,}[^()]+)\)|\[((?:[A-ZА-ЯЁ][^\[\]]*\s){1,}[^\[\]]+)\])$")
_EDITION = re.compile(rf"(?i)\b(?:{alternation('edition')}|(?:{alternation('edition_stems')})\w*)\b")
_DISC_NOTE = re.compile(r"(?<=\S)\s*[\[(](?:DVD|Blu-?ray|BD)[\])]$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# a title never ends in a colon (`Year: (1999)` is no title line) nor holds a catalogue number (`Spine #417`)
@with_pattern(r"(?!.*#\d).*?[^:\s]")
def titles(text: str) -> list[str]:
    """Titles split on ` / ` and `AKA`; a bracketed second title counts too, an edition does not.

    >>> titles("Letyat zhuravli (The Cranes Are Flying)"), titles("Solaris (Director's Cut)")
    (['Letyat zhuravli', 'The Cranes Are Flying'], ["Solaris (Director's Cut)"])
    >>> titles("Ivan's Childhood [Ivanovo detstvo]")
    ["Ivan's Childhood", 'Ivanovo detstvo']
    """
    found = [t.strip() for t in _AKA.split(text) if t.strip()]
    return [part for title in found for part in _bracketed_title(title)]


def _bracketed_title(title: str) -> list[str]:
    title = _DISC_NOTE.sub("", title)  # `Title [DVD] (1963)`: the note is not the title's
    m = _BRACKETED.match(title)
    second = m and (m.group(2) or m.group(3))
    if m is None or _EDITION.search(second) or _YEAR.search(second):  # `(Sweden, 1963)` is no title
        return [title]
    return [m.group(1).strip(), second.strip()]


@with_pattern(r"[^()]+?\s\([A-ZА-ЯЁ][^()]*\)")
def title_pair(text: str) -> list[str]:
    """`The Quiet Field (Tyst äng)`, a title and another in brackets, both needed: before a bare
    year (`THE SALT MEADOW (Saltängen) 1963`), where a title alone would take any line.

    >>> title_pair("THE SALT MEADOW (Saltängen)"), title_pair("Solaris (Director's Cut)")
    (['THE SALT MEADOW', 'Saltängen'], ["Solaris (Director's Cut)"])
    """
    first, _, second = text[:-1].rpartition(" (")
    return [text] if _EDITION.search(second) else titles(first) + [second.strip()]


title_pair.words = ("(", ")")  # what every match holds: `grammar` tries the pattern only on lines with them


@with_pattern(r"[^\W_][^\s]*?")
def dotted_title(text: str) -> list[str]:
    """`Kin.dza.dza` (a release name) → `Kin dza dza`."""
    return [" ".join(re.split(r"[._]+", text)).strip()]
