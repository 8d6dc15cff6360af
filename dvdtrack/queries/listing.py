"""What the listing commands read, in SQL written once for both engines and run by `store.reader`
(`sqlite3` on a SQLite file, so `films` and `show` load no ORM): the films, filtered by title, list
and year, and one release; the checks of the ids and years they are given.
"""

from __future__ import annotations

import re

from dvdtrack.errors import NotFound, UsageError
from dvdtrack.queries.title_search import title_search
from dvdtrack.store.reader import Reader
from dvdtrack.store.shapes import release_json

MAX_ID = 2**63 - 1  # ids and counts are 64-bit signed integers on both engines
_FILMS = """SELECT film.id, film.title, film.year, film.imdb_id, film.rating,
       (SELECT count(*) FROM release WHERE release.film_id = film.id) AS releases
FROM film WHERE {where} ORDER BY {title}, film.id"""
_IN_LISTS = """film.id IN (SELECT listentry.film_id FROM listentry WHERE listentry.list_id IN
    (SELECT filmlist.id FROM filmlist WHERE lower(filmlist.title) LIKE '%' || :list || '%'))"""
_RELEASE = """SELECT release.id, release.film_id, film.title, release.spec_json
FROM release JOIN film ON film.id = release.film_id WHERE release.id = :id"""


def checked_id(value: int, what: str, low: int = 1) -> int:
    """`value` when it fits a database integer (and is at least `low`); else a one-line UsageError.

    >>> checked_id(7, "release id")
    7
    >>> checked_id(10**20, "release id")
    Traceback (most recent call last):
    dvdtrack.errors.UsageError: release id 100000000000000000000 is out of range (1 to 9223372036854775807)
    """
    if not low <= value <= MAX_ID:
        raise UsageError(f"{what} {value} is out of range ({low} to {MAX_ID})")
    return value


def parse_year_range(text: str | None) -> tuple[int, int] | None:
    """`1950..1960` → (1950, 1960); `1957` → (1957, 1957); `1950..` → open end.

    >>> parse_year_range("1950..1960"), parse_year_range("1957"), parse_year_range("..1960")
    ((1950, 1960), (1957, 1957), (0, 1960))
    """
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{4})?\s*(?:(\.\.|-)\s*(\d{4})?)?\s*", text)
    if not m or not (m.group(1) or m.group(3)):
        raise UsageError(f"not a year or year range: {text!r} (use 1957 or 1950..1960)")
    low = int(m.group(1)) if m.group(1) else 0
    high = int(m.group(3)) if m.group(3) else (9999 if m.group(2) else low)
    return low, high


def list_films(reader: Reader, text: str | None = None, list_name: str | None = None,
               years: tuple[int, int] | None = None) -> list[dict]:
    """Films matching a title fragment (any script), a list name and a year range, by title with case and
    accents ignored (`Reader.titlewise`); each with its number of releases (counted from the film_id
    index: no ids bound as parameters).

    >>> import sqlite3
    >>> db = sqlite3.connect(":memory:")
    >>> _ = db.executescript("CREATE TABLE film (id, title, year, imdb_id, rating); CREATE TABLE release "
    ...     "(id, film_id); INSERT INTO film VALUES (1, 'Été', 1950, NULL, NULL), (2, 'Zoo', NULL, NULL, 7.5), "
    ...     "(3, 'EXIT', NULL, NULL, NULL); INSERT INTO release VALUES (1, 2), (2, 2)")
    >>> [(f["title"], f["releases"]) for f in list_films(Reader.of_sqlite(db))]
    [('Été', 0), ('EXIT', 0), ('Zoo', 2)]
    """
    where, params = [], {}
    if text:
        search, params = title_search(text)
        where.append(f"film.id IN ({search})")
    if list_name:
        where.append(_IN_LISTS)
        params["list"] = list_name.lower()
    if years:
        where.append("film.year >= :low AND film.year <= :high")
        params |= {"low": years[0], "high": years[1]}
    sql = _FILMS.format(where=" AND ".join(where) or "1 = 1", title=reader.titlewise("film.title"))
    return [film_row(*row) for row in reader.rows(sql, params)]


def film_row(film_id: int, title: str, year: int | None, imdb_id: str | None, rating: float | None,
             releases: int) -> dict:
    """A film as the listings show it."""
    return {"id": film_id, "title": title, "year": year, "imdb_id": imdb_id, "rating": rating, "releases": releases}


def release_view(reader: Reader, release_id: int) -> dict:
    """The JSON shape of one stored release (`store.shapes.release_json`), or NotFound."""
    rows = reader.rows(_RELEASE, {"id": release_id})
    if not rows:
        raise NotFound(f"no release with id {release_id}")
    return release_json(*rows[0])
