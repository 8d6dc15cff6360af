"""Film records: match a source's film to an existing one, record its sourced facts, merge films.

Identity is decided by `store.matching` (shared with bulk writing): the same IMDb id is the
same film and two different ids are never merged; otherwise titles must agree strongly
(`store.titles`) and years lie within ±1.

Display values are chosen by one documented rule (`store.displays`).
"""

from __future__ import annotations

from sqlmodel import Session, col, delete, select, update

from dvdtrack.errors import NotFound, UsageError
from dvdtrack.store.displays import refresh_displays
from dvdtrack.store.film_info import FilmInfo, film_facts
from dvdtrack.store.history import record
from dvdtrack.store.matching import FilmMatcher
from dvdtrack.store.models import Credit, Film, FilmFact, FilmTitle, ListEntry, Person, Release, Source
from dvdtrack.store.sql import Sql
from dvdtrack.store.titles import script_of, title_key


def get_source(session: Session, kind: str, name: str) -> Source:
    """The source row for a file or list, created on first use."""
    source = session.exec(select(Source).where(Source.name == name)).first()
    if source is None:
        source = Source(kind=kind, name=name)
        session.add(source)
        session.flush()
    return source


def match_film(session: Session, info: FilmInfo) -> Film | None:
    """The existing film this entry describes, or None (the rule: `store.matching`)."""
    session.flush()
    conn, matcher = Sql.of(session.connection()), FilmMatcher()
    matcher.refresh(conn)
    film_id = matcher.match(conn, info.titles, info.year, info.imdb_id)
    return session.get(Film, film_id) if film_id is not None else None


def upsert_film(session: Session, info: FilmInfo, source: Source, entry: str) -> tuple[Film, bool]:
    """Match or create the film, then record everything the entry says about it."""
    film = match_film(session, info)
    created = film is None
    if created:
        film = Film(title=info.titles[0], year=info.year)
        session.add(film)
        session.flush()
    record_info(session, film, info, source, entry)
    refresh_display(session, film)
    return film, created


def record_info(session: Session, film: Film, info: FilmInfo, source: Source, entry: str) -> None:
    """Add titles, facts and credits of one entry (existing identical facts are not repeated)."""
    add_titles(session, film, info.titles)
    add_facts(session, film, film_facts(info), source, entry)
    add_credits(session, film, "director", info.directors)
    add_credits(session, film, "cast", info.cast)


def add_titles(session: Session, film: Film, titles: list[str]) -> None:
    """Record titles the film is known by (once each)."""
    # Titles differing only in case are one title: the first spelling stored is kept.
    known = {t.casefold() for t in session.exec(select(FilmTitle.title).where(FilmTitle.film_id == film.id))}
    for title in dict.fromkeys(titles):
        if title.casefold() not in known:
            known.add(title.casefold())
            session.add(FilmTitle(film_id=film.id, title=title, key=title_key(title), script=script_of(title)))


def add_facts(session: Session, film: Film, facts: list[tuple[str, str]], source: Source, entry: str) -> None:
    """Record sourced facts, each unless this very fact from this entry is already there (one query
    for the entry's facts: a query each made importing a list of films a query per fact)."""
    if not facts:
        return
    known = set(session.exec(select(FilmFact.field, FilmFact.value).where(
        FilmFact.film_id == film.id, FilmFact.source_id == source.id, FilmFact.entry == entry)).all())
    for name, value in facts:
        if (name, value) not in known:
            known.add((name, value))
            session.add(FilmFact(film_id=film.id, field=name, value=value, source_id=source.id, entry=entry))


def add_credits(session: Session, film: Film, role: str, names: list[str]) -> None:
    """Link people to the film in a role, keeping the order of first mention (the people and the film's
    credits in the role looked up once, not once a name)."""
    names = list(dict.fromkeys(names))
    if not names:
        return
    people = dict(session.exec(select(Person.name, Person.id).where(col(Person.name).in_(names))).all())
    new = [Person(name=name) for name in names if name not in people]
    if new:
        session.add_all(new)
        session.flush()
        people.update((person.name, person.id) for person in new)
    credited = set(session.exec(select(Credit.person_id).where(Credit.film_id == film.id, Credit.role == role)).all())
    for position, name in enumerate(names):
        if people[name] not in credited:
            credited.add(people[name])
            session.add(Credit(film_id=film.id, person_id=people[name], role=role, position=position))


def refresh_display(session: Session, film: Film) -> None:
    """Recompute the displayed title, year, IMDb id and rating of one film from its facts."""
    session.flush()
    refresh_displays(Sql.of(session.connection()), {film.id})
    session.expire(film)


def merge_problems(keep: Film, drop: Film) -> list[str]:
    """Why two films look like different films (`film merge` refuses them without --force).

    >>> merge_problems(Film(id=1, title="A", year=1957, imdb_id="tt1"), Film(id=2, title="A", year=1962, imdb_id="tt2"))
    ['their IMDb ids differ (tt1, tt2)', 'their years are 5 apart (1957, 1962)']
    >>> merge_problems(Film(id=1, title="A", year=1957), Film(id=2, title="A", year=1958, imdb_id="tt2"))
    []
    """
    problems = []
    if keep.imdb_id and drop.imdb_id and keep.imdb_id != drop.imdb_id:
        problems.append(f"their IMDb ids differ ({keep.imdb_id}, {drop.imdb_id})")
    if keep.year and drop.year and abs(keep.year - drop.year) > 1:
        problems.append(f"their years are {abs(keep.year - drop.year)} apart ({keep.year}, {drop.year})")
    return problems


def check_merge(keep: Film, drop: Film, force: bool) -> None:
    """Refuse (UsageError) to merge a film with itself, or two films that look different unless `force`."""
    if keep.id == drop.id:
        raise UsageError("cannot merge a film with itself")
    problems = merge_problems(keep, drop)
    if problems and not force:
        raise UsageError(f"films #{keep.id} and #{drop.id} look like different films: {'; '.join(problems)}; "
                         "give --force to merge them anyway")


def merge_films(session: Session, keep_id: int, drop_id: int, force: bool = False) -> Film:
    """Move everything of film `drop_id` onto film `keep_id` and delete the former; two films
    that look different (`merge_problems`) only with `force`."""
    keep, drop = get_film_by_id(session, keep_id), get_film_by_id(session, drop_id)
    check_merge(keep, drop, force)
    record.describe(session, f"merged film #{drop.id} {drop.title} into #{keep.id} {keep.title}")
    add_titles(session, keep, [t.title for t in session.exec(select(FilmTitle).where(FilmTitle.film_id == drop.id))])
    session.execute(delete(FilmTitle).where(FilmTitle.film_id == drop.id))
    for table in (FilmFact, ListEntry, Release):
        session.execute(update(table).where(table.film_id == drop.id).values(film_id=keep.id))
    _move_credits(session, keep, drop)
    session.flush()
    session.delete(drop)
    refresh_display(session, keep)
    return keep


def _move_credits(session: Session, keep: Film, drop: Film) -> None:
    for credit in session.exec(select(Credit).where(Credit.film_id == drop.id)).all():
        person = session.get(Person, credit.person_id)
        add_credits(session, keep, credit.role, [person.name])
        session.delete(credit)


def get_film_by_id(session: Session, film_id: int) -> Film:
    """The film with this id, or NotFound."""
    film = session.get(Film, film_id)
    if film is None:
        raise NotFound(f"no film with id {film_id}")
    return film
