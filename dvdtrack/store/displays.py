"""A film's displayed title, year, IMDb id and rating, chosen from its sourced facts by one rule, so
that import order never matters: each field shows the value given by the most source entries; ties
go to the smallest value (for titles: the smallest folded key, written as most sources write it).
SQL text only (`store.sql`): `add` refreshes displays on a plain `sqlite3` connection."""

from __future__ import annotations

from collections import Counter

from dvdtrack.store.film_info import UNTITLED
from dvdtrack.store.sql import Sql
from dvdtrack.store.titles import title_key

DISPLAYED = ("title", "year", "imdb_id", "rating")


def refresh_displays(sql: Sql, film_ids: set[int]) -> None:
    """Recompute the displayed values of films from their facts (the rule: module docstring); the
    rows changed are noted in the journal first, every column, as the ORM's are."""
    if not film_ids:
        return
    values: dict[int, dict[str, list[str]]] = {f: {} for f in film_ids}
    for film_id, name, value in sql.rows("SELECT film_id, field, value FROM filmfact "
                                         "WHERE film_id IN :films AND field IN :fields",
                                         {"films": film_ids, "fields": DISPLAYED}):
        values[film_id].setdefault(name, []).append(value)
    current = {row["id"]: row for row in sql.json_rows("film", "id IN :films", {"films": film_ids})}
    changed = {}
    for film_id, facts in values.items():
        changes = {"year": _int(choose(facts.get("year", []))), "imdb_id": choose(facts.get("imdb_id", [])),
                   "rating": _float(choose(facts.get("rating", [])))}
        title = choose_title(facts.get("title", []))
        changes.update({"title": title} if title else {})
        if film_id in current and any(current[film_id][k] != v for k, v in changes.items()):
            changed[film_id] = changes
    if not changed:
        return
    sql.journal.note_rows("film", "update", [current[f] for f in sorted(changed)])
    for film_id, changes in changed.items():
        assignments = ", ".join(f"{name} = :{name}" for name in changes)
        sql.execute(f"UPDATE film SET {assignments} WHERE id = :id", {**changes, "id": film_id})


def choose(values: list[str]) -> str | None:
    """Most frequent value; ties go to the smallest, so the choice never depends on order.

    >>> choose(["1960", "1959", "1960", "1959"]), choose([])
    ('1959', None)
    """
    if not values:
        return None
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def choose_title(titles: list[str]) -> str | None:
    """Most frequent title by folded key, written the way most sources write it; the placeholder of
    an untitled block only when no source names the film.

    >>> choose_title(["Untitled release", "Zerkalo"]), choose_title(["Untitled release"])
    ('Zerkalo', 'Untitled release')
    """
    titles = [t for t in titles if t != UNTITLED] or titles
    if not titles:
        return None
    key = choose([title_key(t) for t in titles])
    return choose([t for t in titles if title_key(t) == key])


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _float(value: str | None) -> float | None:
    return float(value) if value is not None else None
