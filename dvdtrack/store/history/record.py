"""The recorder of a write transaction on an engine's connection: a `journal.Journal` (what it changed,
table by table, written out before commit) with what needs SQLAlchemy.

Core writers tell the recorder of their connection what they do (the ORM is caught by `watch`):

    inserted(conn, Film, ids)              # rows just inserted, by id
    with inserting(conn, FilmTitle):       # rows about to be inserted whose ids are not returned:
        conn.execute(insert(FilmTitle), rows)  # the ids above the largest before (the writer holds the lock)
    updating(conn, Film, Film.id == 7)     # before an UPDATE: the rows it will change, as they are
    deleting(conn, Film, Film.id == 7)     # before a DELETE: likewise
    update_rows(conn, Film, Film.id == 7, title="X"), delete_rows(conn, Film, Film.id == 7)  # both at once
    describe(conn, "merged film #7 into #3")  # words for the summary (else: rows per table)

Writers through `store.sql` tell `sql.journal` the same by table name.
"""

from __future__ import annotations

import json
from typing import Iterable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from dvdtrack.store.history import KEY, NotRecording
from dvdtrack.store.history.journal import ROWS_PER_ITEM, Journal, item
from dvdtrack.store.models import ChangeItem, catalogue_tables
from dvdtrack.store.rows import plain_row
from dvdtrack.store.sql import Sql


class Recorder(Journal):
    """What one write transaction on `conn` changed; `finish` writes it to the history in that transaction."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(Sql.of_alchemy(conn))
        self.conn = conn
        self.info = conn.info  # the pooled connection's: still there when the Connection is closed

    def connection(self) -> Connection:
        return self.conn

    def inserted(self, table, ids: Iterable[int]) -> None:
        super().inserted(_table(table).name, ids)

    def inserting(self, table):
        return super().inserting(_table(table).name)

    def updating(self, table, where) -> None:
        table = _table(table)
        self.rows_before(table, "update", self.conn.execute(select(table).where(where)).mappings())

    def deleting(self, table, where) -> None:
        table = _table(table)
        self.rows_before(table, "delete", self.conn.execute(select(table).where(where)).mappings())

    def rows_before(self, table, action: str, rows: Iterable) -> None:
        """Rows as they are now, about to be updated or deleted."""
        table = _table(table)
        self.note_rows(table.name, action, (plain_row(table, row) for row in rows))

    def delete_untouched(self, table, lo: int, hi: int) -> None:
        """Delete the rows with ids lo..hi, rows this change touches in no other way, a page at a
        time: what they were goes to the history at once instead of staying in memory (undoing an
        import of many thousand releases deletes them all)."""
        table, change_id, last = _table(table), self.change_row(), lo - 1  # the change made now, its rows later
        while page := self.conn.execute(select(table).where(table.c.id > last, table.c.id <= hi)
                                        .order_by(table.c.id).limit(ROWS_PER_ITEM)).mappings().all():
            rows = {row["id"]: json.dumps(plain_row(table, row), ensure_ascii=False) for row in page}
            ids = sorted(rows)
            self.conn.execute(insert(ChangeItem), [item(change_id, table.name, "delete", ids, rows)])
            self.conn.execute(delete(table).where(table.c.id.between(ids[0], ids[-1])))
            self.spilled[table.name] = self.spilled.get(table.name, 0) + len(ids)
            last = ids[-1]


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
