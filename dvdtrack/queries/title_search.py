"""Title search: films a title of which holds every word searched for, in any order and any script,
the spellings of transliterations folded (`grammars/words/transliteration.toml`). Its SQL is text
with named parameters, run as it is by `store.reader` and inside `find`'s query alike:

>>> search_fold(title_key("Андрей Рублёв")) == search_fold(title_key("Andrei Rublev")) == search_fold("andrey rublyov")
True
>>> sql, params = title_search("cranes flying")
>>> sql.startswith("SELECT filmtitle.film_id FROM filmtitle WHERE"), sorted([params["t0"], params["t1"]])
(True, ['cranes', 'flying'])
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from dvdtrack.reading.grammar.files import data_file
from dvdtrack.store.titles import title_key

_KEY = 'filmtitle."key"'


def title_search(text: str) -> tuple[str, dict]:
    """The SELECT of the ids of films a title of which holds every word of `text` (`cranes flying`
    finds `The Cranes Are Flying`), and its parameters: each word as written or with its
    transliteration folded (`search_fold`), both in the word and in the title's key. A key is folded
    only when it holds, in order, the word's runs of letters no fold writes (`andr` of `andrei`):
    folding every key would cost ten times the search. A word of digits is a whole number of the title.
    The words that rule out most keys come first."""
    words = sorted(title_key(text).split(), key=lambda word: -len("".join(untouched_runs(search_fold(word)))))
    folded_key = folded_in_sql(_KEY, _text_replace)
    conditions, params = [], {}
    for i, word in enumerate(words):
        if word.isdigit():  # a number is a whole number of a title: `1 2` is not in `26.11.2002`, `2001` is
            params[f"t{i}"] = word
            conditions.append(f"' ' || {_KEY} || ' ' LIKE '% ' || :t{i} || ' %'")
            continue
        folded = search_fold(word)
        params |= {f"t{i}": word, f"t{i}s": "%" + "%".join(untouched_runs(folded)) + "%", f"t{i}f": folded}
        # a key, and so a word of one, holds only lower-case letters, digits and spaces: nothing LIKE reads
        conditions.append(f"({_KEY} LIKE '%' || :t{i} || '%' OR {_KEY} LIKE :t{i}s AND "
                          f"{folded_key} LIKE '%' || :t{i}f || '%')")
    return "SELECT filmtitle.film_id FROM filmtitle WHERE " + (" AND ".join(conditions) or "1 = 1"), params


@lru_cache(maxsize=1)
def _folds() -> tuple[tuple[str, str], ...]:
    data = tomllib.loads(data_file("words/transliteration.toml").read_text(encoding="utf-8"))
    return tuple((old, new) for old, new in data["folds"])


def search_fold(key: str) -> str:
    """A title key with the spellings of transliterations folded, as searching compares them.

    >>> search_fold("tarkovskiy"), search_fold("mikhail"), search_fold("aleksey"), search_fold("pyotr")
    ('tarkovski', 'mihail', 'aleksei', 'petr')
    """
    for old, new in _folds():
        key = key.replace(old, new)
    return key


def untouched_runs(word: str) -> list[str]:
    """The runs of a folded word's letters that no fold writes: a key whose fold holds the word holds
    them as they are, whole and in order (what no fold writes was never rewritten, and no fold deletes).

    >>> untouched_runs(search_fold("andrei")), untouched_runs(search_fold("rublyov")), untouched_runs("tokio")
    (['andr'], ['rubl', 'v'], ['to', 'o'])
    """
    written = "".join(sorted({c for _, new in _folds() for c in new}))
    return re.findall(f"[^{re.escape(written)}]+", word)


def folded_in_sql(column, replace=None):
    """`search_fold` in SQL: `replace` works alike on both engines (every occurrence, left to right).
    `column` is a SQLAlchemy expression (`replace`: `func.replace`) or SQL text with `_text_replace`.

    >>> folded_in_sql("k", _text_replace).count("replace(")
    8
    """
    if replace is None:
        from sqlalchemy import func

        replace = func.replace
    for old, new in _folds():
        column = replace(column, old, new)
    return column


def _text_replace(column: str, old: str, new: str) -> str:
    return f"replace({column}, {_quoted(old)}, {_quoted(new)})"


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
