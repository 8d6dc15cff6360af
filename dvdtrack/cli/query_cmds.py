"""Query commands: find releases by language and spec, compare editions."""

from __future__ import annotations

from typing import Annotated

import typer

from dvdtrack.cli.common import AsCsv, AsJson, AsMarkdown, handles_errors, open_engine, output_format

Langs = Annotated[list[str] | None, typer.Option(help="Language in any spelling or script, or an ISO code; repeat for AND.")]


def register(app: typer.Typer) -> None:
    app.command("find")(find_cmd)
    app.command("compare")(compare_cmd)


@handles_errors
def find_cmd(
    ctx: typer.Context,
    text: Annotated[list[str] | None, typer.Argument(help="Title words (any script) and/or terms like sub:he system:PAL year:1950..1960.")] = None,
    audio: Langs = None,
    subtitle: Langs = None,
    lang: Annotated[list[str] | None, typer.Option(help="Audio or subtitle language; repeat for AND.")] = None,
    system: Annotated[str | None, typer.Option(help="PAL, NTSC or SECAM.")] = None,
    disc_format: Annotated[str | None, typer.Option("--format", help="Disc format, e.g. DVD9.")] = None,
    label: Annotated[str | None, typer.Option(help="Label, e.g. RUSCICO.")] = None,
    region: Annotated[str | None, typer.Option(help="Region code.")] = None,
    year: Annotated[str | None, typer.Option(help="Year or range: 1957, 1950..1960.")] = None,
    film: Annotated[str | None, typer.Option(help="Only editions of this film (id or any title).")] = None,
    barcode: Annotated[str | None, typer.Option(help="EAN-13, UPC-A or EAN-8, with or without spaces.")] = None,
    edition: Annotated[str | None, typer.Option(help="Words of the edition's name, e.g. 'special'.")] = None,
    sort: Annotated[str, typer.Option(help="id (the order added), title, year, runtime, size, format or label.")] = "id",
    limit: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 100,
    json: AsJson = False,
    csv: AsCsv = False,
) -> None:
    """Find releases by audio/subtitle language, video system, format, label, region, year, title, barcode and edition."""
    from dvdtrack.cli import render
    from dvdtrack.queries.films import checked_id
    from dvdtrack.queries.find import find_releases, make_query, track_codes
    from dvdtrack.store.database import session

    fmt = output_format(json, csv)
    checked_id(limit, "--limit", low=0)
    with session(open_engine(ctx)) as s:
        q = make_query(s, " ".join(text or []), audio or [], subtitle or [], lang or [], system, disc_format, label, region,
                       year, film, sort, limit, barcode=barcode, edition=edition)
        result = find_releases(s, q)
        codes = track_codes(s, [r.id for r in result.rows])
    render.find_output(fmt, result, codes, q)


@handles_errors
def compare_cmd(
    ctx: typer.Context,
    film: Annotated[str | None, typer.Argument(help="Film id or any title (any script).")] = None,
    release: Annotated[list[int] | None, typer.Option("--release", help="Compare exactly these releases (repeat).")] = None,
    diff: Annotated[bool, typer.Option("--diff", help="Hide rows where every edition agrees.")] = False,
    json: AsJson = False,
    markdown: AsMarkdown = False,
) -> None:
    """Compare the editions of a film side by side, with runtimes at film speed and a verdict per pair."""
    from dvdtrack.cli import compare_render
    from dvdtrack.queries.compare import compare
    from dvdtrack.queries.films import checked_id
    from dvdtrack.store.database import session

    fmt = output_format(json=json, markdown=markdown)
    for release_id in release or []:
        checked_id(release_id, "release id")
    with session(open_engine(ctx)) as s:
        table = compare(s, film, release or [])
    compare_render.show(table, fmt, diff)
