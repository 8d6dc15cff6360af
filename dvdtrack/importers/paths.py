"""The files an import reads: files named, and every file below folders named.

A folder that cannot be listed, and a symlinked folder that leads back to one already walked (a
loop) or already read, is yielded as `Unreadable`, so that the import reports it instead of
silently reading less. Symlinked folders are followed once. A file named is yielded as `Named`, a
Path that says so: what a folder holds may be skipped where a file named alone is refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class Unreadable:
    """A path the walk could not read, and why (reported as a skipped file)."""

    path: Path
    why: str

    @property
    def name(self) -> str:
        return self.path.name

    def __str__(self) -> str:
        return str(self.path)


class Named(type(Path())):
    """A file named to the import itself, not found in a folder (a Path in every other way).

    >>> Named("notes/a.txt").name, isinstance(Named("a.txt"), Path)
    ('a.txt', True)
    """


def expand_paths(paths: list[str]) -> Iterator[Path | Unreadable]:
    """Files named, and every file below folders named (sorted, hidden ones skipped), lazily.

    >>> import tempfile; root = Path(tempfile.mkdtemp())
    >>> (root / "a").mkdir(); (root / "a" / "x.txt").write_text("x"); (root / "a" / "up").symlink_to(root)
    1
    >>> [str(p.path.relative_to(root)) if isinstance(p, Unreadable) else str(p.relative_to(root))
    ...  for p in expand_paths([str(root)])]
    ['a/up', 'a/x.txt']
    >>> [type(p).__name__ for p in expand_paths([str(root / "a" / "x.txt"), str(root / "a")])]
    ['Named', 'Unreadable', 'PosixPath']
    """
    seen: set[tuple[int, int]] = set()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, seen)
        else:
            yield Named(path)


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | Unreadable]:
    try:
        stat = folder.stat()
        if (stat.st_dev, stat.st_ino) in seen:
            yield Unreadable(folder, "a symlinked folder already read (a loop, or a second way to it): not read again")
            return
        seen.add((stat.st_dev, stat.st_ino))
        with os.scandir(folder) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield Unreadable(folder, f"cannot read this folder: {exc.strerror}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows a symlink
        except OSError as exc:
            yield Unreadable(path, f"cannot read: {exc.strerror}")
            continue
        if is_dir:
            yield from _walk(path, seen)
        elif entry.is_file() or not os.path.exists(entry.path):
            yield path  # a dangling symlink is reported by reading it
