"""`store.reader`: one query's SQL run by `sqlite3` on a current SQLite file and by SQLAlchemy
elsewhere, with the same rows in the same order; anything but a current dvdtrack file goes through
the engine, whose checks and errors stand."""

from __future__ import annotations

import sqlite3

import pytest

from dvdtrack.errors import NotFound
from dvdtrack.queries.film_view import film_detail, film_id_of
from dvdtrack.queries.listing import list_films, release_view
from dvdtrack.store.location import WrongDatabase
from dvdtrack.store.reader import HEAD, Reader, current_sqlite, open_reader

TITLES = [("Été violent", 1950, 7.5), ("Zoo", None, None), ("Ärger", 1960, None), ("the end", 1957, 6.0),
          ("The End", None, None), ("Андрей Рублёв", 1966, 8.1), ("Ölprinz", 1965, None)]


@pytest.fixture
def filled(engine, db_url) -> str:
    from sqlmodel import Session

    from dvdtrack.store.models import Film, FilmTitle
    from dvdtrack.store.titles import title_key

    with Session(engine) as s:
        for title, year, rating in TITLES:
            film = Film(title=title, year=year, rating=rating)
            s.add(film)
            s.flush()
            s.add(FilmTitle(film_id=film.id, title=title, key=title_key(title), script="Latn"))
        s.commit()
    return db_url


def test_both_drivers_give_the_same_rows_in_title_order(filled, engine):
    from sqlmodel import Session

    with open_reader(filled) as reader, Session(engine) as s:
        assert reader.dialect == engine.dialect.name
        for args in [(), ("rublyov",), ("end",), (None, None, (1950, 1960))]:
            fast, through_orm = list_films(reader, *args), list_films(Reader.of_alchemy(s), *args)
            assert fast == through_orm
        # case and a Latin letter's accents ignored, ties by id; Cyrillic after Latin, as by code point
        assert [f["title"] for f in list_films(reader)] == \
            ["Ärger", "Été violent", "Ölprinz", "the end", "The End", "Zoo", "Андрей Рублёв"]
        film = film_id_of(reader, "Andrey Rublev")
        assert film_id_of(Reader.of_alchemy(s), "Андрей Рублёв") == film
        assert film_detail(reader, film) == film_detail(Reader.of_alchemy(s), film)
        with pytest.raises(NotFound, match="did you mean: Андрей Рублёв"):
            film_id_of(reader, "Andrey Rublxv")  # a typo no title holds, even folded


def test_a_current_sqlite_file_is_read_through_sqlite3(filled):
    if not filled.startswith("sqlite"):
        pytest.skip("SQLite only")
    conn = current_sqlite(filled)
    assert isinstance(conn, sqlite3.Connection)
    with pytest.raises(sqlite3.OperationalError):  # opened read-only
        conn.execute("DELETE FROM film")
    conn.close()


def test_an_older_schema_goes_through_the_engine_which_upgrades_it(sqlite_url):
    from dvdtrack.store.database import open_engine

    open_engine(sqlite_url).dispose()
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0006'")
    db.close()
    assert current_sqlite(sqlite_url) is None
    with open_reader(sqlite_url) as reader:  # upgraded first, as the engine does for a reading command
        assert reader.rows("SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert current_sqlite(sqlite_url) is not None


@pytest.mark.parametrize("content", [b"", b"not a database at all\n"])
def test_what_is_not_a_current_database_gets_the_engines_errors(tmp_path, content):
    path = tmp_path / "x.db"
    with pytest.raises(WrongDatabase):
        open_reader(f"sqlite:///{path}")  # missing: a reader creates none
    assert not path.exists()
    path.write_bytes(content)
    with pytest.raises(WrongDatabase):
        open_reader(f"sqlite:///{path}")
    assert path.read_bytes() == content


def test_an_unknown_release_is_not_found(filled):
    with open_reader(filled) as reader, pytest.raises(NotFound, match="no release with id 99"):
        release_view(reader, 99)
