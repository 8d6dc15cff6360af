"""Commands on films and lists: import, films, film (and film merge), lists."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from dvdtrack.cli.common import AsJson, handles_errors, load_grammars, open_engine, open_reader, output_format
from dvdtrack.store.shapes import titled


def register(app: typer.Typer) -> None:
    app.command("import")(import_cmd)
    app.command("films")(films_cmd)
    app.command("film")(film_cmd)
    app.command("lists")(lists_cmd)


SOME_SKIPPED = 3  # `import`: some files were stored, others skipped (1: none stored, or a database error)


@handles_errors
def import_cmd(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files and folders: release notes, film-list feeds, list pages.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would be imported; write nothing.")] = False,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Releases written per transaction.")] = 500,
) -> None:
    """Import files and folders, detecting what each file is.

    Exit status: 0 when every file was stored; 3 when some were skipped (a count and the first few
    are printed); 1 when none could be stored, or when a database error stopped the import (what
    was stored before it stays).
    """
    from dvdtrack.store.imports import expand_paths, import_paths

    files = list(expand_paths(paths))
    engine = open_engine(ctx, dry_run=dry_run)
    if sys.stderr.isatty():
        report = _import_with_bar(engine, files, dry_run, batch)
    else:  # no bar: rich ends one with a blank line, where messages go
        report = import_paths(engine, files, load_grammars(), dry_run=dry_run, batch=batch)
    _print_import(report, dry_run)
    if report.skipped:
        raise typer.Exit(SOME_SKIPPED if report.files else 1)


def _import_with_bar(engine, files, dry_run: bool, batch: int):
    from dvdtrack.cli import render
    from dvdtrack.reading.source import shown
    from dvdtrack.store.imports import import_paths

    with render.import_progress() as bar:
        task = bar.add_task("importing", total=len(files), releases=0, rate="")

        def advance(path, report):
            elapsed = bar.tasks[0].elapsed or 0
            stored = report.releases_new + report.releases_present
            rate = f"{stored / elapsed:,.0f} releases/s" if elapsed > 1 else ""
            bar.update(task, advance=1, description=shown(path.name)[:30], releases=stored, rate=rate)

        return import_paths(engine, files, load_grammars(), advance, dry_run=dry_run, batch=batch)


def _print_import(report, dry_run: bool) -> None:
    import sys

    verb = "would import" if dry_run else "imported"
    print(f"{verb} {report.files} file(s): {report.lists} list(s) read; films {report.films_new} new, "
          f"{report.films_matched} matched to existing; releases {report.releases_new} new, "
          f"{report.releases_present} already present; {report.unparsed_lines} line(s) not understood"
          + (f"; {report.dump_rows} row(s) from a dump" if report.dump_rows else ""))
    if report.noted:  # one line, however many files
        print(f"dvdtrack: note: {report.noted} file(s) had bytes that could not be read, replaced: "
              + "; ".join(report.notes[:3]) + _more(report.noted, 3), file=sys.stderr)
    if report.skipped:
        lines = [f"  {path}: {why}" for path, why in report.failed[:5]]
        print(f"skipped {report.skipped} file(s), not stored:", *lines, sep="\n", file=sys.stderr)
        if report.skipped > 5:
            print(f"  … and {report.skipped - 5} more", file=sys.stderr)


def _more(total: int, shown: int) -> str:
    return f"; and {total - shown} more" if total > shown else ""


@handles_errors
def films_cmd(
    ctx: typer.Context,
    text: Annotated[list[str] | None, typer.Argument(help="Words of any title, in any order and any script.")] = None,
    list_name: Annotated[str | None, typer.Option("--list", help="Only films in lists whose title contains this.")] = None,
    year: Annotated[str | None, typer.Option("--year", help="A year or range: 1957, 1950..1960.")] = None,
    json: AsJson = False,
) -> None:
    """List films, optionally filtered by title, list and year."""
    from dvdtrack.cli import render
    from dvdtrack.queries.listing import list_films, parse_year_range

    years = parse_year_range(year)
    with open_reader(ctx) as reader:
        rows = list_films(reader, " ".join(text) if text else None, list_name, years)  # `films cranes flying`
    if output_format(json).value == "json":
        render.print_json(rows)
        return
    from dvdtrack.cli.pager import paged
    from dvdtrack.cli.tables import print_table

    with paged(ctx):
        print_table(["id", "title", "year", "imdb", "rating", "releases"],
                    [[str(r["id"]), r["title"], str(r["year"] or ""), r["imdb_id"] or "", str(r["rating"] or ""),
                      str(r["releases"])] for r in rows])
        render.console().print(f"{len(rows)} film(s)")


@handles_errors
def film_cmd(
    ctx: typer.Context,
    args: Annotated[list[str], typer.Argument(metavar="FILM | merge KEEP DROP | rm FILM",
                                              help="A film id or any title; or 'merge KEEP DROP'; or 'rm FILM'.")],
    json: AsJson = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="merge, rm: do it without asking.")] = False,
    force: Annotated[bool, typer.Option("--force", help="merge: even films whose IMDb ids differ or whose "
                                        "years are more than one apart.")] = False,
    with_releases: Annotated[bool, typer.Option("--with-releases", help="rm: remove its releases too.")] = False,
) -> None:
    """Show a film (by id or any title); `film merge KEEP DROP` joins two records of one film (shown
    side by side first); `film rm FILM` removes one. Both ask unless --yes; `dvdtrack undo` takes them back."""
    from dvdtrack.cli import render
    from dvdtrack.errors import UsageError
    from dvdtrack.queries.film_view import film_detail, film_id_of

    if args[0] == "merge" and not with_releases:
        _merge(ctx, args[1:], yes, force)
        return
    if args[0] == "rm" and not force:
        from dvdtrack.cli.edit_cmds import film_rm

        film_rm(ctx, args[1:], yes, with_releases)
        return
    if yes or force or with_releases:
        raise UsageError("--yes, --force and --with-releases are for `film merge` and `film rm`")
    with open_reader(ctx) as reader:
        data = film_detail(reader, film_id_of(reader, " ".join(args)))
    if output_format(json).value == "json":
        render.print_json(data)
        return
    from dvdtrack.cli.pager import paged

    with paged(ctx):
        render.console().print(render.film_panel(data))


def _merge(ctx, refs: list[str], yes: bool, force: bool) -> None:
    from dvdtrack.cli.change_render import films_side_by_side
    from dvdtrack.cli.guarded import confirm
    from dvdtrack.cli.render import console
    from dvdtrack.errors import UsageError
    from dvdtrack.queries.films import film_detail, resolve_film
    from dvdtrack.store.database import session
    from dvdtrack.store.films import check_merge, merge_films

    if len(refs) != 2:
        raise UsageError("usage: dvdtrack film merge KEEP DROP [--yes] [--force] (film ids or titles)")
    engine = open_engine(ctx, write=True)
    with session(engine) as s:  # read: nothing is locked while the user looks and answers
        keep, drop = (resolve_film(s, ref) for ref in refs)
        check_merge(keep, drop, force)
        console().print(films_side_by_side(film_detail(s, keep), film_detail(s, drop)))
    confirm(f"Merge film #{drop.id} into #{keep.id}?", yes, "film merge")
    with session(engine, write=True) as s:
        film = merge_films(s, keep.id, drop.id, force)
        s.commit()
        done = f"merged film #{drop.id} into #{film.id} {titled(film.title, film.year)}"
    console().print(f"{done}; `dvdtrack undo` takes it back")


@handles_errors
def lists_cmd(ctx: typer.Context, json: AsJson = False) -> None:
    """The curated film lists and their entry counts."""
    from dvdtrack.cli import render
    from dvdtrack.queries.films import list_lists
    from dvdtrack.store.database import session

    with session(open_engine(ctx)) as s:
        rows = list_lists(s)
    if output_format(json).value == "json":
        render.print_json(rows)
        return
    from dvdtrack.cli.pager import paged
    from dvdtrack.cli.tables import print_table

    with paged(ctx):
        print_table(["id", "title", "author", "published", "films"],
                    [[str(r["id"]), r["title"], r["author"] or "", r["published"] or "", str(r["entries"])] for r in rows])
