"""Export and import a whole database as one JSON document (backup, moving between engines).

The dump lists every table's rows, ids included, in foreign-key order, so importing it into an
empty database and exporting again gives the same document. Importing needs an empty database.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, func, select, text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from dvdtrack.errors import InputError, UsageError
from dvdtrack.reading.source import DUMP_FORMAT
from dvdtrack.store.migrations import HEAD, current_revision

VERSION = 1
_BATCH = 5000


def tables():
    """Tables in foreign-key order (parents first)."""
    return SQLModel.metadata.sorted_tables


def export_dump(engine: Engine) -> dict:
    """The whole database as a JSON-ready dict."""
    with engine.connect() as conn:
        data = {t.name: [_row(t, r) for r in conn.execute(select(t).order_by(*t.primary_key.columns)).mappings()]
                for t in tables()}
        schema = current_revision(conn)
    return {"format": DUMP_FORMAT, "version": VERSION, "schema": schema, "tables": data}


def _row(table, row) -> dict:
    return {c.name: row[c.name].isoformat() if isinstance(row[c.name], datetime) else row[c.name]
            for c in table.columns}


def is_dump(data) -> bool:
    """True for a document written by `export_dump`."""
    return isinstance(data, dict) and data.get("format") == DUMP_FORMAT


def import_dump(engine: Engine, data: dict) -> dict[str, int]:
    """Load a dump into an empty database in one transaction; returns rows per table."""
    if data.get("version") != VERSION or data.get("schema") != HEAD:
        raise InputError(f"dump version {data.get('version')}/schema {data.get('schema')} is not "
                         f"{VERSION}/{HEAD}: export it again with this dvdtrack")
    counts = {}
    with engine.execution_options(dvdtrack_write=True).begin() as conn:
        if any(conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables()):
            raise UsageError("a dump can only be imported into an empty database")
        for table in tables():
            rows = [_typed(table, r) for r in data["tables"].get(table.name, [])]
            for start in range(0, len(rows), _BATCH):
                conn.execute(table.insert(), rows[start : start + _BATCH])
            counts[table.name] = len(rows)
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn)
    return counts


def _typed(table, row: dict) -> dict:
    out = dict(row)
    for column in table.columns:
        if _is_datetime(column) and isinstance(out.get(column.name), str):
            out[column.name] = datetime.fromisoformat(out[column.name])
    return out


def _is_datetime(column) -> bool:
    kind = getattr(column.type, "impl", column.type)  # SQLModel wraps DateTime in a TypeDecorator
    return isinstance(kind, DateTime) or isinstance(column.type, DateTime)


def _reset_sequences(conn) -> None:
    # Rows came with their ids; the next id a sequence hands out must come after them.
    quote = conn.dialect.identifier_preparer.quote
    for table in tables():
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT max(id) FROM {quote(table.name)}), 0) + 1, false)"))
