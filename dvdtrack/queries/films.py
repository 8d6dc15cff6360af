"""Film queries: resolve a film named by id or any title, film details, the curated lists.

Listing films and title search are in `queries.listing` and `queries.title_search` (their SQL runs
without the ORM); their names are also here.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import func
from sqlmodel import Session, select

from dvdtrack.errors import NotFound, UsageError
from dvdtrack.normalise.closest import closest
from dvdtrack.queries.listing import MAX_ID, checked_id, film_row, list_films, parse_year_range  # noqa: F401
from dvdtrack.queries.title_search import folded_in_sql, search_fold, title_search, untouched_runs  # noqa: F401
from dvdtrack.store.collation import bytewise
from dvdtrack.store.films import get_film_by_id
from dvdtrack.store.models import (
    Credit, Film, FilmFact, FilmList, FilmTitle, ListEntry, Person, Release, Source,
)
from dvdtrack.store.releases import release_dict
from dvdtrack.store.titles import title_key

SINGLE_VALUED = ("title", "year", "imdb_id", "rating")


def resolve_film(session: Session, ref: str) -> Film:
    """A film by id or by any of its titles (any script); NotFound suggests close titles."""
    if re.fullmatch(r"[0-9]+", ref.strip()):
        return get_film_by_id(session, checked_id(int(ref), "film id"))
    ids = sorted(set(session.exec(select(FilmTitle.film_id).where(FilmTitle.key == title_key(ref))).all()))
    if len(ids) == 1:
        return session.get(Film, ids[0])
    if len(ids) > 1:
        films = [session.get(Film, i) for i in ids]
        raise UsageError(f"{ref!r} names several films: " + "; ".join(f"#{f.id} {f.title} ({f.year})" for f in films))
    raise NotFound(f"no film titled {ref!r}" + _suggestions(session, ref))


def _suggestions(session: Session, ref: str) -> str:
    """Close titles, the same on every run: keys in code-point order, each shown by its first title so ordered."""
    titles: dict[str, str] = {}
    for key, title in session.exec(select(FilmTitle.key, FilmTitle.title).order_by(bytewise(FilmTitle.key),
                                                                                   bytewise(FilmTitle.title))):
        titles.setdefault(key, title)
    keys = list(titles)
    close = closest(title_key(ref), keys, limit=3, cutoff=60)
    return "; did you mean: " + ", ".join(titles[keys[i]] for i in close) if close else ""


def film_detail(session: Session, film: Film) -> dict:
    """Everything known about a film, with the source of each fact and conflicting values."""
    facts = session.exec(select(FilmFact, Source.name).join(Source).where(FilmFact.film_id == film.id)
                         .order_by(FilmFact.field, FilmFact.id)).all()
    by_field: dict[str, list[dict]] = defaultdict(list)
    for fact, source in facts:
        by_field[fact.field].append({"value": fact.value, "source": source, "entry": fact.entry})
    editions = _editions(session, film)
    return {
        **film_row(film.id, film.title, film.year, film.imdb_id, film.rating, len(editions)),
        "titles": [{"title": t.title, "script": t.script} for t in
                   session.exec(select(FilmTitle).where(FilmTitle.film_id == film.id).order_by(FilmTitle.id))],
        "years": sorted({int(f["value"]) for f in by_field.get("year", [])}),
        "directors": _people(session, film, "director"), "cast": _people(session, film, "cast"),
        "lists": _lists(session, film),
        "conflicts": {name: by_field[name] for name in SINGLE_VALUED + ("fact",) if _disagree(by_field.get(name, []))},
        "facts": dict(by_field),
        "editions": editions,
    }


def _disagree(facts: list[dict]) -> bool:
    return len({title_key(f["value"]) for f in facts}) > 1


def _people(session: Session, film: Film, role: str) -> list[str]:
    return list(session.exec(select(Person.name).join(Credit).where(Credit.film_id == film.id, Credit.role == role)
                             .order_by(Credit.position, Credit.id)).all())


def _lists(session: Session, film: Film) -> list[dict]:
    rows = session.exec(select(ListEntry, FilmList.title, Source.name).join(FilmList).join(Source)
                        .where(ListEntry.film_id == film.id).order_by(bytewise(FilmList.title), ListEntry.id)).all()
    return [{"list": title, "source": source, "position": e.position, "title_as_listed": e.title,
             "year_as_listed": e.year, "description": e.description, "fact": e.fact} for e, title, source in rows]


def _editions(session: Session, film: Film) -> list[dict]:
    releases = session.exec(select(Release).where(Release.film_id == film.id).order_by(Release.id)).all()
    return [release_dict(r, film) for r in releases]


def list_lists(session: Session) -> list[dict]:
    """Curated lists with their number of distinct films."""
    rows = session.exec(select(FilmList, func.count(func.distinct(ListEntry.film_id))).join(ListEntry, isouter=True)
                        .group_by(FilmList.id).order_by(bytewise(FilmList.title))).all()
    return [{"id": l.id, "title": l.title, "author": l.author, "published": l.published, "link": l.link,
             "entries": n} for l, n in rows]
