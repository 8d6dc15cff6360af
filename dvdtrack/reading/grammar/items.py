"""A list value's items, whatever it lists (tracks, names, extras): split on commas, semicolons,
` / `, ` + `, ` & ` and ` | `, never inside brackets; and the values that answer instead of listing
(`none`, `N/A`, `нет`, `есть`, `there are`: `grammars/words/vocab.toml` none_words and yes).
"""

from __future__ import annotations

import re

from dvdtrack.reading.grammar.words import alternation, words

# ` | ` too: `Subtitles....: English | French` (NFOs, tables)
_SPLIT_TOP = re.compile(r"\s*(?:[,;、，；]|\s/\s|\s\+\s|\s&\s|\s\|\s)\s*")
_NONE_WORDS = frozenset(words("none_words"))  # `Subtitles: none`, `Untertitel: keine`
# The ways notes say "yes, there are some" (`Русские субтитры: есть`; `there is` on a translated page)
YES = f"(?i:{alternation('yes')})"
_YES_WORD = re.compile(YES)


def split_items(text: str, separators: re.Pattern = _SPLIT_TOP) -> list[str]:
    """Split a list value on commas, semicolons, ' / ', ' + ' and ' & ', but not inside brackets.

    >>> split_items("Русский (Dolby AC3, 2 ch), English")
    ['Русский (Dolby AC3, 2 ch)', 'English']
    """
    if not any(bracket in text for bracket in "([{"):  # the common case, without the walk below
        return [i.strip(" .") for i in separators.split(text) if i.strip(" .")]
    items, depth, start = [], 0, 0
    masked = []
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}" and depth > 0
        masked.append("\0" if depth and ch in ",;/+&" else ch)
    masked_text = "".join(masked)
    for m in separators.finditer(masked_text):
        items.append(text[start : m.start()])
        start = m.end()
    items.append(text[start:])
    return [i.strip(" .") for i in items if i.strip(" .")]


def is_none_word(text: str) -> bool:
    """True for the many ways notes say "nothing here" (`grammars/words/vocab.toml`: none_words).

    >>> [is_none_word(w) for w in ("None.", "N/A", "brak", "нет", "Keine Untertitel", "English")]
    [True, True, True, True, True, False]
    """
    return text.strip(" .").casefold() in _NONE_WORDS


def is_answer(text: str) -> bool:
    """True for a bare yes or no (`есть`, `there is`, `none`): a value that names nothing, not
    even a language (`Субтитры: есть`, `Extras: Yes`, `Russian subtitlesno`)."""
    return is_none_word(text) or _YES_WORD.fullmatch(text.strip(" .")) is not None
