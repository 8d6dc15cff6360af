"""The words the reader knows (`grammars/words/vocab.toml`), as lists and as regex alternations.

>>> "minuti" in words("minutes")
True
>>> import re
>>> bool(re.fullmatch(alternation("about"), "ca."))
True
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from dvdtrack.reading.grammar.files import data_file


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, tuple[str, ...]]:
    """Every word list of the vocabulary file, by name."""
    data = tomllib.loads(data_file("words/vocab.toml").read_text(encoding="utf-8"))
    return {name: tuple(values) for name, values in data.items()}


def words(name: str) -> tuple[str, ...]:
    """One word list (a KeyError names a list the file lacks)."""
    return vocabulary()[name]


def alternation(name: str, upper: bool = False) -> str:
    r"""The words of a list as a regex alternation, longest first, spaces matching any whitespace.

    >>> alternation("seconds")
    'sec|s'
    >>> alternation("yes").count("there\\s")
    2
    """
    ordered = sorted(words(name), key=len, reverse=True)
    return "|".join(re.escape(w.upper() if upper else w).replace(r"\ ", r"\s") for w in ordered)


class WordType:
    """A field type reading any word of a list, in any case, as written (for words a pattern skips:
    `{:CreditBy}` is `De`, `Di` or `by`); an instance pickles with its pattern, for reading processes.

    >>> import parse
    >>> parse.parse("{:W} {who}", "Regia di Ingrid Vall", extra_types={"W": WordType("credit_by")})["who"]
    'Ingrid Vall'
    """

    regex_group_count = 0

    def __init__(self, name: str) -> None:
        self.pattern = f"(?i:{alternation(name)})"

    def __call__(self, text: str) -> str:
        return text
