"""One SQL text for both engines: statements written once, with named `:params`, run by `sqlite3` on a
SQLite file or by SQLAlchemy on any database (or on a connection a caller already holds).

So a command that reads a current SQLite file (`store.reader`), or adds release notes to one
(`store.plain`), loads no SQLAlchemy (issue 19 item 8), and `import`, the PostgreSQL leg and every
writer holding an engine's connection run the very same statements.

What the two drivers differ in is settled here, once:

- a list, tuple or set given for `:name` stands for its values (`WHERE id IN :ids`);
- a datetime or date is stored on SQLite as SQLAlchemy stores it (`2026-12-06 21:30:00.000000`), so a
  row reads back the same whichever wrote it;
- `insert` returns the new row's id, and `insert_many` inserts many rows through the driver's own
  executemany (the cost of a big import is its million track rows).

>>> import sqlite3
>>> sql = Sql.of_sqlite(sqlite3.connect(":memory:"))
>>> sql.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, at TEXT)")
>>> from datetime import datetime, timezone
>>> sql.insert("t", {"name": "a", "at": datetime(2026, 12, 6, 21, 30, tzinfo=timezone.utc)})
1
>>> sql.insert_many("t", [{"name": "b", "at": None}, {"name": "c", "at": None}])
>>> sql.rows("SELECT id, name, at FROM t WHERE name IN :names ORDER BY id", {"names": ["a", "c"]})
[(1, 'a', '2026-12-06 21:30:00.000000'), (3, 'c', None)]
>>> sql.insert_many("t", [{"name": "d", "at": datetime(2026, 1, 2)}, {"name": "e", "at": None}])
>>> sql.rows("SELECT at FROM t WHERE id > 3")
[('2026-01-02 00:00:00.000000',), (None,)]
>>> sql.scalar("SELECT count(*) FROM t WHERE id IN :none", {"none": []})
0
"""

from __future__ import annotations

import base64
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone
from operator import itemgetter

from dvdtrack.store.title_order import register_sqlite

# The pragmas of every SQLite connection that writes (`database` sets them on its engine's too). WAL lets
# readers run beside a writer, set once on the file; the busy timeout makes concurrent writers wait.
BUSY_MS = 30_000
CACHE_SIZE = -32768  # page cache in KiB: a catalogue's indexes outgrow SQLite's default 2 MiB early in an import
SQLITE_PRAGMAS = (f"busy_timeout={BUSY_MS}", "foreign_keys=ON", "synchronous=NORMAL", f"cache_size={CACHE_SIZE}")
_PARAM = re.compile(r"(?<![:\w]):(\w+)")
_LISTS = (list, tuple, set, frozenset)


class Sql:
    """Runs SQL text on one connection; `journal` is the history recorder of its write transaction."""

    def __init__(self, execute: Callable, many: Callable, dialect: str, close: Callable[[], None] = lambda: None,
                 journal: Callable[[], object] | None = None) -> None:
        """`execute(sql, params, fetch)` returns the result's column names and rows (or its last row
        id, when not `fetch`); `many(sql, rows)` runs a statement with `?`/`%s` placeholders once per row."""
        self._execute, self._many, self.dialect, self._close = execute, many, dialect, close
        self._journal = journal
        self.placeholder = "?" if dialect == "sqlite" else "%s"
        self.sqlite: sqlite3.Connection | None = None  # the driver's connection, when SQL runs on `sqlite3` itself

    @classmethod
    def of_sqlite(cls, conn: sqlite3.Connection):
        """SQL on a `sqlite3` connection (closed with this object)."""

        def execute(sql: str, params: dict, fetch: bool):
            cursor = conn.execute(sql, params)
            if not fetch:
                return cursor.lastrowid
            return [d[0] for d in cursor.description or ()], cursor.fetchall()

        register_sqlite(conn)
        sql = cls(execute, conn.executemany, "sqlite", conn.close)
        sql.sqlite = conn
        return sql

    @classmethod
    def of_alchemy(cls, conn, close: Callable[[], None] = lambda: None):
        """SQL on a SQLAlchemy connection or session (`text()`, the same `:params`; on a SQLite connection
        the driver's own call, which compiles nothing; a session flushes first, as for any query); its
        journal is the recorder of the connection's write transaction (`store.history.record`)."""
        from sqlalchemy import text

        session = hasattr(conn, "get_bind")
        dialect = (conn.get_bind() if session else conn).dialect.name

        def connection():  # a session's connection is that of its transaction of the moment
            return conn.connection() if session else conn

        def execute(sql: str, params: dict, fetch: bool):
            if dialect == "sqlite" and not session:  # `:name` is sqlite3's own style: no statement to compile
                result = conn.exec_driver_sql(sql, params)
            else:
                result = conn.execute(text(sql), params)
            if not fetch:
                return result.lastrowid if dialect == "sqlite" else None
            return list(result.keys()), [tuple(row) for row in result]

        def many(sql: str, rows: list[tuple]) -> None:
            if session:
                conn.flush()  # as `execute` does, through the session
            connection().exec_driver_sql(sql, rows)

        def journal():
            from dvdtrack.store.history import record

            return record.recorder(conn)

        return cls(execute, many, dialect, close, journal)

    @classmethod
    def of(cls, conn) -> Sql:
        """`conn` itself when it is one, else SQL on that SQLAlchemy connection."""
        return conn if isinstance(conn, Sql) else cls.of_alchemy(conn)

    @property
    def journal(self):
        """The recorder of this connection's write transaction (raises NotRecording outside one)."""
        if self._journal is None:
            from dvdtrack.store.history import NotRecording

            raise NotRecording("a write to the catalogue outside a recorded transaction")
        return self._journal()

    def keep_journal(self, journal) -> None:
        """Record this connection's writes in `journal` (`store.plain` opens a transaction so)."""
        self._journal = lambda: journal

    def rows(self, sql: str, params: dict | None = None) -> list[tuple]:
        """Every row of `sql`, its `:name` parameters taken from `params`."""
        return self._execute(*self._bound(sql, params), True)[1]

    def columns(self, sql: str, params: dict | None = None) -> tuple[list[str], list[tuple]]:
        """The names of the result's columns, and its rows."""
        return self._execute(*self._bound(sql, params), True)

    def scalar(self, sql: str, params: dict | None = None):
        """The first value of the first row, or None."""
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None

    def execute(self, sql: str, params: dict | None = None) -> None:
        """Run a statement that returns no rows."""
        self._execute(*self._bound(sql, params), False)

    def insert(self, table: str, row: dict) -> int:
        """Insert one row; its new id."""
        names = list(row)
        sql = f"INSERT INTO {quote(table)} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"
        if self.dialect == "sqlite":
            return self._execute(*self._bound(sql, row), False)
        return self.rows(sql + " RETURNING id", row)[0][0]

    def insert_many(self, table: str, rows: list[dict], ignore_duplicates: bool = False) -> None:
        """Insert rows with the same keys in one executemany; with `ignore_duplicates`, rows a unique
        constraint already holds are skipped. A column holding dates or times holds one in the first
        row (or in none): that row says which columns are stored as SQLModel stores times."""
        if not rows:
            return
        names = list(rows[0])
        sql = (f"INSERT INTO {quote(table)} ({', '.join(names)}) VALUES ({', '.join([self.placeholder] * len(names))})"
               + (" ON CONFLICT DO NOTHING" if ignore_duplicates else ""))
        stamped = [n for n in names if isinstance(rows[0][n], date)] if self.dialect == "sqlite" else []
        if stamped:
            rows = [{**row, **{n: stored(row[n]) for n in stamped if row[n] is not None}} for row in rows]
        values = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))  # always a tuple
        self._many(sql, [values(row) for row in rows])

    def next_ids(self, table: str, count: int) -> list[int]:
        """Ids for `count` new rows, in order. SQLite: those after the largest (the writer holds the
        write lock, so no one takes them); PostgreSQL: taken from the id's sequence, so never given again."""
        if self.dialect == "sqlite":
            first = self.scalar(f"SELECT coalesce(max(id), 0) FROM {quote(table)}") + 1
            return list(range(first, first + count))
        return sorted(r[0] for r in self.rows(
            "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)",
            {"table": table, "count": count}))

    def json_rows(self, table: str, where: str, params: dict | None = None) -> list[dict]:
        """The rows of `table` that `where` selects, every column, as JSON holds them and as
        `rows.plain_row` gives them from the ORM's values (the history keeps rows so): times and dates
        in ISO format, bytes in base64, booleans as booleans. The driver gives SQLite's as stored, so
        the column's declared type says which they are."""
        names, rows = self.columns(f"SELECT * FROM {quote(table)} WHERE {where} ORDER BY id", params)
        kinds = [None] * len(names)
        if self.dialect == "sqlite":
            declared = {row[1]: row[2].upper() for row in self.rows(f"PRAGMA table_info({quote(table)})")}
            kinds = [declared.get(name, "") for name in names]
        return [{name: json_value(_typed(value, kind)) for name, value, kind in zip(names, row, kinds)} for row in rows]

    def close(self) -> None:
        self._close()

    def _bound(self, sql: str, params: dict | None) -> tuple[str, dict]:
        params = params or {}
        if any(isinstance(v, _LISTS) for v in params.values()):
            sql, params = expanded(sql, params)
        if self.dialect == "sqlite" and any(isinstance(v, date) for v in params.values()):
            params = {k: stored(v) if isinstance(v, date) else v for k, v in params.items()}
        return sql, params


def begin_immediate(conn: sqlite3.Connection, timeout_ms: int = BUSY_MS, try_ms: int = 100) -> None:
    """BEGIN IMMEDIATE on a `sqlite3` connection: take the write lock, waiting up to `timeout_ms` for
    another writer, in short tries. SQLite's own busy wait holds Ctrl-C until it ends; between tries,
    Python sees it at once. Raises sqlite3.OperationalError ("database is locked") when the wait ends."""
    deadline = time.monotonic() + timeout_ms / 1000
    conn.execute(f"PRAGMA busy_timeout={try_ms}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
    finally:
        conn.execute(f"PRAGMA busy_timeout={timeout_ms}")


def expanded(sql: str, params: dict) -> tuple[str, dict]:
    """A list given for `:name` as one parameter per value, parenthesised: write `IN :names`, not
    `IN (:names)`. An empty list is `(NULL)`, which `IN` never matches (and `NOT IN` neither: never
    write `NOT IN` with a list that may be empty).

    >>> expanded("SELECT 1 WHERE x IN :xs AND y = :y", {"xs": [3, 4], "y": 1})
    ('SELECT 1 WHERE x IN (:xs__0, :xs__1) AND y = :y', {'y': 1, 'xs__0': 3, 'xs__1': 4})
    """
    lists = {k for k, v in params.items() if isinstance(v, _LISTS)}
    out = {k: v for k, v in params.items() if k not in lists}

    def one(match: re.Match) -> str:
        name = match.group(1)
        if name not in lists:
            return match.group(0)
        values = list(params[name])
        out.update((f"{name}__{i}", v) for i, v in enumerate(values))
        return "(" + ", ".join(f":{name}__{i}" for i in range(len(values))) + ")" if values else "(NULL)"

    return _PARAM.sub(one, sql), out


def stored(value: date) -> str:
    """A date or time as SQLModel stores it in SQLite: a time in UTC, without its zone.

    >>> from datetime import timedelta
    >>> stored(datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2)))), stored(date(2026, 1, 2))
    ('2026-01-02 01:04:05.000000', '2026-01-02')
    """
    if isinstance(value, datetime):
        return f"{value.astimezone(timezone.utc) if value.utcoffset() is not None else value:%Y-%m-%d %H:%M:%S.%f}"
    return f"{value:%Y-%m-%d}"


def json_value(value):
    """A value as JSON holds it: a date or time in ISO format, bytes in base64.

    >>> json_value(datetime(2026, 1, 2, 3, 4, 5)), json_value(b"\\x00\\xff"), json_value(7)
    ('2026-01-02T03:04:05', 'AP8=', 7)
    """
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _typed(value, kind: str | None):
    """A value as the ORM reads it: a time in UTC, with its zone (SQLModel's `UTCDateTime`), whatever
    the driver gives; SQLite's as stored, so the column's declared type (`kind`) says what it is.

    >>> _typed("2026-01-02 03:04:05.000000", "DATETIME"), _typed(1, "BOOLEAN"), _typed(1, "INTEGER")
    (datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), True, 1)
    """
    if value is None:
        return value
    if kind == "DATETIME" and isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc) if value.utcoffset() is None else value.astimezone(timezone.utc)
    if kind == "BOOLEAN" and isinstance(value, int):
        return bool(value)
    return value


def quote(name: str) -> str:
    """A table's name as SQL names it (`release` is a keyword of SQLite's)."""
    return f'"{name}"'


def in_order(names: Iterable[str], wanted: Iterable[str]) -> list[str]:
    """`wanted` in the order of `names`.

    >>> in_order(["film", "release"], {"release", "film"})
    ['film', 'release']
    """
    wanted = set(wanted)
    return [n for n in names if n in wanted]
