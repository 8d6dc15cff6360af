"""Film matching: which stored film a title/year/IMDb id describes. One rule for every path.

The same IMDb id is the same film; a film with another IMDb id never is; otherwise the best title
score (`store.titles.keys_score`) of at least 90 among films whose recorded years lie within ±1
wins (ties: the older film). A film without a year matches on an equal title key only. Titles
whose part markers differ (`Police Academy 2` and `3`, `Film 1` and `Film 10`) score 0, and are
never even compared: films are found through blocks keyed by their main title's markers.

The matcher remembers what it has read, so an import of many releases does not read the films
table again for each: films are loaded a few years at a time, and `refresh` (called at the start
of every write transaction, once the write lock is held) adds what other writers stored since.
"""

from __future__ import annotations

from collections import defaultdict

from dvdtrack.store.sql import Sql
from dvdtrack.store.titles import STRONG, blocking_keys, keys_score, match_keys, title_key

# Ids from here on stand for films not stored yet (written in one insert at the end of a batch);
# they sort after every stored id, so a tie still goes to the older film.
PROVISIONAL = 1 << 62


class FilmMatcher:
    """Finds films for titles; see the module docstring for the rule and the caching."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.years: dict[int, set[int]] = defaultdict(set)
        self.loaded_years: set[int] = set()
        self.titles: dict[int, dict[str, str]] = defaultdict(dict)  # film → key → main key
        self.blocks: dict[str, set[int]] = defaultdict(set)
        self.seen_title = self.seen_fact = 0
        self.film_count = -1
        self.placed: dict[int, list[set[int]]] = defaultdict(list)  # provisional id → sets holding it
        # IMDb ids of the films this writer has stored or given one, whether or not stored yet
        self.imdb: dict[str, int] = {}
        self.imdb_of: dict[int, str] = {}

    def refresh(self, sql: Sql) -> None:
        """Take in titles and years stored since the last look (by any process)."""
        count = sql.scalar("SELECT count(*) FROM film")
        if count < self.film_count:  # films were merged away: start again
            self._reset()
        self.film_count = count
        if not self.seen_title and not self.loaded_years:
            self._set_watermarks(sql)
            return
        self._take(sql, "id > :seen_title", "id > :seen_fact", {"seen_title": self.seen_title, "seen_fact": self.seen_fact})
        self._set_watermarks(sql)

    def caught_up(self, sql: Sql) -> None:
        """Count every stored title and fact as seen: called by a writer once its own rows are stored
        and remembered, while it still holds the write lock (no one else wrote since `refresh`), so
        that the next `refresh` does not read them back."""
        self._set_watermarks(sql)

    def _set_watermarks(self, sql: Sql) -> None:
        self.seen_title, self.seen_fact = sql.rows("SELECT (SELECT coalesce(max(id), 0) FROM filmtitle), "
                                                   "(SELECT coalesce(max(id), 0) FROM filmfact)")[0]

    def _take(self, sql: Sql, title_where: str, fact_where: str, params: dict) -> None:
        """Years and titles of the facts and titles these conditions select."""
        for film_id, value in sql.rows(f"SELECT film_id, value FROM filmfact WHERE field = 'year' AND {fact_where}",
                                       params):
            self.years[int(value)].add(film_id)
        for film_id, title in sql.rows(f"SELECT film_id, title FROM filmtitle WHERE {title_where}", params):
            self.remember_title(film_id, title)

    def remember(self, film_id: int, titles: list[str], year: int | None) -> None:
        """Note a film this process has just stored or enriched, or will store (a provisional id,
        at least PROVISIONAL, until `renumber`)."""
        if year is not None:
            self._place(film_id, self.years[year])
        for title in titles:
            self.remember_title(film_id, title)

    def remember_title(self, film_id: int, title: str) -> None:
        key, main = match_keys(title)
        self.titles[film_id][key] = key if main == key else main  # one string, not two equal ones
        for block in blocking_keys(key, main):
            self._place(film_id, self.blocks[block])

    def remember_imdb(self, film_id: int, imdb_id: str | None) -> None:
        """Note the IMDb id a film this writer stores (or enriches) is given."""
        if imdb_id:
            self.imdb.setdefault(imdb_id, film_id)
            self.imdb_of.setdefault(film_id, imdb_id)

    def _place(self, film_id: int, group: set[int]) -> None:
        group.add(film_id)
        if film_id >= PROVISIONAL:
            self.placed[film_id].append(group)

    def renumber(self, ids: dict[int, int]) -> None:
        """Provisional film ids → the ids the films were stored with."""
        for old, new in ids.items():
            for group in self.placed.pop(old, ()):
                group.discard(old)
                group.add(new)
            if old in self.titles:
                self.titles[new] = self.titles.pop(old)
            if old in self.imdb_of:
                self.imdb_of[new] = self.imdb_of.pop(old)
                self.imdb[self.imdb_of[new]] = new

    def match(self, sql: Sql, titles: list[str], year: int | None, imdb_id: str | None) -> int | None:
        """The id of the film these titles/year/IMDb id describe, or None."""
        found = self.match_imdb(sql, imdb_id) if imdb_id else None
        if found is not None:
            return found
        keys = dict(match_keys(t) for t in titles)
        keys.pop("", None)
        candidates = self._by_year(sql, year, keys) if year is not None else self._by_key(sql, titles)
        return self._best(sql, candidates, keys, imdb_id)

    def match_imdb(self, sql: Sql, imdb_id: str) -> int | None:
        """The film with this IMDb id, stored or about to be, or None."""
        found = self.imdb.get(imdb_id)
        return found if found is not None else sql.scalar("SELECT id FROM film WHERE imdb_id = :imdb", {"imdb": imdb_id})

    def _by_year(self, sql: Sql, year: int, keys: dict[str, str]) -> set[int]:
        years = {year - 1, year, year + 1}
        self._load_years(sql, years - self.loaded_years)
        in_years = [self.years[y] for y in years if y in self.years]
        blocked = set().union(*(self.blocks.get(b, ()) for k, m in keys.items() for b in blocking_keys(k, m)))
        # films sharing a word are few, films of three years many: intersecting walks the few
        return set().union(*(blocked & group for group in in_years))

    def _load_years(self, sql: Sql, years: set[int]) -> None:
        if not years:
            return
        self.loaded_years |= years
        facts = "value IN :years AND id <= :seen_fact"
        films = f"SELECT film_id FROM filmfact WHERE field = 'year' AND {facts}"
        self._take(sql, f"film_id IN ({films}) AND id <= :seen_title", facts,
                   {"years": [str(y) for y in years], "seen_title": self.seen_title, "seen_fact": self.seen_fact})

    def _by_key(self, sql: Sql, titles: list[str]) -> set[int]:
        keys = list({title_key(t) for t in titles})
        ids = {row[0] for row in sql.rows("SELECT film_id FROM filmtitle WHERE key IN :keys", {"keys": keys})}
        for film_id, title in sql.rows("SELECT film_id, title FROM filmtitle WHERE film_id IN :ids", {"ids": ids}):
            self.titles[film_id].setdefault(*match_keys(title))
        return ids

    def _best(self, sql: Sql, candidates: set[int], keys: dict[str, str], imdb_id: str | None) -> int | None:
        scored = sorted(((max(keys_score(k, m, fk, fm) for k, m in keys.items()
                              for fk, fm in self.titles[film].items()), -film) for film in candidates), reverse=True)
        for score, negative_id in scored:
            if score < STRONG:
                return None
            if not imdb_id or self._imdb(sql, -negative_id) in (None, imdb_id):
                return -negative_id
        return None

    def _imdb(self, sql: Sql, film_id: int) -> str | None:
        if film_id in self.imdb_of or film_id >= PROVISIONAL:
            return self.imdb_of.get(film_id)
        return sql.scalar("SELECT imdb_id FROM film WHERE id = :id", {"id": film_id})
