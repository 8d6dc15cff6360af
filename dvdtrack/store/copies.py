"""A collector's copies of releases: owning, wanting, ordering, lending, giving back, selling, editing.

A release is an edition; a collector holds copies of editions, several of one if they like (owning
a release twice is two copies). Each function works on the caller's Session with ORM operations only
(`session.add`, attribute sets, `session.delete`), never Core statements, so that whatever watches
the session's flushes sees every change; the caller commits. A refusal is a UsageError raised before
anything is changed, so a refused command leaves the database as it was.

Which copy a command takes, when a release has several: `own` turns an ordered copy (else a wanted
one) into an owned one before it adds a new copy; `order` turns a wanted copy into an ordered one
(`copy_status.EARLIER`, which `add --own/--want` follows too: `store.added_copies`);
`lend` and `sell` take the first owned copy that is not lent; `give_back` the lent copy (naming the
borrower when several are lent).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, timezone

from sqlmodel import Session, select

from dvdtrack.errors import UsageError
from dvdtrack.normalise.day import parse_day, past_day
from dvdtrack.normalise.money import Money, parse_money
from dvdtrack.store.copy_status import EARLIER, HELD
from dvdtrack.store.models import Copy, CopyStatus, Release


@dataclass
class CopyDetails:
    """What a collector says of a copy when owning, ordering or wanting it (None: not said)."""

    price: Money | None = None
    bought_from: str | None = None
    bought_on: date | None = None
    location: str | None = None
    condition: str | None = None
    watched_on: date | None = None
    notes: str | None = None

    def columns(self) -> dict:
        """The Copy columns these details set (what was not said is left out).

        >>> CopyDetails(price=Money(1250, "EUR"), location="shelf 3").columns()
        {'location': 'shelf 3', 'price_minor': 1250, 'currency': 'EUR'}
        """
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "price" and getattr(self, f.name) is not None}
        if self.price is not None:
            out.update(price_minor=self.price.minor, currency=self.price.currency)
        return out


@dataclass
class Sale:
    """What a collector says of a sale (None: not said): what it fetched, to whom, on which day."""

    price: Money | None = None
    to: str | None = None
    on: date | None = None

    def columns(self) -> dict:
        """The Copy columns a sale sets, every one (what was not said is None: a copy is sold once).

        >>> Sale(Money(800, "EUR"), " Boris ").columns()
        {'sold_price_minor': 800, 'sold_currency': 'EUR', 'sold_to': 'Boris', 'sold_on': None}
        """
        price = self.price
        return {"sold_price_minor": price.minor if price else None, "sold_currency": price.currency if price else None,
                "sold_to": (self.to or "").strip() or None, "sold_on": self.on}


@dataclass
class Change:
    """What a command did to one copy: the copy, its release and its status before (None: new)."""

    copy: Copy
    release: Release
    before: CopyStatus | None


def release_of(session: Session, release_id: int) -> Release:
    """The release with this id, or a UsageError (a collector typed an id that is not there)."""
    release = session.get(Release, release_id)
    if release is None:
        raise UsageError(f"no release with id {release_id} (`dvdtrack find` lists releases and their ids)")
    return release


def copies_of(session: Session, release_id: int) -> list[Copy]:
    """Every copy of a release, oldest first."""
    return list(session.exec(select(Copy).where(Copy.release_id == release_id).order_by(Copy.id)))


def own(session: Session, release_id: int, details: CopyDetails) -> Change:
    """Own a copy: the ordered copy arrived, or the wanted one was found, else one more copy."""
    return _acquire(session, release_id, details, CopyStatus.owned)


def order(session: Session, release_id: int, details: CopyDetails) -> Change:
    """Order a copy: the wanted copy is ordered, else one more copy on order."""
    return _acquire(session, release_id, details, CopyStatus.ordered)


def want(session: Session, release_id: int, details: CopyDetails) -> Change:
    """Put a release on the wish list; refused when it is there already, on order or owned."""
    release = release_of(session, release_id)
    waiting = _with(copies_of(session, release_id), CopyStatus.wanted, CopyStatus.ordered, *HELD)
    if waiting:
        raise UsageError(f"{_name(release)} is {waiting[0].status.value} already (copy #{waiting[0].id}); nothing changed")
    return _new(session, release, CopyStatus.wanted, details)


def _acquire(session: Session, release_id: int, details: CopyDetails, status: CopyStatus) -> Change:
    release = release_of(session, release_id)
    copies = copies_of(session, release_id)
    for stage in EARLIER[status]:
        waiting = _with(copies, stage)
        if waiting:
            return _update(waiting[0], release, status=status, **details.columns())
    return _new(session, release, status, details)


def lend(session: Session, release_id: int, to: str, on: date, due: date | None) -> Change:
    """Lend an owned copy that is not lent already to someone, from `on` until `due`."""
    release = release_of(session, release_id)
    name = to.strip()
    if not name:
        raise UsageError("say who borrows it: --to NAME")
    if due is not None and due < on:
        raise UsageError(f"the due date {due} is before the day it is lent ({on})")
    free = _free_copy(session, release, "lend", "is lent already ({borrowers}); no other copy to lend")
    if free.bought_on is not None and on < free.bought_on:
        raise UsageError(f"the day it is lent ({on}) is before the day copy #{free.id} was bought ({free.bought_on})")
    return _update(free, release, status=CopyStatus.lent, lent_to=name, lent_on=on, due_on=due)


def give_back(session: Session, release_id: int, borrower: str | None = None) -> Change:
    """A lent copy came back (the one lent to `borrower`, which must be said when several are lent)."""
    release = release_of(session, release_id)
    lent = _with(copies_of(session, release_id), CopyStatus.lent)
    if not lent:
        raise UsageError(f"{_name(release)} is not lent; nothing to return")
    if borrower is not None:
        theirs = [c for c in lent if (c.lent_to or "").casefold() == borrower.strip().casefold()]
        if not theirs:
            raise UsageError(f"{_name(release)} is not lent to {borrower} ({_borrowers(lent)})")
        lent = theirs
    if len({(c.lent_to or "").casefold() for c in lent}) > 1:
        raise UsageError(f"{_name(release)} is lent {len(lent)} times ({_borrowers(lent)}): say whose with --from NAME")
    # copies of one edition lent to one borrower are alike: the one lent first comes back first
    first = min(lent, key=lambda c: (c.lent_on or date.max, c.id))
    return _update(first, release, status=CopyStatus.owned, lent_to=None, lent_on=None, due_on=None)


def sell(session: Session, release_id: int, sale: Sale | None = None) -> Change:
    """Sell an owned copy that is not lent (it stays, as sold, with what was paid for it and what
    the sale says: what it fetched, to whom, when)."""
    release = release_of(session, release_id)
    free = _free_copy(session, release, "sell", "is lent ({borrowers}): `dvdtrack return` it before selling it")
    sale = sale or Sale()
    if sale.on is not None and free.bought_on is not None and sale.on < free.bought_on:
        raise UsageError(f"the day it is sold ({sale.on}) is before the day copy #{free.id} was bought ({free.bought_on})")
    return _update(free, release, status=CopyStatus.sold, **sale.columns())


def _free_copy(session: Session, release: Release, verb: str, when_lent: str) -> Copy:
    """The first owned copy of `release` that is not lent; else a refusal: `when_lent` (its
    `{borrowers}` filled in) when every copy is lent, or that there is nothing to `verb`."""
    copies = copies_of(session, release.id)
    free = _with(copies, CopyStatus.owned)
    if free:
        return free[0]
    lent = _with(copies, CopyStatus.lent)
    if lent:
        raise UsageError(f"{_name(release)} " + when_lent.format(borrowers=_borrowers(lent)))
    raise UsageError(f"you own no copy of {_name(release)}; nothing to {verb}")


def _new(session: Session, release: Release, status: CopyStatus, details: CopyDetails) -> Change:
    copy = Copy(release_id=release.id, status=status, **details.columns())
    session.add(copy)
    session.flush()  # gives the copy its id, to report
    return Change(copy, release, None)


def _update(copy: Copy, release: Release, **columns) -> Change:
    before = copy.status
    for name, value in columns.items():
        setattr(copy, name, value)
    copy.updated_at = datetime.now(timezone.utc)
    return Change(copy, release, before)


def _with(copies: list[Copy], *statuses: CopyStatus) -> list[Copy]:
    return [c for c in copies if c.status in statuses]


def _borrowers(lent: list[Copy]) -> str:
    return ", ".join(f"copy #{c.id} to {c.lent_to}" + (f" until {c.due_on}" if c.due_on else "") for c in lent)


def _name(release: Release) -> str:
    return f"release #{release.id} ({release.title})"


def _text(text: str, _today: date) -> str:
    return text.strip()


def _price(text: str, _today: date) -> Money:
    return parse_money(text)


# `copy set COPY FIELD VALUE`: the field's name as the commands' options say it → (column, reader)
EDITABLE = {
    "price": ("price_minor", _price), "from": ("bought_from", _text), "on": ("bought_on", past_day),
    "at": ("location", _text), "condition": ("condition", _text), "watched": ("watched_on", past_day),
    "notes": ("notes", _text), "to": ("lent_to", _text), "due": ("due_on", parse_day),
    "sold-price": ("sold_price_minor", _price), "sold-to": ("sold_to", _text), "sold-on": ("sold_on", past_day),
}
_ONLY = {"to": CopyStatus.lent, "due": CopyStatus.lent, "sold-price": CopyStatus.sold, "sold-to": CopyStatus.sold,
         "sold-on": CopyStatus.sold}  # fields only a copy in this status has
_CURRENCY = {"price_minor": "currency", "sold_price_minor": "sold_currency"}  # a price's column → its currency's


def copy_by_id(session: Session, copy_id: int) -> Copy:
    """The copy with this id, or a UsageError."""
    copy = session.get(Copy, copy_id)
    if copy is None:
        raise UsageError(f"no copy with id {copy_id} (`dvdtrack copies` lists them)")
    return copy


def set_field(session: Session, copy_id: int, field: str, text: str, today: date) -> Change:
    """Set one field of a copy from what the collector typed; an empty text clears it."""
    if field not in EDITABLE:
        raise UsageError(f"cannot set {field!r} of a copy; choose from {', '.join(EDITABLE)} "
                         "(the status changes with own, want, order, lend, return and sell)")
    copy = copy_by_id(session, copy_id)
    if field in _ONLY and copy.status != _ONLY[field]:
        raise UsageError(f"copy #{copy.id} is {copy.status.value}, not {_ONLY[field].value}: it has no {field!r}")
    column, read = EDITABLE[field]
    value = read(text, today) if text.strip() else None
    if field == "to" and value is None:
        raise UsageError("a lent copy is lent to someone: `dvdtrack return` it instead")
    if field == "due" and value is not None and copy.lent_on is not None and value < copy.lent_on:
        raise UsageError(f"the due date {value} is before the day it was lent ({copy.lent_on})")
    if column in _CURRENCY:
        columns = {column: value.minor if value else None, _CURRENCY[column]: value.currency if value else None}
    else:
        columns = {column: value}
    return _update(copy, release_of(session, copy.release_id), **columns)


def remove(session: Session, copy_id: int) -> Change:
    """Delete a copy recorded by mistake (a copy sold is marked sold instead, and kept)."""
    copy = copy_by_id(session, copy_id)
    change = Change(copy, release_of(session, copy.release_id), copy.status)
    session.delete(copy)
    return change
