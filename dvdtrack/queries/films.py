"""Film queries on an ORM session: resolve a film named by id or any title, film details (both
through `queries.film_view`'s SQL), the curated lists.

Listing films and title search are in `queries.listing` and `queries.title_search` (their SQL runs
without the ORM); their names are also here.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from dvdtrack.queries.film_view import SINGLE_VALUED, film_id_of  # noqa: F401
from dvdtrack.queries.film_view import film_detail as _film_detail
from dvdtrack.queries.listing import MAX_ID, checked_id, film_row, list_films, parse_year_range  # noqa: F401
from dvdtrack.queries.title_search import folded_in_sql, search_fold, title_search, untouched_runs  # noqa: F401
from dvdtrack.store.collation import bytewise
from dvdtrack.store.models import Film, FilmList, ListEntry
from dvdtrack.store.reader import Reader


def resolve_film(session: Session, ref: str) -> Film:
    """A film by id or by any of its titles (any script); NotFound suggests close titles."""
    return session.get(Film, film_id_of(Reader.of_alchemy(session), ref))


def film_detail(session: Session, film: Film) -> dict:
    """Everything known about a film, with the source of each fact and conflicting values
    (`queries.film_view`, read through the session's connection)."""
    return _film_detail(Reader.of_alchemy(session), film.id)


def list_lists(session: Session) -> list[dict]:
    """Curated lists with their number of distinct films."""
    rows = session.exec(select(FilmList, func.count(func.distinct(ListEntry.film_id))).join(ListEntry, isouter=True)
                        .group_by(FilmList.id).order_by(bytewise(FilmList.title))).all()
    return [{"id": l.id, "title": l.title, "author": l.author, "published": l.published, "link": l.link,
             "entries": n} for l, n in rows]
