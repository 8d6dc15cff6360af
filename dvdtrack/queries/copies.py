"""The collector's copies: listed with their release and film, filtered by status, lent and overdue;
the statuses `find --owned/--wanted/--lent` ask for (`store.copy_status`).

`today` is always the caller's: a copy is overdue when it is lent and its due date is before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlmodel import Session, col, select

from dvdtrack.errors import UsageError
from dvdtrack.normalise.money import format_money
from dvdtrack.store.collation import titlewise
from dvdtrack.store.copy_status import CopyStatus, copy_statuses  # noqa: F401
from dvdtrack.store.models import Copy, Film, Release


def parse_statuses(values: Iterable[str]) -> list[CopyStatus]:
    """Statuses as typed (repeated or with commas), checked.

    >>> [s.value for s in parse_statuses(["owned,lent", " Wanted "])]
    ['owned', 'lent', 'wanted']
    >>> parse_statuses(["borrowed"])
    Traceback (most recent call last):
    dvdtrack.errors.UsageError: unknown status 'borrowed'; choose from owned, wanted, ordered, lent, sold
    """
    out = []
    for value in values:
        for name in filter(None, (v.strip().lower() for v in value.split(","))):
            if name not in CopyStatus.__members__:
                raise UsageError(f"unknown status {name!r}; choose from {', '.join(CopyStatus.__members__)}")
            out.append(CopyStatus(name))
    return list(dict.fromkeys(out))


@dataclass
class CopyListing:
    """Copies to show, and how many sold ones the default listing left out (0 when asked for)."""

    rows: list[dict]
    sold_hidden: int


def list_copies(session: Session, today: date, statuses: Iterable[CopyStatus] = (), lent: bool = False,
                overdue: bool = False) -> CopyListing:
    """Copies by film title (case and accents ignored: `collation.titlewise`) then copy id: those in any of `statuses` (`lent` adds the lent status),
    of them only the lent ones past due when `overdue`. Without a status or `overdue`, every copy but
    the sold ones, which are counted in `sold_hidden`."""
    wanted = set(statuses) | ({CopyStatus.lent} if lent else set())
    query = (select(Copy, Release, Film.title).join(Release, Release.id == Copy.release_id)
             .join(Film, Film.id == Release.film_id).order_by(titlewise(Film.title), Copy.id))
    if wanted:
        query = query.where(col(Copy.status).in_(sorted(wanted)))
    if overdue:
        query = query.where(Copy.status == CopyStatus.lent, col(Copy.due_on) < today)
    rows = [copy_row(c, r, title, today) for c, r, title in session.exec(query)]
    if wanted or overdue:
        return CopyListing(rows, 0)
    shown = [r for r in rows if r["status"] != CopyStatus.sold.value]
    return CopyListing(shown, len(rows) - len(shown))


def copy_row(copy: Copy, release: Release, film_title: str, today: date) -> dict:
    """A copy as a flat dict of plain values (its JSON shape), with its release and film."""
    return {
        "id": copy.id, "release_id": release.id, "film_id": release.film_id, "film": film_title,
        "year": release.year, "format": release.disc_format, "label": release.label,
        "status": copy.status.value, "price": format_money(copy.price_minor, copy.currency) or None,
        "price_minor": copy.price_minor, "currency": copy.currency,
        "bought_on": _iso(copy.bought_on), "bought_from": copy.bought_from, "location": copy.location,
        "condition": copy.condition, "watched_on": _iso(copy.watched_on), "lent_to": copy.lent_to,
        "lent_on": _iso(copy.lent_on), "due_on": _iso(copy.due_on), "overdue": is_overdue(copy, today),
        "sold_for": format_money(copy.sold_price_minor, copy.sold_currency) or None,
        "sold_price_minor": copy.sold_price_minor, "sold_currency": copy.sold_currency, "sold_to": copy.sold_to,
        "sold_on": _iso(copy.sold_on),
        "notes": copy.notes, "created_at": _iso(copy.created_at), "updated_at": _iso(copy.updated_at),
    }


def is_overdue(copy: Copy, today: date) -> bool:
    """Lent, with a due date before today."""
    return copy.status == CopyStatus.lent and copy.due_on is not None and copy.due_on < today


def _iso(value) -> str | None:
    return None if value is None else value.isoformat()
