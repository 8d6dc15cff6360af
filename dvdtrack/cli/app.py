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
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=history_cmds.CommandLine,
)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help="Database path or URL (else $DVDTRACK_DB, else the user data dir).")] = None,
) -> None:
    """dvdtrack: a tracker of DVD releases and their media specs."""
    ctx.obj = State(db=db)


for module in (release_cmds, film_cmds, query_cmds, db_cmds, scan_cmds, collection_cmds, history_cmds):
    module.register(app)


def main() -> None:
    """Console-script entry point."""
    # Plain click help and usage errors: typer's rich formatting costs ~80 ms of imports at every
    # start, which would put `dvdtrack --help` over its 150 ms budget. Our own output still uses rich.
    typer.core.HAS_RICH = False
    app()
