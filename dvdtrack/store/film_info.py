"""What one source entry says about a film, and the sourced facts it gives (no database here)."""

from __future__ import annotations

from dataclasses import dataclass, field

UNTITLED = "Untitled release"  # the title of a release block that names none, and of its film


@dataclass
class FilmInfo:
    """What one source entry says about a film."""

    titles: list[str]
    year: int | None = None
    imdb_id: str | None = None
    rating: float | None = None
    directors: list[str] = field(default_factory=list)
    cast: list[str] = field(default_factory=list)
    genres: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)


def film_facts(info: FilmInfo) -> list[tuple[str, str]]:
    """The sourced facts an entry gives: (field, value) pairs, empty values left out.

    >>> film_facts(FilmInfo(["Летят журавли", "The Cranes Are Flying"], 1957, directors=["M. Kalatozov"]))
    [('title', 'Летят журавли'), ('alt_title', 'The Cranes Are Flying'), ('year', '1957'), ('director', 'M. Kalatozov')]
    """
    facts = [("title", t) for t in info.titles[:1]] + [("alt_title", t) for t in info.titles[1:]]
    facts += [("year", info.year), ("imdb_id", info.imdb_id), ("rating", info.rating)]
    facts += [("director", d) for d in info.directors] + [("cast", c) for c in info.cast]
    facts += [("genre", g) for g in info.genres] + [("country", c) for c in info.countries]
    facts += list(info.facts.items())
    return [(name, str(value)) for name, value in facts if value not in (None, "")]
