"""`dvdtrack scan`: read discs' own specs (VIDEO_TS folders, mounted discs, ISO images)."""

from __future__ import annotations

from typing import Annotated

import typer

from dvdtrack.cli.common import AsJson, handles_errors, open_engine, output_format

PROGRESS_FROM = 5  # discs: fewer are read without a progress bar


def register(app: typer.Typer) -> None:
    app.command("scan")(scan_cmd)


@handles_errors
def scan_cmd(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="VIDEO_TS folders, mount points, .iso images, or folders holding them.")],
    json: AsJson = False,
    add: Annotated[bool, typer.Option("--add", help="Store each disc as a release (source: disc scan).")] = False,
    release: Annotated[int | None, typer.Option("--release", help="Tie the disc to this stored release and "
                                                "show where its notes and the disc agree.")] = None,
) -> None:
    """Read discs' specs from their IFO files; previews unless --add or --release is given."""
    from dvdtrack.disc.files import find_discs
    from dvdtrack.errors import UsageError

    if add and release is not None:
        raise UsageError("choose --add or --release, not both")
    found = find_discs(paths)
    if release is not None and len(found) != 1:
        raise UsageError(f"--release ties one disc to a release; {len(found)} discs were found")
    scans = _scan_all(found)
    as_json = output_format(json).value == "json"
    if release is not None:
        _attach(ctx, release, scans[0], as_json)
    elif add:
        _add(ctx, scans, as_json)
    else:
        _preview(scans, as_json)


def _scan_all(found) -> list:
    from dvdtrack.cli.render import import_progress
    from dvdtrack.disc.scan import scan_path

    if len(found) < PROGRESS_FROM:
        return [scan_path(p) for p in found]
    out = []
    with import_progress() as progress:
        task = progress.add_task("scanning discs", total=len(found), releases=0, rate="")
        for path in found:
            out.append(scan_path(path))
            progress.update(task, advance=1, releases=len(out))
    return out


def _preview(scans, as_json: bool) -> None:
    from dvdtrack.cli import render

    if as_json:
        render.print_json([s.to_dict() for s in scans])
        return
    out = render.console()
    for scan in scans:
        video = scan.video
        shown = f"MPEG-{video['mpeg']} {video['frame_size']} at {video['frame_rate']:g} fps"
        shown += f", {video['display']}" if video["display"] else ""
        out.print(f"{scan.path}: disc id {scan.disc_id}, volume {scan.volume_id}; {shown}", soft_wrap=True)
        out.print(render.release_table(scan.spec.to_dict()))
        out.print(_titles_table(scan))


def _titles_table(scan):
    from rich.table import Table

    from dvdtrack.disc.scan import main_feature
    from dvdtrack.normalise.runtime import format_runtime

    table = Table("title", "runtime", "chapters", "angles", "title set", title="Titles on the disc", title_justify="left")
    main = main_feature(scan.titles_on_disc)
    for t in scan.titles_on_disc:
        mark = " (main feature)" if t is main else ""
        table.add_row(f"{t.number}{mark}", format_runtime(t.runtime_seconds), str(t.chapters), str(t.angles),
                      str(t.title_set))
    return table


def _add(ctx, scans, as_json: bool) -> None:
    from dvdtrack.cli import render
    from dvdtrack.store.database import write_transaction
    from dvdtrack.store.discs import add_scans

    with write_transaction(open_engine(ctx)) as conn:
        written = add_scans(conn, scans)
    if as_json:
        render.print_json([{**s.to_dict(), "release_id": w.id, "added": w.created} for s, w in zip(scans, written)])
        return
    out = render.console()
    for scan, w in zip(scans, written):
        if w.created:
            out.print(f"added release #{w.id} from disc {scan.disc_id} ({scan.path}) → film #{w.film_id}")
        else:
            out.print(f"disc {scan.disc_id} ({scan.path}) is already release #{w.id}: {w.title}; not added again")
    out.print(f"{sum(w.created for w in written)} release(s) added, "
              f"{sum(not w.created for w in written)} already present")


def _attach(ctx, release_id: int, scan, as_json: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    from dvdtrack.cli import render
    from dvdtrack.store.database import write_transaction
    from dvdtrack.store.discs import attach_scan

    with write_transaction(open_engine(ctx)) as conn:
        rows = attach_scan(conn, release_id, scan)
    if as_json:
        render.print_json({"release_id": release_id, "scan": scan.to_dict(),
                           "agreement": [dict(vars(r)) for r in rows]})
        return
    table = Table("field", "notes", "disc", "", title=f"Release #{release_id} and disc {scan.disc_id}",
                  title_justify="left")
    for r in rows:
        style = "green" if r.agrees else ("" if r.verdict == "notes silent" else "bold yellow")
        table.add_row(r.field, r.notes, r.disc, Text(r.verdict, style=style))
    out = render.console()
    out.print(table)
    differ = [r.field for r in rows if r.verdict.startswith("differ")]
    out.print(f"disc tied to release #{release_id}: {sum(r.agrees for r in rows)} field(s) agree, "
              f"{len(differ)} differ{': ' + ', '.join(differ) if differ else ''}; the disc's values are shown from now on")
