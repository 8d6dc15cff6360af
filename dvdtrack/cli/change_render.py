"""What a change will do, shown before it is made: two films side by side, what goes with a
removal, a release's fields before and after."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

SHOWN_PEOPLE = 6


def films_side_by_side(keep: dict, drop: dict) -> Table:
    """Two films (`queries.films.film_detail`) in two columns; rows where they differ marked."""
    table = Table("", f"keep #{keep['id']}", f"merge away #{drop['id']}", title="film merge", title_justify="left")
    for name, value in (("title", _title), ("year", lambda f: str(f["year"] or "")),
                        ("IMDb", lambda f: f["imdb_id"] or ""), ("other titles", _other_titles),
                        ("directors", lambda f: _some(f["directors"])), ("cast", lambda f: _some(f["cast"])),
                        ("releases", _releases), ("lists", lambda f: "\n".join(dict.fromkeys(e["list"] for e in f["lists"])))):
        left, right = value(keep), value(drop)
        style = "bold yellow" if left and right and left != right and name in ("year", "IMDb") else ""
        table.add_row(Text(name, style="bold cyan"), Text(left, style=style), Text(right, style=style))
    return table


def _title(film: dict) -> str:
    return film["title"]


def _other_titles(film: dict) -> str:
    return "\n".join(t["title"] for t in film["titles"] if t["title"] != film["title"])


def _some(names: list[str]) -> str:
    more = len(names) - SHOWN_PEOPLE
    return ", ".join(names[:SHOWN_PEOPLE]) + (f" and {more} more" if more > 0 else "")


def _releases(film: dict) -> str:
    return "\n".join(f"#{r['id']} {r.get('disc_format') or ''} {r.get('label') or ''}".rstrip()
                     for r in film["editions"]) or "none"
