"""`dvdtrack history` on a long history: it reads the changes it shows and nothing else (never the
items that say what each changed), newest first; `-n N` shows the last N and says when there are more."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, event, insert
from sqlalchemy.engine import Engine

from dvdtrack.store.models import Change, ChangeItem
from tests.conftest import SEEDS

MANY = 2000


def _long_history(run) -> None:
    """A real change (#1, the seeds' import) and its undo (#2), then MANY made-up ones, each with an
    item holding rows as an update keeps them (what `history` must not load)."""
    assert run("import", SEEDS).exit_code == 0 and run("undo").exit_code == 0
    start, rows = datetime(2024, 1, 1, tzinfo=timezone.utc), json.dumps([{"id": 1, "notes": "x" * 500}])
    plain = create_engine(run.url)
    with plain.begin() as conn:
        conn.execute(insert(Change), [
            {"id": i, "made_at": start + timedelta(minutes=i), "command": f"dvdtrack copy set 1 notes {i}",
             "summary": "copy ~1", "details": json.dumps({"rows": {"copy": [0, 1, 0]}, "notes": []})}
            for i in range(3, MANY + 3)])
        conn.execute(insert(ChangeItem), [{"change_id": i, "table_name": "copy", "action": "update", "ids": "1",
                                           "rows": rows} for i in range(3, MANY + 3)])
    plain.dispose()


@pytest.fixture
def long_history(run, restore):
    """The test's database holding `_long_history` (built once per test process, then copied)."""
    restore(_long_history)
    return run


@pytest.fixture
def statements():
    """The SQL statements run while the test runs (on any engine)."""
    seen: list[str] = []

    def keep(conn, cursor, statement, *args):
        seen.append(statement.lower())

    event.listen(Engine, "before_cursor_execute", keep)
    yield seen
    event.remove(Engine, "before_cursor_execute", keep)


def listed(run, *args) -> list[dict]:
    result = run("history", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_last_n_and_only_them_are_read(long_history, statements):
    newest = MANY + 2
    assert [c["id"] for c in listed(long_history, "-n", "5")] == list(range(newest, newest - 5, -1))
    assert not any("changeitem" in s for s in statements)
    reads = [s for s in statements if "from change" in s]
    assert reads and all("limit" in s for s in reads)


def test_all_with_n_0_and_the_real_changes_right(long_history):
    every = listed(long_history, "-n", "0")
    assert len(every) == MANY + 2 and [c["id"] for c in every[-2:]] == [2, 1]
    undo, imported = every[-2:]
    assert imported["undone_by"] == 2 and undo["undoes"] == 1 and undo["summary"].startswith("undid change #1")
    assert imported["command"].endswith(f"import {SEEDS}") and imported["rows"]["release"] == [1, 0, 0]


@pytest.mark.parametrize("n, says", [
    ("5", "5 change(s) shown; `dvdtrack history -n 10` shows more\n"),
    (str(MANY + 2), f"{MANY + 2} change(s) shown\n"),  # all of them: there is no more to show
    (str(MANY + 3), f"{MANY + 2} change(s) shown\n"),
    ("0", f"{MANY + 2} change(s) shown\n"),
    ("99999999999999999999", f"{MANY + 2} change(s) shown\n"),  # past what SQL counts (an internal error)
    (str(2**63), f"{MANY + 2} change(s) shown\n"),
])
def test_the_count_line_says_more_only_when_there_is_more(long_history, n, says):
    result = long_history("history", "-n", n)
    assert result.exit_code == 0 and result.stdout.endswith(says)
