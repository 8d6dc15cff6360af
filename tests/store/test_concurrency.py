"""Real processes: two importers at once, and an import killed (SIGKILL) at several points."""

import os
import random
import signal
import string
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

def title_of(n: int) -> str:
    """Two made-up words per number, unlike those of any other number, so each is its own film."""
    rng = random.Random(n)
    return " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(7)).title() for _ in range(2))


def write_releases(folder, numbers):
    """One release file per number, each a film of its own."""
    folder.mkdir(exist_ok=True)
    for n in numbers:
        title = title_of(n)
        (folder / f"r{n:03d}.txt").write_text(
            f"{title} ({1900 + 3 * (n % 40)}) DVD5 Label{n}\nDVD5 | PAL 4:3 | 01:{n % 60:02d}:00 | 4.{n % 10} Gb\n"
            f"Language: English, Russian\nSubtitle: Hebrew, French\nSpecial Features:\n• Trailer {n}\n",
            encoding="utf-8")


def cli(db_url, *args):
    return subprocess.Popen([sys.executable, "-m", "dvdtrack.cli", "--db", db_url, *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def state(db_url):
    """What a user would see: films, releases with their film and tracks (no ids, no timestamps)."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        films = sorted(conn.execute(text("SELECT title, year FROM film")).all())
        releases = sorted(conn.execute(text(
            "SELECT r.block_hash, f.title, (SELECT count(*) FROM releaseaudio a WHERE a.release_id = r.id), "
            "(SELECT count(*) FROM releasesubtitle s WHERE s.release_id = r.id), "
            "(SELECT count(*) FROM releasefeature x WHERE x.release_id = r.id) "
            "FROM release r JOIN film f ON f.id = r.film_id")).all())
    engine.dispose()
    return films, releases


def test_two_importers_at_once(db_url, tmp_path):
    write_releases(tmp_path / "a", range(0, 40))
    write_releases(tmp_path / "b", range(20, 60))  # 20 files in common
    first, second = cli(db_url, "import", tmp_path / "a"), cli(db_url, "import", tmp_path / "b")
    for proc in (first, second):
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    films, releases = state(db_url)
    assert len(releases) == 60 and len({r[0] for r in releases}) == 60
    assert len(films) == 60
    assert all(r[2:] == (2, 2, 1) for r in releases)


def _count(path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM release").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def clean_import(tmp_path_factory):
    """600 release files, and what a clean import of them leaves: made once for every kill point."""
    folder = tmp_path_factory.mktemp("import")
    write_releases(folder / "in", range(0, 600))
    clean = f"sqlite:///{folder / 'clean.db'}"
    assert cli(clean, "import", folder / "in").wait(timeout=300) == 0
    return folder / "in", state(clean)


@pytest.mark.parametrize("kill_after", [1, 150, 420])
def test_import_killed_then_rerun_equals_clean_run(tmp_path, clean_import, kill_after):
    files, clean_state = clean_import
    killed_path = tmp_path / "killed.db"
    killed = f"sqlite:///{killed_path}"
    proc = cli(killed, "import", "--batch", "10", files)
    deadline = time.monotonic() + 120
    while _count(killed_path) < kill_after and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert kill_after <= _count(killed_path) < 600, "the kill must land in the middle of the import"
    with sqlite3.connect(killed_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    films, releases = state(killed)
    assert all(r[2:] == (2, 2, 1) for r in releases), "a release was half-written"
    assert len(films) == len(releases)
    assert cli(killed, "import", files).wait(timeout=300) == 0
    assert state(killed) == clean_state
    _no_readers_left(str(killed_path))


def _no_readers_left(marker: str) -> None:
    """The killed importer's reading processes exit on their own (they watch their parent)."""
    deadline = time.monotonic() + 10
    while (left := _processes_with(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not left, f"reading processes outlived the importer: {left}"


def _processes_with(marker: str) -> list[int]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if marker in cmdline.read_bytes().decode(errors="replace"):
                found.append(int(cmdline.parent.name))
        except OSError:
            continue
    return found
