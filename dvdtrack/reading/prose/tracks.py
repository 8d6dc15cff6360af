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

from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.tracks import CODEC
from dvdtrack.reading.prose.cues import alternation, among, cue, language_of, lower, words

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
_ELIDED = re.compile(r"^[^\W\d_]{1,5}['’]")
_CLAUSE = regex(rf"[,;:]\s*|\s+(?:{alternation('or')})\s+")  # `… in English or French` (vocab.toml: or)
_FORMAT = re.compile(  # matched in lower case
    rf"(?:(?:{CODEC})(?:[\w-]*?(?=\d\.\d)|[\w-]*)(?:\s+(?:digital|surround|ex|es|stereo|headphone))*(?:\s*\d\.\d)?"
    r"|(?<![\d.,])[1-7]\.[01](?!\d|[.,]\d)|\b(?:mono|stereo|моно|стерео|mono|stéréo)\b)")
# in lower case; a layout alone (`1.0`) is no sound
_CODEC = re.compile(rf"{CODEC}|\b(?:mono|stereo|моно|стерео|stéréo)\b")
_LIST_REACH = 200  # characters before a subtitle word where the languages it follows are
_LANGUAGES_CLAUSE = 6  # words in a clause of languages alone, at most
_SKIP_BEFORE_LIST = 12  # words between a subtitle word and the first language it lists, at most


@lru_cache(maxsize=1)
def _joining() -> re.Pattern:
    """The small words between languages of a list (`and`, `or`, `per`, `in`)."""
    return regex(rf"^(?:{alternation(words('item_and') + words('list_joining'), stems=False)})$", re.I)


@lru_cache(maxsize=1)
def _spoken() -> re.Pattern:
    """`in Russian with`, `in Swedish and Finnish with` (`spoken_in`, `spoken_with` of the cue file)."""
    name = r"([^\W\d_][\w'’-]*)"
    joins = alternation(words("item_and"), stems=False)
    spoken_in = alternation(words("spoken_in"), stems=False)
    return re.compile(rf"(?<![^\W_])(?:{spoken_in})\s{name}(?:\s(?:{joins})\s{name})?"
                      rf"\s(?:{alternation(words('spoken_with'), stems=False)})(?![^\W_])", re.I)


def audio_in(sentences: list[str]) -> list[str]:
    """Tracks as a list line names them (`English Dolby Digital 5.1`), the language word as written; a
    sentence's subtitle phrases are no part of them, but the language it is spoken `in` before `with`
    subtitles is (`In Swedish with English subtitles`)."""
    found: list[str] = []
    for sentence in among(sentences, "audio_words", "codecs", "subtitle_words"):
        spans = _subtitle_spans(sentence)
        audio_part = _without(sentence, spans)
        found += _spoken_in(audio_part) if spans else []
        if _CODEC.search(lower(sentence)) or cue("audio_words").search(sentence):
            found += _clause_tracks(audio_part)
    return list(dict.fromkeys(found))


def _clause_tracks(text: str) -> list[str]:
    """Each clause's languages with each of its formats; a clause of languages alone takes the formats
    of the next (`English, Dolby Digital and DTS 5.1`), formats alone are tracks of no language."""
    found: list[str] = []
    pending: list[str] = []
    for clause in _CLAUSE.split(text):
        formats = _formats(clause)
        # languages alone are a short clause (`French and Spanish`): a long one holds none
        names = _languages(clause) if formats or clause.count(" ") < _LANGUAGES_CLAUSE else []
        paired = [] if pending else _paired(clause)
        if paired:
            found += paired
        elif formats:
            for name in (pending + names) or [""]:
                found += [f"{name} {fmt}".strip() for fmt in formats]
            pending = []
        else:
            pending += names
    return found + (pending if pending and cue("audio_words").search(text) else [])


def _paired(clause: str) -> list[str]:
    """Each language with the format right after it, where the clause names them in turn
    (`inglês Dolby Digital 5.1 e português 2.0`); else none (`English and French in DD 5.1`: each with each).

    >>> _paired("inglês Dolby Digital 5.1 e português 2.0"), _paired("English and French in DD 5.1 and DTS")
    (['inglês Dolby Digital 5.1', 'português 2.0'], [])
    """
    spans = _format_spans(clause)
    names = [(w.start(), _ELIDED.sub("", w.group())) for w in _WORD.finditer(clause) if language_of(w.group())]
    if len(names) < 2 or len(names) != len(spans):
        return []
    ends = [0] + [end for _, end in spans[:-1]]
    if not all(end <= at < start for end, (at, _), (start, _) in zip(ends, names, spans)):
        return []
    return [f"{name} {clause[a:b].strip()}" for (_, name), (a, b) in zip(names, spans)]


def _formats(clause: str) -> list[str]:
    """The formats a clause names, those written side by side one format (`2.0 Dolby Digital`)."""
    return [clause[a:b].strip() for a, b in _format_spans(clause)]


def _format_spans(clause: str) -> list[tuple[int, int]]:
    found: list[list[int]] = []
    for match in _FORMAT.finditer(lower(clause)):
        if found and not clause[found[-1][1]:match.start()].strip():
            found[-1][1] = match.end()
        else:
            found.append([match.start(), match.end()])
    return [(a, b) for a, b in found]


def _spoken_in(text: str) -> list[str]:
    """`… is in Russian with English subtitles`: the language a film is spoken in."""
    return [_ELIDED.sub("", name) for m in _spoken().finditer(text) for name in m.groups()
            if name and language_of(name)]


def subtitles_in(sentences: list[str]) -> list[str]:
    """The subtitles' languages of the first sentence that names some."""
    for sentence in among(sentences, "subtitle_words"):
        for _, _, named in _subtitle_spans(sentence):
            if named:  # `both English and English HoH types`: one language named twice
                return list(dict.fromkeys(named))
    return []


def _subtitle_spans(sentence: str) -> list[tuple[int, int, list[str]]]:
    """Each subtitle phrase of a sentence: where it starts and ends, and the languages it names, right
    before its subtitle word (`English and Thai subtitles`) or after it (`subtitles in Thai`)."""
    spans = []
    for match in cue("subtitle_words").finditer(sentence):
        start, named = _languages_before(sentence, match.start())
        end = match.end()
        if not named:
            named, end = _languages_after(sentence, match.end())
        spans.append((start, end, named))
    return spans


def _without(sentence: str, spans: list[tuple[int, int, list[str]]]) -> str:
    """A sentence with its subtitle phrases cut out (a clause ends where each was)."""
    kept, at = [], 0
    for start, end, _ in spans:
        kept.append(sentence[at:max(start, at)])
        at = max(end, at)
    return ", ".join(kept + [sentence[at:]])


def _languages(text: str) -> list[str]:
    return [_ELIDED.sub("", w) for w in _WORD.findall(text) if language_of(w)]


def _languages_before(sentence: str, end: int) -> tuple[int, list[str]]:
    """`English, Thai or Korean` right before a subtitle word, and where they start."""
    found: list[str] = []
    start = end
    for word in reversed(list(_WORD.finditer(sentence, max(0, end - _LIST_REACH), end))):
        if language_of(word.group()):
            found.insert(0, _ELIDED.sub("", word.group()))
        elif not _joining().match(word.group()):
            break
        start = word.start() if found else start
    return start, found


def _languages_after(sentence: str, start: int) -> tuple[list[str], int]:
    """The languages a subtitle word's clause lists after it, up to a word that ends the list, and
    where they end."""
    found: list[str] = []
    skipped = 0
    stop = cue("list_end").search(sentence, start)
    end = start
    for word in _WORD.finditer(sentence, start, stop.start() if stop else len(sentence)):
        if language_of(word.group()):
            found.append(_ELIDED.sub("", word.group()))
            end = word.end()
        elif found and not _joining().match(word.group()):
            break
        elif not found:
            skipped += 1
            if skipped > _SKIP_BEFORE_LIST:
                break
    return found, end
