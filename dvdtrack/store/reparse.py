"""`dvdtrack reparse`: read every stored raw block again with today's grammars and update releases.

A release's film link is left alone (it may have been fixed by hand); its parsed fields, tracks
and features are replaced when the new reading differs (not when only the grammar that read it
does: one release of a page of several is read alone here, with what its page said around it gone). Blocks that no longer read as exactly one
release are reported and left as they were. A block kept with its bytes (`Release.raw_bytes`: a
code page, or bytes that were replaced) is decoded again from them, so that a better reading of
the encoding reaches stored releases too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import select

from dvdtrack.errors import InputError, NothingParsed
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.release import ReleaseSpec
from dvdtrack.reading.source import decode
from dvdtrack.store.bulk import add_tracks
from dvdtrack.store.database import session
from dvdtrack.store.discs import notes_of, reapply_scans
from dvdtrack.store.hand_set import apply, hand_values
from dvdtrack.store.ingest import read_text
from dvdtrack.store.models import Release, ReleaseAudio, ReleaseFeature, ReleaseSubtitle
from dvdtrack.store.releases import release_columns, track_rows


@dataclass
class ReparseReport:
    """Releases read again, those whose fields changed (and which), those left alone and why."""

    checked: int = 0
    changed: list[tuple[int, list[str]]] = field(default_factory=list)
    unreadable: list[tuple[int, str]] = field(default_factory=list)


def reparse_all(engine: Engine, grammars: dict[str, Grammar], dry_run: bool = False) -> ReparseReport:
    """Re-read every release in one transaction (rolled back with `dry_run`)."""
    report = ReparseReport()
    with session(engine, write=True) as s:
        for release in s.exec(select(Release).order_by(Release.id)).all():
            report.checked += 1
            _reparse(s, release, grammars, report)
        s.rollback() if dry_run else s.commit()
    return report


def _reparse(s, release: Release, grammars, report: ReparseReport) -> None:
    if not release.raw_block.strip() and '"disc_scan"' in release.spec_json:
        return  # read from a disc (`scan --add`): no notes to read again
    try:
        raw = decode(release.raw_bytes, f"release #{release.id}").text if release.raw_bytes else release.raw_block
        specs = read_text(raw, grammars).specs
    except NothingParsed:
        report.unreadable.append((release.id, "no release found in it now"))
        return
    except InputError as exc:
        report.unreadable.append((release.id, str(exc)))
        return
    if len(specs) != 1:
        report.unreadable.append((release.id, f"now reads as {len(specs)} releases"))
        return
    spec = specs[0]
    spec.raw = raw.strip("\n")
    old, new = notes_of(json.loads(release.spec_json)), spec.to_dict()  # a disc's values left out
    changed = [key for key in new if new[key] != old.get(key)] + (["raw_block"] if spec.raw != release.raw_block else [])
    if changed in ([], ["grammar"]):  # the same facts: a block of a page read alone may be read by
        return  # another grammar than the one its page chose, which is no change to report or store
    report.changed.append((release.id, changed))
    rewrite(s, release, spec)


def rewrite(s, release: Release, spec: ReleaseSpec) -> None:
    """Store a new reading of a release's notes: its columns and tracks; then a disc tied to it and
    the values set by hand are laid over them again."""
    by_hand = hand_values(json.loads(release.spec_json))
    for name, value in release_columns(spec).items():
        setattr(release, name, value)
    for table in (ReleaseAudio, ReleaseSubtitle, ReleaseFeature):
        s.execute(delete(table).where(table.release_id == release.id))
    add_tracks(s.connection(), [release.id], [track_rows(spec)])
    s.add(release)
    s.flush()
    reapply_scans(s.connection(), release.id)  # a disc tied to it stays preferred over the notes
    if by_hand:
        apply(s.connection(), release.id, by_hand)
    s.expire(release)
