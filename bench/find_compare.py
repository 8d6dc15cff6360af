"""`find`'s output, table, JSON and CSV, for ~30 invocations on one database: run it before and after a
change to find's query and diff the files (they must be byte-for-byte identical).

    python bench/find_compare.py --db sqlite:///seeded.db --seed > before.txt   # seeds the database first
    python bench/find_compare.py --db sqlite:///seeded.db > after.txt
    diff before.txt after.txt

`--seed` imports seeds/, tests/data/*.txt and EXTRA (a barcode, an edition, a label with `%` and `_`,
two regions) and gives releases 1-3 copies (owned, wanted, lent).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INVOCATIONS = [
    [], ["--audio", "ru"], ["--subtitle", "he"], ["--subtitle", "he,en"], ["--audio", "ru", "--subtitle", "en"],
    ["--lang", "en"], ["--lang", "en", "--audio", "ru"], ["--no-audio", "ru"], ["--no-lang", "ru,en"],
    ["--audio", "en", "--no-subtitle", "ru"], ["--system", "PAL"], ["--system", "NTSC", "--format", "DVD9"],
    ["--format", "DVD5"], ["--label", "criterion"], ["--label", "ruscico"], ["--label", "100%"],
    ["--label", "_"], ["--region", "2"], ["--region", "2,4"], ["--region", "free"], ["--year", "1950..1960"],
    ["--year", "1957"], ["cranes"], ["cranes sub:en system:PAL"], ["--film", "1"], ["--sort", "title"],
    ["--sort", "-year"], ["--sort", "runtime"], ["--sort", "-size"], ["--sort", "label", "--limit", "2"],
    ["--sort", "-format", "--limit", "0"], ["--limit", "3"], ["--edition", "special"],
    ["--barcode", "5021866234506"], ["--owned"], ["--wanted"], ["--lent"], ["--owned", "--sort", "-title"],
    ["flying", "--audio", "ru,en", "--no-subtitle", "ja"], ["--barcode", "5021866234502"],
    ["--edition", "SPECIAL edition"], ["--label", "film_co"], ["--region", "4"], ["--sort", "-label", "--label", "%"],
]
EXTRA = """Ivan's Childhood (Special Edition) (1962) (DVD)
Region 2/4 - PAL
Audio: Russian Dolby Digital 2.0
Subtitles: English, Hebrew
Running time: 95 mins
Studio: 100% Film_Co
EAN: 5021866234502
"""
FORMATS = ([], ["--json"], ["--csv"])


def dvdtrack(db: str, *args: str) -> subprocess.CompletedProcess:
    """`dvdtrack --db DB ARGS` in a fresh process, its output captured."""
    return subprocess.run([sys.executable, "-m", "dvdtrack.cli", "--db", db, *args], capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "COLUMNS": "200",
                                          "HOME": "/nonexistent"})


def seed(db: str) -> None:
    """The seeds, the test data, EXTRA and three copies."""
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "extra.txt"
        extra.write_text(EXTRA, encoding="utf-8")
        files = [*sorted((ROOT / "tests/data").glob("*.txt")), extra]
        for args in (["import", str(ROOT / "seeds")], *[["add", "-y", str(p)] for p in files],
                     ["own", "1"], ["want", "2"], ["own", "3"], ["lend", "3", "--to", "Ann"]):
            dvdtrack(db, *args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", action="store_true")
    args = parser.parse_args()
    if args.seed:
        seed(args.db)
    for invocation in INVOCATIONS:
        for fmt in FORMATS:
            done = dvdtrack(args.db, "find", *invocation, *fmt)
            print(f"=== find {' '.join(invocation + fmt)} → {done.returncode}\n{done.stdout}{done.stderr}")


if __name__ == "__main__":
    main()
