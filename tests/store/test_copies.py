"""Copies in the store: which copy each change takes, the refusals (nothing changed), editing and
removing, on SQLite and PostgreSQL. Every change is an ORM operation on the caller's session."""

from datetime import date

import pytest
from sqlmodel import select

from dvdtrack.errors import UsageError
from dvdtrack.normalise.money import Money
from dvdtrack.store import copies
from dvdtrack.store.copies import CopyDetails, Sale
from dvdtrack.store.database import session
from dvdtrack.store.models import Copy, CopyStatus
from tests.store.made_releases import made_release

DAY = date(2024, 5, 1)


@pytest.fixture
def stocked(engine):
    """An engine with two releases (ids in `stocked.ids`)."""
    with session(engine, write=True) as s:
        engine.ids = [made_release(s, "Cranes", 1957, "DVD9"), made_release(s, "Solaris", 1972, "DVD5")]
        s.commit()
    return engine


def change(engine, action, *args):
    """Run one change in its own committed transaction, as a command does; its (id, status before)."""
    with session(engine, write=True) as s, s.begin():
        done = getattr(copies, action)(s, *args)
        return done.copy.id, done.before


def rows(engine) -> list[tuple]:
    with session(engine) as s:
        return [(c.id, c.release_id, c.status.value, c.lent_to) for c in s.exec(select(Copy).order_by(Copy.id))]


def test_own_with_details_stores_minor_units_and_dates(stocked):
    first = stocked.ids[0]
    details = CopyDetails(price=Money(1250, "EUR"), bought_from="Shop", bought_on=DAY, location="shelf 3")
    copy_id, before = change(stocked, "own", first, details)
    assert before is None
    with session(stocked) as s:
        copy = s.get(Copy, copy_id)
        assert (copy.status, copy.price_minor, copy.currency, copy.bought_on, copy.location) == \
            (CopyStatus.owned, 1250, "EUR", DAY, "shelf 3")
        assert isinstance(copy.price_minor, int) and copy.created_at is not None


def test_owning_twice_is_two_copies_and_wanted_then_ordered_then_owned_is_one(stocked):
    first, second = stocked.ids
    change(stocked, "own", first, CopyDetails())
    change(stocked, "own", first, CopyDetails())
    assert [r[2] for r in rows(stocked)] == ["owned", "owned"]
    wanted, _ = change(stocked, "want", second, CopyDetails(price=Money(2000, "USD")))
    assert change(stocked, "order", second, CopyDetails()) == (wanted, CopyStatus.wanted)
    assert change(stocked, "own", second, CopyDetails(location="box 1")) == (wanted, CopyStatus.ordered)
    with session(stocked) as s:
        copy = s.get(Copy, wanted)
        assert (copy.status, copy.price_minor, copy.location) == (CopyStatus.owned, 2000, "box 1")  # earlier details kept


def test_lend_takes_the_free_copy_and_return_names_the_borrower(stocked):
    first = stocked.ids[0]
    a, _ = change(stocked, "own", first, CopyDetails())
    b, _ = change(stocked, "own", first, CopyDetails())
    assert change(stocked, "lend", first, "Anna", DAY, date(2024, 6, 1)) == (a, CopyStatus.owned)
    assert change(stocked, "lend", first, " Boris ", DAY, None) == (b, CopyStatus.owned)
    assert rows(stocked) == [(a, first, "lent", "Anna"), (b, first, "lent", "Boris")]
    with pytest.raises(UsageError, match="lent already .*copy #1 to Anna until 2024-06-01"):
        change(stocked, "lend", first, "Clara", DAY, None)
    with pytest.raises(UsageError, match="lent 2 times .*say whose with --from"):
        change(stocked, "give_back", first)
    with pytest.raises(UsageError, match="not lent to Clara"):
        change(stocked, "give_back", first, "Clara")
    assert change(stocked, "give_back", first, "boris") == (b, CopyStatus.lent)
    assert change(stocked, "give_back", first) == (a, CopyStatus.lent)
    with session(stocked) as s:
        assert all(c.lent_to is None and c.due_on is None and c.lent_on is None for c in s.exec(select(Copy)))


def test_copies_lent_to_one_borrower_come_back_the_first_lent_first(stocked):
    """Two copies of one edition lent to one person are alike: `return` (with or without --from) takes
    back the one lent first, and never asks whose it is."""
    first = stocked.ids[0]
    a, _ = change(stocked, "own", first, CopyDetails())
    b, _ = change(stocked, "own", first, CopyDetails())
    change(stocked, "lend", first, "Kate", date(2024, 6, 1), None)
    change(stocked, "lend", first, "kate", DAY, None)
    assert change(stocked, "give_back", first, "KATE") == (b, CopyStatus.lent)
    assert change(stocked, "give_back", first) == (a, CopyStatus.lent)


def test_a_copy_is_not_sold_before_it_was_bought(stocked):
    first = stocked.ids[0]
    change(stocked, "own", first, CopyDetails(bought_on=DAY))
    with pytest.raises(UsageError, match=r"sold \(2020-01-01\) is before the day copy #1 was bought \(2024-05-01\)"):
        change(stocked, "sell", first, Sale(on=date(2020, 1, 1)))
    assert rows(stocked) == [(1, first, "owned", None)]


def test_sell_takes_an_owned_copy_that_is_not_lent(stocked):
    first = stocked.ids[0]
    lent, _ = change(stocked, "own", first, CopyDetails(price=Money(999, "GBP")))
    change(stocked, "lend", first, "Anna", DAY, None)
    with pytest.raises(UsageError, match="is lent .*return. it before selling"):
        change(stocked, "sell", first)
    free, _ = change(stocked, "own", first, CopyDetails())
    assert change(stocked, "sell", first) == (free, CopyStatus.owned)
    assert rows(stocked) == [(lent, first, "lent", "Anna"), (free, first, "sold", None)]


def test_sell_keeps_what_it_sold_for_to_whom_and_when(stocked):
    first = stocked.ids[0]
    copy_id, _ = change(stocked, "own", first, CopyDetails(price=Money(1250, "EUR")))
    assert change(stocked, "sell", first, Sale(Money(800, "EUR"), " Boris ", DAY)) == (copy_id, CopyStatus.owned)
    with session(stocked) as s:
        copy = s.get(Copy, copy_id)
        assert (copy.status, copy.price_minor, copy.currency) == (CopyStatus.sold, 1250, "EUR")  # paid stays paid
        assert (copy.sold_price_minor, copy.sold_currency, copy.sold_to, copy.sold_on) == (800, "EUR", "Boris", DAY)
    change(stocked, "set_field", copy_id, "sold-price", "£7", DAY)
    change(stocked, "set_field", copy_id, "sold-to", "", DAY)
    change(stocked, "set_field", copy_id, "sold-on", "yesterday", DAY)
    with session(stocked) as s:
        copy = s.get(Copy, copy_id)
        assert (copy.sold_price_minor, copy.sold_currency, copy.sold_to, copy.sold_on) == (700, "GBP", None, date(2024, 4, 30))
        assert (copy.price_minor, copy.currency) == (1250, "EUR")


@pytest.mark.parametrize("action, args, says", [
    ("own", (99, CopyDetails()), "no release with id 99"),
    ("lend", (1, "Anna", DAY, None), "you own no copy of release #1"),
    ("lend", (1, "  ", DAY, None), "say who borrows it"),
    ("sell", (1,), "you own no copy of release #1"),
    ("give_back", (1,), r"release #1 \(Cranes\) is not lent; nothing to return"),
    ("want", (2, CopyDetails()), "is wanted already"),
    ("set_field", (99, "at", "box", DAY), "no copy with id 99"),
    ("set_field", (1, "status", "sold", DAY), "cannot set 'status'"),
    ("set_field", (1, "due", "2024-06-01", DAY), "not lent: it has no 'due'"),
    ("set_field", (1, "sold-to", "Boris", DAY), "is wanted, not sold: it has no 'sold-to'"),
    ("set_field", (1, "price", "12,5,0EUR", DAY), "not a price"),
    ("set_field", (1, "watched", "2024-02-30", DAY), "not a date"),
    ("remove", (99,), "no copy with id 99"),
])
def test_refusals_change_nothing(stocked, action, args, says):
    change(stocked, "want", 2, CopyDetails())  # copy #1
    before = rows(stocked)
    with pytest.raises(UsageError, match=says):
        change(stocked, action, *args)
    assert rows(stocked) == before


def test_due_date_before_lending_is_refused(stocked):
    change(stocked, "own", 1, CopyDetails())
    with pytest.raises(UsageError, match="before the day it is lent"):
        change(stocked, "lend", 1, "Anna", DAY, date(2024, 4, 30))
    change(stocked, "lend", 1, "Anna", DAY, None)
    with pytest.raises(UsageError, match="before the day it was lent"):
        change(stocked, "set_field", 1, "due", "2024-04-30", DAY)


def test_set_field_reads_values_and_empty_clears(stocked):
    copy_id, _ = change(stocked, "own", 1, CopyDetails(price=Money(1250, "EUR"), location="shelf 3"))
    change(stocked, "set_field", copy_id, "price", "£9.99", DAY)
    change(stocked, "set_field", copy_id, "watched", "yesterday", DAY)
    change(stocked, "set_field", copy_id, "at", "", DAY)
    change(stocked, "set_field", copy_id, "notes", " signed sleeve ", DAY)
    with session(stocked) as s:
        copy = s.get(Copy, copy_id)
        assert (copy.price_minor, copy.currency, copy.watched_on, copy.location, copy.notes) == \
            (999, "GBP", date(2024, 4, 30), None, "signed sleeve")
        assert copy.updated_at >= copy.created_at
    change(stocked, "set_field", copy_id, "price", "", DAY)
    with session(stocked) as s:
        assert (s.get(Copy, copy_id).price_minor, s.get(Copy, copy_id).currency) == (None, None)


def test_remove_deletes_one_copy(stocked):
    a, _ = change(stocked, "own", 1, CopyDetails())
    b, _ = change(stocked, "own", 1, CopyDetails())
    assert change(stocked, "remove", a) == (a, CopyStatus.owned)
    assert [r[0] for r in rows(stocked)] == [b]


def test_ensure_is_idempotent(stocked):
    """`add --own/--want` (`store.added_copies`, in SQL on the command's connection)."""
    from dvdtrack.store.added_copies import ensure
    from dvdtrack.store.database import write_transaction
    from dvdtrack.store.sql import Sql

    with write_transaction(stocked) as conn:
        s = Sql.of(conn)
        assert ensure(s, 1, CopyStatus.owned).copy.status == CopyStatus.owned
        assert ensure(s, 1, CopyStatus.owned) == CopyStatus.owned  # nothing changed: owned already
        assert ensure(s, 1, CopyStatus.wanted) == CopyStatus.owned  # owned already: not wanted
        assert ensure(s, 2, CopyStatus.wanted).copy.status == CopyStatus.wanted
        assert ensure(s, 2, CopyStatus.wanted) == CopyStatus.wanted
        assert ensure(s, 2, CopyStatus.owned).before == CopyStatus.wanted  # the wish came true
    assert [r[2] for r in rows(stocked)] == ["owned", "owned"]


def test_changes_are_orm_operations_seen_by_session_events(stocked):
    """What a history recorder hooked to the session sees: each change flushes ORM objects."""
    from sqlalchemy import event

    seen = []
    with session(stocked, write=True) as s, s.begin():
        event.listen(s, "before_flush", lambda sess, ctx, inst: seen.append(
            ([type(o).__name__ for o in sess.new], [type(o).__name__ for o in sess.dirty],
             [type(o).__name__ for o in sess.deleted])))
        copy = copies.own(s, 1, CopyDetails()).copy
        copies.lend(s, 1, "Anna", DAY, None)
        s.flush()
        copies.remove(s, copy.id)
        s.flush()
    assert seen == [(["Copy"], [], []), ([], ["Copy"], []), ([], [], ["Copy"])]
