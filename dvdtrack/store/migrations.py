"""Schema versions with alembic: older databases are upgraded by the scripts in
`store/alembic/versions`; a new one is built from the models at once and stamped with the newest
script's revision. Opening a database that is already current costs one query and does not import
alembic at all.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from dvdtrack.store.reader import HEAD, REVISION_SQL

FIRST = "0001"
SCRIPTS = Path(__file__).resolve().parent / "alembic"
_OURS = re.compile(r"\d{4}")  # dvdtrack's revisions are numbered; another program's alembic ids are not


def schema_state(conn: Connection) -> tuple[str, str | None]:
    """What the database holds, as (state, revision): `current`, `older` (dvdtrack's, to upgrade),
    `newer` (made by a later dvdtrack), `empty` (no tables) or `foreign` (another program's tables).

    A current database costs one query. Errors of a damaged file propagate (SQLAlchemy's
    DatabaseError); this reads only and never changes the database.
    """
    revision = current_revision(conn)
    if revision == HEAD:
        return "current", revision
    tables = set(inspect(conn).get_table_names())
    if revision is None:
        if not tables:
            return "empty", None
        return ("older", None) if "release" in tables else ("foreign", None)
    if not _OURS.fullmatch(revision):
        return "foreign", revision
    return ("newer" if revision > HEAD else "older"), revision


def foreign_tables(conn: Connection, shown: int = 3) -> str:
    """A few of the tables of a database that is not dvdtrack's, for the message that refuses it."""
    names = sorted(inspect(conn).get_table_names())
    return ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")


def current_revision(conn: Connection) -> str | None:
    """The revision recorded in the database, or None for a database alembic never touched."""
    try:
        return conn.execute(text(REVISION_SQL)).scalar()
    except SQLAlchemyError:
        conn.rollback()
        return None


def upgrade(engine: Engine, target: str = "head") -> str | None:
    """Bring the schema to `target`; returns the revision it started from.

    The check runs without the write lock (a current database is the common case and readers must
    not wait); an upgrade takes the lock and checks again, so two processes never both migrate.
    """
    if target == "head":
        with engine.connect() as conn:
            if current_revision(conn) == HEAD:
                return HEAD
    with engine.execution_options(dvdtrack_write=True, dvdtrack_migrating=True).connect() as conn:
        start = current_revision(conn)
        if start == HEAD and target == "head":
            return start
        tables = inspect(conn).get_table_names() if start is None else None
        if tables == [] and target == "head":
            _create(conn)
        else:
            if start is None and "release" in tables:
                start = FIRST  # made before migrations existed: that is the first schema
                _run(conn, "stamp", FIRST)
            _run(conn, "upgrade", target)
        conn.commit()
    return start


def _create(conn: Connection) -> None:
    """A new, empty database: every table of the models made at once and stamped HEAD. It is what
    running every script from the first builds (tests/store/test_migrations.py compares the two,
    column types and indexes included), in one step instead of eight: a first `add` is quicker."""
    from sqlmodel import SQLModel

    import dvdtrack.store.models  # noqa: F401  (the tables are the models')

    SQLModel.metadata.create_all(conn)
    _run(conn, "stamp", HEAD)


def _run(conn: Connection, command: str, revision: str) -> None:
    from alembic import command as commands
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = conn
    getattr(commands, command)(config, revision)


def script_head() -> str:
    """The head revision according to the scripts (for the consistency test)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    return ScriptDirectory.from_config(config).get_current_head()
