"""Database location, engine and sessions: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from urllib.parse import quote, unquote

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine

from dvdtrack import __version__
from dvdtrack.errors import DatabaseError
from dvdtrack.store import history, models  # noqa: F401  (models: registers the tables on SQLModel.metadata)
from dvdtrack.store.location import WrongDatabase
from dvdtrack.store.sql import BUSY_MS, SQLITE_PRAGMAS, begin_immediate
from dvdtrack.store.title_order import register_sqlite


def open_engine(url: str, create: bool = True, read_only: bool = False) -> Engine:
    """An engine for `url`, its schema checked, and created or upgraded when `create`.

    `read_only`: the engine never writes (SQLite opens the file read-only, PostgreSQL runs
    read-only transactions), the database must exist already, and only a dvdtrack database
    of an older schema is upgraded first. Another program's database, or one made by a newer
    dvdtrack, is refused whatever the mode. Errors become DatabaseError (WrongDatabase: exit 2).
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise WrongDatabase(f"not a database path or URL: {url}") from None
    where = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise WrongDatabase(f"dvdtrack keeps its catalogue in SQLite or PostgreSQL, not in {where}")
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_file(parsed)
        where = str(path or where)
        _check_sqlite_path(path, read_only)
        if read_only:
            parsed = _read_only_sqlite(parsed, path)
    engine = _engine(parsed, where, read_only)
    _check_schema(engine, url, where, create, read_only)
    return engine


def _engine(parsed, where: str, read_only: bool) -> Engine:
    backend = parsed.get_backend_name()
    try:
        engine = create_engine(parsed, **_engine_options(backend))
    except (ImportError, ArgumentError) as exc:
        raise DatabaseError(f"cannot use {where}: {exc}") from None
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "before_cursor_execute", history.guard)
    if read_only and backend == "postgresql":
        engine = engine.execution_options(postgresql_readonly=True)
    return engine


def _engine_options(backend: str) -> dict:
    if backend == "sqlite":
        return {"connect_args": {"timeout": BUSY_MS / 1000}}
    return {"pool_pre_ping": True}


def _sqlite_file(parsed) -> Path | None:
    """The file of a SQLite URL (also of a `file:` URI URL), or None for an in-memory database."""
    database = parsed.database
    if not database or database == ":memory:" or parsed.query.get("mode") == "memory":
        return None
    if database.startswith("file:"):
        database = unquote(database[len("file:"):])
    return Path(database)


def _check_sqlite_path(path: Path | None, read_only: bool) -> None:
    if path is None:
        return
    if path.is_dir():
        raise DatabaseError(f"database path is a directory: {path}")
    if read_only:
        if not path.exists():
            raise WrongDatabase(f"no database at {path} (a command that only reads creates none; "
                                "`dvdtrack add` or `import` does)")
        _check_sqlite_header(path)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create {path.parent}: {exc.strerror}") from None
    if path.exists():
        _check_sqlite_header(path)


def _check_sqlite_header(path: Path) -> None:
    """A non-empty file that does not start as SQLite files do is refused before SQLite sees it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
    if head and head != b"SQLite format 3\x00":
        raise WrongDatabase(f"{path} is not a SQLite database file; dvdtrack leaves it alone")


def _read_only_sqlite(parsed, path: Path):
    """The URL that opens the same file read-only (SQLite's `mode=ro` URI).

    A WAL database needs its shared-memory file beside it even to be read; in a read-only folder
    where that file cannot be made, the database is opened as immutable instead: nothing can
    write there while we read, and without a `-wal` file the main file holds every commit.
    """
    query = {**parsed.query, "mode": "ro", "uri": "true"}
    if not _readable(f"file:{quote(str(path))}?mode=ro"):
        query["immutable"] = "1"
    return parsed.set(database=f"file:{quote(str(path))}", query=query)


def _readable(uri: str) -> bool:
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.OperationalError:
        return False
    except sqlite3.DatabaseError:
        return True  # damaged: opening it normally reports that


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers run beside a writer; the busy timeout makes concurrent writers wait, not fail.
    # Transactions are begun by `_begin`, not by the driver, so that writers can ask for the lock first.
    # The journal mode is a setting of the file, made once it is known to be dvdtrack's (`_use_wal`).
    dbapi_connection.isolation_level = None
    register_sqlite(dbapi_connection)  # the order of titles (`collation.titlewise`)
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        try:
            cursor.execute(f"PRAGMA {pragma}")
        except sqlite3.Error:  # a pragma a read-only file refuses; reads still work
            pass
    cursor.close()


WRITE_LOCK = 0x44564454  # PostgreSQL advisory lock key of dvdtrack writers ("DVDT")


def _begin(conn) -> None:
    """Begin a transaction; a writing one takes the database's write lock before it reads anything.

    Film identity is fuzzy (similar titles, years ±1), so no unique constraint can stop two writers
    from creating the same film: writers run one at a time instead. SQLite: BEGIN IMMEDIATE (waits
    up to the busy timeout). PostgreSQL: a transaction-level advisory lock. Readers never wait.
    """
    writing = conn.get_execution_options().get("dvdtrack_write", False)
    if conn.dialect.name == "sqlite" and writing:  # waits for another writer in tries Ctrl-C can stop
        try:
            begin_immediate(conn.connection.driver_connection)
        except sqlite3.OperationalError as exc:  # as any statement's error: SQLAlchemy's, the driver's inside
            raise OperationalError("BEGIN IMMEDIATE", None, exc) from exc
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN")
    elif writing and conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def _check_schema(engine: Engine, url: str, where: str, create: bool, read_only: bool) -> None:
    """Refuse what is not dvdtrack's to touch; build or upgrade the schema when allowed."""
    from dvdtrack.store.migrations import HEAD, foreign_tables, schema_state

    try:
        with engine.connect() as conn:
            state, revision = schema_state(conn)
            if state == "foreign":
                raise WrongDatabase(f"{where} is not a dvdtrack database (it holds {foreign_tables(conn)}); "
                                    "dvdtrack leaves it alone")
        if state == "newer":
            raise WrongDatabase(f"{where} was made by a newer dvdtrack (schema {revision}; dvdtrack "
                                f"{__version__} reads schemas up to {HEAD}): upgrade dvdtrack to use it")
        if state == "empty" and read_only:
            raise WrongDatabase(f"no dvdtrack database in {where} yet (a command that only reads creates none; "
                                "`dvdtrack add` or `import` does)")
        if not read_only and engine.dialect.name == "sqlite":
            _use_wal(engine)
        if state in ("empty", "older") and create:
            _upgrade(url, engine, read_only)
    except SQLAlchemyError as exc:
        if _not_a_database(exc):
            raise WrongDatabase(f"{where} is not a database SQLite can read (it starts as one, but is not); "
                                "dvdtrack leaves it alone") from None
        raise DatabaseError(f"cannot open {where}: {first_line(exc)}") from None


def _not_a_database(exc: SQLAlchemyError) -> bool:
    """Whether SQLite found no database in the file (SQLITE_NOTADB): a file that begins as SQLite
    files do and then holds something else; a damaged dvdtrack database fails in other ways."""
    return getattr(getattr(exc, "orig", None), "sqlite_errorcode", None) == 26  # SQLITE_NOTADB


def _use_wal(engine: Engine) -> None:
    """Put a dvdtrack SQLite file in WAL mode (kept by the file), so that readers run beside a
    writer. Never done on a read-only engine: in a read-only folder trying it fails, and the
    connection then refuses even to read."""
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error:  # a read-only file cannot switch; reads still work
        pass
    finally:
        raw.close()


def _upgrade(url: str, engine: Engine, read_only: bool) -> None:
    """Build or upgrade the schema; a read-only engine borrows a writing one for it."""
    from dvdtrack.store.migrations import upgrade

    if not read_only:
        upgrade(engine)
        return
    writer = open_engine(url, create=False)
    try:
        upgrade(writer)
    finally:
        writer.dispose()


def first_line(exc: SQLAlchemyError) -> str:
    """The driver's message without SQLAlchemy's SQL echo and link (a user reads one line)."""
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__


@contextlib.contextmanager
def write_transaction(engine: Engine, dry_run: bool = False):
    """A connection in a transaction that holds the write lock and records what it changes
    (`store.history`); on leaving the block the change is written to the history and committed
    with it, or everything is rolled back (an error, or `dry_run`)."""
    from dvdtrack.store.history import record

    with engine.execution_options(dvdtrack_write=True).connect() as conn:
        recorder = record.attach(conn)
        try:
            with conn.begin() as transaction:
                yield conn
                if dry_run:
                    transaction.rollback()
                else:
                    recorder.finish()
            if not dry_run:
                recorder.committed()
        finally:
            record.detach(recorder)


def session(engine: Engine, write: bool = False) -> Session:
    """A session that does not expire objects on commit (commands render after committing).

    `write=True` for sessions that change the database: they take the write lock (see `_begin`) and
    record every change they commit (`store.history.watch`).
    """
    if not write:
        return Session(engine, expire_on_commit=False)
    from dvdtrack.store.history.watch import watch

    return watch(Session(engine.execution_options(dvdtrack_write=True), expire_on_commit=False))
