"""The recorder of a write transaction: what it changed, table by table, written out before commit.

Core writers tell the recorder of their connection what they do (the ORM is caught by `watch`):

    inserted(conn, Film, ids)              # rows just inserted, by id
    with inserting(conn, FilmTitle):       # rows about to be inserted whose ids are not returned:
        conn.execute(insert(FilmTitle), rows)  # the ids above the largest before (the writer holds the lock)
    updating(conn, Film, Film.id == 7)     # before an UPDATE: the rows it will change, as they are
    deleting(conn, Film, Film.id == 7)     # before a DELETE: likewise
    update_rows(conn, Film, Film.id == 7, title="X"), delete_rows(conn, Film, Film.id == 7)  # both at once
    describe(conn, "merged film #7 into #3")  # words for the summary (else: rows per table)
"""

from __future__ import annotations

import contextlib
import json
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from dvdtrack.store.history import KEY, NotRecording, command_line
from dvdtrack.store.history.tables import TableLog, encode_ids, ranges_of
from dvdtrack.store.models import Change, ChangeItem, catalogue_tables
from dvdtrack.store.rows import plain_row

ROWS_PER_ITEM = 1000  # rows of one table kept in one history item


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


class Recorder:
    """What one write transaction changed; `finish` writes it to the history in that transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.info = conn.info  # the pooled connection's: still there when the Connection is closed
        self.logs: dict[str, TableLog] = {}
        self.notes: list[str] = []
        self.undoes: int | None = None
        self.finishing: list[Callable[[Connection, int], None]] = []  # run with the change's id
        self.change_id: int | None = None
        self.spilled: dict[str, int] = {}  # rows deleted by `delete_untouched`, per table

    def log(self, table) -> TableLog:
        return self.logs.setdefault(_table(table).name, TableLog())

    def inserted(self, table, ids: Iterable[int]) -> None:
        log = self.log(table)
        for lo, hi in ranges_of(ids):
            log.insert(lo, hi)

    @contextlib.contextmanager
    def inserting(self, table):
        table, log = _table(table), self.log(table)
        largest = f"SELECT coalesce(max(id), 0) FROM {self.conn.dialect.identifier_preparer.quote(table.name)}"
        before = self.conn.exec_driver_sql(largest).scalar_one()  # no statement to build: a bulk insert's cost
        if self.conn.dialect.name != "sqlite":  # a sequence never gives an id again, even one deleted just now
            before = max(before, log.highest())
        yield
        after = self.conn.exec_driver_sql(largest).scalar_one()
        if after > before:
            log.insert(before + 1, after)

    def updating(self, table, where) -> None:
        table = _table(table)
        self.rows_before(table, "update", self.conn.execute(select(table).where(where)).mappings())

    def deleting(self, table, where) -> None:
        table = _table(table)
        self.rows_before(table, "delete", self.conn.execute(select(table).where(where)).mappings())

    def rows_before(self, table, action: str, rows: Iterable) -> None:
        """Rows as they are now, about to be updated or deleted."""
        table, log = _table(table), self.log(table)
        note = log.update if action == "update" else log.delete
        for row in rows:
            note(row["id"], json.dumps(plain_row(table, row), ensure_ascii=False))

    def describe(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def finish(self) -> int | None:
        """Write the change and its items (nothing when nothing changed); returns the change's id."""
        logs = {t.name: self.logs[t.name] for t in catalogue_tables() if self.logs.get(t.name)}
        if not logs and self.undoes is None and not self.spilled:
            return None
        rows = {name: self._counts(name, log) for name, log in logs.items()}
        for name, count in self.spilled.items():
            rows[name] = [*rows.get(name, [0, 0, 0])[:2], rows.get(name, [0, 0, 0])[2] + count]
        change_id = self._change_row({"rows": rows, "notes": self.notes})
        items = [item for name, log in logs.items() for item in _items(change_id, name, log)]
        if items:
            self.conn.execute(insert(ChangeItem), items)
        for then in self.finishing:
            then(self.conn, change_id)
        return change_id

    def delete_untouched(self, table, lo: int, hi: int) -> None:
        """Delete the rows with ids lo..hi, rows this change touches in no other way, a page at a
        time: what they were goes to the history at once instead of staying in memory (undoing an
        import of many thousand releases deletes them all)."""
        table, change_id, last = _table(table), self._change_row(), lo - 1  # the change made now, its rows later
        while page := self.conn.execute(select(table).where(table.c.id > last, table.c.id <= hi)
                                        .order_by(table.c.id).limit(ROWS_PER_ITEM)).mappings().all():
            rows = {row["id"]: json.dumps(plain_row(table, row), ensure_ascii=False) for row in page}
            ids = sorted(rows)
            self.conn.execute(insert(ChangeItem), [_item(change_id, table.name, "delete", ids, rows)])
            self.conn.execute(delete(table).where(table.c.id.between(ids[0], ids[-1])))
            self.spilled[table.name] = self.spilled.get(table.name, 0) + len(ids)
            last = ids[-1]

    def _change_row(self, details: dict | None = None) -> int:
        """The change this transaction adds `details` to: that of its `one_change` block, or its own
        (made now, when not made already)."""
        group = _GROUP.get()
        if self.change_id is None and group is not None and group.change_id is not None:
            self.change_id = group.change_id
        if self.change_id is None:
            details = details or {"rows": {}, "notes": []}
            self.change_id = self.conn.execute(insert(Change).values(
                made_at=datetime.now(timezone.utc), command=command_line(), summary=summary(details),
                details=json.dumps(details, ensure_ascii=False), undoes=self.undoes)).inserted_primary_key[0]
        elif details is not None:
            self._add_to(self.change_id, details)
        return self.change_id

    def committed(self) -> None:
        """The transaction committed: the next transaction of a `one_change` block adds to this change."""
        group = _GROUP.get()
        if group is not None and group.change_id is None:
            group.change_id = self.change_id

    def _counts(self, name: str, log: TableLog) -> list[int]:
        ranges = log.inserted_ranges()
        if self.conn.dialect.name == "sqlite":  # ids given one after the other: no gaps
            inserted = sum(hi - lo + 1 for lo, hi in ranges)
        else:  # a sequence skips the ids of rows an ON CONFLICT did not insert
            table = _table(name)
            inserted = sum(self.conn.execute(select(func.count()).select_from(table)
                                             .where(table.c.id.between(lo, hi))).scalar_one() for lo, hi in ranges)
        return [inserted, len(log.updated), len(log.deleted)]

    def _add_to(self, change_id: int, details: dict) -> None:
        old = json.loads(self.conn.execute(select(Change.details).where(Change.id == change_id)).scalar_one())
        for name, counts in details["rows"].items():
            old["rows"][name] = [a + b for a, b in zip(old["rows"].get(name, [0, 0, 0]), counts)]
        old["rows"] = {t.name: old["rows"][t.name] for t in catalogue_tables() if t.name in old["rows"]}
        old["notes"] += [n for n in details["notes"] if n not in old["notes"]]
        self.conn.execute(update(Change).where(Change.id == change_id).values(
            summary=summary(old), details=json.dumps(old, ensure_ascii=False)))


def _items(change_id: int, name: str, log: TableLog) -> list[dict]:
    items = []
    if log.inserted_ranges():
        items.append({"change_id": change_id, "table_name": name, "action": "insert",
                      "ids": encode_ids(log.inserted_ranges()), "rows": None})
    for action, rows in (("update", log.updated), ("delete", log.deleted)):
        ids = sorted(rows)
        for start in range(0, len(ids), ROWS_PER_ITEM):
            items.append(_item(change_id, name, action, ids[start:start + ROWS_PER_ITEM], rows))
    return items


def _item(change_id: int, name: str, action: str, ids: list[int], rows: dict[int, str]) -> dict:
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


def _table(table):
    if isinstance(table, str):
        return next(t for t in catalogue_tables() if t.name == table)
    return getattr(table, "__table__", table)


# --- finding a connection's recorder ---

def attach(conn: Connection) -> Recorder:
    """Give the connection's transaction a recorder (it stays until `detach`)."""
    recorder = Recorder(conn)
    conn.info[KEY] = recorder
    return recorder


def detach(recorder: Recorder) -> None:
    """The transaction ended: its connection records no more (`info` outlives the checkout)."""
    recorder.info.pop(KEY, None)


def recorder(bind) -> Recorder:
    """The recorder of a connection's (or a writing session's) transaction."""
    conn = bind.connection() if hasattr(bind, "connection") and not isinstance(bind, Connection) else bind
    found = conn.info.get(KEY)
    if found is None:
        raise NotRecording("a write to the catalogue outside a recorded transaction "
                           "(open it with database.write_transaction or session(write=True))")
    return found


def inserted(bind, table, ids: Iterable[int]) -> None:
    """Rows of `table` with these ids were just inserted."""
    recorder(bind).inserted(table, ids)


def inserting(bind, table):
    """Around an insert whose ids are not known: the rows above the largest id before it are its."""
    return recorder(bind).inserting(table)


def updating(bind, table, where) -> None:
    """Before an UPDATE of the rows `where` selects."""
    recorder(bind).updating(table, where)


def deleting(bind, table, where) -> None:
    """Before a DELETE of the rows `where` selects."""
    recorder(bind).deleting(table, where)


def delete_rows(conn: Connection, table, where) -> None:
    """Delete the rows `where` selects, noted first."""
    deleting(conn, table, where)
    conn.execute(delete(_table(table)).where(where))


def update_rows(conn: Connection, table, where, **values) -> None:
    """Update the rows `where` selects, noted first."""
    updating(conn, table, where)
    conn.execute(update(_table(table)).where(where).values(**values))


def describe(bind, text: str) -> None:
    """A phrase for the change's summary (`merged film #7 into #3`)."""
    recorder(bind).describe(text)
