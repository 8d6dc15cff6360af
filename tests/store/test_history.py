"""History and undo: every kind of change is recorded once, in its transaction, and `undo` gives
back exactly the catalogue before it (compared by `export`); a failed command records nothing."""

from __future__ import annotations

import json
import re
import shlex
import sys

import pytest

from tests.conftest import DATA, SEEDS
from tests.disc.made_discs import DiscDef, write_iso
from tests.disc.test_scan_cli import DISC, NOTES

POST = next(SEEDS.glob("000_*.txt"))


def catalogue(run) -> dict:
    result = run("export")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def changes(run) -> list[dict]:
    result = run("history", "-n", "0", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def undone_exactly(run, *command, input=None):
    """Run a command that changes the catalogue; one change is recorded; undo gives back the
    catalogue as it was; undoing the undo gives back the catalogue as the command left it."""
    before, recorded = catalogue(run), len(changes(run))
    result = run(*command, input=input)
    assert result.exit_code == 0, result.output
    after = catalogue(run)
    assert after != before and len(changes(run)) == recorded + 1
    assert changes(run)[0]["command"].endswith(shlex.join(map(str, command)))
    undo = run("undo")
    assert undo.exit_code == 0, undo.output
    assert catalogue(run) == before
    redo = run("undo", changes(run)[0]["id"])
    assert redo.exit_code == 0, redo.output
    assert catalogue(run) == after
    return result


def test_add(listed):
    undone_exactly(listed, "add", "-y", *sorted(DATA.glob("*.txt")))


def test_add_to_an_empty_database(run):
    assert run("db", "upgrade").exit_code == 0
    undone_exactly(run, "add", "-y", POST)


def test_import_of_lists_and_notes_is_one_change(run, seed_dir, tmp_path):
    assert run("db", "upgrade").exit_code == 0
    for i, path in enumerate(sorted(DATA.glob("*.txt"))):
        (seed_dir / f"extra{i}.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    undone_exactly(run, "import", "--batch", "2", seed_dir)  # several transactions, one change
    assert len(changes(run)) == 3


def test_import_in_batches_that_each_change_one_film(listed, tmp_path):
    """The Letter (1966, from a list) shows 1967 after the first batch and 1965 after the second
    (most sources, then the smallest): undo gives back 1966, its year before the first."""
    notes = tmp_path / "notes"
    notes.mkdir()
    for i, year in enumerate((1967, 1967, 1965, 1965)):
        (notes / f"{i}.txt").write_text(f"The Letter ({year}) DVD5\nDVD5 | PAL 4:3 | 01:3{i}:00\n", encoding="utf-8")
    undone_exactly(listed, "import", "--batch", "2", notes)
    [made] = [c for c in changes(listed) if c["command"].endswith(f"import --batch 2 {notes}")]
    assert made["rows"]["film"] == [0, 2, 0]  # film #15, once a batch, added up


def test_import_of_a_dump(run, tmp_path, listed):
    dump = tmp_path / "dump.json"
    dump.write_text(listed("export").stdout, encoding="utf-8")
    first = changes(listed)[0]["id"]
    assert listed("undo", first).exit_code == 0  # the catalogue is empty again; its history stays
    assert catalogue(listed)["tables"]["film"] == []
    undone_exactly(listed, "import", dump)


def test_reparse(run, tmp_path, monkeypatch):
    grammars = tmp_path / "g"
    grammars.mkdir()
    monkeypatch.setenv("DVDTRACK_GRAMMARS", str(grammars))
    block = tmp_path / "block.txt"
    block.write_text("DVD9 | PAL 4:3 | 01:31:15\nPressing: Nordlicht\n", encoding="utf-8")
    assert run("add", block).exit_code == 0
    (grammars / "labels.toml").write_text(  # reads the label, which no grammar read before
        'name = "blog"\n[[rules]]\nname = "spec-line"\npatterns = ["{discs:Discs} | {video_system:VideoSystem} '
        '{aspect:Aspect} | {runtime:Runtime}"]\n[[rules]]\nname = "label"\nlabels = ["pressing"]\n'
        'patterns = ["{label:Label}"]\n', encoding="utf-8")
    undone_exactly(run, "reparse")


def test_scan_add_and_release(run, tmp_path):
    assert run("add", "-y", "-", input=NOTES).exit_code == 0
    undone_exactly(run, "scan", "--release", "1", write_iso(DISC, tmp_path / "cranes.iso"))
    undone_exactly(run, "scan", "--add", write_iso(DiscDef(volume="OTHER"), tmp_path / "other.iso"))


def test_link(listed):
    letter = json.loads(listed("film", "The Letter", "--json").stdout)["id"]
    undone_exactly(listed, "release", "link", "1", letter)


def test_link_that_removes_the_film_left(listed):
    assert listed("add", "-y", DATA / "nfo.txt").exit_code == 0
    ascent = json.loads(listed("film", "The Ascent", "--json").stdout)["id"]
    assert "was removed" in undone_exactly(listed, "release", "link", "2", ascent).stdout


def test_merge(listed):
    undone_exactly(listed, "film", "merge", "The Letter Never Sent", "The Letter", "--yes", "--force")
    undone_exactly(listed, "film", "merge", "1", "The House I Live In", "--yes")


def test_edit(listed, monkeypatch, tmp_path):
    assert listed("add", "-y", DATA / "nfo.txt").exit_code == 0
    assert listed("release", "set", "2", "label", "Artificial Eye").exit_code == 0  # kept over the new notes
    script = tmp_path / "editor.py"
    script.write_text("import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
                      "p.write_text(p.read_text().replace('Voskhozhdenie', 'Voskhozhdenie / The Ascent')"
                      ".replace('DD 2.0', 'DD 5.1') + 'Director: Larisa Shepitko\\n')\n", encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    undone_exactly(listed, "release", "edit", "2", "--yes")
    assert json.loads(listed("show", "2", "--json").stdout)["label"] == "Artificial Eye"


def test_set(listed):
    undone_exactly(listed, "release", "set", "1", "label", "Ruscico")
    undone_exactly(listed, "release", "set", "1", "title", "Zhuravli")
    assert listed("release", "set", "1", "runtime", "1:35:00").exit_code == 0
    undone_exactly(listed, "release", "set", "1", "runtime", "--from-notes")


def test_release_rm(listed, tmp_path):
    assert listed("add", "-y", DATA / "nfo.txt").exit_code == 0
    assert listed("scan", "--release", "2", write_iso(DISC, tmp_path / "cranes.iso")).exit_code == 0
    undone_exactly(listed, "release", "rm", "2", "--yes")  # its film goes too
    undone_exactly(listed, "release", "rm", "1", "--yes")  # its film stays, in lists


def test_film_rm(listed):
    undone_exactly(listed, "film", "rm", "1", "--with-releases", "--yes")
    undone_exactly(listed, "film", "rm", "The Letter", "--yes")


@pytest.mark.parametrize("command", [
    ("own", 1, "--price", "12.50EUR", "--at", "shelf 3"), ("want", 2), ("lend", 1, "--to", "Anna"),
    ("sell", 1, "--price", "8EUR", "--to", "Boris", "--on", "2024-06-01"), ("sell", 1),
    ("copy", "set", 1, "at", "box 2"), ("copy", "rm", 1, "--yes"),
], ids=lambda c: " ".join(map(str, c)))
def test_copies(listed, command):
    assert listed("add", "-y", DATA / "cranes_ntsc.txt").exit_code == 0
    assert listed("own", 1, "--price", "10EUR").exit_code == 0
    undone_exactly(listed, *command)


def test_return_and_sell_after_it(listed):
    for command in (("own", 1), ("lend", 1, "--to", "Anna")):
        assert listed(*command).exit_code == 0
    undone_exactly(listed, "return", 1)  # and redone: returned
    undone_exactly(listed, "sell", 1, "--price", "£4")


def test_failed_command_changes_nothing_and_records_nothing(listed, monkeypatch):
    from dvdtrack.errors import DvdtrackError
    from dvdtrack.store.bulk import ReleaseWriter

    before, recorded = catalogue(listed), changes(listed)
    flush = ReleaseWriter._flush

    def broken(self, conn, batch, written):
        flush(self, conn, batch, written)  # every row written, then a failure before the commit
        raise DvdtrackError("the disk is full")

    monkeypatch.setattr(ReleaseWriter, "_flush", broken)
    result = listed("add", "-y", DATA / "nfo.txt")
    assert result.exit_code == 1 and "the disk is full" in result.stderr
    assert catalogue(listed) == before and changes(listed) == recorded


def test_a_failing_history_write_rolls_the_change_back(listed, monkeypatch):
    from dvdtrack.store.history.journal import Journal  # the recorder of every writer, with or without an engine

    before, recorded = catalogue(listed), changes(listed)
    finish = Journal.finish

    def broken(self):
        finish(self)
        raise RuntimeError("lost connection")

    monkeypatch.setattr(Journal, "finish", broken)
    assert listed("add", "-y", DATA / "nfo.txt").exit_code == 70
    assert catalogue(listed) == before and changes(listed) == recorded


def test_a_change_that_changes_nothing_is_not_recorded(listed):
    recorded = changes(listed)
    assert "already stored" in listed("add", "-y", POST).stdout
    assert changes(listed) == recorded


def test_undo_refuses_when_a_later_change_touched_its_rows(run):
    assert run("add", "-y", POST).exit_code == 0
    assert run("add", "-y", DATA / "cranes_cut.txt").exit_code == 0  # the same film: its facts and display
    first, second = sorted(c["id"] for c in changes(run))
    refused = run("undo", first)
    assert refused.exit_code == 2
    assert refused.stderr.startswith(f"dvdtrack: error: cannot undo change #{first}: change #{second} (dvdtrack ")
    assert refused.stderr.strip().endswith(f"undo #{second} first") and len(refused.stderr.splitlines()) == 1
    before = catalogue(run)
    assert run("undo").exit_code == 0 and run("undo").exit_code == 0  # newest first, then the one before
    assert catalogue(run)["tables"]["release"] == [] and before != catalogue(run)
    assert {c["id"]: c["undone_by"] is not None for c in changes(run)} == {1: True, 2: True, 3: False, 4: False}


def test_undo_refuses_when_a_later_change_refers_to_rows_it_added(run, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(POST.read_text(encoding="utf-8"), encoding="utf-8")
    assert run("add", "-y", notes).exit_code == 0
    notes.write_text((DATA / "nfo.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert run("add", "-y", notes).exit_code == 0  # another film; the source (the file's name) is the first's
    refused = run("undo", "1")
    assert refused.exit_code == 2, refused.output
    assert refused.stderr.startswith("dvdtrack: error: cannot undo change #1: change #2 (dvdtrack ")
    assert re.search(r"\) added rows that refer to rows it added \(\w+ #\d+ → source #1\); undo #2 first\n$", refused.stderr)


def test_undoing_further_back_skips_undos_and_undone_changes(run):
    assert run("add", "-y", POST).exit_code == 0
    assert run("add", "-y", DATA / "nfo.txt").exit_code == 0
    assert run("undo").exit_code == 0
    assert run("undo").exit_code == 0  # the first add, not the undo just made
    assert catalogue(run)["tables"]["release"] == []
    nothing = run("undo")
    assert nothing.exit_code == 2 and "nothing to undo" in nothing.stderr


def test_undo_of_undo_of_undo(run):
    assert run("add", "-y", POST).exit_code == 0
    for _ in range(3):  # undo, redo, undo again
        assert run("undo", changes(run)[0]["id"]).exit_code == 0
    assert catalogue(run)["tables"]["release"] == [] and catalogue(run)["tables"]["film"] == []
    assert {c["id"]: c["undone_by"] for c in changes(run)} == {1: 2, 2: None, 3: 4, 4: None}
    nothing = run("undo")
    assert nothing.exit_code == 2 and "nothing to undo" in nothing.stderr
    assert run("undo", "2").exit_code == 0  # what #2 undid is back
    assert {c["id"]: c["undone_by"] for c in changes(run)} == {1: None, 2: 5, 3: 4, 4: None, 5: None}
    assert len(catalogue(run)["tables"]["release"]) == 1


def test_redo_refused_once_a_later_change_reused_its_rows(run):
    assert run("add", "-y", POST).exit_code == 0
    assert run("undo").exit_code == 0
    assert run("add", "-y", DATA / "nfo.txt").exit_code == 0
    undo_id = changes(run)[1]["id"]
    refused = run("undo", undo_id)  # would put back the first release beside the new one
    assert refused.exit_code == 2 and "cannot undo change" in refused.stderr


def test_undo_refuses_to_put_back_notes_stored_again(run):
    assert run("add", "-y", POST).exit_code == 0
    assert run("add", "-y", DATA / "nfo.txt").exit_code == 0
    assert run("release", "rm", "1", "--yes").exit_code == 0
    assert run("add", "-y", POST).exit_code == 0  # the same notes: release #3
    before, recorded = catalogue(run), changes(run)
    refused = run("undo", recorded[1]["id"])  # the rm: its release would be there twice
    assert refused.exit_code == 2 and len(refused.stderr.splitlines()) == 1
    assert refused.stderr.startswith(f"dvdtrack: error: cannot undo change #{recorded[1]['id']}: ")
    assert catalogue(run) == before and changes(run) == recorded


def test_a_dry_run_records_nothing(listed):
    recorded = changes(listed)
    assert listed("import", "--dry-run", DATA).exit_code == 0
    assert listed("reparse", "--dry-run").exit_code == 0
    assert changes(listed) == recorded


@pytest.mark.parametrize("ref, message", [
    ("42", "no change #42 in the history (see `dvdtrack history`)"),
    ("#x", "not a change number: '#x' (see `dvdtrack history`)"),
    ("1", "change #1 is undone already (by change #2); `dvdtrack undo 2` puts it back"),
])
def test_bad_change_named(run, ref, message):
    assert run("add", "-y", POST).exit_code == 0
    assert run("undo").exit_code == 0
    before = catalogue(run)
    result = run("undo", ref)
    assert result.exit_code == 2 and result.stderr == f"dvdtrack: error: {message}\n"
    assert catalogue(run) == before


def test_history_lists_newest_first_with_the_command(run):
    assert run("add", "-y", POST).exit_code == 0
    assert run("add", "-y", DATA / "nfo.txt").exit_code == 0
    assert run("undo").exit_code == 0
    table = run("history", "-n", "2")
    assert table.exit_code == 0, table.output
    assert table.stdout.index("undid change #2") < table.stdout.index("nfo.txt")
    assert "[undone by #3]" in table.stdout and "2 change(s) shown" in table.stdout
    assert [c["id"] for c in changes(run)] == [3, 2, 1]
    assert changes(run)[2]["rows"]["release"] == [1, 0, 0]
