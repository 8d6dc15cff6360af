"""Query commands: find releases by language and spec, compare editions."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
