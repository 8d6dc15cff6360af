"""What a release's notes say about its film, kept with the release wherever it goes.

A release block's titles, year, IMDb id and people are recorded on its film as the facts of one
entry (`release <first 12 hex digits of its block hash>`), with the titles and credits they name.
When the release is tied to another film (`release link`) those facts, titles and people go with
it; when it is removed or its notes rewritten they go. A title or credit goes from a film only when
no remaining fact names it, and a film left with no release and no list entry goes too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlmodel import Session

from dvdtrack.errors import UsageError
from dvdtrack.store.cascade import delete_below
from dvdtrack.store.film_info import UNTITLED
from dvdtrack.store.films import add_credits, add_titles, get_film_by_id, refresh_display
from dvdtrack.store.history import record
from dvdtrack.store.models import Credit, Film, FilmFact, FilmTitle, ListEntry, Person, Release
from dvdtrack.store.releases import get_release

TITLES = ("title", "alt_title")
ROLES = ("director", "cast")


def entry_of(release: Release) -> str:
    """The entry of a release's facts on its film (as `ReleaseWriter` records them)."""
    return f"release {release.block_hash[:12]}"


def _its_facts(release: Release):
    return ((FilmFact.film_id == release.film_id) & (FilmFact.entry == entry_of(release))
            & (FilmFact.source_id == release.source_id))


def notes_facts(session: Session, release: Release) -> list[tuple[str, str]]:
    """(field, value) of the facts the release's notes gave its film."""
    return [tuple(row) for row in session.execute(select(FilmFact.field, FilmFact.value).where(_its_facts(release))
                                                  .order_by(FilmFact.id))]


@dataclass
class Linked:
    """What `link_release` did."""

    release: Release
    film: Film
    facts: int  # facts of the notes that went with it
    removed_film: int | None  # the film it left, when nothing else was left on it


def link_release(session: Session, release_id: int, film_id: int) -> Linked:
    """Tie a release to another film, with what its notes say about the film; the film it leaves
    loses the titles and people only those notes named, and goes when it is left empty."""
    release, film = get_release(session, release_id), get_film_by_id(session, film_id)
    old = release.film_id
    if old == film.id:
        raise UsageError(f"release #{release.id} belongs to film #{film.id} already")
    facts = notes_facts(session, release)
    imdb = next((value for name, value in facts if name == "imdb_id"), None)
    if imdb and film.imdb_id not in (None, imdb):
        raise UsageError(f"release #{release.id}'s notes give IMDb id {imdb} and film #{film.id} is {film.imdb_id}: "
                         "they are not the same film")
    session.execute(update(FilmFact).where(_its_facts(release)).values(film_id=film.id))
    add_titles(session, film, [value for name, value in facts if name in TITLES and value != UNTITLED])
    for role in ROLES:
        add_credits(session, film, role, [value for name, value in facts if name == role])
    release.film_id = film.id
    session.add(release)
    session.flush()
    removed = left_behind(session, old, facts)
    if imdb and not removed and session.get(Film, old).imdb_id == imdb:
        raise UsageError(f"film #{old} keeps IMDb id {imdb} from other sources, which release #{release.id}'s "
                         f"notes give too: link it to film #{old}'s film, or merge the films")
    refresh_display(session, film)
    record.describe(session, f"release #{release.id} tied to film #{film.id}"
                    + (f"; film #{old}, left empty, removed" if removed else ""))
    return Linked(release, film, len(facts), old if removed else None)


def take_back(session: Session, release: Release, removing: bool = False) -> int | None:
    """Remove what the release's notes say about its film (and, `removing`, the release with every
    row that refers to it); returns the film's id when that left it empty and it was removed."""
    film_id, facts = release.film_id, drop_notes_facts(session, release)
    if removing:
        delete_below(session, Release, [release.id])
    return film_id if left_behind(session, film_id, facts) else None


def drop_notes_facts(session: Session, release: Release) -> list[tuple[str, str]]:
    """Delete the facts the release's notes gave its film; returns them as (field, value)."""
    facts = notes_facts(session, release)
    session.execute(delete(FilmFact).where(_its_facts(release)))
    return facts


def left_behind(session: Session, film_id: int, gone: list[tuple[str, str]]) -> bool:
    """After facts `gone` left film `film_id`: drop the titles and credits only they named; remove
    the film when no release or list entry refers to it any more (True), else refresh it."""
    if is_empty(session, film_id):
        delete_below(session, Film, [film_id])
        return True
    kept = set(session.execute(select(FilmFact.field, FilmFact.value).where(FilmFact.film_id == film_id)))
    kept_titles = {value.casefold() for name, value in kept if name in TITLES}
    titles = {value.casefold() for name, value in gone if name in TITLES} - kept_titles
    for title in session.scalars(select(FilmTitle).where(FilmTitle.film_id == film_id)).all():
        if title.title.casefold() in titles:
            session.delete(title)
    for credit, name in session.execute(select(Credit, Person.name).join(Person, Person.id == Credit.person_id)
                                        .where(Credit.film_id == film_id)).all():
        if (credit.role, name) in set(gone) - kept:
            session.delete(credit)
    refresh_display(session, get_film_by_id(session, film_id))
    return False


def is_empty(session: Session, film_id: int, also_gone: tuple[int, ...] = ()) -> bool:
    """Whether no release (but those in `also_gone`) and no list entry refers to the film."""
    releases = select(func.count()).select_from(Release).where(Release.film_id == film_id)
    if also_gone:
        releases = releases.where(Release.id.not_in(also_gone))
    entries = select(func.count()).select_from(ListEntry).where(ListEntry.film_id == film_id)
    return not session.execute(releases).scalar_one() and not session.execute(entries).scalar_one()
