"""Rendering of copies and the collection: a line per change, the `copies` table, the summary."""

from __future__ import annotations

from dvdtrack.cli import render
from dvdtrack.normalise.money import format_money
from dvdtrack.store.shapes import titled

COPY_COLUMNS = ("copy", "release", "film", "year", "format", "status", "price", "bought", "from", "at", "lent to",
                "due", "sold for", "sold to", "sold on", "notes")
_CELLS = {"copy": "id", "release": "release_id", "film": "film", "year": "year", "format": "format",
          "status": "status", "price": "price", "bought": "bought_on", "from": "bought_from", "at": "location",
          "lent to": "lent_to", "due": "due_on", "sold for": "sold_for", "sold to": "sold_to", "sold on": "sold_on",
          "notes": "notes"}
SHOWN_VALUES = 12  # a breakdown's values in the table; --json gives them all


def change_line(change) -> str:
    """`copy #3 of release #7 The Cranes Are Flying (1957): owned (was ordered); 12.50 EUR, from …`."""
    copy, release = change.copy, change.release
    was = "" if change.before in (None, copy.status) else f" (was {change.before.value})"
    said = [format_money(copy.price_minor, copy.currency), _said("from", copy.bought_from),
            _said("bought", copy.bought_on), _said("at", copy.location), _said("condition", copy.condition),
            _said("watched", copy.watched_on), _said("to", copy.lent_to), _said("until", copy.due_on),
            _said("sold for", format_money(copy.sold_price_minor, copy.sold_currency) or None),
            _said("to", copy.sold_to), _said("sold", copy.sold_on)]
    details = "; ".join(s for s in said if s)
    return (f"copy #{copy.id} of release #{release.id} {titled(release.title, release.year)}: {copy.status.value}{was}"
            + (f"; {details}" if details else ""))


def _said(word: str, value) -> str:
    return "" if value is None else f"{word} {value}"


def copies_output(fmt, listing) -> None:
    """`dvdtrack copies` as a table with a count line, JSON or CSV."""
    if fmt.value == "json":
        render.print_json(listing.rows)
        return
    if fmt.value == "csv":
        render.print_csv(listing.rows, list(listing.rows[0]) if listing.rows else ["id"])
        return
    if listing.rows:
        # a column no copy has a value in is left out (a collection without notes needs no notes column)
        columns = [name for name in COPY_COLUMNS if any(row[_CELLS[name]] is not None for row in listing.rows)]
        from dvdtrack.cli.tables import print_table

        print_table(columns, [[_cell(row, name) for name in columns] for row in listing.rows])
    hidden = f" ({listing.sold_hidden} sold not shown: --status sold)" if listing.sold_hidden else ""
    render.console().print(_copies(len(listing.rows)) + hidden)


def _copies(n: int) -> str:
    return f"{n} cop{'y' if n == 1 else 'ies'}"


def _cell(row: dict, name: str):
    value = row[_CELLS[name]]
    if name == "due" and row["overdue"]:
        return render.text(f"{value} overdue", style="bold red")
    return "" if value is None else str(value)


def summary_output(fmt, summary: dict) -> None:
    """`dvdtrack collection`: JSON, or a table of one row per breakdown."""
    if fmt.value == "json":
        render.print_json(summary)
        return
    from rich.table import Table

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")
    table.add_row("copies", ", ".join(f"{n} {status}" for status, n in summary["statuses"].items()))
    table.add_row("copies held", f"{summary['held']} (owned, lent ones included)")
    for name in ("format", "system", "region", "label", "decade", "audio", "subtitles"):
        table.add_row(name, _breakdown(summary[name]))
    unpriced = f"; {summary['unpriced']} bought without a price" if summary["unpriced"] else ""
    table.add_row("spent", (_totals(summary["spent"]) or "nothing recorded") + unpriced)
    if summary["received"]:
        table.add_row("received", _totals(summary["received"]))
    table.add_row("lent", f"{summary['lent']}, {summary['overdue']} overdue")
    render.console().print(table)


def _totals(totals: list[dict]) -> str:
    """`12.50 EUR (1 copy), 25.00 USD (2 copies)`: an amount per currency and its copies."""
    return ", ".join(f"{s['amount']} ({_copies(s['copies'])})" for s in totals)


def _breakdown(rows: list[list]) -> str:
    """`DVD9 ×3; DVD5 ×1` (the first SHOWN_VALUES, then how many more): a count is never read as a value
    (`region 4 9, 1 1, 2,4 1` was a region line).

    >>> _breakdown([["DVD9", 3], ["DVD5", 1]]), _breakdown([["4", 9], ["2,4", 1]]), _breakdown([])
    ('DVD9 ×3; DVD5 ×1', '4 ×9; 2,4 ×1', '-')
    """
    shown = "; ".join(f"{value} ×{n}" for value, n in rows[:SHOWN_VALUES]) or "-"
    more = len(rows) - SHOWN_VALUES
    return shown + (f"; … {more} more (--json lists all)" if more > 0 else "")
