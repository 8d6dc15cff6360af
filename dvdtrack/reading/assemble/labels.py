"""The label a block names where no `Label:` line does, from the companies the reader knows
(`grammars/words/companies.toml`, `dvdtrack.reading.grammar.companies`).

Where a release's lines named no label, it is, in this order: a line or table cell that is a company's
name alone (`Madman Entertainment`), or the value of a label no grammar knows (`Edition : Dreamworks`;
of a studio's line beside a distributor's, the distributor's); the studio a `Studio:` line names; a
banner (`The Criterion Collection presents`), a company named in prose beside words that say it put out
the disc (`DVD by X`, `X's Region 2 DVD`, `X has set … for release`: `label_cues_*` in
`grammars/words/vocab.toml`), or ending a product's quoted name (`「Seven Samurai - The Criterion
Collection」`). A company named in prose without such words (a studio, another film's label) is not the
disc's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.grammar.companies import company_at_start, company_spans, distributor_first, is_company
from dvdtrack.reading.grammar.chrome import is_date
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.words import alternation
from dvdtrack.reading.release import ReleaseSpec

_REACH = 80  # how far before a company its cue may start
_YEAR_AFTER = re.compile(r"\s*\((?:19|20)\d\d\)$")
_BARE_YEAR = re.compile(r"\s*\(?(?:19|20)\d\d\)?$")  # a cell's company and its year: `Image Entertainment 1998`



@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, ...]:
    """The words around a company that say it put out the disc: before it (`released by`, `Vydavatel,
    společnost`, `released as Special Editions by`, `1999/` of `(Студия X, 1999/Союз-видео)`), after it
    (`'s Region 2 DVD`, `announces`, `has done a fine job of releasing`); and weaker words after it (`DVD`,
    `NTSC Region 6 DVD`); and the words before one that make it another edition's (`Unlike the X disc`)."""
    verbs = alternation("label_verbs")
    before = regex(rf"(?i)(?:(?<!\w)(?:{alternation('label_cues_before')})\s*[:,]?\s+(?:[^\s.,;:]+\s+){{0,2}}?"
                        rf"|(?<!\w)(?:{verbs})\w*\s(?:[^\s.]+\s){{0,6}}?by\s+|(?<!\d)(?:19|20)\d\d\s?/\s?)[«\"„“]?$")
    after = regex(rf"(?i)[»\"“]?\s*(?:{alternation('label_cues_after')})(?!\w)"
                       rf"|\s+(?:(?:has|have|had|is|are|will)\s(?:[^\s.]+\s){{0,6}}?)?(?:{verbs})")
    weak = regex(rf"(?i)(?:\s+(?:PAL|NTSC|SECAM|R\d|Region\s?\w+)){{0,3}}\s+(?:{alternation('label_cues_weak')})(?!\w)")
    rival = regex(rf"(?i)(?<!\w)(?:{alternation('label_rivals')})\s+(?:[^\s.,;:]+\s+){{0,2}}?$")
    return before, after, weak, rival


# A product's name quoted in prose: a title, a dash, the company that put it out, the closing quote
# (`「Seven Samurai - The Criterion Collection」`, `"Harbour Lights – Second Run"`)
_PRODUCT_BEFORE = re.compile(r"[\w)]\s[-–—]\s$")
_PRODUCT_AFTER = re.compile(r"\s?[」』\"”»]")


_LINE_START = re.compile(r"\s*(?:\(|/|[.|;–—-](?:\s|$)|\s[-–—/]\s)")  # `Madman (Australia). Region 4`


def label_named(spec: ReleaseSpec) -> None:
    """The label of a release whose lines named none, as its text writes it (see the module); a label
    read with a year after it (`Studio: Paramount (1998)`) loses the year.

    >>> spec = ReleaseSpec(raw="Moon Harbour\\nMadman Entertainment\\nRegion 4", unparsed=["Madman Entertainment"])
    >>> label_named(spec); spec.label, spec.unparsed
    ('Madman Entertainment', [])
    >>> spec = ReleaseSpec(raw="Second Run's Region 2 disc is a fine one; Mosfilm made the film.")
    >>> label_named(spec); spec.label
    'Second Run'
    """
    if spec.label and is_date(spec.label):  # `Published: November 13, 2005` read as a label
        spec.unparsed.append(spec.label)
        spec.label = None
    if spec.label:
        spec.label = _YEAR_AFTER.sub("", spec.label) or spec.label
        return
    cells = {line: value for line in spec.unparsed if (value := _company_cell(line))}
    named = distributor_first(list(cells.values()))
    if named:
        spec.label = _BARE_YEAR.sub("", named[0]).strip(" \t|()")
        spec.unparsed = [line for line in spec.unparsed if cells.get(line) != named[0]]
        return
    studio = spec.studio and (_YEAR_AFTER.sub("", spec.studio) or spec.studio)
    spec.label = studio or label_opening_line(spec.raw, spec.titles) or label_in_prose(spec.raw)


def _company_cell(line: str) -> str | None:
    """The company a line no rule read names and nothing more: alone (a table's cell), or as the
    value of a label no grammar knows (`Edition : Dreamworks`, `DVD Release: Kaleidoscope
    Entertainment`, `Hersteller: Paramount Home Entertainment (2005)`), else None.

    >>> _company_cell("Madman Entertainment"), _company_cell("Edition : Dreamworks"), _company_cell("Note: Madman is good")
    ('Madman Entertainment', 'Dreamworks', None)
    >>> _company_cell("Theatrical Release: Warner") is None
    True
    """
    if is_company(line):
        return line
    m = _LABELLED.match(line)
    if m is None or not m.group(2)[:1].isupper() or _elsewhere().search(m.group(1)):
        return None  # `Theatrical Release: Warner`: a company, but not the disc's
    return m.group(2) if is_company(m.group(2)) else None


_LABELLED = re.compile(r"^([^\W\d_][^:|]{0,38}?)\s?:\s*(.+)$")


@lru_cache(maxsize=1)
def _elsewhere() -> re.Pattern:
    return regex(rf"(?i)(?<!\w)(?:{alternation('label_elsewhere')})(?!\w)")


def label_opening_line(text: str, titles: list[str]) -> str | None:
    """A company opening a line of specs or a date, before a bracket or a separator (`Madman (Australia).
    Region 4, PAL`, `Warner Bros. - May 31, 2005`); not a title's line (`Fox (1975)` may be a film).

    >>> label_opening_line("Harbour Lights\\nRoadshow Entertainment . R4 . PAL", ["Harbour Lights"])
    'Roadshow Entertainment'
    """
    for line in text.split("\n"):
        found = company_at_start(line.strip())
        if found and _LINE_START.match(line.strip()[len(found):]) \
                and not any(line.strip().startswith(title) for title in titles):
            return found
    return None


def label_in_prose(text: str) -> str | None:
    """The first company `text` names beside a word that says it put out the disc, else None.

    >>> label_in_prose("A new disc from Artificial Eye, out in May"), label_in_prose("The Criterion Collection presents")
    ('Artificial Eye', 'The Criterion Collection')
    >>> label_in_prose("Shot at the Universal lot in 1962, the film …") is None
    True
    >>> label_in_prose("I ordered “Harbour Lights - Second Run” last week.")
    'Second Run'

    """
    before, after, weak, rival = _cues()
    weakly = None
    for start, end in company_spans(text):
        name, ahead = text[start:end], text[max(0, start - _REACH):start]
        if name[0].islower() or rival.search(ahead):
            continue
        if before.search(ahead) or after.match(text, end) or (
                _PRODUCT_BEFORE.search(ahead) and _PRODUCT_AFTER.match(text, end)):
            return name
        weakly = weakly or (name if weak.match(text, end) else None)
    return weakly
