"""Query commands: find releases by language and spec, compare editions."""

from __future__ import annotations

from typing import Annotated

import typer

from dvdtrack.cli.common import AsCsv, AsJson, AsMarkdown, handles_errors, open_engine, open_reader, output_format

_LANGS = ("Language in any spelling or script, an ISO code or a regional tag (pt-BR: every Portuguese track); "
          "he,en: any of them; repeat the option for all of them.")
Langs = Annotated[list[str] | None, typer.Option(help=_LANGS)]
NoLangs = Annotated[list[str] | None, typer.Option(help="None of these languages (ru or ru,uk; repeatable).")]


def register(app: typer.Typer) -> None:
    app.command("find")(find_cmd)
    app.command("compare")(compare_cmd)


@handles_errors
def find_cmd(
    ctx: typer.Context,
    text: Annotated[list[str] | None, typer.Argument(help="Title words (any order, any script) and/or terms like sub:he,en no-audio:ru system:PAL year:1950..1960.")] = None,
    audio: Langs = None,
    subtitle: Langs = None,
    lang: Annotated[list[str] | None, typer.Option(help="Audio or subtitle language; he,en: any of them; repeat for all of them.")] = None,
    no_audio: Annotated[list[str] | None, typer.Option("--no-audio", help="No audio track in these languages (ru or ru,uk).")] = None,
    no_subtitle: Annotated[list[str] | None, typer.Option("--no-subtitle", help="No subtitles in these languages.")] = None,
    no_lang: Annotated[list[str] | None, typer.Option("--no-lang", help="Neither audio nor subtitles in these languages.")] = None,
    system: Annotated[str | None, typer.Option(help="PAL, NTSC or SECAM.")] = None,
    disc_format: Annotated[str | None, typer.Option("--format", help="Disc format, e.g. DVD9, DVD-5, BD50, Blu-ray (an unknown one lists them all).")] = None,
    label: Annotated[str | None, typer.Option(help="Label: any part of any of its names (artificial, RUSCICO).")] = None,
    region: Annotated[str | None, typer.Option(help="Region 0-8, A, B, C or ALL (R2, Region Free too); 2,4: any of them; 0 and ALL are one.")] = None,
    year: Annotated[str | None, typer.Option(help="Year or range: 1957, 1950..1960.")] = None,
    film: Annotated[str | None, typer.Option(help="Only editions of this film (id or any title).")] = None,
    barcode: Annotated[str | None, typer.Option(help="EAN-13, UPC-A or EAN-8, with or without spaces.")] = None,
    edition: Annotated[str | None, typer.Option(help="Words of the edition's name, e.g. 'special'.")] = None,
    sort: Annotated[str, typer.Option(help="id (the order added), title, year, runtime, size, format or label; -year: descending. Unknown values last.")] = "id",
    limit: Annotated[int | None, typer.Option(help="At most this many rows (0: all); a table shows 100 unless told, "
                                              "--json and --csv all.", show_default=False)] = None,
    owned: Annotated[bool, typer.Option("--owned", help="Only releases you own a copy of (lent ones included).")] = False,
    wanted: Annotated[bool, typer.Option("--wanted", help="Only releases on your wish list.")] = False,
    lent: Annotated[bool, typer.Option("--lent", help="Only releases you have lent a copy of.")] = False,
    json: AsJson = False,
    csv: AsCsv = False,
) -> None:
    """Find releases by audio/subtitle language, video system, format, label, region, year and title.

    Different options, and one language option repeated, must all hold (AND); the languages of one value
    (--subtitle he,en) are any of them (OR); --no-audio/--no-subtitle/--no-lang leave out every release
    with one of theirs (NOT). TEXT finds titles holding every word, in any order and any script. --owned, --wanted,
    --lent: only releases with your copies in any of those states. --barcode, --edition: an edition's own facts.
    """
    from dvdtrack.cli import render
    from dvdtrack.queries.listing import checked_id
    from dvdtrack.queries.find import find_releases, make_query, track_codes
    from dvdtrack.store.copy_status import copy_statuses

    from dvdtrack.queries import find

    fmt = output_format(json, csv)
    if limit is None:  # a table is read on a screen; JSON and CSV go to programs and spreadsheets, whole
        limit = find.TABLE_ROWS if fmt.value == "table" else 0
    checked_id(limit, "--limit", low=0)
    with open_reader(ctx) as reader:
        q = make_query(reader, " ".join(text or []), audio or [], subtitle or [], lang or [], system, disc_format, label,
                       region, year, film, sort, limit, no_audio=no_audio or [], no_subtitle=no_subtitle or [],
                       no_lang=no_lang or [], statuses=copy_statuses(owned, wanted, lent), barcode=barcode, edition=edition)
        result = find_releases(reader, q)
        codes = track_codes(reader, [r.id for r in result.rows])
    from dvdtrack.cli.pager import paged

    with paged(ctx, fmt):
        render.find_output(fmt, result, codes, q)


@handles_errors
def compare_cmd(
    ctx: typer.Context,
    film: Annotated[str | None, typer.Argument(help="Film id or any title (any script).")] = None,
    release: Annotated[list[int] | None, typer.Option("--release", help="Compare exactly these releases (repeat).")] = None,
    diff: Annotated[bool, typer.Option("--diff", help="Hide rows where every edition agrees.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Compare releases of different films too.")] = False,
    json: AsJson = False,
    markdown: AsMarkdown = False,
) -> None:
    """Compare the editions of a film side by side, with runtimes at film speed and a verdict per pair.

    ★ marks a language only one edition has. Two runtimes are one cut when they agree at film speed
    within the looser of their precisions: ±1 min for one given in whole minutes, ±5 s for one given
    to the second.
    """
    from dvdtrack.cli import compare_render
    from dvdtrack.queries.compare import compare
    from dvdtrack.queries.listing import checked_id
    from dvdtrack.store.database import session

    fmt = output_format(json=json, markdown=markdown)
    for release_id in release or []:
        checked_id(release_id, "release id")
    with session(open_engine(ctx)) as s:
        table = compare(s, film, release or [], force)
    from dvdtrack.cli.pager import paged

    with paged(ctx, fmt):
        compare_render.show(table, fmt, diff)
