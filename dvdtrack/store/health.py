"""Database health: integrity, orphan rows and row counts (for `dvdtrack db check`).

Every table of the models is counted and every foreign key checked, so a new table needs no change here.
"""

from __future__ import annotations

from sqlalchemy import Table, func, select, text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from dvdtrack.store import models  # noqa: F401  (registers every table in SQLModel.metadata)


def check(engine: Engine) -> dict:
    """`{"integrity": "ok"|message, "schema": revision, "orphans": {table.column: n}, "counts": {table: n}}`."""
    tables = SQLModel.metadata.sorted_tables
    with engine.connect() as conn:
        integrity = "ok"
        if engine.dialect.name == "sqlite":
            integrity = conn.execute(text("PRAGMA integrity_check")).scalar_one()
        from dvdtrack.store.migrations import current_revision

        revision = current_revision(conn)
        counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}
        orphans = {f"{t.name}.{fk.parent.name}": _orphans(conn, t, fk.parent, fk.column)
                   for t in tables for fk in sorted(t.foreign_keys, key=lambda k: k.parent.name)}
    return {"integrity": integrity, "schema": revision, "orphans": {k: v for k, v in orphans.items() if v}, "counts": counts}


def _orphans(conn, child: Table, column, target) -> int:
    """Rows of `child` whose `column` names no row of the table `target` belongs to (NULL is no link)."""
    query = select(func.count()).select_from(child).where(~column.in_(select(target)))
    return conn.execute(query).scalar_one()
