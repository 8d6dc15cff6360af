"""What the commands that change or remove what a user has share: they ask first. `--yes` answers
for the user; without a terminal to ask on, and without `--yes`, they refuse (exit 2) and change
nothing. (An unknown id is refused before they ask: NotFound, exit 2.)"""

from __future__ import annotations

import sys

import typer

from dvdtrack.errors import UsageError


def terminal() -> bool:
    """Whether there is someone to ask (stdin is a terminal)."""
    return sys.stdin.isatty()


def confirm(question: str, yes: bool, command: str) -> None:
    """Go on when `yes` or when the user says yes; else stop: exit 2 without a terminal, exit 1
    when the user says no. Nothing has been written either way."""
    if yes:
        return
    if not terminal():
        raise UsageError(f"{command} asks before it changes anything, and there is no terminal to ask on: "
                         "give --yes to go ahead")
    if not typer.confirm(question, default=False):
        print("nothing changed", file=sys.stderr)
        raise typer.Exit(1)

