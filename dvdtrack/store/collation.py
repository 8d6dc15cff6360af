"""Text ordering that is the same on every engine: by code point, whatever the server's collation.

SQLite compares text bytewise (BINARY); a PostgreSQL server may sort by its locale (`the` next to
`The`), so there the ordering asks for the "C" collation explicitly.
"""

from __future__ import annotations

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement


class bytewise(ColumnElement):  # noqa: N801 (reads as a function in queries: order_by(bytewise(col)))
    """`column` ordered by code point on every engine."""

    inherit_cache = True

    def __init__(self, column) -> None:
        self.column = column
        self.type = column.type


@compiles(bytewise)
def _plain(element, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(bytewise, "postgresql")
def _postgres(element, compiler, **kw) -> str:
    return f'{compiler.process(element.column, **kw)} COLLATE "C"'
