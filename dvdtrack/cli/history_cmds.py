"""`dvdtrack history` and `dvdtrack undo`; the command line every change is recorded with."""

from __future__ import annotations

import contextlib
import shlex
import sys
from typing import Annotated

import typer
import typer.core

from dvdtrack.cli.common import AsJson, handles_errors, open_engine, output_format, printable


# click's UsageError (typer vendors click from 0.2x on; typer.BadParameter derives from it either way)
_USAGE_ERROR = typer.BadParameter.__mro__[1]


class CommandLine(typer.core.TyperGroup):
    """The application's group: keeps the command line as typed, for the history of changes, and
    says what was mistyped (an unknown option, an id that is no number) in one line, as every other
    error is said."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        from dvdtrack.cli.coercion import skip_needless_conversion
        from dvdtrack.cli.metavars import name_option_values
        from dvdtrack.cli.once import refuse_repeated
        from dvdtrack.store.history import set_command_line

        # bytes that are not UTF-8 (a file name in Latin-1) written as `\xe9`: the history stores text
        typed = shlex.join(["dvdtrack", *args]).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        set_command_line(typed)
        skip_needless_conversion(self, ctx)
        name_option_values(self, ctx)
        with _one_line():
            refuse_repeated(self, args, ctx)
            return super().parse_args(ctx, args)

    def invoke(self, ctx):
        with _one_line():
            return super().invoke(ctx)


@contextlib.contextmanager
def _one_line():
    """A usage error as one line on stderr (`dvdtrack: error: …`) and exit 2, not click's usage block;
    a command or group called with nothing, whose answer is its help, is left to click."""
    try:
        yield
    except _USAGE_ERROR as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            raise
        where = exc.ctx.command_path if exc.ctx is not None else "dvdtrack"
        print(f"dvdtrack: error: {printable(exc.format_message(), one_line=True)} (`{where} -h` for help)",
              file=sys.stderr)
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    app.command("history")(history_cmd)
    app.command("undo")(undo_cmd)


@handles_errors
def history_cmd(
    ctx: typer.Context,
    count: Annotated[int, typer.Option("-n", min=0, help="Show the newest N changes (0: all).")] = 20,
    json: AsJson = False,
) -> None:
    """The changes made to the catalogue, newest first: when, the command, what it changed."""
    from dvdtrack.cli import render
    from dvdtrack.queries.history import list_changes

    count = 0 if count >= 2**62 else count  # more than any database holds (or SQL counts): all
    with open_engine(ctx, write=False).connect() as conn:
        rows = list_changes(conn, count + 1 if count else None)  # one more: whether there are more
    more, rows = len(rows) > count > 0, rows[:count or None]
    if output_format(json).value == "json":
        render.print_json(rows)
        return
    from dvdtrack.cli.pager import paged
    from dvdtrack.cli.tables import print_table

    with paged(ctx):
        print_table(["#", "when (UTC)", "command", "what changed"],
                    [[str(r["id"]), r["made_at"], r["command"] or "-", _what(r)] for r in rows])
        render.console().print(f"{len(rows)} change(s) shown"
                               + (f"; `dvdtrack history -n {2 * count}` shows more" if more else ""))


def _what(row: dict) -> str:
    if row["undone_by"] is not None:
        return f"{row['summary']} [undone by #{row['undone_by']}]"
    return row["summary"]


@handles_errors
def undo_cmd(
    ctx: typer.Context,
    change: Annotated[str | None, typer.Argument(metavar="[CHANGE]", help="A change number from `dvdtrack history` "
                                                 "(default: the newest change in effect that is not an undo).")] = None,
) -> None:
    """Revert a change exactly. Undoing an undo puts back what it took back (a redo)."""
    from dvdtrack.cli.render import write
    from dvdtrack.store.history.undo import undo

    undone, recorded = undo(open_engine(ctx), change)
    write(f"undid change #{undone} (recorded as change #{recorded})")
