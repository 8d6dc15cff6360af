"""The names closest to a misspelt one, for "did you mean" in error messages: the same on every run.

Scores come from rapidfuzz (WRatio); names that score alike keep the order they were given in, so a
caller that gives them sorted gets the same suggestions whatever the hash seed or the database's
row order.

>>> closest("hebrw", ["german", "hebrew", "hindi"])
[1, 0, 2]
>>> closest("abc", ["abe", "abd", "xyz"], limit=2, cutoff=50)
[0, 1]
"""

from __future__ import annotations

from collections.abc import Sequence


def closest(text: str, choices: Sequence[str], limit: int = 3, cutoff: float = 0) -> list[int]:
    """Indexes of the (at most `limit`) choices closest to `text` scoring at least `cutoff`, best first;
    equal scores in the order of `choices`."""
    from rapidfuzz import fuzz, process  # loaded for a suggestion only, not by every command that may make one

    scored = process.extract(text, choices, scorer=fuzz.WRatio, limit=None, score_cutoff=cutoff)
    return [index for _, _, index in sorted(scored, key=lambda found: (-found[1], found[2]))[:limit]]
