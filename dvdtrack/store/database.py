"""Database location, engine and sessions: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine

from dvdtrack.errors import DatabaseError
from dvdtrack.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)

ENV_VAR = "DVDTRACK_DB"
_BUSY_MS = 30_000


def default_path() -> Path:
    """`dvdtrack.db` in the user data dir (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("dvdtrack", appauthor=False)) / "dvdtrack.db"


def resolve_url(db: str | None) -> str:
    """`--db` wins, then $DVDTRACK_DB, then the default file; plain paths become SQLite URLs."""
    value = db or os.environ.get(ENV_VAR) or str(default_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def open_engine(url: str, create: bool = True) -> Engine:
    """An engine for `url`, with the schema created or upgraded; errors become DatabaseError."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"not a database path or URL: {url}") from None
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_path(parsed.database)
    try:
        engine = create_engine(url, **_engine_options(parsed.get_backend_name()))
    except (ImportError, ArgumentError) as exc:
        raise DatabaseError(f"cannot use {parsed.render_as_string(hide_password=True)}: {exc}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    if create:
        _create_schema(engine)
    return engine


def _engine_options(backend: str) -> dict:
    if backend == "sqlite":
        return {"connect_args": {"timeout": _BUSY_MS / 1000}}
    return {"pool_pre_ping": True}


def _check_sqlite_path(database: str | None) -> None:
    if not database or database == ":memory:":
        return
    path = Path(database)
    if path.is_dir():
        raise DatabaseError(f"database path is a directory: {path}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create {path.parent}: {exc.strerror}") from None


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers run beside a writer; the busy timeout makes concurrent writers wait, not fail.
    # Transactions are begun by `_begin`, not by the driver, so that writers can ask for the lock first.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", f"busy_timeout={_BUSY_MS}", "foreign_keys=ON", "synchronous=NORMAL",
                   f"cache_size={_CACHE_SIZE}"):
        try:
            cursor.execute(f"PRAGMA {pragma}")
        except Exception:  # a read-only file cannot switch to WAL; reads still work
            pass
    cursor.close()


# Page cache of a connection (negative: in KiB; SQLite's default is 2 MiB): a catalogue's indexes
# outgrow that early in a big import, and every insert then reads and writes index pages from disk.
_CACHE_SIZE = -32768

WRITE_LOCK = 0x44564454  # PostgreSQL advisory lock key of dvdtrack writers ("DVDT")


def _begin(conn) -> None:
    """Begin a transaction; a writing one takes the database's write lock before it reads anything.

    Film identity is fuzzy (similar titles, years ±1), so no unique constraint can stop two writers
    from creating the same film: writers run one at a time instead. SQLite: BEGIN IMMEDIATE (waits
    up to the busy timeout). PostgreSQL: a transaction-level advisory lock. Readers never wait.
    """
    writing = conn.get_execution_options().get("dvdtrack_write", False)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")
    elif writing and conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def _create_schema(engine: Engine) -> None:
    from dvdtrack.store.migrations import upgrade

    try:
        upgrade(engine)
    except OperationalError as exc:
        raise DatabaseError(f"cannot open database: {exc.orig}") from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot prepare database: {exc}") from None


def write_transaction(engine: Engine):
    """A connection in a transaction that holds the write lock; commits on leaving the block."""
    return engine.execution_options(dvdtrack_write=True).begin()


def session(engine: Engine, write: bool = False) -> Session:
    """A session that does not expire objects on commit (commands render after committing).

    `write=True` for sessions that change the database: they take the write lock (see `_begin`).
    """
    bind = engine.execution_options(dvdtrack_write=True) if write else engine
    return Session(bind, expire_on_commit=False)
