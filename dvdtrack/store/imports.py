"""`dvdtrack import`: files and folders of any supported kind.

Release notes are written in batches of about BATCH_RELEASES releases, one transaction each
(a killed import loses at most the batch under way, and running it again completes it); lists,
feeds and dumps get a transaction each (a dump is streamed, row by row). A file that cannot be
read or parsed is reported and skipped, whatever went wrong with it; if a batch breaks a
constraint, its files are retried one by one so that only the bad one is skipped. Any other
database error (a full disk, a lost connection) stops the import with DatabaseError: what was
committed stays, and the files after it were not tried.
"""

from __future__ import annotations

import gc
import itertools
import os
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from dvdtrack.errors import DatabaseError, DvdtrackError, InputError, NotReleaseNotes
from dvdtrack.importers import NOT_A_DUMP, FilmListData, detect_kind
from dvdtrack.importers.dumpfile import DumpReader
from dvdtrack.importers.feed import read_feed
from dvdtrack.importers.paths import Named, Unreadable, expand_paths
from dvdtrack.importers.textlist import read_text_list
from dvdtrack.reading.grammar import kept
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.source import dump_header, read_decoded, shown
from dvdtrack.store.bulk import ReleaseWriter
from dvdtrack.store.database import session, write_transaction
from dvdtrack.store.dump import import_dump
from dvdtrack.store.films import get_source
from dvdtrack.store.history.journal import one_change
from dvdtrack.store.ingest import read_text
from dvdtrack.store.lists import save_list
from dvdtrack.store.releases import Prepared, prepare

BATCH_RELEASES = 500
_CHUNK = 64  # files per task sent to a reading process
_AHEAD = 8  # chunks read ahead of the writer at most
_WORKERS = 2
KEPT = 20  # skipped files and notes kept by name; the rest are counted
__all__ = ["expand_paths", "import_paths", "ImportReport"]


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
    failed: list[tuple[str, str]] = field(default_factory=list)  # the first KEPT skipped files, and why
    skipped: int = 0
    notes: list[str] = field(default_factory=list)  # the first KEPT files' bytes replaced, a line each
    noted: int = 0

    def skip(self, path: str, why: str) -> None:
        """Count a file that was not stored; the first KEPT are kept with the reason."""
        self.skipped += 1
        if len(self.failed) < KEPT:
            self.failed.append((path, why))

    def note(self, note: str | None) -> None:
        if note:
            self.noted += 1
            if len(self.notes) < KEPT:
                self.notes.append(note)


@dataclass
class _File:
    """One file, read and parsed, waiting to be written."""

    path: str  # not a Path: the importer unpickles one per file, and a Path costs more than the rest
    kind: str
    releases: list[Prepared] = field(default_factory=list)
    lists: list[FilmListData] = field(default_factory=list)
    file: str = ""  # the name to open (`path` is the name as shown: escaped)
    note: str | None = None  # bytes that had to be replaced


def import_paths(engine: Engine, paths, grammars: dict[str, Grammar],
                 progress: Callable[[Path, ImportReport], None] = lambda p, r: None,
                 dry_run: bool = False, batch: int = BATCH_RELEASES) -> ImportReport:
    """Import every file; release notes `batch` releases to a transaction (with `dry_run`, every
    transaction is rolled back). A database error raises DatabaseError, saying what was stored."""
    try:
        with one_change():  # committed in batches, recorded as one change
            return _import(engine, paths, grammars, progress, dry_run, batch, report := ImportReport())
    except SQLAlchemyError as exc:
        raise DatabaseError(f"database error, import stopped: {shown(_why(exc))}; {report.files} file(s) "
                            f"stored before it stay ({report.releases_new} new release(s)), "
                            "the rest were not tried") from None


def _import(engine: Engine, paths, grammars: dict[str, Grammar], progress, dry_run: bool, batch: int,
            report: ImportReport) -> ImportReport:
    writer, pending, waiting, count = ReleaseWriter(), [], 0, 0
    for count, (path, item) in enumerate(read_in_order(paths, grammars), 1):
        if isinstance(item, str):
            report.skip(shown(str(path)), item.removeprefix(f"{shown(str(path))}: "))
            progress(path, report)
            continue
        report.note(item.note)
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
    if count == 1 and _named_not_notes(path, item):  # all there is to import; among others, skipped
        raise NotReleaseNotes(item)
    _write_releases(engine, writer, pending, report, dry_run)
    return report


def _named_not_notes(path, item) -> bool:
    """A file named to the import alone that is JSON but no dump: refused (exit 2), as `add` does."""
    return isinstance(path, Named) and isinstance(item, str) and item.endswith(NOT_A_DUMP)


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
    read = _read_chunk(paths, _READER["grammars"])
    kept.save()  # what it compiled, for the next run: a reading process ends without exit hooks
    return read


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


def _read_chunk(paths: list[Path | Unreadable], grammars: dict[str, Grammar]) -> list[object]:
    out = []
    for path in paths:
        try:
            out.append(_read(path, grammars))
        except DvdtrackError as exc:
            out.append(str(exc))
        except Exception as exc:  # one bad file never stops the others
            out.append(f"could not be read ({type(exc).__name__}: {shown(str(exc).split(chr(10))[0])})")
    return out


def _read(path: Path | Unreadable, grammars: dict[str, Grammar]) -> _File:
    name = shown(str(path))
    if isinstance(path, Unreadable):
        raise InputError(f"{name}: {path.why}")
    if _is_dump(path):
        return _File(name, "dump", file=str(path))
    decoded = read_decoded(str(path))
    text, kind = decoded.text, detect_kind(decoded.text)
    if kind == "json":
        raise InputError(f"{name}: {NOT_A_DUMP}")
    if kind == "release-notes":
        releases = []
        for spec in read_text(text, grammars).specs:
            releases.append(prepare(spec))
            releases[-1].columns["raw_bytes"] = decoded.raw_bytes(spec.raw)
        return _File(name, kind, releases=releases, note=decoded.note)
    lists = read_feed(text, name) if kind == "feed" else [read_text_list(text)]
    if not any(data.entries for data in lists):
        raise InputError(f"{name}: no film entries found")
    return _File(name, kind, lists=lists, note=decoded.note)


def _is_dump(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return dump_header(handle.read(4096)) is not None
    except OSError:
        return False  # reading it again reports why


def _write_releases(engine: Engine, writer: ReleaseWriter, files: list[_File], report: ImportReport,
                    dry_run: bool) -> None:
    if not files:
        return
    items = [(f.path, release) for f in files for release in f.releases]
    try:
        with write_transaction(engine, dry_run) as conn:
            written = writer.write(conn, items)
    except (DvdtrackError, IntegrityError, DataError) as exc:
        writer.forget()  # what it remembered of this transaction was rolled back
        if len(files) == 1:
            report.skip(files[0].path, _why(exc))
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
            with open(item.file, encoding="utf-8-sig", errors="replace") as stream:
                reader = DumpReader(stream, item.path)
                report.dump_rows += sum(import_dump(engine, reader.header, reader.rows(), dry_run).values())
        else:
            _write_lists(engine, item, report, dry_run)
        report.files += 1
    except (DvdtrackError, IntegrityError, DataError) as exc:
        report.skip(item.path, _why(exc).removeprefix(f"{item.path}: "))


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
