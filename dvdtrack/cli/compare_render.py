"""Rendering an edition comparison: a rich table, JSON, or Markdown for forum posts."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from dvdtrack.cli.common import printable
from dvdtrack.store.shapes import titled
from dvdtrack.cli.render import DISC_MARK, console, print_json, write

# comparison rows whose values a disc scan may have given (see `store.discs`)
DISC_FIELDS = {"disc format": "disc_format", "video system": "video_system", "region": "region",
               "aspect ratio": "aspect_ratio", "runtime": "runtime_seconds", "runtime at film speed": "runtime_seconds",
               "size": "size_bytes", "audio tracks": "audio", "subtitles": "subtitles"}
# rows whose values are kept whole at any width (never folded): a runtime cut in two is misread
WHOLE_ROWS = {"disc format", "video system", "region", "aspect ratio", "runtime", "runtime at film speed", "size"}


def show(comparison, fmt, diff: bool) -> None:
    """Print the comparison in the chosen format; `diff` hides rows where every edition agrees."""
    if fmt.value == "json":
        print_json(comparison.to_dict())
        return
    rows = [r for r in comparison.rows if r.differs or not diff]
    if fmt.value == "markdown":
        write(markdown(comparison, rows))
        return
    out = console()
    out.print(table(comparison, rows, out.width))
    if len(comparison.editions) == 1:
        out.print("One edition only: nothing to compare.")
    for line in comparison.verdicts:
        out.print(line)


def _heading(edition: dict) -> str:
    fmt = f"{edition['disc_count'] or 1} × {edition['disc_format']}" if edition["disc_format"] else "?"
    parts = [f"#{edition['id']}", edition["label"] or "", fmt, edition["video_system"] or "",
             f"R{edition['region']}" if edition["region"] else ""]
    return " ".join(p for p in parts if p)


def _title(comparison) -> str:
    if comparison.film:
        return f"{titled(comparison.film['title'], comparison.film['year'])}: {len(comparison.editions)} edition(s)"
    return "Editions of different films: " + "; ".join(comparison.films)


def table(comparison, rows, room: int = 80) -> Table:
    """One column per edition, one row per attribute; differing cells and unique items highlighted.
    An edition's column is never narrower than its runtimes, sizes, formats and region (WHOLE_ROWS);
    when boxed columns would not fit `room`, the table is drawn without vertical lines."""
    from dvdtrack.cli.tables import BOXED, OPEN, cell_width, fits_boxed

    fields = max((cell_width(word) for row in rows for word in row.field.split()), default=0)
    least = [max([cell_width(f"#{e['id']}")] + [cell_width(line) for row in rows if row.field in WHOLE_ROWS
                                              for line in row.values[i].split("\n")]) for i, e in enumerate(comparison.editions)]
    grid = Table(title=_title(comparison), title_justify="left", show_lines=True,
                 **(BOXED if fits_boxed([fields, *least], 0, room) else OPEN))
    grid.add_column("", style="bold cyan", min_width=fields)  # "runtime at film speed" may take two lines
    for edition, width in zip(comparison.editions, least):
        grid.add_column(_heading(edition), overflow="fold", min_width=width)
    for row in rows:
        grid.add_row(row.field, *[_cell(row, i, _scanned(comparison, row, i)) for i in range(len(row.values))])
    return grid


def _scanned(comparison, row, i: int) -> bool:
    """Whether edition i's value in this row was read from its disc."""
    fields = (comparison.editions[i].get("disc_scan") or {}).get("fields", [])
    return DISC_FIELDS.get(row.field) in fields and bool(row.values[i])


def _cell(row, i: int, scanned: bool = False) -> Text:
    style = "bold yellow" if row.differs else ""
    unique = set(row.unique[i]) if i < len(row.unique) else set()
    text = Text()
    for n, line in enumerate(row.values[i].split("\n")):
        text.append("\n" if n else "")
        shown = printable(line)
        text.append(f"★ {shown}" if line in unique else shown, style="bold green" if line in unique else style)
    if scanned:
        text.append(DISC_MARK, style="dim")
    return text


def markdown(comparison, rows) -> str:
    """A Markdown table (★ marks what only one edition has) and the verdicts."""
    lines = [f"**{_title(comparison)}**", "",
             "| | " + " | ".join(_heading(e) for e in comparison.editions) + " |",
             "|---|" + "---|" * len(comparison.editions)]
    for row in rows:
        cells = [_md_cell(row, i) + (DISC_MARK if _scanned(comparison, row, i) else "") for i in range(len(row.values))]
        name = f"**{row.field}**" if row.differs else row.field
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += [""] + [f"- {v}" for v in comparison.verdicts]
    return "\n".join(lines)


def _md_cell(row, i: int) -> str:
    unique = set(row.unique[i]) if i < len(row.unique) else set()
    items = [f"★ {l}" if l in unique else l for l in row.values[i].split("\n") if l]
    return "<br>".join(item.replace("|", "\\|") for item in items)
