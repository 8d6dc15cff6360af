"""What every command shares: the database option, the one error path, the output format option."""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass
from enum import Enum
from typing import Annotated

import typer

from dvdtrack.errors import DvdtrackError, UsageError


@dataclass
class State:
    """Per-invocation settings from the global options (no module-level state)."""

    db: str | None = None


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
AsCsv = Annotated[bool, typer.Option("--csv", help="Print CSV (for spreadsheets).")]
AsMarkdown = Annotated[bool, typer.Option("--markdown", help="Print a Markdown table.")]


def output_format(json: bool = False, csv: bool = False, markdown: bool = False) -> Fmt:
    """The one output format chosen by `--json`, `--csv` or `--markdown` (table by default)."""
    chosen = [f for f, on in ((Fmt.json, json), (Fmt.csv, csv), (Fmt.markdown, markdown)) if on]
    if len(chosen) > 1:
        raise UsageError("choose one of " + ", ".join(f"--{f.value}" for f in chosen))
    return chosen[0] if chosen else Fmt.table


def handles_errors(func):
    """Turn core errors into one line on stderr and the error's exit code (never a traceback)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except DvdtrackError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted; nothing was written", 130)
        except typer.Exit:
            raise
        except Exception as exc:  # the last guard: a user must never see a traceback
            if _is_db_error(exc):
                _fail(f"database error: {_first_line(exc)}", 1)
            if os.environ.get("DVDTRACK_DEBUG"):
                raise  # developers see the traceback; users get one line
            _fail(f"internal error ({type(exc).__name__}: {_first_line(exc)}); please report it "
                  "(DVDTRACK_DEBUG=1 shows details)", 70)

    return wrapper


def _is_db_error(exc: Exception) -> bool:
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError)


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__


def _fail(message: str, code: int) -> None:
    print(f"dvdtrack: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def state(ctx: typer.Context) -> State:
    """The State object set by the app callback."""
    return ctx.find_root().obj or State()


def open_engine(ctx: typer.Context):
    """Open (and create or upgrade) the database chosen by --db / $DVDTRACK_DB / the default."""
    from dvdtrack.store.database import open_engine as _open
    from dvdtrack.store.database import resolve_url

    return _open(resolve_url(state(ctx).db))


def load_grammars():
    """Built-in plus user grammars."""
    from dvdtrack.reading.grammar.loading import load_grammars as _load
    from dvdtrack.reading.grammar.loading import user_grammar_dirs

    return _load(user_grammar_dirs())
