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


HELD = (CopyStatus.owned, CopyStatus.lent)  # copies on the collector's shelves or a friend's
# The copies a status is reached from, in turn: owning turns an ordered copy (else a wanted one) into
# an owned one before it adds a new copy; ordering turns a wanted one into an ordered one.
EARLIER = {CopyStatus.owned: (CopyStatus.ordered, CopyStatus.wanted), CopyStatus.ordered: (CopyStatus.wanted,),
           CopyStatus.wanted: ()}
NEW = -1  # `add_step`: one more copy


def add_step(statuses: list[CopyStatus], status: CopyStatus) -> int | None:
    """What `add --own` (`status` owned) or `add --want` does to a release whose copies have these
    statuses, oldest first: None, nothing (owned already; for `--want`, also wanted or ordered
    already: adding the same notes again changes nothing, as it stores no second release); else the
    index of the copy that takes `status` (`EARLIER`), or NEW.

    >>> owned, wanted, ordered, lent, sold = CopyStatus
    >>> add_step([], owned), add_step([wanted, ordered], owned), add_step([lent], owned), add_step([sold], wanted)
    (-1, 1, None, -1)
    >>> add_step([ordered], wanted), add_step([wanted], owned)
    (None, 0)
    """
    enough = HELD if status == CopyStatus.owned else (*HELD, CopyStatus.wanted, CopyStatus.ordered)
    if any(s in enough for s in statuses):
        return None
    for stage in EARLIER[status]:
        if stage in statuses:
            return statuses.index(stage)
    return NEW


def copy_statuses(owned: bool = False, wanted: bool = False, lent: bool = False) -> list[CopyStatus]:
    """The statuses `find --owned/--wanted/--lent` ask for: a lent copy is owned too.

    >>> [s.value for s in copy_statuses(owned=True)], copy_statuses()
    (['owned', 'lent'], [])
    """
    chosen = [CopyStatus.owned, CopyStatus.lent] if owned else []
    chosen += [CopyStatus.wanted] if wanted else []
    chosen += [CopyStatus.lent] if lent else []
    return list(dict.fromkeys(chosen))
