"""The journal of one write transaction: what it changed, table by table, written to the history
(`change`, `changeitem`) just before it commits. SQL text only (`store.sql`), so that a writer on a
plain `sqlite3` connection (`store.plain`) records exactly as one on an engine's connection does
(`record.Recorder`, which adds what needs SQLAlchemy).

Writers say what they do, by table name:

    journal.inserted("film", [7, 8])            # rows just inserted, by id
    with journal.inserting("filmtitle"):        # rows about to be inserted whose ids are not returned:
        sql.insert_many("filmtitle", rows)      # the ids above the largest before (the writer holds the lock)
    journal.note_rows("film", "update", rows)   # rows (plain dicts) as they are, before an UPDATE or DELETE
    journal.describe("merged film #7 into #3")  # words for the summary (else: rows per table)
"""

from __future__ import annotations

import contextlib
import json
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable

from dvdtrack.store.history import command_line, note_stored
from dvdtrack.store.history.tables import TableLog, encode_ids, ranges_of
from dvdtrack.store.sql import Sql, quote

ROWS_PER_ITEM = 1000  # rows of one table kept in one history item
# The catalogue's tables in foreign-key order, parents first: every table but the history's
# (`models.catalogue_tables()`, which a test checks this against).
CATALOGUE = ("film", "filmlist", "person", "source", "credit", "filmfact", "filmtitle", "listentry", "release",
             "copy", "discscan", "releaseaudio", "releasefeature", "releasesubtitle")


@dataclass
class _Group:
    change_id: int | None = None


_GROUP: ContextVar[_Group | None] = ContextVar("dvdtrack_change_group", default=None)


@contextlib.contextmanager
def one_change():
    """Every transaction committed inside the block adds to one change (made by the first)."""
    token = _GROUP.set(_Group())
    try:
        yield
    finally:
        _GROUP.reset(token)


class Journal:
    """What one write transaction changed; `finish` writes it to the history in that transaction."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql
        self.logs: dict[str, TableLog] = {}
        self.notes: list[str] = []
        self.undoes: int | None = None
        self.finishing: list[Callable] = []  # run with (the connection, the change's id)
        self.change_id: int | None = None
        self.spilled: dict[str, int] = {}  # rows deleted by `Recorder.delete_untouched`, per table

    def log(self, table: str) -> TableLog:
        return self.logs.setdefault(table, TableLog())

    def inserted(self, table: str, ids: Iterable[int]) -> None:
        log = self.log(table)
        for lo, hi in ranges_of(ids):
            log.insert(lo, hi)

    @contextlib.contextmanager
    def inserting(self, table: str):
        log, largest = self.log(table), f"SELECT coalesce(max(id), 0) FROM {quote(table)}"
        before = self.sql.scalar(largest)
        if self.sql.dialect != "sqlite":  # a sequence never gives an id again, even one deleted just now
            before = max(before, log.highest())
        yield
        after = self.sql.scalar(largest)
        if after > before:
            log.insert(before + 1, after)

    def note_rows(self, table: str, action: str, rows: Iterable[dict]) -> None:
        """Rows (as JSON holds them, `rows.plain_row`) as they are now, about to be updated or deleted."""
        log = self.log(table)
        note = log.update if action == "update" else log.delete
        for row in rows:
            note(row["id"], json.dumps(row, ensure_ascii=False))

    def describe(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def finish(self) -> int | None:
        """Write the change and its items (nothing when nothing changed); returns the change's id."""
        logs = {name: self.logs[name] for name in CATALOGUE if self.logs.get(name)}
        if not logs and self.undoes is None and not self.spilled:
            return None
        rows = {name: self._counts(name, log) for name, log in logs.items()}
        for name, count in self.spilled.items():
            rows[name] = [*rows.get(name, [0, 0, 0])[:2], rows.get(name, [0, 0, 0])[2] + count]
        change_id = self.change_row({"rows": rows, "notes": self.notes})
        self.sql.insert_many("changeitem", [item for name, log in logs.items() for item in _items(change_id, name, log)])
        for then in self.finishing:
            then(self.connection(), change_id)
        return change_id

    def connection(self):
        """What `finishing` steps are given: the connection written through."""
        return self.sql

    def change_row(self, details: dict | None = None) -> int:
        """The change this transaction adds `details` to: that of its `one_change` block, or its own
        (made now, when not made already)."""
        group = _GROUP.get()
        if self.change_id is None and group is not None and group.change_id is not None:
            self.change_id = group.change_id
        if self.change_id is None:
            details = details or {"rows": {}, "notes": []}
            self.change_id = self.sql.insert("change", {
                "made_at": datetime.now(timezone.utc), "command": command_line(), "summary": summary(details),
                "details": json.dumps(details, ensure_ascii=False), "undoes": self.undoes})
        elif details is not None:
            self._add_to(self.change_id, details)
        return self.change_id

    def committed(self) -> None:
        """The transaction committed: the next transaction of a `one_change` block adds to this change."""
        group = _GROUP.get()
        if group is not None and group.change_id is None:
            group.change_id = self.change_id
        if self.change_id is not None:
            note_stored(self.change_id)

    def _counts(self, name: str, log: TableLog) -> list[int]:
        ranges = log.inserted_ranges()
        if self.sql.dialect == "sqlite":  # ids given one after the other: no gaps
            inserted = sum(hi - lo + 1 for lo, hi in ranges)
        else:  # a sequence skips the ids of rows an ON CONFLICT did not insert
            inserted = sum(self.sql.scalar(f"SELECT count(*) FROM {quote(name)} WHERE id BETWEEN :lo AND :hi",
                                           {"lo": lo, "hi": hi}) for lo, hi in ranges)
        return [inserted, len(log.updated), len(log.deleted)]

    def _add_to(self, change_id: int, details: dict) -> None:
        old = json.loads(self.sql.scalar('SELECT details FROM "change" WHERE id = :id', {"id": change_id}))
        for name, counts in details["rows"].items():
            old["rows"][name] = [a + b for a, b in zip(old["rows"].get(name, [0, 0, 0]), counts)]
        old["rows"] = {name: old["rows"][name] for name in CATALOGUE if name in old["rows"]}
        old["notes"] += [n for n in details["notes"] if n not in old["notes"]]
        self.sql.execute('UPDATE "change" SET summary = :summary, details = :details WHERE id = :id',
                         {"summary": summary(old), "details": json.dumps(old, ensure_ascii=False), "id": change_id})


def _items(change_id: int, name: str, log: TableLog) -> list[dict]:
    items = []
    if log.inserted_ranges():
        items.append({"change_id": change_id, "table_name": name, "action": "insert",
                      "ids": encode_ids(log.inserted_ranges()), "rows": None})
    for action, rows in (("update", log.updated), ("delete", log.deleted)):
        ids = sorted(rows)
        for start in range(0, len(ids), ROWS_PER_ITEM):
            items.append(item(change_id, name, action, ids[start:start + ROWS_PER_ITEM], rows))
    return items


def item(change_id: int, name: str, action: str, ids: list[int], rows: dict[int, str]) -> dict:
    """A history item of rows, as they were before `action`."""
    return {"change_id": change_id, "table_name": name, "action": action, "ids": encode_ids(ranges_of(ids)),
            "rows": "[" + ",".join(rows[i] for i in ids) + "]"}


def summary(details: dict) -> str:
    """One line for `dvdtrack history`: what the change said of itself, and rows per table.

    >>> summary({"rows": {"film": [1, 2, 0], "release": [3, 0, 0]}, "notes": []})
    'film +1 ~2, release +3'
    >>> summary({"rows": {"film": [0, 1, 1]}, "notes": ["merged film #7 into #3"]})
    'merged film #7 into #3 (film ~1 -1)'
    """
    rows = ", ".join(name + " " + " ".join(f"{sign}{n}" for sign, n in zip("+~-", counts) if n)
                     for name, counts in details["rows"].items())
    if not details["notes"]:
        return rows
    return "; ".join(details["notes"]) + (f" ({rows})" if rows else "")


@contextlib.contextmanager
def recorded(sql: Sql, begin: Callable[[], None], rollback: Callable[[], None]):
    """A write transaction on a connection with no engine (`store.plain`): `begin()` begins it and takes
    the write lock, what the block writes is recorded in the history, and it is all committed when the
    block ends, or all rolled back (`rollback()`, which must do nothing when SQLite has already rolled
    it back itself, as after a full disk) when it raises."""
    journal = Journal(sql)
    sql.keep_journal(journal)
    begin()
    try:
        yield sql
        journal.finish()
    except BaseException:
        rollback()
        raise
    sql.execute("COMMIT")
    journal.committed()
