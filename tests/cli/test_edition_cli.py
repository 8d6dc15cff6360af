"""`show` and `find` with an edition's own facts: its rows, `find --barcode` in any spelling, `find --edition`,
and find's format, edition and region columns."""

import json

import pytest

from tests.store.test_edition_columns import NOTES

OTHER = """Harbour Lights (1963)
Edition: Director's Cut
Region 1 - NTSC
Running time: 101 mins
Audio: English DD 5.1
"""


@pytest.fixture
def stocked(run, tmp_path):
    for name, notes in (("special.txt", NOTES), ("cut.txt", OTHER)):
        (tmp_path / name).write_text(notes, encoding="utf-8")
        assert run("add", tmp_path / name, "--yes").exit_code == 0
    return run


def ids(result):
    assert result.exit_code == 0, result.output
    return [r["id"] for r in json.loads(result.stdout)]


def test_show_names_the_editions_facts(stocked):
    out = stocked("show", "1").stdout
    for row in ("Edition    Special Edition", "Released   2003-05-12", "catalogue CC1963D · barcode 037429209325 · ASIN B0001Z3TQ2",
                "PAL 1.85:1 anamorphic", "Mono       yes"):
        assert row in out, row


@pytest.mark.parametrize("barcode", ["037429209325", "0037429209325", "0 37429 20932 5", "037429-209325"])
def test_find_by_barcode_in_any_spelling(stocked, barcode):
    assert ids(stocked("find", "--barcode", barcode, "--json")) == [1]


@pytest.mark.parametrize("barcode", ["037429209326", "12345", "not a number"])
def test_find_by_a_number_that_is_no_barcode_is_a_usage_error(stocked, barcode):
    result = stocked("find", "--barcode", barcode)
    assert result.exit_code == 2 and result.stderr.startswith("dvdtrack: error:") and "barcode" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("words, found", [("special", [1]), ("Director's", [2]), ("CUT", [2]), ("special cut", []),
                                          ("edition", [1])])
def test_find_by_edition_words(stocked, words, found):
    assert ids(stocked("find", "--edition", words, "--json")) == found


def test_find_shows_format_edition_and_region_columns(stocked):
    rows = stocked("find", "--csv").stdout.splitlines()
    assert rows[0] == "id,film,year,format,edition,label,region,system,aspect,runtime,audio,subtitles"
    assert rows[1].startswith("1,Harbour Lights,1963,,Special Edition,,2,PAL,")
    assert rows[2].startswith("2,Harbour Lights,1963,,Director's Cut,,1,NTSC,")
    table = stocked("find").stdout
    assert all(column in table for column in ("edition", "region"))
    assert "format" not in table.splitlines()[1]  # no edition has a format: a table leaves the column out
