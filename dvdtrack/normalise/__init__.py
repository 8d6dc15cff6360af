"""Normalisers: raw values from the parser → codes, seconds, bytes, canonical ratios."""

from __future__ import annotations

import dataclasses

from dvdtrack.normalise.aspect import canonical_aspect
from dvdtrack.normalise.audio import split_track
from dvdtrack.normalise.language import resolve_language
from dvdtrack.normalise.runtime import runtime_seconds
from dvdtrack.normalise.size import size_bytes
from dvdtrack.spec import ReleaseSpec, SubtitleTrack

UNDETERMINED = "und"


def normalise(spec: ReleaseSpec) -> ReleaseSpec:
    """A copy of `spec` with units resolved and every language given an ISO code (`und` if unknown)."""
    out = dataclasses.replace(spec, unknown_languages=[])
    out.runtime_seconds = runtime_seconds(spec.runtime_text) if spec.runtime_text else spec.runtime_seconds
    out.size_bytes = size_bytes(spec.size_text) if spec.size_text else spec.size_bytes
    out.aspect_ratio = canonical_aspect(spec.aspect_ratio) if spec.aspect_ratio else None
    out.audio = _audio_tracks(spec, out)
    out.subtitles = [SubtitleTrack(t.name, _code(t.name, out)) for t in spec.subtitles]
    out.related = [normalise(r) for r in spec.related]
    return out


def _audio_tracks(spec: ReleaseSpec, out: ReleaseSpec) -> list:
    """Tracks with codes. An item that names no language is the format of the track before it when
    that one has none (`RUSSIAN / DOLBY1.0`), else another layout of the same language
    (`English DD 5.1 / DD 2.0`), else a track of no stated language (`und`, not reported)."""
    tracks, previous = [], None
    for raw in spec.audio:
        track = split_track(raw.name)
        if not track.name and previous is not None and not (previous.codec or previous.channels):
            previous.codec, previous.channels, previous.kind = track.codec, track.channels, previous.kind or track.kind
            continue
        track.name = track.name or (previous.name if previous else "")
        track.language = _code(track.name, out) if track.name else UNDETERMINED
        tracks.append(track)
        previous = track
    return tracks


def _code(name: str, out: ReleaseSpec) -> str:
    code = resolve_language(name)
    if code is None:
        out.unknown_languages.append(name)
        return UNDETERMINED
    return code
