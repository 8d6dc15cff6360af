"""Audio and subtitle tracks in sentences.

A sentence that names a codec or a channel layout (or speaks of a track) lists audio tracks: each
clause's languages with the formats it names, a clause of languages alone taking the formats of the
next (`English, Dolby Digital and DTS 5.1`). Subtitles are the languages after a subtitle word
(`Subtitles are in English, Dutch and Arabic`, `sottotitoli in italiano`) or right before it
(`English and French subtitles`).

>>> audio_in(["C'è un dolby 5.1 per l'italiano e per l'inglese con sottotitoli in italiano."])
['italiano dolby 5.1', 'inglese dolby 5.1']
>>> audio_in(["You get Cantonese DTS and DD 5.1, Mandarin DTS; a mono track."])
['Cantonese DTS', 'Cantonese DD 5.1', 'Mandarin DTS', 'mono']
>>> subtitles_in(["C'è un dolby 5.1 per l'italiano e per l'inglese con sottotitoli in italiano."])
['italiano']
>>> subtitles_in(["It has English, Thai and Korean subtitles.", "Subtitles are in Dutch and Arabic, but none."])
['English', 'Thai', 'Korean']
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.grammar.tracks import CODEC
from dvdtrack.reading.prose.cues import alternation, among, cue, language_of, lower, words

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
_ELIDED = re.compile(r"^[^\W\d_]{1,5}['’]")
_CLAUSE = re.compile(r"[,;:]\s*|\s(?:or|o|ou|oder|или)\s")  # in a sentence of single spaces
_FORMAT = re.compile(
    rf"(?i)(?:(?:{CODEC})[\w-]*(?:\s+(?:digital|surround|ex|es|stereo|headphone))*(?:\s*\d\.\d)?"
    r"|(?<![\d.,])[1-7]\.[01](?!\d|[.,]\d)|\b(?:mono|stereo|моно|стерео|mono|stéréo)\b)")
_CODEC = re.compile(rf"{CODEC}|\b(?:mono|stereo|моно|стерео|stéréo)\b")  # in lower case; a layout alone (`1.0`) is no sound
_LANGUAGES_CLAUSE = 6  # words in a clause of languages alone, at most
_SKIP_BEFORE_LIST = 12  # words between a subtitle word and the first language it lists, at most


@lru_cache(maxsize=1)
def _joining() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(words('item_and'))}|per|for|in|en|на|w|v)$", re.I)


def audio_in(sentences: list[str]) -> list[str]:
    """Tracks as a list line names them (`English Dolby Digital 5.1`), the language word as written."""
    found: list[str] = []
    for sentence in among(sentences, "audio_words", "codecs"):
        if not (_CODEC.search(lower(sentence)) or cue("audio_words").search(sentence)):
            continue
        audio_part = sentence[: _subtitles_start(sentence)]
        pending: list[str] = []
        for clause in _CLAUSE.split(audio_part):
            formats = [f.group().strip() for f in _FORMAT.finditer(clause)]
            # languages alone are a short clause (`French and Spanish`): a long one holds none
            names = _languages(clause) if formats or clause.count(" ") < _LANGUAGES_CLAUSE else []
            if formats:
                for name in (pending + names) or [""]:
                    found += [f"{name} {fmt}".strip() for fmt in formats]
                pending = []
            else:
                pending += names
        if pending and cue("audio_words").search(audio_part):
            found += pending
    return list(dict.fromkeys(found))


def subtitles_in(sentences: list[str]) -> list[str]:
    """The subtitles' languages of the first sentence that names some."""
    for sentence in among(sentences, "subtitle_words"):
        for match in cue("subtitle_words").finditer(sentence):
            named = _languages_before(sentence[: match.start()]) or _languages_after(sentence[match.end():])
            if named:
                return named
    return []


def _subtitles_start(sentence: str) -> int:
    """Where a sentence turns to subtitles: the languages right before its subtitle word, or the word."""
    match = cue("subtitle_words").search(sentence)
    if match is None:
        return len(sentence)
    words_before = list(_WORD.finditer(sentence, 0, match.start()))
    start = match.start()
    for word in reversed(words_before):
        if not (language_of(word.group()) or _joining().match(word.group())):
            break
        start = word.start()
    return start


def _languages(text: str) -> list[str]:
    return [_ELIDED.sub("", w) for w in _WORD.findall(text) if language_of(w)]


def _languages_before(text: str) -> list[str]:
    """`English, Thai and Korean` right before a subtitle word."""
    found: list[str] = []
    for word in reversed(_WORD.findall(text)):
        if language_of(word):
            found.insert(0, _ELIDED.sub("", word))
        elif not _joining().match(word):
            break
    return found


def _languages_after(text: str) -> list[str]:
    """The languages a subtitle word's clause lists after it, up to a word that ends the list."""
    found: list[str] = []
    skipped = 0
    end = cue("list_end").search(text)
    for word in _WORD.findall(text[: end.start()] if end else text):
        if language_of(word):
            found.append(_ELIDED.sub("", word))
        elif found and not _joining().match(word):
            break
        elif not found:
            skipped += 1
            if skipped > _SKIP_BEFORE_LIST:
                break
    return found
