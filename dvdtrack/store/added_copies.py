"""`add --own` / `add --want`: a copy of each release the command stored, in the command's own write
transaction and through its SQL (`store.sql`), so that `add` loads no ORM either way. Which copy
changes is `copy_status.add_step`, the rule `copies.own` follows too; the rows are written as the ORM
writes a copy (its status, `created_at`, `updated_at`) and noted in the history as it notes them.
"""

from __future__ import annotations

from datetime import datetime, timezone
from types import SimpleNamespace

from dvdtrack.store.bulk import insert_with_ids
from dvdtrack.store.copy_status import HELD, NEW, CopyStatus, add_step
from dvdtrack.store.sql import Sql


def ensure(sql: Sql, release_id: int, status: CopyStatus) -> SimpleNamespace | CopyStatus:
    """The release owned (or wanted) once: `add_step` says whether a copy changes, which, or a new one.
    The change is shaped as `copies.Change` is (its `copy`, `release` and status `before`), for
    `collection_render.change_line`; when none changes, the status the release has already."""
    copies = sql.rows('SELECT id, status FROM "copy" WHERE release_id = :release ORDER BY id', {"release": release_id})
    statuses = [CopyStatus(s) for _, s in copies]
    step = add_step(statuses, status)
    if step is None:
        return next(s for s in statuses if s in (*HELD, CopyStatus.wanted, CopyStatus.ordered))
    now = datetime.now(timezone.utc)
    if step == NEW:
        copy_id, before = insert_with_ids(sql, "copy", [{"release_id": release_id, "status": status.value,
                                                         "created_at": now, "updated_at": now}])[0], None
    else:
        copy_id, before = copies[step][0], CopyStatus(copies[step][1])
        sql.journal.note_rows("copy", "update", sql.json_rows("copy", "id = :id", {"id": copy_id}))
        sql.execute('UPDATE "copy" SET status = :status, updated_at = :now WHERE id = :id',
                    {"status": status.value, "now": now, "id": copy_id})
    return SimpleNamespace(copy=_copy(sql, copy_id), release=_release(sql, release_id), before=before)


def _copy(sql: Sql, copy_id: int) -> SimpleNamespace:
    names, rows = sql.columns('SELECT * FROM "copy" WHERE id = :id', {"id": copy_id})
    copy = SimpleNamespace(**dict(zip(names, rows[0])))
    copy.status = CopyStatus(copy.status)
    return copy


def _release(sql: Sql, release_id: int) -> SimpleNamespace:
    release_id, title, year = sql.rows('SELECT id, title, year FROM "release" WHERE id = :id', {"id": release_id})[0]
    return SimpleNamespace(id=release_id, title=title, year=year)
