"""Releases: block hashes, the columns and tracks a spec fills, the JSON shape, linking to films."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dvdtrack.errors import NotFound
from dvdtrack.reading.release import ReleaseSpec
from dvdtrack.store.film_info import UNTITLED, FilmInfo
from dvdtrack.store.shapes import release_json

if TYPE_CHECKING:  # only named: `add` prepares releases without loading the ORM
    from sqlmodel import Session

    from dvdtrack.store.models import Film, Release


def block_hash(raw: str) -> str:
    """Hash of a raw block, insensitive to line endings and trailing spaces (so a re-paste matches)."""
    text = "\n".join(line.rstrip() for line in raw.replace("\r\n", "\n").strip().split("\n"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def film_info(spec: ReleaseSpec) -> FilmInfo:
    """What a release block says about its film."""
    return FilmInfo(titles=spec.titles or [UNTITLED], year=spec.year, imdb_id=spec.imdb_id, directors=spec.directors,
                    cast=spec.cast, genres=spec.genres, countries=spec.countries)


def release_columns(spec: ReleaseSpec) -> dict:
    """The Release columns a spec fills (shared by save and re-parse)."""
    return dict(
        title=(spec.titles or [UNTITLED])[0], year=spec.year, disc_format=spec.disc_format,
        disc_count=spec.disc_count, label=spec.label, region=spec.region,
        video_system=spec.video_system, aspect_ratio=spec.aspect_ratio,
        runtime_seconds=spec.runtime_seconds, size_bytes=spec.size_bytes, size_text=spec.size_text,
        recovery_percent=spec.recovery_percent, grammar=spec.grammar, **edition_columns(spec),
        spec_json=json.dumps(spec.to_dict(), ensure_ascii=False), raw_block=spec.raw,
    )


EDITION_COLUMNS = ("edition", "catalogue_number", "barcode", "asin", "release_date", "anamorphic", "mono")


def edition_columns(spec: ReleaseSpec) -> dict:
    """The columns of an edition's own facts (schema 0006): a database of an older schema lacks them."""
    return {name: getattr(spec, name) for name in EDITION_COLUMNS}


@dataclass
class Prepared:
    """A release made ready to store without the database, so that reading processes do this
    work and the writer only matches films and inserts."""

    digest: str
    columns: dict
    info: FilmInfo
    tracks: dict[str, list[dict]]  # rows of ReleaseAudio, ReleaseSubtitle, ReleaseFeature, without release_id
    unparsed: int


def prepare(spec: ReleaseSpec) -> Prepared:
    """Everything the writer needs of a normalised spec."""
    return Prepared(block_hash(spec.raw), release_columns(spec), film_info(spec), track_rows(spec), len(spec.unparsed))


def track_rows(spec: ReleaseSpec) -> dict[str, list[dict]]:
    """Audio, subtitle and feature rows of a spec, by table name, in their order."""
    return {
        "audio": [{"position": i, "language": t.language or "und", "name": t.name, "codec": t.codec,
                   "channels": t.channels, "kind": t.kind} for i, t in enumerate(spec.audio)],
        "subtitles": [{"position": i, "language": t.language or "und", "name": t.name}
                      for i, t in enumerate(spec.subtitles)],
        "features": [{"position": i, "text": text} for i, text in enumerate(spec.features)],
    }


def get_release(session: Session, release_id: int) -> Release:
    """The release with this id, or NotFound."""
    from dvdtrack.store.models import Release

    release = session.get(Release, release_id)
    if release is None:
        raise NotFound(f"no release with id {release_id}")
    return release


def release_dict(release: Release, film: Film) -> dict:
    """The JSON shape of a stored release: `parse --json` keys plus id, film_id, film_title."""
    return release_json(release.id, film.id, film.title, release.spec_json)


