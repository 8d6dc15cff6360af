"""Typed fields for audio and subtitle lists: `{audio:Languages}`, `{audio:Tracks}` and friends.

A list value is split on commas and the like, never inside brackets, and the many ways notes say
"none" are dropped; language names stay as written (`dvdtrack.normalise` resolves them).

>>> languages("English & French DD 2.0, German mono")
['English DD 2.0', 'French DD 2.0', 'German mono']
"""

from __future__ import annotations

import re

from parse import with_pattern

from dvdtrack.reading.grammar.items import YES, is_answer, split_items
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.words import alternation, words

# `and` in the languages of the notes: English, German, French, Russian, Polish, Czech, Finnish, Nordic
_JOINED = regex(rf"\s+(?:&|{alternation('and')})\s+", re.I)
_AMPERSAND = re.compile(r"\s&\s")
_DASH = re.compile(r"[-–—]")
_BRACKETED_FORMATS = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")
COMMA = re.compile(r"\s*,\s*")
# The words of a track's format, which the patterns below share: its codec and its channel layout
CODEC = r"dolby|\bdd|dts|ac-?3|l?pcm|mpeg|aac|mp[23]"
LAYOUT = r"\d\.\d|\d\s?ch|mon(?:o|aural)|stereo"
_CODEC_WORD = re.compile(rf"(?i){CODEC}")
_CHANNEL_WORD = re.compile(r"(?i)\d\.\d|\b\d\s?ch\b|mono|stereo")
_NOTE_AFTER = re.compile(r"^(.+?)\s[-–—]\s(.+)$")  # `2.0 — Авторский (одноголосый)`: the kind after a dash
_RATE = regex(rf"(?i)^~?\s?\d+(?:[.,]\d+)?\s?(?:{alternation('rate_units')})$")
_FORMAT_ONLY = re.compile(rf"(?i)^(?:(?:dolby\s?digital|{CODEC}|{LAYOUT})\s*)+$")
_FORMAT_HEAD = re.compile(rf"(?i)^((?:(?:dolby\s?digital|{CODEC}|{LAYOUT})\s?)+?)\s+([^\W\d_].*)$")
# a codec or a channel layout as a word of its own (`Price: £12.99` names none)
_FORMAT_WORD = re.compile(rf"(?i)\b(?:{CODEC})|\b(?:mon(?:o|aural)|stereo)\b|(?<![\d.,])[1-7]\.[01](?![\d.,])|\b\d\s?ch\b")
# ` & ` joins languages that share a format; `ENG/RUS/FIN` splits at a slash between letters (never
# `2/0` channels or `w/ subs`)
_SPLIT_LANGUAGES = re.compile(r"\s*(?:[,;、，；]|\s/\s|\s\+\s|\s\|\s)\s*|(?<=[^\W\d_]{2})/(?=[^\W\d_]{2})")
# A note on a whole list, standing as an item of its own (`Subtitles: English, French, optional`)
_LIST_NOTES = frozenset(words("list_notes"))
_TRACK_NUMBER = re.compile(r"^#\d{1,2}\s+")
_ANSWERED = re.compile(rf"{YES}\s*\(([^()]+)\)$")

# A bare audio line: a language, then a codec or a channel layout (`Russian Dolby Digital 2.0`),
# short as such lines are (a sentence that mentions `stereo` is no track)
TRACKS_RE = (r"(?i:(?=[^|]{1,48}$)[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?\s\(?"  # `Russian (Dolby AC3, 6 ch)`
             rf"(?:(?:{CODEC}|{LAYOUT})\b|dd(?=\d))[^|]*)")  # `DD2.0`


def names_a_format(text: str) -> bool:
    """True when the text names a codec or a channel layout (`Dolby Digital Mono`, `AC3 2.0`).

    >>> names_a_format("Dolby Digital Mono"), names_a_format("AC3 2.0"), names_a_format("£12.99")
    (True, True, False)
    """
    return _FORMAT_WORD.search(text) is not None


# A review's sentence (`The Russian mono track is clear, …`) is no list of languages, nor is a
# number with no letter (`4:3`, `1932` under a label whose value came on the line before) or a
# catalogue number (`Spine #417`)
# `#1 Russian AC3 5.1 @ 448 Kbps, #2 …`: a track's number opens an item, but `Spine #417` is no track
@with_pattern(r"(?!(?:\S+\s+){3}.*?\b(?:is|are|was|were|sounds|looks)\b)(?![\W_]*\d[\d\W_]*$)(?!.*\w\s?#\d).+")
def languages(text: str) -> list[str]:
    """Items of a language list; `English & French DD 2.0` names one format for two languages.

    >>> languages("English & French DD 2.0, German mono, Russian и English (AC3, 2 ch)")
    ['English DD 2.0', 'French DD 2.0', 'German mono', 'Russian (AC3, 2 ch)', 'English (AC3, 2 ch)']
    >>> languages("polski i angielski; Commentary by a film historian; English 5.1 & 2.0")
    ['polski', 'angielski', 'Commentary by a film historian', 'English 5.1', '2.0']
    >>> languages("English (5.1 DTS-ES, 5.1 Dolby Digital)")
    ['English 5.1 DTS-ES', 'English 5.1 Dolby Digital']
    >>> languages("Italian, Russian - Dolby Digital 2.0")
    ['Italian Dolby Digital 2.0', 'Russian Dolby Digital 2.0']
    >>> languages("German Dolby Digital 5.1 and 2.0")
    ['German Dolby Digital 5.1', '2.0']
    >>> languages("Dolby Digital 5.1: English, French")
    ['English Dolby Digital 5.1', 'French Dolby Digital 5.1']
    >>> languages("Yes (English), Optional Finnish")
    ['English', 'Finnish']
    >>> languages("DD5.1 Deutsch, Englisch")
    ['Deutsch DD5.1', 'Englisch DD5.1']
    >>> languages("#1 Russian AC3 5.1 @ 448 Kbps, #2 Russian AC3 1ch")
    ['Russian AC3 5.1 448 Kbps', 'Russian AC3 1ch']
    """
    listed = [_without_note(_TRACK_NUMBER.sub("", item).replace(" @ ", " "))
              for item in split_items(_shared_format(_numbered(text)), _SPLIT_LANGUAGES)
              if not is_answer(item) and item.casefold() not in _LIST_NOTES]
    return [track for item in _one_track(listed) for part in _joined(item) for track in _formats_each(part)]


def _numbered(text: str) -> str:
    """`1.英語(ドルビーサラウンドEX) 2.英語(DTS-ES) 3.日本語(ステレオ)`: tracks numbered one after another on
    one line, as a list (the numbers go); a layout's digits (`2.0`) are no number.

    >>> _numbered("1.English (DD 5.1) 2.English (DTS) 3.Japanese (2.0)"), _numbered("English 5.1 2.0")
    ('English (DD 5.1), English (DTS), Japanese (2.0)', 'English 5.1 2.0')
    """
    items = _NEXT_NUMBER.split(text) if text.startswith("1.") else []
    if len(items) < 2 or any(int(item[:item.index(".")]) != i for i, item in enumerate(items, start=1)):
        return text
    return ", ".join(item[item.index(".") + 1:].strip() for item in items)


_NEXT_NUMBER = re.compile(r"\s+(?=\d{1,2}\.\s?[^\d\s])")


def _one_track(items: list[str]) -> list[str]:
    """`AC3, 2 ch, 192 kbps, Russian`: a language first or last among parts that only name a format
    or a rate is one track, listed with commas; so is `Русский, AC3, 2.0 — Авторский (одноголосый)`,
    the track's kind after a dash.

    >>> _one_track(["AC3", "2 ch", "192 kbps", "Russian"]), _one_track(["Russian DD 5.1", "DTS"])
    (['Russian AC3 2 ch 192 kbps'], ['Russian DD 5.1', 'DTS'])
    >>> _one_track(["Русский", "AC3", "2.0 — Авторский (одноголосый)"])
    ['Русский AC3 2.0 Авторский (одноголосый)']
    """
    noted = _NOTE_AFTER.match(items[-1]) if len(items) > 1 else None
    parts, note = (items[:-1] + [noted.group(1)], [noted.group(2)]) if noted else (items, [])
    formats = [_FORMAT_ONLY.match(item) is not None or _RATE.match(item) is not None for item in parts]
    if len(parts) < 2 or formats.count(False) != 1 or formats[0] == formats[-1]:
        return items
    name = parts[formats.index(False)]
    if names_a_format(name):
        return items
    return [" ".join([name] + [item for item, is_format in zip(parts, formats) if is_format] + note)]


def _without_note(item: str) -> str:
    """`Optional English` → `English`, `Yes (English)` → `English`: a note or an answer around a
    language is no part of its name."""
    answered = _ANSWERED.match(item)
    if answered:
        return answered.group(1)
    first, _, rest = item.partition(" ")
    return rest if rest and first.casefold() in _LIST_NOTES else item


def _shared_format(text: str) -> str:
    """`Italian, Russian - Dolby Digital 2.0` → `Italian Dolby Digital 2.0, Russian Dolby Digital 2.0`:
    a format after a dash, at the end of a list, is every language's; so is one before a colon, at
    its start (`Dolby Digital 5.1: English, French`)."""
    head, colon, rest = text.partition(": ")
    if colon and _FORMAT_ONLY.match(head):
        return ", ".join(f"{item} {head}" for item in split_items(rest, _SPLIT_LANGUAGES))
    # `DD5.1 Deutsch, Englisch`: the format before a list of bare names (a head of formats is short:
    # the pattern's lazy head would try every split of a long run of them)
    first = _FORMAT_HEAD.match(text, 0, 400) if len(text) <= 400 else None
    if first and len(names := split_items(first.group(2), _SPLIT_LANGUAGES)) > 1 and not any(names_a_format(n) for n in names):
        return ", ".join(f"{name} {first.group(1)}" for name in names)
    m = _dash_format(text)
    if m is None or not (_CODEC_WORD.search(m[1]) or _CHANNEL_WORD.search(m[1])):
        return text
    return ", ".join(f"{item} {m[1]}" for item in split_items(m[0], _SPLIT_LANGUAGES))


def _dash_format(text: str) -> tuple[str, str] | None:
    """(the list, the text after the dash) of `Italian, Russian - Dolby Digital 2.0`: a list with a comma
    and no bracket before the first dash, spaces around that dash, no comma after it. It is what
    `^([^()\\-–—]+,[^()\\-–—]+?)\\s+[-–—]\\s+([^,]+)$` matches, found without that pattern's backtracking
    over every comma (quadratic: `Russian, ` 20,000 times took 47 s).

    >>> _dash_format("Italian, Russian - Dolby Digital 2.0"), _dash_format("Italian, Russian - DD, DTS")
    (('Italian, Russian', 'Dolby Digital 2.0'), None)
    >>> _dash_format("Italian,  - 2.0"), _dash_format("a, b, - 2.0"), _dash_format("Italian (2.0), Russian - 2.0")
    (('Italian, ', '2.0'), ('a, b,', '2.0'), None)
    """
    dash = _DASH.search(text)
    if dash is None:
        return None
    head, tail = text[: dash.start()], text[dash.end():]
    body = len(head.rstrip())  # the list ends where the spaces before the dash start
    if body == len(head) or "(" in head or ")" in head or "," in tail or len(tail) < 2 or not tail[0].isspace():
        return None
    comma = head.rfind(",", 1, body)  # an item before the comma, and one after it (a space, at least)
    if comma < 0:
        return None
    end = max(comma + 2, body)
    if end >= len(head):  # `a, b, ` then the dash: the list ends before the last comma's space
        if head.rfind(",", 1, comma) < 0:
            return None
        end = body
    return head[:end], tail.lstrip() or tail[-1]


def _formats_each(item: str) -> list[str]:
    """`English (5.1 DTS-ES, 5.1 Dolby Digital)` → a track per format, when every part in the
    brackets names both a codec and channels (`Русский (Dolby AC3, 2 ch)` is one track)."""
    m = _BRACKETED_FORMATS.match(item)
    if m is None:
        return [item]
    parts = COMMA.split(m.group(2))
    if len(parts) < 2 or not all(_CODEC_WORD.search(p) and _CHANNEL_WORD.search(p) for p in parts):
        return [item]
    return [f"{m.group(1)} {part}" for part in parts]


def _joined(item: str) -> list[str]:
    """`English & French DD 2.0` → each language with the format, when every part before the last
    is one word (`Commentary by a film historian` stays whole); brackets are never split."""
    bracket = item.find("(")
    head, tail = (item, "") if bracket < 0 else (item[:bracket].rstrip(), " " + item[bracket:])
    parts = _JOINED.split(head)
    if len(parts) < 2 or _CODEC_WORD.match(parts[-1]):  # `Français en Dolby Digital`: `en` is "in" there
        return [item]
    if any(len(p.split()) != 1 for p in parts[:-1]):
        if all(_FORMAT_ONLY.match(p) for p in parts[1:]):  # `German Dolby Digital 5.1 and 2.0`: two layouts
            return parts[:-1] + [parts[-1] + tail]
        return split_items(item, _AMPERSAND)  # `English 5.1 & 2.0`: two layouts, as before
    last = (parts[-1] + tail).split(maxsplit=1)
    shared = f" {last[1]}" if len(last) > 1 else ""
    return [p + shared for p in parts[:-1]] + [parts[-1] + tail]


@with_pattern(YES)
def says_russian(text: str) -> list[str]:
    """`Русские субтитры: есть` (tracker posts): the label names the language, the value says yes."""
    return ["русские"]


# a `|` is table debris: `… | Russian mono | English subtitles` is read cell by cell; so are a
# shop's parts between dashes (`Title (1961) - Region 2 - English subtitles`)
@with_pattern(r"(?:(?!\s[-–—]\s)[^|:\d])+")  # no digits or colons: `DVD: Region 2, PAL, 4:3, … English subtitles`
def cell_languages(text: str) -> list[str]:
    """`languages` for a bare line, which never spans the cells of a `|` strip."""
    return languages(text)


# A strip's cell that is one language's name and nothing else (`Swedish | 91 min | DVD5`): a word
# with an ending English language names have; the normaliser says which language, if any, it is.
LANGUAGE_WORD_RE = r"(?i:[^\W\d_]{2,}(?:ish|ese|ian|an|ic|ch|ek|ai|di|ew))"
LANGUAGE_WORD = re.compile(rf"{LANGUAGE_WORD_RE}(?![^\W\d_])")  # a text that starts with such a word


@with_pattern(LANGUAGE_WORD_RE)
def language_word(text: str) -> list[str]:
    return [text]


@with_pattern(TRACKS_RE)
def tracks(text: str) -> list[str]:
    return languages(text)


@with_pattern(_FORMAT_ONLY.pattern.removeprefix("(?i)^").removesuffix("$").join(("(?i:", ")")))
def format_only(text: str) -> list[str]:
    """A strip's cell that names a format and no language (`Monaural`, `Dolby Digital mono`): the
    normaliser gives it to the language the strip names (`In Swedish with English subtitles`)."""
    return [text]


# `Dolby AC3, 48000Hz, 2 ch, 192 kbps (русский)`, `2.0 (ita)`: the format first (a codec, or a channel
# layout alone), the language in brackets at the end
@with_pattern(rf"(?i:{CODEC}|(?:{LAYOUT})(?=\s?\())[^()]*\([^()\d]+\)")
def format_first(text: str) -> list[str]:
    """One track, written language first as the other lists are.

    >>> format_first("Dolby AC3, 48000Hz, 2 ch, 192 kbps (русский)"), format_first("2.0 (ita)")
    (['русский (Dolby AC3, 48000Hz, 2 ch, 192 kbps)'], ['ita (2.0)'])
    """
    track, _, language = text.rpartition("(")
    return [f"{language.rstrip(') ')} ({track.strip(' ,')})"]


@with_pattern(r".+")
def voice_over(text: str) -> list[str]:
    """`Lektor: polski` (Polish shops): a voice-over track in each language named; `brak`, none."""
    return [f"{name} lektor" for name in languages(text)]
