"""CLI basics (issue 19, item 8): --version, -h, shell completion, a pager for long tables on a
terminal, tables that keep ids and runtimes whole at 80 columns, and databases a command may not
create or touch."""

import os
import re
import subprocess
import sys
from importlib import metadata

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from dvdtrack.cli import pager
from dvdtrack.cli.app import app
from tests.conftest import DATA, ROOT, SEEDS
from tests.test_hostile_db import one_line

RUNTIMES = ("1:31:15", "1:20:00", "1:35:09", "1:49:00", "1:44:00", "1:38:00", "1:37:00")  # of the releases below


def dvdtrack(*args, env=None) -> subprocess.CompletedProcess:
    """`python -m dvdtrack.cli ARGS` in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "dvdtrack.cli", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture(scope="module")
def stocked(module_run):
    """Seven releases (three editions of one film, notes in four languages), three copies."""
    assert module_run("import", SEEDS).exit_code == 0
    for name in ("cranes_cut", "cranes_ntsc", "nfo", "specsheet_en", "specsheet_pl", "tracker_ru"):
        assert module_run("add", "--yes", DATA / f"{name}.txt").exit_code == 0
    assert module_run("own", "1", "--price", "12.50EUR", "--from", "Dom Knigi, Nevsky Prospekt 28", "--on", "2024-05-01",
                      "--at", "shelf 3, second row from the top").exit_code == 0
    assert module_run("own", "2", "--price", "8USD").exit_code == 0
    assert module_run("want", "5").exit_code == 0
    return module_run


@pytest.fixture
def terminal(monkeypatch, tmp_path):
    """Standard output is a terminal 80 columns wide and 1000 lines high, whose pager records what
    it is given in `paged.txt` (returned)."""
    paged = tmp_path / "paged.txt"
    monkeypatch.setattr(pager, "on_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "1000")
    monkeypatch.setenv("DVDTRACK_PAGER", f"cat > '{paged}'")
    monkeypatch.delenv("PAGER", raising=False)
    return paged


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


# --- --version, -h, completion ---

def test_version_is_the_package_metadata():
    assert ok(CliRunner().invoke(app, ["--version"])) == f"dvdtrack {metadata.version('dvdtrack')}\n"


def test_version_loads_no_database_layer():
    probe = ("import sys; sys.argv = ['dvdtrack', '--version']\nfrom dvdtrack.cli.app import main\ntry: main()\n"
             "except SystemExit: pass\nprint(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'sqlmodel', "
             "'dvdtrack.store.database', 'dvdtrack.store.models'))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.splitlines() == [f"dvdtrack {metadata.version('dvdtrack')}", "[]"], done.stderr


def _command_paths(command, path=()):
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _command_paths(sub, (*path, name))


@pytest.mark.parametrize("path", list(_command_paths(get_command(app))), ids=lambda p: " ".join(p) or "dvdtrack")
def test_h_is_help_on_every_command(path):
    short, long = (CliRunner().invoke(app, [*path, flag]) for flag in ("-h", "--help"))
    assert f"Usage: {' '.join(('dvdtrack', *path))} " in ok(short) and short.stdout == ok(long)


def test_show_completion_prints_a_bash_script_for_dvdtrack():
    script = ok(CliRunner().invoke(app, ["--show-completion", "bash"]))
    assert "complete -o default -F _dvdtrack_completion dvdtrack" in script and "_DVDTRACK_COMPLETE" in script
    assert "--install-completion" in ok(CliRunner().invoke(app, ["--help"]))


def test_install_completion_writes_the_script_into_the_home_folder(tmp_path):
    done = dvdtrack("--install-completion", "bash", env={"HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    script = tmp_path / ".bash_completions" / "dvdtrack.sh"
    assert "_dvdtrack_completion" in script.read_text() and str(script) in (tmp_path / ".bashrc").read_text()


def test_completion_answers_with_commands_and_options():
    """Run as `python -m dvdtrack.cli`, the program still answers to dvdtrack's completion variable."""
    env = {"_DVDTRACK_COMPLETE": "complete_bash", "COMP_WORDS": "dvdtrack fi", "COMP_CWORD": "1"}
    assert sorted(dvdtrack(env=env).stdout.split()) == ["film", "films", "find"]
    env.update(COMP_WORDS="dvdtrack find --subt", COMP_CWORD="2")
    assert dvdtrack(env=env).stdout.split() == ["--subtitle"]


# --- the pager ---

def test_a_long_table_on_a_terminal_goes_to_the_pager(stocked, terminal, monkeypatch):
    monkeypatch.setenv("LINES", "10")
    assert ok(stocked("films")) == ""
    paged = terminal.read_text(encoding="utf-8")
    assert "The Cranes Are Flying" in paged and re.search(r"\n\d+ film\(s\)\n$", paged)


def test_output_that_fits_the_screen_is_not_paged(stocked, terminal):
    assert "The Cranes Are Flying" in ok(stocked("films")) and not terminal.exists()


@pytest.mark.parametrize("how", ["--no-pager", "DVDTRACK_PAGER=", "piped", "--json"])
def test_paging_is_off(stocked, terminal, monkeypatch, how):
    monkeypatch.setenv("LINES", "10")
    args = ["films"]
    if how == "--no-pager":
        args.insert(0, how)
    elif how == "--json":
        args.append(how)
    elif how == "piped":
        monkeypatch.setattr(pager, "on_terminal", lambda: False)
    else:
        monkeypatch.setenv("DVDTRACK_PAGER", "")
        monkeypatch.setenv("PAGER", f"cat > '{terminal}'")
    assert "The Cranes Are Flying" in ok(stocked(*args)) and not terminal.exists()


def test_dvdtrack_pager_comes_before_pager(stocked, terminal, monkeypatch, tmp_path):
    monkeypatch.setenv("LINES", "10")
    monkeypatch.setenv("PAGER", f"cat > '{tmp_path / 'other.txt'}'")
    assert ok(stocked("copies")) == "" and terminal.exists() and not (tmp_path / "other.txt").exists()
    monkeypatch.delenv("DVDTRACK_PAGER")
    assert ok(stocked("copies")) == "" and "3 copies" in (tmp_path / "other.txt").read_text(encoding="utf-8")


def test_a_pager_that_cannot_run_leaves_the_table_on_screen(stocked, terminal, monkeypatch):
    monkeypatch.setenv("LINES", "10")
    monkeypatch.setenv("DVDTRACK_PAGER", "no-such-pager-of-dvdtrack")
    assert "The Cranes Are Flying" in ok(stocked("films"))


def test_a_real_terminal_pages(stocked, module_db_url, tmp_path):
    """A process whose stdout is a pseudo-terminal pages a long table; its own output is empty."""
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    paged = tmp_path / "paged.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LINES": "10", "COLUMNS": "80", "DVDTRACK_PAGER": f"cat > '{paged}'"}
    done = subprocess.run([sys.executable, "-m", "dvdtrack.cli", "--db", module_db_url, "find"], stdout=follower,
                          stderr=subprocess.PIPE, env=env, timeout=120)
    os.close(follower)
    os.set_blocking(leader, False)
    try:
        shown = os.read(leader, 65536)
    except (BlockingIOError, OSError):
        shown = b""
    os.close(leader)
    assert done.returncode == 0, done.stderr
    assert shown == b"" and "7 releases" in paged.read_text(encoding="utf-8")


# --- tables at 80 columns ---

def _fits(stdout: str) -> str:
    """The output without its colours, every line of it within 80 columns."""
    from rich.cells import cell_len

    stdout = re.sub(r"\x1b\[[0-9;]*m", "", stdout)
    assert stdout and all(cell_len(line) <= 80 for line in stdout.splitlines()), stdout
    return stdout


def test_find_at_80_columns_keeps_ids_runtimes_and_years_whole(stocked, terminal):
    table = _fits(ok(stocked("find")))
    assert all(runtime in table for runtime in RUNTIMES) and table.count("1957") >= 4 and "1977" in table
    header, *rows, count = table.splitlines()
    assert [row.split()[0] for row in rows[1:] if row[:1].isdigit()] == [str(n) for n in range(1, 8)] and count == "7 releases"
    assert header.split()[:9] == ["id", "film", "year", "format", "label", "region", "system", "aspect", "runtime"], table
    assert "edition" in ok(stocked("find", "--csv")).splitlines()[0]  # left out of the table only: no edition has one


def test_a_table_that_fits_keeps_its_box(stocked, terminal):
    assert _fits(ok(stocked("films", "Ascent"))).startswith("┏")


@pytest.mark.parametrize("args,whole", [
    (("films",), ["1957", "1977", "1958"]),
    (("copies",), ["12.50 EUR", "8.00 USD", "2024-05-01", "wanted"]),
    (("show", "5"), ["1:44:00", "Artificial Eye", "1.33:1"]),
    (("compare", "--force", *[f"--release={n}" for n in range(1, 8)]),
     ["1:31:15", "1:20:00", "1:35:09", "109 min", "104 min", "98 min", "97 min", "#7 1 ×"]),
    (("compare", "The Cranes Are Flying"), ["1:31:15", "1:35:03", "1 × DVD9"]),
])
def test_tables_at_80_columns_keep_values_whole(stocked, terminal, args, whole):
    table = _fits(ok(stocked(*args)))
    assert all(value in table for value in whole), table


# --- databases a command may not create or touch ---

@pytest.mark.parametrize("args", [("films",), ("history",), ("reparse", "--dry-run")])
def test_a_command_that_only_reads_creates_nothing(tmp_path, args):
    target = tmp_path / "no" / "such" / "dir" / "x.db"
    one_line(CliRunner().invoke(app, ["--db", str(target), *map(str, args)]), 2, f"no database at {target}")
    assert list(tmp_path.iterdir()) == []


def test_a_dry_run_import_before_any_reads_as_into_an_empty_database(tmp_path):
    """`import --dry-run` on a first run said "no database … `import` does" to a user running import: it
    reports what would be imported into an empty catalogue, and still creates nothing."""
    target = tmp_path / "no" / "such" / "dir" / "x.db"
    done = CliRunner().invoke(app, ["--db", str(target), "import", "--dry-run", str(SEEDS)])
    assert done.exit_code == 0 and "would import 3 file(s)" in done.stdout and "releases 1 new" in done.stdout
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [("undo",), ("own", "1"), ("release", "rm", "1", "--yes"), ("copy", "rm", "1", "--yes"),
                                  ("film", "rm", "1", "--yes"), ("reparse",)])
def test_a_command_that_changes_a_catalogue_needs_one_that_exists(tmp_path, args):
    """Only add, import, scan and db upgrade make a database: any other command given a mistyped path
    says so, and leaves no new empty catalogue behind."""
    target = tmp_path / "typo" / "x.db"
    one_line(CliRunner().invoke(app, ["--db", str(target), *map(str, args)]), 2, f"no database at {target}")
    assert list(tmp_path.iterdir()) == []


def test_add_makes_the_database_it_is_pointed_at(tmp_path):
    target = tmp_path / "new" / "x.db"
    assert CliRunner().invoke(app, ["--db", str(target), "add", "--yes", str(next(SEEDS.glob("000_*.txt")))]).exit_code == 0
    assert target.exists()


def _garbage(path):
    path.write_bytes(bytes(range(256)) * 8)


def _sqlite_then_garbage(path):
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(255, -1, -1)) * 8)


@pytest.mark.parametrize("make", [lambda p: p.write_text("shopping list\n", encoding="utf-8"), _garbage,
                                  _sqlite_then_garbage], ids=["text", "garbage", "sqlite-header"])
@pytest.mark.parametrize("args", [("films",), ("history",), ("export",), ("add", "--yes", next(SEEDS.glob("*.txt"))),
                                  ("import", SEEDS), ("own", "1"), ("undo",), ("db", "upgrade")])
def test_a_file_that_is_not_a_database_is_left_alone(tmp_path, make, args):
    path = tmp_path / "mine.db"
    make(path)
    before = path.read_bytes()
    result = CliRunner().invoke(app, ["--db", str(path), *map(str, args)])
    one_line(result, 2, f"{path} is not a")
    assert "file is not a database" not in result.stderr and "[SQL" not in result.stderr
    assert path.read_bytes() == before and list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("args, said", [(("show", "abc"), "Invalid value for 'RELEASE_ID'"), (("films", "--bogus"), "No such option: --bogus"),
                                        (("fnd",), "No such command 'fnd'"), (("find", "--limit", "x"), "'--limit'")])
def test_a_mistyped_command_line_is_one_line(tmp_path, args, said):
    """What click calls a usage error is said as every other error is: one line, exit 2."""
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), *args])
    one_line(result, 2, said)
    assert "Usage:" not in result.output


def test_a_command_called_with_nothing_still_shows_its_help():
    result = CliRunner().invoke(app, ["db"])
    assert "Usage:" in result.output and "path" in result.output


def test_an_interrupt_after_a_write_says_what_was_stored(run, monkeypatch):
    """Ctrl-C after the commit must not say that nothing was written."""
    from dvdtrack.cli import release_cmds

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(release_cmds, "_print_report", interrupted)
    result = run("add", "-y", DATA / "nfo.txt")
    assert result.exit_code == 130
    assert "interrupted after it stored change #1" in result.output and "undo 1" in result.output
    monkeypatch.undo()
    assert "already stored" in run("add", "-y", DATA / "nfo.txt").output
    monkeypatch.setattr(release_cmds, "_print_report", interrupted)
    result = run("add", "-y", DATA / "nfo.txt")  # stored nothing this time
    assert result.exit_code == 130 and "interrupted; nothing was written" in result.output


def test_no_answer_to_a_question_changes_nothing():
    import typer

    from dvdtrack.cli.common import handles_errors

    @handles_errors
    def asks():
        raise typer.Abort()  # what a question answered with Ctrl-C or Ctrl-D raises

    with pytest.raises(typer.Exit) as exited:
        asks()
    assert exited.value.exit_code == 1


def test_ctrl_c_before_any_command_runs_is_one_line(monkeypatch, capsys):
    from dvdtrack.cli import app, entry

    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(app, "main", interrupted)
    with pytest.raises(SystemExit) as exited:
        entry.main()
    assert exited.value.code == 130
    assert capsys.readouterr().err.startswith("dvdtrack: error: interrupted")
