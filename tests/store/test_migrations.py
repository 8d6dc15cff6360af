"""Schema migrations: the first schema upgrades without loss; scripts and models agree."""

import json

from sqlalchemy import inspect, text

from dvdtrack.store.database import open_engine
from dvdtrack.store.migrations import FIRST, HEAD, current_revision, script_head, upgrade


def test_head_constant_matches_scripts():
    assert script_head() == HEAD


def test_new_database_is_at_head(engine):
    with engine.connect() as conn:
        assert current_revision(conn) == HEAD


def _built_by_the_scripts(url: str):
    """An engine on a database built by running every migration script from the first."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from dvdtrack.store.migrations import SCRIPTS

    engine = create_engine(url)
    with engine.connect() as conn:
        config = Config()
        config.set_main_option("script_location", str(SCRIPTS))
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        conn.commit()
    return engine


def _schema(engine) -> dict:
    """Every table's columns (type, nullability), indexes and foreign keys, as the database reports them."""
    found = inspect(engine)

    def kind(column) -> str:  # SQLite stores any type naming INT as INTEGER (its affinity rule 1)
        name = str(column["type"])
        return "INTEGER" if engine.dialect.name == "sqlite" and "INT" in name else name

    return {table: ({c["name"]: (kind(c), c["nullable"]) for c in found.get_columns(table)},
                    sorted((tuple(i["column_names"]), bool(i["unique"])) for i in found.get_indexes(table)),
                    sorted((tuple(f["constrained_columns"]), f["referred_table"]) for f in found.get_foreign_keys(table)))
            for table in sorted(found.get_table_names())}


def test_migrated_schema_matches_models(db_url, engine, tmp_path):
    """A new database is built from the models at once (`migrations._create`): the scripts, run from the
    first, build the same schema, column types and indexes included, and match the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from tests.conftest import empty_database

    with empty_database("sqlite" if db_url.startswith("sqlite") else "postgresql", tmp_path / "scripts") as url:
        (tmp_path / "scripts").mkdir(exist_ok=True)
        scripted = _built_by_the_scripts(url)
        try:
            with scripted.connect() as conn:
                diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}),
                                         SQLModel.metadata)
            assert diffs == []
            assert _schema(scripted) == _schema(engine)
        finally:
            scripted.dispose()


def _snapshot(run):
    films = json.loads(run("films", "--json").stdout)
    release = json.loads(run("show", "1", "--json").stdout)
    found = json.loads(run("find", "--subtitle", "he", "--json").stdout)
    return films, release, [r["id"] for r in found]


# The first schema stored sizes in a 32-bit column on PostgreSQL (why 0002 exists), so the
# release used to fill it is a small one.
SMALL_RELEASE = """The Cranes Are Flying / Летят журавли (1957) DVD5
DVD5 | PAL 4:3 | 01:31:15 | 1.50 Gb
Language: Russian
Subtitle: English, Hebrew
"""


def test_first_schema_upgrades_without_loss(db_url, run, seed_dir, grammars, monkeypatch):
    from sqlalchemy import create_engine

    from dvdtrack.store.history.record import Recorder

    monkeypatch.setattr(Recorder, "finish", lambda self: None)  # the first schema has no history tables

    next(seed_dir.glob("000_*.txt")).unlink()
    (seed_dir / "small.txt").write_text(SMALL_RELEASE, encoding="utf-8")
    first = create_engine(db_url)
    upgrade(first, FIRST)  # the schema as the first release of dvdtrack made it
    with first.connect() as conn:
        assert current_revision(conn) == FIRST
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    # Fill it through the store, which only uses columns both schemas have.
    from dvdtrack.store.imports import expand_paths, import_paths

    report = import_paths(first, expand_paths([str(seed_dir)]), grammars)
    assert report.files == 3 and not report.failed
    with first.connect() as conn:
        before = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                  for t in ("film", "filmtitle", "filmfact", "release", "releaseaudio", "releasesubtitle")}
    first.dispose()
    films, release, found = _snapshot(run)  # opening through the CLI upgrades to head
    with open_engine(db_url).connect() as conn:
        assert current_revision(conn) == HEAD
        after = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in before}
    assert after == before
    assert len(films) == 18 and release["runtime_seconds"] == 5475 and found == [1]
    assert release["size_bytes"] == round(1.5 * 1024**3) and release["film_title"] == "The Cranes Are Flying"


def test_database_made_before_migrations_is_stamped(sqlite_url):
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel

    legacy = create_engine(sqlite_url)
    SQLModel.metadata.create_all(legacy)
    legacy.dispose()
    assert upgrade(open_engine(sqlite_url, create=False)) == FIRST
    with open_engine(sqlite_url).connect() as conn:
        assert current_revision(conn) == HEAD


def test_db_upgrade_command(run):
    result = run("db", "upgrade")
    assert result.exit_code == 0 and f"at revision {HEAD}" in result.stdout


def _all_rows(conn, names, columns: dict | None = None) -> dict:
    """Every row of the tables `names`, in the columns they had (`columns`, table → names; all by default)."""
    def select(t):
        chosen = ", ".join(f'"{c}"' for c in columns[t]) if columns else "*"
        return sorted(map(tuple, conn.execute(text(f'SELECT {chosen} FROM "{t}"')).all()), key=repr)
    return {t: select(t) for t in names}


def test_schema_0004_gains_copies_without_loss(db_url, run, seed_dir, grammars, monkeypatch):
    from sqlalchemy import create_engine, inspect

    from dvdtrack.store.imports import expand_paths, import_paths

    (seed_dir / "ntsc.txt").write_text(SMALL_RELEASE, encoding="utf-8")
    before_copies = create_engine(db_url)
    upgrade(before_copies, "0004")  # the schema before copies, filled through the store
    with monkeypatch.context() as patch:
        as_schema_0004(patch)
        assert not import_paths(before_copies, expand_paths([str(seed_dir)]), grammars).failed
    with before_copies.connect() as conn:
        names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        assert "copy" not in names and "release" in names
        columns = {t: [c["name"] for c in inspect(conn).get_columns(t)] for t in names}  # later schemas add some
        before = _all_rows(conn, names, columns)
    before_copies.dispose()
    owned = run("own", "2", "--price", "12.50EUR", "--on", "2024-05-01")  # opening it upgrades to head
    assert owned.exit_code == 0, owned.output
    with open_engine(db_url).connect() as conn:
        assert current_revision(conn) == HEAD
        assert _all_rows(conn, names, columns) == before
        assert conn.execute(text("SELECT release_id, status, price_minor, currency FROM copy")).all() == \
            [(2, "owned", 1250, "EUR")]
    assert sum(len(rows) for rows in before.values()) > 100


def test_history_is_added_to_a_database_of_schema_0004_without_loss(db_url, run, seed_dir, grammars, monkeypatch):
    from sqlalchemy import create_engine, select

    from dvdtrack.store.imports import expand_paths, import_paths
    from dvdtrack.store.models import catalogue_tables
    from tests.conftest import DATA

    older = create_engine(db_url)
    upgrade(older, "0004")  # the schema before the history of changes
    with monkeypatch.context() as patch:
        as_schema_0004(patch)
        report = import_paths(older, expand_paths([str(seed_dir), *map(str, DATA.glob("*.txt"))]), grammars)
    assert report.files == 9 and not report.failed
    with older.connect() as conn:
        assert not inspect(conn).has_table("change")
        old = [t for t in catalogue_tables() if inspect(conn).has_table(t.name)]  # later schemas add tables
        columns = {t.name: [c["name"] for c in inspect(conn).get_columns(t.name)] for t in old}  # and columns
        before = {t.name: [_plain_old(r) for r in conn.execute(select(*[t.c[c] for c in columns[t.name]])
                                                              .order_by(t.c.id)).mappings()] for t in old}
    older.dispose()
    exported = json.loads(run("export").stdout)  # opening it upgrades it
    assert exported["schema"] == HEAD and _in_columns(exported["tables"], columns) == before
    assert sum(map(len, before.values())) > 700
    assert run("add", "-y", "-", input=SMALL_RELEASE).exit_code == 0
    assert run("undo").exit_code == 0
    assert _in_columns(json.loads(run("export").stdout)["tables"], columns) == before
    assert [c["summary"] for c in json.loads(run("history", "--json").stdout)][0].startswith("undid change #1")


def _plain_old(row) -> dict:
    from dvdtrack.store.sql import json_value

    return {k: json_value(v) for k, v in row.items()}


def _in_columns(tables: dict, columns: dict) -> dict:
    """The exported rows of the tables `columns` names, in those columns only."""
    return {name: [{c: row[c] for c in cols} for row in tables[name]] for name, cols in columns.items()}


def as_schema_0004(patch) -> None:
    """Store as a dvdtrack of schema 0004 did: no edition facts, no history of changes."""
    from dvdtrack.store.history.record import Recorder
    from tests.store.test_edition_columns import _stored_as_before_0006

    _stored_as_before_0006(patch)
    patch.setattr(Recorder, "finish", lambda self: None)  # no history table to write to yet


def test_schema_0007_gains_sales_without_loss(db_url, run, seed_dir, grammars):
    from sqlalchemy import create_engine, inspect

    from dvdtrack.store.imports import expand_paths, import_paths

    from tests.conftest import DATA

    older = create_engine(db_url)
    upgrade(older, "0007")  # the schema before sales kept their price, buyer and day
    report = import_paths(older, expand_paths([str(seed_dir), *map(str, DATA.glob("*.txt"))]), grammars)
    assert report.files == 9 and not report.failed  # recorded as change #1
    with older.begin() as conn:  # copies as a dvdtrack of schema 0007 stored them
        conn.execute(text("INSERT INTO copy (release_id, status, price_minor, currency, bought_on, lent_to, created_at, "
                          "updated_at) VALUES (1, 'sold', 999, 'GBP', '2024-05-01', NULL, :t, :t), "
                          "(2, 'owned', 1250, 'EUR', NULL, NULL, :t, :t), (3, 'lent', NULL, NULL, NULL, 'Anna', :t, :t)"),
                     {"t": "2024-05-02 10:00:00"})
    with older.connect() as conn:
        names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        columns = {t: [c["name"] for c in inspect(conn).get_columns(t)] for t in names}
        assert "sold_to" not in columns["copy"]
        before = _all_rows(conn, names, columns)
    older.dispose()
    exported = json.loads(run("export").stdout)  # opening it upgrades it
    assert exported["schema"] == HEAD and [c["sold_to"] for c in exported["tables"]["copy"]] == [None] * 3
    sold = run("sell", "2", "--price", "8EUR", "--to", "Boris", "--on", "2024-06-01")
    assert sold.exit_code == 0, sold.output
    with open_engine(db_url).connect() as conn:
        assert current_revision(conn) == HEAD
        after = _all_rows(conn, names, columns)
        sale = conn.execute(text("SELECT sold_price_minor, sold_currency, sold_to, sold_on FROM copy WHERE id = 2")).one()
        assert tuple(map(str, sale)) == ("800", "EUR", "Boris", "2024-06-01")  # SQLite gives the date as text
    assert {t: rows for t, rows in after.items() if t not in ("copy", "change", "changeitem")} == \
        {t: rows for t, rows in before.items() if t not in ("copy", "change", "changeitem")}
    assert [r for r in after["copy"] if r[0] != 2] == [r for r in before["copy"] if r[0] != 2]
    assert sum(len(rows) for rows in before.values()) > 100
    assert run("undo").exit_code == 0 and json.loads(run("export").stdout) == exported


def test_dumps_of_earlier_schemas_import(run, tmp_path, grammars):
    """A dump of schema 0005, 0006 or 0007 lacks only columns that may be empty: it is read."""
    from tests.conftest import DATA, cli

    assert run("add", "-y", DATA / "cranes_ntsc.txt").exit_code == 0 and run("own", "1").exit_code == 0
    dump = run("export").stdout
    for schema in ("0005", "0006", "0007"):
        older = tmp_path / f"{schema}.json"
        older.write_text(dump.replace(f'"schema": "{HEAD}"', f'"schema": "{schema}"', 1), encoding="utf-8")
        with cli(f"sqlite:///{tmp_path / schema}.db", grammars) as elsewhere:
            result = elsewhere("import", older)
            assert result.exit_code == 0, result.output
            assert elsewhere("export").stdout == dump
