"""`find`: releases by language, spec, year and title, built as one SQL query over indexed columns.

Language conditions are answered from the (language, release_id) indexes: the rarest drives the
query in release-id order, the others are probed with EXISTS. Repeated conditions combine with AND;
the languages of one condition (`--subtitle he,en`) with OR; `--no-audio ru` wants none of them.

A query string in the style of beets is accepted on top of the options (`no-sub:ru`: no Russian subtitles):

>>> parse_query_string("cranes sub:he,en no-audio:ru system:PAL year:1950..1960")
({'subtitle': ['he,en'], 'no_audio': ['ru'], 'system': ['PAL'], 'year': ['1950..1960']}, 'cranes')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import column, exists, func, literal, or_, select, text, union
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from dvdtrack.errors import UsageError
from dvdtrack.queries import filters as checks
from dvdtrack.queries.films import resolve_film
from dvdtrack.queries.listing import parse_year_range
from dvdtrack.queries.title_search import title_search
from dvdtrack.queries.filters import LanguageFilter, any_of, none_of, sort_order
from dvdtrack.queries.copies import with_copies
from dvdtrack.reading.grammar.companies import aliases_of
from dvdtrack.reading.grammar.gtin import gtin_spellings
from dvdtrack.store.collation import bytewise
from dvdtrack.store.models import Film, Release, ReleaseAudio, ReleaseSubtitle

_KEYS = {"audio": "audio", "a": "audio", "sub": "subtitle", "subtitle": "subtitle", "s": "subtitle",
         "lang": "lang", "l": "lang", "system": "system", "format": "format", "label": "label",
         "region": "region", "year": "year", "film": "film"}
_LANGUAGE_KEYS = ("audio", "subtitle", "lang")
_TABLES = {"audio": ReleaseAudio, "subtitle": ReleaseSubtitle}
COUNT_CAP = 1000
_SAMPLE = 20_000  # release ids over which choose_driver compares languages
SORTS = {"id": Release.id, "title": bytewise(Film.title), "year": Release.year, "runtime": Release.runtime_seconds,
         "size": Release.size_bytes, "format": Release.disc_format, "label": bytewise(Release.label)}


@dataclass
class FindQuery:
    """What the collector asked for; languages already resolved to ISO codes, values checked.

    Each item of `audio`, `subtitle` and `lang` is a condition that must hold: a code, or a tuple of
    codes any of which will do; `no_…` hold codes none of which a release may have. `region` holds
    regions as stored (`2`, `2,4`: any of them); `sort` a key of `SORTS`, `-` before it for descending.
    """

    text: str | None = None
    audio: list[str | tuple[str, ...]] = field(default_factory=list)
    subtitle: list[str | tuple[str, ...]] = field(default_factory=list)
    lang: list[str | tuple[str, ...]] = field(default_factory=list)
    system: str | None = None
    disc_format: str | None = None
    label: str | None = None
    region: str | None = None
    no_audio: tuple[str, ...] = ()
    no_subtitle: tuple[str, ...] = ()
    no_lang: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    film_id: int | None = None
    statuses: list = field(default_factory=list)  # of CopyStatus: releases with a copy in any of them
    barcode: list[str] = field(default_factory=list)  # every spelling of one barcode (`gtin_spellings`)
    edition: str | None = None
    sort: str = "id"
    limit: int | None = 100

    def searched_codes(self) -> tuple[set[str], set[str]]:
        """The audio and the subtitle codes asked for (to highlight them in a table)."""
        found = {kind: {code for f in language_filters(self) if kind in f.kinds and not f.negated for code in f.codes}
                 for kind in _TABLES}
        return found["audio"], found["subtitle"]


def parse_query_string(text: str) -> tuple[dict[str, list[str]], str | None]:
    """Split `key:value` terms (sub:he, system:PAL, no-sub:ru …) from the title words."""
    terms: dict[str, list[str]] = {}
    words = []
    for token in text.split():
        key, sep, value = token.partition(":")
        negated = key.lower().startswith("no-")
        name = _KEYS.get(key.lower().removeprefix("no-"))
        if not (sep and value and name):
            words.append(token)
        elif negated and name not in _LANGUAGE_KEYS:
            raise UsageError(f"{token!r}: only a language can be left out (no-audio:ru, no-sub:ru, no-lang:ru)")
        else:
            terms.setdefault(f"no_{name}" if negated else name, []).append(value)
    return terms, " ".join(words) or None


def language_filters(q: FindQuery) -> list[LanguageFilter]:
    """Every language condition, those that must hold first; `--lang` looks in both tables."""
    kinds = {"audio": ("audio",), "subtitle": ("subtitle",), "lang": ("audio", "subtitle")}
    wanted = [LanguageFilter(kinds[name], (item,) if isinstance(item, str) else tuple(item))
              for name in _LANGUAGE_KEYS for item in getattr(q, name)]
    unwanted = [LanguageFilter(kinds[name], tuple(codes), negated=True)
                for name in _LANGUAGE_KEYS if (codes := getattr(q, f"no_{name}"))]
    return wanted + unwanted


def choose_driver(session: Session, filters: list[LanguageFilter]) -> int | None:
    """The condition on one language in one table that is rarest among the first releases by id.

    The query reads releases in id order and stops after the limit, so what matters is how
    densely each language occurs where reading starts; counting it over a window of ids costs
    at most one short index range per condition, however common the language is.
    """
    candidates = [i for i, f in enumerate(filters) if len(f.kinds) == 1 and len(f.codes) == 1 and not f.negated]
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    sizes = [_density(session, _TABLES[filters[i].kinds[0]], filters[i].codes[0]) for i in candidates]
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
        stmt, order = _driven_by(filters[driver])
    stmt = stmt.join(Film, Film.id == Release.film_id)
    rest = [f for i, f in enumerate(filters) if i != driver]
    if driver is None and rest and not rest[0].negated:
        # No condition on one language of one table: the first is read from the indexes as a set, the others probed.
        first, rest = rest[0], rest[1:]
        stmt = stmt.where(col(Release.id).in_(union(*[_has(_TABLES[kind], first.codes) for kind in first.kinds])))
    for f in rest:
        found = or_(*[exists().where(t.release_id == Release.id, _language_in(t, f.codes)) for t in map(_TABLES.get, f.kinds)])
        stmt = stmt.where(~found if f.negated else found)
    return _spec_filters(stmt, q), order


def _driven_by(f: LanguageFilter):
    code, table = f.codes[0], _TABLES[f.kinds[0]]
    track, earlier = aliased(table, name="driver"), aliased(table, name="earlier")
    duplicate = exists().where(earlier.release_id == track.release_id, earlier.language == track.language,
                               earlier.position < track.position)
    stmt = (select(*Release.__table__.c, Film.title.label("film_title")).select_from(track).join(Release, Release.id == track.release_id)
            .where(track.language == code, ~duplicate))
    return stmt, track.release_id


def _has(table, codes: tuple[str, ...]):
    return select(table.release_id).where(_language_in(table, codes))


def _language_in(table, codes: tuple[str, ...]):
    return table.language == codes[0] if len(codes) == 1 else col(table.language).in_(codes)


def _label_matches(label: str):
    """A release's label holds `label` or another name of its company (`criterion` finds `The Criterion
    Collection`, `Ruscico` finds `Russian Cinema Council`), in any case: SQLite lowers only ASCII letters,
    so a name is also looked for as written, in capitals and capitalised (`СОЮЗ-ВИДЕО`, `Союз-видео`)."""
    names = aliases_of(label)
    forms = sorted({form for name in names for form in (name, name.upper(), name.capitalize(), name.title())})
    return or_(*[func.lower(Release.label).contains(name, autoescape=True) for name in sorted(names)],
               *[col(Release.label).contains(form, autoescape=True) for form in forms])


def _region_matches(wanted: str):
    """A release's regions (`2`, `2,4`, `2/4`) hold any of the wanted ones; region 0 and region free
    (`ALL`) are one."""
    codes = set(wanted.split(","))
    codes |= set(checks.REGION_FREE) if codes & set(checks.REGION_FREE) else set()
    listed = literal(",") + func.replace(func.replace(func.replace(Release.region, "/", ","), "&", ","), "+", ",") + ","
    return or_(*[listed.contains(f",{code},") for code in sorted(codes)])


def _spec_filters(stmt, q: FindQuery):
    if q.system:
        stmt = stmt.where(Release.video_system == q.system)
    if q.disc_format:
        stmt = stmt.where(Release.disc_format == q.disc_format)
    if q.label:
        stmt = stmt.where(_label_matches(q.label))
    if q.region:
        stmt = stmt.where(_region_matches(q.region))
    if q.years:
        stmt = stmt.where(Release.year >= q.years[0], Release.year <= q.years[1])
    if q.film_id is not None:
        stmt = stmt.where(Release.film_id == q.film_id)
    if q.statuses:
        stmt = stmt.where(with_copies(q.statuses))
    if q.text:
        search, params = title_search(q.text)
        stmt = stmt.where(col(Release.film_id).in_(text(search).bindparams(**params).columns(column("film_id"))))
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
    key, descending = sort_order(q.sort, SORTS)
    stmt, by_id = build_query(q, choose_driver(session, language_filters(q)))
    cap = None if q.limit is None else max(COUNT_CAP, q.limit)
    counted = _capped_count(session, stmt.with_only_columns(Release.id), cap + 1) if cap else None
    stmt = stmt.order_by(*_ordering(key, descending, by_id))
    rows = session.execute(stmt.limit(q.limit) if q.limit else stmt).all()
    if counted is None:
        return FindResult(rows, len(rows), False)
    return FindResult(rows, min(counted, cap), counted > cap)


def _ordering(key: str, descending: bool, by_id) -> list:
    """ORDER BY for a sort key: unknown values last either way (as on neither engine by default), ties by id."""
    if key == "id":
        return [by_id.desc() if descending else by_id]
    column = SORTS[key]
    return [(column.desc() if descending else column.asc()).nulls_last(), by_id]


def make_query(session: Session, text: str | None, audio=(), subtitle=(), lang=(), system=None,
               disc_format=None, label=None, region=None, year=None, film=None, sort="id",
               limit: int | None = 100, *, no_audio=(), no_subtitle=(), no_lang=(), statuses=(),
               barcode: str | None = None, edition: str | None = None) -> FindQuery:
    """A FindQuery from command-line values and query-string terms (languages resolved and values
    checked here)."""
    terms, text = parse_query_string(text) if text else ({}, None)
    one = lambda key, value: value or (terms.get(key) or [None])[-1]
    film_ref, system, disc_format, region = one("film", film), one("system", system), one("format", disc_format), one("region", region)
    sort_order(sort, SORTS)
    return FindQuery(
        text=text,
        audio=[any_of(v) for v in [*audio, *terms.get("audio", [])]],
        subtitle=[any_of(v) for v in [*subtitle, *terms.get("subtitle", [])]],
        lang=[any_of(v) for v in [*lang, *terms.get("lang", [])]],
        no_audio=none_of([*no_audio, *terms.get("no_audio", [])]),
        no_subtitle=none_of([*no_subtitle, *terms.get("no_subtitle", [])]),
        no_lang=none_of([*no_lang, *terms.get("no_lang", [])]),
        system=checks.video_system(system) if system else None,
        disc_format=checks.disc_format(disc_format) if disc_format else None,
        region=checks.regions(region) if region else None,
        label=one("label", label), years=parse_year_range(one("year", year)),
        film_id=resolve_film(session, film_ref).id if film_ref else None,
        sort=sort, limit=limit or None, statuses=list(statuses),
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
