"""Edition comparison: editions side by side, runtimes at film speed, and a verdict per pair.

Speed factors (documented in the README): film runs at 24 fps. PAL and SECAM discs play it at
25 fps, so a PAL runtime is the film's × 24/25 and the film's runtime is PAL × 25/24 (≈ 4 % longer).
NTSC discs play 24 fps film at 24000/1001 fps (3:2 pulldown), so film = NTSC × (24000/1001)/24;
a PAL runtime therefore converts to NTSC by × 25/(24000/1001).

How far two runtimes may differ and still be one cut follows how precisely each was given: one in
whole minutes (`159 minutes`) is ±1 min, one with seconds (`2:38:41`, a disc's own) ±5 s
(`TIGHT_SECONDS`: the rounding of speed conversions and of the tools that time discs); of two
runtimes, the looser decides. One given only in hours cannot tell a cut.

>>> film_speed(5475, "PAL")
5703
>>> verdict(Runtime(5475, "PAL"), Runtime(5709, "NTSC"))
'same cut (difference explained by PAL speed-up)'
>>> verdict(Runtime(9540, "NTSC", 60), Runtime(9521, "NTSC"))
'same cut (same running time, to the minute one is given in)'
>>> verdict(Runtime(9540, "NTSC"), Runtime(9521, "NTSC"))
'differs by 19 s: possibly cut or extended'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz
from sqlmodel import Session, select

from dvdtrack.errors import NotFound, UsageError
from dvdtrack.normalise.audio import canonical_channels, canonical_codec
from dvdtrack.normalise.runtime import format_runtime, runtime_precision
from dvdtrack.normalise.size import format_size
from dvdtrack.queries.films import resolve_film
from dvdtrack.store.models import Film, Release
from dvdtrack.store.releases import release_dict
from dvdtrack.store.shapes import titled

FACTORS = {"PAL": 25 / 24, "SECAM": 25 / 24, "NTSC": (24000 / 1001) / 24}
TIGHT_SECONDS = 5  # two runtimes given to the second that differ by more are not one cut
MINUTE, HOUR = 60, 3600
SAME_FEATURE = 90
EDITION_FACTS = ("edition", "catalogue_number", "barcode")  # release JSON keys; rows where an edition has one


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


@dataclass(frozen=True)
class Runtime:
    """A disc's runtime, its video system and the unit it was given in (1: seconds, 60: whole minutes)."""

    seconds: int | None
    system: str | None = None
    unit: int = 1

    @property
    def factor(self) -> float:
        return FACTORS.get(self.system or "", 1.0)

    @property
    def allowed(self) -> int:
        """How far, in the disc's seconds, the runtime may be from the one given."""
        return TIGHT_SECONDS if self.unit == 1 else self.unit


def verdict(a: Runtime, b: Runtime) -> str:
    """Whether two runtimes are the same cut once the speed-up is taken out, within the looser of
    their precisions (discs of one speed are compared as they give their runtimes)."""
    if a.seconds is None or b.seconds is None:
        return "runtime unknown for one edition"
    if max(a.unit, b.unit) >= HOUR:
        return "cannot tell: a runtime is given in whole hours"
    same_speed, on_discs = a.factor == b.factor, abs(a.seconds - b.seconds)
    if same_speed:
        gap, allowed = on_discs, max(a.allowed, b.allowed)
    else:
        gap = abs(film_speed(a.seconds, a.system) - film_speed(b.seconds, b.system))
        allowed = max(a.allowed * a.factor, b.allowed * b.factor)
    if gap > allowed:
        return f"differs by {_span(gap)}{'' if same_speed else ' beyond speed-up'}: possibly cut or extended"
    minutes = ", to the minute one is given in" if gap > TIGHT_SECONDS else ""
    if same_speed or on_discs <= max(a.allowed, b.allowed):
        return f"same cut (same running time{minutes})"
    return f"same cut (difference explained by PAL speed-up{minutes})"


def _span(seconds: int) -> str:
    return f"{seconds} s" if seconds < 2 * MINUTE else f"{round(seconds / MINUTE)} min"


def stated_unit(edition: dict) -> int:
    """The unit an edition's runtime was given in: read from its disc, to the second; else as its notes
    wrote it (`runtime_text`); a runtime stored before the text was kept is taken for whole minutes when
    it is a whole number of them (`reparse` keeps the text).

    >>> stated_unit({"runtime_seconds": 9540, "runtime_text": "159 minutes"}), stated_unit({"runtime_seconds": 9540})
    (60, 60)
    >>> stated_unit({"runtime_seconds": 9540, "runtime_text": "2:39:00"}), stated_unit({"runtime_seconds": 9541})
    (1, 1)
    """
    if "runtime_seconds" in (edition.get("disc_scan") or {}).get("fields", []):
        return 1
    if "runtime_text" in edition:
        return (runtime_precision(edition["runtime_text"]) if edition["runtime_text"] else None) or 1
    return MINUTE if (edition.get("runtime_seconds") or 0) % MINUTE == 0 else 1


def runtime_of(edition: dict) -> Runtime:
    """An edition's runtime, video system and precision."""
    return Runtime(edition["runtime_seconds"], edition["video_system"], stated_unit(edition))


def compare(session: Session, film_ref: str | None, release_ids: list[int], force: bool = False) -> Comparison:
    """Compare all editions of a film, or exactly the releases named: of one film, unless `force`."""
    if release_ids:
        pairs = [_release(session, rid) for rid in dict.fromkeys(release_ids)]  # a release named twice is one edition
        if film_ref:  # `compare FILM --release ID`: the releases must be of that film
            pairs.insert(0, (None, resolve_film(session, film_ref)))
        _one_film(pairs, force)
        pairs = [(r, f) for r, f in pairs if r is not None]
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


def _one_film(pairs: list[tuple[Release, Film]], force: bool) -> None:
    films = {film.id: film for _, film in pairs}
    if len(films) > 1 and not force:
        named = "; ".join(f"#{r.id} is of film #{f.id} {titled(f.title, f.year)}" if r is not None
                          else f"the film named is #{f.id} {titled(f.title, f.year)}" for r, f in pairs)
        raise UsageError(f"releases of different films: {named}; compare them anyway with --force")


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
        ("runtime", lambda e: _runtime(e["runtime_seconds"], stated_unit(e))),
        ("runtime at film speed", lambda e: _runtime(film_speed(e["runtime_seconds"], e["video_system"]), stated_unit(e))),
        ("size", lambda e: format_size(e["size_bytes"])),
    ]
    rows = [_scalar_row(name, [get(e) for e in editions]) for name, get in scalar]
    after_label = [r.field for r in rows].index("label") + 1
    rows[after_label:after_label] = [_scalar_row(name, values) for name, values in _edition_values(editions) if any(values)]
    rows.append(_track_row("audio tracks", [[_audio(t) for t in e["audio"]] for e in editions],
                           [[_audio_key(t) for t in e["audio"]] for e in editions]))
    rows.append(_track_row("subtitles", [[f"{t['name']} ({t['language']})" for t in e["subtitles"]] for e in editions],
                           [[(t["language"],) for t in e["subtitles"]] for e in editions]))
    rows.append(_set_row("bonus features", [e["features"] for e in editions], feature_key))
    return rows


def _edition_values(editions: list[dict]) -> list[tuple[str, list[str]]]:
    """An edition's own facts, a row each: shown only when some edition has one (`build_rows`).

    >>> _edition_values([{"edition": "Special Edition", "barcode": None}, {}])[0]
    ('edition', ['Special Edition', ''])
    """
    return [(key.replace("_", " "), [e.get(key) or "" for e in editions]) for key in EDITION_FACTS]


def _runtime(seconds: int | None, unit: int) -> str:
    """A runtime as precisely as it was given: `1:31:15`, `159 min`, `2 h`."""
    if seconds is None or unit == 1:
        return format_runtime(seconds)
    return f"{round(seconds / MINUTE)} min" if unit == MINUTE else f"{round(seconds / HOUR)} h"


def _scalar_row(name: str, values: list[str]) -> Row:
    return Row(name, values, len(set(values)) > 1, [[] for _ in values])


def _track_row(name: str, items: list[list[str]], keys: list[list[tuple]]) -> Row:
    """A row of tracks, each keyed by (language, what else tells it apart): ★ marks a track of a
    language no other edition has; the row differs when the editions' tracks do, their codecs and
    channels folded (`AC3 5.1` is `Dolby Digital 5.1`)."""
    languages = [{key[0] for key in edition} for edition in keys]
    unique = [[item for item, key in zip(edition, ks) if sum(key[0] in other for other in languages) == 1]
              for edition, ks in zip(items, keys)]
    differs = len({tuple(sorted(map(repr, edition))) for edition in keys}) > 1
    return Row(name, ["\n".join(edition) for edition in items], differs, unique if len(items) > 1 else [[]])


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
    parts = _audio_key(track)[1:]
    return f"{track['name']} ({track['language']})" + "".join(f" {p}" for p in parts if p)


def _audio_key(track: dict) -> tuple:
    """(language, codec, channels, kind) of a track, codec and channels in their one spelling."""
    return (track["language"], canonical_codec(track.get("codec")), canonical_channels(track.get("channels")),
            track.get("kind"))


def feature_key(text: str) -> str:
    """Feature text folded for comparison: case, punctuation, bullets and spacing ignored.

    >>> feature_key("• Interview with Alexey Batalov.") == feature_key("interview with alexey batalov")
    True
    """
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _verdicts(editions: list[dict]) -> list[str]:
    return [f"#{a['id']} vs #{b['id']}: {verdict(runtime_of(a), runtime_of(b))}" for a, b in combinations(editions, 2)]
