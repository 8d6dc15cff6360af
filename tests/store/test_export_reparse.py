"""Export/import round trip, and re-parsing stored blocks with changed grammars."""

import json

import pytest

from tests.conftest import SEEDS

POST = next(SEEDS.glob("000_*.txt"))


def test_export_import_round_trip(run, seed_dir, tmp_path, db_url):
    from typer.testing import CliRunner

    from dvdtrack.cli.app import app

    assert run("import", seed_dir).exit_code == 0
    first = run("export")
    assert first.exit_code == 0, first.output
    dump = tmp_path / "dump.json"
    dump.write_text(first.stdout, encoding="utf-8")
    other = f"sqlite:///{tmp_path / 'other.db'}"
    runner = CliRunner()
    loaded = runner.invoke(app, ["--db", other, "import", str(dump)])
    assert loaded.exit_code == 0, loaded.output
    again = runner.invoke(app, ["--db", other, "export"])
    assert json.loads(again.stdout) == json.loads(first.stdout)
    assert json.loads(first.stdout)["tables"]["release"][0]["block_hash"]
    refused = runner.invoke(app, ["--db", other, "import", str(dump)])
    assert refused.exit_code == 1 and "empty database" in refused.stderr


def test_dump_into_same_engine_keeps_ids_going(run, tmp_path, db_url):
    """After loading a dump (ids included) the next release gets the next id, on any engine."""
    run("add", POST)
    dump = tmp_path / "dump.json"
    dump.write_text(run("export").stdout, encoding="utf-8")
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel

    engine = create_engine(db_url)
    SQLModel.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    engine.dispose()
    assert run("import", dump).exit_code == 0
    (tmp_path / "two.txt").write_text("Anna Karenina (1967) DVD9\nDVD9 | PAL 16:9 | 02:25:00\n", encoding="utf-8")
    result = run("add", tmp_path / "two.txt")
    assert result.exit_code == 0, result.output
    assert "added release #2" in result.stdout


def test_reparse_reports_changes(run, tmp_path, monkeypatch):
    grammars = tmp_path / "g"
    grammars.mkdir()
    monkeypatch.setenv("DVDTRACK_GRAMMARS", str(grammars))
    block = tmp_path / "block.txt"
    block.write_text("DVD9 | PAL 4:3 | 01:31:15\nPressing: Nordlicht\n", encoding="utf-8")
    run("add", block)
    assert json.loads(run("show", "1", "--json").stdout)["unparsed"] == ["Pressing: Nordlicht"]
    (grammars / "labels.toml").write_text(
        'name = "blog"\n[[rules]]\nname = "spec-line"\npatterns = ["{discs:Discs} | {video_system:VideoSystem} '
        '{aspect:Aspect} | {runtime:Runtime}"]\n[[rules]]\nname = "label"\nlabels = ["pressing"]\n'
        'patterns = ["{label:Label}"]\n', encoding="utf-8")
    dry = run("reparse", "--dry-run", "--json")
    assert json.loads(dry.stdout)["changed"] == [{"id": 1, "fields": ["label", "unparsed"]}]
    assert json.loads(run("show", "1", "--json").stdout)["label"] is None
    assert run("reparse").exit_code == 0
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["label"] == "Nordlicht" and shown["unparsed"] == []
    assert json.loads(run("reparse", "--json").stdout)["changed"] == []


def test_reparse_changes_nothing_when_only_the_grammar_differs(run, tmp_path, monkeypatch):
    """One release of a page of several is read alone by reparse; another grammar may read it then,
    with the same facts: that is no change (it was reported right after `add`)."""
    from dvdtrack.store import reparse

    block = tmp_path / "block.txt"
    block.write_text("DVD9 | PAL 4:3 | 01:31:15\n", encoding="utf-8")
    assert run("add", block).exit_code == 0
    read = reparse.read_text

    def by_another_grammar(*args, **kwargs):
        reading = read(*args, **kwargs)
        for spec in reading.specs:
            spec.grammar = "specsheet" if spec.grammar != "specsheet" else "blog"
        return reading

    monkeypatch.setattr(reparse, "read_text", by_another_grammar)
    assert json.loads(run("reparse", "--dry-run", "--json").stdout)["changed"] == []


def test_dumps_may_be_larger_than_other_input(tmp_path, monkeypatch):
    """A catalogue is exported as one file, so dumps get their own, larger size limit."""
    from dvdtrack.reading import source
    from dvdtrack.errors import InputError

    monkeypatch.setattr(source, "MAX_BYTES", 200)
    dump = tmp_path / "dump.json"
    dump.write_text('{"format": "dvdtrack-dump", "tables": {}, "pad": "' + "x" * 500 + '"}', encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("DVD9 | PAL 4:3 | 01:31:15\n" * 30, encoding="utf-8")
    assert source.read_input(str(dump)).startswith('{"format"')
    with pytest.raises(InputError, match="larger than"):
        source.read_input(str(notes))
