"""A release's prose fills what its lines left empty.

>>> spec = ReleaseSpec(region="1", unparsed=["Il dvd ha 2 dischi dvd 9, regione 2 PAL e sottotitoli in italiano.",
...                                          "Un film di Marco Rossi: dura 92 minuti."])
>>> fill_from_prose(spec)
>>> spec.region, spec.disc_count, spec.disc_format, spec.video_system, spec.runtime_text, spec.directors
('1', 2, 'DVD9', 'PAL', '92 min', ['Marco Rossi'])
>>> [t.name for t in spec.subtitles], spec.unparsed[1]
(['italiano'], 'Un film di Marco Rossi: dura 92 minuti.')
"""

from __future__ import annotations

from dvdtrack.reading.blocks.cleaning import MAX_LINE
from dvdtrack.reading.prose.credits import director_in_brackets, directors_in
from dvdtrack.reading.prose.extras import extras_in
from dvdtrack.reading.prose.cues import among, of_this_disc, sentences
from dvdtrack.reading.prose.tracks import audio_in, subtitles_in
from dvdtrack.reading.prose.values import aspect_in, discs_in, of_another_version, region_in, runtime_in, system_in
from dvdtrack.reading.release import AudioTrack, ReleaseSpec, SubtitleTrack

_CELLS = " | "
# the fields prose may fill; when none is empty, the prose is not read
_FIELDS = ("runtime_text", "disc_count", "region", "video_system", "aspect_ratio", "audio", "subtitles", "directors",
           "features")


def prose_sentences(spec: ReleaseSpec) -> list[str]:
    """The sentences of the lines no rule read (its synopsis, its unread lines) that speak of this disc
    (not of another release, nor of a region's other version); a line of cells (`Posted in War |
    Tagged DVD9`: a page's footer or a table) is no prose."""
    lines = (spec.synopsis or "").splitlines() + spec.unparsed  # an overlong line is kept unread, not read as prose
    found = of_this_disc(sentences("\n".join(line for line in lines if _CELLS not in line and len(line) <= MAX_LINE)))
    versions = set(among(found, "regions.before", "sieves.region_codes"))
    return [s for s in found if s not in versions or not of_another_version(s)]


def fill_from_prose(spec: ReleaseSpec) -> None:
    """Fill each field the release's lines left empty with what its prose states; every line stays
    where it was (in the synopsis or in `unparsed`). A field already filled is not looked for."""
    if all(getattr(spec, name) for name in _FIELDS):
        return
    found = prose_sentences(spec)
    if not found:
        return
    if spec.runtime_text is None:
        spec.runtime_text = runtime_in(found)
    if spec.disc_format in (None, "DVD") or spec.disc_count is None:
        _discs(spec, *discs_in(found))
    if spec.region is None:
        spec.region = region_in(found)
    if spec.video_system is None:
        spec.video_system = system_in(found)
    if spec.aspect_ratio is None:
        spec.aspect_ratio = aspect_in(found)
    spec.audio = spec.audio or [AudioTrack(name=name) for name in audio_in(found)]
    spec.subtitles = spec.subtitles or [SubtitleTrack(name=name) for name in subtitles_in(found)]
    spec.directors = spec.directors or directors_in(found) or director_in_brackets(found + spec.features)
    spec.features = spec.features or extras_in(found)


def _discs(spec: ReleaseSpec, count: int | None, fmt: str | None) -> None:
    """The prose's count and layers, where the lines named none, or only a `DVD` (one disc implied)."""
    implied = spec.disc_format in (None, "DVD") and spec.disc_count in (None, 1)
    spec.disc_count = count if count and implied else spec.disc_count
    spec.disc_format = fmt if fmt and spec.disc_format in (None, "DVD") else spec.disc_format
