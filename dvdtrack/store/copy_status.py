"""A copy's status, and the statuses `find --owned/--wanted/--lent` ask for: plain values that load no
ORM (`store.models` stores them; `find` compares the column with their text on both engines).

>>> CopyStatus("lent").value, [s.value for s in copy_statuses(owned=True, wanted=True)]
('lent', ['owned', 'lent', 'wanted'])
"""

from __future__ import annotations

from enum import Enum


class CopyStatus(str, Enum):
    """Where a copy stands in a collection: a lent copy is still owned; a sold one is kept as history."""

    owned = "owned"
    wanted = "wanted"
    ordered = "ordered"
    lent = "lent"
    sold = "sold"


def copy_statuses(owned: bool = False, wanted: bool = False, lent: bool = False) -> list[CopyStatus]:
    """The statuses `find --owned/--wanted/--lent` ask for: a lent copy is owned too.

    >>> [s.value for s in copy_statuses(owned=True)], copy_statuses()
    (['owned', 'lent'], [])
    """
    chosen = [CopyStatus.owned, CopyStatus.lent] if owned else []
    chosen += [CopyStatus.wanted] if wanted else []
    chosen += [CopyStatus.lent] if lent else []
    return list(dict.fromkeys(chosen))
