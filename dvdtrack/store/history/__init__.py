"""History of changes and `undo`: every change to the catalogue is recorded in its own transaction.

A change is a row of `Change` (when, the command line as typed, a summary) with `ChangeItem` rows
saying what it did to each table: the ids it inserted (ranges, so that an import of thousands of
releases costs a few short rows), and the rows it updated or deleted as they were before it. Only
the net effect is kept: a row inserted and deleted by the same change is not there; a row deleted
and inserted again under its id (SQLite gives the largest id again) counts as updated.

Recording (`record`): ORM writes are caught by session events (`watch`) on every session opened
with `database.session(engine, write=True)`, with no code in the commands; Core writes (bulk
inserts, display refreshes, deletes) tell the recorder of their connection through a few calls
(`record.inserted`, `record.inserting`, `record.updating`, `record.deleting`); writers of SQL text
(`store.sql`) tell `sql.journal`, a `journal.Journal`, the same on any connection, `add`'s plain
`sqlite3` one too (`store.plain`, committed by `journal.recorded`). A transaction opened
with `database.write_transaction` or a writing session gets a recorder; its change is written just
before the commit, so the change is in the history exactly when it committed. A writing
transaction without a recorder cannot change a catalogue table (`guard`, below).
`journal.one_change()` makes one change of several transactions (an import commits in batches).
The history tables are this database's journal, not the catalogue: `export` leaves them out.

Undoing (`undo`): the rows the change inserted are deleted, those it deleted put back with their
ids, those it updated given their old values, in one transaction, itself recorded as a change. A
change is undone only when no later change still in effect touched the same rows or refers to rows
it inserted; otherwise undo refuses and names that change. `dvdtrack undo` with no change named
takes the newest change in effect that is not itself an undo, so that undoing again goes further
back; undoing an undo (naming it) is a redo: it puts back what the undo took away.

This module holds only what is needed before any database is opened (the command line as typed)
and by every engine (`guard`), so that importing it costs nothing.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

_COMMAND: ContextVar[str] = ContextVar("dvdtrack_command_line", default="")
_STORED: ContextVar[int | None] = ContextVar("dvdtrack_stored_change", default=None)
KEY = "dvdtrack.recorder"  # where a connection keeps the recorder of its transaction (`Connection.info`)
_WRITE = re.compile(r"\s*(?:INSERT|UPDATE|DELETE|REPLACE)\b", re.I)


class NotRecording(RuntimeError):
    """A write to the catalogue outside a recorded transaction: a bug, never a user's error."""


def set_command_line(line: str) -> None:
    """The command line changes made from now on are recorded with (`dvdtrack add notes.txt`)."""
    _COMMAND.set(line)


def command_line() -> str:
    """The command line set by `set_command_line` (empty when the store is used as a library)."""
    return _COMMAND.get()


def note_stored(change_id: int | None) -> None:
    """A change was committed (None: start again; a command's error path asks `stored_change`)."""
    _STORED.set(change_id)


def stored_change() -> int | None:
    """The change committed last since `note_stored(None)`: a command interrupted after it stored
    something must not say that nothing was written."""
    return _STORED.get()


def guard(conn, _cursor, statement: str, _parameters, _context, _executemany) -> None:
    """Engine hook (before each statement): a writing connection (one that took the write lock)
    changes nothing unrecorded; schema upgrades (`dvdtrack_migrating`) are no change of the catalogue."""
    if KEY in conn.info or not _WRITE.match(statement):
        return
    options = conn.get_execution_options()
    if options.get("dvdtrack_write") and not options.get("dvdtrack_migrating"):
        raise NotRecording(f"unrecorded write: {statement[:60]}")
