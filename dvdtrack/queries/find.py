"""`find`: releases by language, spec, year and title, built as one SQL query over indexed columns.

Language conditions are answered from the (language, release_id) indexes: the rarest drives the
query in release-id order, the others are probed with EXISTS; repeated conditions combine with AND.

A query string in the style of beets is accepted on top of the options:

>>> parse_query_string("cranes sub:he system:PAL year:1950..1960")
({'subtitle': ['he'], 'system': ['PAL'], 'year': ['1950..1960']}, 'cranes')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import exists, func, or_, select, union
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from dvdtrack.errors import UnknownLanguage, UsageError
from dvdtrack.normalise.language import resolve_language, suggest_languages
from dvdtrack.queries.films import parse_year_range, resolve_film
from dvdtrack.reading.grammar.companies import aliases_of
from dvdtrack.reading.grammar.gtin import gtin_spellings
from dvdtrack.store.collation import bytewise
from dvdtrack.store.models import Film, FilmTitle, Release, ReleaseAudio, ReleaseSubtitle
from dvdtrack.store.titles import title_key

_KEYS = {"audio": "audio", "a": "audio", "sub": "subtitle", "subtitle": "subtitle", "s": "subtitle",
         "lang": "lang", "l": "lang", "system": "system", "format": "format", "label": "label",
         "region": "region", "year": "year", "film": "film"}
COUNT_CAP = 1000
_SAMPLE = 20_000  # release ids over which choose_driver compares languages
SORTS = {"id": Release.id, "title": bytewise(Film.title), "year": Release.year, "runtime": Release.runtime_seconds,
         "size": Release.size_bytes, "format": Release.disc_format, "label": bytewise(Release.label)}


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
    barcode: list[str] = field(default_factory=list)  # every spelling of one barcode (`gtin_spellings`)
    edition: str | None = None
    sort: str = "id"
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


def language_filters(q: FindQuery) -> list[tuple[tuple, str]]:
    """Every language condition as (track tables, code); `--lang` looks in both tables."""
    return ([((ReleaseAudio,), c) for c in q.audio] + [((ReleaseSubtitle,), c) for c in q.subtitle]
            + [((ReleaseAudio, ReleaseSubtitle), c) for c in q.lang])


def choose_driver(session: Session, filters: list[tuple[tuple, str]]) -> int | None:
    """The single-table language condition that is rarest among the first releases by id.

    The query reads releases in id order and stops after the limit, so what matters is how
    densely each language occurs where reading starts; counting it over a window of ids costs
    at most one short index range per condition, however common the language is.
    """
    candidates = [i for i, (tables, _) in enumerate(filters) if len(tables) == 1]
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    sizes = [_density(session, filters[i][0][0], filters[i][1]) for i in candidates]
    return candidates[sizes.index(min(sizes))]


def _density(session: Session, table, code: str) -> int:
    start = select(func.min(Release.id)).scalar_subquery()
    query = select(func.count()).select_from(table).where(table.language == code, table.release_id < start + _SAMPLE)
    return session.execute(query).scalar_one()


def _capped_count(session: Session, stmt, cap: int) -> int:
    return session.execute(select(func.count()).select_from(stmt.limit(cap).subquery())).scalar_one()


def build_query(q: FindQuery, driver: int | None = None):
    """The SELECT of matching releases (their columns and `film_title`) and the column that orders
    them by release id.

    The driving language condition is read from its (language, release_id, position) index in id
    order, one row per release (a track with the same language earlier in the release is skipped);
    the other conditions are probed per candidate with EXISTS on their indexes. So the first rows come
    without reading every match, and no condition is answered by scanning a table.
    """
    filters = language_filters(q)
    stmt, order = select(*Release.__table__.c, Film.title.label("film_title")), Release.id
    if driver is not None:
        stmt, order = _driven_by(*filters[driver])
    stmt = stmt.join(Film, Film.id == Release.film_id)
    rest = [f for i, f in enumerate(filters) if i != driver]
    if driver is None and rest:
        # Only --lang conditions: the first is read from the indexes as a set, the others probed.
        (tables, code), rest = rest[0], rest[1:]
        stmt = stmt.where(col(Release.id).in_(union(*[_has(t, code) for t in tables])))
    for tables, code in rest:
        stmt = stmt.where(or_(*[exists().where(t.release_id == Release.id, t.language == code) for t in tables]))
    return _spec_filters(stmt, q), order


def _driven_by(tables: tuple, code: str):
    track, earlier = aliased(tables[0], name="driver"), aliased(tables[0], name="earlier")
    duplicate = exists().where(earlier.release_id == track.release_id, earlier.language == track.language,
                               earlier.position < track.position)
    stmt = (select(*Release.__table__.c, Film.title.label("film_title")).select_from(track).join(Release, Release.id == track.release_id)
            .where(track.language == code, ~duplicate))
    return stmt, track.release_id


def _has(table, code: str):
    return select(table.release_id).where(table.language == code)


def _label_matches(label: str):
    """A release's label holds `label` or another name of its company (`criterion` finds `The Criterion
    Collection`, `Ruscico` finds `Russian Cinema Council`), in any case: SQLite lowers only ASCII letters,
    so a name is also looked for as written, in capitals and capitalised (`СОЮЗ-ВИДЕО`, `Союз-видео`)."""
    names = aliases_of(label)
    forms = sorted({form for name in names for form in (name, name.upper(), name.capitalize(), name.title())})
    return or_(*[func.lower(Release.label).contains(name, autoescape=True) for name in sorted(names)],
               *[col(Release.label).contains(form, autoescape=True) for form in forms])


def _spec_filters(stmt, q: FindQuery):
    if q.system:
        stmt = stmt.where(Release.video_system == q.system.upper())
    if q.disc_format:
        stmt = stmt.where(Release.disc_format == q.disc_format.upper().replace("-", ""))
    if q.label:
        stmt = stmt.where(_label_matches(q.label))
    if q.region:
        stmt = stmt.where(Release.region == q.region.upper())
    if q.years:
        stmt = stmt.where(Release.year >= q.years[0], Release.year <= q.years[1])
    if q.film_id is not None:
        stmt = stmt.where(Release.film_id == q.film_id)
    if q.text:
        titles = select(FilmTitle.film_id).where(col(FilmTitle.key).contains(title_key(q.text)))
        stmt = stmt.where(col(Release.film_id).in_(titles))
    return _edition_filters(stmt, q)


def _edition_filters(stmt, q: FindQuery):
    """`--barcode` (any spelling of it, from its index) and `--edition` (every word in the edition's name)."""
    if q.barcode:
        stmt = stmt.where(col(Release.barcode).in_(q.barcode))
    for word in (q.edition or "").split():
        forms = sorted({word, word.upper(), word.capitalize()})  # SQLite lowers only ASCII letters
        stmt = stmt.where(or_(func.lower(Release.edition).contains(word.lower(), autoescape=True),
                              *[col(Release.edition).contains(form, autoescape=True) for form in forms]))
    return stmt


def barcode_spellings(text: str) -> list[str]:
    """Every stored spelling of the barcode a user typed (`0 37429 20932 5`, with or without a UPC's
    leading 0), or UsageError when it is no EAN/UPC barcode.

    >>> barcode_spellings("0 37429 20932 5")
    ['037429209325', '0037429209325']
    """
    spellings = gtin_spellings(text)
    if not spellings:
        raise UsageError(f"{text!r} is no EAN-13, UPC-A or EAN-8 barcode (its length or check digit is wrong)")
    return spellings


@dataclass
class FindResult:
    """The rows to show, how many releases match (counted up to COUNT_CAP) and whether more do."""

    rows: list  # rows with the release columns and film_title
    total: int
    more: bool


def find_releases(session: Session, q: FindQuery) -> FindResult:
    """Matching releases, sorted and limited, with a count of matches capped at COUNT_CAP.

    Counting every one of 50,000 matches costs more than finding the first hundred, and "1,000+"
    tells a collector as much; an exact count is one `--limit 0` away.
    """
    if q.sort not in SORTS:
        raise UsageError(f"cannot sort by {q.sort!r}; choose from {', '.join(SORTS)}")
    stmt, by_id = build_query(q, choose_driver(session, language_filters(q)))
    cap = None if q.limit is None else max(COUNT_CAP, q.limit)
    counted = _capped_count(session, stmt.with_only_columns(Release.id), cap + 1) if cap else None
    stmt = stmt.order_by(by_id if q.sort == "id" else SORTS[q.sort], by_id)
    rows = session.execute(stmt.limit(q.limit) if q.limit else stmt).all()
    if counted is None:
        return FindResult(rows, len(rows), False)
    return FindResult(rows, min(counted, cap), counted > cap)


def make_query(session: Session, text: str | None, audio=(), subtitle=(), lang=(), system=None,
               disc_format=None, label=None, region=None, year=None, film=None, sort="id",
               limit: int | None = 100, barcode: str | None = None, edition: str | None = None) -> FindQuery:
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
        barcode=barcode_spellings(barcode) if barcode else [], edition=edition,
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
