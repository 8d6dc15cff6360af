"""The label a block names where no `Label:` line does, from the companies the reader knows
(`grammars/words/companies.toml`, `dvdtrack.reading.grammar.companies`).

Where a release's lines named no label, it is, in this order: a line or table cell that is a company's
name alone (`Madman Entertainment`; of a studio's line beside a distributor's, the distributor's), a
banner (`The Criterion Collection presents`), a company named in prose beside words that say it put out
the disc (`DVD by X`, `X's Region 2 DVD`, `X has set … for release`: `label_cues_*` in
`grammars/words/vocab.toml`). A company named in prose without such words (a studio, another film's
label) is not the disc's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.grammar.companies import company_pattern, distributor_first, is_company
from dvdtrack.reading.grammar.words import alternation
from dvdtrack.reading.release import ReleaseSpec

_YEAR_AFTER = re.compile(r"\s*\((?:19|20)\d\d\)$")



@lru_cache(maxsize=1)
def _cued() -> re.Pattern:
    """A company after a cue (`released by X`) or before one (`X's Region 2 DVD`); group 1 or 2 is its name."""
    company = company_pattern()
    return re.compile(rf"(?i)(?<!\w)(?:{alternation('label_cues_before')})\s+({company})"
                      rf"|({company})\s*(?:{alternation('label_cues_after')})(?!\w)")


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
    if spec.label:
        spec.label = _YEAR_AFTER.sub("", spec.label) or spec.label
        return
    bare = distributor_first([line for line in spec.unparsed if is_company(line)])
    if bare:
        spec.label = _YEAR_AFTER.sub("", bare[0].strip(" \t|"))
        spec.unparsed = [line for line in spec.unparsed if line != bare[0]]
        return
    spec.label = label_in_prose(spec.raw)


def label_in_prose(text: str) -> str | None:
    """The first company `text` names beside a word that says it put out the disc, else None.

    >>> label_in_prose("A new disc from Artificial Eye, out in May"), label_in_prose("The Criterion Collection presents")
    ('Artificial Eye', 'The Criterion Collection')
    >>> label_in_prose("Shot at the Universal lot in 1962, the film …") is None
    True
    """
    for found in _cued().finditer(text):
        name = found.group(1) or found.group(2)
        if not name[0].islower():
            return name
    return None
