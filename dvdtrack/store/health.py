"""Database health: integrity, orphan rows and row counts (for `dvdtrack db check`)."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

from dvdtrack.store.models import (Copy, Credit, Film, FilmFact, FilmList, FilmTitle, ListEntry, Person, Release,
                                   ReleaseAudio, ReleaseFeature, ReleaseSubtitle, Source)

_COUNTED = (Film, FilmTitle, FilmFact, Person, Credit, FilmList, ListEntry, Source, Release, ReleaseAudio,
            ReleaseSubtitle, ReleaseFeature, Copy)
# child table, its foreign key column, parent table
_LINKS = [(FilmTitle, "film_id", Film), (FilmFact, "film_id", Film), (Credit, "film_id", Film),
          (ListEntry, "film_id", Film), (Release, "film_id", Film), (ReleaseAudio, "release_id", Release),
          (ReleaseSubtitle, "release_id", Release), (ReleaseFeature, "release_id", Release),
          (Copy, "release_id", Release)]


def check(engine: Engine) -> dict:
    """`{"integrity": "ok"|message, "schema": revision, "orphans": {table: n}, "counts": {table: n}}`."""
    with engine.connect() as conn:
        integrity = "ok"
        if engine.dialect.name == "sqlite":
            integrity = conn.execute(text("PRAGMA integrity_check")).scalar_one()
        from dvdtrack.store.migrations import current_revision

        revision = current_revision(conn)
        counts = {t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in _COUNTED}
        orphans = {f"{child.__tablename__}.{column}": _orphans(conn, child, column, parent)
                   for child, column, parent in _LINKS}
    return {"integrity": integrity, "schema": revision, "orphans": {k: v for k, v in orphans.items() if v}, "counts": counts}


def _orphans(conn, child, column: str, parent) -> int:
    fk = getattr(child, column)
    query = select(func.count()).select_from(child).where(~fk.in_(select(parent.id)))
    return conn.execute(query).scalar_one()
