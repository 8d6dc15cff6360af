"""The collection summary, the copies listing and find's status filter, over made-up releases and
copies, with `today` given (never the clock's), on SQLite and PostgreSQL."""

from datetime import date

import pytest

from dvdtrack.normalise.money import Money
from dvdtrack.queries.collection import collection_summary
from dvdtrack.queries.copies import copy_statuses, list_copies, parse_statuses
from dvdtrack.queries.find import FindQuery, find_releases
from dvdtrack.store import copies
from dvdtrack.store.copies import CopyDetails, Sale
from dvdtrack.store.database import session
from dvdtrack.store.models import CopyStatus
from tests.store.made_releases import made_release

TODAY = date(2024, 6, 15)


@pytest.fixture
def collection(engine):
    """Cranes (DVD9, owned twice, one lent and overdue), Solaris (DVD5, owned, lent not yet due),
    Mirror (wanted), Stalker (sold), Andrei Rublev (ordered)."""
    with session(engine, write=True) as s, s.begin():
        cranes = made_release(s, "Cranes", 1957, "DVD9", "PAL", "5", "RUSCICO", ("ru", "ru", "en"), ("en", "he"))
        solaris = made_release(s, "Solaris", 1972, "DVD5", "NTSC", None, "Criterion", ("ru",), ("en",))
        mirror = made_release(s, "Mirror", 1975, "DVD9", "PAL", "2", "Artificial Eye", ("ru",), ())
        stalker = made_release(s, "Stalker", 1979, "DVD5", "PAL", "2", "Artificial Eye", ("ru",), ())
        rublev = made_release(s, "Andrei Rublev", 1966, "DVD9", "NTSC", "1", "Criterion", ("ru",), ())
        copies.own(s, cranes, CopyDetails(price=Money(1250, "EUR"), bought_on=date(2024, 1, 2)))
        copies.own(s, cranes, CopyDetails(price=Money(800, "EUR")))
        copies.lend(s, cranes, "Anna", date(2024, 5, 1), date(2024, 6, 1))
        copies.own(s, solaris, CopyDetails(price=Money(2995, "USD")))
        copies.lend(s, solaris, "Boris", date(2024, 6, 10), date(2024, 7, 1))
        copies.want(s, mirror, CopyDetails(price=Money(1500, "GBP")))
        copies.own(s, stalker, CopyDetails(price=Money(999, "GBP")))
        copies.sell(s, stalker, Sale(Money(700, "GBP"), "Vera", date(2024, 6, 1)))
        copies.order(s, rublev, CopyDetails())
        engine.ids = {"cranes": cranes, "solaris": solaris, "mirror": mirror, "stalker": stalker, "rublev": rublev}
    return engine


def test_summary(collection):
    with session(collection) as s:
        summary = collection_summary(s, TODAY)
    assert summary["statuses"] == {"owned": 1, "wanted": 1, "ordered": 1, "lent": 2, "sold": 1}
    assert summary["held"] == 3  # two Cranes and Solaris: owned and lent copies
    assert summary["format"] == [["DVD9", 2], ["DVD5", 1]]
    assert summary["system"] == [["PAL", 2], ["NTSC", 1]]
    assert summary["region"] == [["5", 2], ["unknown", 1]]
    assert summary["label"] == [["RUSCICO", 2], ["Criterion", 1]]
    assert summary["decade"] == [["1950s", 2], ["1970s", 1]]
    assert summary["audio"] == [["ru", 3], ["en", 2]]  # Cranes' two Russian tracks count once a disc
    assert summary["subtitles"] == [["en", 3], ["he", 2]]
    # bought: owned, lent, sold and ordered copies; a wanted copy's price is not spent
    assert summary["spent"] == [{"currency": "EUR", "minor": 2050, "amount": "20.50 EUR", "copies": 2},
                                {"currency": "GBP", "minor": 999, "amount": "9.99 GBP", "copies": 1},
                                {"currency": "USD", "minor": 2995, "amount": "29.95 USD", "copies": 1}]
    assert summary["unpriced"] == 1  # the ordered Rublev
    assert summary["received"] == [{"currency": "GBP", "minor": 700, "amount": "7.00 GBP", "copies": 1}]
    assert (summary["lent"], summary["overdue"]) == (2, 1)
    assert collection_summary_on(collection, date(2024, 7, 2))["overdue"] == 2
    assert collection_summary_on(collection, date(2024, 6, 1))["overdue"] == 0  # due that day: not yet overdue


def collection_summary_on(engine, today):
    with session(engine) as s:
        return collection_summary(s, today)


def test_empty_collection(engine):
    with session(engine) as s:
        summary = collection_summary(s, TODAY)
    assert summary["statuses"] == dict.fromkeys(("owned", "wanted", "ordered", "lent", "sold"), 0)
    assert summary["format"] == [] and summary["spent"] == [] and summary["received"] == [] and (summary["lent"], summary["overdue"]) == (0, 0)


def listed(engine, **filters) -> list[tuple]:
    with session(engine) as s:
        listing = list_copies(s, TODAY, **filters)
    return [(r["film"], r["status"], r["overdue"]) for r in listing.rows], listing.sold_hidden


def test_listing_filters(collection):
    every, hidden = listed(collection)
    assert hidden == 1 and [film for film, _, _ in every] == ["Andrei Rublev", "Cranes", "Cranes", "Mirror", "Solaris"]
    assert listed(collection, statuses=[CopyStatus.sold]) == ([("Stalker", "sold", False)], 0)
    assert listed(collection, lent=True) == ([("Cranes", "lent", True), ("Solaris", "lent", False)], 0)
    assert listed(collection, overdue=True) == ([("Cranes", "lent", True)], 0)
    assert listed(collection, statuses=[CopyStatus.wanted], lent=True)[0] == \
        [("Cranes", "lent", True), ("Mirror", "wanted", False), ("Solaris", "lent", False)]
    assert listed(collection, statuses=[CopyStatus.owned], overdue=True) == ([], 0)


def test_listing_row_shape(collection):
    with session(collection) as s:
        row = list_copies(s, TODAY, lent=True).rows[0]
    assert row["price"] == "12.50 EUR" and row["price_minor"] == 1250 and row["currency"] == "EUR"
    assert (row["bought_on"], row["lent_to"], row["lent_on"], row["due_on"]) == ("2024-01-02", "Anna", "2024-05-01", "2024-06-01")
    assert (row["format"], row["label"], row["year"]) == ("DVD9", "RUSCICO", 1957)
    assert (row["sold_for"], row["sold_to"], row["sold_on"]) == (None, None, None)
    with session(collection) as s:
        [sold] = list_copies(s, TODAY, [CopyStatus.sold]).rows
    assert (sold["sold_for"], sold["sold_price_minor"], sold["sold_currency"]) == ("7.00 GBP", 700, "GBP")
    assert (sold["sold_to"], sold["sold_on"], sold["price"]) == ("Vera", "2024-06-01", "9.99 GBP")


@pytest.mark.parametrize("flags, films", [
    ({"owned": True}, ["cranes", "solaris"]), ({"wanted": True}, ["mirror"]), ({"lent": True}, ["cranes", "solaris"]),
    ({"owned": True, "wanted": True}, ["cranes", "solaris", "mirror"]), ({}, ["cranes", "solaris", "mirror", "stalker", "rublev"]),
])
def test_find_by_status(collection, flags, films):
    with session(collection) as s:
        found = find_releases(s, FindQuery(statuses=copy_statuses(**flags)))
    assert [r.id for r in found.rows] == sorted(collection.ids[f] for f in films)


def test_find_status_combines_with_other_filters(collection):
    with session(collection) as s:
        found = find_releases(s, FindQuery(statuses=copy_statuses(owned=True), system="NTSC", audio=["ru"]))
    assert [r.id for r in found.rows] == [collection.ids["solaris"]]


def test_parse_statuses_all_names():
    assert parse_statuses(["owned,wanted", "ordered", "lent,sold,owned"]) == list(CopyStatus)
