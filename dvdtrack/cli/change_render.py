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


def what_goes(rows: dict[str, int], film_goes: int | None = None) -> str:
    """`goes with it: releaseaudio 3, releasesubtitle 13` (the removed row's own table left out)."""
    parts = [f"{name} {count}" for name, count in rows.items()]
    text = "removed with it: " + (", ".join(parts) if parts else "nothing else")
    return text + (f"; and film #{film_goes}, which nothing else is left on" if film_goes else "")


def changes_table(changes: list[tuple[str, object, object]]) -> Table:
    """Field by field, before and after; the notes as the lines that differ."""
    table = Table("field", "before", "after", title="what changes", title_justify="left")
    for key, before, after in changes:
        if key == "notes":
            gone, new = _lines_differing(str(before), str(after))
            table.add_row("notes", Text(gone, style="red"), Text(new, style="green"))
        else:
            table.add_row(key, _shown(key, before), _shown(key, after))
    return table


def _lines_differing(before: str, after: str) -> tuple[str, str]:
    import difflib

    old, new = [], []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        (old if line.startswith("- ") else new if line.startswith("+ ") else []).append(line[2:])
    return "\n".join(old), "\n".join(new)


def _shown(key: str, value) -> str:
    from dvdtrack.normalise.runtime import format_runtime
    from dvdtrack.normalise.size import format_size

    if value is not None and key in ("runtime_seconds", "size_bytes"):
        return (format_runtime if key == "runtime_seconds" else format_size)(value)
    if isinstance(value, list):
        return ", ".join(_item(v) for v in value)
    return "" if value is None else str(value)


def _item(value) -> str:
    if isinstance(value, dict):  # a track: its name and language
        return f"{value.get('name')} ({value.get('language')})" if "language" in value else str(value)
    return str(value)
