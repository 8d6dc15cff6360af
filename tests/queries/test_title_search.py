"""Title search folds the spellings of transliterations alike in Python and in SQL, on both engines,
and asks SQL to fold only keys that may hold the word (a pre-filter that never loses a match)."""

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from dvdtrack.queries.films import search_fold, untouched_runs

# the letters the folds read and write, and a few they leave alone
LETTERS = "abeiyojkhtscx rn"


def _strings(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_sql_folds_as_python_does(engine):
    from sqlalchemy import literal, select

    from dvdtrack.queries.films import folded_in_sql

    keys = _strings(random.Random(19), 300)
    with engine.connect() as conn:
        assert list(conn.execute(select(*[folded_in_sql(literal(k)) for k in keys])).one()) == list(map(search_fold, keys))


@given(st.text(LETTERS, max_size=14), st.text(LETTERS, min_size=1, max_size=6))
def test_a_key_whose_fold_holds_the_word_holds_its_untouched_runs(key, word):
    folded = search_fold(word)
    if folded in search_fold(key):
        assert re.search(".*".join(map(re.escape, untouched_runs(folded))), key, re.S), (key, word)


def test_transliterations_fold_alike():
    assert search_fold("andrey rublyov") == search_fold("andrei rublev")
    assert search_fold("zhestokij") == search_fold("zhestokiy") == search_fold("zhestoky")
    assert search_fold("mikhail") == search_fold("mihail") and search_fold("maxim") == search_fold("maksim")
