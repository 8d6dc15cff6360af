"""`find`'s query as SQL text with named `:params`, written once for both engines and run by
`store.reader` (`sqlite3` on a SQLite file: `find` loads no ORM).

Language conditions are answered from the (language, release_id) indexes: the rarest drives the query
in release-id order, the others are probed with EXISTS. A value is always a parameter, never SQL:

>>> sql, params = build_sql(FindQuery(audio=["ru"], system="PAL"))
>>> sql.splitlines()[-1], params
('AND release.video_system = :p1', {'p0': 'ru', 'p1': 'PAL'})
"""

from __future__ import annotations

from dvdtrack.queries import filters as checks
from dvdtrack.queries.filters import LanguageFilter
from dvdtrack.queries.find_query import FindQuery, language_filters
from dvdtrack.queries.title_search import title_search

TABLES = {"audio": "releaseaudio", "subtitle": "releasesubtitle"}
SAMPLE = 20_000  # release ids over which the driver's languages are compared
_SELECT = "SELECT release.*, film.title AS film_title"
_DRIVEN = """FROM {table} AS driver JOIN release ON release.id = driver.release_id
JOIN film ON film.id = release.film_id
WHERE driver.language = {code} AND NOT (EXISTS (SELECT * FROM {table} AS earlier
    WHERE earlier.release_id = driver.release_id AND earlier.language = driver.language
    AND earlier.position < driver.position))"""
_DENSITY = """SELECT count(*) FROM {table} WHERE {table}.language = :code
AND {table}.release_id < (SELECT min(release.id) FROM release) + :sample"""
_REGIONS = "(',' || replace(replace(replace(release.region, '/', ','), '&', ','), '+', ',') || ',')"


class Params(dict):
    """The parameters of one query: `add` names a value `:p0`, `:p1` … in the order they are added."""

    def add(self, value) -> str:
        name = f"p{len(self)}"
        self[name] = value
        return f":{name}"

    def listed(self, values) -> str:
        """`(:p0, :p1)`: the values as an IN list."""
        return "(" + ", ".join(self.add(v) for v in values) + ")"


def density_sql(kind: str) -> str:
    """How many tracks in one language a table holds among the first SAMPLE release ids (`:code`, `:sample`)."""
    return _DENSITY.format(table=TABLES[kind])


def build_sql(q: FindQuery, driver: int | None = None, columns: str = _SELECT) -> tuple[str, dict]:
    """The SELECT of matching releases (their columns and `film_title`) in no order, and its parameters.

    The driving language condition is read from its (language, release_id, position) index in id
    order, one row per release (a track with the same language earlier in the release is skipped);
    the other conditions are probed per candidate with EXISTS on their indexes. So the first rows come
    without reading every match, and no condition is answered by scanning a table.
    """
    params, filters = Params(), language_filters(q)
    if driver is None:
        source = "FROM release JOIN film ON film.id = release.film_id\nWHERE 1 = 1"
    else:
        f = filters[driver]
        source = _DRIVEN.format(table=TABLES[f.kinds[0]], code=params.add(f.codes[0]))
    where = []
    rest = [f for i, f in enumerate(filters) if i != driver]
    if driver is None and rest and not rest[0].negated:
        # No condition on one language of one table: the first is read from the indexes as a set, the others probed.
        first, rest = rest[0], rest[1:]
        union = " UNION ".join(f"SELECT {TABLES[k]}.release_id FROM {TABLES[k]} WHERE "
                               + _language_in(TABLES[k], first.codes, params) for k in first.kinds)
        where.append(f"release.id IN ({union})")
    where += [_probe(f, params) for f in rest]
    where += spec_filters(q, params)
    return "\n".join([columns, source, *[f"AND {w}" for w in where]]), dict(params)


def order_column(driver: int | None) -> str:
    """The column that orders the matches by release id (the driver's, which its index gives in order)."""
    return "release.id" if driver is None else "driver.release_id"


def _probe(f: LanguageFilter, params: Params) -> str:
    found = " OR ".join(f"(EXISTS (SELECT * FROM {t} WHERE {t}.release_id = release.id AND "
                        f"{_language_in(t, f.codes, params)}))" for t in map(TABLES.get, f.kinds))
    return f"NOT ({found})" if f.negated else f"({found})"


def _language_in(table: str, codes: tuple[str, ...], params: Params) -> str:
    if len(codes) == 1:
        return f"{table}.language = {params.add(codes[0])}"
    return f"{table}.language IN {params.listed(codes)}"


def contains(column: str, value: str, params: Params) -> str:
    """`column` holds `value` as written: LIKE with `%`, `_` and `/` escaped by `/`.

    >>> p = Params(); contains("release.label", "100%_/", p), p
    ("release.label LIKE '%' || :p0 || '%' ESCAPE '/'", {'p0': '100/%/_//'})
    """
    escaped = value.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"{column} LIKE '%' || {params.add(escaped)} || '%' ESCAPE '/'"


def _label_matches(label: str, params: Params) -> str:
    """A release's label holds `label` or another name of its company (`criterion` finds `The Criterion
    Collection`, `Ruscico` finds `Russian Cinema Council`), in any case: SQLite lowers only ASCII letters,
    so a name is also looked for as written, in capitals and capitalised (`СОЮЗ-ВИДЕО`, `Союз-видео`)."""
    from dvdtrack.reading.grammar.companies import aliases_of

    names = aliases_of(label)
    forms = sorted({form for name in names for form in (name, name.upper(), name.capitalize(), name.title())})
    return "(" + " OR ".join([contains("lower(release.label)", name, params) for name in sorted(names)]
                             + [contains("release.label", form, params) for form in forms]) + ")"


def _region_matches(wanted: str, params: Params) -> str:
    """A release's regions (`2`, `2,4`, `2/4`) hold any of the wanted ones; region 0 and region free
    (`ALL`) are one."""
    codes = set(wanted.split(","))
    codes |= set(checks.REGION_FREE) if codes & set(checks.REGION_FREE) else set()
    return "(" + " OR ".join(f"{_REGIONS} LIKE '%' || {params.add(f',{code},')} || '%'" for code in sorted(codes)) + ")"


def spec_filters(q: FindQuery, params: Params) -> list[str]:
    """The conditions on a release's own facts, its film, title and copies."""
    where = []
    for column, value in (("video_system", q.system), ("disc_format", q.disc_format)):
        if value:
            where.append(f"release.{column} = {params.add(value)}")
    if q.label:
        where.append(_label_matches(q.label, params))
    if q.region:
        where.append(_region_matches(q.region, params))
    if q.years:
        where.append(f"release.year >= {params.add(q.years[0])} AND release.year <= {params.add(q.years[1])}")
    if q.film_id is not None:
        where.append(f"release.film_id = {params.add(q.film_id)}")
    if q.statuses:
        statuses = params.listed(getattr(s, "value", s) for s in q.statuses)
        where.append(f"release.id IN (SELECT copy.release_id FROM copy WHERE copy.status IN {statuses})")
    if q.text:
        search, found = title_search(q.text)
        params.update(found)
        where.append(f"release.film_id IN ({search})")
    return where + _edition_filters(q, params)


def _edition_filters(q: FindQuery, params: Params) -> list[str]:
    """`--barcode` (any spelling of it, from its index) and `--edition` (every word in the edition's name)."""
    where = [f"release.barcode IN {params.listed(q.barcode)}"] if q.barcode else []
    for word in (q.edition or "").split():
        forms = sorted({word, word.upper(), word.capitalize()})  # SQLite lowers only ASCII letters
        where.append("(" + " OR ".join([contains("lower(release.edition)", word.lower(), params)]
                                       + [contains("release.edition", form, params) for form in forms]) + ")")
    return where
