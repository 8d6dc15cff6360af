"""An audio track as written → language name, codec, channels and kind.

>>> t = split_track("Русский (Dolby AC3, 2 ch)")
>>> t.name, t.codec, t.channels
('Русский', 'Dolby Digital', '2.0')
>>> t = split_track("English DD 5.1")
>>> t.name, t.codec, t.channels
('English', 'Dolby Digital', '5.1')
>>> t = split_track("44.100 kHz, MPEG Layer 3, 2 channels, 128 kbps")
>>> t.name, t.codec, t.channels
('', 'MPEG', '2.0')
>>> t = split_track("Dolby Digital 3.0 Surround (Japanese)")
>>> t.name, t.codec, t.channels
('Japanese', 'Dolby Digital', '3.0')
>>> t = split_track("日本語(ドルビーサラウンドステレオ)")
>>> t.name, t.codec, t.channels
('日本語', 'Dolby Surround', '2.0')
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.grammar.words import alternation
from dvdtrack.reading.release import AudioTrack

_CODECS = [(re.compile(p, re.I), v) for p, v in [
    (rf"{alternation('codec_dolby_digital')}|dolby\s?digital(?:\s?plus)?|dolby\s?ac-?3|ac-?3|dd\+?(?:\s?ex)?(?=\s|\d|$|,|\))"
     r"|dd(?=\d)", "Dolby Digital"),
    (r"dts(?:[-\s]?(?:hd|es|ma))*", "DTS"),
    (rf"{alternation('codec_linear_pcm')}|l?pcm", "PCM"),
    (r"mpeg(?:-?[12])?(?:\s?audio)?(?:\s?layer\s?(?:[123]|i{1,3}))?|mp2|mp3", "MPEG"),
    (r"aac", "AAC"),
    (rf"{alternation('codec_dolby_surround')}|dolby\s?surround|dolby\s?stereo", "Dolby Surround"),
    (r"dolby(?=\s?\d|\s|$)", "Dolby Digital"),
    (r"truehd", "TrueHD"),
]]
_CHANNELS = [(re.compile(p, re.I), v) for p, v in [
    (r"\b7\.1\b", "7.1"), (r"\b6\.1\b", "6.1"), (r"\b5\.1\b|\b6\s?-?(?:ch\b|channels?\b|кан)|\b3/2\b", "5.1"),
    (rf"\b2\.0\b|\b2\s?-?(?:ch\b|channels?\b|кан)|\b2/0\b|stereo|стерео|{alternation('layout_stereo')}", "2.0"),
    (rf"\b1\.0\b|\b1\s?-?(?:ch\b|channels?\b|кан)|\b1/0\b|\bmon(?:o|aural)\b|моно|dual\s?mono|{alternation('layout_mono')}",
     "1.0"),
    (r"(?<![\d.,])[2-5]\.[01](?![\d.,])", None),  # any other layout, as written: `3.0`, `4.0`, `2.1`, `5.0`
]]
_KINDS = [(re.compile(p, re.I), v) for p, v in [
    (r"(?:commentary|комментар|коментар|komentarz|komentář|kommentar|kommentaari|commentaire|comentario)\w*", "commentary"),
    (r"(?:одноголос|двухголос|двоголос|многоголос|багатоголос|закадров|voice-?over|lektor)\w*|\b[amd]?vo\b",
     "voice-over"),
    (r"(?:дубляж|dubbing|dubbed|dabing|дублирован)\w*|\bdub\b", "dubbing"),
    (r"(?:оригинал|оригінал|original|oryginal|originál|alkuperäi)\w*", "original"),
]]
_NO_TRANSLATION = re.compile(r"не\s+требуется|не\s+нужен|отсутствует|not\s+needed|none\s+needed", re.I)
_FILLER = re.compile(  # `3/2 (L,C,R,l,r) + LFE`: the speaker letters go with the layout
    r"\((?:[LCRSlrs],?)+\)|\blfe\b|[()\[\],;:+|&@]|(?<!\w)[-–—](?!\w)|\b(?:audio|track|ch|channels?|vbr|cbr|avg|mono|monaural|stereo|surround|professional|ex)\b|моно|стерео"
    r"|(?:профессиональн|любительск|авторск)\w*"
    r"|\d+(?:[.,]\d+)?\s?(?:kbps|kb/s|kbit/s|кбит/с|khz|кгц|hz|гц|bit|бит|fps)\b|~|\bavg\b", re.I)


def translation_kind(text: str) -> str | None:
    """The kind a tracker post's `Перевод:` gives its Russian tracks: `Не требуется` (none
    needed) and `Оригинал` mean original, `многоголосый закадровый` voice-over, and so on.

    >>> translation_kind("Профессиональный (многоголосый закадровый)"), translation_kind("Не требуется")
    ('voice-over', 'original')
    """
    if _NO_TRANSLATION.search(text):
        return "original"
    return _take(text, _KINDS)[1]


def split_track(raw: str) -> AudioTrack:
    """Split one audio item into its parts; the leftover words are the language name (may be
    empty: `DD 2.0` after `English DD 5.1` is a second layout of the same language).

    >>> split_track("DTS 5.1 ES").name, split_track("Spanish DTS 5.1").name
    ('', 'Spanish')
    """
    name, codec, channels, kind = _split(raw)
    return AudioTrack(name=name, codec=codec, channels=channels, kind=kind)


@lru_cache(maxsize=4096)  # the same few track descriptions come back on every disc
def _split(raw: str) -> tuple[str, str | None, str | None, str | None]:
    rest, codec = _take(raw, _CODECS)
    rest, channels = _take(rest, _CHANNELS)
    rest, kind = _take(rest, _KINDS)
    name = " ".join(_FILLER.sub(" ", rest).split())
    if (codec, name) in _FORMAT_SUFFIXES:  # `DTS 5.1 ES` is DTS-ES, `Dolby Digital 5.1 EX` is EX: no Spanish
        name = ""
    return name, codec, channels, kind


_FORMAT_SUFFIXES = {("DTS", "ES"), ("Dolby Digital", "EX"), ("DTS", "EX")}


def _take(text: str, table: list[tuple[re.Pattern, str | None]]) -> tuple[str, str | None]:
    for pattern, value in table:
        found = pattern.search(text)
        if found:  # every mention goes: `одноголосый закадровый` is one kind; a value of None is the text's own
            return pattern.sub(" ", text), value or found.group()
    return text, None


def canonical_codec(text: str | None) -> str | None:
    """A codec in its one spelling, as `split_track` gives it (for comparing tracks stored otherwise).

    >>> [canonical_codec(c) for c in ("Dolby Digital", "DD", "AC3", "ac-3", "DTS-HD MA", "FLAC", None)]
    ['Dolby Digital', 'Dolby Digital', 'Dolby Digital', 'Dolby Digital', 'DTS', 'FLAC', None]
    """
    return (_take(text, _CODECS)[1] or text.strip()) if text else None


def canonical_channels(text: str | None) -> str | None:
    """Channels in their one spelling (`6ch` → `5.1`).

    >>> [canonical_channels(c) for c in ("5.1", "6ch", "2 channels", "stereo", "mono", None)]
    ['5.1', '5.1', '2.0', '2.0', '1.0', None]
    """
    return (_take(text, _CHANNELS)[1] or text.strip()) if text else None
