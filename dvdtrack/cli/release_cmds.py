"""Commands on release notes: parse (preview), add, show, release link, grammars."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from dvdtrack.cli.common import (AsJson, handles_errors, load_grammars, open_engine, open_reader, output_format,
                                 write_sql)
from dvdtrack.store.shapes import titled

EDITOR_TEMPLATE = """
# Paste the release notes above. Lines starting with '#' are ignored;
# an empty text adds nothing. Several releases may be separated by blank lines or '-----'.
"""


def register(app: typer.Typer) -> None:
    app.command("parse")(parse_cmd)
    app.command("add")(add_cmd)
    app.command("show")(show_cmd)
    app.command("grammars")(grammars_cmd)
    from dvdtrack.cli import edit_cmds

    release_app = typer.Typer(help="Fix releases: tie one to another film, edit its notes, set a field, remove it.",
                              no_args_is_help=True)
    release_app.command("link")(link_cmd)
    edit_cmds.register(release_app)
    app.add_typer(release_app, name="release")


@handles_errors
def parse_cmd(
    file: Annotated[str, typer.Argument(help="File of release notes, or - for stdin.")] = "-",
    json: AsJson = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show which rule of which grammar read each line.")] = False,
    grammar: Annotated[str | None, typer.Option("--grammar", help="Use this grammar instead of choosing.")] = None,
) -> None:
    """Preview what dvdtrack reads from release notes; writes nothing."""
    from dvdtrack.cli import render
    from dvdtrack.reading.source import read_decoded
    from dvdtrack.store.ingest import read_text

    decoded = read_decoded(file)
    if decoded.note:
        print(f"dvdtrack: note: {decoded.note}", file=sys.stderr)
    reading = read_text(decoded.text, load_grammars(), grammar)
    if explain:
        for block in reading.result.blocks:
            render.console(stderr=json).print(render.explain_table(block))
    if output_format(json).value == "json":
        render.print_json([s.to_dict() for s in reading.specs])
    else:
        for spec in reading.specs:
            render.console().print(render.release_table(spec.to_dict()))
    _warn_languages(reading.specs)


def _warn_languages(specs) -> None:
    unknown = sorted({name for s in specs for name in s.unknown_languages})
    if unknown:
        from dvdtrack.cli.render import write

        write(f"dvdtrack: note: unknown language name(s) kept as 'und': {', '.join(unknown)}", stderr=True)


@handles_errors
def add_cmd(
    ctx: typer.Context,
    files: Annotated[list[str] | None, typer.Argument(help="Files of release notes; - for stdin; none opens $EDITOR.")] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Store without asking.")] = False,
    grammar: Annotated[str | None, typer.Option("--grammar", help="Use this grammar instead of choosing.")] = None,
    own: Annotated[bool | None, typer.Option("--own/--want", help="Also own (or want) a copy of each release, unless it is already.", show_default=False)] = None,
) -> None:
    """Parse release notes, show the preview and store them (all or nothing)."""
    from dvdtrack.cli import render
    from dvdtrack.errors import NothingParsed
    from dvdtrack.store.bulk import ReleaseWriter
    from dvdtrack.store.ingest import AddReport, read_text, release_notes
    from dvdtrack.store.releases import prepare

    grammars = load_grammars()
    readings, prepared = [], []
    for name, decoded in _inputs(files):
        try:
            specs = read_text(release_notes(name, decoded.text), grammars, grammar).specs
        except NothingParsed as exc:
            raise NothingParsed(f"{name}: {exc}") from None
        readings.append((name, specs))
        for spec in specs:
            prepared.append((name, prepare(spec)))
            prepared[-1][1].columns["raw_bytes"] = decoded.raw_bytes(spec.raw)
        if decoded.note:
            print(f"dvdtrack: note: {decoded.note}", file=sys.stderr)
    out = render.console()
    for _, specs in readings:
        for spec in specs:
            out.print(render.release_table(spec.to_dict()))
    _warn_languages([s for _, specs in readings for s in specs])
    if sys.stdin.isatty() and not yes and not typer.confirm("Store these releases?", default=True):
        raise typer.Exit(1)
    with write_sql(ctx) as sql:
        written = ReleaseWriter().write(sql, prepared)
        kept = _keep_copies(sql, written, own) if own is not None else []
    report = AddReport(written)
    _print_report(out, report)
    for line in kept:
        out.print(line)


def _keep_copies(sql, written, own: bool) -> list[str]:
    """`add --own` / `--want`: a copy of each release stored, in the same transaction."""
    from dvdtrack.cli.collection_render import change_line
    from dvdtrack.store.added_copies import ensure
    from dvdtrack.store.copy_status import CopyStatus

    status = CopyStatus.owned if own else CopyStatus.wanted
    lines = []
    for release_id in dict.fromkeys(w.id for w in written):
        change = ensure(sql, release_id, status)
        lines.append(f"release #{release_id}: a copy is {change.value} already; none added"
                     if isinstance(change, CopyStatus) else change_line(change))
    return lines


def _inputs(files: list[str] | None) -> list:
    """(name as shown, source.Decoded) of each input."""
    from dvdtrack.errors import InputError
    from dvdtrack.reading.source import Decoded, read_decoded, shown

    if not files and sys.stdin.isatty():
        text = "\n".join(l for l in run_editor(EDITOR_TEMPLATE).splitlines() if not l.startswith("#"))
        if not text.strip():
            raise InputError("empty text: nothing added")
        return [("<editor>", Decoded(text, "utf-8", "<editor>"))]
    return [(shown(name) if name != "-" else "<stdin>", read_decoded(name)) for name in (files or ["-"])]


def run_editor(template: str) -> str:
    """Open $VISUAL / $EDITOR (else vi) on a template, as `git commit` does; return what was saved."""
    import os
    import shlex
    import subprocess
    import tempfile

    from dvdtrack.errors import InputError

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):  # vi without a terminal fills a log with escapes
            raise InputError("no editor to open: set $EDITOR (vi, the default, needs a terminal)")
        editor = "vi"
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "release-notes.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(template)
        try:
            subprocess.run([*shlex.split(editor), path], check=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise InputError(f"editor {editor!r} failed: {exc}") from None
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()


def _print_report(out, report) -> None:
    for r in report.saved:
        if r.created:
            film = "new film" if r.film_created else "existing film"
            out.print(f"added release #{r.id}: {titled(r.title, r.year)} → {film} #{r.film_id}")
        else:
            out.print(f"already stored as release #{r.id}: {titled(r.title, r.year)}; not added again")
    out.print(f"{len(report.new)} release(s) added, {len(report.present)} already present")


@handles_errors
def show_cmd(
    ctx: typer.Context,
    release_id: Annotated[int, typer.Argument(metavar="RELEASE_ID")],
    json: AsJson = False,
) -> None:
    """Show one stored release."""
    from dvdtrack.cli import render
    from dvdtrack.queries.listing import checked_id, release_view

    checked_id(release_id, "release id")
    with open_reader(ctx) as reader:
        data = release_view(reader, release_id)
    if output_format(json).value == "json":
        render.print_json(data)
        return
    from dvdtrack.cli.pager import paged

    with paged(ctx):
        render.console().print(render.release_table(data))


@handles_errors
def link_cmd(
    ctx: typer.Context,
    release_id: Annotated[int, typer.Argument(metavar="RELEASE")],
    film_ref: Annotated[str, typer.Argument(metavar="FILM", help="A film id or any title, as `film` takes it.")],
) -> None:
    """Tie RELEASE to FILM (when the automatic match was wrong), with what its notes say about the
    film; the film it leaves goes when nothing else is left on it."""
    from dvdtrack.queries.films import resolve_film
    from dvdtrack.queries.listing import checked_id
    from dvdtrack.store.database import session
    from dvdtrack.store.film_notes import link_release

    checked_id(release_id, "release id")
    with session(open_engine(ctx), write=True) as s:
        linked = link_release(s, release_id, resolve_film(s, film_ref).id)
        s.commit()
    print(f"release #{linked.release.id} now belongs to film #{linked.film.id} {titled(linked.film.title, linked.film.year)}"
          + (f", with {linked.facts} fact(s) of its notes" if linked.facts else "")
          + (f"; film #{linked.removed_film}, left with nothing, was removed" if linked.removed_film else ""))


@handles_errors
def grammars_cmd(json: AsJson = False) -> None:
    """List the grammars (built-in and user ones) with their rules."""
    from dvdtrack.cli import render

    rows = [
        {"name": g.name, "path": str(g.path), "rules": len({id(r) for rs in g.labelled.values() for r in rs}) + len(g.unlabelled),
         "sections": len({s.name for s in g.sections.values()}), "description": g.description}
        for g in load_grammars().values()
    ]
    if output_format(json).value == "json":
        render.print_json(rows)
        return
    from rich.table import Table

    table = Table("name", "rules", "sections", "description", "path")
    for row in rows:
        table.add_row(row["name"], str(row["rules"]), str(row["sections"]), row["description"], row["path"])
    render.console().print(table)
