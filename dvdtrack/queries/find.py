"""`find`: releases by language, spec, year and title, as one SQL query over indexed columns
(`queries.find_sql`), run by `store.reader`: through `sqlite3` on a SQLite file, through SQLAlchemy
on any other database or on a session a caller holds.

Repeated conditions combine with AND; the languages of one condition (`--subtitle he,en`) with OR;
`--no-audio ru` wants none of them. Sorting puts unknown values last either way, ties by release id.
"""

from __future__ import annotations

from dataclasses import dataclass

from dvdtrack.errors import UsageError
from dvdtrack.queries import filters as checks
from dvdtrack.queries.film_view import film_id_of
from dvdtrack.queries.filters import LanguageFilter, any_of, none_of, sort_order
from dvdtrack.queries.find_query import BYTEWISE, SORTS, FindQuery, language_filters, parse_query_string  # noqa: F401
from dvdtrack.queries.find_sql import SAMPLE, TABLES, build_sql, density_sql, order_column
from dvdtrack.queries.listing import parse_year_range
from dvdtrack.store.reader import Reader

COUNT_CAP = 1000
TABLE_ROWS = 100  # rows of a table unless --limit says otherwise (JSON and CSV: all)


def as_reader(source) -> Reader:
    """A `Reader` as it is, or one over a SQLAlchemy session or connection."""
    return source if isinstance(source, Reader) else Reader.of_alchemy(source)


def choose_driver(source, filters: list[LanguageFilter]) -> int | None:
    """The condition on one language in one table that is rarest among the first releases by id.

    The query reads releases in id order and stops after the limit, so what matters is how
    densely each language occurs where reading starts; counting it over a window of ids costs
    at most one short index range per condition, however common the language is.
    """
    candidates = [i for i, f in enumerate(filters) if len(f.kinds) == 1 and len(f.codes) == 1 and not f.negated]
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    reader = as_reader(source)
    sizes = [reader.rows(density_sql(filters[i].kinds[0]), {"code": filters[i].codes[0], "sample": SAMPLE})[0][0]
             for i in candidates]
    return candidates[sizes.index(min(sizes))]


def build_query(q: FindQuery, driver: int | None = None) -> tuple[tuple[str, dict], str]:
    """The SELECT of matching releases with its parameters (`find_sql.build_sql`), and the column that
    orders them by release id."""
    return build_sql(q, driver), order_column(driver)


def barcode_spellings(text: str) -> list[str]:
    """Every stored spelling of the barcode a user typed (`0 37429 20932 5`, with or without a UPC's
    leading 0), or UsageError when it is no EAN/UPC barcode.

    >>> barcode_spellings("0 37429 20932 5")
    ['037429209325', '0037429209325']
    """
    from dvdtrack.reading.grammar.gtin import gtin_spellings

    spellings = gtin_spellings(text)
    if not spellings:
        raise UsageError(f"{text!r} is no EAN-13, UPC-A or EAN-8 barcode (its length or check digit is wrong)")
    return spellings


@dataclass
class FindResult:
    """The rows to show, how many releases match (counted up to COUNT_CAP) and whether more do."""

    rows: list  # named rows with the release columns and film_title
    total: int
    more: bool


def find_releases(source, q: FindQuery) -> FindResult:
    """Matching releases, sorted and limited, with a count of matches capped at COUNT_CAP.

    Counting every one of 50,000 matches costs more than finding the first hundred, and "1,000+"
    tells a collector as much; an exact count is one `--limit 0` away.
    """
    reader = as_reader(source)
    key, descending = sort_order(q.sort, SORTS)
    driver = choose_driver(reader, language_filters(q))
    by_id = order_column(driver)
    cap = None if q.limit is None else max(COUNT_CAP, q.limit)
    counted = None
    if cap:
        ids, params = build_sql(q, driver, columns=f"SELECT {by_id}")
        counted = reader.rows(f"SELECT count(*) FROM ({ids}\nLIMIT {cap + 1}) AS matches", params)[0][0]
    sql, params = build_sql(q, driver)
    sql += "\nORDER BY " + ", ".join(_ordering(reader, key, descending, by_id))
    rows = reader.named(sql + (f"\nLIMIT {int(q.limit)}" if q.limit else ""), params)
    if counted is None:
        return FindResult(rows, len(rows), False)
    return FindResult(rows, min(counted, cap), counted > cap)


def _ordering(reader: Reader, key: str, descending: bool, by_id: str) -> list[str]:
    """ORDER BY for a sort key: unknown values last either way (as on neither engine by default), ties by id."""
    if key == "id":
        return [f"{by_id} DESC" if descending else by_id]
    column = SORTS[key]
    if key in BYTEWISE:
        column = reader.titlewise(column) if key == "title" else reader.bytewise(column)
    return [f"{column} {'DESC' if descending else 'ASC'} NULLS LAST", by_id]


def make_query(source, text: str | None, audio=(), subtitle=(), lang=(), system=None,
               disc_format=None, label=None, region=None, year=None, film=None, sort="id",
               limit: int | None = 100, *, no_audio=(), no_subtitle=(), no_lang=(), statuses=(),
               barcode: str | None = None, edition: str | None = None) -> FindQuery:
    """A FindQuery from command-line values and query-string terms (languages resolved and values
    checked here; `--film` looked up through `source`, a Reader or a session)."""
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
        film_id=film_id_of(as_reader(source), film_ref) if film_ref else None,
        sort=sort, limit=limit or None, statuses=list(statuses),
        barcode=barcode_spellings(barcode) if barcode else [], edition=edition,
    )


def track_codes(source, release_ids: list[int]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Audio and subtitle language codes of the given releases, in track order."""
    reader, out = as_reader(source), []
    ids = {f"r{i}": release_id for i, release_id in enumerate(release_ids)}
    for table in TABLES.values():
        codes: dict[int, list[str]] = {}
        sql = (f"SELECT {table}.release_id, {table}.language FROM {table} WHERE {table}.release_id IN "
               f"({', '.join(':' + name for name in ids)}) ORDER BY {table}.release_id, {table}.position")
        for release_id, code in reader.rows(sql, ids) if ids else ():
            codes.setdefault(release_id, []).append(code)
        out.append(codes)
    return out[0], out[1]
