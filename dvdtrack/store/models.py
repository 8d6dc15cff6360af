"""SQLModel tables: films and their titles, credits and sourced facts; curated lists; releases and tracks."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import BigInteger, Column, Index, LargeBinary, Text, UniqueConstraint
from sqlalchemy import Enum as SqlEnum
from sqlmodel import Field, SQLModel

from dvdtrack.store.copy_status import CopyStatus


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Source(SQLModel, table=True):
    """Where facts came from: a release-notes file, a feed, a plain-text list, a dump."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    name: str = Field(index=True, unique=True)
    imported_at: datetime = Field(default_factory=_now)


class Film(SQLModel, table=True):
    """One real film. Display values are derived from its facts by `store.films.refresh_display`."""

    id: int | None = Field(default=None, primary_key=True)
    title: str
    year: int | None = Field(default=None, index=True)
    imdb_id: str | None = Field(default=None, unique=True)
    rating: float | None = None


class FilmTitle(SQLModel, table=True):
    """Every title a film is known by, with its script and a folded key for matching and search."""

    __table_args__ = (UniqueConstraint("film_id", "title"),)
    id: int | None = Field(default=None, primary_key=True)
    film_id: int = Field(foreign_key="film.id", index=True)
    title: str
    key: str = Field(index=True)
    script: str


class FilmFact(SQLModel, table=True):
    """One fact about a film from one source entry; disagreeing sources keep separate rows."""

    __table_args__ = (
        UniqueConstraint("film_id", "field", "value", "source_id", "entry"),
        Index("ix_filmfact_field_value", "field", "value"),
    )
    id: int | None = Field(default=None, primary_key=True)
    film_id: int = Field(foreign_key="film.id", index=True)
    field: str
    value: str = Field(sa_column=Column(Text, nullable=False))
    source_id: int = Field(foreign_key="source.id")
    entry: str = ""


class Person(SQLModel, table=True):
    """A director or cast member, by name as written."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class Credit(SQLModel, table=True):
    """A person's role on a film."""

    __table_args__ = (UniqueConstraint("film_id", "person_id", "role"),)
    id: int | None = Field(default=None, primary_key=True)
    film_id: int = Field(foreign_key="film.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str
    position: int = 0


class FilmList(SQLModel, table=True):
    """A curated list of films (a feed item or a list page)."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(unique=True)
    author: str | None = None
    published: str | None = None
    link: str | None = None
    intro: str | None = Field(default=None, sa_column=Column(Text))


class ListEntry(SQLModel, table=True):
    """A film's place in a list, with the list's own description and fact for it."""

    __table_args__ = (UniqueConstraint("list_id", "source_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    list_id: int = Field(foreign_key="filmlist.id", index=True)
    film_id: int = Field(foreign_key="film.id", index=True)
    source_id: int = Field(foreign_key="source.id")
    position: int
    title: str
    year: int | None = None
    description: str | None = Field(default=None, sa_column=Column(Text))
    fact: str | None = Field(default=None, sa_column=Column(Text))
    availability: str | None = None


class Release(SQLModel, table=True):
    """One edition as read from release notes, tied to a film; the raw block is kept for re-parsing."""

    id: int | None = Field(default=None, primary_key=True)
    film_id: int = Field(foreign_key="film.id", index=True)
    title: str
    year: int | None = Field(default=None, index=True)
    disc_format: str | None = Field(default=None, index=True)
    disc_count: int | None = None
    label: str | None = Field(default=None, index=True)
    region: str | None = None
    video_system: str | None = Field(default=None, index=True)
    aspect_ratio: str | None = None
    runtime_seconds: int | None = None
    size_bytes: int | None = Field(default=None, sa_column=Column(BigInteger))
    size_text: str | None = None
    recovery_percent: float | None = None
    # the edition's own facts (`ReleaseSpec`): its name, codes, release date (ISO 8601 to the precision
    # given: `2003-05-12`, `2003-05`, `2003`), its frame and whether it keeps a mono track
    edition: str | None = None
    catalogue_number: str | None = None
    barcode: str | None = Field(default=None, index=True)
    asin: str | None = None
    release_date: str | None = None
    anamorphic: bool | None = None
    mono: bool | None = None
    grammar: str | None = None
    spec_json: str = Field(sa_column=Column(Text, nullable=False))
    raw_block: str = Field(sa_column=Column(Text, nullable=False))
    # the file's bytes behind raw_block when they are not its UTF-8 (a code page, bytes replaced)
    raw_bytes: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    block_hash: str = Field(unique=True)
    source_id: int | None = Field(default=None, foreign_key="source.id")
    created_at: datetime = Field(default_factory=_now)


class ReleaseAudio(SQLModel, table=True):
    """An audio track of a release; (language, release_id) is indexed for `find --audio`."""

    __table_args__ = (Index("ix_audio_lang_release", "language", "release_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(foreign_key="release.id", index=True)
    position: int
    language: str
    name: str
    codec: str | None = None
    channels: str | None = None
    kind: str | None = None


class ReleaseSubtitle(SQLModel, table=True):
    """A subtitle track of a release; (language, release_id) is indexed for `find --subtitle`."""

    __table_args__ = (Index("ix_subtitle_lang_release", "language", "release_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(foreign_key="release.id", index=True)
    position: int
    language: str
    name: str


class ReleaseFeature(SQLModel, table=True):
    """A bonus feature of a release, in the order listed."""

    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(foreign_key="release.id", index=True)
    position: int
    text: str = Field(sa_column=Column(Text, nullable=False))


class DiscScan(SQLModel, table=True):
    """A disc read by `dvdtrack scan`, tied to the release it is; its disc id finds that release again."""

    __table_args__ = (UniqueConstraint("release_id", "disc_id"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(foreign_key="release.id", index=True)
    disc_id: str = Field(index=True)
    volume_id: str
    scan_json: str = Field(sa_column=Column(Text, nullable=False))
    source_id: int = Field(foreign_key="source.id")
    scanned_at: datetime = Field(default_factory=_now)


class Copy(SQLModel, table=True):
    """A collector's copy of a release (an edition), with what the collector knows of it. A price is
    an integer in the minor unit (cents) of its ISO 4217 currency, never a float."""

    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(foreign_key="release.id", index=True)
    # stored as its text ('owned'), not as a database enum type: a new status needs no migration
    status: CopyStatus = Field(sa_column=Column(SqlEnum(CopyStatus, native_enum=False, length=16, validate_strings=True),
                                                nullable=False, index=True))
    price_minor: int | None = Field(default=None, sa_column=Column(BigInteger))
    currency: str | None = Field(default=None, max_length=3)
    bought_on: date | None = None
    bought_from: str | None = None
    location: str | None = None
    condition: str | None = None
    watched_on: date | None = None
    lent_to: str | None = None
    lent_on: date | None = None
    due_on: date | None = None
    sold_price_minor: int | None = Field(default=None, sa_column=Column(BigInteger))  # what a sold copy fetched
    sold_currency: str | None = Field(default=None, max_length=3)
    sold_to: str | None = None
    sold_on: date | None = None
    notes: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)
class Change(SQLModel, table=True):
    """One recorded change of the catalogue (`store.history`): when, the command line as typed, a
    summary, and, in its items, what it changed. Written in the transaction of the change itself."""

    __table_args__ = {"info": {"journal": True}}
    id: int | None = Field(default=None, primary_key=True)
    made_at: datetime = Field(default_factory=_now)
    command: str = Field(sa_column=Column(Text, nullable=False))
    summary: str = Field(sa_column=Column(Text, nullable=False))
    details: str = Field(sa_column=Column(Text, nullable=False))  # JSON: rows per table, tallies
    undoes: int | None = None  # the change this one undid
    undone_by: int | None = None  # the change that undid this one


class ChangeItem(SQLModel, table=True):
    """What one change did to one table: ids inserted, or the rows as they were before it updated or
    deleted them (JSON, as `export` writes rows)."""

    __table_args__ = {"info": {"journal": True}}
    id: int | None = Field(default=None, primary_key=True)
    change_id: int = Field(foreign_key="change.id", index=True)
    table_name: str
    action: str  # insert, update or delete
    ids: str = Field(sa_column=Column(Text, nullable=False))  # `1-500,503`
    rows: str | None = Field(default=None, sa_column=Column(Text))


def catalogue_tables() -> list:
    """The catalogue's tables in foreign-key order (parents first): every table but the history's."""
    return [t for t in SQLModel.metadata.sorted_tables if not t.info.get("journal")]
