"""One film, read through `store.reader` (SQL written once for both engines, no ORM on SQLite): a
film named by id or any of its titles, and everything known about it (`dvdtrack film`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from dvdtrack.errors import NotFound, UsageError
from dvdtrack.queries.listing import checked_id, film_row
from dvdtrack.queries.title_search import title_search
from dvdtrack.store.reader import Reader
from dvdtrack.store.shapes import release_json, titled
from dvdtrack.store.titles import title_key

SINGLE_VALUED = ("title", "year", "imdb_id", "rating")
_FILM = "SELECT id, title, year, imdb_id, rating FROM film WHERE id = :film"
_TITLED = """SELECT DISTINCT film.id, film.title, film.year FROM film JOIN filmtitle ON filmtitle.film_id = film.id
WHERE filmtitle."key" = :key ORDER BY film.id"""
_WORDS = "SELECT id, title, year FROM film WHERE id IN ({search}) ORDER BY id"
_FACTS = """SELECT filmfact.field, filmfact.value, source.name, filmfact.entry FROM filmfact
JOIN source ON source.id = filmfact.source_id WHERE filmfact.film_id = :film ORDER BY filmfact.field, filmfact.id"""
_TITLES = "SELECT title, script FROM filmtitle WHERE film_id = :film ORDER BY id"
_PEOPLE = """SELECT person.name FROM person JOIN credit ON person.id = credit.person_id
WHERE credit.film_id = :film AND credit.role = :role ORDER BY credit.position, credit.id"""
_LISTS = """SELECT filmlist.title, source.name, listentry.position, listentry.title, listentry.year,
       listentry.description, listentry.fact
FROM listentry JOIN filmlist ON filmlist.id = listentry.list_id JOIN source ON source.id = listentry.source_id
WHERE listentry.film_id = :film ORDER BY {title}, listentry.id"""
_EDITIONS = """SELECT release.id, release.film_id, film.title, release.spec_json FROM release
JOIN film ON film.id = release.film_id WHERE release.film_id = :film ORDER BY release.id"""
_KEYS = 'SELECT "key", title FROM filmtitle ORDER BY {key}, {title}'


def film_id_of(reader: Reader, ref: str) -> int:
    """The id of the film named by id or by any of its titles (any script); else of the one film whose
    titles hold every word of `ref`, as `films` finds them (`cranes flying`); NotFound suggests close titles."""
    if re.fullmatch(r"[0-9]+", ref.strip()):
        film_id = checked_id(int(ref), "film id")
        if not reader.rows(_FILM, {"film": film_id}):
            raise NotFound(f"no film with id {film_id}")
        return film_id
    films = reader.rows(_TITLED, {"key": title_key(ref)})
    if not films and title_key(ref).strip():
        search, params = title_search(ref)
        films = reader.rows(_WORDS.format(search=search), params)
    if len(films) == 1:
        return films[0][0]
    if films:
        more = f"; and {len(films) - _NAMED} more" if len(films) > _NAMED else ""
        raise UsageError(f"{ref!r} names several films: " + "; ".join(
            f"#{i} {titled(t, y)}" for i, t, y in films[:_NAMED]) + more + "; give a film id")
    raise NotFound(f"no film titled {ref!r}" + _suggestions(reader, ref))


_NAMED = 5  # films a refusal names when a title names several


def _suggestions(reader: Reader, ref: str) -> str:
    """Close titles, the same on every run: keys in code-point order, each shown by its first title so ordered."""
    from dvdtrack.normalise.closest import closest

    titles: dict[str, str] = {}
    for key, title in reader.rows(_KEYS.format(key=reader.bytewise('"key"'), title=reader.bytewise("title"))):
        titles.setdefault(key, title)
    keys = list(titles)
    close = closest(title_key(ref), keys, limit=3, cutoff=60)
    return "; did you mean: " + ", ".join(titles[keys[i]] for i in close) if close else ""


def film_detail(reader: Reader, film_id: int) -> dict:
    """Everything known about a film, with the source of each fact and conflicting values."""
    by_field: dict[str, list[dict]] = defaultdict(list)
    for field, value, source, entry in reader.rows(_FACTS, {"film": film_id}):
        by_field[field].append({"value": value, "source": source, "entry": entry})
    editions = [release_json(*row) for row in reader.rows(_EDITIONS, {"film": film_id})]
    return {
        **film_row(*reader.rows(_FILM, {"film": film_id})[0], len(editions)),
        "titles": [{"title": t, "script": s} for t, s in reader.rows(_TITLES, {"film": film_id})],
        "years": sorted({int(f["value"]) for f in by_field.get("year", [])}),
        "directors": _people(reader, film_id, "director"), "cast": _people(reader, film_id, "cast"),
        "lists": _lists(reader, film_id),
        "conflicts": {name: by_field[name] for name in SINGLE_VALUED + ("fact",) if _disagree(by_field.get(name, []))},
        "facts": dict(by_field),
        "editions": editions,
    }


def _disagree(facts: list[dict]) -> bool:
    return len({title_key(f["value"]) for f in facts}) > 1


def _people(reader: Reader, film_id: int, role: str) -> list[str]:
    return [name for (name,) in reader.rows(_PEOPLE, {"film": film_id, "role": role})]


def _lists(reader: Reader, film_id: int) -> list[dict]:
    rows = reader.rows(_LISTS.format(title=reader.bytewise("filmlist.title")), {"film": film_id})
    return [{"list": title, "source": source, "position": position, "title_as_listed": listed,
             "year_as_listed": year, "description": description, "fact": fact}
            for title, source, position, listed, year, description, fact in rows]
