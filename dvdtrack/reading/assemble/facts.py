"""A release's title lines: what a block says on and around its title, outside the lines its rules read.

A title alone on the first line (shop pages, reviews, an NFO's title in capitals inside a frame),
with the year, disc and ratio after it, or as the first bullet; a forum title's tags after the year
(`[R2] [Swe/Eng]`); a label named in a title's brackets. Facts a block names anywhere are in
`assemble/anywhere.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.assemble.anywhere import SYSTEM_WORD
from dvdtrack.reading.blocks.cleaning import clean_text
from dvdtrack.reading.grammar.companies import is_company
from dvdtrack.reading.grammar.chrome import chrome_line, is_country, page_chrome, runs_on
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.loading import shared_label_lists
from dvdtrack.reading.grammar.headlines import headline_title, quoted_title
from dvdtrack.reading.grammar.titles import company_of, title_parts
from dvdtrack.reading.grammar.tracks import languages
from dvdtrack.reading.grammar.types import DISCS_RE, RATIO_RE, YEAR_RE, discs, ratio, region, year
from dvdtrack.reading.grammar.words import alternation
from dvdtrack.reading.release import AudioTrack, ReleaseSpec, SubtitleTrack

_WORD = re.compile(r"[^\W\d_]{2}")
_LETTER_NUMBER = re.compile(r"[^\W\d_]-\d")  # `K-19`, `U-571`: a title where a headline says so (`Il DVD di K-19`)
_SUBTITLE_LABELS = "|".join(re.escape(label) for label in sorted(shared_label_lists()["subtitles"], key=len, reverse=True))
_BRACKET_YEAR = re.compile(rf"[\[(]({YEAR_RE})[\])]")
_YEAR_SPAN = re.compile(rf"[\[(]{YEAR_RE}\s?[-–]\s?{YEAR_RE}[\])]")  # `(1967-1983)`: a set's years, no film's year
_YEAR_AFTER = re.compile(rf"(?<![\d.])({YEAR_RE})(?![\d.])")  # `(DVD, 1963)`, `[DVD] [1957]`
_DISC_WORD = regex(rf"(?<!\w)(?:{DISCS_RE})(?!\w)", re.I)
_TITLE_YEAR = re.compile(rf"^([^\W\d_][^()\[\]:]{{0,100}}?)\s*\(({YEAR_RE})\)$")
_RATIO_AFTER = re.compile(rf"(?<![\d.,:])(?:{RATIO_RE})(?![\d:])")
_BANNER_WORD = regex(rf"\b(?:{alternation('banner', upper=True)})\b")
_TAG = re.compile(r"\[([^\[\]]{1,60})\]")
_REGION_TAG = re.compile(r"^(?:R|Region\s?)([0-8]|ALL|Free)$", re.I)
_SUBS_TAG = re.compile(rf"^(?:sub|{_SUBTITLE_LABELS})[:\s]\s*(.+)$", re.I)  # `[Subs: Eng, Fin]`: labels.toml subtitles
_CODES_TAG = re.compile(r"^[^\W\d_]{2,3}(?:\s?[/,+]\s?[^\W\d_]{2,3})+$")  # `[Swe/Eng]`, `[Rus, Eng]`
_BRACKETED_TEXT = re.compile(r"[\[(]([^\[\]()]{2,60})[\])]")
_EMPTY_BRACKETS = re.compile(r"[\[(][\s,;/|+-]*[\])]")
_CATALOGUE = re.compile(r"#\d{1,4}\b")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_REGION_AFTER = re.compile(r"\s*(?:R[0-8]\b|Regi[oó]n)", re.I)
_TAGLINE = re.compile(r"[™®©]|\S\s{3,}\S")  # a site's name and slogan in columns, a trademark
_IN_BRACKETS = re.compile(r"^\[([^\[\]]+)\]$")
_FRAMED = re.compile(r"^(?:\s{3,}|\s*[\u2500-\u259f])")  # centred, or inside box-drawing characters
# A title alone on a line: a letter or digit first, not a number alone, no label, link or table debris
_HEADLINE = 300  # the longest line read as a title line: a longer one is a paragraph
_TITLE_ALONE = re.compile(r"^(?=\w)(?!\d+$)[^:|<>=@]{1,100}$")
# What follows a title on its line: a year in brackets, a rating (`(Cert 12)`), a disc, a video system, `[DVD]`,
# a spine number (`#417`), a label's collection after a dash
_AFTER_TITLE = regex(
    rf"\s*(?:{_BRACKET_YEAR.pattern}|{_YEAR_SPAN.pattern}|,\s(?={YEAR_RE}$)|#\d{{1,4}}\b|[—–]\s[^—–]*\bCollection\b"
    rf"|\((?:Cert|Certificate|Rated)\b"
    rf"|\(\d{{1,2}}\s?(?:{alternation('disc_units')})\b|[\[(](?:DVD|Blu-?ray|BD|Region)\b|{_DISC_WORD.pattern}"
    rf"|{SYSTEM_WORD.pattern}).*$", re.I)


def title_from_first_line(spec: ReleaseSpec, more_titles_next: bool = False) -> None:
    """A release whose first line no rule read opens with its title alone, as shop pages and
    reviews do (`Andrei Rublev`, `Popiół i diament [DVD]`). Right before an `Original title:` line
    (`more_titles_next`: a rule the grammar names in `more_titles` read the second line) it is the
    first of the titles. A title line no pattern read ends where its year, disc or video system
    starts; a label, a link, table debris, ASCII art, a tagline or a banner in capitals
    (`RELEASE INFO`) is no title.

    >>> spec = ReleaseSpec(grammar="specsheet", raw="Popiół i diament [DVD]", unparsed=["Popiół i diament [DVD]"])
    >>> title_from_first_line(spec); spec.titles, spec.unparsed
    (['Popiół i diament'], [])
    >>> spec = ReleaseSpec(grammar="tracker_ru", raw="Гараж (1979) DVD9 (Custom)", unparsed=["Гараж (1979) DVD9 (Custom)"])
    >>> title_from_first_line(spec); spec.titles, spec.year
    (['Гараж'], 1979)
    """
    if spec.titles and not more_titles_next:
        return
    found = first_line_title(spec)
    if found is None:
        return
    title, first = found
    named = {t.casefold(): t for t in spec.titles}  # `THE MIRROR` over `Title: The Mirror`: one title, in its case
    found = [named.get(t.casefold(), t) for t in title_parts(title)]
    spec.titles = found + [t for t in spec.titles if t not in found]
    rest = first[first.find(title) + len(title):]
    facts_after_title(spec, rest)  # the headline's `[DVD]` says a disc too
    spec.unparsed.pop(0)
    if left_after_title(rest):  # words no fact took (`Гараж (1979) DVD9 (Custom)`): the rest is kept as written
        spec.unparsed.insert(0, rest.strip(" \t-–—|:,"))


def first_line_title(spec: ReleaseSpec) -> tuple[str, str] | None:
    """The title a release's first line opens with, if it reads as one, and that line (a forum post's
    title without its brackets: `[Stalker]`); None when the line was read by a rule or is no title."""
    # the line, or its part before the first label (`Калина красная / Kalina krasnaya Страна: …`)
    line = spec.unparsed[0] if spec.unparsed else ""
    raw_line = spec.raw.lstrip("\n").partition("\n")[0]
    bracketed = _IN_BRACKETS.match(line)  # `[Stalker]`: a forum post's title in brackets
    first = bracketed.group(1) if bracketed else line
    if not clean_text(raw_line).startswith(line or "\0"):
        return None
    title = title_on(first, raw_line)
    return (title, first) if title else None


@lru_cache(maxsize=8192)  # a pure function of its lines: a head's lines are read again (`assemble.candidates`)
def title_on(line: str, raw_line: str, head: bool = False) -> str | None:
    """The title a line opens with, without its headline's words (`DVD REVIEW: Solaris (1972)`, `Il DVD di
    Solaris`, `Solaris [DVD]`) and what follows it (its year, disc, system), when it is a title alone (no
    tagline either); in a release's `head` (`assemble.heads`) one `: ` may stand in it, words after it."""
    if len(line) > _HEADLINE or chrome_line(line):  # a paragraph; `Image de la jaquette`, `Test dvd`
        return None
    quoted = quoted_title(line)  # `… do filme "Harbour Lights":` is a title, whatever it holds
    if quoted:
        return None if page_chrome(quoted) else quoted
    heading = headline_title(line.strip(" |"))  # a table's cell: `Рерберг и Тарковский |`
    after = _AFTER_TITLE.search(heading)  # what follows may hold a ratio's colon: `Mirror (1975) DVD9 PAL 4:3`
    title = (heading[: after.start()] if after else heading).strip()
    if not title or page_chrome(title) or title not in line or _TAGLINE.search(raw_line) or title[-1] in ",、" \
            or (is_country(title) and _REGION_AFTER.match(line, line.find(title) + len(title))) \
            or runs_on(line[line.find(title) + len(title):]) or (head and title[:1].islower()):
        return None  # `Hong Kong Region 3`; a sentence cut at its disc (`… DVD was T2, the first …`); a slogan
    headlined = heading != line.strip(" |")  # a review's words said what follows is a film's title
    if head:
        left, colon, right = title.partition(": ")
        if (colon and (len(right.split()) < 2 or ":" in right)) or title.endswith(".") or len(title) < 2:
            return None
        return title if _is_title_alone(f"{left} {right}" if colon else title, raw_line, headlined) else None
    return title if _is_title_alone(title, raw_line, headlined) else None


def facts_after_title(spec: ReleaseSpec, rest: str) -> None:
    """The year (`[DVD] [1957]` too), the disc (`(1961) DVD9 CZ`), the ratio and a company in brackets
    (`(1979) (Artificial Eye - #215)`: the label) that follow a title on its line."""
    year_after = _YEAR_AFTER.search(_YEAR_SPAN.sub(" ", rest))
    if year_after and spec.year is None:
        spec.year = year(year_after.group(1))
    picture = _RATIO_AFTER.search(rest)
    if picture and spec.aspect_ratio is None:
        spec.aspect_ratio = ratio(picture.group())
    spec.label = spec.label or company_of(_BRACKETED_TEXT.findall(rest))
    disc = _DISC_WORD.search(rest)
    if disc and spec.disc_format is None:
        count, spec.disc_format = discs(disc.group())
        spec.disc_count = spec.disc_count or count


def left_after_title(rest: str) -> str:
    """What follows a title on its line that no fact reads: not its year, disc, system, ratio or
    catalogue number, nor a tag or a company in brackets (`tags_after_title`, `facts_after_title`).

    >>> left_after_title(" (1979) DVD9 (Custom)"), left_after_title(" (1963) [DVD9] [R2] PAL 4:3")
    ('(Custom)', '')
    """
    text = _TAG.sub(lambda m: "" if _REGION_TAG.match(m.group(1)) or _SUBS_TAG.match(m.group(1))
                    or _CODES_TAG.match(m.group(1)) or _DISC_WORD.fullmatch(m.group(1)) else m.group(), rest)
    for pattern in (_YEAR_SPAN, _BRACKET_YEAR, _YEAR_AFTER, _DISC_WORD, SYSTEM_WORD, _RATIO_AFTER, _CATALOGUE):
        text = pattern.sub(" ", text)
    text = _EMPTY_BRACKETS.sub(" ", text)
    words = [w for w in _BRACKETED_TEXT.sub(lambda m: "" if is_company(m.group(1)) else m.group(), text).split()
             if _LETTER.search(w)]
    return " ".join(words)


def tags_after_title(spec: ReleaseSpec) -> None:
    """The tags in brackets after the year on a release's first line (`Title (1963) [DVD9] [R2]
    [Swe/Eng] [Subs: Eng, Fin]`), whatever read the line: see `_read_tag`."""
    first = spec.raw.lstrip("\n").partition("\n")[0]
    year_mark = _BRACKET_YEAR.search(first)
    for tag in _TAG.findall(first[year_mark.end():]) if year_mark else ():
        _read_tag(spec, tag)


def _read_tag(spec: ReleaseSpec, tag: str) -> None:
    """A forum title's tag in brackets: `[R2]` a region, `[Subs: Eng, Fin]` the subtitles, `[Swe/Eng]`
    (language codes alone) the audio; each only where the release's lines named none.

    >>> spec = ReleaseSpec()
    >>> for tag in ("R2", "Swe/Eng", "Subs: Eng, Fin", "Criterion"): _read_tag(spec, tag)
    >>> spec.region, [t.name for t in spec.audio], [t.name for t in spec.subtitles]
    ('2', ['Swe', 'Eng'], ['Eng', 'Fin'])
    >>> spec = ReleaseSpec(); _read_tag(spec, "Субтитры: Rus, Eng"); [t.name for t in spec.subtitles]
    ['Rus', 'Eng']
    """
    found = _REGION_TAG.match(tag)
    subs = _SUBS_TAG.match(tag)
    if found and spec.region is None:
        spec.region = region(found.group(1))
    elif subs and not spec.subtitles:
        spec.subtitles = [SubtitleTrack(name=name) for name in languages(subs.group(1))]
    elif _CODES_TAG.match(tag) and not spec.audio:
        spec.audio = [AudioTrack(name=name) for name in languages(tag)]


def _is_title_alone(text: str, raw_line: str, headlined: bool = False) -> bool:
    """`text` is a title and nothing else: words (or, `headlined` by a review's words, a letter and a
    number: `Il DVD di K-19`), no label, link or table debris, not a banner in capitals (`RELEASE INFO`,
    `WINTER COLLECTION`: a banner's word) unless its line `raw_line` is framed or centred as an NFO's
    title is (`░▒▓ SOLARIS ▓▒░`), not a sentence. A review's `THE SALT MEADOW` in capitals is a title."""
    worded = _WORD.search(text) is not None or (headlined and _LETTER_NUMBER.search(text) is not None)
    return _TITLE_ALONE.match(text) is not None and worded \
        and (not text.isupper() or _FRAMED.match(raw_line) is not None or _BANNER_WORD.search(text) is None) \
        and not _is_sentence(text)


def _is_sentence(text: str) -> bool:
    """A tagline (`A journey into the Zone, where wishes come true.`): four words or more ending in
    a full stop (a title's ellipsis is no full stop)."""
    return text.endswith(".") and not text.endswith("..") and len(text.split()) >= 4


def title_from_first_item(spec: ReleaseSpec) -> None:
    """`➤ The Salt Meadow (1963)` heading a post of bullets is its title and year, not an extra.

    >>> spec = ReleaseSpec(raw="➤ The Salt Meadow (1963)\\n✔ DVD5", features=["The Salt Meadow (1963)"])
    >>> title_from_first_item(spec); spec.titles, spec.year, spec.features
    (['The Salt Meadow'], 1963, [])
    """
    if spec.titles or not spec.features or not spec.raw.lstrip().partition("\n")[0].endswith(spec.features[0]):
        return
    heading = _TITLE_YEAR.match(spec.features[0])
    if heading:
        spec.titles, spec.year = title_parts(heading.group(1)), spec.year or year(heading.group(2))
        spec.features.pop(0)


def title_under_title(spec: ReleaseSpec) -> None:
    """`Ballad of a Soldier (1959)` then `Ballada o soldate` alone on the next line: another title,
    when it reads as one. A name (`Ingrid Vall`: two or three words, each capitalised, as a director
    under a title is written) or anything with a digit is not.

    >>> spec = ReleaseSpec(titles=["Ballad of a Soldier"], raw="Ballad of a Soldier (1959)\\nBallada o soldate\\nRegion 2",
    ...                    unparsed=["Ballada o soldate"])
    >>> title_under_title(spec); spec.titles, spec.unparsed
    (['Ballad of a Soldier', 'Ballada o soldate'], [])
    """
    if not spec.titles or not spec.unparsed:
        return
    lines = spec.raw.lstrip().split("\n", 2)[:2]  # the line right under the first; a blank one ends the title
    if len(lines) < 2 or spec.titles[0] not in lines[0] or clean_text(lines[1]) != spec.unparsed[0]:
        return
    text = spec.unparsed[0]
    words = text.split()
    # a name as a director under a title is written, unless in another script (`Каждый любит …` / `Everybody Loves …`)
    named = 1 < len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and (_LATIN_LETTER.search(text) is None) == (_LATIN_LETTER.search(spec.titles[0]) is None)
    if any(c.isdigit() for c in text) or len(words) > 6 or not _is_title_alone(text, lines[1]) or named:
        return
    spec.titles.append(text)
    spec.unparsed.pop(0)


def label_off_titles(spec: ReleaseSpec) -> None:
    """`Andrei Rublev (Criterion)` with `Studio: Criterion`: the bracket names the label, not a title.

    >>> spec = ReleaseSpec(titles=["Andrei Rublev (Criterion)"], label="Criterion")
    >>> label_off_titles(spec); spec.titles
    ['Andrei Rublev']
    """
    if spec.label:
        mark = f"({spec.label})".casefold()
        spec.titles = [t[: -len(mark)].rstrip() if t.casefold().endswith(mark) and len(t) > len(mark) else t
                       for t in spec.titles]
