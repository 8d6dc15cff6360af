"""Saving curated film lists: list metadata, entries with their own description and fact, films."""

from __future__ import annotations

from sqlmodel import Session, select

from dvdtrack.importers import EntryData, FilmListData
from dvdtrack.importers.feed import poster_title
from dvdtrack.store.films import FilmInfo, upsert_film
from dvdtrack.store.models import FilmList, ListEntry, Source


def save_list(session: Session, data: FilmListData, source: Source) -> tuple[int, int]:
    """Store a list and its entries; returns (films created, entries matched to existing films).

    A list is identified by its title, so the same list read from a feed and from a copied page
    is one list with entries from two sources. Entries already stored from this source are skipped.
    """
    film_list = _get_list(session, data)
    new = matched = 0
    for entry in data.entries:
        if _entry_exists(session, film_list, source, entry):
            continue
        film, created = upsert_film(session, entry_info(entry), source, f"{data.title} #{entry.position}")
        session.add(ListEntry(list_id=film_list.id, film_id=film.id, source_id=source.id, position=entry.position,
                              title=entry.title, year=entry.year, description=entry.description,
                              fact=entry.fact, availability=entry.availability))
        new += created
        matched += not created
    return new, matched


def entry_info(entry: EntryData) -> FilmInfo:
    """What a list entry says about its film; list-specific texts are kept as sourced facts."""
    facts = {"description": entry.description, "fact": entry.fact, "trailer": entry.trailer,
             "poster": entry.poster, "availability": entry.availability}
    original = poster_title(entry.poster)
    if original:
        facts["poster_title"] = original[0]
    return FilmInfo(titles=[entry.title], year=entry.year, imdb_id=entry.imdb_id, rating=entry.rating,
                    directors=entry.directors, cast=entry.cast,
                    facts={k: v for k, v in facts.items() if v})


def _get_list(session: Session, data: FilmListData) -> FilmList:
    film_list = session.exec(select(FilmList).where(FilmList.title == data.title)).first()
    if film_list is None:
        film_list = FilmList(title=data.title)
    for name in ("author", "published", "link", "intro"):
        if getattr(film_list, name) is None and getattr(data, name):
            setattr(film_list, name, getattr(data, name))
    session.add(film_list)
    session.flush()
    return film_list


def _entry_exists(session: Session, film_list: FilmList, source: Source, entry: EntryData) -> bool:
    return session.exec(select(ListEntry.id).where(
        ListEntry.list_id == film_list.id, ListEntry.source_id == source.id,
        ListEntry.position == entry.position)).first() is not None
