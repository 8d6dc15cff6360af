"""Where a text names a film away from a title line, and how often: the cues of running text
(`grammars/words/vocab.toml`: film_cues, film_nouns, film_year_cues), a title with its original title and year
in brackets, a title alone in quotes, above its disc's strip of specs, opening a line of credits.

>>> [(f.title, f.year) for f in films_named("The 1976 film Harbour Lights, shot in Wales, and 1985's St. Ives Rising.")]
[('Harbour Lights', 1976), ('St. Ives Rising', 1985)]
>>> [(f.title, f.year) for f in films_named("映画「港の灯」('79年公開)は")]
[('港の灯', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from dvdtrack.reading.grammar.words import words

_YEAR = r"(?:18[89]\d|19\d\d|20[0-4]\d)"
_CAPITAL = r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.&-]*|\d[\w'’.&-]*)"
_OPENING = "«“\"„「『"
_CLOSING = {"«": "»", "“": "”", '"': '"', "„": "“", "「": "」", "『": "』"}
_ABBREVIATION = re.compile(r"^\w{1,3}\.$")  # `St.`, `Dr.`: a title's word may end in a dot
_WORDS_BEFORE = 6  # the most words of a title before its bracket (`Harbour Lights (Hamnens ljus, 1958)`)
_ORIGINAL = re.compile(rf" \(([^(),\n]{{2,60}}),\s*({_YEAR})\)")
_QUOTED_LINE = re.compile(r"^[ \t]*[\"“«„]([^\"”»“\n]{2,80})[\"”»“][ \t]*$", re.M)


@dataclass(frozen=True)
class FilmNamed:
    """A film a text names: its title (and another one named beside it), its year when the text says it,
    where the text names it."""

    title: str
    year: int | None = None
    at: int = 0
    other: str | None = None


def _small_words() -> str:
    small = set(words("joining_words")) | {"vs.", "vs", "for", "from", "to", "with", "at"}
    return "|".join(re.escape(w) for w in sorted(small, key=len, reverse=True))


@lru_cache(maxsize=1)
def _title_run() -> str:
    """Capitalised words, small words between them (`The Eagle of the North`, `Harbour Lights 2`)."""
    return rf"{_CAPITAL}(?:\s+(?:(?:{_small_words()})\s+){{0,2}}{_CAPITAL}){{0,8}}"


def _cue_pattern(cue: str, index: int) -> str:
    """A cue as a pattern, its groups named by its `index` (`title3`, `year3`): its words in any case, `{year}` a
    year, `{yy}` its two last digits after an apostrophe, `{noun}` a word of `film_nouns`, `{title}` a run of
    capitalised words or, after an opening quote, the words up to the closing one."""
    out = []
    for part in re.split(r"(\{\w+\})", cue):
        if part == "{year}":
            out.append(rf"(?P<year{index}>{_YEAR})")
        elif part == "{yy}":
            out.append(rf"['‘’](?P<yy{index}>\d\d)")
        elif part == "{noun}":
            out.append("(?i:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in words("film_nouns")) + ")")
        elif part == "{title}":
            closing = _CLOSING.get(cue[cue.index("{title}") - 1]) if cue.index("{title}") else None
            out.append(rf"(?P<title{index}>[^{re.escape(closing)}\n]{{1,80}}?)(?={re.escape(closing)})" if closing
                       else rf"(?P<title{index}>{_title_run()})")
        elif part:
            out.append("(?i:" + re.escape(part).replace(r"\ ", r"\s+") + ")")
    # a word of its own, in a script that spaces its words (`映画「…」` stands inside a run of characters)
    start = r"(?<![\w'’])" if (cue[:1].isalnum() and cue[:1] < "\u3000") or cue[:1] == "{" else ""
    return start + "".join(out)


class Cues:
    """The cues of a word list of `grammars/words/vocab.toml` as one pattern (`_cue_pattern`), tried only where
    a cue's first word stands (a year for `{year}'s {title}`): a text is scanned for those words alone.

    >>> [found["year"] for found in cues("film_year_cues").found("Shot in 1961, it was made in 1963.")]
    [('1961', 8), ('1963', 29)]
    """

    def __init__(self, name: str) -> None:
        items = words(name)
        self.pattern = re.compile("|".join(f"(?:{_cue_pattern(cue, i)})" for i, cue in enumerate(items)))
        # looked for in the text's lower case: a pattern without `re.I` scans faster
        self.starts = re.compile("|".join(sorted({self._start(cue) for cue in items}, key=len, reverse=True)))

    @staticmethod
    def _start(cue: str) -> str:
        first = re.split(r"[\s{「『«“\"„]", cue, maxsplit=1)[0].lower()
        return re.escape(first) if first else _YEAR if cue.startswith("{year}") else r"['‘’]\d\d"

    def found(self, text: str) -> Iterator[dict[str, tuple[str, int]]]:
        """Each cue's match in `text`, in order: its groups by name (`title`, `year`, `yy`), each with where it stands."""
        end, lowered = 0, text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer (`İ`): positions kept
            lowered = "".join(ch.lower()[0] for ch in text)
        for start in self.starts.finditer(lowered):
            m = self.pattern.match(text, start.start()) if start.start() >= end else None
            if m is not None:
                end = m.end()
                yield {name.rstrip("0123456789"): (value, m.start(name)) for name, value in m.groupdict().items() if value}


@lru_cache(maxsize=None)
def cues(name: str) -> Cues:
    """The `Cues` of a word list, compiled once."""
    return Cues(name)


def films_named(text: str) -> list[FilmNamed]:
    """The films `text` names with a cue of `film_cues`, in the order it names them."""
    found = []
    for groups in cues("film_cues").found(text):
        title, at = groups["title"]
        year = groups.get("year")
        if _trimmed(title):
            found.append(FilmNamed(_trimmed(title), int(year[0]) if year else None, at))
    return found


def _trimmed(title: str) -> str:
    """A title without the full stop of the sentence it ends (`… was Harbour Lights.`), spaces and a
    possessive's `'s` (`Harbour Lights's transfer`) trimmed; an abbreviation keeps its dot (`St.`)."""
    title = title.strip()
    last = title.rsplit(" ", 1)[-1]
    if title.endswith(".") and not _ABBREVIATION.match(last):
        title = title.rstrip(".")
    return re.sub(r"['’]s$", "", title).strip(" :,-")


def named_with_original(text: str) -> list[FilmNamed]:
    """Films `text` names with their original title and year in brackets (`Harbour Lights (Hamnens ljus, 1958)`)
    and names again elsewhere: the title is the longest run of the words before the bracket (a capital
    first) that the text names again, as a sentence-case title is written (`Le ombre del porto`).

    >>> [(f.title, f.other, f.year) for f in named_with_original(
    ...     "A set of Bo Berg films: Fog (Dimma, 1961) and the film Harbour lights (Hamnens ljus, 1958). "
    ...     "Harbour lights is on disc.")]
    [('Harbour lights', 'Hamnens ljus', 1958)]
    """
    found = []
    for m in _ORIGINAL.finditer(text):
        before = text[max(0, m.start() - 200): m.start()].replace("\n", " ").split(" ")[-_WORDS_BEFORE:]
        elsewhere = text[: m.start()] + text[m.end():]  # not in its own bracket (`Nikita (La Femme Nikita, 1990)`)
        for size in range(len(before), 0, -1):
            title = " ".join(before[-size:]).strip()
            if title[:1].isupper() and times_named(title, elsewhere) >= 2:
                found.append(FilmNamed(title, int(m.group(2)), m.start(), m.group(1).strip()))
                break
    return found


def times_named(title: str, text: str) -> int:
    """How often `text` names `title` as words of their own (in any case when the title is in capitals).

    >>> times_named("Harbour Lights", "Harbour Lights. We saw Harbour Lights, not Harbour Lightship.")
    2
    >>> times_named("HARBOUR LIGHTS", "HARBOUR LIGHTS (1963) - and Harbour Lights again")
    2
    """
    if title.isupper():
        title, text = title.casefold(), text.casefold()
    count, start = 0, 0
    while title and (at := text.find(title, start)) >= 0:
        end, start = at + len(title), at + 1
        count += not _word_char(text[at - 1: at]) and not _word_char(text[end: end + 1])
    return count


def _word_char(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_")


def quoted_lines(text: str) -> list[FilmNamed]:
    """The titles of the lines of `text` that are only a title in quotes (`"Harbour Lights"`, a review's
    heading), not a quoted sentence.

    >>> [f.title for f in quoted_lines('Now Playing\\n  "Harbour Lights"\\n"A masterpiece."\\n')]
    ['Harbour Lights']
    """
    return [FilmNamed(m.group(1).strip(), at=m.start(1)) for m in _QUOTED_LINE.finditer(text)
            if not m.group(1).rstrip().endswith((".", "!", "?"))]


def lines_above_strips(text: str) -> list[FilmNamed]:
    """Short lines standing alone right above a strip of a release's specs (`Nordwind . R4 . COLOR . 94 mins .
    PAL`: a review's heading, then its disc's line), blank lines between allowed.

    >>> lines_above_strips("• Outtakes\\n\\nHarbour Lights\\n\\nNordwind/Nordwind . R4 . COLOR . 94 mins . PG . PAL")
    [FilmNamed(title='Harbour Lights', year=None, at=12, other=None)]
    """
    if not any(mark in text for mark in _STRIP_MARKS):
        return []
    found, lines, at = [], text.split("\n"), 0
    starts = [at := at + len(line) + 1 for line in lines]  # where each line after the first starts
    for i, line in enumerate(lines):
        if sum(line.count(mark) for mark in _STRIP_MARKS) < _STRIP_CELLS or not _STRIP_VALUE.search(line):
            continue
        above = next((j for j in range(i - 1, max(i - 4, -1), -1) if lines[j].strip()), None)
        heading = lines[above].strip() if above is not None else ""
        if heading and len(heading) <= _HEADING and heading[0] not in _BULLET_STARTS:
            found.append(FilmNamed(heading, at=(starts[above - 1] if above else 0) + lines[above].index(heading)))
    return found


# a strip's cells, three marks between four of them or more (`Nordwind . R4 . COLOR . 94 mins`)
_STRIP_MARKS = (" . ", " | ", " · ")
_STRIP_CELLS = 3
_STRIP_VALUE = re.compile(r"\b(?:R[0-8]|PAL|NTSC|\d{2,3}\s?mins?)\b", re.I)
_HEADING = 60
_BULLET_STARTS = "•·*-–"


def opening_quote(line: str) -> str | None:
    """The title in quotes a line opens with, before a bracket, a dash or its end (`“Harbour Lights” (DVD) –
    Reviewed by Anna Berg`), not a quoted sentence; else None.

    >>> opening_quote("“Harbour Lights” (DVD) – Reviewed by Anna Berg"), opening_quote('"Superb!" – The Times')
    ('Harbour Lights', None)
    """
    m = _OPENING_QUOTE.match(line)
    return m.group(1).strip() if m and not m.group(1).rstrip().endswith((".", "!", "?", ",")) else None


_OPENING_QUOTE = re.compile(r"[\"“«„]([^\"”»“\n]{2,80})[\"”»“](?=\s*(?:$|[\[(]|[-–—|]\s))")


def credit_lines(text: str) -> list[FilmNamed]:
    """The lines of `text` opening with a title in capitals or words and its year in brackets, then a dash
    and more (`HARBOUR LIGHTS (1963) – Director: Bo Berg, …`: a review's credits).

    >>> credit_lines("Cast below.\\nHARBOUR LIGHTS (1963) – Director: Bo Berg, Music: Per Holm")
    [FilmNamed(title='HARBOUR LIGHTS', year=1963, at=12, other=None)]
    """
    if not any(mark in text for mark in (") -", ") –", ") —")):  # no year in brackets before a dash: none
        return []
    return [FilmNamed(m.group(1).strip(), int(m.group(2)), m.start(1)) for m in _CREDITS.finditer(text)]


_CREDITS = re.compile(rf"^[ \t]*([^\W\d_][^()\[\]:\n]{{0,80}}?)[ \t]*\(({_YEAR})\)[ \t]*[-–—][ \t]+\S", re.M)
