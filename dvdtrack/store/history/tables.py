"""What one change did to one table, net: the ids it inserted (as ranges) and the rows, as they were
before it, that it updated or deleted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable


def encode_ids(ranges: Iterable[tuple[int, int]]) -> str:
    """Id ranges as text.

    >>> encode_ids([(1, 500), (503, 503)]), decode_ids("1-500,503"), decode_ids("")
    ('1-500,503', [(1, 500), (503, 503)], [])
    """
    return ",".join(f"{lo}-{hi}" if hi > lo else str(lo) for lo, hi in ranges)


def decode_ids(text: str) -> list[tuple[int, int]]:
    out = []
    for part in filter(None, text.split(",")):
        lo, _, hi = part.partition("-")
        out.append((int(lo), int(hi or lo)))
    return out


def ranges_of(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted ids as ranges of consecutive ids.

    >>> ranges_of([5, 1, 2, 3, 9])
    [(1, 3), (5, 5), (9, 9)]
    """
    out: list[list[int]] = []
    for i in sorted(set(ids)):
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return [(lo, hi) for lo, hi in out]


def merged(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges, overlapping or adjacent ones joined.

    >>> merged([(5, 9), (1, 3), (4, 4), (20, 20)])
    [(1, 9), (20, 20)]
    """
    out: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


@dataclass
class TableLog:
    """The net effect of one change on one table; rows are kept as JSON text (a third of the
    memory of dicts: undoing a big import keeps every row it deletes until it commits).

    >>> log = TableLog()
    >>> log.update(1, '{"v": "a"}'); log.update(1, '{"v": "b"}'); log.updated[1]
    '{"v": "a"}'
    >>> log.insert(10, 12); log.delete(11, '{"v": "new"}'); log.inserted_ranges()
    [(10, 10), (12, 12)]
    >>> log.delete(4, '{"v": "old"}'); log.insert(4, 4); sorted(log.updated), log.deleted
    ([1, 4], {})
    """

    ranges: list[tuple[int, int]] = field(default_factory=list)  # ids inserted
    holes: set[int] = field(default_factory=set)  # ids in `ranges` that are no rows it inserted (any more)
    updated: dict[int, str] = field(default_factory=dict)  # rows as they were before the change
    deleted: dict[int, str] = field(default_factory=dict)

    def highest(self) -> int:
        """The largest id the change has seen in the table."""
        return max([hi for _, hi in self.ranges] + list(self.deleted) + list(self.updated) + [0])

    def is_inserted(self, row_id: int) -> bool:
        return row_id not in self.holes and any(lo <= row_id <= hi for lo, hi in self.ranges)

    def insert(self, lo: int, hi: int) -> None:
        small = hi - lo < len(self.deleted)
        for row_id in [i for i in (range(lo, hi + 1) if small else list(self.deleted)) if lo <= i <= hi]:
            if row_id in self.deleted:  # deleted and given again (SQLite reuses the largest id): replaced
                self.updated[row_id] = self.deleted.pop(row_id)
                self.holes.add(row_id)
        if self.ranges and self.ranges[-1][1] + 1 == lo:  # the ORM inserts a row at a time
            self.ranges[-1] = (self.ranges[-1][0], hi)
        else:
            self.ranges.append((lo, hi))

    def update(self, row_id: int, row: str) -> None:
        if not (row_id in self.updated or row_id in self.deleted or self.is_inserted(row_id)):
            self.updated[row_id] = row

    def delete(self, row_id: int, row: str) -> None:
        if self.is_inserted(row_id):
            self.holes.add(row_id)
        elif row_id in self.updated:
            self.deleted[row_id] = self.updated.pop(row_id)
        elif row_id not in self.deleted:
            self.deleted[row_id] = row

    def inserted_ranges(self) -> list[tuple[int, int]]:
        if not self.holes:
            return merged(self.ranges)
        out: list[tuple[int, int]] = []
        for lo, hi in merged(self.ranges):
            for hole in sorted(h for h in self.holes if lo <= h <= hi):
                if hole > lo:
                    out.append((lo, hole - 1))
                lo = hole + 1
            if lo <= hi:
                out.append((lo, hi))
        return out

    def __bool__(self) -> bool:
        return bool(self.ranges or self.updated or self.deleted)
