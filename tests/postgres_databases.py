"""The PostgreSQL databases of a test run: each test process (an xdist worker) makes its tests'
schemas in a database of its own, made at its first PostgreSQL test and dropped at its end.

Why not every schema in $DVDTRACK_TEST_POSTGRES_URL's database: dvdtrack's writers take a
PostgreSQL advisory lock (`store.database.WRITE_LOCK`), and an advisory lock belongs to a
database, not to a schema. With every test process in one database, a test's write waited for
whatever another process's test was writing (an import of the seeds: a second), and so did the
tests of any other run against the same server. A database per process keeps the lock to the test
that holds it, as a user's database is; the tests that run writers at once (test_concurrency) run
them in one test, so in one database, as before.

The databases of a run are named after it (`database_name`); the process that started the run
drops whatever is left of them at its end (a worker that crashed drops nothing).
"""

from __future__ import annotations

import os
import uuid

RUN_ENV = "DVDTRACK_TEST_RUN"  # set by the process that starts a run, inherited by its workers


def database_name(base: str, run: str, worker: str) -> str:
    """The database of one test process of a run, named after the server's database of the URL.

    >>> database_name("test", "3f9a2c1b", "gw0")
    'test_3f9a2c1b_gw0'
    >>> database_name("test", "3f9a2c1b", "main")
    'test_3f9a2c1b_main'
    """
    return f"{base}_{run}_{worker}"


def start_run() -> str:
    """Name a new run (for its workers and the databases they make); a run started from inside
    another is a run of its own, whose end drops only its own databases."""
    os.environ[RUN_ENV] = uuid.uuid4().hex[:8]
    return os.environ[RUN_ENV]


_OF_PROCESS: dict[str, "ProcessDatabase"] = {}  # server URL → this process's database there


def process_database(server_url: str) -> "ProcessDatabase":
    """This process's database on the server of `server_url`, one per process: conftest is also
    imported as `tests.conftest` (tests import its helpers), a second module asking for the same."""
    if server_url not in _OF_PROCESS:
        _OF_PROCESS[server_url] = ProcessDatabase(server_url)
    return _OF_PROCESS[server_url]


def drop_process_databases() -> None:
    """Drop the databases this process made (at its end)."""
    for database in _OF_PROCESS.values():
        database.drop()


class ProcessDatabase:
    """The database of this test process on the server of `server_url`, made when first asked for."""

    def __init__(self, server_url: str) -> None:
        self._server_url = server_url
        self._url: str | None = None
        self._admin = None  # one connection of the process's own, for making and dropping schemas

    def url(self) -> str:
        """A URL to this process's database (made now if it is not yet)."""
        if self._url is None:
            from sqlalchemy.engine import make_url

            server = make_url(self._server_url)
            worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
            name = database_name(server.database, os.environ.get(RUN_ENV) or start_run(), worker)
            _on_server(self._server_url, f'CREATE DATABASE "{name}"')
            self._url = server.set(database=name).render_as_string(hide_password=False)
        return self._url

    def run(self, sql: str) -> None:
        """Run a statement in this process's database, outside a transaction (CREATE, DROP SCHEMA)."""
        if self._admin is None:
            import psycopg

            self._admin = psycopg.connect(_libpq(self.url()), autocommit=True)
        self._admin.execute(sql)

    def drop(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        if self._url is not None:
            from sqlalchemy.engine import make_url

            _drop(self._server_url, make_url(self._url).database)
            self._url = None


def drop_run(server_url: str) -> None:
    """Drop every database this run made that a worker left behind."""
    from sqlalchemy.engine import make_url

    prefix = database_name(make_url(server_url).database, os.environ[RUN_ENV], "")
    for name in _on_server(server_url, "SELECT datname FROM pg_database"):
        if name.startswith(prefix):
            _drop(server_url, name)


def _libpq(url: str) -> str:
    """A SQLAlchemy URL as libpq takes it (`postgresql+psycopg://u@h/db` → `postgresql://u@h/db`)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql", query={}).render_as_string(hide_password=False)


def _drop(server_url: str, name: str) -> None:
    """Drop a database, ending connections still open to it (engines a test never disposed); a
    server older than PostgreSQL 13, which cannot end them, drops it once they have ended."""
    from sqlalchemy.exc import ProgrammingError

    try:
        _on_server(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except ProgrammingError:  # no WITH (FORCE) before PostgreSQL 13
        _on_server(server_url, f'DROP DATABASE IF EXISTS "{name}"')


def _on_server(server_url: str, sql: str) -> list:
    """Run one statement outside a transaction (CREATE and DROP DATABASE need that); its first column."""
    from sqlalchemy import create_engine, text

    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            result = conn.execute(text(sql))
            return result.scalars().all() if result.returns_rows else []
    finally:
        engine.dispose()
