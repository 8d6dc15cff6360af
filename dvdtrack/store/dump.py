"""Export and import a whole database as one JSON document (backup, moving between engines).

The dump lists every table's rows, ids included, in foreign-key order, so importing it into an
empty database and exporting again gives the same document. Importing needs an empty database.
Both directions stream: `write_dump` writes the header on the first line and then one row a line,
reading the tables a page at a time; `import_dump` inserts rows as `DumpReader` reads them. Memory
does not grow with the database (`bench/dump_bench.py`). Bytes (`release.raw_bytes`) are base64.

Reading a damaged database, `write_dump` skips the rows it cannot read and counts them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterable, TextIO

from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from dvdtrack.errors import InputError, UsageError
from dvdtrack.reading.source import DUMP_FORMAT
from dvdtrack.store.database import write_transaction
from dvdtrack.store.history import record
from dvdtrack.store.migrations import HEAD, current_revision
from dvdtrack.store.models import catalogue_tables
from dvdtrack.store.rows import plain_row, typed_row

VERSION = 1
READABLE_SCHEMAS = ("0002", "0003", "0004", "0005", "0006", "0007", HEAD)  # older dumps lack columns that may be empty
_BATCH = 1000  # rows a statement: what an import holds at once
_PAGE = 1000


@dataclass
class ExportReport:
    """Rows written per table, and rows that could not be read (a damaged database)."""

    rows: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)


def tables():
    """The catalogue's tables in foreign-key order (parents first). The history of changes
    (`store.history`) is this database's own journal, not part of the catalogue: it is neither
    exported nor imported, and an `undo` gives back an export equal to the one before the change."""
    return catalogue_tables()


def write_dump(engine: Engine, out: TextIO) -> ExportReport:
    """Write the whole database to `out`, a row a line."""
    report = ExportReport()
    with engine.connect() as conn:
        schema = current_revision(conn)
        out.write(json.dumps({"format": DUMP_FORMAT, "version": VERSION, "schema": schema})[:-1] + ', "tables": {')
        for i, table in enumerate(tables()):
            out.write(("," if i else "") + f"\n{json.dumps(table.name)}: [")
            count = 0
            for row in _table_rows(conn, table, report):
                out.write(("," if count else "") + "\n" + json.dumps(plain_row(table, row), ensure_ascii=False))
                count += 1
            out.write("\n]" if count else "]")
            report.rows[table.name] = count
        out.write("\n}}\n")
    return report


def _table_rows(conn: Connection, table, report: ExportReport) -> Iterable:
    """Rows in id order, a page at a time; a page that cannot be read is read row by row."""
    last: int | None = 0
    while last is not None:
        try:
            page = conn.execute(select(table).where(table.c.id > last).order_by(table.c.id).limit(_PAGE)).mappings().all()
            last = page[-1]["id"] if page else None
        except SQLAlchemyError:
            conn.rollback()
            page, last = _one_by_one(conn, table, last, report)
        yield from page


def _one_by_one(conn: Connection, table, last: int, report: ExportReport) -> tuple[list, int | None]:
    """The next page's rows that can be read, and the last id tried. When the ids cannot be listed
    (the damage is in the table itself), each id up to the largest is asked for by itself."""
    ids = _try(conn, lambda: conn.execute(select(table.c.id).where(table.c.id > last)
                                          .order_by(table.c.id).limit(_PAGE)).scalars().all())
    if ids is None:
        top = _try(conn, lambda: conn.execute(select(func.max(table.c.id))).scalar())
        if top is None or top <= last:
            _lost(report, table)
            return [], None
        ids = range(last + 1, min(last + _PAGE, top) + 1)
    rows = []
    for row_id in ids:
        found = _try(conn, lambda: conn.execute(select(table).where(table.c.id == row_id)).mappings().all())
        if found is None:
            _lost(report, table)
        rows += found or []
    return rows, ids[-1] if ids else None


def _try(conn: Connection, query):
    try:
        return query()
    except SQLAlchemyError:
        conn.rollback()
        return None


def _lost(report: ExportReport, table) -> None:
    report.unreadable[table.name] = report.unreadable.get(table.name, 0) + 1


def import_dump(engine: Engine, header: dict, rows: Iterable[tuple[str, dict]], dry_run: bool = False) -> dict[str, int]:
    """Load a dump's rows into an empty database in one transaction; returns rows per table."""
    if header.get("version") != VERSION or header.get("schema") not in READABLE_SCHEMAS:
        raise InputError(f"dump version {header.get('version')}/schema {header.get('schema')} is not "
                         f"{VERSION}/{HEAD}: export it again with this dvdtrack")
    known = {t.name: t for t in tables()}
    counts: dict[str, int] = {}
    with write_transaction(engine, dry_run) as conn:
        if any(conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables()):
            raise UsageError("a dump can only be imported into an empty database")
        pending: list[dict] = []
        table = None
        for name, row in rows:
            if name not in known:
                raise InputError(f"dump has a table this dvdtrack does not know: {name}")
            if table is not None and (known[name] is not table or len(pending) >= _BATCH):
                _insert(conn, table, pending)
                pending = []
            table = known[name]
            pending.append(typed_row(table, row))
            counts[name] = counts.get(name, 0) + 1
        if table is not None:
            _insert(conn, table, pending)
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn)
    return counts


def _insert(conn: Connection, table, rows: list[dict]) -> None:
    for key in {k for row in rows for k in row}:  # a column an older dump lacks in some rows
        for row in rows:
            row.setdefault(key, None)
    conn.execute(table.insert(), rows)
    record.inserted(conn, table, [row["id"] for row in rows])


def _reset_sequences(conn) -> None:
    # Rows came with their ids; the next id a sequence hands out must come after them.
    quote = conn.dialect.identifier_preparer.quote
    for table in tables():
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT max(id) FROM {quote(table.name)}), 0) + 1, false)"))
