"""A writer of DVD-Video IFO structures: small VIDEO_TS folders and ISO images for the tests.

The layouts are libdvdread's (ifo_types.h), with every table `ifoOpen` requires (title table,
VTS attribute table, chapter and program chain tables, cell and VOBU address maps), so that
`lsdvd` reads what is made here: the writer is checked against an independent reader, not only
against ours. The VOB files are empty, or sparse when a disc must be large.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from pathlib import Path

SECTOR = 2048
CODING_BITS = {"ac3": 0, "mpeg1": 2, "mpeg2": 3, "lpcm": 4, "dts": 6}
AUDIO_KINDS = {None: 1, "visually impaired": 2, "commentary": 3}
SUB_KINDS = {None: 1, "forced": 9, "commentary": 13}


@dataclass
class AudioDef:
    coding: str = "ac3"
    channels: int = 6
    language: str | None = "en"
    kind: str | None = None
    rate: int = 48000


@dataclass
class SubDef:
    language: str | None = "en"
    kind: str | None = None


@dataclass
class TitleDef:
    """A title: its length (hours, minutes, seconds, frames), chapters and angles."""

    length: tuple[int, int, int, int] = (1, 31, 14, 12)
    chapters: int = 4
    angles: int = 1


@dataclass
class TitleSetDef:
    system: str = "PAL"
    aspect: str = "16:9"
    permitted: int = 2  # 0 pan-scan and letterbox, 1 pan-scan, 2 letterbox, 3 none
    mpeg: int = 2
    audio: list[AudioDef] = field(default_factory=lambda: [AudioDef()])
    subpictures: list[SubDef] = field(default_factory=list)
    titles: list[TitleDef] = field(default_factory=lambda: [TitleDef()])
    vob_bytes: list[int] = field(default_factory=lambda: [20 * SECTOR])


@dataclass
class DiscDef:
    title_sets: list[TitleSetDef] = field(default_factory=lambda: [TitleSetDef()])
    region_mask: int = 0b11111101  # region 2 only
    volume: str = "MADE_DISC"


def _bcd(n: int) -> int:
    return (n // 10) << 4 | n % 10


def dvd_time(length: tuple[int, int, int, int], system: str) -> bytes:
    h, m, s, f = length
    return bytes([_bcd(h), _bcd(m), _bcd(s), (0x40 if system == "PAL" else 0xC0) | _bcd(f)])


def _place(tables: list[bytes], first: int) -> tuple[bytes, list[int]]:
    """Tables laid one after another from sector `first`, each padded to whole sectors."""
    out, sectors, sector = b"", [], first
    for table in tables:
        padded = table + b"\0" * (-len(table) % SECTOR)
        sectors.append(sector)
        sector += len(padded) // SECTOR
        out += padded
    return out, sectors


def manager(disc: DiscDef) -> bytes:
    """VIDEO_TS.IFO: VMGI_MAT, the title table (TT_SRPT) and the VTS attribute table."""
    titles = [(n, ttn, t) for n, ts in enumerate(disc.title_sets, 1) for ttn, t in enumerate(ts.titles, 1)]
    srpt = struct.pack(">HHI", len(titles), 0, 8 + 12 * len(titles) - 1) + b"".join(
        struct.pack(">BBHHBBI", 0x3C, t.angles, t.chapters, 0, n, ttn, 0) for n, ttn, t in titles)
    count = len(disc.title_sets)
    atrt = struct.pack(">HHI", count, 0, 8 + 4 * count + 542 * count - 1)
    atrt += b"".join(struct.pack(">I", 8 + 4 * count + 542 * i) for i in range(count))
    atrt += b"".join(struct.pack(">II", 541, 0) + b"\0" * 534 for _ in range(count))
    body, (srpt_at, atrt_at) = _place([srpt, atrt], 1)
    last = len(body) // SECTOR  # the IFO's last sector
    mat = bytearray(SECTOR)
    mat[0:12] = b"DVDVIDEO-VMG"
    struct.pack_into(">I", mat, 0x0C, 2 * last + 1)
    struct.pack_into(">I", mat, 0x1C, last)
    mat[0x21] = 0x11
    struct.pack_into(">I", mat, 0x22, disc.region_mask << 16)
    struct.pack_into(">HHB", mat, 0x26, 1, 1, 1)
    struct.pack_into(">H", mat, 0x3E, count)
    struct.pack_into(">I", mat, 0x80, 0x3FF)
    struct.pack_into(">II", mat, 0xC4, srpt_at, 0)
    struct.pack_into(">I", mat, 0xD0, atrt_at)
    return bytes(mat) + body


def _video(ts: TitleSetDef) -> bytes:
    b0 = (ts.mpeg - 1) << 6 | (1 if ts.system == "PAL" else 0) << 4 | (3 if ts.aspect == "16:9" else 0) << 2 | ts.permitted
    return bytes([b0, 0])


def _audio(a: AudioDef) -> bytes:
    b0 = CODING_BITS[a.coding] << 5 | (1 if a.language else 0) << 2
    b1 = (1 if a.rate == 96000 else 0) << 4 | (a.channels - 1)
    return struct.pack(">BB2sBBBB", b0, b1, (a.language or "").encode().ljust(2, b"\0"), 0, AUDIO_KINDS[a.kind], 0, 0)


def _sub(s: SubDef) -> bytes:
    return struct.pack(">BB2sBB", 1 if s.language else 0, 0, (s.language or "").encode().ljust(2, b"\0"), 0, SUB_KINDS[s.kind])


def _pgc(ts: TitleSetDef, title: TitleDef, first_cell: int) -> bytes:
    """One title's program chain: a program and a cell per chapter."""
    n = title.chapters
    pgc = bytearray(0xEC)
    pgc[2], pgc[3] = n, n
    pgc[4:8] = dvd_time(title.length, ts.system)
    for i in range(len(ts.audio)):
        struct.pack_into(">H", pgc, 0x0C + 2 * i, 0x8000 | i << 8)
    for i in range(len(ts.subpictures)):
        struct.pack_into(">I", pgc, 0x1C + 4 * i, 0x80000000 | i << 24 | i << 16 | i << 8)
    programs = bytes(range(1, n + 1)) + b"\0" * (n % 2)
    seconds = title.length[0] * 3600 + title.length[1] * 60 + title.length[2]
    cell_time = dvd_time((0, *divmod(seconds // n, 60), 0) if seconds // n < 3600 else (0, 59, 59, 0), ts.system)
    cells = b"".join(struct.pack(">BBBB4sIIII", 0, 0, 0, 0, cell_time, 0, 0, 0, 0) for _ in range(n))
    positions = b"".join(struct.pack(">HBB", 1, 0, first_cell + i) for i in range(n))
    struct.pack_into(">HHHH", pgc, 0xE4, 0, 0xEC, 0xEC + len(programs), 0xEC + len(programs) + len(cells))
    return bytes(pgc) + programs + cells + positions


def title_set(ts: TitleSetDef) -> bytes:
    """VTS_nn_0.IFO: VTSI_MAT, chapters (PTT_SRPT), program chains (PGCIT), cell and VOBU maps."""
    n = len(ts.titles)
    offsets, entries, at = [], b"", 8 + 4 * n
    for title in ts.titles:
        offsets.append(at)
        entries += b"".join(struct.pack(">HH", offsets.index(at) + 1, c + 1) for c in range(title.chapters))
        at = 8 + 4 * n + len(entries)
    ptt = struct.pack(">HHI", n, 0, at - 1) + b"".join(struct.pack(">I", o) for o in offsets) + entries
    pgcs, cell = [], 1
    for title in ts.titles:
        pgcs.append(_pgc(ts, title, cell))
        cell += title.chapters
    starts, at = [], 8 + 8 * n
    for pgc in pgcs:
        starts.append(at)
        at += len(pgc)
    pgcit = struct.pack(">HHI", n, 0, at - 1) + b"".join(
        struct.pack(">BBHI", 0x80 | (i + 1), 0, 0, s) for i, s in enumerate(starts)) + b"".join(pgcs)
    cells = cell - 1
    c_adt = struct.pack(">HHI", 1, 0, 8 + 12 * cells - 1) + b"".join(
        struct.pack(">HBBII", 1, i + 1, 0, 2 * i, 2 * i + 1) for i in range(cells))
    admap = struct.pack(">I", 4 + 4 * cells - 1) + b"".join(struct.pack(">I", 2 * i) for i in range(cells))
    body, (ptt_at, pgcit_at, c_adt_at, admap_at) = _place([ptt, pgcit, c_adt, admap], 1)
    last = len(body) // SECTOR
    mat = bytearray(SECTOR)
    mat[0:12] = b"DVDVIDEO-VTS"
    vob_sectors = max(sum(ts.vob_bytes) // SECTOR, 2 * cells)
    struct.pack_into(">I", mat, 0x0C, 2 * last + 1 + vob_sectors)
    struct.pack_into(">I", mat, 0x1C, last)
    mat[0x21] = 0x11
    struct.pack_into(">I", mat, 0x80, 0x3D7)
    struct.pack_into(">IIII", mat, 0xC4, last + 1, ptt_at, pgcit_at, 0)
    struct.pack_into(">II", mat, 0xE0, c_adt_at, admap_at)
    mat[0x200:0x202] = _video(ts)
    mat[0x203] = len(ts.audio)
    for i, a in enumerate(ts.audio):
        mat[0x204 + 8 * i:0x20C + 8 * i] = _audio(a)
    mat[0x255] = len(ts.subpictures)
    for i, s in enumerate(ts.subpictures):
        mat[0x256 + 6 * i:0x25C + 6 * i] = _sub(s)
    return bytes(mat) + body


def disc_files(disc: DiscDef) -> dict[str, bytes | int]:
    """The files of VIDEO_TS: IFOs and BUPs as bytes, VOBs as their sizes."""
    files: dict[str, bytes | int] = {"VIDEO_TS.IFO": manager(disc), "VIDEO_TS.BUP": manager(disc)}
    for n, ts in enumerate(disc.title_sets, 1):
        files[f"VTS_{n:02d}_0.IFO"] = files[f"VTS_{n:02d}_0.BUP"] = title_set(ts)
        for i, size in enumerate(ts.vob_bytes, 1):
            files[f"VTS_{n:02d}_{i}.VOB"] = size
    return files


def write_folder(disc: DiscDef, root: Path) -> Path:
    """A disc as a folder `root/VIDEO_TS` (VOBs sparse); returns `root`."""
    folder = root / "VIDEO_TS"
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in disc_files(disc).items():
        if isinstance(content, bytes):
            (folder / name).write_bytes(content)
        else:
            with open(folder / name, "wb") as handle:
                handle.truncate(content)
    return root


def write_iso(disc: DiscDef, path: Path) -> Path:
    """A disc as an ISO image with ISO 9660 and UDF file systems, as DVD-Video discs have."""
    import pycdlib

    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=1, vol_ident=disc.volume, udf="2.60")
    iso.add_directory("/VIDEO_TS", udf_path="/VIDEO_TS")
    iso.add_directory("/AUDIO_TS", udf_path="/AUDIO_TS")
    for name, content in disc_files(disc).items():
        data = content if isinstance(content, bytes) else b"\0" * content
        iso.add_fp(io.BytesIO(data), len(data), f"/VIDEO_TS/{name};1", udf_path=f"/VIDEO_TS/{name}")
    iso.write(str(path))
    iso.close()
    return path
