"""Where a disc's files are: a VIDEO_TS folder (or the mount point above it) or an ISO image.

`find_discs` turns the paths a user gives into discs; each disc lists its VIDEO_TS files with
their sizes and reads an IFO file whole (IFO files are small; VOBs are never opened). ISO images
are read with pycdlib, through ISO 9660 or, when an image has only that, UDF.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from dvdtrack.disc.ifo import DiscError

LARGEST_IFO = 16 * 1024 * 1024  # real IFO files are a few hundred KB at most


class FolderDisc:
    """A VIDEO_TS folder on a file system (a copied disc or a mounted one)."""

    def __init__(self, video_ts: Path) -> None:
        self.path = video_ts
        self.volume_id = video_ts.resolve().parent.name or str(video_ts)
        try:
            entries = list(os.scandir(video_ts))
        except OSError as exc:
            raise DiscError(f"{video_ts}: cannot read the folder ({exc.strerror or exc})") from None
        self.files = dict(filter(None, map(_entry, entries)))

    def read(self, name: str) -> bytes:
        size, path = self.files[name]
        _check_size(self.path, name, size)
        try:
            with open(path, "rb") as handle:
                return handle.read(LARGEST_IFO + 1)
        except OSError as exc:
            raise DiscError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _entry(entry: os.DirEntry) -> tuple[str, tuple[int, str]] | None:
    """A regular file's upper-case name, size and path; None for anything else (a folder, a
    device, a broken or looping link: a missing file, as far as the disc is concerned)."""
    try:
        return (entry.name.upper(), (entry.stat().st_size, entry.path)) if entry.is_file() else None
    except OSError:
        return None


class IsoDisc:
    """An ISO image, read with pycdlib."""

    def __init__(self, path: Path) -> None:
        import pycdlib

        self.path = path
        self._iso = pycdlib.PyCdlib()
        try:
            self._iso.open(str(path))
            self.volume_id, self._paths, self.files = self._listing()
        except DiscError:
            raise
        except OSError as exc:
            raise DiscError(f"{path}: cannot read ({exc.strerror or exc})") from None
        except Exception as exc:  # pycdlib's errors on a damaged image are of many kinds
            raise DiscError(f"{path}: not a readable ISO image ({_first_line(exc)})") from None

    def _listing(self) -> tuple[str, dict[str, dict], dict[str, tuple[int, None]]]:
        from pycdlib.pycdlibexception import PyCdlibException

        iso = self._iso
        for kind in ("iso_path", "udf_path"):
            if kind == "udf_path" and not iso.has_udf():
                break
            try:
                children = [c for c in iso.list_children(**{kind: "/VIDEO_TS"}) if c is not None]
            except PyCdlibException:  # no such directory in this file system
                continue
            paths, files = {}, {}
            for child in children:
                if child.is_dir():
                    continue
                name = child.file_identifier().decode("latin-1").split(";")[0].upper()
                paths[name] = {kind: f"/VIDEO_TS/{child.file_identifier().decode('latin-1')}"}
                files[name] = (child.get_data_length(), None)
            label = iso.pvd.volume_identifier.decode("latin-1").strip() if iso.pvd else ""
            return label or self.path.stem, paths, files
        raise DiscError(f"{self.path}: the image holds no VIDEO_TS folder")

    def read(self, name: str) -> bytes:
        _check_size(self.path, name, self.files[name][0])
        out = io.BytesIO()
        try:
            self._iso.get_file_from_iso_fp(out, **self._paths[name])
        except Exception as exc:
            raise DiscError(f"{self.path}: cannot read {name} ({_first_line(exc)})") from None
        return out.getvalue()

    def close(self) -> None:
        try:
            self._iso.close()
        except Exception:  # closing a half-opened image
            pass


def _check_size(where: Path, name: str, size: int) -> None:
    if size > LARGEST_IFO:
        raise DiscError(f"{where}: {name} is {size:,} bytes, too large for an IFO file")


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def find_discs(paths: list[str]) -> list[Path]:
    """Every disc under the given paths: `.iso` files and VIDEO_TS folders, in path order.

    A path is a VIDEO_TS folder, the folder above it (a mount point), an image, or a folder
    holding any of these at any depth; a path holding none is an error, not an empty result.
    """
    found: list[Path] = []
    for text in paths:
        path = Path(text)
        if not path.exists():
            raise DiscError(f"{text}: no such file or folder")
        discs = [path] if path.is_file() else _walk(path)
        if path.is_file() and path.suffix.lower() != ".iso":
            raise DiscError(f"{text}: not an .iso image or a folder")
        if not discs:
            raise DiscError(f"{text}: no VIDEO_TS folder or .iso image in it")
        found += discs
    return list(dict.fromkeys(found))


def _walk(root: Path) -> list[Path]:
    if root.name.upper() == "VIDEO_TS":
        return [root]
    out = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in [d for d in dirs if d.upper() == "VIDEO_TS"]:
            out.append(Path(folder) / name)
            dirs.remove(name)
        out += [Path(folder) / f for f in sorted(files) if f.lower().endswith(".iso")]
    return out


def open_disc(path: Path) -> FolderDisc | IsoDisc:
    """The disc at a path `find_discs` returned."""
    return IsoDisc(path) if path.is_file() else FolderDisc(path)
