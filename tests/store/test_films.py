"""Film identity and curated lists: counts on the seeds, order independence, idempotence, provenance."""

import itertools
import json

import pytest

from dvdtrack.store.titles import same_title
from tests.conftest import SEEDS

FEED = next(SEEDS.glob("002_*.txt"))
PAGE = next(SEEDS.glob("001_*.txt"))
POST = next(SEEDS.glob("000_*.txt"))

EXPECTED_FILMS = {
    ("The Ascent", 1977), ("The Commissar", 1967), ("The Cranes Are Flying", 1957),
    ("The Ballad of a Soldier", 1959), ("The Letter Never Sent", 1959), ("The Lady with the Dog", 1960),
    ("The Irony of Fate, or Enjoy Your Bath!", 1975), ("The Return of the Prodigal Son", 1976),
    ("Moscow Does Not Believe in Tears", 1980), ("A Cruel Romance", 1984),
    ("The Story of Asya Klyachina", 1966), ("The Messenger", 1986), ("The Letter", 1966),
    ("The Diamond Arm", 1969), ("The Station Master", 1972), ("The Twelve Chairs", 1971),
    ("The Rumyantsev Case", 1955), ("The House I Live In", 1957),
}


def films(run):
    result = run("films", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_import_seed_folder(run, seed_dir):
    result = run("import", seed_dir)
    assert result.exit_code == 0, result.output
    got = films(run)
    assert {(f["title"], f["year"]) for f in got} == EXPECTED_FILMS
    cranes = [f for f in got if f["title"] == "The Cranes Are Flying"][0]
    assert cranes["imdb_id"] == "tt0050634" and cranes["releases"] == 1


@pytest.mark.parametrize("order", list(itertools.permutations([FEED, PAGE, POST]))[::2])
def test_order_independent_and_idempotent(run, order):
    for path in order:
        assert run("import", path).exit_code == 0
    first = films(run)
    for path in order:
        run("import", path)
    assert films(run) == first
    assert {(f["title"], f["year"]) for f in first} == EXPECTED_FILMS


def test_add_links_release_to_listed_film(run):
    run("import", FEED, PAGE)
    assert run("add", POST).exit_code == 0
    assert len(films(run)) == 18
    film = json.loads(run("film", "Летят журавли", "--json").stdout)
    titles = {t["title"] for t in film["titles"]}
    assert {"Letyat zhuravli", "Летят журавли"} <= titles
    assert film["editions"][0]["disc_format"] == "DVD9"


@pytest.fixture(scope="module")
def listed(module_run):
    """The feed and the page of film lists imported once per module and engine: for tests that only read them."""
    assert module_run("import", FEED, PAGE).exit_code == 0
    return module_run


def test_imdb_kept_and_conflicts_shown(listed):
    letter = json.loads(listed("film", "The Letter That Was Never Sent", "--json").stdout)
    assert letter["imdb_id"] == "tt0053106" and letter["years"] == [1959, 1960]
    assert {f["value"] for f in letter["conflicts"]["year"]} == {"1959", "1960"}
    commissar = json.loads(listed("film", "The Commissar", "--json").stdout)
    facts = {f["value"] for f in commissar["conflicts"]["fact"]}
    assert any("until 1987" in f for f in facts) and any("until 1988" in f for f in facts)
    irony = json.loads(listed("film", "The Irony of Fate", "--json").stdout)
    assert irony["imdb_id"] == "tt0073179"


def test_lists(listed):
    lists = json.loads(listed("lists", "--json").stdout)
    assert {l["title"]: l["entries"] for l in lists} == {
        "Soviet Films About Letters: A Cinematic Journey": 10,
        "Soviet Films on Messages: A Cinematic Journey": 10,
        "Soviet Films on Correspondence": 10,
    }
    assert [l["author"] for l in lists if l["title"] == "Soviet Films on Correspondence"] == ["Fiona Maryam"]


def test_films_filters(listed):
    assert [f["title"] for f in json.loads(listed("films", "letter", "--json").stdout)] == [
        "The Letter", "The Letter Never Sent"]
    assert len(json.loads(listed("films", "--year", "1957", "--json").stdout)) == 2
    assert len(json.loads(listed("films", "--list", "messages", "--year", "1970..1980", "--json").stdout)) == 4


def test_merge_and_link(run):
    run("import", FEED)
    letter = json.loads(run("film", "The Letter", "--json").stdout)["id"]
    sent = json.loads(run("film", "The Letter Never Sent", "--json").stdout)["id"]
    result = run("film", "merge", sent, letter, "--yes", "--force")  # 1959 and 1966: looks like two films
    assert result.exit_code == 0, result.output
    merged = json.loads(run("film", str(sent), "--json").stdout)
    assert "The Letter" in {t["title"] for t in merged["titles"]}
    assert run("film", str(letter)).exit_code == 2
    run("add", POST)
    assert run("release", "link", "1", sent).exit_code == 0
    assert json.loads(run("show", "1", "--json").stdout)["film_id"] == sent


def test_unknown_film_suggests(run):
    run("import", FEED)
    result = run("film", "Crames Are Flying")  # a typo: no title holds `crames`
    assert result.exit_code == 2 and "did you mean" in result.stderr and "Cranes" in result.stderr


@pytest.mark.parametrize("a, b, same", [
    ("The Irony of Fate", "The Irony of Fate, or Enjoy Your Bath!", True),
    ("The Letter Never Sent", "The Letter That Was Never Sent", True),
    ("The Letter", "The Letter Never Sent", False),
    ("The Cranes Are Flying", "the cranes are flying", True),
    ("Letyat zhuravli", "Летят журавли", True),
    ("Letiat zhuravli", "Летят журавли", True),
    # A translation is not a spelling: such titles join through another title the sources share.
    ("Moscow Does Not Believe in Tears", "Moskva slezam ne verit", False),
    ("The Ascent", "Ascent", True),
    ("The Twelve Chairs", "The Twelve Chairs (1971)", True),
    ("The Diamond Arm", "The Station Master", False),
    ("Ivan Brovkin on the State Farm", "Ivan Brovkin in the Virgin Lands", False),
    ("Ivan Brovkin na tseline", "Иван Бровкин на целине", True),
    ("Amélie", "Amelie", True),
])
def test_title_pairs(a, b, same):
    assert same_title([a], [b]) is same


def test_title_order_is_the_same_on_every_engine(run, tmp_path):
    for title, year in [("the b", 1950), ("The a", 1960), ("Летят", 1970), ("Zed", 1980), ("apple", 1990)]:
        (tmp_path / f"{year}.txt").write_text(f"{title} ({year}) DVD5\nDVD5 | PAL 4:3 | 01:30:00\n", encoding="utf-8")
    assert run("import", tmp_path).exit_code == 0
    titles = [f["title"] for f in json.loads(run("films", "--json").stdout)]
    assert titles == ["apple", "The a", "the b", "Zed", "Летят"]  # case ignored (`store.title_order`)
    found = json.loads(run("find", "--sort", "title", "--json").stdout)
    assert [r["film_title"] for r in found] == titles


def test_bytewise_order_asks_postgresql_for_the_c_collation():
    from sqlalchemy.dialects import postgresql, sqlite
    from sqlmodel import select

    from dvdtrack.store.collation import bytewise
    from dvdtrack.store.models import Film

    query = select(Film.id).order_by(bytewise(Film.title))
    assert 'ORDER BY film.title COLLATE "C"' in str(query.compile(dialect=postgresql.dialect()))
    assert str(query.compile(dialect=sqlite.dialect())).endswith("ORDER BY film.title")


def test_one_batch_with_two_editions_of_a_new_film(run, tmp_path):
    """The second edition matches the film the first created in the same (unwritten) batch."""
    notes = tmp_path / "two.txt"
    notes.write_text("Clear Sky / Чистое небо (1961) DVD9 RUSCICO\nDVD9 | PAL 4:3 | 01:45:10 | 7.50 Gb\n\n"
                     "-----\nClear Sky (1961) DVD5 Other Label\nDVD5 | NTSC 4:3 | 01:40:00 | 4.10 Gb\n"
                     "-----\nAnna Karenina (1967) DVD9 RUSCICO\nDVD9 | PAL 16:9 | 02:25:00 | 7.2 Gb\n",
                     encoding="utf-8")
    assert run("add", notes).exit_code == 0
    got = {(f["title"], f["year"]): f for f in films(run)}
    assert set(got) == {("Clear Sky", 1961), ("Anna Karenina", 1967)}
    assert got[("Clear Sky", 1961)]["releases"] == 2
    film = json.loads(run("film", "Чистое небо", "--json").stdout)
    assert {e["disc_format"] for e in film["editions"]} == {"DVD9", "DVD5"}


def test_untitled_blocks_are_films_of_their_own(run, tmp_path):
    for name, spec in (("a.txt", "DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb"), ("b.txt", "DVD5 | NTSC 16:9 | 01:40:00 | 4.2 Gb")):
        (tmp_path / name).write_text(spec + "\nLanguage: Russian\n", encoding="utf-8")
    assert run("import", tmp_path / "a.txt", tmp_path / "b.txt").exit_code == 0
    untitled = [f for f in films(run) if f["title"] == "Untitled release"]
    assert len(untitled) == 2 and all(f["releases"] == 1 for f in untitled)


def test_country_lines_become_film_facts(run, tmp_path):
    notes = tmp_path / "post.txt"
    notes.write_text("Stalker (1979) DVD9\nCountry: USSR\nLanguage: Russian\n", encoding="utf-8")
    assert run("add", notes).exit_code == 0
    film = json.loads(run("film", "Stalker", "--json").stdout)
    assert [f["value"] for f in film["facts"]["country"]] == ["USSR"]
    assert "Countries" in run("film", "Stalker").stdout


def test_an_imdb_id_in_release_notes_is_the_film(run, tmp_path):
    """Two titles no fuzzy rule would join, one IMDb id: one film, also within one batch; an untitled
    block with the id joins it too; another id with the same title is another film."""
    notes = tmp_path / "imdb.txt"
    notes.write_text("Stalker (1979) DVD9\nIMDb: http://www.imdb.com/title/tt0079944/\nLanguage: Russian\n"
                     "-----\nСталкер (1979) DVD5\nhttps://www.imdb.com/title/tt0079944/\nLanguage: Russian\n"
                     "-----\nDVD9 | PAL 4:3 | 02:35:00 | 7.9 Gb\nIMDb: tt0079944\n"
                     "-----\nStalker (1979) DVD5\nIMDb: tt9999999\nLanguage: English\n", encoding="utf-8")
    result = run("add", notes)
    assert result.exit_code == 0, result.output
    got = sorted((f["imdb_id"], f["title"], f["releases"]) for f in films(run))
    assert got == [("tt0079944", "Stalker", 3), ("tt9999999", "Stalker", 1)]
    film = json.loads(run("film", "1", "--json").stdout)
    # the untitled block's placeholder is no title of the film
    assert [t["title"] for t in film["titles"]] == ["Stalker", "Сталкер"] and film["imdb_id"] == "tt0079944"
    assert run("add", notes).exit_code == 0  # again: nothing new
    assert sorted((f["imdb_id"], f["releases"]) for f in films(run)) == [("tt0079944", 3), ("tt9999999", 1)]


def test_a_comparison_table_stores_one_release_per_column(run, tmp_path):
    notes = tmp_path / "compare.txt"
    notes.write_text("Mirror (1975)\nDistribution\tRUSCICO - Region 0 - NTSC\tArtificial Eye - Region 2 - PAL\n"
                     "Runtime\t1:46:17\t1:41:54\nAudio\tRussian (Dolby Digital 5.1)\tRussian (Dolby Digital 2.0)\n",
                     encoding="utf-8")
    result = run("add", notes)
    assert result.exit_code == 0, result.output
    [film] = [f for f in films(run) if f["title"] == "Mirror"]
    assert film["releases"] == 2
    editions = json.loads(run("film", str(film["id"]), "--json").stdout)["editions"]
    assert sorted(e["label"] for e in editions) == ["Artificial Eye", "RUSCICO"]


def test_an_untitled_films_title_gives_way_to_a_named_one(run, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("DVD9 | PAL 4:3 | 01:48:00 | 7.4 Gb\nIMDb: tt0072443\n", encoding="utf-8")
    second.write_text("Zerkalo (1975) DVD5\nIMDb: tt0072443\nLanguage: Russian\n", encoding="utf-8")
    assert run("import", first).exit_code == 0 and run("import", second).exit_code == 0
    assert [(f["title"], f["releases"]) for f in films(run)] == [("Zerkalo", 2)]
