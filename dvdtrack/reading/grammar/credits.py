"""Typed fields of a film's credits: people's names (`{directors:Names}`, `{cast:Names}`) and genres
(`{genres:Genres}`), and the shape of a person's name (`NAME`), which prose reads names with too.

>>> names("Akira Kurosawa and his favourite actor Toshiro Mifune are at the top of their form here.")
['Akira Kurosawa']
>>> names("Per Holm and Eva Berg, Lars von Trier, and Bo Park")
['Per Holm', 'Eva Berg', 'Lars von Trier', 'Bo Park']
>>> genres("Action & Adventure, Indie & Art House"), genres("Komedie / Drama")
(['Action & Adventure', 'Indie & Art House'], ['Komedie', 'Drama'])
"""

from __future__ import annotations

import re

from parse import with_pattern

from dvdtrack.reading.grammar.items import is_none_word, split_items
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.words import alternation

_CAPITAL = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*[\w.]"
# Two to four capitalised words, small words of a name between them (`Lars von Trier`)
NAME = rf"{_CAPITAL}(?:\s+(?:(?:{alternation('name_particles')})\s+)?{_CAPITAL}){{1,3}}"
# Between names of a list: a comma (`、` too), a slash, a plus, an ampersand, a bar, the word `and` in any language
SPLIT_NAMES = regex(rf"\s*(?:[,;、，；]|\s/\s|\s\+\s|\s&\s|\s\|\s|\s(?:{alternation('and')})\s)\s*")
_LEADING_NAMES = regex(rf"{NAME}(?:\s*(?:,|&|\s(?:{alternation('and')}))\s*{NAME})*")
_LEADING_AND = regex(rf"^(?:{alternation('and')})\s+", re.I)
_SPLIT_GENRES = re.compile(r"\s*(?:[,;|]|\s?/\s?)\s*")
_SENTENCE_WORDS = 8


def _is_sentence(text: str) -> bool:
    """Eight words or more, a third of them in lower case: a sentence, not a list of names."""
    words = text.split()
    return len(words) >= _SENTENCE_WORDS and sum(w[:1].islower() for w in words) * 3 >= len(words)


@with_pattern(r".+")
def names(text: str) -> list[str]:
    """People's names, split at commas and `and` (a part in lower case is none: `Carpenter e del protagonista
    Kurt Russel`); a value that runs on into a sentence (a review's
    `Director Akira Kurosawa and his favourite actor … are at the top of their form`, `Directed by Joel
    Schumacher (8MM), 1985's St. Elmo's Fire starred …`) gives only the names it starts with."""
    if _is_sentence(text):
        leading = _LEADING_NAMES.match(text.strip())
        text = leading.group() if leading else ""
    items = (_LEADING_AND.sub("", item) for item in split_items(text, SPLIT_NAMES))  # `…, and Sydney Pollack`
    return [item for item in items if not is_none_word(item) and not item[:1].islower()]


@with_pattern(r".+")
def genres(text: str) -> list[str]:
    """Genres as written, split at commas, semicolons and slashes, never at `&` (`Action & Adventure`
    is one genre of a shop's)."""
    return [item for item in split_items(text, _SPLIT_GENRES) if not is_none_word(item)]
