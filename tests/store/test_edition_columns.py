"""An edition's own facts in the store: the columns `add` fills, `export` carries and `reparse` fills for
releases stored before they were read; the migration that adds them to a database of schema 0004 with data."""

import json

from sqlalchemy import text

from dvdtrack.store.database import open_engine
from dvdtrack.store.migrations import HEAD, current_revision, upgrade

NOTES = """Harbour Lights (Special Edition, 2 DVDs) (1963)
Region 2 - PAL
Aspect Ratio: 1.85:1 Anamorphic Widescreen
Running time: 96 mins
Audio: Swedish Dolby Digital Mono
Subtitles: English
Release Date: 12 May 2003
UPC: 0 37429 20932 5
Catalogue No.: CC1963D
ASIN: B0001Z3TQ2
"""
FACTS = {"edition": "Special Edition", "catalogue_number": "CC1963D", "barcode": "037429209325", "asin": "B0001Z3TQ2",
         "release_date": "2003-05-12", "anamorphic": True, "mono": True}
COLUMNS = ", ".join(FACTS)


def _columns(url: str) -> dict:
    with open_engine(url).connect() as conn:
        return dict(conn.execute(text(f"SELECT {COLUMNS} FROM release WHERE id = 1")).mappings().one())


def _added(run, tmp_path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    result = run("add", notes, "--yes")
    assert result.exit_code == 0, result.output


def test_add_stores_the_facts_and_export_carries_them(run, db_url, tmp_path):
    _added(run, tmp_path)
    assert _columns(db_url) == FACTS
    release = json.loads(run("export").stdout)["tables"]["release"][0]
    assert {key: release[key] for key in FACTS} == FACTS
    shown = json.loads(run("show", "1", "--json").stdout)
    assert {key: shown[key] for key in FACTS} == FACTS


def _stored_as_before_0006(monkeypatch):
    """Store as a dvdtrack that did not read these facts did: no columns for them, none in its JSON."""
    from dvdtrack.store import releases

    columns = releases.release_columns

    def old_columns(spec):
        out = {k: v for k, v in columns(spec).items() if k not in releases.EDITION_COLUMNS}
        out["spec_json"] = json.dumps({k: v for k, v in json.loads(out["spec_json"]).items() if k not in FACTS})
        return out

    monkeypatch.setattr(releases, "release_columns", old_columns)


def test_schema_0004_with_data_upgrades_without_loss_and_reparse_fills_the_facts(db_url, run, tmp_path, grammars,
                                                                                  monkeypatch):
    from sqlalchemy import create_engine

    from dvdtrack.store.imports import expand_paths, import_paths

    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "harbour.txt").write_text(NOTES, encoding="utf-8")
    old = create_engine(db_url)
    upgrade(old, "0004")
    from dvdtrack.store.history.record import Recorder

    with monkeypatch.context() as patch:
        _stored_as_before_0006(patch)
        patch.setattr(Recorder, "finish", lambda self: None)  # no history table to write to yet
        report = import_paths(old, expand_paths([str(tmp_path / "notes")]), grammars)
    assert report.files == 1 and not report.failed
    tables = ("film", "filmtitle", "release", "releaseaudio", "releasesubtitle", "source")
    with old.connect() as conn:
        assert current_revision(conn) == "0004"
        before = {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).all() for t in tables}
    old.dispose()
    shown = json.loads(run("show", "1", "--json").stdout)  # opening it upgrades it
    with open_engine(db_url).connect() as conn:
        assert current_revision(conn) == HEAD
        after = {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).all() for t in tables}
    # every row and value kept; the release's new columns are empty
    assert {t: len(rows) for t, rows in after.items()} == {t: len(rows) for t, rows in before.items()}
    assert [tuple(r)[: len(before["release"][0])] for r in after["release"]] == [tuple(r) for r in before["release"]]
    assert _columns(db_url) == dict.fromkeys(FACTS) and shown["titles"] == ["Harbour Lights"]
    assert run("find", "--barcode", "037429209325", "--json").stdout.strip() == "[]"
    reparsed = run("reparse", "--json")
    assert reparsed.exit_code == 0, reparsed.output
    assert _columns(db_url) == FACTS
    assert [r["id"] for r in json.loads(run("find", "--barcode", "0037429209325", "--json").stdout)] == [1]
