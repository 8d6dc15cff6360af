"""Scaling: time and peak memory per doubling of each hostile shape of input (issue 20, "Hangs").

    python bench/scaling_bench.py                        # every shape, 4 doublings, best of 3 rounds
    python bench/scaling_bench.py --shapes brackets commas --doublings 5
    python bench/scaling_bench.py --store                # and `import` of a file of many blocks (SQLite)
    python bench/scaling_bench.py --patterns             # every pattern of the reading code on adversarial strings

Each shape's text is read as `dvdtrack parse` reads it (parse, then normalise every release), its
size doubling from the first. For each doubling the time ratio is printed (linear: about 2;
quadratic: 4; above 3 is marked) and so is the ratio of peak memory (tracemalloc, in a run of its
own, as it slows Python down), with the peak per byte of input: memory for a file is bounded by
its size. The line caches are emptied and the grammars loaded afresh before every run, so that
no round reads what the one before it remembered. `--patterns` times each module-level pattern
and each grammar's patterns on strings of 4,000 and 16,000 characters (runs of spaces, brackets,
commas, dashes, digits, letters...) and lists those whose time grows more than 8 times.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import random
import re
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_bench import block as import_block  # noqa: E402

from dvdtrack.normalise.spec import normalise  # noqa: E402
from dvdtrack.reading.grammar.loading import load_grammars  # noqa: E402
from dvdtrack.reading.pipeline import parse_text  # noqa: E402

BLOCK = "The Film (1957) DVD9\nAudio: Russian, English\nSubtitles: English\n"
TITLE = "The Film (1957) DVD9\n"


def _blocks(n: int) -> str:
    rng = random.Random(1957)
    return "\n".join(import_block(rng) for _ in range(n))


def _lines_per_block(n: int) -> str:
    """One release of n lines: a title, then tracks, extras, prose and labels no grammar knows."""
    kinds = ("Audio: Language{k} Dolby Digital 2.0", "• Featurette number {k}", "Subtitles: Tongue{k}",
             "a sentence of the synopsis, number {k}, that goes on for a while as prose does", "Catalogue {k}: X{k}")
    return TITLE + "Special Features:\n" + "\n".join(kinds[k % len(kinds)].format(k=k) for k in range(n)) + "\n"


# name → (text of size n, first n); lines stay under lines.MAX_LINE (200,000 characters), which
# are kept unread whole
SHAPES = {
    "long-line": (lambda n: TITLE + "Notes: " + "Word 12 - x, y. (a) " * n + "\n", 500),
    "brackets": (lambda n: TITLE + "Subtitles: " + "[" * n + "\n", 10_000),
    "commas": (lambda n: TITLE + "Audio: " + "Russian, " * n + "\n", 1_000),
    "spaces": (lambda n: TITLE + "Audio: Russian" + " " * n + "x\n", 10_000),
    "dashes": (lambda n: TITLE + "Audio: Russian" + " -" * n + " DD 2.0\n", 5_000),
    "digits": (lambda n: TITLE + "Runtime: " + "1" * n + " min\n", 10_000),
    "blank-lines": (lambda n: "\n" * n + BLOCK, 8_000),
    "whitespace-lines": (lambda n: "\t\t  \r\n" * n + BLOCK, 4_000),
    "blocks-per-file": (_blocks, 500),
    "lines-per-block": (_lines_per_block, 1_000),
}


def fresh_grammars() -> dict:
    """Grammars as a new process loads them, with every line cache of the reading code empty."""
    for module, name in (("dvdtrack.reading.blocks.cleaning", "clean_text"), ("dvdtrack.reading.lines.reader", "_remembered"),
                         ("dvdtrack.reading.choose.guess", "_glance_line"), ("dvdtrack.normalise.language", "resolve_language"),
                         ("dvdtrack.normalise.audio", "_split")):
        getattr(importlib.import_module(module), name).cache_clear()
    return load_grammars()


def read(text: str, grammars: dict) -> int:
    """Releases read from the text, each normalised; their number."""
    return len([normalise(spec) for spec in parse_text(text, grammars).releases])


def timed(text: str, rounds: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(rounds):
        grammars = fresh_grammars()
        gc.collect()
        start = time.perf_counter()
        found = read(text, grammars)
        best = min(best, time.perf_counter() - start)
    return best, found


def peak_memory(text: str) -> int:
    grammars = fresh_grammars()
    gc.collect()
    tracemalloc.start()
    try:
        read(text, grammars)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def scale(name: str, make, first: int, doublings: int, rounds: int, memory: bool = True) -> float:
    """Print one row per size; return the worst time ratio of a doubling."""
    print(f"\n{name}")
    print(f"  {'n':>9} {'bytes':>11} {'releases':>8} {'seconds':>8} {'ratio':>6} {'peak MB':>8} {'ratio':>6} {'peak/byte':>9}")
    before, worst = None, 0.0
    for step in range(doublings + 1):
        n = first * 2 ** step
        text = make(n)
        seconds, found = timed(text, rounds)
        peak = peak_memory(text) if memory else 0
        ratio = seconds / before[0] if before else None
        mratio = peak / before[1] if before and before[1] else None
        worst = max(worst, ratio or 0)
        mark = "  <- quadratic?" if ratio and ratio > 3 else ""
        print(f"  {n:>9,} {len(text.encode()):>11,} {found:>8,} {seconds:>8.3f} {_r(ratio)} {peak / 2**20:>8.1f} "
              f"{_r(mratio)} {peak / len(text.encode()):>9.1f}{mark}")
        before = (seconds, peak)
    return worst


def _r(ratio: float | None) -> str:
    return f"{ratio:>6.2f}" if ratio is not None else f"{'':>6}"


def store(first: int, doublings: int) -> float:
    """`dvdtrack import` of one file of n blocks into a new SQLite database, in this process."""
    from dvdtrack.store.database import open_engine
    from dvdtrack.store.imports import import_paths

    print("\nimport, one file of n blocks (SQLite)")
    print(f"  {'n':>9} {'releases':>8} {'seconds':>8} {'ratio':>6}")
    before, worst = None, 0.0
    with tempfile.TemporaryDirectory() as folder:
        for step in range(doublings + 1):
            n = first * 2 ** step
            path = Path(folder) / f"blocks{n}.txt"
            path.write_text(_blocks(n), encoding="utf-8")
            engine = open_engine(f"sqlite:///{folder}/db{n}.sqlite")
            grammars = fresh_grammars()
            start = time.perf_counter()
            report = import_paths(engine, [path], grammars)
            seconds = time.perf_counter() - start
            engine.dispose()
            ratio = seconds / before if before else None
            worst = max(worst, ratio or 0)
            print(f"  {n:>9,} {report.releases_new:>8,} {seconds:>8.3f} {_r(ratio)}"
                  + ("  <- quadratic?" if ratio and ratio > 3 else ""))
            before = seconds
    return worst


# What the patterns are tried on: runs of what backtracking patterns trip over, alone, after a
# label, and before a letter that ends the run (which makes a match fail late)
ATOMS = (" ", "  \t", "[", "(", ")", ",", ", ", " -", "-", "—", ".", ":", "|", "/", "1", "12 ", "1.", "a", "ab ",
         "A", "word ", "a,", "(a) ", "[a] ", "\t", "*", "=", "#", "'", "й")
READING_MODULES = ("assemble", "block_facts", "choice", "cleaning", "columns", "fields", "guess", "labels", "lines",
                   "parser", "reports", "sections", "title_fields", "track_fields", "normalise", "normalise.aspect",
                   "normalise.audio", "normalise.language", "normalise.runtime", "normalise.size")


def all_patterns() -> list[tuple[str, object]]:
    """(name, a function of one string) for each module-level pattern of the reading code (searched,
    as `re.sub`/`findall` do), each pattern a grammar builds (searched) and each rule's pattern (matched)."""
    found = []
    for module_name in READING_MODULES:
        module = importlib.import_module(f"dvdtrack.{module_name}")
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{module_name}.{attr}", value.search))
    for grammar in load_grammars().values():
        for attr in ("glued_label", "label_splitter", "label_end", "spaced_splitter", "word_finder"):
            value = getattr(grammar, attr)
            if isinstance(value, re.Pattern):
                found.append((f"{grammar.name}.{attr}", value.search))
        rules = [rule for rules in grammar.labelled.values() for rule in rules] + grammar.unlabelled \
            + grammar.item_rules + grammar.cell_rules + grammar.orphan_rules
        for rule in rules:
            for i, pattern in enumerate(rule.patterns.compiled):
                found.append((f"{grammar.name}.{rule.name}[{i}]", pattern.match))
    unique = {}
    for name, function in found:  # grammars share patterns (`nfo` extends `specsheet`)
        unique.setdefault(getattr(function, "__self__", function), (name, function))
    return list(unique.values())


def hunt(size: int = 4_000, factor: int = 4, limit: float = 8.0) -> int:
    """Print each pattern whose time on an adversarial string grows more than `limit` times when
    the string grows `factor` times; return how many do."""
    patterns = all_patterns()
    print(f"\n{len(patterns)} patterns, {len(ATOMS)} runs each, {size:,} and {size * factor:,} characters")
    slow = 0
    for name, function in patterns:
        for atom in ATOMS:
            for shape in ("{}", "Audio: {}", "{}x!"):
                times = []
                for length in (size, size * factor):
                    text = shape.format(atom * (length // len(atom)))
                    start = time.perf_counter()
                    function(text)
                    times.append(time.perf_counter() - start)
                if times[1] > 0.02 and times[1] > limit * max(times[0], 1e-4):
                    slow += 1
                    print(f"  {name:<40} {shape.format(repr(atom) + '*n'):<22} {times[0]:.4f} s -> {times[1]:.4f} s "
                          f"({times[1] / times[0]:.1f}x)")
    print(f"{slow} slow" if slow else "none grows faster than its input")
    return slow


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shapes", nargs="*", choices=sorted(SHAPES), default=sorted(SHAPES))
    ap.add_argument("--doublings", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-memory", action="store_true", help="times only (tracemalloc runs take long)")
    ap.add_argument("--store", action="store_true", help="also `import` a file of 1,000 blocks and more")
    ap.add_argument("--patterns", action="store_true", help="only hunt for patterns slower than linear")
    args = ap.parse_args()
    if args.patterns:
        hunt()
        return
    worst = {name: scale(name, *SHAPES[name], args.doublings, args.rounds, not args.no_memory) for name in args.shapes}
    if args.store:
        worst["import"] = store(1_000, min(args.doublings, 3))
    print("\nworst time ratio per doubling: " + ", ".join(f"{name} {ratio:.2f}" for name, ratio in worst.items()))


if __name__ == "__main__":
    main()
