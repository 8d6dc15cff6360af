"""`release edit` (a fake editor through $EDITOR), `release set`, `release rm`, `film rm`: each shows
what changes, asks unless --yes (refuses without a terminal), and bad input is one line, exit 2."""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import DATA, SEEDS

POST = next(SEEDS.glob("000_*.txt"))


def _stored(run) -> None:
    assert run("import", SEEDS).exit_code == 0
    assert run("add", "-y", DATA / "nfo.txt").exit_code == 0  # release 2: Voskhozhdenie, a film of its own


@pytest.fixture
def stored(run, restore):
    restore(_stored)
    return run


def export(run) -> str:
    return run("export").stdout


def show(run, release_id) -> dict:
    return json.loads(run("show", release_id, "--json").stdout)


def editor(monkeypatch, tmp_path, old: str, new: str) -> None:
    """$EDITOR: a script that replaces `old` by `new` in the file it is given."""
    script = tmp_path / "fake_editor.py"
    script.write_text("import sys, pathlib\npath = pathlib.Path(sys.argv[1])\n"
                      f"path.write_text(path.read_text(encoding='utf-8').replace({old!r}, {new!r}), encoding='utf-8')\n",
                      encoding="utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")


def test_edit_reads_the_notes_again_and_shows_what_changes(stored, monkeypatch, tmp_path):
    editor(monkeypatch, tmp_path, "1h 49mn", "1h 50mn\nLabel: Ruscico\nDirector: Larisa Shepitko")
    result = stored("release", "edit", "2", "--yes")
    assert result.exit_code == 0, result.output
    assert "runtime_seconds" in result.stdout and "1:49:00" in result.stdout and "1:50:00" in result.stdout
    assert "Label: Ruscico" in result.stdout and "release #2 saved" in result.stdout
    release = show(stored, 2)
    assert (release["label"], release["runtime_seconds"]) == ("Ruscico", 6600)
    film = json.loads(stored("film", str(release["film_id"]), "--json").stdout)
    assert film["directors"] == ["Larisa Shepitko"]  # what the notes say about the film follows them
    again = (DATA / "nfo.txt").read_text(encoding="utf-8").replace("1h 49mn", "1h 50mn\nLabel: Ruscico\nDirector: Larisa Shepitko")
    assert "already stored as release #2" in stored("add", "-y", "-", input=again).stdout  # the notes as edited
    assert "stored as release" not in stored("add", "-y", DATA / "nfo.txt").stdout  # as they were: new again


def test_edit_asks_on_a_terminal(stored, monkeypatch, tmp_path):
    from dvdtrack.cli import guarded

    editor(monkeypatch, tmp_path, "DD 2.0", "DD 5.1")
    before = export(stored)
    refused = stored("release", "edit", "2")
    assert refused.exit_code == 2 and "no terminal to ask on" in refused.stderr and export(stored) == before
    monkeypatch.setattr(guarded, "terminal", lambda: True)
    declined = stored("release", "edit", "2", input="n\n")
    assert declined.exit_code == 1 and "Save release #2?" in declined.stdout and export(stored) == before
    assert stored("release", "edit", "2", input="y\n").exit_code == 0
    assert show(stored, 2)["audio"][0]["channels"] == "5.1"


def test_edit_that_changes_nothing(stored, monkeypatch, tmp_path):
    editor(monkeypatch, tmp_path, "Runtime......: 1h 49mn", "Runtime......: 1h 49mn  ")  # trailing spaces only
    before = export(stored)
    result = stored("release", "edit", "2", "--yes")
    assert result.exit_code == 0 and "say what they said; nothing changed" in result.stdout
    assert export(stored) == before


@pytest.mark.parametrize("new, message", [
    ("", "the notes no longer read as a release; release #2 is left as it was"),
    ("Title: Voskhozhdenie (1977)\nFormat: DVD5\n\n-----\n\nTitle: Zerkalo (1975)\nFormat: DVD9\n",
     "the notes now read as 2 releases, and a release's notes must read as one; release #2 is left as it was"),
])
def test_edit_refuses_notes_that_are_not_one_release(stored, monkeypatch, tmp_path, new, message):
    notes = show(stored, 2)
    script = tmp_path / "replace.py"
    script.write_text(f"import sys, pathlib\npathlib.Path(sys.argv[1]).write_text({new!r}, encoding='utf-8')\n",
                      encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    before = export(stored)
    result = stored("release", "edit", "2", "--yes")
    assert result.exit_code == 2 and result.stderr == f"dvdtrack: error: {message}\n", result.output
    assert export(stored) == before and show(stored, 2) == notes


def test_edit_refuses_the_notes_of_another_release(stored, monkeypatch, tmp_path):
    script = tmp_path / "replace.py"
    script.write_text(f"import sys, pathlib\npathlib.Path(sys.argv[1]).write_text({POST.read_text(encoding='utf-8')!r}, "
                      "encoding='utf-8')\n", encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    result = stored("release", "edit", "2", "--yes")
    assert result.exit_code == 2 and "these notes are release #1's already" in result.stderr


def test_set_one_field_validated_and_kept_through_reparse(stored):
    result = stored("release", "set", "2", "label", "Artificial Eye")
    assert result.exit_code == 0, result.output
    assert "Artificial Eye" in result.stdout and "release #2: label set" in result.stdout
    assert stored("release", "set", "2", "runtime", "1:48:00").exit_code == 0
    assert stored("release", "set", "2", "format", "2 x DVD9").exit_code == 0
    release = show(stored, 2)
    assert (release["label"], release["runtime_seconds"], release["disc_format"], release["disc_count"]) == (
        "Artificial Eye", 6480, "DVD9", 2)
    assert "(set by hand)" in stored("show", "2").stdout
    assert [r["id"] for r in json.loads(stored("find", "--label", "Artificial Eye", "--json").stdout)] == [2]
    assert json.loads(stored("reparse", "--json").stdout)["changed"] == []
    assert show(stored, 2)["label"] == "Artificial Eye"
    back = stored("release", "set", "2", "label", "--from-notes")
    assert back.exit_code == 0 and show(stored, 2)["label"] is None and show(stored, 2)["runtime_seconds"] == 6480


@pytest.mark.parametrize("args, message", [
    (["2", "colour", "red"], "no field 'colour' to set; fields: title, year, format, discs, label, region, system, "
                             "aspect, runtime, size"),
    (["2", "year", "soon"], "not a year: 'soon' (for example: release set ID year 1975)"),
    (["2", "runtime", "long"], "not a runtime: 'long' (for example: release set ID runtime 1:48:00)"),
    (["2", "label", ""], "not a label: '' (for example: release set ID label \"Artificial Eye\")"),
    (["2", "label"], "give a VALUE, or --from-notes to take back the value set by hand"),
    (["99", "label", "X"], "no release with id 99"),
    (["0", "label", "X"], "release id 0 is out of range (1 to 9223372036854775807)"),
])
def test_set_bad_input(stored, args, message):
    before = export(stored)
    result = stored("release", "set", *args)
    assert result.exit_code == 2 and result.stderr == f"dvdtrack: error: {message}\n"
    assert export(stored) == before


def test_release_rm_shows_what_goes_and_asks(stored, monkeypatch):
    from dvdtrack.cli import guarded

    before = export(stored)
    refused = stored("release", "rm", "2")
    assert refused.exit_code == 2 and "give --yes" in refused.stderr and export(stored) == before
    assert "Voskhozhdenie" in refused.stdout and "releasesubtitle 2" in refused.stdout
    assert "and film #19, which nothing else is left on" in refused.stdout
    monkeypatch.setattr(guarded, "terminal", lambda: True)
    assert stored("release", "rm", "2", input="n\n").exit_code == 1 and export(stored) == before
    removed = stored("release", "rm", "2", input="y\n")
    assert removed.exit_code == 0, removed.output
    assert stored("show", "2").exit_code == 2 and stored("film", "19").exit_code == 2


def test_release_rm_keeps_a_film_something_else_is_on(stored):
    assert stored("release", "rm", "1", "--yes").exit_code == 0
    film = json.loads(stored("film", "1", "--json").stdout)  # in lists still
    assert film["editions"] == [] and {t["title"] for t in film["titles"]} == {"The Cranes are Flying"}


def test_film_rm(stored):
    before = export(stored)
    refused = stored("film", "rm", "1", "--yes")
    assert refused.exit_code == 2 and refused.stderr == (
        "dvdtrack: error: film #1 has 1 release(s): give --with-releases to remove them too, or "
        "`dvdtrack release link` them to another film first\n") and export(stored) == before
    result = stored("film", "rm", "The Cranes Are Flying", "--with-releases", "--yes")
    assert result.exit_code == 0, result.output
    assert "release 1" in result.stdout and "listentry 4" in result.stdout
    assert stored("film", "1").exit_code == 2 and stored("show", "1").exit_code == 2
    lists = {l["title"]: l["entries"] for l in json.loads(stored("lists", "--json").stdout)}
    assert lists["Soviet Films on Correspondence"] == 9


@pytest.mark.parametrize("args, message", [
    (["rm", "99", "--yes"], "no film with id 99"),
    (["rm", "Nothing Like It", "--yes"], "no film titled 'Nothing Like It'"),
    (["rm", "--yes"], "usage: dvdtrack film rm FILM"),
    (["rm", "5", "--force"], "--yes, --force and --with-releases are for `film merge` and `film rm`"),
])
def test_film_rm_bad_input(stored, args, message):
    before = export(stored)
    result = stored("film", *args)
    assert result.exit_code == 2 and result.stderr.startswith(f"dvdtrack: error: {message}")
    assert export(stored) == before


def test_a_film_without_a_year_is_named_without_one(run, tmp_path):
    """`film`, `show` and `compare` headings said `THE ABYSS (None)` for a film whose year no note gives."""
    notes = tmp_path / "abyss.txt"
    notes.write_text("THE ABYSS\nRegion 2\nRunning time: 140 min\n", encoding="utf-8")
    assert run("add", "-y", notes).exit_code == 0
    for args in (("film", "1"), ("show", "1"), ("compare", "1")):
        out = run(*args).stdout
        assert "THE ABYSS" in out and "None" not in out, (args, out)


def test_no_editor_set_and_no_terminal_opens_none(run, monkeypatch):
    """vi, the default, started without a terminal filled the output with escapes and failed."""
    run("add", "-y", next(SEEDS.glob("000_*.txt")))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    done = run("release", "edit", "1", "--yes")
    assert done.exit_code != 0 and done.stderr.strip() == (
        "dvdtrack: error: no editor to open: set $EDITOR (vi, the default, needs a terminal)")


def test_tables_sent_to_a_file_or_pipe_end_their_lines_with_text(run):
    """Piped `parse` and `show` padded every line with spaces to 160 columns."""
    run("add", "-y", POST)
    for args in (("parse", POST), ("show", "1"), ("find",), ("films",), ("compare", "1"), ("history",)):
        out = run(*args).stdout
        assert out and not [line for line in out.splitlines() if line.endswith(" ")], args
