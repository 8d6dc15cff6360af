"""Facts a block names anywhere, outside the lines its rules read: a count of discs on a line of its
own, and the one video system, region or IMDb id the whole block names (a title's suffix, a header, a
link), taken only where the block names one and no other.
"""

from __future__ import annotations

import re

from dvdtrack.reading.grammar.discs import tally_line
from dvdtrack.reading.grammar.types import IMDB_ID, SYSTEM_RE, region
from dvdtrack.reading.release import ReleaseSpec

SYSTEM_WORD = re.compile(rf"\b({SYSTEM_RE})\b")
_REGION_WORD = re.compile(r"\bRegion\s?([0-8]|ALL|Free)\b", re.I)
_IMDB_LINK = re.compile(rf"^(?:https?://)?(?:www\.|m\.)?imdb\.\w+/title/{IMDB_ID.pattern}\S*$", re.I)


def discs_named(spec: ReleaseSpec) -> None:
    """A count of discs stated on a line of its own that no rule read (`2 диска:` over the discs' list,
    `2-Disc Special Edition` under a title), where the lines named one disc or none; the line stays
    unread, or the edition's name that holds the count stays as written.

    >>> spec = ReleaseSpec(disc_format="DVD9", disc_count=1, unparsed=["2-Disc Special Edition"])
    >>> discs_named(spec); spec.disc_count, spec.unparsed
    (2, ['2-Disc Special Edition'])
    >>> spec = ReleaseSpec(disc_format="DVD9", edition="Two-Disc Collector's Edition")
    >>> discs_named(spec); spec.disc_count, spec.edition
    (2, "Two-Disc Collector's Edition")
    """
    if spec.disc_count in (None, 1):
        lines = [*spec.unparsed, *([spec.edition] if spec.edition else [])]
        spec.disc_count = next((n for line in lines if (n := tally_line(line))), spec.disc_count)


def system_named(text: str) -> str | None:
    """The one video system a block names anywhere (a title suffix, a region line), else None.

    >>> system_named("Clear Sky (1961) PAL"), system_named("PAL or NTSC?")
    ('PAL', None)
    """
    return _only(set(SYSTEM_WORD.findall(text)))


def imdb_from_links(spec: ReleaseSpec, text: str) -> None:
    """A release naming no IMDb id on a labelled line takes the one its links in `text` (its notes) name;
    a line that is only that link has then been read."""
    if spec.imdb_id is not None:
        return
    spec.imdb_id = imdb_named(text)
    if spec.imdb_id is not None:
        spec.unparsed = [line for line in spec.unparsed if not _IMDB_LINK.match(line)]


def imdb_named(text: str) -> str | None:
    """The one IMDb id a block's links name anywhere (a synopsis ending in a link), else None.

    >>> imdb_named("More: https://www.imdb.com/title/tt0060107/"), imdb_named("tt0060107 or tt0069293?")
    ('tt0060107', None)
    """
    return _only({found.lower() for found in IMDB_ID.findall(text)})


def region_named(text: str) -> str | None:
    """The one region a block names anywhere as `Region N` (a title suffix, a header), else None.

    >>> region_named("Solaris (1972) – Artificial Eye (UK) – Region 2 PAL"), region_named("Region 1 or Region 2")
    ('2', None)
    """
    return _only({region(m) for m in _REGION_WORD.findall(text)})


def _only(found: set[str]) -> str | None:
    """The one value a block names, however often; None when it names none or several."""
    return found.pop() if len(found) == 1 else None
