"""Table layout shared by every command: which columns keep their values whole, which columns are
left out, and the box that lets a table fit the screen.

A value that is a key or a measure (an id, a year, a runtime, a region, a date, a price) is never
wrapped or cut: its column is as wide as its widest value. Text (titles, labels, language lists,
notes) wraps in what is left. A column empty in every row is left out. When the heavy box of rich's
default tables would leave text columns too little room, the table is drawn without vertical
lines, which saves three cells a column.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

# columns of keys and measures, by their header in every command's tables
WHOLE = frozenset({"id", "#", "copy", "release", "year", "format", "region", "system", "aspect", "runtime", "imdb",
                   "rating", "releases", "films", "published", "status", "price", "bought", "due", "when (UTC)"})
RICH_ROWS = 100  # up to this many rows (find's default limit) rich draws a table; beyond, plain_table
TEXT_ROOM = 8  # the least a text column should get; below it the table is drawn without vertical lines
BOXED = {"box": box.HEAVY_HEAD}  # rich's default
OPEN = {"box": box.SIMPLE_HEAD, "show_edge": False, "pad_edge": False, "collapse_padding": True}  # "  " between


@dataclass(frozen=True)
class Shape:
    """A table as it will be drawn: the columns kept, their rows, which are whole, the box, and
    each column's least width (a whole one: its widest value; a text one wraps: 0)."""

    columns: list[str]
    rows: list[list]
    whole: list[bool]
    boxed: bool
    least: list[int]


def cell_width(cell) -> int:
    """Terminal cells of a cell's widest line (a str or a rich Text; CJK characters take two).

    >>> cell_width("1:31:15"), cell_width(Text("東京")), cell_width("a\\nlonger")
    (7, 4, 6)
    """
    plain = cell.plain if isinstance(cell, Text) else str(cell)
    if plain.isascii() and "\n" not in plain:  # most cells: no need to measure each character
        return len(plain)
    return max(cell_len(line) for line in plain.split("\n"))


def borders(count: int, boxed: bool) -> int:
    """Cells a table of `count` columns spends between and around them: boxed, " ┃ " between
    columns and "┃ ", " ┃" at the edges; open, two spaces between columns.

    >>> borders(3, True), borders(3, False)
    (10, 4)
    """
    return 3 * count + 1 if boxed else 2 * (count - 1)


def fits_boxed(whole_widths: list[int], text_columns: int, room: int) -> bool:
    """Whether a boxed table of these whole columns and this many text columns (at TEXT_ROOM
    each) fits in `room` cells.

    >>> fits_boxed([4, 7], 1, 80), fits_boxed([4, 7, 10, 10, 10], 4, 80)
    (True, False)
    """
    return sum(whole_widths) + TEXT_ROOM * text_columns + borders(len(whole_widths) + text_columns, True) <= room


def shape(columns: list[str], rows: list[list], room: int) -> Shape:
    """Leave out the columns empty in every row and choose the box for `room` cells.

    >>> s = shape(["id", "film", "label"], [["1", "Cranes", ""]], 80)
    >>> s.columns, s.rows, s.whole, s.boxed, s.least
    (['id', 'film'], [['1', 'Cranes']], [True, False], True, [1, 0])
    >>> shape(["id", "film", "year", "runtime", "region"] + ["notes"] * 8, [["1", "x", "1957", "1:31:15", "2"] + ["y"] * 8], 80).boxed
    False
    """
    kept = [i for i in range(len(columns)) if not rows or any(cell_width(row[i]) for row in rows)]
    columns, rows = [columns[i] for i in kept], [[row[i] for i in kept] for row in rows]
    whole = [name in WHOLE for name in columns]
    least = [max((cell_width(row[i]) for row in rows), default=0) if whole[i] else 0 for i in range(len(columns))]
    widths = [max(cell_width(name), n) for name, n, is_whole in zip(columns, least, whole) if is_whole]
    return Shape(columns, rows, whole, fits_boxed(widths, whole.count(False), room), least)


def rich_table(table: Shape, **options) -> Table:
    """The rich Table of a shape: whole columns never wrap and are as wide as their widest value."""
    grid = Table(**(BOXED if table.boxed else OPEN), **options)
    for name, whole, least in zip(table.columns, table.whole, table.least):
        grid.add_column(name, no_wrap=whole, min_width=least or None)
    for row in table.rows:
        grid.add_row(*row)
    return grid


def print_table(columns: list[str], rows: list[list]) -> None:
    """Rows (cells: str, or rich Text) as a rich table of their `shape`; beyond RICH_ROWS rows as
    a plain fixed-width one, written in chunks, whose cost stays near that of the same rows as JSON."""
    from dvdtrack.cli.render import console

    out = console()
    table = shape(columns, rows, out.width)
    if len(rows) <= RICH_ROWS:
        out.print(rich_table(table))
        return
    from dvdtrack.cli.plain_table import write_table

    write_table(table.columns, [[c.plain if isinstance(c, Text) else c for c in row] for row in table.rows], out.width,
                out.file, table.whole, table.boxed)
