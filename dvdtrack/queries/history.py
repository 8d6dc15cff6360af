"""The history of changes, newest first (`dvdtrack history`)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.engine import Connection

from dvdtrack.store.models import Change


def list_changes(conn: Connection, limit: int | None = 20) -> list[dict]:
    """The newest `limit` changes (all when None): id, time, command, summary, rows per table, and
    which change undid it or which it undid."""
    query = select(Change).order_by(Change.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [{"id": c.id, "made_at": _utc(c.made_at), "command": c.command,
             "summary": c.summary, "rows": json.loads(c.details)["rows"], "undoes": c.undoes,
             "undone_by": c.undone_by} for c in conn.execute(query)]


def _utc(moment: datetime) -> str:
    """A stored time in UTC, to the second (SQLite gives it back without its zone).

    >>> _utc(datetime(2024, 5, 1, 12, 0, 3, 5))
    '2024-05-01 12:00:03'
    """
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat(sep=" ", timespec="seconds")
