"""Bulk import: N synthetic release files into a fresh SQLite file, beside a raw sqlite3 baseline.

    python bench/import_bench.py [--releases 100000]

Prints releases/s and peak RSS of `dvdtrack import` (a separate process, as a user runs it), and
the rate of a raw `sqlite3` executemany of the same rows (every table the import filled) into the
same schema in this run; the ratio of the two is the figure (target ≥ 1/3, and 100k releases under 30 s).
Files are generated once (fixed seed) under bench/out/.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import string
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
# the tables the first version of this bench timed alone; it now times every table the import fills
RELEASE_TABLES = ("film", "release", "releaseaudio", "releasesubtitle", "releasefeature")
LANGS = ["English", "Russian", "Francais", "Deutsch", "Espanol", "Italiano", "Hebrew", "Japanese", "Polski", "Svenska"]


def block(rng: random.Random) -> str:
    title = " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(7)).title() for _ in range(2))
    fmt = rng.choice(["DVD5", "DVD9"])
    audio = ", ".join(rng.sample(LANGS, rng.randint(1, 4)))
    subs = ", ".join(rng.sample(LANGS, rng.randint(3, 10)))
    return (f"{title} ({rng.randint(1930, 2009)}) {fmt} Label{rng.randint(1, 50)}\n"
            f"{fmt} | {rng.choice(['PAL', 'NTSC'])} {rng.choice(['4:3', '16:9'])} | 01:{rng.randint(10, 59)}:00 | "
            f"{rng.randint(3, 7)}.{rng.randint(10, 99)} Gb\nLanguage: {audio}\nSubtitle: {subs}\n"
            f"Director: {title.split()[0]} Director\nSpecial Features:\n• Trailer\n• Photos\n")


def generate(count: int) -> Path:
    folder = OUT / f"import_{count}"
    if folder.is_dir() and sum(1 for _ in folder.rglob("*.txt")) == count:
        return folder
    rng = random.Random(1957)
    for n in range(count):
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"r{n:06d}.txt").write_text(block(rng), encoding="utf-8")
    return folder


def run_import(folder: Path, db: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of `dvdtrack import` in its own process."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dvdtrack.cli", "--db", str(db), "import", str(folder)],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def raw_rows(db: Path):
    """Every row dvdtrack stored (films, titles, facts, people, credits, sources, releases, tracks),
    to insert again with plain sqlite3."""
    with sqlite3.connect(db) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if t != "alembic_version"]
        return {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}


def run_raw(rows, schema_db: Path, target: Path) -> float:
    """Seconds for sqlite3 executemany of the same rows into an empty copy of the schema."""
    with sqlite3.connect(schema_db) as conn:
        schema = [sql for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")]
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    for sql in schema:
        conn.execute(sql)
    start = time.perf_counter()
    with conn:
        for table, data in rows.items():
            if data:
                conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(data[0]))})", data)
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--releases", type=int, default=100_000)
    args = ap.parse_args()
    folder = generate(args.releases)
    db = OUT / f"import_{args.releases}.db"
    for path in OUT.glob(f"import_{args.releases}.db*"):
        path.unlink()
    seconds, rss = run_import(folder, db)
    rows = raw_rows(db)
    raw = run_raw(rows, db, OUT / "import_raw.db")
    release_rows = {t: rows[t] for t in RELEASE_TABLES}
    raw_releases = run_raw(release_rows, db, OUT / "import_raw.db")
    stored = len(rows["release"])
    print(f"dvdtrack import: {stored:,} releases in {seconds:.1f} s = {stored / seconds:,.0f} releases/s, "
          f"peak RSS {rss:.0f} MiB")
    print(f"raw sqlite3 executemany of the same {sum(map(len, rows.values())):,} rows: {raw:.2f} s = "
          f"{stored / raw:,.0f} releases/s")
    print(f"  (of the film, release and track rows alone, {sum(map(len, release_rows.values())):,}: {raw_releases:.2f} s)")
    print(f"ratio dvdtrack / raw: {raw / seconds:.3f} (target ≥ 0.333)")


if __name__ == "__main__":
    main()
