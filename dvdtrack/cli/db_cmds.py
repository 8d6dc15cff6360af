"""Database commands: location, health, schema upgrades, export, re-parsing stored blocks."""

from __future__ import annotations

from typing import Annotated

import typer

from dvdtrack.cli.common import AsJson, handles_errors, open_engine, output_format, state


def register(app: typer.Typer) -> None:
    db_app = typer.Typer(help="The database: its location and health.", no_args_is_help=True)
    db_app.command("path")(path_cmd)
    db_app.command("check")(check_cmd)
    db_app.command("upgrade")(upgrade_cmd)
    app.add_typer(db_app, name="db")
    app.command("export")(export_cmd)
    app.command("reparse")(reparse_cmd)


@handles_errors
def path_cmd(ctx: typer.Context) -> None:
    """Print the database URL in use (from --db, $DVDTRACK_DB or the default)."""
    from dvdtrack.cli.render import write
    from dvdtrack.store.location import resolve_url

    write(resolve_url(state(ctx).db))


@handles_errors
def check_cmd(ctx: typer.Context, json: AsJson = False) -> None:
    """Integrity check, orphan rows and row counts; exits 1 when something is wrong."""
    from dvdtrack.cli import render
    from dvdtrack.store.health import check

    report = check(open_engine(ctx))
    if output_format(json).value == "json":
        render.print_json(report)
    else:
        out = render.console()
        out.print(f"integrity: {report['integrity']}; schema revision {report['schema']}")
        out.print("orphan rows: " + (", ".join(f"{k} {v}" for k, v in report["orphans"].items()) or "none"))
        out.print("rows: " + ", ".join(f"{k} {v}" for k, v in report["counts"].items()))
    if report["integrity"] != "ok" or report["orphans"]:
        raise typer.Exit(1)


@handles_errors
def upgrade_cmd(ctx: typer.Context) -> None:
    """Bring the database schema to the newest version (opening any command does this too)."""
    from dvdtrack.store.database import open_engine as _open
    from dvdtrack.store.location import resolve_url
    from dvdtrack.store.migrations import HEAD, upgrade

    start = upgrade(_open(resolve_url(state(ctx).db), create=False))
    print(f"database at revision {HEAD}" + (f" (was {start})" if start not in (None, HEAD) else ""))


@handles_errors
def export_cmd(ctx: typer.Context,
               json: Annotated[bool, typer.Option("--json", hidden=True, help="Taken and needless: an export is JSON.")] = True,
               ) -> None:
    """Write the whole database as JSON to stdout, a row a line; `dvdtrack import` of that file
    restores it. Rows a damaged database cannot give are skipped and counted: exit 3 then."""
    import sys

    from dvdtrack.cli.render import PrintableWriter
    from dvdtrack.store.dump import write_dump

    report = write_dump(open_engine(ctx), PrintableWriter(sys.stdout))
    if report.unreadable:
        lost = ", ".join(f"{table} {count}" for table, count in report.unreadable.items())
        print(f"dvdtrack: warning: the database is damaged: rows that could not be read were left out ({lost}); "
              f"{sum(report.rows.values())} row(s) exported", file=sys.stderr)
        raise typer.Exit(3)


@handles_errors
def reparse_cmd(
    ctx: typer.Context,
    dry_run: bool = typer.Option(False, "--dry-run", help="Report what would change; write nothing."),
    json: AsJson = False,
) -> None:
    """Read every stored release block again with today's grammars and report what changed."""
    from dvdtrack.cli import render
    from dvdtrack.cli.common import load_grammars
    from dvdtrack.store.reparse import reparse_all

    report = reparse_all(open_engine(ctx, dry_run=dry_run), load_grammars(), dry_run)
    if output_format(json).value == "json":
        render.print_json({"checked": report.checked, "changed": [{"id": i, "fields": f} for i, f in report.changed],
                           "unreadable": [{"id": i, "why": w} for i, w in report.unreadable]})
        return
    out = render.console()
    for release_id, fields in report.changed:
        out.print(f"release #{release_id}: {', '.join(fields)}")
    for release_id, why in report.unreadable:
        out.print(f"release #{release_id} left as it was: {why}", style="yellow")
    verb = "would change" if dry_run else "changed"
    out.print(f"{report.checked} release(s) read again; {len(report.changed)} {verb}; {len(report.unreadable)} left as they were")
