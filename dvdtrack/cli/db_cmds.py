"""Database commands: path, check, upgrade; export and re-parse."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
