"""Bytes of the command line that are not UTF-8 (a terminal or file name in Latin-1): Python keeps them as
surrogates (`\\udce9`). A file so named is read and its name kept as `\\xe9`; a value that would be stored,
searched or printed is one line, exit 2, and the database is left as it was."""

import json
import os

import pytest

from tests.conftest import SEEDS

LATIN1 = os.fsdecode(b"caf\xe9")  # what Python makes of the bytes `caf\xe9` in argv: 'caf\udce9'


def test_a_file_named_in_latin1_is_added_and_its_name_kept_readably(run, tmp_path):
    notes = tmp_path / f"{LATIN1}.txt"
    notes.write_bytes(next(SEEDS.glob("000_*.txt")).read_bytes())
    done = run("add", "-y", notes)
    assert done.exit_code == 0, done.output
    assert "caf\\xe9.txt" in json.loads(run("history", "--json").stdout)[0]["command"]


@pytest.mark.parametrize("args", [("find", "--label", LATIN1), ("find", "--audio", LATIN1), ("find", LATIN1),
                                  ("own", "1", "--from", LATIN1), ("release", "set", "1", "label", LATIN1)])
def test_a_value_not_in_utf8_is_one_line_and_changes_nothing(run, args):
    run("add", "-y", next(SEEDS.glob("000_*.txt")))
    before = run("export").stdout
    done = run(*args)
    assert done.exit_code == 2, done.output
    assert done.stderr.startswith("dvdtrack: error: Invalid value for") and len(done.stderr.splitlines()) == 1
    assert "not UTF-8 (bytes b'\\xe9'); set the terminal to UTF-8" in done.stderr
    assert run("export").stdout == before
