"""The cue words of prose (`grammars/words/prose.toml`) as patterns; sentences; language words.

>>> bool(cue("layers_dual").search("Диск двухслойный."))
True
>>> sentences("Il dvd è in 2.35:1. Regione 2 PAL! Ok")
['Il dvd è in 2.35:1.', 'Regione 2 PAL!']
>>> number("eighty-eight"), number("due"), number("12")
(88, 2, 12)
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from bisect import bisect_right
from functools import lru_cache


from dvdtrack.reading.grammar.files import data_file
from dvdtrack.reading.grammar.kept import regex, trie

# a sentence ends after it (and so does a line); not after an initial (`C. Galmiche`)
_SENTENCE_END = re.compile(r"(?:(?<!(?<![^\W_])[A-ZÀ-ÖØ-ÞА-ЯЁ])\.|[!?])(?=\s)|。|\n")
_ELISION = re.compile(r"^[^\W\d_]{1,5}['’]")  # `l'italiano`, `dell'inglese`
_LONGEST_NAME = 20  # letters of a language's name, at most
_NUMBER_PARTS = re.compile(r"[-\s]+(?:and\s+)?")


@lru_cache(maxsize=1)
def data() -> dict:
    """The prose cue file, as read."""
    return tomllib.loads(data_file("words/prose.toml").read_text(encoding="utf-8"))


def words(name: str) -> list[str]:
    """A word list of the cue file, from its `[values]` or `[phrases]` table."""
    tables = data()
    return tables["values"].get(name) or tables["phrases"][name]


def alternation(items, stems: bool = True) -> str:
    r"""Cue words as a regex trie (`grammar.trie`): a `-` in a word matches a space or none too, and a
    word ending in a letter matches the words it begins (`двухслойн` → `двухслойный`; not with
    `stems=False`).

    >>> alternation(["dual-layer", "rsdl"])
    '(?:(?:dual(?:\\s+layer|\\-layer|layer)|rsdl))[^\\W\\d_]*'
    """
    variants = {v.lower() for item in items for v in (item, item.replace("-", " "), item.replace("-", ""))}
    body = trie(sorted(variants)).replace("\\ ", "\\s+")
    stem = stems and any(item[-1:].isalpha() for item in items)
    return f"(?:{body})[^\\W\\d_]*" if stem else body


@lru_cache(maxsize=None)
def cue(name: str) -> Cue:
    """The words of a list as a `Cue` (`layers_dual`, `layers_single`: the `[layers]` table's words of
    each format)."""
    if name.startswith("layers_"):
        wanted = {"dual": "DVD9", "single": "DVD5"}[name.removeprefix("layers_")]
        items = [word for word, fmt in data()["layers"].items() if fmt == wanted]
    else:
        items = words(name)
    return Cue(alternation(items))


class Cue:
    """Cue words found at a word's start, in a text's lower case (`lower`): a pattern without `re.I`
    and without a look behind, which `re` tries fast; positions are the text's own.

    >>> [m.start() for m in cue("subtitle_words").finditer("Subs: English SUBTITLES, no subtitlesX")]
    [0, 14, 28]
    >>> [m.group() for m in cue("extras_cue").finditer("It has thefollowing extras: a trailer")]
    ['extras:']
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lower(text)
        match = self.pattern.search(low, pos, endpos)
        while match is not None:
            if not match.start() or not low[match.start() - 1].isalnum():
                yield match
                pos = max(match.end(), match.start() + 1)
            else:  # inside a word (`thefollowing extras:`): a cue may start later inside the match
                pos = match.start() + 1
            match = self.pattern.search(low, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)


def lower(text: str) -> str:
    """A text in lower case, of its own length (a letter whose lower case is longer stays)."""
    if isinstance(text, Sentence):
        return text.folded
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) > 1 else c.lower() for c in text)


def numbers_alternation() -> str:
    """A count in digits or in number words (`88`, `eighty-eight`, `due`)."""
    one = alternation([w for w in data()["numbers"] if w.isalpha()], stems=False)
    return rf"\d{{1,3}}|(?:{one})(?:[-\s](?:and\s)?(?:{one}))*(?![^\W\d_])"


def number(text: str) -> int | None:
    """`eighty-eight` → 88, `one hundred and twenty` → 120, `2` → 2; None for no number."""
    if text.isdigit():
        return int(text)
    values = data()["numbers"]
    total = 0
    for part in _NUMBER_PARTS.split(text.casefold()):
        value = values.get(part)
        if value is None:
            return None
        total = total * value if value == 100 and total else total + value
    return total or None


@lru_cache(maxsize=None)
def _literals(names: tuple[str, ...]) -> tuple[str, ...]:
    """The longest part (between spaces and `-`) of each cue word of lists, in lower case: a sentence
    holding a cue word holds it."""
    found = set()
    for name in names:
        table = data()
        for part in name.split("."):  # `regions.free`: a list inside a table
            table = table[part] if part in table else words(part)
        items = list(table)  # a list's words, or a table's keys
        found |= {max(re.split(r"[-\s]", item.lower()), key=len) for item in items}
    return tuple(sorted(found))


def among(sentences: list[str], *names: str) -> list[str]:
    """The sentences that hold a cue word of the lists `names` (its longest part, `_literals`): a cheap
    sieve before a finder's patterns, which are costly on long sentences. A `Sentence` knows the lists
    it holds a word of (`sentences` finds them in one pass over its paragraph).

    >>> among(["A film.", "Region 2.", "Two discs."], "disc_words", "regions.before")
    ['Region 2.', 'Two discs.']
    """
    wanted = set(names)
    return [s for s in sentences if wanted & (s.lists if isinstance(s, Sentence) else _lists_in(lower(s)))]


# The word lists `among` sieves sentences with (the `[sieves]` table's too: `system`, `ratio`, `dvd_layers`)
SIEVED = ("prose_minutes", "disc_words", "disc_counts", "layers", "regions.before", "regions.free", "regions.named",
          "audio_words", "codecs", "subtitle_words", "director_cue", "director_noun", "extras_cue", "extras_word",
          "extras_cue_disc", "contents_verbs", "contents_said", "extras_more", "disc_mention", "other_release",
          "sieves.system", "sieves.ratio", "sieves.dvd_layers", "sieves.region_codes")


@lru_cache(maxsize=1)
def _sieve() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """One pattern finding the longest literal of every sieved list (one literal inside another's
    match is not seen: the sieve's lists are kept apart enough for that); and the lists of each
    literal, with those of the shorter literals it begins with (`dvds` is a `dvd`)."""
    table: dict[str, set[str]] = {}
    for name in SIEVED:
        for literal in _literals((name,)):
            table.setdefault(literal, set()).add(name)
    full = {literal: frozenset().union(*(table.get(literal[:n], ()) for n in range(1, len(literal) + 1)))
            for literal in table}
    return regex(trie(sorted(table))), full


def _found_lists(low: str) -> list[tuple[int, frozenset[str]]]:
    """Where a lower-case text holds a literal of a sieved list, and its lists."""
    pattern, full = _sieve()
    return [(match.start(), full[match.group()]) for match in pattern.finditer(low)]


def _lists_in(low: str) -> frozenset[str]:
    return frozenset().union(*(lists for _, lists in _found_lists(low)))


class Sentence(str):
    """A sentence, with its text in lower case (`folded`) and the sieved lists it holds a word of (`lists`)."""

    folded: str
    lists: frozenset[str]

    def __new__(cls, text: str, folded: str, lists: frozenset[str]) -> Sentence:
        made = super().__new__(cls, text)
        made.folded, made.lists = folded, lists
        return made


def sentences(text: str) -> list[str]:
    """A paragraph's sentences that hold a cue word: split after `.`, `!`, `?` and a space (never inside
    `2.35:1`), or after `。`; the lists of each, found in one pass over the paragraph."""
    low = lower(text)  # of the text's length: each sentence's lower case is a slice of it
    hits = _found_lists(low)
    if not hits:  # a sentence holding no cue word tells nothing
        return []
    cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    lists: dict[int, set[str]] = {}
    for at, found in hits:
        lists.setdefault(bisect_right(cuts, at) - 1, set()).update(found)
    out = []
    for i, held in sorted(lists.items()):
        a, b = cuts[i], cuts[i + 1]
        sentence = text[a:b].strip()
        start = a + text[a:b].index(sentence[0])
        out.append(Sentence(sentence, low[start:start + len(sentence)], frozenset(held)))
    return out


def of_this_disc(found: list[str]) -> list[str]:
    """The sentences not `about_another` disc."""
    another = set(among(found, "other_release"))
    return [s for s in found if s not in another or not about_another(s)]


def about_another(sentence: str) -> bool:
    """A sentence about another disc or medium (`the current UK R2 release`, `the Blu-ray`): none of its
    values is the release's.

    >>> about_another("This is similar to the current UK R2 release."), about_another("Region 2 PAL.")
    (True, False)
    """
    return cue("other_release").search(sentence) is not None


@lru_cache(maxsize=8192)
def language_of(word: str) -> str | None:
    """The ISO 639-1 code a word names as a language (`italiano`, `l'inglese`, `русском`, `Cantonese`),
    else None: only names of four letters or more, and only a major language (`Mono` is no language).

    >>> [language_of(w) for w in ("l'italiano", "Cantonese", "русском", "Mono", "Dolby", "US", "Norway")]
    ['it', 'yue', 'ru', None, None, None, None]
    """
    word = _ELISION.sub("", word).strip("'’-")
    if not 4 <= len(word) <= _LONGEST_NAME or not word.isalpha():  # a run of CJK text is no name
        return None
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
    names, endings = _language_tables()
    if folded in _countries():  # `Norway`, `India`: langcodes finds a language by its country's name
        return None
    candidates = list(dict.fromkeys([folded, word.casefold()] + [folded[: -len(old)] + new for old, new in endings
                                                             if folded.endswith(old) and len(folded) - len(old) >= 3]))
    for candidate in candidates:  # the table's names first (`slovenštinou` is Slovak: langcodes says Slovenian)
        if candidate in names:
            return names[candidate]
    for candidate in candidates:
        code = _find(candidate)
        if code:
            return code
    return None


def _find(name: str) -> str | None:
    """A two-letter code langcodes finds for a language's name (`Mono` names a rare language: not one)."""
    import langcodes  # its tables load when a word is first looked up, not with the reader

    try:
        code = langcodes.find(name).language
    except LookupError:
        return None
    return code if code and len(code) == 2 and _named_whole(name) else None


def _named_whole(name: str) -> bool:
    """Whether `name` is a language's name as it stands, or but for its last letter (`hindi`, `française`):
    langcodes also takes a word for the longest name it starts with, right for a track's name (`Hakka
    Chinese`) but not for a word of prose (`seconds` is no Czech, `letterboxed` no Latvian, `coming` no
    Komi). When language_data's table cannot be read, langcodes' answer stands. Asked after langcodes
    found the name, whose lookup loaded the table.

    >>> _find("English") and [_named_whole(w) for w in ("English", "Hindi", "seconds", "letterboxed")]
    [True, True, False, False]
    """
    try:
        from language_data.names import TRIES, normalize_name

        table, lookup = TRIES.get("und/name_to_language"), normalize_name(name)  # loaded by langcodes' lookup
        if table is None or lookup in table:
            return True
        prefixes = table.prefixes(lookup)
        return bool(prefixes) and len(lookup) - len(prefixes[-1]) <= 1
    except Exception:  # noqa: BLE001 - another language_data: langcodes' answer stands
        return True


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    found = tomllib.loads(data_file("words/countries.toml").read_text(encoding="utf-8"))["names"]
    return frozenset(name.casefold() for name in found + words("not_languages"))


@lru_cache(maxsize=1)
def _language_tables() -> tuple[dict[str, str], list[tuple[str, str]]]:
    languages = tomllib.loads(data_file("words/languages.toml").read_text(encoding="utf-8"))
    names = {name.replace("_", " "): code for name, code in languages["names"].items() if code != "zxx"}
    return names, [(e["from"], e["to"]) for e in languages["endings"]]
