"""Benchmark the cost of printing results: `films` and `find` as a table beside the same rows as JSON.

Builds a catalogue of N releases once (through the bulk store path, `ReleaseWriter`, as `import`
stores them; cached in bench/out/), then runs each command in this process, output to a pipe-like
buffer (not a terminal), and prints the median time of the table, of the JSON, and their ratio.
The table must cost no more than 3x the JSON of the same rows.

    python bench/output_bench.py                      # 50,000 releases
    python bench/output_bench.py --releases 5000 --repeat 5
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import random
import statistics
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
TEMPLATE = """{title} ({year}) DVD9
DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb
Label: RUSCICO
Language: Russian, English
Subtitle: English, Francais, Deutsch
"""
WORDS = ("Cranes Letter Ballad Soldier Mirror Stalker Solaris Andrei Ivan Childhood Sky Night Summer Winter River "
         "Forest Garden Train Station Road Autumn Spring Father Mother Brother Sister Friend Enemy Stranger Doctor "
         "Captain Teacher Dream Song Dance Silence Storm Fire Snow Sea Island City Village House Window Door").split()
SUBTITLES = {"en": 70, "fr": 40, "de": 38, "es": 35, "it": 30, "he": 5, "ja": 10, "ar": 8}
COMMANDS = {"films": ["films"], "find --subtitle he --limit 0": ["find", "--subtitle", "he", "--limit", "0"]}


def build(url: str, n: int) -> None:
    """Store n releases of distinct made-up films (deterministic), 2,000 per transaction."""
    from dvdtrack.reading import load_grammars
    from dvdtrack.reading import SubtitleTrack
    from dvdtrack.store.bulk import ReleaseWriter
    from dvdtrack.store.database import open_engine, write_transaction
    from dvdtrack.store.ingest import read_text
    from dvdtrack.store.releases import prepare

    template = read_text(TEMPLATE.format(title="Template", year=1957), load_grammars()).specs[0]
    rng, writer, engine = random.Random(1957), ReleaseWriter(), open_engine(url)
    for start in range(0, n, 2000):
        batch = []
        for i in range(start, min(start + 2000, n)):
            title = f"{' '.join(rng.sample(WORDS, 3))} {_roman(i)}"
            subs = [SubtitleTrack(code, code) for code, share in SUBTITLES.items() if rng.random() * 100 < share]
            spec = dataclasses.replace(template, titles=[title], year=1930 + rng.randrange(90), subtitles=subs,
                                       raw=f"{title}\n{template.raw}")
            batch.append(("bench", prepare(spec)))
        with write_transaction(engine) as conn:
            writer.write(conn, batch)
        print(f"  built {min(start + 2000, n):,} releases", file=sys.stderr)
    engine.dispose()


def _roman(i: int) -> str:
    """A distinct word per release (numbers are not fuzzed into one film, letters may be)."""
    letters = "bcdfghjklmnpqrstvwxz"
    word = ""
    while True:
        i, r = divmod(i, len(letters))
        word += letters[r]
        if not i:
            return word.capitalize() + "o"


def run(url: str, args: list[str]) -> tuple[float, int]:
    """Seconds taken by one command in this process, and the size of what it printed."""
    from dvdtrack.cli.app import app

    out = io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(out):
        try:
            app(["--db", url, *args], standalone_mode=False)
        except SystemExit:
            pass
    return time.perf_counter() - t0, len(out.getvalue())


def median(url: str, args: list[str], repeat: int) -> tuple[float, int]:
    run(url, args)  # warm: imports and the database's pages
    runs = [run(url, args) for _ in range(repeat)]
    return statistics.median(t for t, _ in runs), runs[0][1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--releases", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"output_{args.releases}.db"
    if not db.exists():
        t0 = time.perf_counter()
        build(f"sqlite:///{db}", args.releases)
        print(f"built {args.releases:,} releases in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    url = f"sqlite:///{db}"
    print(f"{args.releases:,} releases; median of {args.repeat} runs in this process, output not a terminal")
    print(f"{'command':32} {'table s':>8} {'json s':>8} {'ratio':>6} {'table MB':>9} {'json MB':>8}")
    for label, command in COMMANDS.items():
        table, table_size = median(url, command, args.repeat)
        as_json, json_size = median(url, [*command, "--json"], args.repeat)
        print(f"{label:32} {table:8.2f} {as_json:8.2f} {table / as_json:6.2f} {table_size / 1e6:9.1f} {json_size / 1e6:8.1f}")


if __name__ == "__main__":
    main()
