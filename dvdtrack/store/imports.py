"""`dvdtrack import`: files and folders of any supported kind, one transaction per file.

A file that cannot be read or parsed is reported and skipped; the others still import.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy.engine import Engine

from dvdtrack.errors import DvdtrackError, InputError
from dvdtrack.grammar import Grammar
from dvdtrack.importers import detect_kind
from dvdtrack.importers.feed import read_feed
from dvdtrack.importers.textlist import read_text_list
from dvdtrack.store.database import session
from dvdtrack.store.dump import import_dump
from dvdtrack.store.films import get_source
from dvdtrack.store.ingest import AddReport, add_specs, read_text
from dvdtrack.store.lists import save_list
from dvdtrack.textio import read_input


@dataclass
class ImportReport:
    """Totals of an import run and the files that failed, with why."""

    files: int = 0
    films_new: int = 0
    films_matched: int = 0
    lists: int = 0
    releases: AddReport = field(default_factory=AddReport)
    unparsed_lines: int = 0
    dump_rows: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def merge(self, other: ImportReport) -> None:
        """Add the counts of one committed file."""
        for name in ("files", "films_new", "films_matched", "lists", "unparsed_lines", "dump_rows"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.releases.saved += other.releases.saved
        self.failed += other.failed


def expand_paths(paths: list[str]) -> list[Path]:
    """Files named, and every file below folders named (sorted, hidden files skipped)."""
    out = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            out.append(path)
    return out


def import_paths(engine: Engine, paths: list[Path], grammars: dict[str, Grammar],
                 progress: Callable[[Path], None] = lambda p: None, dry_run: bool = False) -> ImportReport:
    """Import every file; each file commits on its own (or rolls back with `dry_run`)."""
    report = ImportReport()
    for path in paths:
        progress(path)
        try:
            report.merge(_import_file(engine, path, grammars, dry_run))
        except DvdtrackError as exc:
            report.failed.append((str(path), str(exc).removeprefix(f"{path}: ")))
    return report


def _import_file(engine: Engine, path: Path, grammars, dry_run: bool) -> ImportReport:
    """Import one file in its own transaction; its counts only count once it is committed."""
    report = ImportReport(files=1)
    text = read_input(str(path))
    kind = detect_kind(text)
    if kind == "dump":
        return _import_dump(engine, path, text, dry_run)
    # Read before taking the write lock, so that other writers wait only for the database work.
    if kind == "release-notes":
        specs = read_text(text, grammars).specs
    else:
        lists = read_feed(text, str(path)) if kind == "feed" else [read_text_list(text)]
        if not any(l.entries for l in lists):
            raise InputError(f"{path}: no film entries found")
    with session(engine, write=not dry_run) as s:
        source = get_source(s, kind, str(path))
        if kind == "release-notes":
            add_specs(s, specs, str(path), report.releases)
            report.unparsed_lines += sum(len(spec.unparsed) for spec in specs)
        else:
            for data in lists:
                new, matched = save_list(s, data, source)
                report.films_new += new
                report.films_matched += matched
                report.lists += 1
        s.rollback() if dry_run else s.commit()
    return report


def _import_dump(engine: Engine, path: Path, text: str, dry_run: bool) -> ImportReport:
    """A database dump (`dvdtrack export`): loaded whole into an empty database."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not a readable dump: {exc}") from None
    if dry_run:
        return ImportReport(files=1, dump_rows=sum(len(rows) for rows in data.get("tables", {}).values()))
    return ImportReport(files=1, dump_rows=sum(import_dump(engine, data).values()))
