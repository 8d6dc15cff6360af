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
    assert missing.exit_code == 1 and "did you mean" in missing.stderr


def test_releases_of_different_films(stocked, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Anna Karenina / Анна Каренина (1967) 2 x DVD9 RUSCICO\nDVD9 | PAL 16:9 | 02:25:00\n", encoding="utf-8")
    stocked("add", other)
    out = stocked("compare", "--release", "1", "--release", "4").stdout
    assert "Editions of different films" in out
