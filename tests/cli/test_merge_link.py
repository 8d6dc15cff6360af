"""`film merge` shows both films and asks, refuses films that look different unless --force;
`release link` takes what the notes say about the film along and leaves no empty film."""

from __future__ import annotations

import json

import pytest

from tests.conftest import DATA, SEEDS

POST = next(SEEDS.glob("000_*.txt"))


def film_id(run, title: str) -> int:
    return json.loads(run("film", title, "--json").stdout)["id"]


def export(run) -> str:
    return run("export").stdout


@pytest.mark.parametrize("keep, drop, why", [
    ("The Ballad of a Soldier", "The Letter Never Sent", "their IMDb ids differ (tt0052600, tt0053106)"),
    ("The Letter Never Sent", "The Letter", "their years are 7 apart (1959, 1966)"),
])
def test_merge_refuses_films_that_look_different(listed, keep, drop, why):
    before, kept, dropped = export(listed), film_id(listed, keep), film_id(listed, drop)
    result = listed("film", "merge", keep, drop, "--yes")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"dvdtrack: error: films #{kept} and #{dropped} look like "
                             f"different films: {why}; give --force to merge them anyway\n")
    assert export(listed) == before
    forced = listed("film", "merge", keep, drop, "--yes", "--force")
    assert forced.exit_code == 0, forced.output
    assert f"merged film #{dropped} into #{kept} {keep}" in forced.stdout
    assert listed("film", str(dropped)).exit_code == 2


def test_merge_shows_both_films_and_asks(listed, monkeypatch):
    from dvdtrack.cli import guarded

    before = export(listed)
    refused = listed("film", "merge", "The Cranes Are Flying", "The House I Live In")  # no terminal, no --yes
    assert refused.exit_code == 2 and "give --yes" in refused.stderr and export(listed) == before
    monkeypatch.setattr(guarded, "terminal", lambda: True)
    declined = listed("film", "merge", "The Cranes Are Flying", "The House I Live In", input="n\n")
    assert declined.exit_code == 1 and "nothing changed" in declined.stderr and export(listed) == before
    assert "keep #1" in declined.stdout and "Mikhail Kalatozov" in declined.stdout and "Merge film #" in declined.stdout
    house = film_id(listed, "The House I Live In")
    accepted = listed("film", "merge", "1", str(house), input="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert listed("film", str(house)).exit_code == 2
    titles = {t["title"] for t in json.loads(listed("film", "1", "--json").stdout)["titles"]}
    assert "The House I Live In" in titles


@pytest.mark.parametrize("args, message", [
    (["merge", "1", "999"], "no film with id 999"),
    (["merge", "1"], "usage: dvdtrack film merge KEEP DROP"),
    (["merge", "1", "1", "--yes"], "cannot merge a film with itself"),
    (["1", "--force"], "--yes, --force and --with-releases are for `film merge` and `film rm`"),
])
def test_merge_bad_input(listed, args, message):
    before = export(listed)
    result = listed("film", *args)
    assert result.exit_code == 2 and result.stderr.startswith(f"dvdtrack: error: {message}")
    assert len(result.stderr.splitlines()) == 1 and export(listed) == before


def test_link_takes_the_notes_along_and_removes_the_empty_film(listed):
    assert listed("add", "-y", DATA / "nfo.txt").exit_code == 0  # Voskhozhdenie: no title in common with The Ascent
    release = json.loads(listed("show", "2", "--json").stdout)
    ascent = film_id(listed, "The Ascent")
    result = listed("release", "link", release["id"], ascent)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (f"release #{release['id']} now belongs to film #{ascent} The Ascent (1977), with "
                                     f"2 fact(s) of its notes; film #{release['film_id']}, left with nothing, was removed")
    film = json.loads(listed("film", str(ascent), "--json").stdout)
    assert "Voskhozhdenie" in {t["title"] for t in film["titles"]}
    assert [f["entry"] for f in film["facts"]["title"]][-1].startswith("release ")
    assert listed("film", str(release["film_id"])).exit_code == 2
    assert listed("films", "voskhozhdenie", "--json").stdout.count('"id"') == 1


def test_link_leaves_what_others_say_and_drops_what_only_the_notes_said(listed):
    ascent = film_id(listed, "The Ascent")
    assert listed("release", "link", "1", ascent).exit_code == 0  # the Cranes release, by mistake
    cranes = json.loads(listed("film", "1", "--json").stdout)
    assert {t["title"] for t in cranes["titles"]} == {"The Cranes are Flying"}  # the list names it too
    assert cranes["directors"] == ["Mikhail Kalatozov"] and cranes["year"] == 1957
    moved = json.loads(listed("film", str(ascent), "--json").stdout)
    assert {"Летят журавли", "Letyat zhuravli"} <= {t["title"] for t in moved["titles"]}


def test_link_refuses_notes_of_another_imdb_film(run, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(POST.read_text(encoding="utf-8") + "\nIMDb: https://www.imdb.com/title/tt0050634/\n",
                     encoding="utf-8")
    assert run("add", "-y", notes).exit_code == 0
    assert run("import", SEEDS).exit_code == 0
    other = film_id(run, "The Ascent")
    before = export(run)
    result = run("release", "link", "1", other)
    assert result.exit_code == 2 and "notes give IMDb id tt0050634 and film #" in result.stderr
    assert export(run) == before


@pytest.mark.parametrize("args, message", [
    (["99", "1"], "no release with id 99"), (["1", "99"], "no film with id 99"),
    (["1", "1"], "release #1 belongs to film #1 already"),
])
def test_link_bad_input(listed, args, message):
    result = listed("release", "link", *args)
    assert result.exit_code == 2 and result.stderr == f"dvdtrack: error: {message}\n"


def test_link_takes_the_film_by_title_as_film_does(listed):
    """`release link 2 "The Ascent"` said the film must be a number, where `film` and `compare` take a title."""
    assert listed("add", "-y", DATA / "nfo.txt").exit_code == 0
    ascent = film_id(listed, "The Ascent")
    result = listed("release", "link", "2", "the ascent")
    assert result.exit_code == 0 and f"now belongs to film #{ascent} The Ascent (1977)" in result.stdout, result.output
    unknown = listed("release", "link", "2", "Ascnet Teh")
    assert unknown.exit_code == 2 and "no film titled 'Ascnet Teh'" in unknown.stderr
