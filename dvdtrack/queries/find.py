"""`find`: releases by language, spec, year and title, built as one SQL query over indexed columns.

Each language filter is `release.id IN (SELECT release_id FROM <tracks> WHERE language = :code)`,
answered from the (language, release_id) index; repeated filters combine with AND.

A query string in the style of beets is accepted on top of the options:

>>> parse_query_string("cranes sub:he system:PAL year:1950..1960")
({'subtitle': ['he'], 'system': ['PAL'], 'year': ['1950..1960']}, 'cranes')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, union
from sqlmodel import Session, col

from dvdtrack.errors import UnknownLanguage, UsageError
from dvdtrack.normalise.language import resolve_language, suggest_languages
from dvdtrack.queries.films import parse_year_range, resolve_film
from dvdtrack.store.models import Film, FilmTitle, Release, ReleaseAudio, ReleaseSubtitle
from dvdtrack.store.titles import title_key

_KEYS = {"audio": "audio", "a": "audio", "sub": "subtitle", "subtitle": "subtitle", "s": "subtitle",
         "lang": "lang", "l": "lang", "system": "system", "format": "format", "label": "label",
         "region": "region", "year": "year", "film": "film"}
SORTS = {"id": Release.id, "title": Film.title, "year": Release.year, "runtime": Release.runtime_seconds,
         "size": Release.size_bytes, "format": Release.disc_format, "label": Release.label}


@dataclass
class FindQuery:
    """What the collector asked for; languages already resolved to ISO codes."""

    text: str | None = None
    audio: list[str] = field(default_factory=list)
    subtitle: list[str] = field(default_factory=list)
    lang: list[str] = field(default_factory=list)
    system: str | None = None
    disc_format: str | None = None
    label: str | None = None
    region: str | None = None
    years: tuple[int, int] | None = None
    film_id: int | None = None
    sort: str = "title"
    limit: int | None = 100


def parse_query_string(text: str) -> tuple[dict[str, list[str]], str | None]:
    """Split `key:value` terms (sub:he, system:PAL …) from the title words."""
    terms: dict[str, list[str]] = {}
    words = []
    for token in text.split():
        key, sep, value = token.partition(":")
        if sep and value and key.lower() in _KEYS:
            terms.setdefault(_KEYS[key.lower()], []).append(value)
        else:
            words.append(token)
    return terms, " ".join(words) or None


def language_code(name: str) -> str:
    """An ISO code for a user's language argument, or UnknownLanguage with close names."""
    code = resolve_language(name, any_code=True)
    if code is None:
        close = ", ".join(suggest_languages(name))
        raise UnknownLanguage(f"unknown language {name!r}; did you mean: {close}?")
    return code


def build_query(q: FindQuery):
    """The SELECT of matching (release, film) rows, without order and limit."""
    stmt = select(Release, Film).join(Film, Film.id == Release.film_id)
    for code in q.audio:
        stmt = stmt.where(col(Release.id).in_(_has(ReleaseAudio, code)))
    for code in q.subtitle:
        stmt = stmt.where(col(Release.id).in_(_has(ReleaseSubtitle, code)))
    for code in q.lang:
        stmt = stmt.where(col(Release.id).in_(union(_has(ReleaseAudio, code), _has(ReleaseSubtitle, code))))
    return _spec_filters(stmt, q)


def _has(table, code: str):
    return select(table.release_id).where(table.language == code)


def _spec_filters(stmt, q: FindQuery):
    if q.system:
        stmt = stmt.where(Release.video_system == q.system.upper())
    if q.disc_format:
        stmt = stmt.where(Release.disc_format == q.disc_format.upper().replace("-", ""))
    if q.label:
        stmt = stmt.where(func.lower(Release.label) == q.label.lower())
    if q.region:
        stmt = stmt.where(Release.region == q.region.upper())
    if q.years:
        stmt = stmt.where(Release.year >= q.years[0], Release.year <= q.years[1])
    if q.film_id is not None:
        stmt = stmt.where(Release.film_id == q.film_id)
    if q.text:
        titles = select(FilmTitle.film_id).where(col(FilmTitle.key).contains(title_key(q.text)))
        stmt = stmt.where(col(Release.film_id).in_(titles))
    return stmt


def find_releases(session: Session, q: FindQuery) -> tuple[list[tuple[Release, Film]], int]:
    """Matching releases (sorted, limited) and the total number of matches."""
    if q.sort not in SORTS:
        raise UsageError(f"cannot sort by {q.sort!r}; choose from {', '.join(SORTS)}")
    stmt = build_query(q)
    total = session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    stmt = stmt.order_by(SORTS[q.sort], Release.id)
    if q.limit:
        stmt = stmt.limit(q.limit)
    return [tuple(row) for row in session.exec(stmt).all()], total


def make_query(session: Session, text: str | None, audio=(), subtitle=(), lang=(), system=None,
               disc_format=None, label=None, region=None, year=None, film=None, sort="title",
               limit: int | None = 100) -> FindQuery:
    """A FindQuery from command-line values and query-string terms (languages resolved here)."""
    terms, text = parse_query_string(text) if text else ({}, None)
    one = lambda key, value: value or (terms.get(key) or [None])[-1]
    film_ref = one("film", film)
    return FindQuery(
        text=text,
        audio=[language_code(n) for n in [*audio, *terms.get("audio", [])]],
        subtitle=[language_code(n) for n in [*subtitle, *terms.get("subtitle", [])]],
        lang=[language_code(n) for n in [*lang, *terms.get("lang", [])]],
        system=one("system", system), disc_format=one("format", disc_format), label=one("label", label),
        region=one("region", region), years=parse_year_range(one("year", year)),
        film_id=resolve_film(session, film_ref).id if film_ref else None,
        sort=sort, limit=limit or None,
    )


def track_codes(session: Session, release_ids: list[int]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Audio and subtitle language codes of the given releases, in track order."""
    out = []
    for table in (ReleaseAudio, ReleaseSubtitle):
        codes: dict[int, list[str]] = {}
        rows = session.exec(select(table.release_id, table.language).where(col(table.release_id).in_(release_ids))
                            .order_by(table.release_id, table.position))
        for release_id, code in rows:
            codes.setdefault(release_id, []).append(code)
        out.append(codes)
    return out[0], out[1]
