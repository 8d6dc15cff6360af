"""`compare`: editions side by side, runtime verdicts both ways, --diff, JSON and Markdown."""

import json

import pytest

from tests.conftest import DATA, SEEDS

POST = next(SEEDS.glob("000_*.txt"))


def add_editions(run):
    for path in (POST, DATA / "cranes_ntsc.txt", DATA / "cranes_cut.txt"):
        result = run("add", path)
        assert result.exit_code == 0, result.output
    return run


@pytest.fixture(scope="module")
def editions(module_run):
    """Three editions of one film, stored once per module and engine: for tests that only read them."""
    return add_editions(module_run)


@pytest.fixture
def stocked(run):
    """The same three editions in a database of the test's own: for tests that add to them."""
    return add_editions(run)


def test_json_rows_and_verdicts(editions):
    result = editions("compare", "The Cranes Are Flying", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [e["id"] for e in data["editions"]] == [1, 2, 3]
    rows = {r["field"]: r for r in data["rows"]}
    assert rows["video system"]["values"] == ["PAL", "NTSC", "NTSC"] and rows["video system"]["differs"]
    assert rows["aspect ratio"]["differs"] is False
    assert rows["runtime at film speed"]["values"][0] == "1:35:03"
    assert data["verdicts"][0] == "#1 vs #2: same cut (difference explained by PAL speed-up)"
    assert data["verdicts"][1].startswith("#1 vs #3: differs by 15 min beyond speed-up")


def test_features_compare_by_meaning(editions):
    data = json.loads(editions("compare", "Летят журавли", "--release", "1", "--release", "2", "--json").stdout)
    from dvdtrack.queries.compare import build_rows

    features = [r for r in build_rows(data["editions"]) if r.field == "bonus features"][0]
    assert features.unique[0] == ["Documentary about T. Samoilova",
                                  "Newsreels of the 1941 parade on Red Square, Moscow", "Filmographies", "Soon on DVD"]
    assert features.unique[1] == ["Audio essay by a film historian"]


def test_table_and_diff(editions):
    full = editions("compare", "1")
    assert full.exit_code == 0 and "aspect ratio" in full.stdout and "★" in full.stdout
    diff = editions("compare", "1", "--diff")
    assert "aspect ratio" not in diff.stdout and "video system" in diff.stdout


def test_markdown(editions):
    out = editions("compare", "Cranes Are Flying", "--markdown").stdout
    assert out.splitlines()[2].startswith("| | #1 ") and "|---|---|---|---|" in out
    assert "**video system**" in out and "- #1 vs #2: same cut" in out


def test_single_edition_and_unknown_film(run):
    run("add", POST)
    one = run("compare", "Cranes are Flying")
    assert one.exit_code == 0 and "nothing to compare" in one.stdout
    missing = run("compare", "Cranes are Flyinq")
    assert missing.exit_code == 2 and "did you mean" in missing.stderr


def test_releases_of_different_films_refused_unless_forced(stocked, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Anna Karenina / Анна Каренина (1967) 2 x DVD9 RUSCICO\nDVD9 | PAL 16:9 | 02:25:00\n", encoding="utf-8")
    stocked("add", other)
    refused = stocked("compare", "--release", "1", "--release", "4")
    assert refused.exit_code == 2 and refused.stdout == ""
    assert refused.stderr.strip().splitlines() == [
        "dvdtrack: error: releases of different films: #1 is of film #1 The Cranes Are Flying (1957); "
        "#4 is of film #2 Anna Karenina (1967); compare them anyway with --force"]
    out = stocked("compare", "--release", "1", "--release", "4", "--force").stdout
    assert "Editions of different films" in out


def test_releases_of_one_film_need_no_force(editions):
    assert editions("compare", "--release", "1", "--release", "3").exit_code == 0


def test_a_film_named_with_releases_of_another_is_refused_unless_forced(stocked, tmp_path):
    """`compare FILM --release ID` compared the release whatever FILM was; a release named twice was shown twice."""
    other = tmp_path / "other.txt"
    other.write_text("Anna Karenina / Анна Каренина (1967) 2 x DVD9 RUSCICO\nDVD9 | PAL 16:9 | 02:25:00\n", encoding="utf-8")
    stocked("add", other)
    refused = stocked("compare", "Anna Karenina", "--release", "1")
    assert refused.exit_code == 2 and "the film named is #2 Anna Karenina (1967)" in refused.stderr
    assert stocked("compare", "Cranes", "--release", "1", "--release", "3", "--json").exit_code == 0
    twice = json.loads(stocked("compare", "--release", "1", "--release", "1", "--json").stdout)
    assert len(twice["editions"]) == 1


# runtimes: the tolerance follows the precision each was given with

RUBLEV = "Andrei Rublev (1966) DVD9 {label}\nDVD9 | {system} 4:3 | {runtime}\nLanguage: {audio}\nSubtitle: English\n"


def two_editions(run, tmp_path, first: dict, second: dict):
    for n, fields in enumerate((first, second), 1):
        values = {"label": "Criterion", "system": "NTSC", "audio": "Russian", **fields}
        (tmp_path / f"{n}.txt").write_text(RUBLEV.format(**values), encoding="utf-8")
        assert run("add", "-y", tmp_path / f"{n}.txt").exit_code == 0
    return json.loads(run("compare", "Andrei Rublev", "--json").stdout)


def test_whole_minutes_are_one_minute_either_way(run, tmp_path):
    data = two_editions(run, tmp_path, {"runtime": "159 minutes"}, {"runtime": "2:38:41", "label": "RUSCICO"})
    assert data["verdicts"] == ["#1 vs #2: same cut (same running time, to the minute one is given in)"]


def test_whole_minutes_more_than_one_apart_differ(run, tmp_path):
    data = two_editions(run, tmp_path, {"runtime": "159 minutes"}, {"runtime": "2:37:29", "label": "RUSCICO"})
    assert data["verdicts"] == ["#1 vs #2: differs by 91 s: possibly cut or extended"]


def test_runtimes_with_seconds_are_tight(run, tmp_path):
    data = two_editions(run, tmp_path, {"runtime": "2:39:00"}, {"runtime": "2:38:41", "label": "RUSCICO"})
    assert data["verdicts"] == ["#1 vs #2: differs by 19 s: possibly cut or extended"]
    close = two_editions(run, tmp_path, {"runtime": "2:39:00", "label": "Ruscico USA"}, {"runtime": "2:38:57"})
    assert "#3 vs #4: same cut (same running time)" in close["verdicts"]


def test_whole_minutes_and_speed_up_together(run, tmp_path):
    pal = round(9540 * (24000 / 1001) / 24 * 24 / 25)  # the cut of a 159 min NTSC disc on a PAL one: 2:32:29
    data = two_editions(run, tmp_path, {"runtime": "159 min"}, {"runtime": f"{pal // 3600}:{pal % 3600 // 60:02d}:{pal % 60:02d}",
                                                                  "system": "PAL", "label": "RUSCICO"})
    assert data["verdicts"] == ["#1 vs #2: same cut (difference explained by PAL speed-up)"]


def test_runtime_in_whole_hours_cannot_tell(run, tmp_path):
    data = two_editions(run, tmp_path, {"runtime": "3 hours"}, {"runtime": "2:38:41", "label": "RUSCICO"})
    assert data["verdicts"] == ["#1 vs #2: cannot tell: a runtime is given in whole hours"]


def test_runtime_shown_as_precisely_as_given(run, tmp_path):
    data = two_editions(run, tmp_path, {"runtime": "159 minutes"}, {"runtime": "2:38:41", "label": "RUSCICO"})
    rows = {r["field"]: r["values"] for r in data["rows"]}
    assert rows["runtime"] == ["159 min", "2:38:41"]


def test_runtime_stored_without_its_text_is_taken_from_its_value(run, db_url, tmp_path):
    """A release stored before the text was kept: whole minutes when its seconds are a whole number of them."""
    from sqlalchemy import text

    from dvdtrack.store.database import open_engine

    two_editions(run, tmp_path, {"runtime": "2:39:00"}, {"runtime": "2:38:41", "label": "RUSCICO"})
    engine = open_engine(db_url)
    with engine.begin() as conn:
        for rid, spec in conn.execute(text("SELECT id, spec_json FROM release")).all():
            data = json.loads(spec)
            data.pop("runtime_text")
            conn.execute(text("UPDATE release SET spec_json = :s WHERE id = :i"), {"s": json.dumps(data), "i": rid})
    engine.dispose()
    data = json.loads(run("compare", "Andrei Rublev", "--json").stdout)
    assert data["verdicts"] == ["#1 vs #2: same cut (same running time, to the minute one is given in)"]


# tracks: a star marks a language only one edition has

def test_star_marks_a_language_not_its_spelling(run, tmp_path):
    two_editions(run, tmp_path, {"runtime": "2:38:41", "audio": "Russian Dolby Digital 5.1, English DD 2.0"},
                 {"runtime": "2:38:41", "audio": "Русский AC3 5.1, French AC-3 2.0", "label": "RUSCICO"})
    from dvdtrack.queries.compare import build_rows

    data = json.loads(run("compare", "Andrei Rublev", "--json").stdout)
    audio = next(r for r in build_rows(data["editions"]) if r.field == "audio tracks")
    assert audio.unique == [["English (en) Dolby Digital 2.0"], ["French (fr) Dolby Digital 2.0"]]
    table = run("compare", "Andrei Rublev").stdout
    assert "★ Russian" not in table and "★ Русский" not in table and "★ English (en)" in table


def test_codec_spelled_differently_is_no_difference():
    from dvdtrack.queries.compare import build_rows

    def edition(rid, codec, channels, name):
        return {"id": rid, "disc_count": 1, "disc_format": "DVD9", "video_system": "PAL", "region": "5",
                "aspect_ratio": "4:3", "label": "RUSCICO", "runtime_seconds": 5475, "runtime_text": "1:31:15",
                "size_bytes": None, "features": [], "subtitles": [{"name": "English", "language": "en"}],
                "audio": [{"name": name, "language": "ru", "codec": codec, "channels": channels, "kind": None}]}

    rows = {r.field: r for r in build_rows([edition(1, "Dolby Digital", "5.1", "Russian"), edition(2, "AC3", "6ch", "Русский")])}
    assert rows["audio tracks"].differs is False and rows["audio tracks"].unique == [[], []]
    rows = {r.field: r for r in build_rows([edition(1, "Dolby Digital", "5.1", "Russian"), edition(2, "DTS", "5.1", "Russian")])}
    assert rows["audio tracks"].differs is True and rows["audio tracks"].unique == [[], []]


HARBOUR = "Harbour Lights (1963)\nRegion 2 PAL\nAspect ratio: 1.85:1\nRunning time: 94 min\n"


def test_edition_rows_when_either_side_has_them(run, tmp_path):
    (tmp_path / "a.txt").write_text(HARBOUR + "Edition: Collector's Edition\nCatalogue No.: CC1963D\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(HARBOUR.replace("Region 2 PAL", "Region 1 NTSC") + "EAN: 5021866234502\n",
                                    encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        assert run("add", "-y", tmp_path / name).exit_code == 0
    data = json.loads(run("compare", "--release", "1", "--release", "2", "--json").stdout)
    rows = {r["field"]: r for r in data["rows"]}
    assert rows["edition"]["values"] == ["Collector's Edition", ""] and rows["edition"]["differs"]
    assert rows["catalogue number"]["values"] == ["CC1963D", ""]
    assert rows["barcode"]["values"] == ["", "5021866234502"]
    fields = [r["field"] for r in data["rows"]]
    assert fields.index("label") < fields.index("edition") < fields.index("catalogue number") < fields.index("barcode")
    table = run("compare", "--release", "1", "--release", "2")
    assert "Collector's Edition" in table.stdout and "5021866234502" in table.stdout
    assert "| catalogue number |" not in run("compare", "--release", "1", "--release", "2", "--markdown").stdout
    assert "| **catalogue number** | CC1963D |  |" in run("compare", "--release", "1", "--release", "2", "--markdown").stdout


def test_no_edition_rows_when_no_side_has_them(editions):
    fields = [r["field"] for r in json.loads(editions("compare", "Cranes are Flying", "--json").stdout)["rows"]]
    assert not {"edition", "catalogue number", "barcode"} & set(fields)
