"""IFO structures of a DVD-Video disc, read with `struct` (layouts: libdvdread's ifo_types.h).

`VIDEO_TS.IFO` (the video manager) lists the title sets, the titles with their chapters and
angles, and the region mask; each `VTS_nn_0.IFO` (a title set) holds the video, audio and
subpicture attributes and the program chains with their playback times. Every offset is checked
against the file before it is read, and every count against the limits of the format, so a
damaged file raises `DiscError` (one line, exit 2) instead of reading past its end. Nothing here
follows a chain of pointers, so no file can make the reader loop.

>>> bcd_time(bytes([0x01, 0x31, 0x14, 0x40 | 0x12]))
(5474, 25.0)
>>> regions(0b11111101), regions(0), regions(0b11110101)
('2', 'ALL', '2,4')
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from dvdtrack.errors import InputError

SECTOR = 2048
VMG_MAGIC, VTS_MAGIC = b"DVDVIDEO-VMG", b"DVDVIDEO-VTS"
CODINGS = {0: "Dolby Digital", 2: "MPEG", 3: "MPEG", 4: "PCM", 6: "DTS"}
AUDIO_KINDS = {2: "visually impaired", 3: "commentary", 4: "commentary"}  # code_extension
SUBPICTURE_KINDS = {2: "large", 3: "children", 5: "captions", 6: "captions", 7: "captions", 9: "forced",
                    13: "commentary", 14: "commentary", 15: "commentary"}
CHANNELS = {1: "1.0", 2: "2.0", 6: "5.1", 7: "6.1", 8: "7.1"}
PERMITTED = ("pan-scan and letterbox", "pan-scan", "letterbox", None)
FRAME_SIZES = ((720, "720x{h}"), (704, "704x{h}"), (352, "352x{h}"), (352, "352x{half}"))


class DiscError(InputError):
    """A disc or image that cannot be read as DVD-Video."""

    exit_code = 2


@dataclass(frozen=True)
class Title:
    """A title as the video manager lists it."""

    number: int
    title_set: int
    vts_title: int
    chapters: int
    angles: int


@dataclass(frozen=True)
class Manager:
    """What `VIDEO_TS.IFO` says: the title sets, the titles and the regions."""

    title_sets: int
    region: str
    titles: list[Title]


@dataclass(frozen=True)
class Audio:
    coding: str | None
    channels: str
    sample_rate: int
    language: str | None
    kind: str | None


@dataclass(frozen=True)
class Subpicture:
    language: str | None
    kind: str | None


@dataclass(frozen=True)
class TitleSet:
    """What one `VTS_nn_0.IFO` says: its video, audio and subpictures, and each of its titles'
    playback time (seconds, and frame rate) by the title's number within the set."""

    mpeg: int
    video_system: str
    aspect_ratio: str
    permitted: str | None
    frame_size: str
    audio: list[Audio]
    subpictures: list[Subpicture]
    times: dict[int, tuple[int, float]]


class _Bytes:
    """A file's bytes with reads that never pass its end."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name

    def unpack(self, fmt: str, offset: int) -> tuple:
        if offset < 0 or offset + struct.calcsize(fmt) > len(self.data):
            raise DiscError(f"{self.name}: truncated or pointer past its end (byte {offset:,} of {len(self.data):,})")
        return struct.unpack_from(fmt, self.data, offset)

    def table(self, sector: int, what: str) -> int:
        """The byte offset of a table given by its sector, which must lie inside the file."""
        if sector == 0 or sector * SECTOR >= len(self.data):
            raise DiscError(f"{self.name}: the {what} table points past the end of the file (sector {sector})")
        return sector * SECTOR


def _magic(view: _Bytes, magic: bytes) -> None:
    if view.data[:12] != magic:
        raise DiscError(f"{view.name}: not a DVD-Video IFO (expected {magic.decode()})")


def bcd_time(raw: bytes) -> tuple[int, float]:
    """A dvd_time_t (BCD hours, minutes, seconds, frames with the rate in the top two bits) as
    whole seconds and the frame rate (25, or 29.97 for 30)."""
    def bcd(b: int) -> int:
        return (b >> 4) * 10 + (b & 0x0F)

    rate = {1: 25.0, 3: 29.97}.get(raw[3] >> 6, 0.0)
    return bcd(raw[0]) * 3600 + bcd(raw[1]) * 60 + bcd(raw[2]), rate


def regions(mask: int) -> str:
    """The regions a disc plays in, from the VMG's mask (a set bit excludes a region)."""
    allowed = [str(i + 1) for i in range(8) if not mask & (1 << i)]
    return "ALL" if len(allowed) == 8 else ",".join(allowed) or "none"


def read_manager(data: bytes, name: str = "VIDEO_TS.IFO") -> Manager:
    """Parse `VIDEO_TS.IFO`: title sets (0x3E), region mask (0x23), the title table (TT_SRPT)."""
    view = _Bytes(data, name)
    _magic(view, VMG_MAGIC)
    (mask,) = view.unpack(">B", 0x23)
    (sets,) = view.unpack(">H", 0x3E)
    if not 1 <= sets <= 99:
        raise DiscError(f"{name}: {sets} title sets (a disc has 1 to 99)")
    start = view.table(view.unpack(">I", 0xC4)[0], "title")
    count, _, last = view.unpack(">HHI", start)
    if not 1 <= count <= 99 or count * 12 + 8 > last + 1:
        raise DiscError(f"{name}: a title table of {count} titles in {last + 1} bytes")
    titles = []
    for i in range(count):
        _, angles, chapters, _, vts, ttn, _ = view.unpack(">BBHHBBI", start + 8 + 12 * i)
        if not (1 <= vts <= sets and 1 <= ttn <= 99 and 1 <= angles <= 9):
            raise DiscError(f"{name}: title {i + 1} names title set {vts}, title {ttn}, {angles} angles")
        titles.append(Title(i + 1, vts, ttn, chapters, angles))
    return Manager(sets, regions(mask), titles)


def read_title_set(data: bytes, name: str) -> TitleSet:
    """Parse a `VTS_nn_0.IFO`: attributes at 0x200, the PTT table (0xC8) and the PGC table (0xCC)."""
    view = _Bytes(data, name)
    _magic(view, VTS_MAGIC)
    v0, v1 = view.unpack(">BB", 0x200)
    (n_audio,) = view.unpack(">B", 0x203)
    (n_subp,) = view.unpack(">B", 0x255)
    if n_audio > 8 or n_subp > 32:
        raise DiscError(f"{name}: {n_audio} audio and {n_subp} subpicture streams (at most 8 and 32)")
    system = ("NTSC", "PAL")[(v0 >> 4) & 1] if (v0 >> 4) & 3 < 2 else "unknown"
    height = 480 if system == "NTSC" else 576
    width, size = FRAME_SIZES[(v1 >> 2) & 3]
    return TitleSet(
        mpeg=((v0 >> 6) & 3) + 1, video_system=system, aspect_ratio="16:9" if (v0 >> 2) & 3 == 3 else "4:3",
        permitted=PERMITTED[v0 & 3], frame_size=size.format(h=height, half=height // 2),
        audio=[_audio(view, 0x204 + 8 * i) for i in range(n_audio)],
        subpictures=[_subpicture(view, 0x256 + 6 * i) for i in range(n_subp)],
        times=_times(view),
    )


def _language(raw: bytes) -> str | None:
    code = raw.decode("latin-1").lower()
    return code if code.isascii() and code.isalpha() else None


def _audio(view: _Bytes, offset: int) -> Audio:
    b0, b1, lang, _, ext = view.unpack(">BB2sBB", offset)
    channels = (b1 & 7) + 1
    return Audio(CODINGS.get(b0 >> 5), CHANNELS.get(channels, f"{channels}.0"), (48000, 96000)[(b1 >> 4) & 1],
                 _language(lang) if (b0 >> 2) & 3 == 1 else None, AUDIO_KINDS.get(ext))


def _subpicture(view: _Bytes, offset: int) -> Subpicture:
    b0, _, lang, _, ext = view.unpack(">BB2sBB", offset)
    return Subpicture(_language(lang) if b0 & 3 == 1 else None, SUBPICTURE_KINDS.get(ext))


def _times(view: _Bytes) -> dict[int, tuple[int, float]]:
    """Each title's playback time: the PGC its first chapter (PTT) starts in."""
    ptt = view.table(view.unpack(">I", 0xC8)[0], "chapter")
    pgcit = view.table(view.unpack(">I", 0xCC)[0], "program chain")
    n_titles, _, ptt_last = view.unpack(">HHI", ptt)
    n_pgcs, _, pgcit_last = view.unpack(">HHI", pgcit)
    if not 1 <= n_titles <= 99 or n_pgcs > 9999:
        raise DiscError(f"{view.name}: {n_titles} titles and {n_pgcs} program chains")
    times = {}
    for ttn in range(1, n_titles + 1):
        (first,) = view.unpack(">I", ptt + 4 + 4 * ttn)
        _inside(view, f"title {ttn}'s chapters", first, 8 + 4 * n_titles, ptt_last + 1 - 4)
        (pgcn,) = view.unpack(">H", ptt + first)
        if not 1 <= pgcn <= n_pgcs:
            raise DiscError(f"{view.name}: title {ttn} starts in program chain {pgcn} of {n_pgcs}")
        (start,) = view.unpack(">I", pgcit + 8 * pgcn + 4)
        _inside(view, f"program chain {pgcn}", start, 8 + 8 * n_pgcs, pgcit_last + 1 - 0xEC)
        (raw,) = view.unpack(">4s", pgcit + start + 4)
        times[ttn] = bcd_time(raw)
    return times


def _inside(view: _Bytes, what: str, offset: int, low: int, high: int) -> None:
    """An offset within its table: past the table's own header and pointers (else it would read
    them as data, or point back at itself), and before the table's end."""
    if not low <= offset <= high:
        raise DiscError(f"{view.name}: {what} at byte {offset} of a table whose entries lie in {low}..{high}")
