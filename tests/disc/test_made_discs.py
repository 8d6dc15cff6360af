"""Made discs read by the scan and by an independent reader, Debian's lsdvd (libdvdread), and
libdvdread's own disc id: the writer makes real discs, and the scan reads what lsdvd reads."""

from __future__ import annotations

import ast
import ctypes
import ctypes.util
import shutil
import subprocess
from pathlib import Path

import pytest

from dvdtrack.disc.files import FolderDisc
from dvdtrack.disc.ifo import read_title_set
from dvdtrack.disc.scan import scan_path
from tests.disc.made_discs import AudioDef, DiscDef, SubDef, TitleDef, TitleSetDef, write_folder, write_iso

LSDVD = shutil.which("lsdvd")
needs_lsdvd = pytest.mark.skipif(LSDVD is None, reason="lsdvd is not installed (.ci/run installs it)")
CODINGS = {"ac3": "Dolby Digital", "dts": "DTS", "lpcm": "PCM", "mpeg1": "MPEG", "mpeg2": "MPEG"}
LANGS = ["en", "ru", "fr", "de", "es", "it", "ja", "he"]
SUB_LANGS = ["en", "ru", "fr", "de", "es", "it", "ja", "he", "pl", "cs", "fi", "sv", "no", "da", "nl", "pt",
             "hu", "el", "tr", "ar", "zh", "ko", "th", "uk", "bg", "ro", "hr", "sr", "sl", "sk", "et", "lv"]


def _streams(coding: str, count: int) -> list[AudioDef]:
    return [AudioDef(coding, (6, 2, 1, 8)[i % 4] if coding != "mpeg1" else 2, LANGS[i]) for i in range(count)]


SHAPES = {
    **{f"{c}-{n}": DiscDef([TitleSetDef(audio=_streams(c, n))]) for c in CODINGS for n in (1, 8)},
    "ntsc-4x3-no-subs": DiscDef([TitleSetDef(system="NTSC", aspect="4:3", permitted=0, subpictures=[],
                                             titles=[TitleDef((1, 58, 3, 29), 12)])], region_mask=0b11111110),
    "32-subs": DiscDef([TitleSetDef(subpictures=[SubDef(c) for c in SUB_LANGS])], region_mask=0),
    "commentary": DiscDef([TitleSetDef(audio=[AudioDef("ac3", 6, "en"), AudioDef("ac3", 2, "en", "commentary")],
                                       subpictures=[SubDef("en"), SubDef("en", "commentary"), SubDef("fr", "forced")])]),
    "three-sets": DiscDef([
        TitleSetDef(system="NTSC", aspect="4:3", titles=[TitleDef((0, 3, 0, 0), 1), TitleDef((0, 0, 40, 0), 1)]),
        TitleSetDef(audio=_streams("dts", 3), subpictures=[SubDef("ru")],
                    titles=[TitleDef((2, 11, 5, 3), 28, angles=3)]),
        TitleSetDef(aspect="4:3", permitted=1, mpeg=1, titles=[TitleDef((0, 25, 0, 0), 5)]),
    ], region_mask=0b11110101),
}


def _lsdvd(path: Path) -> dict:
    out = subprocess.run([LSDVD, "-a", "-s", "-v", "-n", "-c", "-Oy", str(path)], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    return ast.literal_eval(out.split("=", 1)[1])


def _libdvdread(path: Path) -> tuple[str, str]:
    """libdvdread's disc id (DVDDiscID) and the regions in its VMGI (vmg_category, 0x22 of vmgi_mat_t)."""
    lib = ctypes.CDLL(ctypes.util.find_library("dvdread") or "libdvdread.so.8")
    lib.DVDOpen.restype, lib.DVDOpen.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
    lib.DVDDiscID.argtypes, lib.DVDClose.argtypes = [ctypes.c_void_p, ctypes.c_char_p], [ctypes.c_void_p]
    lib.ifoOpen.restype, lib.ifoOpen.argtypes = ctypes.POINTER(ctypes.c_void_p), [ctypes.c_void_p, ctypes.c_int]
    lib.ifoClose.argtypes = [ctypes.c_void_p]
    handle = lib.DVDOpen(str(path).encode())
    buffer = ctypes.create_string_buffer(16)
    try:
        assert lib.DVDDiscID(handle, buffer) == 0
        ifo = lib.ifoOpen(handle, 0)
        # vmgi_mat is ifo_handle_t's first field since libdvdread 6, its second (after `file`) before
        mat = next(p for p in (ifo[0], ifo[1]) if p and ctypes.string_at(p, 12) == b"DVDVIDEO-VMG")
        category = ctypes.c_uint32.from_address(mat + 0x22).value
        lib.ifoClose(ifo)
    finally:
        lib.DVDClose(handle)
    mask = category >> 16 & 0xFF
    allowed = [str(i + 1) for i in range(8) if not mask & 1 << i]
    return buffer.raw.hex(), "ALL" if len(allowed) == 8 else ",".join(allowed)


@pytest.fixture(params=["folder", "iso"])
def made(request, tmp_path):
    """A function: disc definition → (path given to scan, path given to lsdvd)."""
    def make(disc: DiscDef) -> tuple[Path, Path]:
        if request.param == "folder":
            root = write_folder(disc, tmp_path / disc.volume)
            return root, root
        image = write_iso(disc, tmp_path / "disc.iso")
        return image, image
    return make


def _check_against_lsdvd(scan, seen: dict, folder) -> None:
    tracks = seen["track"]
    assert [t.number for t in scan.titles_on_disc] == [t["ix"] for t in tracks]
    assert [t.runtime_seconds for t in scan.titles_on_disc] == [int(t["length"]) for t in tracks]
    assert [(t.title_set, t.angles, t.chapters) for t in scan.titles_on_disc] == \
        [(t["vts"], t["angles"], len(t["chapter"])) for t in tracks]
    main = tracks[seen["longest_track"] - 1]
    spec = scan.spec
    assert (spec.video_system, spec.aspect_ratio) == (main["format"], main["aspect"].replace("/", ":"))
    assert spec.runtime_seconds == int(main["length"])
    assert [(a.language, a.codec, a.channels) for a in spec.audio] == [
        (a["langcode"], CODINGS[a["format"].strip()], {1: "1.0", 2: "2.0", 6: "5.1", 8: "7.1"}[a["channels"]])
        for a in main["audio"]]
    assert [a.kind == "commentary" for a in spec.audio] == [a["content"].startswith("Comments") for a in main["audio"]]
    assert [s.language for s in spec.subtitles] == [s["langcode"] for s in main["subp"]]
    for track in tracks:
        read = read_title_set(folder.read(f"VTS_{track['vts']:02d}_0.IFO"), "test")
        assert read.frame_size == f"{track['width']}x{track['height']}"
        assert read.permitted == {"P&S + Letter": "pan-scan and letterbox", "Pan&Scan": "pan-scan",
                                  "Letterbox": "letterbox"}.get(track["df"])
        assert [a.sample_rate for a in read.audio] == [a["frequency"] for a in track["audio"]]
        assert read.times[track["ttn"]][1] == pytest.approx(track["fps"], abs=0.01)


@needs_lsdvd
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_scan_reads_what_lsdvd_reads(shape, made, tmp_path):
    disc = SHAPES[shape]
    given, for_lsdvd = made(disc)
    scan = scan_path(given if given.is_file() else given / "VIDEO_TS")
    folder = FolderDisc(write_folder(disc, tmp_path / "plain") / "VIDEO_TS")
    _check_against_lsdvd(scan, _lsdvd(for_lsdvd), folder)
    assert (scan.disc_id, scan.spec.region) == _libdvdread(for_lsdvd)


def test_region_masks_and_extras(tmp_path):
    scan = scan_path(write_folder(SHAPES["three-sets"], tmp_path / "d") / "VIDEO_TS")
    assert scan.spec.region == "2,4"
    assert scan.spec.features == ["Title 1: 0:03:00", "Title 4: 0:25:00"]  # the 40-second title is no extra
    assert scan_path(write_folder(SHAPES["32-subs"], tmp_path / "e") / "VIDEO_TS").spec.region == "ALL"
    assert scan_path(write_folder(SHAPES["ntsc-4x3-no-subs"], tmp_path / "f") / "VIDEO_TS").spec.region == "1"


def test_a_16x9_stream_is_anamorphic_a_4x3_one_says_nothing_of_its_frame(tmp_path):
    wide = scan_path(write_folder(SHAPES["commentary"], tmp_path / "w") / "VIDEO_TS").spec
    square = scan_path(write_folder(SHAPES["ntsc-4x3-no-subs"], tmp_path / "s") / "VIDEO_TS").spec
    assert (wide.aspect_ratio, wide.anamorphic) == ("16:9", True) and (square.aspect_ratio, square.anamorphic) == ("4:3", None)


def test_dual_layer_size_from_the_vobs(tmp_path):
    big = DiscDef([TitleSetDef(vob_bytes=[1_073_741_824] * 5 + [123_456_512])])  # sparse files
    scan = scan_path(write_folder(big, tmp_path / "big") / "VIDEO_TS")
    assert scan.spec.size_bytes == 5 * 1_073_741_824 + 123_456_512
    assert scan.spec.disc_format == "DVD9"
    small = scan_path(write_folder(DiscDef(), tmp_path / "small") / "VIDEO_TS")
    assert small.spec.disc_format == "DVD5"


def test_same_disc_same_id_as_folder_and_image(tmp_path):
    disc = SHAPES["commentary"]
    folder = scan_path(write_folder(disc, tmp_path / "f") / "VIDEO_TS")
    image = scan_path(write_iso(disc, tmp_path / "i.iso"))
    other = scan_path(write_folder(SHAPES["32-subs"], tmp_path / "o") / "VIDEO_TS")
    assert folder.disc_id == image.disc_id != other.disc_id
    assert image.volume_id == "MADE_DISC" and image.spec.titles == ["Made Disc"]
