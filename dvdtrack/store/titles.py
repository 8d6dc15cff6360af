"""Title keys and title similarity: one rule for matching films and searching titles.

A key folds case, punctuation, diacritics and script (Cyrillic → Latin via anyascii) and drops
leading articles, so the same title written differently gives the same or a close key.

>>> title_key("The Cranes Are Flying"), title_key("Летят журавли"), title_key("Hébreu!")
('cranes are flying', 'letyat zhuravli', 'hebreu')
>>> same_title(["The Irony of Fate"], ["The Irony of Fate, or Enjoy Your Bath!"])
True
>>> same_title(["The Letter"], ["The Letter Never Sent"])
False
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

_ARTICLES = re.compile(r"^(?:the|a|an|le|la|les|l|der|die|das|el|il|lo|gli|i)\s+")
_SUBTITLE = re.compile(r"\s*(?:,\s*or|:|\s-\s|\(|\s/\s|;).*$", re.I)
_PUNCT = re.compile(r"[^\w\s]|_")
STRONG = 90


@lru_cache(maxsize=16384)  # a title's key is asked for by matching, remembering and storing
def title_key(title: str) -> str:
    """Folded key of a title: ascii, lowercase, no punctuation, no leading article."""
    text = anyascii(unicodedata.normalize("NFKC", title)).lower()
    text = " ".join(_PUNCT.sub(" ", text.replace("'", "")).split())
    return _ARTICLES.sub("", text)


@lru_cache(maxsize=16384)
def main_key(title: str) -> str:
    """Key of the title without its subtitle: `The Irony of Fate, or Enjoy Your Bath!` → `irony of fate`."""
    return title_key(_SUBTITLE.sub("", title))


def title_score(a: str, b: str) -> float:
    """Similarity of two titles, 0-100, tolerant of transliteration, subtitles and inserted words."""
    return keys_score(title_key(a), main_key(a), title_key(b), main_key(b))


def keys_score(ka: str, ma: str, kb: str, mb: str) -> float:
    """`title_score` from precomputed keys and main keys (film matching keeps them in memory)."""
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    if ma == mb and len(ma.split()) >= 2:
        return 95.0
    score = fuzz.ratio(ka, kb)
    if min(len(ka.split()), len(kb.split())) >= 3:
        score = max(score, fuzz.token_set_ratio(ka, kb) - 2)
    return score


def same_title(titles_a: list[str], titles_b: list[str], threshold: float = STRONG) -> bool:
    """True when any title of one side strongly agrees with any title of the other."""
    return best_score(titles_a, titles_b) >= threshold


def best_score(titles_a: list[str], titles_b: list[str]) -> float:
    """The best pairwise title score between two title lists."""
    return max((title_score(a, b) for a in titles_a for b in titles_b), default=0.0)


def blocking_keys(key: str) -> set[str]:
    """First three letters of each word (shorter words whole): two titles that could score ≥ 90
    share one. (Whole words would add nothing: a film sharing a word shares its first letters.)

    >>> sorted(blocking_keys("letiat zhuravli v"))
    ['let', 'v', 'zhu']
    """
    return {w[:3] for w in key.split()}


def script_of(title: str) -> str:
    """The main script of a title: Latin, Cyrillic, Greek, … (by Unicode character names)."""
    for ch in title:
        if ch.isalpha():
            return unicodedata.name(ch, "UNKNOWN").split()[0].title()
    return "Common"
