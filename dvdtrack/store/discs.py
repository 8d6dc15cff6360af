"""Disc scans in the catalogue: a release made from a disc, or a disc tied to a release made from notes.

A release's `spec_json` keeps what the notes said; when a disc is tied to it, the disc's values
replace the notes' for the fields a disc knows (`disc.scan.DISC_FIELDS`), and a `disc_scan` key
records which fields came from the disc and what the notes said of them, so `show` and `compare`
mark disc values and a second scan compares against the notes, not against the first scan.
Every row a scan writes has the source "disc scan".
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.engine import Connection

from dvdtrack.disc.agree import Agreement, agreement
from dvdtrack.disc.scan import DISC_FIELDS, SOURCE, DiscScan as Scan
from dvdtrack.errors import NotFound
from dvdtrack.store.bulk import ReleaseWriter, Written, add_tracks, insert_with_ids
from dvdtrack.store.hand_set import hand_values, lay, strip
from dvdtrack.store.history import record
from dvdtrack.store.models import DiscScan, Release, ReleaseAudio, ReleaseSubtitle, Source
from dvdtrack.store.releases import prepare, track_rows

COLUMNS = ("disc_format", "region", "video_system", "aspect_ratio", "runtime_seconds", "size_bytes", "size_text")


def overlay(notes: dict, scan: Scan, from_notes: bool = True) -> dict:
    """A release's JSON with the disc's values over the notes' (see the module's docstring).

    >>> from dvdtrack.disc.scan import DiscScan; from dvdtrack.reading.release import ReleaseSpec
    >>> scan = DiscScan("x", "ab12", "X", ReleaseSpec(runtime_seconds=5474, region="2"))
    >>> data = overlay({"runtime_seconds": 5475, "region": None, "label": "Criterion"}, scan)
    >>> data["runtime_seconds"], data["label"], data["disc_scan"]["fields"], data["disc_scan"]["notes"]["runtime_seconds"]
    (5474, 'Criterion', ['region', 'runtime_seconds'], 5475)
    >>> notes_of(data)["runtime_seconds"], "disc_scan" in notes_of(data)
    (5475, False)
    """
    disc = scan.spec.to_dict()
    taken = [f for f in DISC_FIELDS if disc.get(f) not in (None, "", [])]
    out = {**notes, **{f: disc[f] for f in taken}}
    said = {f: notes.get(f) for f in taken + (["size_text"] if "size_bytes" in taken else [])}
    if "size_bytes" in taken:
        out["size_text"] = disc["size_text"]
    out["disc_scan"] = {"disc_id": scan.disc_id, "volume_id": scan.volume_id, "fields": taken,
                        "notes": said if from_notes else {}}
    return out


def notes_of(data: dict) -> dict:
    """A release's JSON as its notes gave it (the disc's values, and those set by hand, taken out again)."""
    out = strip(data)
    marker = out.pop("disc_scan", None)
    if marker and marker["notes"]:
        out.update(marker["notes"])
    return out


def _source(conn: Connection) -> int:
    found = conn.execute(select(Source.id).where(Source.name == SOURCE)).scalar()
    if found is None:
        found = insert_with_ids(conn, "source", [{"kind": SOURCE, "name": SOURCE,
                                                  "imported_at": datetime.now(timezone.utc)}])[0]
    return found


def scanned_release(conn: Connection, disc_id: str) -> Written | None:
    """The release a disc with this id was stored as or tied to, if any."""
    row = conn.execute(select(Release.id, Release.title, Release.year, Release.film_id)
                       .join(DiscScan, DiscScan.release_id == Release.id)
                       .where(DiscScan.disc_id == disc_id).order_by(DiscScan.id).limit(1)).first()
    return Written(row.id, row.title, row.year, row.film_id, False) if row else None


def _record(conn: Connection, release_id: int, scan: Scan, source_id: int) -> None:
    same = (DiscScan.release_id == release_id) & (DiscScan.disc_id == scan.disc_id)
    record.delete_rows(conn, DiscScan, same)
    insert_with_ids(conn, "discscan", [{"release_id": release_id, "disc_id": scan.disc_id, "volume_id": scan.volume_id,
                                       "scan_json": json.dumps(scan.to_dict(), ensure_ascii=False),
                                       "source_id": source_id, "scanned_at": datetime.now(timezone.utc)}])


def add_scans(conn: Connection, scans: list[Scan]) -> list[Written]:
    """Store each disc as a release of source "disc scan"; a disc already stored (or tied to a
    release) is reported with `created=False`. Runs in the caller's write transaction."""
    source_id, writer, out = _source(conn), ReleaseWriter(), []
    for scan in scans:
        known = scanned_release(conn, scan.disc_id)
        if known:
            out.append(known)
            continue
        prepared = prepare(scan.spec)
        digest = hashlib.sha256(f"{SOURCE} {scan.disc_id}".encode()).hexdigest()
        columns = {**prepared.columns,
                   "spec_json": json.dumps(overlay(scan.spec.to_dict(), scan, from_notes=False), ensure_ascii=False)}
        written = writer.write(conn, [(SOURCE, dataclasses.replace(prepared, digest=digest, columns=columns))])[0]
        if written.created:
            _record(conn, written.id, scan, source_id)
        out.append(written)
    return out


def reapply_scans(conn: Connection, release_id: int) -> None:
    """Lay the release's latest disc scan over its notes again (after `reparse` re-read them)."""
    row = conn.execute(select(DiscScan.scan_json).where(DiscScan.release_id == release_id)
                       .order_by(DiscScan.id.desc()).limit(1)).first()
    if row is not None:
        attach_scan(conn, release_id, Scan.from_dict(json.loads(row.scan_json)))


def attach_scan(conn: Connection, release_id: int, scan: Scan) -> list[Agreement]:
    """Tie a disc to a stored release: its values replace the notes' where it knows them (the
    notes' are kept); returns, field by field, where the notes and the disc agree."""
    row = conn.execute(select(Release.spec_json).where(Release.id == release_id)).first()
    if row is None:
        raise NotFound(f"no release with id {release_id}")
    stored = json.loads(row.spec_json)
    notes = notes_of(stored)
    data = lay(overlay(notes, scan), hand_values(stored))  # what was set by hand stays on top
    values = {c: data.get(c) for c in COLUMNS}
    record.update_rows(conn, Release, Release.id == release_id, **values,
                       spec_json=json.dumps(data, ensure_ascii=False))
    rows = track_rows(scan.spec)
    for model, table in ((ReleaseAudio, "audio"), (ReleaseSubtitle, "subtitles")):
        if rows[table]:
            record.delete_rows(conn, model, model.release_id == release_id)
    add_tracks(conn, [release_id], [{"audio": rows["audio"], "subtitles": rows["subtitles"], "features": []}])
    _record(conn, release_id, scan, _source(conn))
    return agreement(notes, scan.spec.to_dict())
