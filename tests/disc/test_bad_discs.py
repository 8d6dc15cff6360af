"""Bad discs and images: one clear line and exit status 2, never a traceback or a hang; a property
test feeds random and mutated IFO bytes to the reader."""

from __future__ import annotations

import os
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvdtrack.disc.ifo import DiscError, read_manager, read_title_set
from dvdtrack.disc.scan import _scan
from tests.disc.made_discs import (
    AudioDef, DiscDef, SubDef, TitleDef, TitleSetDef, disc_files, manager, title_set, write_folder, write_iso,
)

DISC = DiscDef([TitleSetDef(audio=[AudioDef(), AudioDef("dts", 6, "ru")], subpictures=[SubDef("en")],
                            titles=[TitleDef(), TitleDef((0, 5, 0, 0), 2)])])
VMG, VTS = manager(DISC), title_set(DISC.title_sets[0])


def _scan_error(run, *paths) -> str:
    result = run("scan", *paths)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dvdtrack: error: ") and "Traceback" not in result.output
    return lines[0]


def _disc_with(tmp_path, name: str, data: bytes):
    root = write_folder(DISC, tmp_path / "disc")
    (root / "VIDEO_TS" / name).write_bytes(data)
    (root / "VIDEO_TS" / name.replace(".IFO", ".BUP")).unlink()
    return root


def _patched(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


BAD_FILES = {
    "truncated VMG": ("VIDEO_TS.IFO", VMG[:100], "truncated"),
    "truncated title table": ("VIDEO_TS.IFO", VMG[:2048 + 10], "truncated"),
    "truncated VTS": ("VTS_01_0.IFO", VTS[:0x210], "truncated"),
    "wrong magic": ("VIDEO_TS.IFO", b"DVDVIDEO-XXX" + VMG[12:], "not a DVD-Video IFO"),
    "VTS magic in the VMG": ("VIDEO_TS.IFO", VTS, "not a DVD-Video IFO"),
    "title table past the end": ("VIDEO_TS.IFO", _patched(VMG, 0xC4, ">I", 999), "past the end"),
    "program chains past the end": ("VTS_01_0.IFO", _patched(VTS, 0xCC, ">I", 10**6), "past the end"),
    "chapter offset past the end": ("VTS_01_0.IFO", _patched(VTS, 2048 + 8, ">I", 10**6), "chapters at byte 1000000"),
    "a PGC start looping back onto its table": ("VTS_01_0.IFO", _patched(VTS, 4096 + 12, ">I", 0), "program chain 1 at byte 0 "),
    "a chapter pointing into its own header": ("VTS_01_0.IFO", _patched(VTS, 2048 + 8, ">I", 0), "chapters at byte 0 "),
    "a title naming a missing title set": ("VIDEO_TS.IFO", _patched(VMG, 2048 + 8 + 6, ">B", 7), "title set 7"),
    "99 audio streams": ("VTS_01_0.IFO", _patched(VTS, 0x203, ">B", 99), "audio"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_ifo_is_one_line_exit_2(case, run, tmp_path):
    name, data, words = BAD_FILES[case]
    line = _scan_error(run, _disc_with(tmp_path, name, data))
    assert words in line and name.split(".")[0] in line


def test_folder_without_video_ts(run, tmp_path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"jpeg")
    assert "no VIDEO_TS folder or .iso image" in _scan_error(run, tmp_path / "photos")
    assert "no such file or folder" in _scan_error(run, tmp_path / "nowhere")
    assert "not an .iso image" in _scan_error(run, tmp_path / "photos" / "a.jpg")


def test_missing_ifo_and_the_backup_copy(run, tmp_path):
    root = write_folder(DISC, tmp_path / "disc")
    (root / "VIDEO_TS" / "VTS_01_0.IFO").unlink()
    assert run("scan", "--json", root).exit_code == 0  # the BUP stands in, as it does for players
    (root / "VIDEO_TS" / "VTS_01_0.BUP").unlink()
    assert "VTS_01_0.IFO is missing" in _scan_error(run, root)
    for name in ("VIDEO_TS.IFO", "VIDEO_TS.BUP"):
        (root / "VIDEO_TS" / name).unlink()
    os.symlink("VIDEO_TS.IFO", root / "VIDEO_TS" / "VIDEO_TS.IFO")  # a link to itself: never a file
    assert "no VIDEO_TS.IFO" in _scan_error(run, root)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_ifo(run, tmp_path):
    root = write_folder(DISC, tmp_path / "disc")
    (root / "VIDEO_TS" / "VIDEO_TS.IFO").chmod(0)
    assert "cannot read" in _scan_error(run, root)


def test_corrupt_images(run, tmp_path):
    (tmp_path / "noise.iso").write_bytes(os.urandom(100_000))
    assert "not a readable ISO image" in _scan_error(run, tmp_path / "noise.iso")
    good = write_iso(DISC, tmp_path / "good.iso").read_bytes()
    (tmp_path / "cut.iso").write_bytes(good[:40_000])
    assert "cut.iso" in _scan_error(run, tmp_path / "cut.iso")
    (tmp_path / "empty.iso").write_bytes(b"")
    assert "not a readable ISO image" in _scan_error(run, tmp_path / "empty.iso")


def test_image_without_video_ts(run, tmp_path):
    import io

    import pycdlib

    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=1)
    iso.add_fp(io.BytesIO(b"hello"), 5, "/README.TXT;1")
    iso.write(str(tmp_path / "data.iso"))
    iso.close()
    assert "holds no VIDEO_TS folder" in _scan_error(run, tmp_path / "data.iso")


def test_a_bad_disc_among_good_ones_writes_nothing(run, tmp_path):
    write_folder(DISC, tmp_path / "all" / "good")
    _disc_with(tmp_path / "all", "VIDEO_TS.IFO", VMG[:100])
    _scan_error(run, "--add", tmp_path / "all")
    assert run("show", "1").exit_code != 0  # nothing stored


class MemoryDisc:
    """A disc whose files are bytes in memory (for the property test)."""

    volume_id = "MEMORY"

    def __init__(self, files: dict[str, bytes | int]) -> None:
        self.contents = {n: c for n, c in files.items() if isinstance(c, bytes)}
        self.files = {n: (len(c) if isinstance(c, bytes) else c, None) for n, c in files.items()}

    def read(self, name: str) -> bytes:
        return self.contents.get(name, b"")


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    out = bytearray(data)
    for position, value in edits:
        out[position % len(out)] = value
    return bytes(out[:cut] if cut is not None else out)


EDITS = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=12)
CUT = st.one_of(st.none(), st.integers(0, 12_000))


@settings(max_examples=300, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(vmg_edits=EDITS, vts_edits=EDITS, vmg_cut=CUT, vts_cut=CUT, noise=st.binary(max_size=3000))
def test_random_and_mutated_ifo_bytes(vmg_edits, vts_edits, vmg_cut, vts_cut, noise):
    """Any bytes: a result or DiscError, promptly (the deadline catches a hang, not slowness)."""
    files = disc_files(DISC)
    files["VIDEO_TS.IFO"] = _mutate(VMG, vmg_edits, vmg_cut)
    files["VTS_01_0.IFO"] = _mutate(VTS, vts_edits, vts_cut)
    for reader, data in ((read_manager, noise), (read_title_set, noise), (read_manager, b"DVDVIDEO-VMG" + noise),
                         (read_title_set, b"DVDVIDEO-VTS" + noise)):
        try:
            reader(data, "noise")
        except DiscError:
            pass
    try:
        scan = _scan(MemoryDisc(files), "memory")
    except DiscError as exc:
        assert str(exc).startswith("memory")
        return
    assert scan.titles_on_disc and all(t.runtime_seconds >= 0 for t in scan.titles_on_disc)
