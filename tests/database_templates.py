"""Databases a test starts from, built once per test process and copied into each test's own database.

Many tests start from the seeds imported (and a release or two added): building that is an import
through the whole reader and store, a second or more per test on PostgreSQL. A template is built
the first time a test asks for it, with the same CLI the test uses, then copied: a SQLite file by
SQLite's backup API, a PostgreSQL schema by `pg_dump` of the template's schema replayed into the
test's own schema. The copy is the built database itself, history and sequences included, so a
test sees exactly what building it in the test would have stored.

Given a folder the run's processes share (`shared`), a template is built by the first process to
ask for it and kept there (the SQLite file, the SQL of the dump); the others wait for it and copy
it, as they copy their own. A builder depends on nothing of its process: every test of a process
already starts from the same template.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

Build = Callable[[Callable], None]  # given a CLI runner, stores what the template holds


class Templates:
    """The templates of one test process, by builder and engine."""

    def __init__(self, folder: Path, empty_database: Callable[[str, Path], AbstractContextManager[str]],
                 cli: Callable[[str], AbstractContextManager[Callable]], shared: Path | None = None) -> None:
        self._folder = folder
        self._empty_database = empty_database
        self._cli = cli
        self._shared = shared
        self._built: dict[tuple[str, str], str] = {}  # (builder, engine) → SQLite path or pg_dump's SQL
        self._open: list[AbstractContextManager[str]] = []

    def restore(self, build: Build, url: str) -> None:
        """Fill the empty database at `url` with what `build` stores (built here once per process)."""
        kind = "sqlite" if url.startswith("sqlite") else "postgresql"
        key = (f"{build.__module__}.{build.__qualname__}", kind)
        if key not in self._built:
            self._built[key] = self._kept(build, kind) if self._shared else self._make(build, kind, len(self._built))
        if kind == "sqlite":
            _copy_sqlite(self._built[key], url.removeprefix("sqlite:///"))
        else:
            _replay(self._built[key], url)

    def close(self) -> None:
        for database in reversed(self._open):
            database.__exit__(None, None, None)

    def _kept(self, build: Build, kind: str) -> str:
        """The template from the shared folder, built there first if no process has yet."""
        key = f"{build.__module__}.{build.__qualname__}/{kind}"
        path = self._shared / (hashlib.sha1(key.encode()).hexdigest()[:16] + (".db" if kind == "sqlite" else ".sql"))
        with _locked(path.with_suffix(".lock")):
            if not path.exists():
                made = self._make(build, kind, len(self._built))
                partial = path.with_name(f"{path.name}.{os.getpid()}")
                if kind == "sqlite":
                    _copy_sqlite(made, str(partial))
                else:
                    partial.write_text(made, encoding="utf-8")
                os.replace(partial, path)
        return str(path) if kind == "sqlite" else path.read_text(encoding="utf-8")

    def _make(self, build: Build, kind: str, number: int) -> str:
        folder = self._folder / f"template{number}"
        folder.mkdir()
        database = self._empty_database(kind, folder)
        url = database.__enter__()
        self._open.append(database)
        with self._cli(url) as run:
            build(run)
        return url.removeprefix("sqlite:///") if kind == "sqlite" else _dump(url)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock between the run's processes (a lock file's `flock`), released on leaving."""
    import fcntl

    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _copy_sqlite(source: str, target: str) -> None:
    """A consistent copy of a SQLite database (its WAL, if any, folded in), as a new file."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def _schema_of(url: str) -> str:
    """The schema a test's PostgreSQL URL reads (`...?options=-csearch_path%3Dt_ab12%20-c...`)."""
    return url.partition("search_path%3D")[2].partition("%20")[0]


def _libpq(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql", query={}).render_as_string(hide_password=False)


def _dump(url: str) -> str:
    """The template schema as SQL (tables, indexes, sequences, rows), its schema's name left to replace."""
    out = subprocess.run(["pg_dump", "--no-owner", "--no-privileges", "--inserts", f"--schema={_schema_of(url)}",
                          _libpq(url)], capture_output=True, text=True, check=True).stdout
    lines = [line for line in out.splitlines()
             if not line.startswith("\\")  # psql's own commands (`\restrict`): not SQL
             and not line.startswith(f"CREATE SCHEMA {_schema_of(url)};")]  # the test's schema exists
    return "\n".join(lines).replace(_schema_of(url), "{schema}")


def _replay(sql: str, url: str) -> None:
    import psycopg

    with psycopg.connect(_libpq(url), autocommit=True) as conn:
        conn.execute(sql.replace("{schema}", _schema_of(url)).encode())
