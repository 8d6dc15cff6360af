"""Text ordering that is the same on every engine, whatever the server's collation, for SQLAlchemy queries.

`bytewise`: by code point. SQLite compares text bytewise (BINARY); a PostgreSQL server may sort by
its locale (`the` next to `The`), so there the ordering asks for the "C" collation explicitly.
`titlewise`: film titles with case and a Latin letter's accents ignored (`store.title_order`, which
the SQL text of `store.reader` uses too).
"""

from __future__ import annotations

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement

from dvdtrack.store.title_order import title_order_sql


class _Ordered(ColumnElement):
    """A column wrapped for ORDER BY: each subclass says, per engine, how (`@compiles`)."""

    inherit_cache = True

    def __init__(self, column) -> None:
        self.column = column
        self.type = column.type


class bytewise(_Ordered):  # noqa: N801 (reads as a function in queries: order_by(bytewise(col)))
    """`column` ordered by code point on every engine."""

    inherit_cache = True


@compiles(bytewise)
def _plain(element, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(bytewise, "postgresql")
def _postgres(element, compiler, **kw) -> str:
    return f'{compiler.process(element.column, **kw)} COLLATE "C"'


class titlewise(_Ordered):  # noqa: N801
    """`column` (a title) ordered by `title_order` on every engine."""

    inherit_cache = True


@compiles(titlewise)
def _titles(element, compiler, **kw) -> str:
    return title_order_sql(compiler.process(element.column, **kw), compiler.dialect.name)
