"""Shared fixtures: grammars (loaded once per session), seeds, and a clean database per test (or per
module, for tests that only read it) on SQLite and (when set) PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests import postgres_databases as pg_databases

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
PG_ENV = "DVDTRACK_TEST_POSTGRES_URL"
TEMPLATES_ENV = "DVDTRACK_TEST_TEMPLATES"  # the run's folder of templates, shared by its processes


def pytest_configure(config):
    """One folder of kept regexes (`dvdtrack.reading.grammar.kept`) for the whole run, shared by its
    workers and the commands they start, never the user's own cache; filled as the workers start
    (`tests/kept_warmup.py`), removed at the end. Every test process builds the CLI's click command
    once (`_command_built_once`). The run is named for the PostgreSQL databases its processes make
    (`tests/postgres_databases.py`), and has a folder for the templates they share (`templates`)."""
    _command_built_once()
    if hasattr(config, "workerinput"):
        return
    import tempfile

    pg_databases.start_run()
    config._templates_folder = tempfile.mkdtemp(prefix="dvdtrack-templates-")
    os.environ[TEMPLATES_ENV] = config._templates_folder
    import subprocess
    import sys

    config._kept_folder = tempfile.mkdtemp(prefix="dvdtrack-kept-")
    config._kept_before = os.environ.get("DVDTRACK_CACHE_DIR")
    os.environ["DVDTRACK_CACHE_DIR"] = config._kept_folder
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    # beside the workers' start and collection (5 s), not before it: a process that reads the file
    # before it is written compiles what it lacks, and a failure of the warm-up only costs time
    config._kept_warmup = subprocess.Popen([sys.executable, "-m", "tests.kept_warmup"], cwd=ROOT,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                           env={**os.environ, "PYTHONPATH": path})


def _command_built_once() -> None:
    """typer's CliRunner builds the click command from the app's functions (their signatures and type
    hints) at every `invoke`: 15 ms, some thousands of times a run. A Typer app is complete once its
    module is imported and never changes after, so each app's command is built at its first `invoke`
    in a test process and reused, as one `dvdtrack` process builds it once. Each invoke still makes
    its own click context, streams and environment."""
    import typer.testing

    build = typer.testing._get_command
    built: dict = {}  # app → its click command

    def get_command(app):
        if app not in built:
            built[app] = build(app)
        return built[app]

    typer.testing._get_command = get_command


def pytest_unconfigure(config):
    warmup = getattr(config, "_kept_warmup", None)
    if warmup is not None:
        warmup.wait()  # before its folder goes
    pg_databases.drop_process_databases()
    if not hasattr(config, "workerinput") and os.environ.get(PG_ENV):
        pg_databases.drop_run(os.environ[PG_ENV])
    for attribute, variable in (("_templates_folder", TEMPLATES_ENV), ("_kept_folder", "DVDTRACK_CACHE_DIR")):
        folder = getattr(config, attribute, None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
            os.environ.pop(variable, None)
    if getattr(config, "_kept_before", None) is not None:  # a developer's own folder, as it was
        os.environ["DVDTRACK_CACHE_DIR"] = config._kept_before


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

    from dvdtrack.reading.grammar.patterns import Refused
    from dvdtrack.reading.grammar.types import field_types

    try:
        result = parse.parse("{v:%s}" % type_name, text, extra_types=field_types())
    except Refused:  # of the type's shape, not of its kind (a barcode whose check digit is wrong)
        return None
    return None if result is None else result["v"]


@pytest.fixture
def seed_dir(tmp_path) -> Path:
    """A copy of the seeds (tests may add files beside them)."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def _postgres_url(base: str, schema: str) -> str:
    """The test's schema first on the search path; commits not waiting for the disk (a test database
    needs no durability across a crash, and a loaded disk made each commit wait up to seconds)."""
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"


@contextmanager
def empty_database(kind: str, folder: Path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file in folder, or a fresh schema on PostgreSQL
    (dropped afterwards) in this test process's database; PostgreSQL is skipped unless
    $DVDTRACK_TEST_POSTGRES_URL is set."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'test.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL leg skipped: set {PG_ENV} (e.g. postgresql+psycopg://postgres@127.0.0.1/test)")
    database = pg_databases.process_database(base)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    database.run(f'CREATE SCHEMA "{schema}"')
    try:
        yield _postgres_url(database.url(), schema)
    finally:
        database.run(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL to an empty database: a SQLite file, or a fresh schema on PostgreSQL."""
    with empty_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_db_url(request, tmp_path_factory):
    """As `db_url`, one per test module and engine: for tests that only read what a module fixture stored."""
    with empty_database(request.param, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def engine(db_url):
    from dvdtrack.store.database import open_engine

    eng = open_engine(db_url)
    yield eng
    eng.dispose()


def _loaded_once(grammars: dict, load: Callable) -> Callable:
    """`load_grammars` for the CLI under test: the session's grammars (loading compiles ~700 regexes,
    more than `re` keeps), unless a user grammar folder holds a grammar file: then loaded as always."""

    def load_grammars(extra_dirs=()):
        if any(Path(folder).is_dir() and any(Path(folder).glob("*.toml")) for folder in extra_dirs):
            return load(extra_dirs)
        return grammars

    return load_grammars


@contextmanager
def cli(db_url: str, grammars: dict) -> Iterator[Callable]:
    """Run the CLI against a database: run('add', path) → click Result; run.url is the database's URL
    (for a template's builder that writes rows itself)."""
    from typer.testing import CliRunner

    import dvdtrack.reading
    from dvdtrack.cli.app import app
    from dvdtrack.reading.grammar import loading
    from dvdtrack.store import imports

    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(app, ["--db", db_url, *map(str, args)], input=input)

    invoke.url = db_url
    with pytest.MonkeyPatch.context() as patch:
        once = _loaded_once(grammars, loading.load_grammars)
        for module in (loading, dvdtrack.reading):  # wherever the CLI takes it from
            patch.setattr(module, "load_grammars", once)
        # A full collection over every module the suite has loaded, on every import command: a CLI
        # process pays it once, on a small heap (tests/store/test_concurrency.py runs real ones).
        patch.setattr(imports, "settle_memory", lambda: None)
        yield invoke


@pytest.fixture
def run(db_url, grammars):
    """Run the CLI against the test database: run('add', path) → click Result."""
    with cli(db_url, grammars) as invoke:
        yield invoke


@pytest.fixture(scope="session")
def templates(tmp_path_factory, grammars):
    """The databases tests start from, built once per run by the first process to ask and copied by
    the others (`tests/database_templates.py`)."""
    from tests.database_templates import Templates

    shared = os.environ.get(TEMPLATES_ENV)
    made = Templates(tmp_path_factory.mktemp("templates"), empty_database, lambda url: cli(url, grammars),
                     Path(shared) if shared else None)
    yield made
    made.close()


@pytest.fixture
def restore(db_url, templates):
    """restore(build): this test's empty database filled with what `build(run)` stores, as if the
    test had run it (history included); built once per test process, then copied."""
    return lambda build: templates.restore(build, db_url)


def _seeds_imported(run) -> None:
    assert run("import", SEEDS).exit_code == 0


@pytest.fixture
def listed(run, restore):
    """Run the CLI against a database of the test's own holding the seeds imported (a template's copy)."""
    restore(_seeds_imported)
    return run


@pytest.fixture(scope="module")
def module_run(module_db_url, grammars):
    """Run the CLI against the module's database (`module_db_url`)."""
    with cli(module_db_url, grammars) as invoke:
        yield invoke
