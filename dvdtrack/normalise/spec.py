"""A whole release normalised: units resolved, every language given an ISO code."""

from __future__ import annotations

import copy
import dataclasses
import re

from dvdtrack.normalise.aspect import canonical_aspect
from dvdtrack.normalise.audio import split_track, translation_kind
from dvdtrack.normalise.language import resolve_language
from dvdtrack.normalise.runtime import runtime_seconds
from dvdtrack.normalise.size import size_bytes
from dvdtrack.reading.release import ReleaseSpec, SubtitleTrack

UNDETERMINED = "und"
# A person's name with initials (`Л. Володарский`, `A. Gavrilov`): the translator of the track before
_PERSON = re.compile(r"^(?:[A-ZА-ЯЁ]\.\s?){1,2}[A-ZА-ЯЁ][a-zа-яё'-]+$")


def normalise(spec: ReleaseSpec) -> ReleaseSpec:
    """A copy of `spec` with units resolved and every language given an ISO code (`und` if unknown)."""
    out = copy.copy(spec)  # shallow, as dataclasses.replace, without calling __init__ again
    out.unknown_languages = []
    out.runtime_seconds = runtime_seconds(spec.runtime_text) if spec.runtime_text else spec.runtime_seconds
    out.size_bytes = size_bytes(spec.size_text) if spec.size_text else spec.size_bytes
    out.aspect_ratio = canonical_aspect(spec.aspect_ratio) if spec.aspect_ratio else None
    out.audio = _translated(_audio_tracks(spec, out), spec.translation)
    out.mono = has_mono(out.audio)
    out.subtitles = _without_repeated_words([SubtitleTrack(t.name, _code(t.name, out)) for t in spec.subtitles])
    out.related = [normalise(r) for r in spec.related]
    return out


def _audio_tracks(spec: ReleaseSpec, out: ReleaseSpec) -> list:
    """Tracks with codes. An item that names no language is the format of the tracks before it
    that have none (`Language: Czech, English` then `Sound: Dolby Digital 2.0`), else what the
    track before it lacks (`Russian, AC3, 6 ch, 448 kbps`: one track), else another layout of
    the language before it (`English DD 5.1 / DD 2.0`; `English DD 5.1 & 2.0`, of its codec),
    else a track of no stated language (`und`, not reported); an item that says nothing of the
    kind (`448 kbps`) is dropped. A person's name (`Л. Володарский`) goes with the track before
    it: its translator."""
    tracks: list = []
    for raw in spec.audio:
        track = split_track(raw.name)
        if not track.name and _format_of_earlier(tracks, track):
            continue
        if tracks and _PERSON.match(raw.name):  # `одноголосый закадровый, Л. Володарский`: who reads it
            tracks[-1].name = f"{tracks[-1].name}, {raw.name}"
            continue
        if not track.name and tracks:  # `English DD 5.1 & 2.0`: the second layout is Dolby Digital too
            track.name, track.codec = tracks[-1].name, track.codec or tracks[-1].codec
        track.language = _track_language(track, out)
        tracks.append(track)
    return _without_bare_repeats(_formats_before_languages(tracks))


def has_mono(tracks: list) -> bool | None:
    """The edition's mono flag, from its tracks' channels: True when a track other than a commentary is
    mono (1.0: the film's original mono kept), False when tracks state channels and none is, None when
    no track states them.

    >>> from dvdtrack.reading.release import AudioTrack
    >>> has_mono([AudioTrack("Russian", channels="1.0"), AudioTrack("English", channels="5.1")])
    True
    >>> has_mono([AudioTrack("English", channels="5.1"), AudioTrack("x", channels="1.0", kind="commentary")]), has_mono([])
    (False, None)
    """
    stated = [t for t in tracks if t.channels and t.kind != "commentary"]
    return any(t.channels == "1.0" for t in stated) if stated else None


def _translated(tracks: list, translation: str | None) -> list:
    """Russian tracks of no stated kind take the kind a `Перевод:` line gives."""
    kind = translation_kind(translation) if translation else None
    for track in tracks:
        if kind and track.language == "ru" and track.kind is None:
            track.kind = kind
    return tracks


def _formats_before_languages(tracks: list) -> list:
    """`Sound: Dolby Digital 5.1 / DTS` then `Language: Russian`: the formats are the language's
    (one language: a track per format; one format: each language has it)."""
    formats = [t for t in tracks if not t.name]
    languages = [t for t in tracks if t.name]
    if not formats or not languages or tracks[: len(formats)] != formats \
            or any(t.codec or t.channels for t in languages) or min(len(formats), len(languages)) > 1:
        return tracks
    return [dataclasses.replace(f, name=lang.name, language=lang.language, kind=f.kind or lang.kind)
            for lang in languages for f in formats]


def _without_bare_repeats(tracks: list) -> list:
    """`Zvuk: český Dolby Digital 2.0` and `Jazyk: čeština`: a track that names only a language
    another track describes adds nothing and goes."""
    described = {t.language for t in tracks if t.codec or t.channels or t.kind}
    return [t for t in tracks if t.codec or t.channels or t.kind or t.language == UNDETERMINED
            or t.language not in described]


def _without_repeated_words(tracks: list) -> list:
    """`rosyjska z napisami polskimi` and `Napisy: polskie`: a one-word subtitle track that names,
    in another word, a language named before adds nothing and goes (`English SDH` beside `English`
    stays, and so does a name the notes repeat word for word).

    >>> [t.name for t in _without_repeated_words([SubtitleTrack("polskimi", "pl"), SubtitleTrack("polskie", "pl")])]
    ['polskimi']
    """
    names: dict[str, set[str]] = {}
    out = []
    for track in tracks:
        known = names.setdefault(track.language, set())
        if known and track.name not in known and track.language != UNDETERMINED and len(track.name.split()) == 1:
            continue
        known.add(track.name)
        out.append(track)
    return out


def _format_of_earlier(tracks: list, item) -> bool:
    """Give a language-less item's format to the tracks before it, if it is theirs (True)."""
    if not (item.codec or item.channels or item.kind):
        return bool(tracks)  # bit rates, sampling rates: nothing a track is compared by
    bare = _formatless_run(tracks)
    for previous in bare:
        previous.codec, previous.channels = item.codec, item.channels
        previous.kind = previous.kind or item.kind
    if bare or not tracks:
        return bool(bare)
    last = tracks[-1]
    # what the last track lacks, or says again (`1 ch, 192 kbps (моно)`: mono twice is one track)
    fills = item.codec in (None, last.codec) or last.codec is None
    fills = fills and (item.channels in (None, last.channels) or last.channels is None)
    if fills:
        last.codec, last.channels = last.codec or item.codec, last.channels or item.channels
        last.kind = last.kind or item.kind
    return fills


def _formatless_run(tracks: list) -> list:
    """The tracks at the end of the list that name neither codec nor channels."""
    run = []
    for track in reversed(tracks):
        if track.codec or track.channels:
            break
        run.append(track)
    return run


def _track_language(track, out: ReleaseSpec) -> str:
    """A track's language code. A commentary's words name its speaker too (`Commentary by film
    historian Peter Cowie (English)`): a word of them that names a language is its language, and
    one that names none is `und`, not an unknown language to report."""
    if not track.name:
        return UNDETERMINED
    if track.kind != "commentary":
        return _code(track.name, out)
    named = resolve_language(track.name) or next(
        (code for word in track.name.split() if len(word) > 3 and (code := resolve_language(word))), None)
    return named or UNDETERMINED


def _code(name: str, out: ReleaseSpec) -> str:
    code = resolve_language(name)
    if code is None:
        out.unknown_languages.append(name)
        return UNDETERMINED
    return code
