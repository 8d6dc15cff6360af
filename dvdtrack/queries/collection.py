"""The collection at a glance (`dvdtrack collection`): copies by status; the discs held (owned and
lent copies) by format, video system, region, label, decade and audio and subtitle language; what
was spent and what sales brought in, per currency; discs lent and overdue.

Discs are counted as copies: a release owned twice counts twice, and a copy counts once for each
language it has a track in (two English tracks are one English disc). A value the notes did not
give is counted as `unknown`, so the breakdowns by one value a disc (format, system, region, label,
decade) each add up to the discs held.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from dvdtrack.normalise.money import format_money
from dvdtrack.store.copies import HELD
from dvdtrack.store.models import Copy, CopyStatus, Release, ReleaseAudio, ReleaseSubtitle

UNKNOWN = "unknown"
# Copies paid for: spent money stays spent when a copy is sold; an ordered copy is paid for.
BOUGHT = (CopyStatus.owned, CopyStatus.lent, CopyStatus.sold, CopyStatus.ordered)
_FACETS = {"format": Release.disc_format, "system": Release.video_system, "region": Release.region,
           "label": Release.label}


def collection_summary(session: Session, today: date) -> dict:
    """Counts and totals of the collection; every breakdown a list of [value, discs], most first."""
    statuses = dict(session.exec(select(Copy.status, func.count()).group_by(Copy.status)).all())
    summary = {"statuses": {s.value: statuses.get(s, 0) for s in CopyStatus},
               "held": sum(statuses.get(s, 0) for s in HELD)}
    for name, column in _FACETS.items():
        summary[name] = _ranked(_held_counts(session, column))
    summary["decade"] = _decades(_held_counts(session, Release.year))
    summary["audio"] = _ranked(_language_counts(session, ReleaseAudio))
    summary["subtitles"] = _ranked(_language_counts(session, ReleaseSubtitle))
    summary.update(_spent(session))
    lent = session.exec(select(Copy.due_on).where(Copy.status == CopyStatus.lent)).all()
    summary["lent"] = len(lent)
    summary["overdue"] = sum(1 for due in lent if due is not None and due < today)
    return summary


def _held(query):
    return query.select_from(Copy).join(Release, Release.id == Copy.release_id).where(col(Copy.status).in_(HELD))


def _held_counts(session: Session, column) -> Counter:
    return Counter(dict(session.exec(_held(select(column, func.count())).group_by(column)).all()))


def _language_counts(session: Session, table) -> Counter:
    query = _held(select(table.language, func.count(func.distinct(Copy.id)))).join(table, table.release_id == Release.id)
    return Counter(dict(session.exec(query.group_by(table.language)).all()))


def _ranked(counts: Counter) -> list[list]:
    """`[[value, n], …]`, most first, ties by value; no value (None) is `unknown`, last among its ties.

    >>> _ranked(Counter({"DVD9": 2, None: 2, "DVD5": 3}))
    [['DVD5', 3], ['DVD9', 2], ['unknown', 2]]
    """
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
    return [[UNKNOWN if value is None else value, n] for value, n in rows if n]


def _decades(years: Counter) -> list[list]:
    """Years folded into decades, in order; no year last.

    >>> _decades(Counter({1957: 2, 1959: 1, 1966: 1, None: 1}))
    [['1950s', 3], ['1960s', 1], ['unknown', 1]]
    """
    decades: Counter = Counter()
    for year, n in years.items():
        decades[None if year is None else year // 10 * 10] += n
    ordered = sorted(decades.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    return [[UNKNOWN if d is None else f"{d}s", n] for d, n in ordered if n]


def _spent(session: Session) -> dict:
    """What the copies bought cost and what the copies sold fetched, per currency (never added
    across currencies), and how many bought copies have no price."""
    bought = col(Copy.status).in_(BOUGHT)
    unpriced = session.exec(select(func.count()).select_from(Copy).where(bought, col(Copy.price_minor).is_(None))).one()
    return {"spent": _totals(session, Copy.price_minor, Copy.currency, bought), "unpriced": unpriced,
            "received": _totals(session, Copy.sold_price_minor, Copy.sold_currency, Copy.status == CopyStatus.sold)}


def _totals(session: Session, minor, currency, which) -> list[dict]:
    """The sum of the amounts in `minor` (of the copies `which`) per `currency`, with their count."""
    rows = session.exec(select(currency, func.sum(minor), func.count()).where(which, col(minor).is_not(None))
                        .group_by(currency).order_by(currency)).all()
    return [{"currency": code, "minor": int(total), "amount": format_money(int(total), code), "copies": n}
            for code, total, n in rows]
