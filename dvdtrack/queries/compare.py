"""Edition comparison: editions side by side, runtimes at film speed, and a verdict per pair.

Speed factors (documented in the README): film runs at 24 fps. PAL and SECAM discs play it at
25 fps, so a PAL runtime is the film's × 24/25 and the film's runtime is PAL × 25/24 (≈ 4 % longer).
NTSC discs play 24 fps film at 24000/1001 fps (3:2 pulldown), so film = NTSC × (24000/1001)/24;
a PAL runtime therefore converts to NTSC by × 25/(24000/1001).

>>> film_speed(5475, "PAL")
5703
>>> verdict(5475, "PAL", 5703, "NTSC")
'same cut (difference explained by PAL speed-up)'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz
from sqlmodel import Session, select

from dvdtrack.errors import NotFound, UsageError
from dvdtrack.normalise.runtime import format_runtime
from dvdtrack.normalise.size import format_size
from dvdtrack.queries.films import resolve_film
from dvdtrack.store.models import Film, Release
from dvdtrack.store.releases import release_dict

FACTORS = {"PAL": 25 / 24, "SECAM": 25 / 24, "NTSC": (24000 / 1001) / 24}
SAME_CUT_SECONDS = 60  # logos, credits and rounding differ by this much between otherwise equal cuts
SAME_FEATURE = 90


@dataclass
class Row:
    """One attribute across editions; `unique[i]` lists the items only edition i has."""

    field: str
    values: list[str]
    differs: bool
    unique: list[list[str]] = field(default_factory=list)


@dataclass
class Comparison:
    """Editions of one film (or of several, when named by id), row by row, with verdicts."""

    film: dict | None
    editions: list[dict]
    rows: list[Row]
    verdicts: list[str]
    films: list[str]

    def to_dict(self) -> dict:
        return {"film": self.film, "editions": self.editions,
                "rows": [{"field": r.field, "values": r.values, "differs": r.differs} for r in self.rows],
                "verdicts": self.verdicts}


def film_speed(seconds: int | None, system: str | None) -> int | None:
    """The film's own runtime (24 fps) given a disc's runtime and video system."""
    if seconds is None:
        return None
    return round(seconds * FACTORS.get(system or "", 1.0))


def verdict(a_seconds: int | None, a_system: str | None, b_seconds: int | None, b_system: str | None) -> str:
    """Whether two runtimes are the same cut once the speed-up is taken out."""
    if a_seconds is None or b_seconds is None:
        return "runtime unknown for one edition"
    a, b = film_speed(a_seconds, a_system), film_speed(b_seconds, b_system)
    if abs(a - b) <= SAME_CUT_SECONDS:
        if abs(a_seconds - b_seconds) <= SAME_CUT_SECONDS:
            return "same cut (same running time)"
        return "same cut (difference explained by PAL speed-up)"
    return f"differs by {round(abs(a - b) / 60)} min beyond speed-up: possibly cut or extended"


def compare(session: Session, film_ref: str | None, release_ids: list[int]) -> Comparison:
    """Compare all editions of a film, or exactly the releases named."""
    if release_ids:
        pairs = [_release(session, rid) for rid in release_ids]
    elif film_ref:
        film = resolve_film(session, film_ref)
        pairs = [(r, film) for r in session.exec(select(Release).where(Release.film_id == film.id).order_by(Release.id))]
    else:
        raise UsageError("name a film, or releases with --release")
    if not pairs:
        raise NotFound(f"film {film_ref!r} has no editions stored")
    editions = [release_dict(r, f) for r, f in pairs]
    films = list(dict.fromkeys(f"#{f.id} {f.title}" for _, f in pairs))
    film = pairs[0][1]
    return Comparison({"id": film.id, "title": film.title, "year": film.year} if len(films) == 1 else None,
                      editions, build_rows(editions), _verdicts(editions), films)


def _release(session: Session, release_id: int) -> tuple[Release, Film]:
    release = session.get(Release, release_id)
    if release is None:
        raise NotFound(f"no release with id {release_id}")
    return release, session.get(Film, release.film_id)


def build_rows(editions: list[dict]) -> list[Row]:
    """The comparison rows, from release dicts."""
    scalar = [
        ("disc format", lambda e: f"{e['disc_count'] or 1} × {e['disc_format']}" if e["disc_format"] else ""),
        ("video system", lambda e: e["video_system"] or ""), ("region", lambda e: e["region"] or ""),
        ("aspect ratio", lambda e: e["aspect_ratio"] or ""), ("label", lambda e: e["label"] or ""),
        ("runtime", lambda e: format_runtime(e["runtime_seconds"])),
        ("runtime at film speed", lambda e: format_runtime(film_speed(e["runtime_seconds"], e["video_system"]))),
        ("size", lambda e: format_size(e["size_bytes"])),
    ]
    rows = [_scalar_row(name, [get(e) for e in editions]) for name, get in scalar]
    rows.append(_set_row("audio tracks", [[_audio(t) for t in e["audio"]] for e in editions], feature_key))
    rows.append(_set_row("subtitles", [[f"{t['name']} ({t['language']})" for t in e["subtitles"]] for e in editions],
                         _lang_key))
    rows.append(_set_row("bonus features", [e["features"] for e in editions], feature_key))
    return rows


def _scalar_row(name: str, values: list[str]) -> Row:
    return Row(name, values, len(set(values)) > 1, [[] for _ in values])


def _set_row(name: str, items: list[list[str]], key) -> Row:
    keys = [[key(i) for i in edition] for edition in items]
    unique = [[item for item, k in zip(edition, ks) if _count(k, keys) == 1] for edition, ks in zip(items, keys)]
    differs = len(items) > 1 and any(unique) or len({frozenset(k) for k in keys}) > 1
    return Row(name, ["\n".join(edition) for edition in items], differs, unique if len(items) > 1 else [[]])


def _count(key: str, keys: list[list[str]]) -> int:
    return sum(any(_same(key, other) for other in edition) for edition in keys)


def _same(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= SAME_FEATURE


def _audio(track: dict) -> str:
    parts = [track.get("codec"), track.get("channels"), track.get("kind")]
    return f"{track['name']} ({track['language']})" + "".join(f" {p}" for p in parts if p)


def _lang_key(text: str) -> str:
    m = re.search(r"\((\w+)\)$", text)
    return m.group(1) if m else text


def feature_key(text: str) -> str:
    """Feature text folded for comparison: case, punctuation, bullets and spacing ignored.

    >>> feature_key("• Interview with Alexey Batalov.") == feature_key("interview with alexey batalov")
    True
    """
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _verdicts(editions: list[dict]) -> list[str]:
    out = []
    for a, b in combinations(editions, 2):
        text = verdict(a["runtime_seconds"], a["video_system"], b["runtime_seconds"], b["video_system"])
        out.append(f"#{a['id']} vs #{b['id']}: {text}")
    return out
