"""Rich rendering of releases, films and reports; JSON and CSV printing for machines."""

from __future__ import annotations

import csv
import io
import json
import sys

from rich.console import Console
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from dvdtrack.cli.common import printable
from dvdtrack.store.shapes import titled


class SafeConsole(Console):
    """A rich console that prints no control character of the text it is given (see `printable`).

    Strings are escaped before layout, so tables stay aligned; whatever reaches the screen by
    another way (a Text built elsewhere, a progress bar's file name) is escaped on its way out.
    """

    def render_str(self, text: str, **kwargs) -> Text:
        return super().render_str(printable(text), **kwargs)

    def render(self, renderable, options=None):
        segments = self._escaped(super().render(renderable, options))
        yield from (segments if self.is_terminal else _without_trailing_spaces(segments))

    @staticmethod
    def _escaped(segments):
        for segment in segments:
            if segment.control or segment.text.isprintable():
                yield segment
            else:
                yield Segment(printable(segment.text), segment.style)


def _without_trailing_spaces(segments):
    """Segments without the spaces that pad a table's last column at each line's end, where the output
    is no terminal (`dvdtrack parse x | less`, a file, a diff).

    >>> [s.text for s in _without_trailing_spaces([Segment("a  "), Segment("  "), Segment("\\n"), Segment("b "), Segment("c")])]
    ['a', '\\n', 'b ', 'c']
    """
    held: list[Segment] = []  # after the line's last text: a text ending in spaces, then spaces only
    for segment in segments:
        if segment.control:
            yield from held
            held = []
            yield segment
        elif segment.text == "\n":
            if held and held[0].text.strip(" "):
                yield Segment(held[0].text.rstrip(" "), held[0].style)
            held = []
            yield segment
        elif not segment.text.strip(" "):
            held.append(segment)
        else:
            yield from held
            held = [segment] if segment.text.endswith(" ") else []
            if not held:
                yield segment
    yield from held


def console(stderr: bool = False) -> Console:
    """A console on stdout (or stderr for notes); wide when not a terminal so tables do not wrap."""
    stream = sys.stderr if stderr else sys.stdout
    # markup=False: titles and notes are user text; "[bold]" in a title must print as written.
    return SafeConsole(file=stream, width=None if stream.isatty() else 160, highlight=False, markup=False)


def text(value: str, style: str = "") -> Text:
    """A rich Text of user text, its control characters escaped."""
    return Text(printable(value), style=style)


def write(value: str, stderr: bool = False) -> None:
    """Print plain text (a line, Markdown) with its control characters escaped."""
    (sys.stderr if stderr else sys.stdout).write(printable(value) + "\n")


class PrintableWriter:
    r"""A text stream's stand-in that escapes control characters as it writes (an `export` dump:
    json.dumps leaves DEL and C1 controls raw; `\u009b` is the same JSON string).

    >>> import io; out = io.StringIO(); _ = PrintableWriter(out).write('"a\x9b"'); out.getvalue()
    '"a\\u009b"'
    """

    def __init__(self, stream) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(printable(text))


def print_json(data) -> None:
    """JSON with non-ASCII kept (titles in any script stay readable). json.dumps escapes C0 controls
    but not DEL and C1 ones (U+009B is a terminal's CSI): `write` escapes those the JSON way."""
    write(json.dumps(data, ensure_ascii=False, indent=2))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value) -> str:
    """A CSV cell that a spreadsheet shows as text: a value that would start a formula gets a
    leading `'`, as spreadsheets expect; lists are joined with `;`.

    >>> [spreadsheet_cell(v) for v in ("=HYPERLINK(1)", "-30-", "@SUM", "Cranes", 1957, None, ["en", "he"])]
    ["'=HYPERLINK(1)", "'-30-", "'@SUM", 'Cranes', '1957', '', 'en;he']
    """
    if value is None:
        return ""
    if isinstance(value, list):
        value = ";".join(map(str, value))
    if not isinstance(value, str):
        return str(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def print_csv(rows: list[dict], columns: list[str]) -> None:
    """Rows as CSV with a header (also when there are no rows): every CSV dvdtrack writes goes
    through here, each cell made safe for spreadsheets (`spreadsheet_cell`) and terminals."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([spreadsheet_cell(row.get(k)) for k in columns])
    sys.stdout.write(printable(out.getvalue()))


def languages(tracks: list[dict], highlight: set[str] = frozenset()) -> Text:
    """`en, fr, ru` with searched codes in bold, unknown ones marked."""
    out = Text()
    for i, track in enumerate(tracks):
        code = track.get("language") or "und"
        style = "bold reverse" if code in highlight else ("red" if code == "und" else "")
        out.append(("" if i == 0 else ", "))
        out.append(printable(code), style=style)
    return out


DISC_MARK = "  (from the disc)"  # a value `dvdtrack scan` read from the disc, preferred over the notes'
DISC_ROWS = {"Format": ("disc_format",), "Region": ("region",), "Video": ("video_system", "aspect_ratio"),
             "Runtime": ("runtime_seconds",), "Size": ("size_bytes",), "Audio": ("audio",), "Subtitles": ("subtitles",)}
HAND_MARK = "  (set by hand)"  # `dvdtrack release set`; kept when the notes are read again
HAND_ROWS = {**DISC_ROWS, "Titles": ("titles",), "Year": ("year",), "Format": ("disc_format", "disc_count"),
             "Label": ("label",)}


def release_table(data: dict) -> Table:
    """A vertical field/value table for one release (parsed or stored)."""
    from dvdtrack.normalise.runtime import format_runtime
    from dvdtrack.normalise.size import format_size

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")
    rows = [
        ("Release", f"#{data['id']} → film #{data['film_id']} {data['film_title']}" if "id" in data else None),
        ("Titles", " / ".join(data["titles"])), ("Year", data["year"]),
        ("Format", _format(data)), ("Edition", data.get("edition")), ("Label", data["label"]), ("Region", data["region"]),
        ("Released", data.get("release_date")), ("Codes", _codes_of(data)),
        ("Video", " ".join(x for x in (data["video_system"], data["aspect_ratio"], FRAMES.get(data.get("anamorphic"))) if x)),
        ("Runtime", format_runtime(data["runtime_seconds"])),
        ("Size", f"{data['size_text']} ({format_size(data['size_bytes'])})" if data["size_text"] else None),
        ("Audio", _audio(data["audio"])), ("Mono", {True: "yes", False: "no"}.get(data.get("mono"))),
        ("Subtitles", _subs(data["subtitles"])),
        ("Genres", ", ".join(data["genres"])), ("Countries", ", ".join(data.get("countries", []))),
        ("Directors", ", ".join(data["directors"])),
        ("Cast", ", ".join(data["cast"])), ("Awards", "\n".join(data["awards"])),
        ("Features", "\n".join(data["features"])),
        ("Synopsis", _short(data["synopsis"])),
        ("Related", "\n".join(f"{titled(' / '.join(r['titles']), r['year'])} {_format(r)}" for r in data["related"])),
        ("Grammar", data["grammar"]),
    ]
    scanned, by_hand = set((data.get("disc_scan") or {}).get("fields", [])), set(data.get("set_by_hand") or ())
    for name, value in rows:
        if value not in (None, "", []):
            table.add_row(name, str(value) + (DISC_MARK if scanned & set(DISC_ROWS.get(name, ())) else "")
                          + (HAND_MARK if by_hand & set(HAND_ROWS.get(name, ())) else ""))
    if data["unparsed"]:
        lines = "\n".join(_clip(line) for line in data["unparsed"])
        table.add_row(Text("Not understood", style="bold yellow"), text(lines, style="yellow"))
    return table


def _clip(line: str, limit: int = 300) -> str:
    return line if len(line) <= limit else f"{line[:limit]}… ({len(line):,} characters)"


def _format(data: dict) -> str:
    if not data.get("disc_format"):
        return ""
    count = data.get("disc_count") or 1
    return f"{count} × {data['disc_format']}" if count > 1 else data["disc_format"]


FRAMES = {True: "anamorphic", False: "letterboxed"}
CODES = (("catalogue_number", "catalogue"), ("barcode", "barcode"), ("asin", "ASIN"))


def _codes_of(data: dict) -> str:
    """`catalogue CC1963D · barcode 037429209325 · ASIN B0001Z3TQ2`: the edition's codes it names."""
    return " · ".join(f"{name} {data[key]}" for key, name in CODES if data.get(key))


def _audio(tracks: list[dict]) -> str:
    return ", ".join(
        f"{t['name']} ({t['language']}"
        + "".join(f" {x}" for x in (t.get("codec"), t.get("channels"), t.get("kind")) if x) + ")"
        for t in tracks)


def _subs(tracks: list[dict]) -> str:
    return ", ".join(f"{t['name']} ({t['language']})" for t in tracks)


def _short(text: str | None, limit: int = 300) -> str | None:
    if not text or len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def explain_table(block) -> Table:
    """Line by line: which rule of which grammar read it (for `parse --explain`)."""
    title = f"grammar {block.grammar} (score {round(block.score, 1):g})"
    if block.runner_up:
        title += f"; runner-up {block.runner_up} (score {round(block.runner_up_score, 1):g})"
    table = Table(title=title, title_justify="left")
    for name in ("line", "read as", "text", "fields"):
        table.add_column(name, overflow="fold")
    for read in block.lines:
        if read.kind == "blank":
            continue
        label = f"{read.kind}:{read.rule}" if read.rule else read.kind
        style = "yellow" if read.kind == "unparsed" else ""
        table.add_row(str(read.number), text(label, style=style), read.text[:120],
                      ", ".join(f"{k}={v}" for k, v in read.fields.items())[:160])
    return table


def film_panel(data: dict) -> Table:
    """A film's details: titles, years, people, lists with their texts, conflicts, editions."""
    table = Table(show_header=False, box=None, title=f"#{data['id']} {titled(data['title'], data['year'])}", title_justify="left")
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")
    table.add_row("Titles", "\n".join(f"{t['title']} [{t['script']}]" for t in data["titles"]))
    table.add_row("Years", ", ".join(map(str, data["years"])))
    for name, key in (("IMDb", "imdb_id"), ("Rating", "rating")):
        if data[key]:
            table.add_row(name, str(data[key]))
    table.add_row("Directors", ", ".join(data["directors"]))
    table.add_row("Cast", ", ".join(data["cast"]))
    for name, field in (("Genres", "genre"), ("Countries", "country")):
        values = dict.fromkeys(f["value"] for f in data["facts"].get(field, []))  # once each, first seen first
        if values:
            table.add_row(name, ", ".join(values))
    for entry in data["lists"]:
        table.add_row("In list", f"{entry['list']} (#{entry['position']}, from {entry['source']})\n"
                      f"  {entry['description'] or ''}\n  Fact: {entry['fact'] or ''}")
    for field, facts in data["conflicts"].items():
        table.add_row(Text(f"Sources differ: {field}", style="yellow"),
                      "\n".join(f"{f['value']}  ← {f['source']} {f['entry']}" for f in facts))
    for r in data["editions"]:
        table.add_row("Edition", f"#{r['id']} {_format(r)} {r['label'] or ''} {r['video_system'] or ''} {r['aspect_ratio'] or ''}")
    return table


FIND_COLUMNS = ("id", "film", "year", "format", "edition", "label", "region", "system", "aspect", "runtime", "audio",
                "subtitles")


def find_output(fmt, result, codes, q) -> None:
    """Print `find` results as a table with a count line, JSON, or CSV."""
    from dvdtrack.normalise.runtime import format_runtime
    from dvdtrack.store.shapes import release_json

    audio, subs = codes
    rows = result.rows
    if fmt.value == "json":
        print_json([release_json(r.id, r.film_id, r.film_title, r.spec_json) for r in rows])
        return
    flat = [{"id": r.id, "film": r.film_title, "year": r.year, "format": _format(r._asdict()), "edition": r.edition,
             "label": r.label, "region": r.region, "system": r.video_system, "aspect": r.aspect_ratio, "runtime": format_runtime(r.runtime_seconds),
             "audio": audio.get(r.id, []), "subtitles": subs.get(r.id, [])} for r in rows]
    if fmt.value == "csv":
        print_csv(flat, list(FIND_COLUMNS))
        return
    from dvdtrack.cli.tables import RICH_ROWS, print_table

    wanted_audio, wanted_subs = q.searched_codes()
    # searched codes are highlighted in a rich table; a plain one joins the codes
    codes = _codes if len(rows) <= RICH_ROWS else lambda found, _wanted: ", ".join(found)
    cells = [[str(row[k] or "") for k in FIND_COLUMNS[:-2]]
             + [codes(row["audio"], wanted_audio), codes(row["subtitles"], wanted_subs)] for row in flat]
    if rows:
        print_table(list(FIND_COLUMNS), cells)
    out = console()
    count = f"{result.total:,}+" if result.more else f"{result.total:,}"
    shown = f" (showing {len(rows)}; --limit 0 shows all)" if len(rows) < result.total or result.more else ""
    out.print(f"{count} release{'' if count == '1' else 's'}{shown}")


def _codes(codes: list[str], wanted: set[str]) -> Text:
    return languages([{"language": c} for c in codes], wanted)


def import_progress():
    """A progress bar for imports: files done of all, releases so far, files per second, time left."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("{task.description:30}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("files · {task.fields[releases]:,} releases · {task.fields[rate]}"),
                    TimeRemainingColumn(), console=console(stderr=True), transient=True)
