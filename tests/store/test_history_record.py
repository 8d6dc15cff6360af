"""The recorder: ORM writes through a writing session are recorded with no code of their own (as
the copies of a collection will be); a write outside the recorded path is refused."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import insert
from sqlmodel import select

from dvdtrack.store.database import session, write_transaction
from dvdtrack.store.dump import write_dump
from dvdtrack.store.history import NotRecording
from dvdtrack.store.history.undo import undo
from dvdtrack.store.models import Change, FilmList, Source


def catalogue(engine) -> dict:
    out = io.StringIO()
    write_dump(engine, out)
    return json.loads(out.getvalue())["tables"]


def test_orm_adds_changes_and_deletes_are_recorded_and_undone(engine):
    states = [catalogue(engine)]
    with session(engine, write=True) as s:
        s.add(FilmList(title="Mine", author="me"))
        s.add(FilmList(title="Other"))
        s.commit()
    states.append(catalogue(engine))
    with session(engine, write=True) as s:
        mine = s.exec(select(FilmList).where(FilmList.title == "Mine")).one()
        mine.author, mine.link = "someone else", "https://example.org/list"
        s.add(FilmList(title="Third"))
        s.commit()
    states.append(catalogue(engine))
    with session(engine, write=True) as s:
        s.delete(s.exec(select(FilmList).where(FilmList.title == "Other")).one())
        s.commit()
    with session(engine) as s:
        assert [c.summary for c in s.exec(select(Change).order_by(Change.id))] == [
            "filmlist +2", "filmlist +1 ~1", "filmlist -1"]
    for state in reversed(states):
        undo(engine)
        assert catalogue(engine) == state


def test_a_rolled_back_session_records_nothing(engine):
    with session(engine, write=True) as s:
        s.add(FilmList(title="Mine"))
        s.flush()
        s.rollback()
    with session(engine) as s:
        assert s.exec(select(Change)).all() == []


def test_a_write_outside_the_recorded_path_is_refused(engine):
    with pytest.raises(NotRecording), engine.execution_options(dvdtrack_write=True).begin() as conn:
        conn.execute(insert(Source).values(kind="x", name="y"))
    assert catalogue(engine)["source"] == []


def test_one_change_over_several_transactions(engine):
    from dvdtrack.store.history.journal import one_change
    from dvdtrack.store.history.record import inserted

    with one_change():
        for name in ("a", "b"):
            with write_transaction(engine) as conn:
                new = conn.execute(insert(Source).values(kind="x", name=name)).inserted_primary_key[0]
                inserted(conn, Source, [new])
    with session(engine) as s:
        [change] = s.exec(select(Change)).all()
    assert change.summary == "source +2"
    undo(engine)
    assert catalogue(engine)["source"] == []
