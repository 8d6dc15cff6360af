"""Rows as JSON holds them (`export` and the history of changes) and back."""

from __future__ import annotations

import base64
from datetime import date, datetime

from sqlalchemy import Date, DateTime, LargeBinary

from dvdtrack.errors import InputError
from dvdtrack.store.sql import json_value


def plain_row(table, row) -> dict:
    """A row as JSON can hold it: dates in ISO format, bytes in base64 (`typed_row` reverses it)."""
    return {c.name: json_value(row[c.name]) for c in table.columns}


def typed_row(table, row: dict) -> dict:
    """A row of a dump (or of the history) with its dates and bytes as the database takes them."""
    out = dict(row)
    unknown = set(out) - set(table.columns.keys())
    if unknown:
        raise InputError(f"dump has columns this dvdtrack does not know: {table.name}.{sorted(unknown)[0]}")
    for column in table.columns:
        value = out.get(column.name)
        if isinstance(value, str) and _is(column, DateTime):
            out[column.name] = datetime.fromisoformat(value)
        elif isinstance(value, str) and _is(column, Date):
            out[column.name] = date.fromisoformat(value)
        elif isinstance(value, str) and _is(column, LargeBinary):
            out[column.name] = base64.b64decode(value)
    return out


def _is(column, kind) -> bool:
    inner = getattr(column.type, "impl", column.type)  # SQLModel wraps DateTime in a TypeDecorator
    return isinstance(inner, kind) or isinstance(column.type, kind)
