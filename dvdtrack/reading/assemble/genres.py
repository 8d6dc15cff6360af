"""A film's genres named with no label: a line no rule read that is known genres alone (a catalogue's
`Документальный фильм` between its specs), or the first cell of such a line of cells (a shop's
`Komödie, FSK 6, Laufzeit ca. 100 Min., Australien 2000.`). The block's first line is its title's.

>>> spec = ReleaseSpec(raw="Summer Town\\nKomödie, FSK 6, ca. 90 Min.", unparsed=["Summer Town", "Komödie, FSK 6, ca. 90 Min."])
>>> genres_named(spec); spec.genres
['Komödie']
>>> spec = ReleaseSpec(raw="Western\\nRegion 2", unparsed=["Western"])
>>> genres_named(spec); spec.genres
[]
"""

from __future__ import annotations

import re

from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.types import genre_words
from dvdtrack.reading.release import ReleaseSpec

_GENRES = regex(genre_words.pattern)
_CELLS = re.compile(r"\s*(?:,|\s[|•·]\s|\s[-–—]\s)\s*")


def genres_named(spec: ReleaseSpec) -> None:
    """The genres of the first unread line that names them alone, or in its first cell, where no
    line of the release names any."""
    if spec.genres:
        return
    first = spec.raw.lstrip().partition("\n")[0].strip()
    for line in spec.unparsed:
        if line.strip() == first:
            continue
        cell = _CELLS.split(line.strip().rstrip(" .|"), maxsplit=1)[0]
        if _GENRES.fullmatch(cell):
            spec.genres = genre_words(cell)
            return
