"""Start-up: a command loads only what it uses (issue 19 item 8). Checked on the import graph, never on
time: each command runs in a fresh process, and the modules it loaded are listed after it ends
(`python bench/startup_bench.py` measures the time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEEDS, cli

SEED = next(SEEDS.glob("000_*.txt"))
READER = "dvdtrack.reading.pipeline"
GRAMMARS = "dvdtrack.reading.grammar.loading"
ORM = ("sqlalchemy", "sqlmodel", "dvdtrack.store.database", "dvdtrack.store.models")
# what runs the command in the fresh process: `dvdtrack ARGS` as the console script runs it, then the
# names of the modules it loaded, on the last line of stderr
_RUN = """
import json, sys
sys.argv = ["dvdtrack", *json.loads(sys.argv[1])]
from dvdtrack.cli.app import main
try:
    main()
except SystemExit as exc:
    code = exc.code
print(json.dumps([code, sorted(sys.modules)]), file=sys.stderr)
"""


def loaded(*args: str) -> set[str]:
    """The modules a `dvdtrack ARGS` process loaded (it must succeed)."""
    done = subprocess.run([sys.executable, "-c", _RUN, json.dumps(args)], capture_output=True, text=True,
                          cwd=ROOT, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": "/nonexistent",
                               "DVDTRACK_CACHE_DIR": os.environ["DVDTRACK_CACHE_DIR"]})
    code, modules = json.loads(done.stderr.splitlines()[-1])
    assert code in (0, None), done.stderr
    return set(modules)


@pytest.fixture(scope="module")
def db(tmp_path_factory, grammars) -> str:
    """A SQLite database holding seed 000's release."""
    url = f"sqlite:///{tmp_path_factory.mktemp('startup') / 'seed.db'}"
    with cli(url, grammars) as run:
        assert run("add", "-y", SEED).exit_code == 0
    return url


def test_db_path_loads_no_database_layer(db):
    modules = loaded("--db", db, "db", "path")
    assert not modules & {*ORM, READER, GRAMMARS, "langcodes"}


@pytest.mark.parametrize("args", [("films",), ("show", "1"), ("find", "--system", "PAL"), ("film", "1")])
def test_listing_commands_load_no_reader(db, args):
    modules = loaded("--db", db, *args)
    assert READER not in modules and GRAMMARS not in modules
    assert "langcodes" not in modules  # no language is looked up: no language tables


@pytest.mark.parametrize("args", [("films",), ("films", "cranes", "--year", "1950..1960"), ("show", "1", "--json"),
                                  ("film", "1"), ("film", "1", "--json"), ("find",), ("find", "--system", "PAL", "--json"),
                                  ("find", "cranes", "--audio", "ru", "--subtitle", "en", "--no-lang", "de", "--csv"),
                                  ("find", "--film", "1", "--owned", "--sort", "-title", "--label", "artificial",
                                   "--region", "2", "--barcode", "037429209325", "--edition", "special")])
def test_reading_commands_on_a_sqlite_file_load_no_orm(db, args):
    """Their SQL runs through `sqlite3` (`store.reader`)."""
    assert not loaded("--db", db, *args) & set(ORM)


@pytest.mark.parametrize("flags", [(), ("--own",), ("--want",)])
def test_add_to_a_current_sqlite_file_loads_no_orm(db, tmp_path, flags):
    """It writes through `sqlite3` (`store.plain`), a copy too; the ORM is for what is not the plain case."""
    import sqlite3

    copy = tmp_path / "copy.db"
    with sqlite3.connect(db.removeprefix("sqlite:///")) as source, sqlite3.connect(copy) as target:
        source.backup(target)  # with what is still in the write-ahead log
    source.close(), target.close()
    modules = loaded("--db", f"sqlite:///{copy}", "add", "-y", *flags, str(ROOT / "tests" / "data" / "nfo.txt"))
    assert not modules & set(ORM)
    with sqlite3.connect(copy) as stored:
        assert stored.execute('SELECT count(*) FROM "release"').fetchone() == (2,)
        assert stored.execute('SELECT count(*) FROM "copy"').fetchone() == (len(flags),)
    stored.close()


def test_find_by_a_common_language_loads_no_language_tables_and_no_reader(db):
    """`grammars/words/language_index.toml` answers for ISO 639-1 languages."""
    modules = loaded("--db", db, "find", "--audio", "ru", "--subtitle", "Svenska")
    assert "langcodes" not in modules and READER not in modules


def test_find_by_a_rare_language_loads_the_language_tables_but_no_reader(db):
    modules = loaded("--db", db, "find", "--audio", "Tok Pisin")
    assert "langcodes" in modules and READER not in modules


@pytest.mark.parametrize("args", [("films", "cranes"), ("find", "--audio", "ru", "--limit", "5"), ("show", "1"), ("db", "path")])
def test_plain_values_load_no_pydantic(db, args):
    """Texts, digits and defaults skip typer's pydantic conversion (`cli.coercion`)."""
    assert "pydantic" not in loaded("--db", db, *args)


def test_parse_loads_no_database_layer():
    modules = loaded("parse", str(SEED))
    assert READER in modules and not modules & {*ORM, "pydantic"}


def test_help_loads_neither_reader_nor_database():
    modules = loaded("--help")
    assert not {m for m in modules if m.startswith(("dvdtrack.reading", "dvdtrack.queries", "dvdtrack.normalise"))}
    assert not modules & {*ORM, "pydantic", "rich"}


def test_light_modules_do_not_load_the_reader():
    """A grammar's words, a release's types and the normalisers of one value stand alone."""
    check = ("import sys, dvdtrack.normalise.closest, dvdtrack.normalise.runtime, dvdtrack.reading.release, "
             "dvdtrack.reading.grammar.words; print(sorted(m for m in sys.modules if m.startswith('dvdtrack')))")
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, cwd=ROOT,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert READER not in done.stdout and GRAMMARS not in done.stdout and "langcodes" not in done.stdout


def test_reading_package_names_load_on_first_use():
    import dvdtrack.reading as reading

    assert reading.parse_text is sys.modules["dvdtrack.reading.pipeline"].parse_text
    with pytest.raises(AttributeError):
        reading.no_such_name  # noqa: B018
