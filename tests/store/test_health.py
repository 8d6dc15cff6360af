"""`db check` on its own: every table counted, every foreign key checked for rows that point nowhere."""

from __future__ import annotations

import sqlite3

from sqlmodel import SQLModel

from dvdtrack.store.health import check


def test_every_table_is_counted(engine):
    report = check(engine)
    assert set(report["counts"]) == {t.name for t in SQLModel.metadata.sorted_tables}
    assert report["integrity"] == "ok" and report["orphans"] == {}


def test_rows_that_point_nowhere_are_named(sqlite_url):
    from dvdtrack.store.database import open_engine

    open_engine(sqlite_url).dispose()
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as conn:  # damaged outside dvdtrack: no keys enforced
        conn.execute("INSERT INTO source (kind, name, imported_at) VALUES ('disc', 'x', '2026-01-01')")
        conn.execute("INSERT INTO discscan (release_id, disc_id, volume_id, scan_json, source_id, scanned_at)"
                     " VALUES (42, 'd', 'V', '{}', 1, '2026-01-01')")
    conn.close()
    engine = open_engine(sqlite_url)
    try:
        report = check(engine)
        assert report["orphans"] == {"discscan.release_id": 1}
        assert report["counts"]["discscan"] == 1
    finally:
        engine.dispose()
