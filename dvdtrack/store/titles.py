"""Title keys and title similarity: one rule for matching films and searching titles.

A key folds case, punctuation, diacritics and script (Cyrillic → Latin via anyascii) and drops
leading articles, so the same title written differently gives the same or a close key.

Matching compares match keys (`match_keys`): keys whose part markers (numbers, Roman numerals,
number words next to `Part`, `Часть`, `Folge` … — `grammars/words/part_markers.toml`) are written
as numbers. Titles whose markers differ are never the same film, however alike the rest is.

>>> title_key("The Cranes Are Flying"), title_key("Летят журавли"), title_key("Hébreu!")
('cranes are flying', 'letyat zhuravli', 'hebreu')
>>> same_title(["The Irony of Fate"], ["The Irony of Fate, or Enjoy Your Bath!"])
True
>>> same_title(["The Letter"], ["The Letter Never Sent"])
False
>>> same_title(["Police Academy 2"], ["Police Academy 3"]), same_title(["Rocky Part II"], ["Rocky Part 2"])
(False, True)
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from dvdtrack.reading.grammar.files import data_file

_ARTICLES = re.compile(r"^(?:the|a|an|le|la|les|l|der|die|das|el|il|lo|gli|i)\s+")
_PUNCT = re.compile(r"[^\w\s]|_")
STRONG = 90
_MARKERS = data_file("words/part_markers.toml")
_SEGMENT = re.compile(r"\s*(?:,\s*or|:|\s-\s|\(|\)|\s/\s|;)\s*", re.I)  # where a subtitle starts
_YEAR = re.compile(r"\(\s*(?:1[89]|20)\d\d\s*\)")  # `(1971)`: the film's year, not a part of its title
_GROUPED = re.compile(r"(?<=\d)[,.](?=\d{3}(?!\d))")  # `2,000 Maniacs`
_FRACTION = re.compile(r"(?<=\d)(?=[\u00bc-\u00be\u2150-\u215e])")  # `8½`: eight and a half, not 81/2
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_ONES = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
_ROMAN = {"x" * (n // 10) + _ONES[n % 10]: n for n in range(1, 40)}


@lru_cache(maxsize=16384)  # a title's key is asked for by matching, remembering and storing
def title_key(title: str) -> str:
    """Folded key of a title: ascii, lowercase, no punctuation, no leading article."""
    text = anyascii(unicodedata.normalize("NFKC", title)).lower()
    text = " ".join(_PUNCT.sub(" ", text.replace("'", "")).split())
    return _ARTICLES.sub("", text)


@lru_cache(maxsize=1)
def _marker_words() -> tuple[frozenset[str], dict[str, int], dict[str, int]]:
    """Part words, cardinal and ordinal number words (`grammars/words/part_markers.toml`), folded as keys."""
    data = tomllib.loads(_MARKERS.read_text(encoding="utf-8"))
    cardinals, ordinals = ({title_key(w): int(n) for n, words in data[table].items() for w in words}
                           for table in ("cardinals", "ordinals"))
    return frozenset(title_key(w) for w in data["part_words"]), cardinals, ordinals


@lru_cache(maxsize=16384)
def match_keys(title: str) -> tuple[str, str]:
    """(key, main key) of a title for matching: folded as `title_key`, each part marker written as
    its number; the main key is the title without its subtitle, but with a part named after it.

    >>> match_keys("The Godfather: Part II"), match_keys("Война и мир. Фильм первый")
    (('godfather part 2', 'godfather part 2'), ('voyna i mir film 1', 'voyna i mir film 1'))
    >>> match_keys("Star Wars: Episode IV - A New Hope"), match_keys("The Twelve Chairs (1971)")
    (('star wars episode 4 a new hope', 'star wars episode 4'), ('twelve chairs', 'twelve chairs'))
    """
    text = _GROUPED.sub("", _FRACTION.sub(" ", _YEAR.sub(" ", unicodedata.normalize("NFC", title))))
    segments = [words for words in map(_canonical, _SEGMENT.split(text)) if words] or [[]]  # `(500) Days …`
    main = segments[0] + (segments[1][:2] if len(segments) > 1 and _names_part(segments[1]) else [])
    return (_ARTICLES.sub("", " ".join(w for words in segments for w in words)),
            _ARTICLES.sub("", " ".join(main)))


def _names_part(words: list[str]) -> bool:
    return len(words) > 1 and words[0] in _marker_words()[0] and words[1].isdigit()


def _canonical(segment: str) -> list[str]:
    """The folded words of one segment of a title, part markers as numbers.

    >>> _canonical("Rocky II"), _canonical("вторая серия"), _canonical("The King and I"), _canonical("I Am")
    (['rocky', '2'], ['2', 'seriya'], ['the', 'king', 'and', '1'], ['i', 'am'])
    """
    tokens = _TOKEN.findall(anyascii(unicodedata.normalize("NFKC", segment)).replace("'", ""))
    words = [t.lower() for t in tokens]
    parts = _marker_words()[0]
    out = []
    for i, (token, word) in enumerate(zip(tokens, words)):
        after, before = i > 0 and words[i - 1] in parts, i + 1 < len(words) and words[i + 1] in parts
        value = _number(token, word, after, before, last=0 < i == len(words) - 1)
        out.append(word if value is None else str(value))
    return out


def _number(token: str, word: str, after: bool, before: bool, last: bool) -> int | None:
    """The number a word stands for as a part marker, or None: digits always; a Roman numeral
    after a part word, in capitals (a single letter only last: `Henry V`, not `I Am Cuba`), or
    last (`Rocky ii`); a number word after a part word (ordinals before one too)."""
    if word.isdigit():
        return int(word)
    _, cardinals, ordinals = _marker_words()
    if word in _ROMAN and (after or (token.isupper() and (len(word) > 1 or last)) or (last and len(word) > 1)):
        return _ROMAN[word]
    return (cardinals.get(word) if after else None) or (ordinals.get(word) if after or before else None)


def _markers(key: str) -> list[str]:
    return [w for w in key.split() if w.isdigit()]


def compatible(ka: str, ma: str, kb: str, mb: str) -> bool:
    """Whether two match keys may name one film: the same markers in their main titles, and in
    their subtitles too when both have one (`Police Academy 2` may be `… 2: Their First Assignment`).
    """
    return _markers(ma) == _markers(mb) and (ka == ma or kb == mb or _markers(ka) == _markers(kb))


def title_score(a: str, b: str) -> float:
    """Similarity of two titles, 0-100, tolerant of transliteration, subtitles and inserted words;
    0 when their part markers differ."""
    return keys_score(*match_keys(a), *match_keys(b))


def keys_score(ka: str, ma: str, kb: str, mb: str) -> float:
    """`title_score` from precomputed match keys (film matching keeps them in memory). A main title
    agreeing stands for the whole one only when one side has no subtitle: `Three Colours: Blue` is
    not `Three Colours: White`."""
    if not ka or not kb or not compatible(ka, ma, kb, mb):
        return 0.0
    if ka == kb:
        return 100.0
    if ma == mb and (ka == ma or kb == mb) and len(ma.split()) >= 2:
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


def blocking_keys(key: str, main: str) -> set[str]:
    """First three letters of each word (shorter words whole), after the main title's markers: two
    match keys that could score ≥ 90 share one. (Whole words would add nothing: a film sharing a
    word shares its first letters; and titles with other markers never match.)

    >>> sorted(blocking_keys("letiat zhuravli v", "letiat zhuravli v")), sorted(blocking_keys("film 12", "film 12"))
    ([' let', ' v', ' zhu'], ['12 12', '12 fil'])
    """
    prefix = " ".join(_markers(main))
    return {f"{prefix} {w[:3]}" for w in key.split()}


def script_of(title: str) -> str:
    """The main script of a title: Latin, Cyrillic, Greek, … (by Unicode character names)."""
    for ch in title:
        if ch.isalpha():
            return unicodedata.name(ch, "UNKNOWN").split()[0].title()
    return "Common"
