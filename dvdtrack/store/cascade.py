"""Rows that refer to rows: what goes with a film or a release that is removed.

Found from the foreign keys of the catalogue's tables, so that a table added later (a collector's
copies of a release) goes with its release without code here. Deletes run through the session,
so that they are recorded (`store.history`).
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlmodel import Session

from dvdtrack.store.models import catalogue_tables


def below(session: Session, table, ids: list[int]) -> dict[str, list[int]]:
    """Every row that refers, directly or not, to the rows `ids` of `table`, by table name
    (the rows themselves included under their own table)."""
    table = getattr(table, "__table__", table)
    found: dict[str, list[int]] = {}
    _walk(session, table, sorted(set(ids)), found)
    return found


def _walk(session: Session, table, ids: list[int], found: dict[str, list[int]]) -> None:
    if not ids:
        return
    known = found.setdefault(table.name, [])
    seen = set(known)
    new = [i for i in ids if i not in seen]
    known += new
    for child in catalogue_tables():
        for key in child.foreign_keys:
            if key.column.table is table and new:
                _walk(session, child, list(session.execute(select(child.c.id).where(key.parent.in_(new))).scalars()),
                      found)


def delete_below(session: Session, table, ids: list[int]) -> dict[str, int]:
    """Delete the rows and every row that refers to them (children first); rows per table."""
    found = below(session, table, ids)
    for child in reversed(catalogue_tables()):
        if found.get(child.name):
            session.execute(delete(child).where(child.c.id.in_(found[child.name])))
    session.expire_all()
    return {name: len(rows) for name, rows in found.items() if rows}
