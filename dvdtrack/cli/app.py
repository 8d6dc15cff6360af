"""The `dvdtrack` application: global options and the registry of commands."""

from __future__ import annotations

from typing import Annotated

import typer
import typer.core

from dvdtrack.cli import collection_cmds, db_cmds, film_cmds, history_cmds, query_cmds, release_cmds, scan_cmds
from dvdtrack.cli.common import State

app = typer.Typer(
    name="dvdtrack",
    help="Track DVD releases and their media specs: parse release notes, match films, find and compare editions.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},  # every subcommand's context inherits them
    pretty_exceptions_enable=False,
    cls=history_cmds.CommandLine,
)


def _version(on: bool) -> None:
    """`--version`: the installed package's version (its metadata), printed before any command runs."""
    if not on:
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("dvdtrack")
    except PackageNotFoundError:  # run from a source tree that was never installed
        from dvdtrack import __version__ as number
    print(f"dvdtrack {number}")
    raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help="Database path or URL (else $DVDTRACK_DB, else the user data dir).")] = None,
    no_pager: Annotated[bool, typer.Option("--no-pager", help="Never page long tables (else $DVDTRACK_PAGER, "
                                           "$PAGER or `less -FRX` on a terminal).")] = False,
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_version,
                                          help="Print dvdtrack's version and exit.")] = False,
) -> None:
    """dvdtrack: a tracker of DVD releases and their media specs."""
    ctx.obj = State(db=db, pager=not no_pager)


for module in (release_cmds, film_cmds, query_cmds, db_cmds, scan_cmds, collection_cmds, history_cmds):
    module.register(app)


def main() -> None:
    """Console-script entry point."""
    # Plain click help and usage errors: typer's rich formatting costs ~80 ms of imports at every
    # start, which would put `dvdtrack --help` over its 150 ms budget. Our own output still uses rich.
    typer.core.HAS_RICH = False
    app(prog_name="dvdtrack")  # also under `python -m dvdtrack.cli`: shell completion answers to `dvdtrack`
