"""Comparison tables: two or more editions side by side, one column each, copied with tabs or `|`.

A review that compares editions (`Distribution⇥RUSCICO - Region 0 - NTSC⇥Artificial Eye - Region 2
- PAL`) holds one release per column. Such a chunk of lines becomes one chunk per column, each row
written as its label and that column's value; rows of another shape (a title, a note) go to every
column's chunk. A table copied with `|` between its cells is one only when a row names an
edition (a region or a video system) in every column: an NFO's `Audio | English | 5.1` rows are
cells of one release.
"""

from __future__ import annotations

import re
from collections import Counter

from dvdtrack.reading.blocks.cleaning import MAX_LINE, is_label_cell

_TABS = re.compile(r"\t+")
_PIPES = re.compile(r"\s*\|\s*")
_EDITION = re.compile(r"\bRegion\s*(?:\d|[A-C]\b|free\b)|\b(?:PAL|NTSC|SECAM)\b", re.I)
_MIN_ROWS = 3  # rows with a label and the same number of value columns that make a table


def split_columns(chunk: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    r"""One chunk per column of a comparison table; any other chunk as it is.

    >>> rows = [(1, "Runtime\t1:46:17\t1:41:54"), (2, "Region\t0\t2"), (3, "Video\tNTSC\tPAL"), (4, "Mirror")]
    >>> [[line for _, line in c] for c in split_columns(rows)]
    [['Runtime\t1:46:17', 'Region\t0', 'Video\tNTSC', 'Mirror'], ['Runtime\t1:41:54', 'Region\t2', 'Video\tPAL', 'Mirror']]
    """
    cells = [_cells(line) for _, line in chunk]
    counts = Counter(len(c) for c in cells if len(c) >= 3)
    if not counts:
        return [chunk]
    width, rows = counts.most_common(1)[0]
    if rows < _MIN_ROWS or not any(_editions(line, row, width) for (_, line), row in zip(chunk, cells)):
        return [chunk]
    return [[(number, f"{row[0]}\t{row[column]}" if len(row) == width else line)
             for (number, line), row in zip(chunk, cells)] for column in range(1, width)]


def _cells(line: str) -> list[str]:
    """The cells of a row (tabbed, or with ` | ` between cells) whose first cell is a label; [] for any other line."""
    if len(line) > MAX_LINE:  # an overlong line is kept unread, not split
        return []
    if "\t" in line:
        cells = _TABS.split(line.strip())
    elif " | " in line:
        cells = [cell for cell in _PIPES.split(line.strip()) if cell]
    else:
        return []
    return cells if cells and is_label_cell(cells[0]) else []


def _editions(line: str, row: list[str], width: int) -> bool:
    """True when a row of the table's width is tabbed, or names an edition in each of its columns."""
    return len(row) == width and ("\t" in line or all(_EDITION.search(cell) for cell in row[1:]))
