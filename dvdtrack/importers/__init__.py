"""Importers for film lists: an RSS feed of curated lists and a plain-text list page (text → data)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from dvdtrack.reading.source import dump_header

TITLE_YEAR = re.compile(r"^(?P<title>.+?)\s*\((?P<year>(?:18|19|20)\d\d)\)$")
NOT_A_DUMP = "JSON, but no dvdtrack dump (as `dvdtrack export` writes): not release notes, not read"


@dataclass
class EntryData:
    """One film entry of a curated list, as the list gives it."""

    position: int
    title: str
    year: int | None
    imdb_id: str | None = None
    directors: list[str] = field(default_factory=list)
    cast: list[str] = field(default_factory=list)
    rating: float | None = None
    trailer: str | None = None
    poster: str | None = None
    description: str | None = None
    fact: str | None = None
    availability: str | None = None


@dataclass
class FilmListData:
    """A curated list: its metadata and entries."""

    title: str
    author: str | None = None
    published: str | None = None
    link: str | None = None
    intro: str | None = None
    entries: list[EntryData] = field(default_factory=list)


def split_title_year(text: str) -> tuple[str, int | None]:
    """`The Ascent (1977)` → (`The Ascent`, 1977); no year → (text, None)."""
    m = TITLE_YEAR.match(text.strip())
    return (m.group("title"), int(m.group("year"))) if m else (text.strip(), None)


def detect_kind(text: str) -> str:
    """`dump`, `feed`, `film-list`, `json` or `release-notes`, from the text's shape; a dump by its header
    (`reading.source.dump_header`), not by naming dvdtrack's format somewhere. `json` is a whole text
    that parses as a JSON object or array and is no dump (a page's metadata beside it): never read as
    release notes, whose braces and brackets parse as no JSON.

    >>> detect_kind('{"format": "dvdtrack-dump", "version": 1, "tables": {}}')
    'dump'
    >>> detect_kind('The Film (1957) DVD9 "dvdtrack-dump" {"format": "dvdtrack-dump"}')
    'release-notes'
    >>> detect_kind('{"title": "Solaris", "year": 1972}'), detect_kind('[{"url": "x"}]')
    ('json', 'json')
    >>> detect_kind('{Solaris} (1972)\\nDVD9, PAL'), detect_kind('[DVD] Solaris\\nAudio: Russian [2.0]')
    ('release-notes', 'release-notes')
    """
    head = text[:4096].lstrip()
    if dump_header(head) is not None:
        return "dump"
    if head.lstrip("\ufeff")[:1] in ("{", "[") and _json_document(text):
        return "json"
    if head.startswith("<?xml") or "<rss" in head:
        return "feed"
    lines = [l.strip() for l in text.splitlines()]
    entries = sum(1 for a, b in zip(lines, lines[1:]) if TITLE_YEAR.match(a) and b == "TRAILER")
    return "film-list" if entries >= 2 else "release-notes"


def _json_document(text: str) -> bool:
    """The whole text is one JSON object or array (whitespace and a byte order mark aside)."""
    try:
        return isinstance(json.loads(text.lstrip("\ufeff")), (dict, list))
    except (ValueError, RecursionError):
        return False
