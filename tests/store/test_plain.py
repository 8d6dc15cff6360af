"""`store.plain` and `store.sql`: `add` on a current SQLite file writes through `sqlite3` alone, and
stores, matches and records exactly what the same `add` through an engine does; anything else goes
through the engine."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

import pytest

from dvdtrack.store import plain
from dvdtrack.store.history.journal import CATALOGUE
from dvdtrack.store.sql import Sql
from tests.conftest import DATA, SEEDS, cli

NOTES = [next(SEEDS.glob("000_*.txt")), DATA / "nfo.txt", DATA / "cranes_cut.txt", DATA / "tracker_ru.txt"]


def _stored(url: str) -> dict:
    """Every row of the catalogue and of its history, the times of day left out (they differ)."""
    db = sqlite3.connect(url.removeprefix("sqlite:///"))
    out = {}
    for table in (*CATALOGUE, "change", "changeitem"):
        cursor = db.execute(f'SELECT * FROM "{table}" ORDER BY id')
        names = [d[0] for d in cursor.description]
        out[table] = [{k: v for k, v in zip(names, row) if not k.endswith("_at")} for row in cursor]
    for row in out["change"]:
        row["command"] = row["command"].split(" --db ")[0]  # names the database's file
    for item in out["changeitem"]:  # rows as they were, in the history: their times too
        item["rows"] = item["rows"] and [{k: v for k, v in r.items() if not k.endswith("_at")}
                                         for r in json.loads(item["rows"])]
    db.close()
    return out


def _filled(url: str, grammars, engine_only: bool) -> dict:
    with cli(url, grammars) as run, pytest.MonkeyPatch.context() as patch:
        assert run("import", *SEEDS.glob("00[12]_*.txt")).exit_code == 0
        if engine_only:
            patch.setattr(plain, "open_writer", lambda url: None)
        for notes in NOTES:
            result = run("add", "-y", notes)
            assert result.exit_code == 0, result.output
        assert run("add", "-y", NOTES[0]).exit_code == 0  # already stored: nothing written, nothing recorded
        for flag, notes in (("--want", NOTES[1]), ("--own", NOTES[1]), ("--own", NOTES[1]), ("--want", NOTES[2])):
            result = run("add", "-y", flag, notes)  # a copy wanted, then owned (the wanted one), then no more
            assert result.exit_code == 0 and "copy" in result.stdout, result.output
    return _stored(url)


def test_add_through_sqlite3_stores_and_records_what_add_through_the_engine_does(tmp_path, grammars):
    plain_rows = _filled(f"sqlite:///{tmp_path / 'plain.db'}", grammars, engine_only=False)
    engine_rows = _filled(f"sqlite:///{tmp_path / 'engine.db'}", grammars, engine_only=True)
    assert len(plain_rows["change"]) == 1 + len(NOTES) + 3 and plain_rows["release"]
    assert [(c["status"], c["release_id"]) for c in plain_rows["copy"]] == [("owned", 2), ("wanted", 3)]
    assert any(item["action"] == "update" and item["table_name"] == "copy" for item in plain_rows["changeitem"])
    assert any(item["action"] == "update" and item["table_name"] == "film" for item in plain_rows["changeitem"])
    assert plain_rows == engine_rows


def test_times_are_stored_as_the_orm_stores_and_reads_them(tmp_path, grammars):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with cli(url, grammars) as run:
        assert run("import", next(SEEDS.glob("001_*.txt"))).exit_code == 0  # made by the engine
        assert run("add", "-y", NOTES[0]).exit_code == 0  # through sqlite3
    db = sqlite3.connect(url.removeprefix("sqlite:///"))
    stamps = db.execute("SELECT imported_at FROM source UNION ALL SELECT made_at FROM change "
                        "UNION ALL SELECT created_at FROM \"release\"").fetchall()
    shapes = {len(s) for (s,) in stamps}
    assert shapes == {len("2026-12-06 21:30:00.000000")}, stamps
    from sqlmodel import Session

    from dvdtrack.store.database import open_engine
    from dvdtrack.store.models import Release

    engine = open_engine(url)
    with Session(engine) as s:
        assert isinstance(s.get(Release, 1).created_at, datetime)
    engine.dispose()


def test_only_a_current_dvdtrack_sqlite_file_is_written_without_the_engine(tmp_path, grammars):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert plain.open_writer(url) is None  # missing: the engine makes it
    with cli(url, grammars) as run:
        assert run("import", next(SEEDS.glob("001_*.txt"))).exit_code == 0
    sql = plain.open_writer(url)
    assert sql is not None and sql.scalar("PRAGMA foreign_keys") == 1
    sql.close()
    path = tmp_path / "x.db"
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0006'")
    db.close()
    assert plain.open_writer(url) is None  # older: the engine upgrades it first
    (tmp_path / "other.db").write_bytes(b"not a database\n")
    assert plain.open_writer(f"sqlite:///{tmp_path / 'other.db'}") is None
    assert plain.open_writer("postgresql+psycopg://postgres@127.0.0.1/test") is None


def test_a_failure_inside_rolls_everything_back_and_records_nothing(tmp_path, grammars):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with cli(url, grammars) as run:
        assert run("import", next(SEEDS.glob("001_*.txt"))).exit_code == 0
    before = _stored(url)
    sql = plain.open_writer(url)
    with pytest.raises(RuntimeError), plain.transaction(sql) as inside:
        inside.insert("source", {"kind": "x", "name": "y", "imported_at": datetime.now(timezone.utc)})
        inside.journal.inserted("source", [2])
        raise RuntimeError("lost")
    assert _stored(url) == before


def test_the_journal_knows_every_catalogue_table_in_the_order_of_the_schema():
    from dvdtrack.store.models import catalogue_tables

    assert CATALOGUE == tuple(t.name for t in catalogue_tables())


def test_sql_gives_the_same_answers_on_both_engines(engine):
    """Ids, lists for `IN`, times and duplicates, on the engine's connection (both legs)."""
    from dvdtrack.store.database import write_transaction

    at = datetime(2026, 12, 6, 21, 30, 5, 120, tzinfo=timezone.utc)
    with write_transaction(engine, dry_run=True) as conn:
        sql = Sql.of(conn)
        first = sql.insert("source", {"kind": "k", "name": "a", "imported_at": at})
        ids = sql.next_ids("source", 2)
        sql.insert_many("source", [{"id": i, "kind": "k", "name": n, "imported_at": at} for i, n in zip(ids, "bc")])
        sql.insert_many("person", [{"name": "p"}, {"name": "p"}], ignore_duplicates=True)
        assert ids[0] > first and ids[1] == ids[0] + 1
        assert sql.rows("SELECT name FROM source WHERE id IN :ids ORDER BY name", {"ids": {first, *ids}}) == \
            [("a",), ("b",), ("c",)]
        assert sql.scalar("SELECT count(*) FROM source WHERE name IN :none", {"none": []}) == 0
        assert sql.scalar("SELECT count(*) FROM person") == 1
        stamp = sql.scalar("SELECT imported_at FROM source WHERE id = :id", {"id": first})
        if engine.dialect.name == "sqlite":  # as SQLAlchemy writes it (the raw text: no type reads it back here)
            assert stamp == "2026-12-06 21:30:05.000120"
        else:
            assert isinstance(stamp, datetime)


def test_rows_noted_for_the_history_are_as_the_orm_gives_them(run):
    """`Sql.json_rows` (what `add --own` notes before it changes a copy) equals `rows.plain_row` of the
    ORM's values, times, bytes and booleans included, on both engines."""
    from sqlalchemy import select

    from dvdtrack.store.database import open_engine
    from dvdtrack.store.models import catalogue_tables
    from dvdtrack.store.rows import plain_row

    assert run("add", "-y", "--want", NOTES[0]).exit_code == 0
    engine = open_engine(run.url)
    with engine.connect() as conn:
        for table in catalogue_tables():
            orm = [plain_row(table, row) for row in conn.execute(select(table).order_by(table.c.id)).mappings()]
            assert Sql.of(conn).json_rows(table.name, "id > :none", {"none": 0}) == orm, table.name
    engine.dispose()


def test_the_write_lock_is_waited_for_in_tries_and_given_up_with_the_drivers_error(tmp_path):
    import threading
    import time

    from dvdtrack.store.sql import begin_immediate

    path = tmp_path / "x.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        begin_immediate(waiter, timeout_ms=300, try_ms=50)
    threading.Timer(0.2, lambda: holder.execute("COMMIT")).start()
    started = time.monotonic()
    begin_immediate(waiter, timeout_ms=5000, try_ms=50)  # taken once the other writer commits
    assert time.monotonic() - started < 4
    assert waiter.execute("PRAGMA busy_timeout").fetchone() == (5000,)
    waiter.execute("ROLLBACK")


def test_add_to_a_database_another_writer_holds_is_one_line_and_changes_nothing(tmp_path, grammars, monkeypatch):
    from functools import partial

    from dvdtrack.store import sql as sql_module

    url = f"sqlite:///{tmp_path / 'x.db'}"
    with cli(url, grammars) as run:
        assert run("import", next(SEEDS.glob("001_*.txt"))).exit_code == 0
        before = _stored(url)
        holder = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        monkeypatch.setattr(plain, "begin_immediate", partial(sql_module.begin_immediate, timeout_ms=200))
        result = run("add", "-y", NOTES[0])
        holder.execute("ROLLBACK")
    assert result.exit_code == 1
    assert "database is locked by another writer" in result.output and "Traceback" not in result.output
    assert _stored(url) == before


def test_a_full_disk_gives_its_own_error_and_changes_nothing(tmp_path, grammars):
    """SQLite rolls back by itself when the disk is full: a second ROLLBACK failed, and its error
    ("no transaction is active") hid the one that matters."""
    from dvdtrack.store.bulk import ReleaseWriter
    from dvdtrack.store.ingest import read_text
    from dvdtrack.store.releases import prepare

    url = f"sqlite:///{tmp_path / 'x.db'}"
    with cli(url, grammars) as run:
        assert run("import", next(SEEDS.glob("001_*.txt"))).exit_code == 0
    before = _stored(url)
    items = [("big", prepare(spec)) for spec in read_text(NOTES[0].read_text(), grammars).specs]
    items[0][1].columns["raw_block"] = "x" * 400_000  # more than the room left
    sql = plain.open_writer(url)
    sql.execute(f"PRAGMA max_page_count = {sql.scalar('PRAGMA page_count') + 20}")
    with pytest.raises(sqlite3.OperationalError, match="full"), plain.transaction(sql) as inside:
        ReleaseWriter().write(inside, items)
    assert _stored(url) == before
