"""Made-up releases stored with the ORM, for tests of copies and of the collection (no reading)."""

from __future__ import annotations

import json

from dvdtrack.store.models import Film, Release, ReleaseAudio, ReleaseSubtitle


def made_release(session, title: str, year: int | None = None, disc_format: str | None = None,
                 system: str | None = None, region: str | None = None, label: str | None = None,
                 audio: tuple = (), subtitles: tuple = ()) -> int:
    """Store a film and one release of it with these specs and track languages; its id."""
    film = Film(title=title, year=year)
    session.add(film)
    session.flush()
    release = Release(film_id=film.id, title=title, year=year, disc_format=disc_format, video_system=system,
                      region=region, label=label, spec_json=json.dumps({}), raw_block=title,
                      block_hash=f"{title}-{disc_format}-{label}")
    session.add(release)
    session.flush()
    for position, code in enumerate(audio):
        session.add(ReleaseAudio(release_id=release.id, position=position, language=code, name=code))
    for position, code in enumerate(subtitles):
        session.add(ReleaseSubtitle(release_id=release.id, position=position, language=code, name=code))
    session.flush()
    return release.id
