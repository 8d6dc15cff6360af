"""Shared fixtures: grammars, seeds, and a clean database per test on SQLite and (when set) PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
PG_ENV = "DVDTRACK_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def grammars():
    from dvdtrack.reading.grammar.loading import load_grammars

    return load_grammars()


def typed(type_name: str, text: str):
    """What a grammar's field type makes of a value (None when it refuses it).

    >>> typed("Year", "c1974"), typed("Year", "19577")
    (1974, None)
    """
    import parse

    from dvdtrack.reading.grammar.types import field_types

    result = parse.parse("{v:%s}" % type_name, text, extra_types=field_types())
    return None if result is None else result["v"]


@pytest.fixture
def seed_dir(tmp_path) -> Path:
    """A copy of the seeds (tests may add files beside them)."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def _postgres_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL to an empty database: a SQLite file, or a fresh schema on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL leg skipped: set {PG_ENV} (e.g. postgresql+psycopg://postgres@127.0.0.1/test)")
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _postgres_url(base, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def engine(db_url):
    from dvdtrack.store.database import open_engine

    eng = open_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def run(db_url):
    """Run the CLI against the test database: run('add', path) → click Result."""
    from typer.testing import CliRunner

    from dvdtrack.cli.app import app

    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(app, ["--db", db_url, *map(str, args)], input=input)

    return invoke
