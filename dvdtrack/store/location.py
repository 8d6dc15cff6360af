"""Where the database is: `--db`, else $DVDTRACK_DB, else the user data dir; plain paths as SQLite URLs.

Apart from the engine (`database`), so that `dvdtrack db path` prints it without loading SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path

from dvdtrack.errors import DatabaseError

ENV_VAR = "DVDTRACK_DB"


def default_path() -> Path:
    """`dvdtrack.db` in the user data dir (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("dvdtrack", appauthor=False)) / "dvdtrack.db"


class WrongDatabase(DatabaseError):
    """The database named is not one dvdtrack may use: missing for a reading command, another
    program's file, or made by a newer dvdtrack."""

    exit_code = 2


def resolve_url(db: str | None) -> str:
    """`--db` wins, then $DVDTRACK_DB, then the default file; plain paths become SQLite URLs.

    >>> resolve_url("postgresql://host/db")
    'postgresql://host/db'
    >>> resolve_url("")
    Traceback (most recent call last):
    dvdtrack.store.location.WrongDatabase: --db is empty: give a database path or URL
    >>> resolve_url("sqlite://")
    Traceback (most recent call last):
    dvdtrack.store.location.WrongDatabase: sqlite:// names no file: a database in memory keeps nothing between commands; give a file path
    """
    if db is not None and not db.strip():
        raise WrongDatabase("--db is empty: give a database path or URL")
    value = db or os.environ.get(ENV_VAR) or str(default_path())
    if value.removeprefix("sqlite://").removeprefix("/") in ("", ":memory:") or "mode=memory" in value:
        raise WrongDatabase(f"{value} names no file: a database in memory keeps nothing between commands; "
                            "give a file path")
    if "://" not in value and "?" in value:  # a URL would read what follows as its options
        raise WrongDatabase(f"cannot use a database path with '?' in it: {value}")
    return value if "://" in value else _file_url(value)


def default_url() -> str:
    """The URL of the default database (the one a reading command still creates on first use)."""
    return _file_url(str(default_path()))


def _file_url(path: str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"
