"""What every command shares: the database option, the one error path, the output format option."""

from __future__ import annotations

import contextlib
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
    pager: bool = True  # long tables on a terminal go through a pager (`--no-pager`: never)


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


# Every control character (C0, DEL, C1) becomes a visible `\uXXXX` escape on output: a title or a
# file name holding ESC or U+009B (a terminal's CSI) must not drive the terminal it is printed on.
# So do the bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069), which reorder
# what follows them on screen ("Trojan Source"); the marks LRM and RLM, common in Hebrew and Arabic
# titles and harmless, stay. The escape is JSON's, so JSON output stays valid and decodes to the stored text.
_ESCAPES = {c: f"\\u{c:04x}" for c in (*range(0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F),
                                        *range(0x2066, 0x206A))}
_MULTI_LINE = {c: e for c, e in _ESCAPES.items() if chr(c) not in "\n\t"}


def printable(text: str, one_line: bool = False) -> str:
    r"""`text` safe to print: control characters escaped (newlines and tabs kept unless `one_line`).

    >>> printable("Bell\x07 \x1b[31mred\x9b2J\nnext")
    'Bell\\u0007 \\u001b[31mred\\u009b2J\nnext'
    >>> printable("abc\u202edcba \u05e9\u05dc\u200f")
    'abc\\u202edcba \u05e9\u05dc\u200f'
    >>> printable("a\nb", one_line=True)
    'a\\u000ab'
    """
    return text.translate(_ESCAPES if one_line else _MULTI_LINE)


def handles_errors(func):
    """Turn core errors into one line on stderr and the error's exit code (never a traceback)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from dvdtrack.store.history import note_stored

        note_stored(None)
        try:
            return func(*args, **kwargs)
        except DvdtrackError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            _fail(interrupted(), 130)
        except typer.Abort:  # Ctrl-C or Ctrl-D at a question: nothing was asked to be done
            _fail("no answer; nothing changed", 1)
        except BrokenPipeError:  # the reader left (`dvdtrack films | head`): stop quietly, as `cat` does
            with contextlib.suppress(OSError, ValueError):  # further writes, even at exit, go nowhere
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(141) from None
        except typer.Exit:
            raise
        except UnicodeEncodeError as exc:
            if "surrogates" not in exc.reason:
                _fail(f"internal error (UnicodeEncodeError: {_first_line(exc)}); please report it", 70)
            # bytes of the command line that are not UTF-8 (a terminal in Latin-1): Python keeps them as
            # surrogates, which a file name may hold but no stored or printed text can
            bad = exc.object[exc.start:exc.end].encode("utf-8", "surrogateescape")
            _fail(f"a value on the command line is not UTF-8 (bytes {bad!r}); set the terminal to UTF-8", 2)
        except Exception as exc:  # the last guard: a user must never see a traceback
            if _is_db_error(exc):
                line = _first_line(exc)
                if line == "database is locked":  # SQLite's busy wait ended (`store.sql.begin_immediate`)
                    line += " by another writer, which held it for 30 s; try again"
                _fail(f"database error: {line}", 1)
            if os.environ.get("DVDTRACK_DEBUG"):
                raise  # developers see the traceback; users get one line
            _fail(f"internal error ({type(exc).__name__}: {_first_line(exc)}); please report it "
                  "(DVDTRACK_DEBUG=1 shows details)", 70)

    return wrapper


def interrupted() -> str:
    """What an interrupted command says: nothing was written, or which change it stored before.

    >>> from dvdtrack.store.history import note_stored
    >>> note_stored(None); interrupted()
    'interrupted; nothing was written'
    >>> note_stored(7); interrupted()
    'interrupted after it stored change #7 (`dvdtrack history` shows it, `dvdtrack undo 7` takes it back)'
    >>> note_stored(None)
    """
    from dvdtrack.store.history import stored_change

    change = stored_change()
    if change is None:
        return "interrupted; nothing was written"
    return (f"interrupted after it stored change #{change} (`dvdtrack history` shows it, "
            f"`dvdtrack undo {change}` takes it back)")


def _is_db_error(exc: Exception) -> bool:
    import sqlite3

    if isinstance(exc, sqlite3.Error):  # the driver run without SQLAlchemy (`store.reader`, `store.plain`)
        return True
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError)


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__


def _fail(message: str, code: int) -> None:
    print(f"dvdtrack: error: {printable(message, one_line=True)}", file=sys.stderr)
    raise typer.Exit(code)


def state(ctx: typer.Context) -> State:
    """The State object set by the app callback."""
    return ctx.find_root().obj or State()


# Commands that only read: they open the database read-only, never create one (but the default
# database on first use) and never write a schema into a file that is not dvdtrack's.
READERS = {"find", "films", "film", "show", "compare", "lists", "export", "db check", "copies", "collection"}
# Commands that may make a new database: every other one needs a database that exists (`undo` or
# `own` on a mistyped --db path is an error, never a new empty catalogue beside the real one).
CREATORS = {"add", "import", "scan", "db upgrade"}


def open_engine(ctx: typer.Context, write: bool | None = None, dry_run: bool = False):
    """Open the database chosen by --db / $DVDTRACK_DB / the default: for writing (created or
    upgraded as needed) or, for a command in READERS unless `write` says otherwise, read-only.
    Only CREATORS make a database that does not exist (and any command the default one, on first
    use); a `dry_run` writes only to roll back, so it creates none either."""
    from dvdtrack.store.database import open_engine as _open
    from dvdtrack.store.location import resolve_url

    url = resolve_url(state(ctx).db)
    if write is None:
        write = command_name(ctx) not in READERS
    first_use = _first_use(url)
    missing = url.startswith("sqlite") and not _exists(url)
    if dry_run and missing and command_name(ctx) in CREATORS:  # `import --dry-run` before any import:
        return _open("sqlite://", read_only=False)  # as into an empty database, made in memory and gone
    if not first_use and (dry_run or (missing and command_name(ctx) not in CREATORS)):
        _open(url, read_only=True).dispose()  # refuses a missing database as readers do
    return _open(url, read_only=not (write or first_use))


def open_reader(ctx: typer.Context):
    """A reader (`store.reader`) of the database, for a command that only reads: plain SQL through
    `sqlite3` on a current SQLite file (no ORM loaded), else through the engine `open_engine` opens."""
    from dvdtrack.store.location import resolve_url
    from dvdtrack.store.reader import open_reader as _open

    url = resolve_url(state(ctx).db)
    return _open(url, create=_first_use(url))


def _first_use(url: str) -> bool:
    """The default database does not exist yet: a reading command creates it (once)."""
    from dvdtrack.store.location import default_url

    return url == default_url() and not _exists(url)


@contextlib.contextmanager
def write_session(ctx: typer.Context):
    """The ORM session a command changes the database through: it holds the write lock, and is
    committed when the block ends (rolled back, so nothing changes, when it raises). Commands open
    their writing sessions here only, so what every write needs is added in this one place."""
    from dvdtrack.store.database import session

    with session(open_engine(ctx, write=True), write=True) as s, s.begin():
        yield s


@contextlib.contextmanager
def write_sql(ctx: typer.Context):
    """SQL (`store.sql`) in a write transaction that holds the write lock and is recorded, committed
    when the block ends (rolled back when it raises): on a plain `sqlite3` connection when the database
    is a current SQLite file (`store.plain`: no ORM loaded), else on an engine `open_engine` opens."""
    from dvdtrack.store import plain
    from dvdtrack.store.location import resolve_url

    url = resolve_url(state(ctx).db)
    sql = None if _first_use(url) else plain.open_writer(url)
    if sql is not None:
        with plain.transaction(sql) as inside:
            yield inside
        return
    from dvdtrack.store.database import write_transaction
    from dvdtrack.store.sql import Sql

    with write_transaction(open_engine(ctx, write=True)) as conn:
        yield Sql.of(conn)


def command_name(ctx: typer.Context) -> str:
    """The command's words after `dvdtrack`: `find`, `db check`."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.info_name)
        ctx = ctx.parent
    return " ".join(reversed(names))


def _exists(url: str) -> bool:
    from pathlib import Path

    return Path(url.removeprefix("sqlite:///")).exists()


def load_grammars():
    """Built-in plus user grammars."""
    from dvdtrack.reading.grammar.loading import load_grammars as _load
    from dvdtrack.reading.grammar.loading import user_grammar_dirs

    return _load(user_grammar_dirs())
