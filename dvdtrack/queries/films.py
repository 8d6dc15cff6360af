"""Film queries: list and filter films, resolve a film named by id or any title, film details.

A title search finds films a title of which holds every word searched for, in any order and any
script, the spellings of transliterations folded (`grammars/words/transliteration.toml`):

>>> search_fold(title_key("Андрей Рублёв")) == search_fold(title_key("Andrei Rublev")) == search_fold("andrey rublyov")
True
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from functools import lru_cache

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from dvdtrack.errors import NotFound, UsageError
from dvdtrack.normalise.closest import closest
from dvdtrack.reading.grammar.files import data_file
from dvdtrack.store.collation import bytewise
from dvdtrack.store.films import get_film_by_id
from dvdtrack.store.models import (
    Credit, Film, FilmFact, FilmList, FilmTitle, ListEntry, Person, Release, Source,
)
from dvdtrack.store.releases import release_dict
from dvdtrack.store.titles import title_key

SINGLE_VALUED = ("title", "year", "imdb_id", "rating")
MAX_ID = 2**63 - 1  # ids and counts are 64-bit signed integers on both engines


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


def list_films(session: Session, text: str | None = None, list_name: str | None = None,
               years: tuple[int, int] | None = None) -> list[dict]:
    """Films matching a title fragment (any script), a list name and a year range."""
    # plain rows, not Film objects: at 50,000 films building ORM objects costs more than the query;
    # each film's releases counted from the film_id index (no list of ids bound as parameters)
    releases = select(func.count()).where(Release.film_id == Film.id).scalar_subquery()
    query = (select(Film.id, Film.title, Film.year, Film.imdb_id, Film.rating, releases.label("releases"))
             .order_by(bytewise(Film.title), Film.id))
    if text:
        query = query.where(col(Film.id).in_(title_search(text)))
    if list_name:
        lists = select(FilmList.id).where(func.lower(FilmList.title).contains(list_name.lower()))
        query = query.where(col(Film.id).in_(select(ListEntry.film_id).where(col(ListEntry.list_id).in_(lists))))
    if years:
        query = query.where(Film.year >= years[0], Film.year <= years[1])
    return [_film_row(f, f.releases) for f in session.exec(query).all()]


def title_search(text: str):
    """The ids of films a title of which holds every word of `text` (`cranes flying` finds `The Cranes
    Are Flying`): each word as written or with its transliteration folded (`search_fold`), both in
    the word and in the title's key. A key is folded only when it holds, in order, the word's runs of
    letters no fold writes (`andr` of `andrei`): folding every key would cost ten times the search."""
    words = sorted(title_key(text).split(), key=lambda word: -len("".join(untouched_runs(search_fold(word)))))
    return select(FilmTitle.film_id).where(*[or_(col(FilmTitle.key).contains(word), _folded_contains(word))
                                             for word in words])  # the words that rule out most keys asked first


@lru_cache(maxsize=1)
def _folds() -> tuple[tuple[str, str], ...]:
    data = tomllib.loads(data_file("words/transliteration.toml").read_text(encoding="utf-8"))
    return tuple((old, new) for old, new in data["folds"])


def search_fold(key: str) -> str:
    """A title key with the spellings of transliterations folded, as searching compares them.

    >>> search_fold("tarkovskiy"), search_fold("mikhail"), search_fold("aleksey"), search_fold("pyotr")
    ('tarkovski', 'mihail', 'aleksei', 'petr')
    """
    for old, new in _folds():
        key = key.replace(old, new)
    return key


def untouched_runs(word: str) -> list[str]:
    """The runs of a folded word's letters that no fold writes: a key whose fold holds the word holds
    them as they are, whole and in order (what no fold writes was never rewritten, and no fold deletes).

    >>> untouched_runs(search_fold("andrei")), untouched_runs(search_fold("rublyov")), untouched_runs("tokio")
    (['andr'], ['rubl', 'v'], ['to', 'o'])
    """
    written = "".join(sorted({c for _, new in _folds() for c in new}))
    return re.findall(f"[^{re.escape(written)}]+", word)


def folded_in_sql(column):
    """`search_fold` in SQL: `replace` works alike on both engines (every occurrence, left to right)."""
    for old, new in _folds():
        column = func.replace(column, old, new)
    return column


def _folded_contains(word: str):
    """The key, folded, holds the word, folded; asked only of keys that hold the word's untouched runs
    (a key, and so a word of one, holds only lower-case letters, digits and spaces: nothing LIKE reads)."""
    folded = search_fold(word)
    skeleton = "%" + "%".join(untouched_runs(folded)) + "%"
    return and_(col(FilmTitle.key).like(skeleton), folded_in_sql(FilmTitle.key).contains(folded))


def _film_row(film: Film, releases: int) -> dict:
    return {"id": film.id, "title": film.title, "year": film.year, "imdb_id": film.imdb_id,
            "rating": film.rating, "releases": releases}


def resolve_film(session: Session, ref: str) -> Film:
    """A film by id or by any of its titles (any script); else the one film whose titles hold every
    word of `ref`, as `films` finds them (`cranes flying`); NotFound suggests close titles."""
    if re.fullmatch(r"[0-9]+", ref.strip()):
        return get_film_by_id(session, checked_id(int(ref), "film id"))
    ids = sorted(set(session.exec(select(FilmTitle.film_id).where(FilmTitle.key == title_key(ref))).all()))
    if not ids and title_key(ref).strip():
        ids = sorted(set(session.exec(title_search(ref)).all()))
    if len(ids) == 1:
        return session.get(Film, ids[0])
    if len(ids) > 1:
        films = [session.get(Film, i) for i in ids[:_NAMED]]
        more = f"; and {len(ids) - _NAMED} more" if len(ids) > _NAMED else ""
        raise UsageError(f"{ref!r} names several films: " + "; ".join(
            f"#{f.id} {f.title}" + (f" ({f.year})" if f.year else "") for f in films) + more + "; give a film id")
    raise NotFound(f"no film titled {ref!r}" + _suggestions(session, ref))


_NAMED = 5  # films a refusal names when a title names several


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
        **_film_row(film, len(editions)),
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
