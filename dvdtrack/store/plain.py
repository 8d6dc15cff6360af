"""Writing a current dvdtrack SQLite file without SQLAlchemy: `add` of a few blocks pays for `sqlite3`
alone, not for the ORM, pydantic and the table classes (issue 19 item 8; they cost more than reading
the notes does).

Only the plain case goes this way: a `sqlite:///PATH` URL naming an existing file that holds the
current schema (a file that turns out read-only fails at BEGIN IMMEDIATE, as through the engine) (`reader.current_sqlite`). Anything else (a new database, an
older schema to upgrade, another program's file, PostgreSQL) goes through `database.open_engine`,
whose checks and messages are the one place for those cases. The statements are the same either way
(`store.sql`), and so is the history: the transaction takes the write lock first (BEGIN IMMEDIATE),
and its change is recorded in it (`history.journal.recorded`).

>>> open_writer("postgresql://host/db") is None, open_writer("sqlite:////no/such/file.db") is None
(True, True)
"""

from __future__ import annotations

import contextlib

from dvdtrack.store.history.journal import recorded
from dvdtrack.store.reader import current_sqlite
from dvdtrack.store.sql import SQLITE_PRAGMAS, Sql, begin_immediate


def open_writer(url: str) -> Sql | None:
    """SQL on the file of `url` for writing, when it is a current dvdtrack SQLite file; else None."""
    conn = current_sqlite(url, write=True)
    if conn is None:
        return None
    conn.isolation_level = None  # transactions are begun by `recorded`, which asks for the lock first
    for pragma in (*SQLITE_PRAGMAS, "journal_mode=WAL"):  # WAL: as the engine sets it (`database._use_wal`)
        conn.execute(f"PRAGMA {pragma}")
    return Sql.of_sqlite(conn)


@contextlib.contextmanager
def transaction(sql: Sql):
    """A recorded write transaction on `sql` (from `open_writer`), committed when the block ends and
    rolled back when it raises; the connection is closed after it."""
    try:
        # sqlite3's rollback() does nothing when SQLite rolled back already (a full disk, an I/O error):
        # a ROLLBACK statement would fail then, and its error hide the one that matters
        with recorded(sql, lambda: begin_immediate(sql.sqlite), sql.sqlite.rollback) as inside:
            yield inside
    finally:
        sql.close()
