"""Reading without the ORM: a query's SQL is written once, as text with named `:params`, and run by
`sqlite3` on a SQLite file or by SQLAlchemy's `text()` on any other database (or on a connection or
session a caller already holds). So a command that only reads a current SQLite database loads no
SQLAlchemy (issue 19 item 8).

Whatever is not the plain case, a current dvdtrack database in a SQLite file that opens read-only,
goes through `database.open_engine`, which gives its errors (missing, not a database, another
program's, newer) or upgrades an older schema first: the fast path only ever answers "current".

>>> import sqlite3
>>> reader = Reader.of_sqlite(sqlite3.connect(":memory:"))
>>> reader.rows("SELECT :a + 1, :b", {"a": 1, "b": "x"}), reader.bytewise("film.title")
([(2, 'x')], 'film.title')
>>> reader.rows(f"SELECT t FROM (SELECT 'Zoo' AS t UNION SELECT 'été' UNION SELECT 'ABYSS') ORDER BY {reader.titlewise('t')}")
[('ABYSS',), ('été',), ('Zoo',)]
>>> reader.named("SELECT 7 AS id, 'x' AS title")[0]._asdict()
{'id': 7, 'title': 'x'}
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from urllib.parse import quote

from dvdtrack.store.sql import BUSY_MS, Sql
from dvdtrack.store.title_order import title_order_sql

HEAD = "0008"  # the newest script in store/alembic/versions (a test checks they agree)
REVISION_SQL = "SELECT version_num FROM alembic_version"  # the schema check both drivers run
_PLAIN_FILE = "sqlite:///"


class Reader(Sql):
    """The SQL of a command that only reads (it writes nothing through it), with plain tuples or named
    rows; `bytewise` orders text by code point on its engine,
    `titlewise` titles with case and accents ignored (`store.collation`)."""

    def named(self, sql: str, params: dict | None = None) -> list[tuple]:
        """Every row of `sql` as a named tuple (`row.id`, `row._asdict()`), named by its result columns."""
        names, rows = self.columns(sql, params)
        row = namedtuple("Row", names, rename=True)
        return [row(*values) for values in rows]

    def bytewise(self, column: str) -> str:
        """`column` ordered by code point, whatever the server's collation (`store.collation`)."""
        return f'{column} COLLATE "C"' if self.dialect == "postgresql" else column

    def titlewise(self, column: str) -> str:
        """`column`, a title, ordered with case and a Latin letter's accents ignored, alike on both engines."""
        return title_order_sql(column, self.dialect)

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_reader(url: str, create: bool = False) -> Reader:
    """A reader of the database at `url`: through `sqlite3` when it is a current dvdtrack SQLite file,
    else through an engine opened read-only (or, `create`, one that may create the database)."""
    conn = None if create else current_sqlite(url)
    if conn is not None:
        return Reader.of_sqlite(conn)
    from dvdtrack.store.database import open_engine

    engine = open_engine(url, read_only=not create)
    conn = engine.connect()

    def close() -> None:
        conn.close()
        engine.dispose()

    return Reader.of_alchemy(conn, close)


def current_sqlite(url: str, write: bool = False) -> sqlite3.Connection | None:
    """A read-only (or, `write`, a read-write) `sqlite3` connection to the file of a plain
    `sqlite:///PATH` URL when it holds a current dvdtrack schema; None in every other case (the
    engine's checks then speak).

    >>> current_sqlite("postgresql://host/db"), current_sqlite("sqlite:////no/such/file.db")
    (None, None)
    """
    path = url[len(_PLAIN_FILE):] if url.startswith(_PLAIN_FILE) else ""
    if not path or path == ":memory:" or any(c in path for c in "?#%"):
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(path)}?mode={'rw' if write else 'ro'}", uri=True,
                               timeout=BUSY_MS / 1000)  # a reader waits out a writer's checkpoint
    except sqlite3.Error:
        return None
    try:
        if conn.execute(REVISION_SQL).fetchall() == [(HEAD,)]:
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return None
