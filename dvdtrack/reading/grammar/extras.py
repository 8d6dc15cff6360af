"""Extras: the words that name one, the words of a disc's specs that name none, and extras run
together with no separator (`grammars/words/vocab.toml`: `extras_nouns`, `spec_words`, `stock_extras`).

A list of extras is read by other stages (`dvdtrack.reading.lines.sections`, `dvdtrack.reading.prose`);
these say what its items are.

>>> names_an_extra("Regiekommentar"), names_an_extra("Documentaires: “Football Training”"), names_an_extra("Rating Rated M")
(True, True, False)
>>> is_spec_item("Ausblendbare Untertitel"), is_spec_item("Audio commentary"), is_spec_item("Trailer")
(True, False, False)
>>> stock_items("интерактивное меню выбор эпизодов"), stock_items("Deleted scenes")
(['интерактивное меню', 'выбор эпизодов'], ['Deleted scenes'])
>>> list_items("Behind the Scenes; Cast, Crew and Director Commentaries; Trailers, Interactive Game")
['Behind the Scenes', 'Cast, Crew and Director Commentaries', 'Trailers', 'Interactive Game']
"""

from __future__ import annotations

import re
from functools import lru_cache

from parse import with_pattern

from dvdtrack.reading.grammar.items import is_answer, split_items
from dvdtrack.reading.grammar.kept import regex, trie
from dvdtrack.reading.grammar.words import words

# Between the items of a list on one line: commas, semicolons, ` / `, ` + `, ` | `, ` • ` (never ` & `,
# which joins the words of one: `Cast & Crew`, `Kotcheff & Buckley`)
_SEPARATORS = re.compile(r"\s*(?:[,;、，；]|\s[/+|•·]\s)\s*")
_SEMICOLON = re.compile(r"\s*[;；]\s*")
_COMMA = re.compile(r"\s*[,、，]\s*")
_HEADED = re.compile(r"^[^\W\d_][^:;,]{0,60}:\s")  # `Dokumentation: A; B; C`, `Trailers: X, Y`: one item
_LETTERS = re.compile(r"[^\W\d_]{2}")
_INSIDE = 6  # a noun this long names an extra inside a word too (`Tondokumente`, `Audiocommentaar`)
_ENDING = 4  # letters a shorter noun's word may end with (`galer` → `galeries`)


def _noun_pattern() -> str:
    nouns = words("extras_nouns")
    starts = trie(sorted({n for n in nouns if len(n) < _INSIDE}))
    inside = trie(sorted({n for n in nouns if len(n) >= _INSIDE}))
    whole = trie(sorted(words("extras_whole_nouns")))
    verb = r"(?!e?d(?![^\W_])|ing(?![^\W_]))"  # `documented`, `tested`: a verb's forms
    # a short noun only begins a word a few letters longer (`scenes`, not `sceneggiatore`)
    return rf"(?i:(?:(?<![^\W_])(?:(?:{starts})[^\W\d_]{{0,{_ENDING}}}|(?:{whole})(?:e?s)?)(?![^\W_])|{inside}){verb})"


@lru_cache(maxsize=1)
def _nouns() -> re.Pattern:
    return regex(_noun_pattern())


# A field of one extra, as written, naming an extra (`{features:Extra}`: a table's `Category Drama Main
# Menu Audio` holds the next column's first extra after the genre)
EXTRA_RE = rf"(?=[^\n]*?{_noun_pattern()})[^\n]+"


@with_pattern(EXTRA_RE)
def extra(text: str) -> list[str]:
    """One extra, or a line of them parted by semicolons (`line_items`)."""
    return line_items(text)


@lru_cache(maxsize=1)
def _specs() -> re.Pattern:
    return regex(rf"(?<![^\W_])(?:{trie(sorted(words('spec_words')))})(?![^\W\d_]{{0,2}}[^\W_])", re.I)


@lru_cache(maxsize=1)
def _stock() -> tuple[re.Pattern, re.Pattern]:
    phrase = trie(sorted(words("stock_extras"))).replace(r"\ ", r"\s+")
    return (re.compile(rf"(?i:{phrase})(?:\s+(?i:{phrase}))+"), re.compile(rf"(?i:{phrase})(?=\s|$)"))


def names_an_extra(text: str) -> bool:
    """True when a noun of extras stands in the text (`Trailer`, `Galeries photos`, `Regiekommentar`)."""
    return _nouns().search(text) is not None


def is_spec_item(text: str) -> bool:
    """True for a list item naming a disc's spec and no extra (`Ausblendbare Untertitel`, `Dolby
    Digital 5.1`): among the extras, it is no extra."""
    return _specs().search(text) is not None and not names_an_extra(text)


def stock_items(text: str) -> list[str]:
    """A value made of stock extras run together (`interactive menu scene selection`) → each of them;
    any other value → itself."""
    whole, one = _stock()
    if whole.fullmatch(text.strip()) is None:
        return [text]
    return [m.group() for m in one.finditer(text)]


def line_items(text: str) -> list[str]:
    """The extras of one line of a list (a bullet, a line under a header): the line whole, or its
    parts between semicolons (`Regiekommentar; Interviews`) as `list_items` parts them; its commas
    stay (`Newsreels of the parade on Red Square, Moscow`).

    >>> line_items("Regiekommentar; Interviews"), line_items("Interviews-Crew-with Director, Ted Kotcheff")
    (['Regiekommentar', 'Interviews'], ['Interviews-Crew-with Director, Ted Kotcheff'])
    """
    if (";" in text or "；" in text) and not _HEADED.match(text):
        return list_items(text)
    return [item for item in stock_items(text.strip()) if _an_item(item)]


def list_items(text: str) -> list[str]:
    """The extras of a list written on one line, each as written: parted by commas, semicolons and
    the like, never inside brackets; a list with semicolons is parted by them, its commas only where
    each part names an extra (`Cast, Crew and Director Commentaries` is one); an item headed by its
    kind (`Dokumentation: A; B`) is one; stock extras run together are parted (`stock_items`); an
    answer (`none`, `yes`) or a spec (`Ausblendbare Untertitel`) is no extra.

    >>> list_items("Regiekommentar; Interviews"), list_items("Trailers: Godzilla vs. Mothra, Rodan")
    (['Regiekommentar', 'Interviews'], ['Trailers: Godzilla vs. Mothra, Rodan'])
    >>> list_items("Ausblendbare Untertitel"), list_items("keine")
    ([], [])
    """
    if _HEADED.match(text):
        items = [text.strip(" .")]
    elif ";" in text or "；" in text:
        items = [part for piece in split_items(text, _SEMICOLON) for part in _named_parts(piece)]
    else:
        items = split_items(text, _SEPARATORS)
    return [item for whole in items for item in stock_items(whole) if _an_item(item)]


def _an_item(item: str) -> bool:
    """Words naming something (a review's mark `6/20` does not), no answer (`none`), no spec."""
    return _LETTERS.search(item) is not None and not is_answer(item) and not is_spec_item(item)


def _named_parts(piece: str) -> list[str]:
    """A piece's comma parts, when each names an extra; else the piece whole."""
    parts = split_items(piece, _COMMA)
    return parts if len(parts) > 1 and all(names_an_extra(part) for part in parts) else [piece]
