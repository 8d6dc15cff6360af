"""`find` on the seeds: languages in any spelling, AND of filters, outputs, errors, index use."""

import json

import pytest

from tests.conftest import SEEDS

NTSC = """The Cranes Are Flying / Летят журавли (1957) DVD5 Criterion
DVD5 | NTSC 4:3 | 01:37:00 | 4.20 GB
Language: Russian
Subtitle: English, Japanese
"""


@pytest.fixture(scope="module")
def seeded(module_run):
    """The seeds imported once per module and engine: for tests that only read them."""
    assert module_run("import", SEEDS).exit_code == 0
    return module_run


@pytest.fixture
def stocked(run, seed_dir):
    """The seeds imported into a database of the test's own: for tests that add to them."""
    assert run("import", seed_dir).exit_code == 0
    return run


def ids(result):
    assert result.exit_code == 0, result.output
    return [r["id"] for r in json.loads(result.stdout)]


@pytest.mark.parametrize("name", ["Hebrew", "he", "heb", "иврит", "Hébreu"])
def test_hebrew_subtitles_any_spelling(seeded, name):
    assert ids(seeded("find", "--subtitle", name, "--json")) == [1]


def test_audio_and_subtitle_combine(seeded):
    assert ids(seeded("find", "--audio", "fr", "--subtitle", "ar", "--json")) == [1]
    assert ids(seeded("find", "--audio", "he", "--subtitle", "ar", "--json")) == []


def test_no_match_is_not_an_error(seeded):
    result = seeded("find", "--audio", "ja")
    assert result.exit_code == 0 and "0 releases" in result.stdout
    csv = seeded("find", "--audio", "ja", "--csv")
    assert csv.stdout.splitlines() == ["id,film,year,format,edition,label,region,system,aspect,runtime,audio,subtitles"]


def test_unknown_language(seeded):
    result = seeded("find", "--audio", "Hebrw")
    assert result.exit_code == 2 and "Hebrew" in result.stderr


def test_spec_filters_and_query_string(stocked, tmp_path):
    (tmp_path / "ntsc.txt").write_text(NTSC, encoding="utf-8")
    assert stocked("add", tmp_path / "ntsc.txt").exit_code == 0
    assert ids(stocked("find", "--system", "NTSC", "--json")) == [2]
    assert ids(stocked("find", "--lang", "ja", "--json")) == [1, 2]
    assert ids(stocked("find", "--format", "DVD9", "--year", "1950..1960", "--json")) == [1]
    assert ids(stocked("find", "sub:ja", "system:PAL", "--json")) == [1]
    assert ids(stocked("find", "журавли", "--label", "criterion", "--json")) == [2]
    assert ids(stocked("find", "--film", "Letyat zhuravli", "--sort", "id", "--json")) == [1, 2]
    assert ids(stocked("find", "--lang", "ja", "--limit", "1", "--sort", "id", "--json")) == [1]


def test_json_keys_and_csv(seeded):
    row = json.loads(seeded("find", "--subtitle", "he", "--json").stdout)[0]
    assert {"id", "film_id", "film_title", "titles", "audio", "subtitles", "grammar"} <= set(row)
    csv = seeded("find", "--subtitle", "he", "--csv").stdout.splitlines()
    assert csv[0].startswith("id,film,year") and "he" in csv[1]
    both = seeded("find", "--json", "--csv")
    assert both.exit_code == 2


def test_language_filter_uses_index(engine):
    from sqlalchemy import text

    if engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    from dvdtrack.queries.find import FindQuery, build_query

    (sql, params), _ = build_query(FindQuery(audio=["fr"], subtitle=["he"]), driver=1)
    with engine.connect() as conn:
        plan = " ".join(r[-1] for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params))
    assert "ix_audio_lang_release" in plan and "ix_subtitle_lang_release" in plan
    assert "SCAN releaseaudio" not in plan and "SCAN releasesubtitle" not in plan


def test_release_with_two_tracks_in_one_language_listed_once(run, tmp_path):
    (tmp_path / "two.txt").write_text(
        "DVD9 | PAL 4:3 | 01:31:15\nLanguage: English, English (commentary), Russian\n", encoding="utf-8")
    run("add", tmp_path / "two.txt")
    assert ids(run("find", "--audio", "en", "--json")) == [1]
    assert ids(run("find", "--lang", "en", "--audio", "ru", "--json")) == [1]


def test_count_is_capped_and_exact_with_limit_zero(stocked, tmp_path, monkeypatch):
    import dvdtrack.queries.find as find

    (tmp_path / "ntsc.txt").write_text(NTSC, encoding="utf-8")
    stocked("add", tmp_path / "ntsc.txt")
    monkeypatch.setattr(find, "COUNT_CAP", 1)
    capped = stocked("find", "--subtitle", "en", "--limit", "1")
    assert "1+ releases (showing 1" in capped.stdout
    assert "2 releases" in stocked("find", "--subtitle", "en", "--limit", "0").stdout


def test_driver_is_the_rarest_language(engine):
    from dvdtrack.queries.find import FindQuery, choose_driver, language_filters
    from dvdtrack.store.database import session
    from dvdtrack.store.models import Film, Release, ReleaseSubtitle

    with session(engine) as s:
        s.add(Film(id=1, title="x"))
        for rid in range(1, 6):
            s.add(Release(id=rid, film_id=1, title="x", spec_json="{}", raw_block="", block_hash=str(rid)))
            s.add(ReleaseSubtitle(release_id=rid, position=0, language="en", name="English"))
        s.add(ReleaseSubtitle(release_id=3, position=1, language="he", name="Hebrew"))
        s.commit()
        q = FindQuery(subtitle=["en", "he"])
        assert choose_driver(s, language_filters(q)) == 1


def test_a_film_named_by_some_of_its_words_as_films_finds_it(seeded):
    """`film`, `compare` and `--film` take what `films` takes: every word of a title, in any order and
    script, naming one film; words naming several films are refused with the films named."""
    for command in (("film", "cranes flying", "--json"), ("compare", "flying cranes", "--json")):
        result = seeded(*command)
        assert result.exit_code == 0, result.output
        assert "Cranes" in result.stdout
    several = seeded("film", "the")
    assert several.exit_code == 2 and "names several films: #" in several.stderr and "give a film id" in several.stderr
    assert seeded("film", "no such words").exit_code == 2


def test_a_language_finds_its_macrolanguage_and_the_other_way(run, tmp_path):
    """A track written `Norsk` is stored as Norwegian (`no`); `--audio nb` (Bokmål) and `--audio no` find
    it, Nynorsk's own tracks are not Bokmål's; `cmn` (Mandarin) finds a track only said to be Chinese."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Nordlys (1999)\nAudio: Norsk\nSubtitles: Chinese\n", encoding="utf-8")
    assert run("add", "--yes", notes).exit_code == 0
    for args in (("--audio", "nb"), ("--audio", "Bokmål"), ("--audio", "no"), ("--subtitle", "cmn"), ("--lang", "nynorsk")):
        result = run("find", *args, "--json")
        assert result.exit_code == 0 and len(json.loads(result.stdout)) == 1, (args, result.output)
    assert json.loads(run("find", "--no-audio", "nb", "--json").stdout) == []


def test_json_and_csv_give_every_row_and_a_table_the_first_hundred(stocked, tmp_path, monkeypatch):
    """`find --csv > all.csv` is a spreadsheet of every match; a table on a screen stops at TABLE_ROWS and says so."""
    import dvdtrack.queries.find as find

    (tmp_path / "ntsc.txt").write_text(NTSC, encoding="utf-8")
    stocked("add", tmp_path / "ntsc.txt")
    monkeypatch.setattr(find, "TABLE_ROWS", 1)
    assert "(showing 1" in stocked("find", "--subtitle", "en").stdout
    assert len(ids(stocked("find", "--subtitle", "en", "--json"))) == 2
    assert len(stocked("find", "--subtitle", "en", "--csv").stdout.strip().splitlines()) == 3  # a header, two rows
    assert len(ids(stocked("find", "--subtitle", "en", "--json", "--limit", "1"))) == 1
