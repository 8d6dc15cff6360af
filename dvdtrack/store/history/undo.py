"""Undoing a recorded change exactly, or refusing when a later change depends on it.

The change's rows are put back in an order no constraint objects to: updated rows first get their
old values (but a reference to a row the change deleted, which is not back yet), then the rows it
inserted are deleted (children first), the rows it deleted are inserted again with their ids
(parents first), and last the references held back are restored. The undo is recorded as a change
of its own (`undoes`); the change undone is marked (`undone_by`). Undoing an undo is a redo: the
change the undo took back is in effect again.
"""

from __future__ import annotations

import json

from sqlalchemy import insert, or_, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from dvdtrack.errors import UsageError
from dvdtrack.store.database import first_line, write_transaction
from dvdtrack.store.history import record
from dvdtrack.store.history.tables import TableLog, decode_ids, merged
from dvdtrack.store.models import Change, ChangeItem, catalogue_tables
from dvdtrack.store.rows import typed_row


PAGE = 1000  # rows put back a statement
Effect = dict[str, TableLog]  # what a change did, table by table


def effect_of(conn: Connection, change_id: int) -> Effect:
    """A change's net effect: its items (of one transaction or several) replayed in order."""
    effect: Effect = {}
    for name, action, ids, rows in conn.execute(select(ChangeItem.table_name, ChangeItem.action, ChangeItem.ids,
                                                       ChangeItem.rows).where(ChangeItem.change_id == change_id)
                                                .order_by(ChangeItem.id)):
        log = effect.setdefault(name, TableLog())
        if action == "insert":
            for lo, hi in decode_ids(ids):
                log.insert(lo, hi)
        else:
            note = log.update if action == "update" else log.delete
            for row in json.loads(rows):
                note(row["id"], json.dumps(row, ensure_ascii=False))
    return effect


def _touched(effect: Effect) -> dict[str, list[tuple[int, int]]]:
    """Every row a change touched, per table, as sorted ranges."""
    return {name: merged(log.inserted_ranges() + [(i, i) for i in (*log.updated, *log.deleted)])
            for name, log in effect.items() if log}


def undo(engine: Engine, ref: str | None = None) -> tuple[int, int]:
    """Undo change `ref` (`7` or `#7`; by default the newest change in effect that is not itself an
    undo) in one transaction; returns (the change undone, the undo's own change id)."""
    with write_transaction(engine) as conn:
        change = _target(conn, ref)
        effect = effect_of(conn, change.id)
        _check_later(conn, change, effect)
        recorder = record.recorder(conn)
        recorder.undoes = change.id
        try:
            _revert(conn, effect)
        except IntegrityError as exc:
            raise UsageError(f"cannot undo change #{change.id}: a later change conflicts with it "
                             f"({first_line(exc)})") from None
        target = conn.execute(select(Change).where(Change.id == change.undoes)).first() if change.undoes else None
        recorder.describe(f"redid change #{target.id}" if target else f"undid change #{change.id}")
        recorder.finishing.append(lambda c, new_id: _mark(c, change, new_id))
    return change.id, recorder.change_id


def _target(conn: Connection, ref: str | None):
    if ref is None:
        found = conn.execute(select(Change).where(Change.undone_by.is_(None), Change.undoes.is_(None))
                             .order_by(Change.id.desc()).limit(1)).first()
        if found is None:
            raise UsageError("nothing to undo: no change in the history is in effect")
        return found
    text = ref.strip().removeprefix("#")
    if not text.isdigit() or len(text) > 18:
        raise UsageError(f"not a change number: {ref!r} (see `dvdtrack history`)")
    found = conn.execute(select(Change).where(Change.id == int(text))).first()
    if found is None:
        raise UsageError(f"no change #{text} in the history (see `dvdtrack history`)")
    if found.undone_by is not None:
        raise UsageError(f"change #{found.id} is undone already (by change #{found.undone_by}); "
                         f"`dvdtrack undo {found.undone_by}` puts it back")
    return found


def _check_later(conn: Connection, change, effect: Effect) -> None:
    """Refuse when a later change still in effect touched the change's rows or refers to rows it inserted."""
    later = conn.execute(select(Change).where(Change.id > change.id).order_by(Change.id)).all()
    undone_by = {c.id: c.undone_by for c in later}
    effective = [c for c in later if c.undone_by is None
                 and not (c.undoes in undone_by and undone_by[c.undoes] == c.id)]  # an undo of a later change
    mine = _touched(effect)
    effects = {}
    for other in effective:
        effects[other.id] = _touched(effect_of(conn, other.id))
        for name, ranges in effects[other.id].items():
            common = _common(mine.get(name, []), ranges)
            if common is not None:
                raise UsageError(f"cannot undo change #{change.id}: change #{other.id} ({_said(other)}) changed "
                                 f"the same rows ({name} #{common}); undo #{other.id} first")
    for name, child_id, parent in _references(conn, effect):
        blame = next((c for c in effective if _common(effects[c.id].get(name, []), [(child_id, child_id)])), None)
        who = f"change #{blame.id} ({_said(blame)})" if blame else "a later change"
        raise UsageError(f"cannot undo change #{change.id}: {who} added rows that refer to rows it added "
                         f"({name} #{child_id} → {parent}){f'; undo #{blame.id} first' if blame else ''}")


def _references(conn: Connection, effect: Effect):
    """(table, id, parent) of rows the change did not add or change that refer to rows it inserted."""
    empty = TableLog()
    for table in catalogue_tables():
        for fk in table.foreign_keys:
            ranges = effect.get(fk.column.table.name, empty).inserted_ranges()
            if not ranges:
                continue
            own = effect.get(table.name, empty)
            query = select(table.c.id, fk.parent).where(or_(*(fk.parent.between(lo, hi) for lo, hi in ranges)))
            if own.inserted_ranges():
                query = query.where(~or_(*(table.c.id.between(lo, hi) for lo, hi in own.inserted_ranges())))
            for row_id, parent_id in conn.execute(query):
                if row_id not in own.updated:
                    yield table.name, row_id, f"{fk.column.table.name} #{parent_id}"


def _revert(conn: Connection, effect: Effect) -> None:
    tables, empty = catalogue_tables(), TableLog()
    later: list[tuple] = []  # (table, id, references to rows put back only in step 3)
    for table in tables:
        for row_id, row in effect.get(table.name, empty).updated.items():
            values = typed_row(table, json.loads(row))
            held = {fk.parent.name for fk in table.foreign_keys
                    if values.get(fk.parent.name) in effect.get(fk.column.table.name, empty).deleted}
            record.update_rows(conn, table, table.c.id == row_id,
                               **{k: v for k, v in values.items() if k != "id" and k not in held})
            if held:
                later.append((table, row_id, {k: values[k] for k in held}))
    recorder = record.recorder(conn)
    for table in reversed(tables):
        for lo, hi in effect.get(table.name, empty).inserted_ranges():
            recorder.delete_untouched(table, lo, hi)  # the change's own rows: touched in no other step
    for table in tables:
        deleted = effect.get(table.name, empty).deleted
        ids = sorted(deleted)
        for start in range(0, len(ids), PAGE):
            rows = [typed_row(table, json.loads(deleted[i])) for i in ids[start:start + PAGE]]
            conn.execute(insert(table), rows)
            record.inserted(conn, table, [row["id"] for row in rows])
    for table, row_id, values in later:
        conn.execute(update(table).where(table.c.id == row_id).values(**values))  # noted in step 1


def _mark(conn: Connection, change, undo_id: int) -> None:
    """`change` is undone by `undo_id`. If it was itself an undo, what it undid is in effect again,
    and what that one undid (if it was an undo too) is undone again, down the chain."""
    def mark(change_id: int, undone_by: int | None) -> None:
        conn.execute(update(Change).where(Change.id == change_id).values(undone_by=undone_by))

    def undid(change_id: int) -> int | None:
        return conn.execute(select(Change.undoes).where(Change.id == change_id)).scalar()

    mark(change.id, undo_id)
    back = change.undoes
    while back is not None:
        mark(back, None)
        target = undid(back)
        if target is None:
            break
        mark(target, back)
        back = undid(target)


def _said(change) -> str:
    return change.command or change.summary


def _common(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int | None:
    """The first id two sorted range lists share, or None.

    >>> _common([(1, 5), (9, 12)], [(6, 8), (11, 30)]), _common([(1, 2)], [(3, 4)])
    (11, None)
    """
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            return lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return None
