"""Writing releases in bulk: many per transaction, Core inserts, films matched in memory.

`add` and `import` both store releases through `ReleaseWriter`, so a release is written the same
way whether it comes alone or with 100,000 others. The caller owns the transaction (and so the
write lock); the writer never commits. Its statements are SQL text (`store.sql`), run on an engine's
connection or, for `add` on a current SQLite file, on a plain `sqlite3` one (`store.plain`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timezone

from dvdtrack.store.displays import refresh_displays
from dvdtrack.store.film_info import UNTITLED, FilmInfo, film_facts
from dvdtrack.store.matching import PROVISIONAL, FilmMatcher
from dvdtrack.store.releases import EDITION_COLUMNS, Prepared
from dvdtrack.store.sql import Sql
from dvdtrack.store.titles import script_of, title_key


@dataclass
class Written:
    """One release as stored (or found already stored)."""

    id: int
    title: str
    year: int | None
    film_id: int
    created: bool
    film_created: bool = False


@dataclass
class _Batch:
    """Rows gathered for one write, inserted together at the end."""

    titles: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    credits: list[tuple[int, str, str, int]] = field(default_factory=list)
    releases: list[dict] = field(default_factory=list)
    tracks: list[dict[str, list[dict]]] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)
    films: list[dict] = field(default_factory=list)  # new films, by provisional id - PROVISIONAL


class ReleaseWriter:
    """Stores normalised specs; keeps a FilmMatcher across the transactions of one run."""

    def __init__(self) -> None:
        self.matcher = FilmMatcher()

    def forget(self) -> None:
        """Drop what the matcher remembered (after a rollback, some of it no longer exists)."""
        self.matcher = FilmMatcher()

    def write(self, conn, items: list[tuple[str, Prepared]]) -> list[Written]:
        """Store (source name, prepared release) pairs in the caller's transaction (on `conn`, an
        engine's connection or a `store.sql.Sql`); releases already stored are reported with
        `created=False`, and so is a block given twice."""
        conn = Sql.of(conn)
        self.matcher.refresh(conn)
        sources = _sources(conn, {name for name, _ in items})
        digests = [release.digest for _, release in items]
        known = _stored(conn, digests)
        batch, first = _Batch(), {}
        for (name, release), digest in zip(items, digests):
            if digest not in known and digest not in first:
                first[digest] = self._prepare(conn, batch, release, sources[name])
        self._flush(conn, batch, list(first.values()))
        if first:
            self.matcher.caught_up(conn)
        out, reported = [], set()
        for digest in digests:
            written = known.get(digest) or first[digest]
            if digest in reported:  # a block given twice is stored once, and so is any film it created
                written = dataclasses.replace(written, created=False, film_created=False)
            out.append(written)
            reported.add(digest)
        return out

    def _prepare(self, conn: Sql, batch: _Batch, release: Prepared, source_id: int) -> Written:
        info, digest, columns = release.info, release.digest, release.columns
        # a block naming no title is a film of its own (`release link` ties it to the right one):
        # matched by its placeholder title, every untitled block would land on one film
        titled = info.titles != [UNTITLED]
        film_id = self._film_of(conn, info, titled)
        created = film_id is None
        if created:
            film_id = PROVISIONAL + len(batch.films)
            batch.films.append({"title": info.titles[0], "year": info.year, "imdb_id": info.imdb_id})
        else:
            batch.touched.add(film_id)
        if titled:
            self.matcher.remember(film_id, info.titles, info.year)
        self.matcher.remember_imdb(film_id, info.imdb_id)
        # an untitled block joined to a film by its IMDb id gives it no placeholder title
        told = info if titled or created else dataclasses.replace(info, titles=[])
        _gather_film(batch, film_id, told, source_id, f"release {digest[:12]}")
        batch.releases.append({**columns, "film_id": film_id, "block_hash": digest, "source_id": source_id,
                               "created_at": datetime.now(timezone.utc)})
        batch.tracks.append(release.tracks)
        return Written(0, columns["title"], columns["year"], film_id, True, created)

    def _film_of(self, conn: Sql, info: FilmInfo, titled: bool) -> int | None:
        if titled:
            return self.matcher.match(conn, info.titles, info.year, info.imdb_id)
        return self.matcher.match_imdb(conn, info.imdb_id) if info.imdb_id else None

    def _flush(self, conn: Sql, batch: _Batch, written: list[Written]) -> None:
        self._store_films(conn, batch, written)
        _add_titles(conn, batch)
        insert_rows(conn, "filmfact", batch.facts, ignore_duplicates=True)
        _add_credits(conn, batch.credits)
        if batch.releases:
            for optional in ("raw_bytes", *EDITION_COLUMNS):
                _same_keys(batch.releases, optional)
            ids = insert_with_ids(conn, "release", batch.releases)
            for item, release_id in zip(written, ids):
                item.id = release_id
            add_tracks(conn, ids, batch.tracks)
        refresh_displays(conn, batch.touched)


    def _store_films(self, conn: Sql, batch: _Batch, written: list[Written]) -> None:
        """Insert the batch's new films in one statement; provisional ids become stored ones."""
        if not batch.films:
            return
        stored = insert_with_ids(conn, "film", batch.films)
        ids = {PROVISIONAL + i: film_id for i, film_id in enumerate(stored)}
        for rows in (batch.titles, batch.facts, batch.releases):
            for row in rows:
                row["film_id"] = ids.get(row["film_id"], row["film_id"])
        batch.credits = [(ids.get(f, f), name, role, i) for f, name, role, i in batch.credits]
        batch.touched = {ids.get(f, f) for f in batch.touched}
        for item in written:
            item.film_id = ids.get(item.film_id, item.film_id)
        self.matcher.renumber(ids)


def _same_keys(rows: list[dict], optional: str) -> None:
    """Give every row an optional column some rows have (one statement inserts them all); when
    none has it, leave it out (a database of an older schema may lack it)."""
    if any(row.get(optional) is not None for row in rows):
        for row in rows:
            row.setdefault(optional, None)
    else:
        for row in rows:
            row.pop(optional, None)


def _sources(conn: Sql, names: set[str]) -> dict[str, int]:
    found = dict(conn.rows("SELECT name, id FROM source WHERE name IN :names", {"names": names}))
    missing = sorted(names - set(found))
    if missing:
        now = datetime.now(timezone.utc)
        rows = [{"kind": "release-notes", "name": name, "imported_at": now} for name in missing]
        ids = insert_with_ids(conn, "source", rows)
        found.update(zip(missing, ids))
    return found


def insert_rows(conn, table: str, rows: list[dict], ignore_duplicates: bool = False) -> None:
    """Insert plain rows (the same keys in each) of `table` in one executemany, noted in the history;
    with `ignore_duplicates`, rows a unique constraint already holds are skipped."""
    if rows:
        conn = Sql.of(conn)
        with conn.journal.inserting(table):
            conn.insert_many(table, rows, ignore_duplicates)


def insert_with_ids(conn, table: str, rows: list[dict]) -> list[int]:
    """Insert rows of `table` and return their new ids, in the order of the rows (`Sql.next_ids`:
    SQLite cannot tie the rows of INSERT … RETURNING to the parameter sets)."""
    conn = Sql.of(conn)
    ids = conn.next_ids(table, len(rows))
    conn.insert_many(table, [{**row, "id": i} for row, i in zip(rows, ids)])
    conn.journal.inserted(table, ids)
    return ids


def _stored(conn: Sql, digests: list[str]) -> dict[str, Written]:
    rows = conn.rows('SELECT block_hash, id, title, year, film_id FROM "release" WHERE block_hash IN :digests',
                     {"digests": set(digests)})
    return {digest: Written(i, title, year, film_id, False) for digest, i, title, year, film_id in rows}


def _gather_film(batch: _Batch, film_id: int, info: FilmInfo, source_id: int, entry: str) -> None:
    batch.titles += [{"film_id": film_id, "title": t} for t in info.titles]
    batch.facts += [{"film_id": film_id, "field": name, "value": value, "source_id": source_id, "entry": entry}
                    for name, value in film_facts(info)]
    for role, names in (("director", info.directors), ("cast", info.cast)):
        batch.credits += [(film_id, name, role, i) for i, name in enumerate(dict.fromkeys(names))]


def _add_titles(conn: Sql, batch: _Batch) -> None:
    """New titles of each film, once each whatever their case (the first spelling stored stays)."""
    films = {row["film_id"] for row in batch.titles}
    known = {(f, t.casefold()) for f, t in conn.rows("SELECT film_id, title FROM filmtitle WHERE film_id IN :films",
                                                     {"films": films})}
    rows = []
    for row in batch.titles:
        if (row["film_id"], row["title"].casefold()) not in known:
            known.add((row["film_id"], row["title"].casefold()))
            rows.append({**row, "key": title_key(row["title"]), "script": script_of(row["title"])})
    insert_rows(conn, "filmtitle", rows)


def _add_credits(conn: Sql, credits: list[tuple[int, str, str, int]]) -> None:
    names = {name for _, name, _, _ in credits}
    if not names:
        return
    insert_rows(conn, "person", [{"name": n} for n in sorted(names)], ignore_duplicates=True)
    people = dict(conn.rows("SELECT name, id FROM person WHERE name IN :names", {"names": names}))
    insert_rows(conn, "credit", [{"film_id": f, "person_id": people[n], "role": r, "position": p}
                                 for f, n, r, p in credits], ignore_duplicates=True)


def add_tracks(conn, ids: list[int], tracks: list[dict[str, list[dict]]]) -> None:
    """Audio, subtitle and feature rows (`releases.track_rows`) of releases, in the order written."""
    for table, part in (("releaseaudio", "audio"), ("releasesubtitle", "subtitles"), ("releasefeature", "features")):
        insert_rows(conn, table, [{"release_id": release_id, **row}
                                  for release_id, rows in zip(ids, tracks) for row in rows[part]])
