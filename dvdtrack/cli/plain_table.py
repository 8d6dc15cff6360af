"""Tables of many rows, laid out plainly: fixed-width columns, written a chunk of rows at a time.

Rich measures and renders every cell of a table through its whole layout engine: at 50,000 rows
that costs seconds, seven times the JSON of the same rows. A long table is written here instead,
in the same box-drawn shape as rich's (without colours), at a cost near that of JSON.
"""

from __future__ import annotations

from rich.cells import cell_len, chop_cells

from dvdtrack.cli.common import printable
from dvdtrack.cli.tables import borders

# the borders of rich's default box (HEAVY_HEAD): top, header, under the header, rows, bottom
TOP, HEAD, RULE, ROW, BOTTOM = "┏━┳┓", "┃ ┃┃", "┡━╇┩", "│ ││", "└─┴┘"
OPEN = "    "  # no box: columns two cells apart (a narrow screen; see `tables`)
CHUNK = 500  # rows written per write() call
MIN_WIDTH = 8  # a column squeezed to fit the screen keeps at least this many cells


def width_of(text: str) -> int:
    """Terminal cells of `text` (CJK characters take two).

    >>> width_of("Cranes"), width_of("東京物語")
    (6, 8)
    """
    return len(text) if text.isascii() else cell_len(text)


def column_widths(columns: list[str], rows: list[list[str]], room: int, whole: list[bool] | None = None,
                  boxed: bool = True) -> list[int]:
    """Each column as wide as its widest cell, the widest squeezed until the table fits `room`;
    a `whole` column (an id, a runtime) is never squeezed.

    >>> column_widths(["id", "title"], [["1", "x" * 50]], 30)
    [2, 21]
    >>> column_widths(["runtime", "title", "notes"], [["1:31:15", "x" * 50, "y" * 50]], 30, [True, False, False])
    [7, 8, 8]
    """
    whole = whole or [False] * len(columns)
    widths = [width_of(c) for c in columns]
    for row in rows:
        for i, cell in enumerate(row):
            n = width_of(cell)
            if n > widths[i]:
                widths[i] = n
    excess = sum(widths) + borders(len(widths), boxed) - room
    while excess > 0:
        widest = max((i for i in range(len(widths)) if not whole[i]), key=widths.__getitem__, default=None)
        cut = 0 if widest is None else min(excess, widths[widest] - MIN_WIDTH)
        if cut <= 0:
            break
        widths[widest] -= cut
        excess -= cut
    return widths


def lines_of(row: list[str], widths: list[int], box: str = ROW) -> str:
    """One row as text: a line, or several when a cell is wider than its column (folded).

    >>> print(lines_of(["1", "abcdefgh"], [2, 4]), end="")
    │ 1  │ abcd │
    │    │ efgh │
    """
    if all(width_of(cell) <= w for cell, w in zip(row, widths)):
        return _line(row, widths, box)
    parts = [chop_cells(cell, w) if cell else [""] for cell, w in zip(row, widths)]
    depth = max(len(p) for p in parts)
    return "".join(_line([p[k] if k < len(p) else "" for p in parts], widths, box) for k in range(depth))


def _line(cells: list[str], widths: list[int], box: str) -> str:
    padded = [cell.ljust(w) if cell.isascii() else cell + " " * (w - cell_len(cell)) for cell, w in zip(cells, widths)]
    if box == OPEN:
        return "  ".join(padded).rstrip() + "\n"
    left, _, mid, right = box
    return f"{left} " + f" {mid} ".join(padded) + f" {right}\n"


def _border(widths: list[int], box: str) -> str:
    left, line, mid, right = box
    return left + mid.join(line * (w + 2) for w in widths) + right + "\n"


def write_table(columns: list[str], rows: list[list[str]], room: int, stream, whole: list[bool] | None = None,
                boxed: bool = True) -> None:
    """Write the header and the rows (control characters escaped), CHUNK rows per write; without
    a box (`boxed` False) as rich draws an open table: columns two cells apart, a rule under the header.

    >>> import io; out = io.StringIO(); write_table(["id", "title"], [["1", "Летят журавли"]], 80, out)
    >>> print(out.getvalue(), end="")
    ┏━━━━┳━━━━━━━━━━━━━━━┓
    ┃ id ┃ title         ┃
    ┡━━━━╇━━━━━━━━━━━━━━━┩
    │ 1  │ Летят журавли │
    └────┴───────────────┘
    >>> out = io.StringIO(); write_table(["id", "title"], [["1", "Летят журавли"]], 80, out, boxed=False)
    >>> print(out.getvalue(), end="")
    id  title
    ─────────────────
    1   Летят журавли
    """
    rows = [[printable(cell) for cell in row] for row in rows]
    widths = column_widths(columns, rows, room, whole, boxed)
    row_box = ROW if boxed else OPEN
    if boxed:
        stream.write(_border(widths, TOP) + _line(columns, widths, HEAD) + _border(widths, RULE))
    else:
        stream.write(_line(columns, widths, OPEN) + "─" * (sum(widths) + 2 * (len(widths) - 1)) + "\n")
    for start in range(0, len(rows), CHUNK):
        stream.write("".join(lines_of(row, widths, row_box) for row in rows[start:start + CHUNK]))
    if boxed:
        stream.write(_border(widths, BOTTOM))
