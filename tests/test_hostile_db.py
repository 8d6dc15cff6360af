"""Hostile databases and output (issue 20): another program's file, read-only folders, newer and
damaged schemas, ids out of range, control characters and formulas in output, big tables."""

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dvdtrack.cli.app import app
from tests.conftest import ROOT, SEEDS

POST = next(SEEDS.glob("000_*.txt"))
READERS = [("find",), ("films",), ("show", "1"), ("film", "1"), ("compare", "1"), ("lists",), ("export",),
           ("db", "check"), ("copies",), ("collection",)]
HUGE = "99999999999999999999"


def cli(db, *args):
    return CliRunner().invoke(app, ["--db", str(db), *map(str, args)])


def one_line(result, code: int, text: str) -> None:
    assert result.exit_code == code, result.output
    assert result.stderr.startswith("dvdtrack: error:") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert text in result.stderr and "Traceback" not in result.output


@pytest.fixture(scope="session")
def stored_once(tmp_path_factory):
    """A SQLite database holding one release, written by a process that has ended (so that no
    `-wal` file is left beside it); made once per test process (an `add` process is 0.8 s of CPU)."""
    folder = tmp_path_factory.mktemp("stored")
    db = folder / "stored.db"
    assert cli_process([], db, "add", "-y", POST).returncode == 0
    assert sorted(p.name for p in folder.iterdir()) == ["stored.db"]
    return db


@pytest.fixture
def stored(stored_once, tmp_path):
    """The test's own copy of `stored_once`, alone in its folder, byte for byte the file that
    process left."""
    db = tmp_path / "stored.db"
    shutil.copyfile(stored_once, db)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stored.db"]
    return db


def tables(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master"))


# --- another program's file, missing files, `--db ""` ---

@pytest.fixture
def foreign(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('mine')")
    return path


@pytest.mark.parametrize("args", READERS + [("add", "-y", POST), ("import", POST), ("db", "upgrade")])
def test_another_programs_file_is_left_alone(foreign, args):
    before = foreign.read_bytes()
    one_line(cli(foreign, *args), 2, "is not a dvdtrack database (it holds notes)")
    assert foreign.read_bytes() == before and tables(foreign) == ["notes"]


def test_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n", encoding="utf-8")
    for args in (("find",), ("add", "-y", POST)):
        one_line(cli(path, *args), 2, "is not a SQLite database file")
    assert path.read_text(encoding="utf-8") == "shopping list\n"


def test_empty_db_option_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for args in (("films",), ("add", "-y", POST)):
        one_line(cli("", *args), 2, "--db is empty")
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("db, said", [("sqlite://", "names no file"), ("sqlite:///:memory:", "names no file"),
                                      ("sqlite:///", "names no file"), (":memory:", "names no file"),
                                      ("q?x/a.db", "with '?' in it"), ("mysql://x@y/z", "SQLite or PostgreSQL")])
def test_a_database_that_would_keep_nothing_or_is_not_one_we_use_is_refused(tmp_path, monkeypatch, db, said):
    """`add` to an in-memory database said it added, and kept nothing; a path with `?` went to another file."""
    monkeypatch.chdir(tmp_path)
    for args in (("films",), ("add", "-y", POST)):
        one_line(cli(db, *args), 2, said)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", READERS)
def test_reading_creates_no_database(tmp_path, args):
    target = tmp_path / "no" / "such" / "dir" / "x.db"
    one_line(cli(target, *args), 2, f"no database at {target}")
    assert not (tmp_path / "no").exists()
    beside = tmp_path / "x.db"
    one_line(cli(beside, *args), 2, "no database at")
    assert list(tmp_path.iterdir()) == []


def test_default_database_is_made_on_first_use(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("DVDTRACK_DB", raising=False)
    result = CliRunner().invoke(app, ["films", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert (tmp_path / "data" / "dvdtrack" / "dvdtrack.db").exists()


def test_reading_an_empty_postgres_schema_creates_nothing(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("an empty SQLite file is the missing-file case")
    from sqlalchemy import create_engine, inspect

    one_line(cli(db_url, "find"), 2, "no dvdtrack database in")
    engine = create_engine(db_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_another_programs_postgres_schema_is_left_alone(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("the SQLite case is test_another_programs_file_is_left_alone")
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (id integer PRIMARY KEY)"))
        for args in (("films",), ("add", "-y", POST)):
            one_line(cli(db_url, *args), 2, "is not a dvdtrack database (it holds notes)")
        assert inspect(engine).get_table_names() == ["notes"]
    finally:
        engine.dispose()


def test_readers_do_not_write_on_postgres(run, db_url):
    """A reading command's transactions are read-only on PostgreSQL too (SQLite: mode=ro)."""
    from dvdtrack.store.database import open_engine

    assert run("add", "-y", POST).exit_code == 0
    engine = open_engine(db_url, read_only=True)
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text("DELETE FROM releasefeature"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM releasefeature")).scalar_one() == 6
    finally:
        engine.dispose()


# --- read-only folders and files ---

def _as_plain_user() -> list[str]:
    """A prefix that runs a command without root's power to write anywhere."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: a read-only folder cannot be made")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def cli_process(prefix: list[str], db, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([*prefix, sys.executable, "-m", "dvdtrack.cli", "--db", str(db), *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


def cli_unprivileged(db, *args):
    return cli_process(_as_plain_user(), db, *args)


@pytest.mark.parametrize("locked", ["folder", "file"])
def test_read_only_database_can_be_read(stored, locked):
    target = stored.parent if locked == "folder" else stored
    mode = target.stat().st_mode
    target.chmod(0o555 if locked == "folder" else 0o444)
    try:
        found = cli_unprivileged(stored, "find", "--json")
        assert found.returncode == 0, found.stderr
        assert [r["id"] for r in json.loads(found.stdout)] == [1]
        check = cli_unprivileged(stored, "db", "check", "--json")
        assert check.returncode == 0 and json.loads(check.stdout)["counts"]["release"] == 1, check.stderr
        export = cli_unprivileged(stored, "export")
        assert export.returncode == 0 and "dvdtrack-dump" in export.stdout, export.stderr
        for args in (("films",), ("show", "1"), ("film", "1"), ("compare", "1")):
            assert cli_unprivileged(stored, *args).returncode == 0, args
        added = cli_unprivileged(stored, "add", "-y", ROOT / "tests" / "data" / "nfo.txt")
        assert added.returncode != 0 and len(added.stderr.strip().splitlines()) == 1
        assert "readonly" in added.stderr or "unable to open" in added.stderr, added.stderr
    finally:
        target.chmod(mode)
    assert json.loads(cli(stored, "db", "check", "--json").stdout)["counts"]["release"] == 1


# --- newer and damaged schemas ---

def test_newer_schema_names_the_dvdtrack_it_needs(stored):
    from dvdtrack import __version__
    from dvdtrack.store.migrations import HEAD

    with sqlite3.connect(stored) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before = stored.read_bytes()
    for args in READERS + [("add", "-y", POST), ("db", "upgrade")]:
        one_line(cli(stored, *args), 2, f"made by a newer dvdtrack (schema 0099; dvdtrack {__version__} "
                                        f"reads schemas up to {HEAD})")
    assert stored.read_bytes() == before


def test_another_programs_alembic_table_is_not_ours(foreign):
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    one_line(cli(foreign, "films"), 2, "is not a dvdtrack database")
    one_line(cli(foreign, "add", "-y", POST), 2, "is not a dvdtrack database")


def _damage(path, start_page: int) -> None:
    data = bytearray(path.read_bytes())
    for page in range(start_page * 4096, len(data), 4096):
        data[page + 100:page + 300] = b"\xff" * 200
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("start_page", [0, 2])
def test_damaged_file_gives_one_line(stored, start_page):
    _damage(stored, start_page)
    failed = set()
    for args in (("find",), ("films",), ("db", "check"), ("add", "-y", POST)):
        result = cli(stored, *args)
        if result.exit_code == 0 and start_page:  # a query may touch no damaged page (where tables lie varies)
            continue
        failed.add(args)
        assert result.exit_code in (1, 2), result.output
        assert result.stderr.startswith("dvdtrack: error:") and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "[SQL:" not in result.stderr and "sqlalche.me" not in result.stderr
    assert failed or start_page  # from the first page on, every command fails


def test_truncated_file_gives_one_line(stored):
    stored.write_bytes(stored.read_bytes()[:3000])
    one_line(cli(stored, "films"), 1, "malformed")


# --- ids and numbers out of range ---

@pytest.mark.parametrize("args,what", [
    (("show", HUGE), "release id"), (("show", "--", "-3"), "release id"), (("film", HUGE), "film id"),
    (("film", "merge", "1", HUGE), "film id"), (("compare", "--release", HUGE), "release id"),
    (("release", "link", HUGE, "1"), "release id"), (("release", "link", "1", HUGE), "film id"),
    (("find", "--film", HUGE), "film id"), (("find", f"film:{HUGE}"), "film id"),
    (("find", "--limit", "-5"), "--limit -5"), (("find", "--limit", HUGE), "--limit"),
])
def test_numbers_out_of_range_are_usage_errors(run, args, what):
    assert run("add", "-y", POST).exit_code == 0
    before = run("export").stdout
    one_line(run(*args), 2, f"{what}")
    assert "out of range" in run(*args).stderr
    assert run("export").stdout == before


def test_limit_zero_still_shows_everything(run):
    assert run("add", "-y", POST).exit_code == 0
    assert [r["id"] for r in json.loads(run("find", "--limit", "0", "--json").stdout)] == [1]


# --- output safety: formulas in CSV, control characters everywhere ---

SPEC = "DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb\nLanguage: Russian\nSubtitle: Hebrew\n"
FORMULAS = ["=1+2 Cranes", "@SUM(A1) Cranes", "+HYPERLINK(1) Cranes"]  # a title line starting with - is a bullet


def _notes(tmp_path, name: str, blocks: list[str]):
    path = tmp_path / name
    path.write_text("\n\n".join(f"{title} (1957) DVD9\n{SPEC}" for title in blocks), encoding="utf-8")
    return path


def test_csv_cells_never_start_a_formula(run, tmp_path):
    assert run("add", "-y", _notes(tmp_path, "formulas.txt", FORMULAS)).exit_code == 0
    result = run("find", "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["film"] for r in rows) == sorted("'" + t for t in FORMULAS)
    stored = sorted(r["film_title"] for r in json.loads(run("find", "--json").stdout))
    assert stored == sorted(FORMULAS)  # the data is kept as written; only the CSV cell is quoted


C1 = "\u009b"  # a terminal's CSI, one character
HOSTILE_TITLE = f"Evil{C1}2J Cranes"


def _raw_controls(text: str) -> set[str]:
    return {c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0}


def test_control_characters_are_never_printed_raw(run, tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text(f"{HOSTILE_TITLE} (1957) DVD9\n{SPEC}Zzyzx: odd{C1}31m line\n", encoding="utf-8")
    parsed = run("parse", path)
    assert parsed.exit_code == 0 and not _raw_controls(parsed.stdout) and "\\u009b" in parsed.stdout
    assert run("add", "-y", path).exit_code == 0
    for args in (("parse", path), ("parse", path, "--json"), ("parse", path, "--explain"), ("show", "1"),
                 ("show", "1", "--json"), ("find",), ("find", "--json"), ("find", "--csv"), ("films",),
                 ("films", "--json"), ("film", "1"), ("film", "1", "--json"), ("compare", "1"),
                 ("compare", "1", "--markdown"), ("compare", "1", "--json"), ("export",)):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        assert not _raw_controls(result.stdout + result.stderr), args
        assert "Evil\\u009b2J" in result.stdout, args
    # JSON escapes the JSON way: what is printed decodes to what is stored
    assert json.loads(run("show", "1", "--json").stdout)["titles"][0] == HOSTILE_TITLE


def test_file_names_in_error_lines_are_escaped(run, tmp_path):
    name = tmp_path / "no\x1b[2J\u009bfile.txt"
    result = run("parse", name)
    one_line(result, result.exit_code, "no\\u001b[2J\\u009bfile.txt")
    assert result.exit_code != 0 and not _raw_controls(result.stderr)


def test_safe_console_escapes_text_built_elsewhere():
    from rich.text import Text

    from dvdtrack.cli import render

    out = io.StringIO()
    console = render.SafeConsole(file=out, width=80, markup=False, highlight=False)
    console.print(Text(f"progress of ev\x1bil{C1}.txt"))
    console.print(f"line of ev\x1bil{C1}.txt")
    assert not _raw_controls(out.getvalue()) and out.getvalue().count("ev\\u001bil\\u009b.txt") == 2


# --- long tables: written plainly, in chunks, in rich's shape ---

WORDS = ("Cranes Letter Ballad Soldier Mirror Stalker Solaris Andrei Ivan Childhood Sky Night Summer Winter "
         "River Forest Garden Train Station Road Autumn Spring Father Mother Brother Sister Friend Enemy").split()


def _many(tmp_path, n: int, long_every: int = 0):
    import random

    rng, titles = random.Random(20), [HOSTILE_TITLE]
    for i in range(1, n):
        title = " ".join(rng.sample(WORDS, 3))
        title = title if i % 3 else f"東京物語 {title}"
        titles.append(title + " Very" * 40 if long_every and i % long_every == 0 else title)
    return _notes(tmp_path, "many.txt", titles)


def _box_lines(stdout: str) -> list[str]:
    from dvdtrack.cli.plain_table import width_of

    lines = [line for line in stdout.splitlines() if line[:1] in "┏┃┡│└"]
    assert len({width_of(line) for line in lines}) == 1, "every line of the table is equally wide"
    return lines


def test_long_tables_are_plain_and_aligned(run, tmp_path):
    from dvdtrack.cli.tables import RICH_ROWS

    n = RICH_ROWS + 20
    assert run("add", "-y", _many(tmp_path, n, long_every=25)).exit_code == 0
    films, listed = run("films"), json.loads(run("films", "--json").stdout)
    assert films.exit_code == 0 and f"{len(listed)} film(s)" in films.stdout and len(listed) > RICH_ROWS
    lines = _box_lines(films.stdout)
    assert lines[0].startswith("┏") and lines[-1].startswith("└")
    assert all(f"│ {f['id']:<{len(str(n))}} │" in films.stdout for f in listed)
    assert not _raw_controls(films.stdout) and "Evil\\u009b2J" in films.stdout
    found = run("find", "--subtitle", "he", "--limit", "0")
    assert found.exit_code == 0 and f"{n} releases" in found.stdout
    rows = [line for line in _box_lines(found.stdout) if line.startswith("│") and line[2:3].strip()]
    assert len(rows) == n and all(line.rstrip(" │").endswith("he") for line in rows)


def test_a_short_table_is_still_drawn_by_rich(run, tmp_path):
    assert run("add", "-y", _many(tmp_path, 5)).exit_code == 0
    result = run("find", "--subtitle", "he")
    assert result.exit_code == 0 and "5 releases" in result.stdout
    _box_lines(result.stdout)


def test_plain_table_is_written_in_chunks():
    from dvdtrack.cli import plain_table

    class Recorder(io.StringIO):
        calls = 0

        def write(self, text):
            Recorder.calls += 1
            return super().write(text)

    out = Recorder()
    rows = [[str(i), f"Film {i}"] for i in range(plain_table.CHUNK * 3 + 1)]
    plain_table.write_table(["id", "title"], rows, 80, out)
    assert Recorder.calls == 1 + 4 + 1  # header, four chunks of rows, bottom border
    assert out.getvalue().count("\n") == len(rows) + 4


def test_plain_table_folds_what_does_not_fit():
    from dvdtrack.cli import plain_table

    out = io.StringIO()
    plain_table.write_table(["id", "title"], [["1", "word " * 30 + "end"], ["2", "東京物語" * 10]], 40, out)
    lines = out.getvalue().splitlines()
    assert {plain_table.width_of(line) for line in lines} == {40}
    text = "".join(line[7:-2].strip() for line in lines[3:-1])
    assert text.replace(" ", "").startswith("word" * 30 + "end") and text.endswith("東京物語" * 10)
