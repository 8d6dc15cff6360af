"""Parse speed: blocks per second on a generated corpus of mixed styles (one core).

    python bench/parse_bench.py [--blocks 20000] [--rounds 3]

Blocks are the test corpus and seed 000 with titles, years and numbers varied (a fixed seed per
round). Each block is parsed with automatic grammar choice, as `dvdtrack add` does, then
normalised, in one process set up as `dvdtrack import`'s reading processes are. Each round reads
a new corpus; the best round is printed (this machine is shared and noisy), with the line-reading
part alone, and beside a baseline measured in the same run: a bare pass over the same blocks that
only splits lines and matches one label regex per line, the least any line reader does. The
target is 20,000 blocks/s.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

from import_bench import block as import_block
from reading_snapshot import corpus_blocks

from dvdtrack.normalise.spec import normalise
from dvdtrack.reading.grammar.loading import load_grammars
from dvdtrack.reading.lines.labels import LABEL
from dvdtrack.reading.pipeline import parse_text
from dvdtrack.store.imports import settle_memory

ROOT = Path(__file__).resolve().parent.parent
WORDS = "Silent Crimson Distant Frozen Hidden Golden River Station Garden Mirror Harbour Letter Bridge Winter".split()


def templates() -> list[str]:
    blocks = list(corpus_blocks().values())
    return blocks + [next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")]


def generate(count: int, seed: int = 1957) -> list[str]:
    rng = random.Random(seed)
    base = templates()
    out = []
    for _ in range(count):
        block = rng.choice(base)
        block = re.sub(r"\b(19[3-9]\d)\b", lambda m: str(1930 + rng.randrange(60)), block)
        block = block.replace("The ", f"The {rng.choice(WORDS)} ", 1)
        out.append(re.sub(r"(?<=\d\.)\d\d", lambda m: f"{rng.randrange(100):02d}", block))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--blocks", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    grammars = load_grammars()
    settle_memory()  # as `dvdtrack import`'s reading processes do before they read
    rounds = [measure(generate(args.blocks, 1957 + n), grammars) for n in range(args.rounds)]
    parsed, normalised, baseline, lines, distinct = min(rounds, key=lambda r: r[0] + r[1])
    n = args.blocks
    print(f"{n:,} blocks ({lines:,} lines, {distinct / lines:.0%} of them distinct; {len(grammars)} grammars), "
          f"best of {args.rounds} rounds")
    print(f"parse:            {n / parsed:10,.0f} blocks/s  ({lines / parsed:,.0f} lines/s)")
    print(f"parse+normalise:  {n / (parsed + normalised):10,.0f} blocks/s  (target 20,000)")
    print(f"baseline, bare pass (split lines, one label regex): {n / baseline:,.0f} blocks/s; "
          f"parse+normalise takes {(parsed + normalised) / baseline:.1f}× its time")
    # Repeated lines are matched once (the pattern memo); blocks whose lines are mostly new show
    # the cost of reading itself.
    fresh = [import_block(rng) for rng in [random.Random(1961)] for _ in range(n // 4)]
    parsed, normalised = read(fresh, grammars)
    distinct = len({line for b in fresh for line in b.splitlines()}) / sum(b.count("\n") for b in fresh)
    print(f"parse+normalise, {len(fresh):,} blocks of the import bench ({distinct:.0%} distinct lines): "
          f"{len(fresh) / (parsed + normalised):,.0f} blocks/s")


def measure(corpus: list[str], grammars) -> tuple[float, float, float, int, int]:
    """Seconds parsing, normalising and for the bare pass; lines and distinct lines."""
    lines = sum(b.count("\n") + 1 for b in corpus)
    distinct = len({line for b in corpus for line in b.splitlines()})
    return *read(corpus, grammars), bare(corpus), lines, distinct


def bare(blocks: list[str]) -> float:
    """Seconds for the least a line reader does: split each block into lines and match `LABEL`."""
    start = time.perf_counter()
    for block in blocks:
        fields = {}
        for line in block.splitlines():
            m = LABEL.match(line.strip())
            if m is not None:
                fields[m.group("label").casefold()] = m.group("value")
    return time.perf_counter() - start


def read(blocks: list[str], grammars) -> tuple[float, float]:
    """Seconds parsing and seconds normalising the blocks, one at a time (nothing is kept, as in
    an import, so that the collector's work is what a reader would see)."""
    parsed = normalised = 0.0
    clock = time.perf_counter
    for block in blocks:
        start = clock()
        specs = parse_text(block, grammars).releases
        middle = clock()
        for spec in specs:
            normalise(spec)
        parsed, normalised = parsed + middle - start, normalised + clock() - middle
    return parsed, normalised


if __name__ == "__main__":
    main()
