"""A disc's own specs as a `ReleaseSpec` (the same shape reading release notes gives) plus
the facts only a disc has: its id, volume label and every title on it.

The main feature is the longest title: its runtime, audio and subpictures are the release's;
other titles of at least `EXTRA_SECONDS` are listed as extras. The disc id is libdvdread's
(`DVDDiscID`): the MD5 of VIDEO_TS.IFO and the first nine VTS_nn_0.IFO files, each taken in
whole 2,048-byte sectors, so the same disc gets the same id from dvdtrack and from dvd_info.

In the data flow `disc/` stands beside reading and normalise (it gives specs already normalised:
ISO codes, canonical codecs and ratios) and before store: it imports only `reading.release`,
`normalise.runtime` and itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dvdtrack.disc.files import open_disc
from dvdtrack.disc.ifo import SECTOR, DiscError, Manager, TitleSet, read_manager, read_title_set
from dvdtrack.normalise.runtime import format_runtime
from dvdtrack.reading.release import AudioTrack, ReleaseSpec, SubtitleTrack

EXTRA_SECONDS = 120  # shorter titles are menus, logos and warnings
SINGLE_LAYER = 4_700_000_000  # bytes a DVD5 holds; larger is a DVD9
SOURCE = "disc scan"  # the source of every fact a scan gives
DISC_FIELDS = ("disc_format", "region", "video_system", "aspect_ratio", "runtime_seconds", "size_bytes",
               "audio", "subtitles")  # the release fields a disc knows, and prefers over notes


@dataclass
class DiscTitle:
    number: int
    runtime_seconds: int
    chapters: int
    angles: int
    title_set: int


@dataclass
class DiscScan:
    """What one disc says about itself."""

    path: str
    disc_id: str
    volume_id: str
    spec: ReleaseSpec
    titles_on_disc: list[DiscTitle] = field(default_factory=list)
    video: dict = field(default_factory=dict)  # the main feature's MPEG version, frame size and rate, display

    def to_dict(self) -> dict:
        """`parse --json` keys plus disc_id, volume_id, titles_on_disc and path."""
        return {**self.spec.to_dict(), "path": self.path, "disc_id": self.disc_id, "volume_id": self.volume_id,
                "titles_on_disc": [dict(vars(t)) for t in self.titles_on_disc], "video": self.video}

    @classmethod
    def from_dict(cls, data: dict) -> DiscScan:
        """Rebuild a scan from `to_dict` output (as stored with a release)."""
        return cls(data["path"], data["disc_id"], data["volume_id"], ReleaseSpec.from_dict(data),
                   [DiscTitle(**t) for t in data["titles_on_disc"]], data.get("video", {}))


def scan_path(path: Path) -> DiscScan:
    """Read the disc at `path` (a VIDEO_TS folder or an image); DiscError if it is not DVD-Video."""
    disc = open_disc(path)
    try:
        return _scan(disc, str(path))
    finally:
        getattr(disc, "close", lambda: None)()


def _scan(disc, where: str) -> DiscScan:
    if "VIDEO_TS.IFO" not in disc.files and "VIDEO_TS.BUP" not in disc.files:
        raise DiscError(f"{where}: no VIDEO_TS.IFO")
    read: dict[str, bytes] = {}  # each IFO read once: for its specs and for the disc id

    def ifo(stem: str) -> bytes:
        if stem not in read:
            read[stem] = _ifo(disc, where, stem)
        return read[stem]

    vmg = read_manager(ifo("VIDEO_TS"), f"{where}: VIDEO_TS.IFO")
    sets = {n: read_title_set(ifo(f"VTS_{n:02d}_0"), f"{where}: VTS_{n:02d}_0.IFO")
            for n in sorted({t.title_set for t in vmg.titles})}
    titles = _titles(vmg, sets, where)
    size = sum(size for name, (size, _) in disc.files.items() if name.endswith(".VOB"))
    ids = [ifo(n) for n in _id_files(vmg) if f"{n}.IFO" in disc.files or f"{n}.BUP" in disc.files]
    return DiscScan(where, disc_id(ids), disc.volume_id,
                    _spec(vmg, sets, titles, size, disc.volume_id), titles, _video(vmg, sets, titles))


def _video(vmg: Manager, sets: dict[int, TitleSet], titles: list[DiscTitle]) -> dict:
    main = vmg.titles[titles.index(main_feature(titles))]
    ts = sets[main.title_set]
    return {"mpeg": ts.mpeg, "frame_size": ts.frame_size, "frame_rate": ts.times[main.vts_title][1],
            "display": ts.permitted}


def main_feature(titles: list[DiscTitle]) -> DiscTitle:
    """The main feature: the longest title (the first of equals)."""
    return max(titles, key=lambda t: t.runtime_seconds)


def _ifo(disc, where: str, stem: str) -> bytes:
    for name in (f"{stem}.IFO", f"{stem}.BUP"):  # the backup copy, as players do, when the IFO is missing
        if name in disc.files:
            return disc.read(name)
    raise DiscError(f"{where}: {stem}.IFO is missing")


def _id_files(vmg: Manager) -> list[str]:
    """The IFO files libdvdread hashes for the disc id (those missing are left out, as there)."""
    return ["VIDEO_TS"] + [f"VTS_{n:02d}_0" for n in range(1, min(vmg.title_sets, 9) + 1)]


def disc_id(ifos: list[bytes]) -> str:
    """libdvdread's disc id: MD5 over the IFO files, each cut to whole sectors.

    >>> disc_id([b"x" * 2048, b"y" * 3000]) == hashlib.md5(b"x" * 2048 + b"y" * 2048).hexdigest()
    True
    """
    digest = hashlib.md5()
    for data in ifos:
        digest.update(data[:len(data) // SECTOR * SECTOR])
    return digest.hexdigest()


def _titles(vmg: Manager, sets: dict[int, TitleSet], where: str) -> list[DiscTitle]:
    out = []
    for t in vmg.titles:
        times = sets[t.title_set].times
        if t.vts_title not in times:
            raise DiscError(f"{where}: title {t.number} is title {t.vts_title} of set {t.title_set}, which has "
                            f"{len(times)}")
        out.append(DiscTitle(t.number, times[t.vts_title][0], t.chapters, t.angles, t.title_set))
    return out


def _spec(vmg: Manager, sets: dict[int, TitleSet], titles: list[DiscTitle], size: int, volume: str) -> ReleaseSpec:
    main = main_feature(titles)
    ts = sets[main.title_set]
    extras = [f"Title {t.number}: {format_runtime(t.runtime_seconds)}" for t in titles
              if t is not main and t.runtime_seconds >= EXTRA_SECONDS]
    return ReleaseSpec(
        titles=[_title(volume)] if _title(volume) else [], disc_format="DVD9" if size > SINGLE_LAYER else "DVD5",
        disc_count=1, region=vmg.region, video_system=ts.video_system, aspect_ratio=ts.aspect_ratio,
        anamorphic=True if ts.aspect_ratio == "16:9" else None,  # a 16:9 stream is anamorphic; a 4:3 one may be full frame
        runtime_seconds=main.runtime_seconds, size_bytes=size, size_text=f"{size:,} bytes",
        audio=[AudioTrack(_language_name(a.language), a.language or "und", a.coding, a.channels,
                          a.kind) for a in ts.audio],
        subtitles=[SubtitleTrack(_language_name(s.language), s.language or "und") for s in ts.subpictures],
        features=extras, grammar=SOURCE)



def _title(volume: str) -> str:
    """A volume label as a title: `CRANES_ARE_FLYING` → `Cranes Are Flying`; labels that say
    nothing (`DVD_VIDEO`, `VIDEO_TS`) give none."""
    words = volume.replace("_", " ").split()
    text = " ".join(words).title()
    return "" if text.upper() in ("DVD", "DVD VIDEO", "DVDVOLUME", "VIDEO TS", "") else text


@lru_cache(maxsize=256)
def _language_name(code: str | None) -> str:
    """`en` → `English`; an unset or unknown code → `Unknown`."""
    if not code:
        return "Unknown"
    import langcodes

    try:
        name = langcodes.Language.get(code).display_name()
    except (ValueError, LookupError):
        return "Unknown"
    return "Unknown" if name.lower().startswith("unknown") else name
