"""Every command that names a release, film, copy or change by id: an id that is not there is bad
input, so one line on stderr, exit 2, and the database exactly as before (compared by `export`)."""

import pytest

from tests.conftest import DATA, SEEDS

UNKNOWN = [
    ("show", "42"), ("compare", "42"), ("compare", "--release", "42", "--release", "1"),
    ("compare", "No Such Film"), ("film", "42"),
    ("own", "42"), ("want", "42"), ("order", "42"), ("lend", "42", "--to", "Anna"), ("return", "42"),
    ("sell", "42"), ("release", "set", "42", "label", "X"), ("release", "rm", "42", "--yes"),
    ("release", "edit", "42", "--yes"), ("release", "link", "42", "1"), ("release", "link", "1", "42"),
    ("film", "rm", "42", "--yes"), ("film", "merge", "1", "42", "--yes"), ("film", "merge", "42", "1", "--yes"),
    ("copy", "set", "42", "at", "box"), ("copy", "rm", "42", "--yes"), ("undo", "42"),
]


@pytest.fixture(scope="module")
def stocked(module_run):
    """Two releases of one film, a copy owned, so a history of changes."""
    run = module_run
    assert run("import", SEEDS).exit_code == 0
    assert run("add", DATA / "cranes_ntsc.txt").exit_code == 0
    assert run("own", "1").exit_code == 0
    return run


@pytest.mark.parametrize("args", UNKNOWN, ids=" ".join)
def test_unknown_id_is_one_line_and_exit_2(stocked, args):
    before = stocked("export").stdout
    result = stocked(*args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("dvdtrack: error: ")
    assert "42" in result.stderr or "No Such Film" in result.stderr
    assert stocked("export").stdout == before
