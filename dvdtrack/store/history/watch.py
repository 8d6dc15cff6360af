"""Recording the ORM: session events note what a writing session inserts, updates and deletes.

Objects added, changed or deleted are noted at each flush (the rows as they are in the database
just before it writes them); UPDATE, DELETE and INSERT statements run through the session
(`session.execute(update(Film)...)`) are noted before they run. Core statements run on the
session's connection (`session.connection()`) say what they do through `record`. The change is
written when the session commits, after its last flush; a rollback leaves no trace.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from dvdtrack.store.history import record

_HOOKS = ("after_begin", "before_flush", "after_flush", "do_orm_execute", "before_commit", "after_commit",
          "after_transaction_end")


def watch(session: Session) -> Session:
    """Record every change the session makes (`database.session(engine, write=True)` calls this)."""
    for name in _HOOKS:
        event.listen(session, name, globals()[f"_{name}"])
    return session


def _after_begin(session: Session, transaction, connection) -> None:
    if transaction.nested or record.KEY in connection.info:
        return
    session.info[record.KEY] = record.attach(connection)


def _recorder(session: Session) -> record.Recorder:
    return record.recorder(session.connection())


def _by_table(objects) -> dict:
    out = defaultdict(list)
    for obj in objects:
        out[inspect(obj).mapper.local_table].append(obj)
    return out


def _before_flush(session: Session, _context, _instances) -> None:
    changed = [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    if not changed and not session.deleted:
        return
    recorder = _recorder(session)
    for action, objects in (("update", changed), ("delete", list(session.deleted))):
        for table, group in _by_table(objects).items():
            ids = [inspect(o).identity[0] for o in group]
            rows = recorder.conn.execute(select(table).where(table.c.id.in_(ids))).mappings()
            recorder.rows_before(table, action, rows)


def _after_flush(session: Session, _context) -> None:
    if not session.new:
        return
    recorder = _recorder(session)
    for table, group in _by_table(session.new).items():
        recorder.inserted(table, [o.id for o in group])


def _do_orm_execute(state):
    if state.is_select or not (state.is_update or state.is_delete or state.is_insert):
        return None
    recorder, table = _recorder(state.session), state.statement.table
    if state.is_insert:
        with recorder.inserting(table):
            return state.invoke_statement()
    where = state.statement.whereclause
    rows = recorder.conn.execute(select(table) if where is None else select(table).where(where)).mappings()
    recorder.rows_before(table, "update" if state.is_update else "delete", rows)
    return None


def _before_commit(session: Session) -> None:
    if session.get_nested_transaction() is not None:
        return
    session.flush()  # the last flush, which may be the first to reach the database (and begin)
    if record.KEY in session.info:
        session.info[record.KEY].finish()


def _after_commit(session: Session) -> None:
    if record.KEY in session.info:
        session.info[record.KEY].committed()


def _after_transaction_end(session: Session, transaction) -> None:
    if transaction.parent is None and record.KEY in session.info:
        record.detach(session.info.pop(record.KEY))
