"""A collector's copies: own, want, order, lend, return, sell; copies; collection; copy set / rm.

RELEASE is a release id, as `find`, `show` and `film` print it. Each change is one transaction
through `write_session`; a refused one (one line, exit 2) changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from dvdtrack.cli.common import AsCsv, AsJson, handles_errors, open_engine, output_format, write_session

ReleaseArg = Annotated[int, typer.Argument(metavar="RELEASE", help="Release id, as `find`, `show` and `film` print it.")]
CopyArg = Annotated[int, typer.Argument(metavar="COPY", help="Copy id, as `copies` prints it.")]
Price = Annotated[str | None, typer.Option("--price", help="With its currency: 12.50EUR, EUR 12.50, 12,50 €, $15, £9.99.")]
Place = Annotated[str | None, typer.Option("--from", help="Where it was bought: a shop, a seller.")]
Bought = Annotated[str | None, typer.Option("--on", help="When it was bought: 2024-05-01, 01.05.2024, today, -3d.")]
Location = Annotated[str | None, typer.Option("--at", help="Where it is kept: a shelf, a box.")]
Condition = Annotated[str | None, typer.Option("--condition", help="Its condition, in your words.")]
Watched = Annotated[str | None, typer.Option("--watched", help="When you watched it (a date, as --on).")]
Note = Annotated[str | None, typer.Option("--note", help="Free notes.")]


def register(app: typer.Typer) -> None:
    for name, command in (("own", own_cmd), ("order", order_cmd), ("want", want_cmd), ("lend", lend_cmd),
                          ("return", return_cmd), ("sell", sell_cmd), ("copies", copies_cmd),
                          ("collection", collection_cmd)):
        app.command(name)(command)
    copy_app = typer.Typer(help="Fix a copy: set one field, or remove a copy recorded by mistake.", no_args_is_help=True)
    copy_app.command("set")(set_cmd)
    copy_app.command("rm")(rm_cmd)
    app.add_typer(copy_app, name="copy")


def _change(ctx: typer.Context, action: str, *args) -> None:
    """Run a store.copies function in one write transaction; print what it did once committed."""
    from dvdtrack.cli.collection_render import change_line
    from dvdtrack.cli.render import write
    from dvdtrack.queries.listing import checked_id
    from dvdtrack.store import copies

    checked_id(args[0], "copy id" if action in ("set_field", "remove") else "release id")
    with write_session(ctx) as s:
        line = change_line(getattr(copies, action)(s, *args))
    write(("removed " if action == "remove" else "") + line)


def _details(price, place, bought, location, condition, watched, note):
    from dvdtrack.normalise.day import past_day
    from dvdtrack.normalise.money import parse_money
    from dvdtrack.store.copies import CopyDetails

    day = lambda text: None if text is None else past_day(text, date.today())  # noqa: E731
    return CopyDetails(price=None if price is None else parse_money(price), bought_from=place, bought_on=day(bought),
                       location=location, condition=condition, watched_on=day(watched), notes=note)


@handles_errors
def own_cmd(ctx: typer.Context, release: ReleaseArg, price: Price = None, place: Place = None, bought: Bought = None,
            location: Location = None, condition: Condition = None, watched: Watched = None, note: Note = None) -> None:
    """Own a copy of RELEASE: the one ordered or wanted, else one more copy (owning twice is two copies)."""
    _change(ctx, "own", release, _details(price, place, bought, location, condition, watched, note))


@handles_errors
def order_cmd(ctx: typer.Context, release: ReleaseArg, price: Price = None, place: Place = None,
              bought: Annotated[str | None, typer.Option("--on", help="When it was ordered (a date, as for own).")] = None,
              note: Note = None) -> None:
    """Order a copy of RELEASE: the wanted one, else one more copy; `own` it when it arrives."""
    _change(ctx, "order", release, _details(price, place, bought, None, None, None, note))


@handles_errors
def want_cmd(ctx: typer.Context, release: ReleaseArg,
             price: Annotated[str | None, typer.Option("--price", help="The price seen, with its currency.")] = None,
             place: Annotated[str | None, typer.Option("--from", help="Where it is sold.")] = None, note: Note = None) -> None:
    """Put RELEASE on the wish list (refused when it is there already or ordered)."""
    _change(ctx, "want", release, _details(price, place, None, None, None, None, note))


@handles_errors
def lend_cmd(ctx: typer.Context, release: ReleaseArg,
             to: Annotated[str | None, typer.Option("--to", help="Who borrows it.")] = None,
             due: Annotated[str | None, typer.Option("--due", help="When it is due back: 2024-06-01, +2w, +14d.")] = None,
             lent: Annotated[str | None, typer.Option("--on", help="When it was lent (default: today).")] = None) -> None:
    """Lend an owned copy of RELEASE that is not lent already."""
    from dvdtrack.errors import UsageError
    from dvdtrack.normalise.day import parse_day, past_day

    if to is None:
        raise UsageError("say who borrows it: --to NAME")
    today = date.today()
    on = past_day(lent, today) if lent else today
    _change(ctx, "lend", release, to, on, parse_day(due, today) if due else None)


@handles_errors
def return_cmd(ctx: typer.Context, release: ReleaseArg,
               borrower: Annotated[str | None, typer.Option("--from", help="Who gives it back (when several have a copy).")] = None) -> None:
    """A lent copy of RELEASE came back."""
    _change(ctx, "give_back", release, borrower)


@handles_errors
def sell_cmd(ctx: typer.Context, release: ReleaseArg,
             price: Annotated[str | None, typer.Option("--price", help="What it fetched, with its currency: 8EUR, $15.")] = None,
             to: Annotated[str | None, typer.Option("--to", help="Who bought it.")] = None,
             sold: Annotated[str | None, typer.Option("--on", help="When it was sold (default: today).")] = None) -> None:
    """Sell an owned copy of RELEASE that is not lent; it is kept as sold (its price stays spent), with
    what it fetched, to whom and when."""
    from dvdtrack.normalise.day import past_day
    from dvdtrack.normalise.money import parse_money
    from dvdtrack.store.copies import Sale

    today = date.today()
    _change(ctx, "sell", release, Sale(None if price is None else parse_money(price), to,
                                       past_day(sold, today) if sold else today))


@handles_errors
def copies_cmd(
    ctx: typer.Context,
    status: Annotated[list[str] | None, typer.Option("--status", help="owned, wanted, ordered, lent or sold; repeat or use commas for any of them.")] = None,
    lent: Annotated[bool, typer.Option("--lent", help="Lent copies.")] = False,
    overdue: Annotated[bool, typer.Option("--overdue", help="Lent copies past their due date.")] = False,
    json: AsJson = False,
    csv: AsCsv = False,
) -> None:
    """List your copies with their release and film (all but sold ones, unless a status is asked for)."""
    from dvdtrack.cli.collection_render import copies_output
    from dvdtrack.queries.copies import list_copies, parse_statuses
    from dvdtrack.store.database import session

    fmt, statuses = output_format(json, csv), parse_statuses(status or [])
    with session(open_engine(ctx)) as s:
        listing = list_copies(s, date.today(), statuses, lent, overdue)
    from dvdtrack.cli.pager import paged

    with paged(ctx, fmt):
        copies_output(fmt, listing)


@handles_errors
def collection_cmd(ctx: typer.Context, json: AsJson = False) -> None:
    """The collection at a glance: copies by status; discs held by format, system, region, label, decade,
    audio and subtitle language; spent (and, when any, received from sales) per currency; discs lent and overdue."""
    from dvdtrack.cli.collection_render import summary_output
    from dvdtrack.queries.collection import collection_summary
    from dvdtrack.store.database import session

    fmt = output_format(json)
    with session(open_engine(ctx)) as s:
        summary = collection_summary(s, date.today())
    from dvdtrack.cli.pager import paged

    with paged(ctx, fmt):
        summary_output(fmt, summary)


@handles_errors
def set_cmd(ctx: typer.Context, copy: CopyArg,
            field: Annotated[str, typer.Argument(help="price, from, on, at, condition, watched, notes; to, due (lent copies); "
                                                           "sold-price, sold-to, sold-on (sold copies).")],
            value: Annotated[str, typer.Argument(help="The new value, as the options of `own` take it; '' clears it.")]) -> None:
    """Set one field of COPY (`dvdtrack copy set 3 at "box 2"`)."""
    _change(ctx, "set_field", copy, field, value, date.today())


@handles_errors
def rm_cmd(ctx: typer.Context, copy: CopyArg,
           yes: Annotated[bool, typer.Option("--yes", "-y", help="Remove without asking.")] = False) -> None:
    """Remove COPY, recorded by mistake (a copy sold is `sell`-ed instead, and kept)."""
    from dvdtrack.cli.guarded import confirm
    from dvdtrack.queries.listing import checked_id

    checked_id(copy, "copy id")
    described = _describe(ctx, copy)  # an unknown copy is said before anything is asked
    confirm(f"Remove {described}?", yes, "copy rm")
    _change(ctx, "remove", copy)


def _describe(ctx: typer.Context, copy_id: int) -> str:
    from dvdtrack.cli.collection_render import change_line
    from dvdtrack.store.copies import Change, copy_by_id, release_of
    from dvdtrack.store.database import session

    with session(open_engine(ctx, write=False)) as s:
        copy = copy_by_id(s, copy_id)
        return change_line(Change(copy, release_of(s, copy.release_id), copy.status))
