"""Correcting and removing: a release's notes rewritten (`release edit`), one field set by hand
(`release set`), a release or a film removed with every row that refers to it (`release rm`,
`film rm`). Each is planned first (what would change, for the user to see and accept) and then
made in the caller's writing session, so that it is one recorded change (`dvdtrack undo`).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session

from dvdtrack.errors import NothingParsed, UsageError
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.release import ReleaseSpec
from dvdtrack.store.cascade import below, delete_below
from dvdtrack.store.discs import overlay
from dvdtrack.store.film_notes import drop_notes_facts, entry_of, is_empty, left_behind, take_back
from dvdtrack.store.films import get_film_by_id, get_source, record_info
from dvdtrack.store.hand_set import MARK, apply, hand_values, keys_of, lay, read_value
from dvdtrack.store.history import record
from dvdtrack.store.ingest import read_text
from dvdtrack.store.models import DiscScan, Film, Release, Source
from dvdtrack.store.releases import block_hash, film_info, get_release
from dvdtrack.store.reparse import rewrite


@dataclass
class Edit:
    """A release's notes as rewritten: the new reading and what it changes, key by key."""

    release_id: int
    spec: ReleaseSpec
    changes: list[tuple[str, object, object]]  # (JSON key, before, after)


def plan_edit(session: Session, release_id: int, text: str, grammars: dict[str, Grammar]) -> Edit:
    """Read rewritten notes as the release's; what they change (a disc tied to it and values set
    by hand stay over them); notes that read as no release or several are refused."""
    release = get_release(session, release_id)
    try:
        specs = read_text(text, grammars).specs
    except NothingParsed:
        raise UsageError(f"the notes no longer read as a release; release #{release_id} is left as it was") from None
    if len(specs) != 1:
        raise UsageError(f"the notes now read as {len(specs)} releases, and a release's notes must read as one; "
                         f"release #{release_id} is left as it was")
    spec = specs[0]
    spec.raw = text.strip("\n")
    before = json.loads(release.spec_json)
    after = spec.to_dict()
    scan = _latest_scan(session, release_id)
    if scan is not None:
        after = overlay(after, scan)
    after = lay(after, hand_values(before))
    changes = [(key, before.get(key), after[key]) for key in after
               if key not in (MARK, "disc_scan") and after[key] != before.get(key)]
    if block_hash(spec.raw) != block_hash(release.raw_block):  # spaces at line ends are no change
        changes.append(("notes", release.raw_block, spec.raw))
    return Edit(release_id, spec, changes)


def _latest_scan(session: Session, release_id: int):
    from dvdtrack.disc.scan import DiscScan as Scan

    found = session.execute(select(DiscScan.scan_json).where(DiscScan.release_id == release_id)
                            .order_by(DiscScan.id.desc()).limit(1)).scalar()
    return Scan.from_dict(json.loads(found)) if found else None


def save_edit(session: Session, edit: Edit) -> None:
    """Store the rewritten notes: the release read from them, and what they say about its film in
    place of what the old notes said."""
    release = get_release(session, edit.release_id)
    digest = block_hash(edit.spec.raw)
    other = session.execute(select(Release.id).where(Release.block_hash == digest, Release.id != release.id)).scalar()
    if other is not None:
        raise UsageError(f"these notes are release #{other}'s already; release #{release.id} is left as it was")
    old_facts = drop_notes_facts(session, release)
    release.block_hash, release.raw_bytes = digest, None  # the text now is the notes, as edited
    rewrite(session, release, edit.spec)
    release = session.get(Release, release.id)
    info = film_info(edit.spec)
    if not edit.spec.titles:
        info = dataclasses.replace(info, titles=[])  # no placeholder title for a film that has one
    film = get_film_by_id(session, release.film_id)
    source = session.get(Source, release.source_id) if release.source_id else None
    if source is None:  # its facts are found by the release's source: it needs one
        source = get_source(session, "release-notes", "release edit")
        release.source_id = source.id
    record_info(session, film, info, source, entry_of(release))
    left_behind(session, film.id, old_facts)  # what only the old notes said goes; the display is refreshed
    record.describe(session, f"edited the notes of release #{release.id}")


def set_field(session: Session, release_id: int, field: str, value: str | None) -> list[tuple[str, object, object]]:
    """Set one field of a release by hand (None: take the hand-set value back, to what the notes
    and a disc say); returns (JSON key, before, after) of what changed."""
    release = get_release(session, release_id)
    before = json.loads(release.spec_json)
    if value is None:
        apply(session.connection(), release.id, {}, unset=tuple(k for k in keys_of(field) if k in hand_values(before)))
    else:
        apply(session.connection(), release.id, read_value(field, value, before))
    session.expire(release)
    after = json.loads(session.get(Release, release.id).spec_json)
    record.describe(session, f"set the {field} of release #{release.id}" if value is not None
                    else f"the {field} of release #{release.id} back to what its notes say")
    return [(key, before.get(key), after.get(key)) for key in after
            if key != MARK and after.get(key) != before.get(key)]


@dataclass
class Removal:
    """What goes: rows per table (the release or film itself included), and the film of a release
    removed with it when nothing else is left on it."""

    rows: dict[str, int]
    film_goes: int | None = None


def plan_release_rm(session: Session, release_id: int) -> Removal:
    release = get_release(session, release_id)
    rows = {name: len(ids) for name, ids in below(session, Release, [release.id]).items() if ids}
    return Removal(rows, release.film_id if is_empty(session, release.film_id, also_gone=(release.id,)) else None)


def remove_release(session: Session, release_id: int) -> Removal:
    """Remove a release, every row that refers to it and what its notes say about its film."""
    plan = plan_release_rm(session, release_id)
    release = get_release(session, release_id)
    record.describe(session, f"removed release #{release.id} {release.title}")
    take_back(session, release, removing=True)
    return plan


def plan_film_rm(session: Session, film_id: int, with_releases: bool) -> Removal:
    film = get_film_by_id(session, film_id)
    releases = session.execute(select(func.count()).select_from(Release).where(Release.film_id == film.id)).scalar_one()
    if releases and not with_releases:
        raise UsageError(f"film #{film.id} has {releases} release(s): give --with-releases to remove them too, "
                         "or `dvdtrack release link` them to another film first")
    return Removal({name: len(ids) for name, ids in below(session, Film, [film.id]).items() if ids})


def remove_film(session: Session, film_id: int, with_releases: bool) -> Removal:
    """Remove a film and every row that refers to it (its releases only `with_releases`)."""
    plan = plan_film_rm(session, film_id, with_releases)
    film = get_film_by_id(session, film_id)
    record.describe(session, f"removed film #{film.id} {film.title}")
    delete_below(session, Film, [film.id])
    return plan
