"""Parse speed: blocks per second on a generated corpus of mixed styles (one core).

    python bench/parse_bench.py [--blocks 20000]

Blocks are the test corpus and seed 000 with titles, years and numbers varied (fixed seed).
Each block is parsed with automatic grammar choice, as `dvdtrack add` does, then normalised, in
one process set up as `dvdtrack import`'s reading processes are.
The target is 20,000 blocks/s; the line-reading part alone is printed too.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

from import_bench import block as import_block

from dvdtrack.grammar import load_grammars
from dvdtrack.normalise import normalise
from dvdtrack.parser import parse_text
from dvdtrack.store.imports import settle_memory

ROOT = Path(__file__).resolve().parent.parent
WORDS = "Silent Crimson Distant Frozen Hidden Golden River Station Garden Mirror Harbour Letter Bridge Winter".split()


def templates() -> list[str]:
    blocks = [b for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))
              for b in p.read_text(encoding="utf-8").split("%%%\n")]
    return blocks + [next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")]


def generate(count: int) -> list[str]:
    rng = random.Random(1957)
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
    args = ap.parse_args()
    grammars = load_grammars()
    corpus = generate(args.blocks)
    fresh = [import_block(rng) for rng in [random.Random(1961)] for _ in range(args.blocks // 4)]
    settle_memory()  # as `dvdtrack import`'s reading processes do before they read
    lines = sum(b.count("\n") + 1 for b in corpus)
    parsed, normalised = read(corpus, grammars)
    distinct = len({line for b in corpus for line in b.splitlines()})
    print(f"{args.blocks:,} blocks ({lines:,} lines, {distinct / lines:.0%} of them distinct; {len(grammars)} grammars)")
    print(f"parse:            {args.blocks / parsed:10,.0f} blocks/s  ({lines / parsed:,.0f} lines/s)")
    print(f"parse+normalise:  {args.blocks / (parsed + normalised):10,.0f} blocks/s  (target 20,000)")
    # Repeated lines are matched once (the pattern memo); blocks whose lines are mostly new show
    # the cost of reading itself.
    parsed, normalised = read(fresh, grammars)
    distinct = len({line for b in fresh for line in b.splitlines()}) / sum(b.count("\n") for b in fresh)
    print(f"parse+normalise, {len(fresh):,} blocks of the import bench ({distinct:.0%} distinct lines): "
          f"{len(fresh) / (parsed + normalised):,.0f} blocks/s")


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
