"""The order of film titles, the same on every engine: as a reader looks them up, case and a Latin
letter's accents ignored (`Terminal`, `THE ABYSS`, `The Cranes…`; `Été` among the E's), then by code point. Each letter is
mapped to one other by one table (`TITLE_FOLD`), applied by `translate()` on PostgreSQL and by a
function dvdtrack registers on each SQLite connection (`register_sqlite`), and the results are
compared by code point on both: the same order on both engines, whatever their locale or build.
No SQLAlchemy here: `store.reader` reads a SQLite file without it (`store.collation.titlewise` is
the same order in SQLAlchemy queries).

>>> title_order("THE ABYSS"), title_order("Été violent"), title_order("ЛЕТЯТ ЖУРАВЛИ"), title_order("Straße")
('the abyss', 'ete violent', 'летят журавли', 'straße')
>>> sorted(["The Cranes", "THE ABYSS", "Terminal", "LONG RIDE", "La casa"], key=title_order)
['La casa', 'LONG RIDE', 'Terminal', 'THE ABYSS', 'The Cranes']
"""

from __future__ import annotations

import unicodedata
from itertools import chain

SQLITE_FUNCTION = "dvdtrack_title_order"  # registered on each SQLite connection dvdtrack opens
_CASED = chain(range(0x41, 0x5B), range(0xC0, 0x250), range(0x1E00, 0x1F00), range(0x370, 0x400), range(0x400, 0x530))


def _fold(char: str) -> str:
    """A letter in lower case; a Latin one without its accents (Greek and Cyrillic keep theirs: й is no и)."""
    lower = char.lower()
    if unicodedata.name(char, "").startswith("LATIN"):
        base = "".join(c for c in unicodedata.normalize("NFD", lower) if not unicodedata.combining(c))
        lower = base if len(base) == 1 else lower
    return lower


def _fold_table() -> tuple[str, str]:
    pairs = [(c, f) for c in map(chr, _CASED) if len(f := _fold(c)) == 1 and f != c]
    return "".join(c for c, _ in pairs), "".join(f for _, f in pairs)


TITLE_FOLD = _fold_table()  # (letters, what each becomes): one letter for one, no quote among them
_TABLE = str.maketrans(*TITLE_FOLD)


def title_order(title: str | None) -> str | None:
    """What titles are ordered by: each letter of `TITLE_FOLD` mapped, everything else as it is."""
    return None if title is None else title.translate(_TABLE)


def register_sqlite(connection) -> None:
    """Give a `sqlite3` connection the function `titlewise` orders by (deterministic: usable in an index)."""
    connection.create_function(SQLITE_FUNCTION, 1, title_order, deterministic=True)


def title_order_sql(column: str, dialect: str) -> str:
    """SQL text ordering `column` by `title_order` on the dialect's engine.

    >>> title_order_sql("film.title", "sqlite")
    'dvdtrack_title_order(film.title)'
    >>> title_order_sql("film.title", "postgresql").startswith("translate(film.title, 'ABC")
    True
    """
    if dialect == "postgresql":
        return f"translate({column}, '{TITLE_FOLD[0]}', '{TITLE_FOLD[1]}') COLLATE \"C\""
    return f"{SQLITE_FUNCTION}({column})"
