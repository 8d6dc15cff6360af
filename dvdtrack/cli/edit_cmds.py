"""Correcting and removing: `release edit`, `release set`, `release rm`, `film rm`. Each shows
what it will change and asks (unless --yes); `dvdtrack undo` takes it back."""

from __future__ import annotations

from typing import Annotated

import typer

from dvdtrack.cli.common import handles_errors, load_grammars, open_engine

ReleaseId = Annotated[int, typer.Argument(metavar="RELEASE", help="A release id (see `dvdtrack find`).")]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do it without asking.")]


def register(release_app: typer.Typer) -> None:
    release_app.command("edit")(edit_cmd)
    release_app.command("set")(set_cmd)
    release_app.command("rm")(rm_cmd)


@handles_errors
def edit_cmd(ctx: typer.Context, release_id: ReleaseId, yes: Yes = False) -> None:
    """Open $VISUAL/$EDITOR on the release's notes, read them again, show what changes and save."""
    from dvdtrack.cli.change_render import changes_table
    from dvdtrack.cli.guarded import confirm, terminal
    from dvdtrack.cli.release_cmds import run_editor
    from dvdtrack.cli.render import console
    from dvdtrack.errors import UsageError
    from dvdtrack.queries.listing import checked_id
    from dvdtrack.store.database import session
    from dvdtrack.store.edits import plan_edit, save_edit
    from dvdtrack.store.releases import get_release

    checked_id(release_id, "release id")
    if not yes and not terminal():
        raise UsageError("release edit asks before it saves, and there is no terminal to ask on: "
                         "give --yes to save what the editor leaves")
    engine = open_engine(ctx)
    with session(engine) as s:
        notes = get_release(s, release_id).raw_block
    text = run_editor(notes + "\n")
    with session(engine) as s:  # read: nothing is locked while the user looks and answers
        if get_release(s, release_id).raw_block != notes:
            raise UsageError(f"release #{release_id} was changed while you edited it; nothing saved")
        edit = plan_edit(s, release_id, text, load_grammars())
    if not edit.changes:
        console().print(f"the notes of release #{release_id} say what they said; nothing changed")
        return
    console().print(changes_table(edit.changes))
    confirm(f"Save release #{release_id}?", yes, "release edit")
    with session(engine, write=True) as s:
        if get_release(s, release_id).raw_block != notes:
            raise UsageError(f"release #{release_id} was changed while you looked; nothing saved")
        save_edit(s, edit)
        s.commit()
    console().print(f"release #{release_id} saved; `dvdtrack undo` takes it back")


@handles_errors
def set_cmd(
    ctx: typer.Context,
    release_id: ReleaseId,
    field: Annotated[str, typer.Argument(metavar="FIELD", help="title, year, format, discs, label, region, "
                                         "system, aspect, runtime or size.")],
    value: Annotated[str | None, typer.Argument(metavar="[VALUE]", help="As release notes would write it.")] = None,
    from_notes: Annotated[bool, typer.Option("--from-notes", help="Take back a value set by hand: the field "
                                             "shows what the notes (or a disc) say again.")] = False,
) -> None:
    """Set one field of a release by hand (kept when its notes are read again)."""
    from dvdtrack.cli.change_render import changes_table
    from dvdtrack.cli.render import console
    from dvdtrack.errors import UsageError
    from dvdtrack.queries.listing import checked_id
    from dvdtrack.store.database import session
    from dvdtrack.store.edits import set_field

    checked_id(release_id, "release id")
    if (value is None) == (not from_notes):
        raise UsageError("give a VALUE, or --from-notes to take back the value set by hand")
    with session(open_engine(ctx), write=True) as s:
        changes = set_field(s, release_id, field.lower(), value)
        s.commit()
    if changes:
        console().print(changes_table(changes))
    console().print(f"release #{release_id}: {field} " + ("set" if value is not None else "as the notes say")
                    + ("" if changes else "; it was so already"))


@handles_errors
def rm_cmd(ctx: typer.Context, release_id: ReleaseId, yes: Yes = False) -> None:
    """Remove a release (its tracks, disc scans, what its notes say about its film), after showing it."""
    from dvdtrack.cli import render
    from dvdtrack.cli.change_render import what_goes
    from dvdtrack.cli.guarded import confirm
    from dvdtrack.queries.listing import checked_id
    from dvdtrack.store.database import session
    from dvdtrack.store.edits import plan_release_rm, remove_release
    from dvdtrack.store.models import Film
    from dvdtrack.store.releases import get_release, release_dict

    checked_id(release_id, "release id")
    engine = open_engine(ctx)
    with session(engine) as s:
        release = get_release(s, release_id)
        render.console().print(render.release_table(release_dict(release, s.get(Film, release.film_id))))
        plan = plan_release_rm(s, release_id)
    render.console().print(what_goes({k: v for k, v in plan.rows.items() if k != "release"}, plan.film_goes))
    confirm(f"Remove release #{release_id}?", yes, "release rm")
    with session(engine, write=True) as s:
        remove_release(s, release_id)
        s.commit()
    render.console().print(f"removed release #{release_id}; `dvdtrack undo` puts it back")


def film_rm(ctx: typer.Context, refs: list[str], yes: bool, with_releases: bool) -> None:
    """`film rm FILM [--with-releases] [--yes]` (a form of `dvdtrack film`)."""
    from dvdtrack.cli import render
    from dvdtrack.cli.change_render import what_goes
    from dvdtrack.cli.guarded import confirm
    from dvdtrack.errors import UsageError
    from dvdtrack.queries.films import film_detail, resolve_film
    from dvdtrack.store.database import session
    from dvdtrack.store.edits import plan_film_rm, remove_film

    if len(refs) != 1:
        raise UsageError("usage: dvdtrack film rm FILM [--with-releases] [--yes] (a film id or title)")
    engine = open_engine(ctx, write=True)
    with session(engine) as s:
        film = resolve_film(s, refs[0])
        plan = plan_film_rm(s, film.id, with_releases)
        render.console().print(render.film_panel(film_detail(s, film)))
    render.console().print(what_goes({k: v for k, v in plan.rows.items() if k != "film"}))
    confirm(f"Remove film #{film.id}?", yes, "film rm")
    with session(engine, write=True) as s:
        remove_film(s, film.id, with_releases)
        s.commit()
    render.console().print(f"removed film #{film.id}; `dvdtrack undo` puts it back")
