"""A curated film list copied as plain page text → FilmListData.

Shape: the list title, a subtitle line and an intro paragraph; then per film a `Title (Year)`
line, `TRAILER`, the title again, `Description: …`, `Fact: …` and an availability line or two.
"""

from __future__ import annotations

from dvdtrack.importers import TITLE_YEAR, EntryData, FilmListData, split_title_year

_TRAILING = {"rate collection", "add a comment"}


def read_text_list(text: str) -> FilmListData:
    """The list and its entries; lines after the last entry's facts are its availability."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    starts = [i for i, l in enumerate(lines) if TITLE_YEAR.match(l) and i + 1 < len(lines) and lines[i + 1] == "TRAILER"]
    head = lines[: starts[0]] if starts else lines
    data = FilmListData(title=head[0] if head else "Untitled list", intro="\n".join(head[2:]) or None)
    bounds = list(zip(starts, starts[1:] + [len(lines)]))
    data.entries = [_entry(n, lines[a:b]) for n, (a, b) in enumerate(bounds, 1)]
    return data


def _entry(position: int, lines: list[str]) -> EntryData:
    title, year = split_title_year(lines[0])
    entry = EntryData(position=position, title=title, year=year)
    rest = []
    for line in lines[2:]:
        label, _, value = line.partition(":")
        if label in ("Description", "Fact"):
            setattr(entry, label.lower(), value.strip())
        elif line != lines[0] and line.lower() not in _TRAILING and not line.endswith("cinemaroo.com"):
            rest.append(line)
    entry.availability = " — ".join(rest) or None
    return entry
