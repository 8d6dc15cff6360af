"""`dvdtrack import`: files and folders of any supported kind.

Release notes are written in batches of about BATCH_RELEASES releases, one transaction each
(a killed import loses at most the batch under way, and running it again completes it); lists,
feeds and dumps get a transaction each. A file that cannot be read or parsed is reported and
skipped; if a batch fails in the database, its files are retried one by one so that only the
bad one is skipped.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from dvdtrack.errors import DvdtrackError, InputError
from dvdtrack.importers import FilmListData, detect_kind
from dvdtrack.importers.feed import read_feed
from dvdtrack.importers.textlist import read_text_list
from dvdtrack.reading.grammar.loading import Grammar
from dvdtrack.reading.source import read_input
from dvdtrack.store.bulk import ReleaseWriter
from dvdtrack.store.database import session, write_transaction
from dvdtrack.store.dump import import_dump
from dvdtrack.store.films import get_source
from dvdtrack.store.ingest import read_text
from dvdtrack.store.lists import save_list
from dvdtrack.store.releases import Prepared, prepare

BATCH_RELEASES = 500
_CHUNK = 64  # files per task sent to a reading process
_AHEAD = 8  # chunks read ahead of the writer at most
_WORKERS = 2


@dataclass
class ImportReport:
    """Totals of an import run and the files that failed, with why."""

    files: int = 0
    films_new: int = 0
    films_matched: int = 0
    lists: int = 0
    # counts, not the releases themselves: memory stays flat however many files there are
    releases_new: int = 0
    releases_present: int = 0
    unparsed_lines: int = 0
    dump_rows: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _File:
    """One file, read and parsed, waiting to be written."""

    path: str  # not a Path: the importer unpickles one per file, and a Path costs more than the rest
    kind: str
    releases: list[Prepared] = field(default_factory=list)
    lists: list[FilmListData] = field(default_factory=list)
    dump: dict | None = None


def expand_paths(paths: list[str]) -> Iterator[Path]:
    """Files named, and every file below folders named (sorted, hidden files skipped), lazily."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def import_paths(engine: Engine, paths, grammars: dict[str, Grammar],
                 progress: Callable[[Path, ImportReport], None] = lambda p, r: None,
                 dry_run: bool = False, batch: int = BATCH_RELEASES) -> ImportReport:
    """Import every file; release notes `batch` releases to a transaction (with `dry_run`, every
    transaction is rolled back)."""
    report, writer, pending, waiting = ImportReport(), ReleaseWriter(), [], 0
    for path, item in read_in_order(paths, grammars):
        if isinstance(item, str):
            report.failed.append((str(path), item.removeprefix(f"{path}: ")))
            progress(path, report)
            continue
        if item.kind == "release-notes":
            pending.append(item)
            waiting += len(item.releases)
            if waiting >= batch:
                _write_releases(engine, writer, pending, report, dry_run)
                pending, waiting = [], 0
        else:
            _write_releases(engine, writer, pending, report, dry_run)
            pending, waiting = [], 0
            _write_other(engine, item, report, dry_run)
        progress(path, report)
    _write_releases(engine, writer, pending, report, dry_run)
    return report


def read_in_order(paths, grammars: dict[str, Grammar], workers: int | None = None) -> Iterator[tuple[Path, object]]:
    """(path, _File or the reason it could not be read), in the order given.

    Parsing is pure and costs more than writing, so other processes read while this one writes:
    chunks of files go to a process pool (the grammars are sent once, as each process starts), and
    at most _AHEAD chunks wait, which bounds memory however many files there are.
    """
    settle_memory()
    try:
        yield from _read_all(paths, grammars, workers or min(os.cpu_count() or 1, _WORKERS))
    finally:
        gc.unfreeze()  # what was loaded for the import may be collected again afterwards


def _read_all(paths, grammars: dict[str, Grammar], workers: int) -> Iterator[tuple[Path, object]]:
    chunks = _chunks(paths, _CHUNK)
    first = next(chunks, [])
    if workers < 2 or len(first) < _CHUNK:
        for chunk in itertools.chain([first], chunks):
            yield from zip(chunk, _read_chunk(chunk, grammars))
        return
    with ProcessPoolExecutor(workers, initializer=_start_reader, initargs=(os.getpid(), grammars)) as pool:
        waiting = deque()
        for chunk in itertools.chain([first], chunks):
            waiting.append((chunk, pool.submit(_read_chunk_in_reader, chunk)))
            if len(waiting) > _AHEAD:
                done, future = waiting.popleft()
                yield from zip(done, future.result())
        while waiting:
            done, future = waiting.popleft()
            yield from zip(done, future.result())


# In a reading process only: the grammars it was started with. Sent once, not with every chunk,
# so that what they remember of lines (pattern memos) lasts as long as the process.
_READER: dict[str, dict[str, Grammar]] = {}


def _start_reader(parent: int, grammars: dict[str, Grammar]) -> None:
    _READER["grammars"] = grammars
    _exit_with_parent(parent)
    settle_memory()


def settle_memory() -> None:
    """Keep the collector off what is loaded for good (libraries, grammars): its full passes over
    them cost a sixth of reading time (`bench/import_bench.py`)."""
    gc.collect()
    gc.freeze()


def _read_chunk_in_reader(paths: list[Path]) -> list[object]:
    return _read_chunk(paths, _READER["grammars"])


def _exit_with_parent(parent: int) -> None:
    """In a reading process: exit once the importer is gone. A killed importer (SIGKILL) cannot
    stop its pool, and its readers would otherwise wait for work forever."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _chunks(paths, size: int) -> Iterator[list[Path]]:
    iterator = iter(paths)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _read_chunk(paths: list[Path], grammars: dict[str, Grammar]) -> list[object]:
    out = []
    for path in paths:
        try:
            out.append(_read(path, grammars))
        except DvdtrackError as exc:
            out.append(str(exc))
    return out


def _read(path: Path, grammars: dict[str, Grammar]) -> _File:
    name = str(path)
    text = read_input(name)
    kind = detect_kind(text)
    if kind == "release-notes":
        return _File(name, kind, releases=[prepare(spec) for spec in read_text(text, grammars).specs])
    if kind == "dump":
        try:
            return _File(name, kind, dump=json.loads(text))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not a readable dump: {exc}") from None
    lists = read_feed(text, name) if kind == "feed" else [read_text_list(text)]
    if not any(data.entries for data in lists):
        raise InputError(f"{path}: no film entries found")
    return _File(name, kind, lists=lists)


def _write_releases(engine: Engine, writer: ReleaseWriter, files: list[_File], report: ImportReport,
                    dry_run: bool) -> None:
    if not files:
        return
    items = [(f.path, release) for f in files for release in f.releases]
    try:
        with write_transaction(engine) as conn:
            written = writer.write(conn, items)
            if dry_run:
                conn.rollback()
    except (DvdtrackError, SQLAlchemyError) as exc:
        writer.forget()  # what it remembered of this transaction was rolled back
        if len(files) == 1:
            report.failed.append((files[0].path, _why(exc)))
            return
        for one in files:
            _write_releases(engine, writer, [one], report, dry_run)
        return
    if dry_run:
        writer.forget()
    report.files += len(files)
    report.releases_new += sum(w.created for w in written)
    report.releases_present += sum(not w.created for w in written)
    report.films_new += sum(w.film_created for w in written)
    report.films_matched += sum(w.created and not w.film_created for w in written)
    report.unparsed_lines += sum(release.unparsed for _, release in items)


def _why(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__


def _write_other(engine: Engine, item: _File, report: ImportReport, dry_run: bool) -> None:
    try:
        if item.kind == "dump":
            rows = sum(len(r) for r in item.dump.get("tables", {}).values())
            report.dump_rows += rows if dry_run else sum(import_dump(engine, item.dump).values())
        else:
            _write_lists(engine, item, report, dry_run)
        report.files += 1
    except (DvdtrackError, SQLAlchemyError) as exc:
        report.failed.append((str(item.path), _why(exc).removeprefix(f"{item.path}: ")))


def _write_lists(engine: Engine, item: _File, report: ImportReport, dry_run: bool) -> None:
    counts = [0, 0, 0]
    with session(engine, write=True) as s:
        source = get_source(s, item.kind, str(item.path))
        for data in item.lists:
            new, matched = save_list(s, data, source)
            counts = [counts[0] + new, counts[1] + matched, counts[2] + 1]
        s.rollback() if dry_run else s.commit()
    report.films_new += counts[0]
    report.films_matched += counts[1]
    report.lists += counts[2]
