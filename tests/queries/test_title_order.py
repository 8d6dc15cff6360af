"""Titles sort as a reader looks them up, case and a Latin letter's accents ignored, on every path
that orders by title: `films`, `find --sort title` (both ways), `copies`; through `sqlite3` and
SQLAlchemy on SQLite and on PostgreSQL, the same order on both (ties by id)."""

from __future__ import annotations

import json

import pytest

from dvdtrack.store.title_order import TITLE_FOLD, title_order

# in the order stored (so ids run this way), and the order expected
STORED = ["The Cranes Are Flying", "LONG RIDE FROM HELL", "Terminal", "THE ABYSS", "La casa de papel",
          "Émile", "ЛЕТЯТ ЖУРАВЛИ", "Andrei Rublev", "emil", "Летят журавли", "Ödipussi", "Zorro"]
EXPECTED = ["Andrei Rublev", "emil", "Émile", "La casa de papel", "LONG RIDE FROM HELL", "Ödipussi", "Terminal",
            "THE ABYSS", "The Cranes Are Flying", "Zorro", "ЛЕТЯТ ЖУРАВЛИ", "Летят журавли"]  # a tie: by id


def _notes(title: str, year: int) -> str:
    return f"{title} ({year})\nDVD9, PAL, Region 2\nAudio: English Dolby Digital 5.1\nRuntime: 101 min\n"


def _shelf(run, folder) -> None:
    for i, title in enumerate(STORED):
        path = folder / f"{i:02}.txt"
        path.write_text(_notes(title, 1950 + i), encoding="utf-8")
        assert run("add", "--yes", path).exit_code == 0


@pytest.fixture
def shelf(run, tmp_path):
    _shelf(run, tmp_path)
    return run


def test_the_fold_is_one_letter_for_one():
    letters, folded = TITLE_FOLD
    assert len(letters) == len(folded) == len(set(letters)) and "'" not in letters + folded
    assert title_order("ÉCOLE Ünd ÓDŹ Ж") == "ecole und odz ж" and title_order(None) is None


def test_films_and_find_sort_titles_ignoring_case_and_accents(shelf, db_url):
    films = [f["title"] for f in json.loads(shelf("films", "--json").stdout)]
    assert films == EXPECTED
    found = json.loads(shelf("find", "--sort", "title", "--json").stdout)
    assert [r["film_title"] for r in found] == EXPECTED
    backwards = json.loads(shelf("find", "--sort", "-title", "--json").stdout)
    assert [r["film_title"] for r in backwards] == sorted(EXPECTED, key=title_order, reverse=True)  # ties by id still
    top = json.loads(shelf("find", "--sort", "title", "--limit", "3", "--json").stdout)
    assert [r["film_title"] for r in top] == EXPECTED[:3]


def test_copies_list_by_title_ignoring_case(shelf):
    for release in (2, 4, 3):  # LONG RIDE FROM HELL, THE ABYSS, Terminal
        assert shelf("own", release).exit_code == 0
    listed = json.loads(shelf("copies", "--json").stdout)
    assert [c["film"] for c in listed] == ["LONG RIDE FROM HELL", "Terminal", "THE ABYSS"]


def test_sqlite3_and_sqlalchemy_agree(shelf, db_url, engine):
    from sqlmodel import Session

    from dvdtrack.queries.listing import list_films
    from dvdtrack.store.reader import Reader, open_reader

    with open_reader(db_url) as reader, Session(engine) as s:
        fast, orm = list_films(reader), list_films(Reader.of_alchemy(s))
    assert fast == orm and [f["title"] for f in fast] == EXPECTED
