"""Start-up budget: each command as a fresh process beside `dvdtrack --help` in the same run.

    python bench/startup_bench.py [--rounds 9] [--only films,find] [--floors]

Issue 19 item 8: `find`, `films`, `show` and `db path` each take at most 3× `dvdtrack --help`,
`parse` or `add` of one block at most 4×. The script first builds its own SQLite database in a
temporary folder from `../shared/seeds/` (`dvdtrack import`), then runs every command once per
round, in turn (so a busy spell of the shared machine falls on all of them alike), and measures each
process's CPU time (user + system, from `getrusage(RUSAGE_CHILDREN)` before and after: what the
process did, not how long it waited for a core). It prints the median and the least of the rounds,
their ratios to `--help`'s, and PASS or OVER per budget, judged on the median ratio. `--floors` adds
what the stack costs alone (`python -c "import sqlalchemy"`, …, the reader with its grammars).

`add` stores seed 000's release block (`-y`) each round into a fresh copy of a database holding the
seeds' film lists only, so every round adds the release as new. User grammars and caches are those of
a temporary home, so the run depends on nothing of the user's; the first round's results are not
counted (it fills what a first run on a machine fills, as a user's first command does).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
BLOCK = next(SEEDS.glob("000_*.txt"))
# name: (arguments after `dvdtrack`, budget as a multiple of `--help`; None for the baseline)
COMMANDS = {
    "--help": (["--help"], None),
    "films": (["films"], 3),
    "find": (["find", "--audio", "ru"], 3),
    "show": (["show", "1"], 3),
    "db path": (["db", "path"], 3),
    "parse": (["parse", str(BLOCK)], 4),
    "add": (["add", "-y", str(BLOCK)], 4),
}
# With --floors: what the stack alone costs (`python -c`), beside the commands that load it.
FLOORS = {
    "import sqlalchemy": "import sqlalchemy",
    "+ sqlmodel": "import sqlalchemy, sqlmodel",
    "+ models": "import dvdtrack.store.models",
    "reader+grammars": "from dvdtrack.cli.common import load_grammars; import dvdtrack.reading.pipeline; load_grammars()",
}


def cpu_of(args: list[str], env: dict) -> float:
    """CPU seconds (user + system) that one `python ARGS` process took; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"`python {' '.join(args)}` failed ({done.returncode}): {done.stderr.strip()}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def build(work: Path, env: dict) -> tuple[Path, Path]:
    """The database of every seed (read commands) and one of the seeds' film lists only (`add`)."""
    full, lists = work / "seeds.db", work / "lists.db"
    lists_only = [str(p) for p in sorted(SEEDS.glob("*.txt")) if p != BLOCK]
    for db, paths in ((full, [str(p) for p in sorted(SEEDS.glob("*.txt"))]), (lists, lists_only)):
        subprocess.run([sys.executable, "-m", "dvdtrack.cli", "--db", str(db), "import", *paths],
                       env=env, check=True, capture_output=True)
    return full, lists


def measure(names: list[str], rounds: int, work: Path, env: dict) -> dict[str, list[float]]:
    """CPU seconds of each command, a list per command, the commands alternating within a round."""
    full, lists = build(work, env)
    times: dict[str, list[float]] = {name: [] for name in names}
    for n in range(rounds + 1):  # round 0 warms up and is dropped
        for name in names:
            db = full
            if name == "add":
                db = work / "add.db"
                shutil.copyfile(lists, db)
            args = ["-c", FLOORS[name]] if name in FLOORS else ["-m", "dvdtrack.cli", "--db", str(db), *COMMANDS[name][0]]
            seconds = cpu_of(args, env)
            if n:
                times[name].append(seconds)
    return times


def report(times: dict[str, list[float]]) -> bool:
    """Print the table; True when every budget holds (on the median ratio)."""
    base_med, base_min = statistics.median(times["--help"]), min(times["--help"])
    print(f"{'command':17} {'median s':>9} {'min s':>7} {'×help (med)':>12} {'×help (min)':>12} {'budget':>7}  verdict")
    ok = True
    for name, values in times.items():
        med, least = statistics.median(values), min(values)
        budget = COMMANDS[name][1] if name in COMMANDS else None
        verdict = ""
        if budget is not None:
            passed = med / base_med <= budget
            ok = ok and passed
            verdict = "PASS" if passed else "OVER"
        print(f"{name:17} {med:9.3f} {least:7.3f} {med / base_med:12.2f} {least / base_min:12.2f} "
              f"{(f'{budget}×' if budget else '-'):>7}  {verdict}")
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--only", help="comma-separated commands to run beside --help (default: all)")
    ap.add_argument("--floors", action="store_true", help="also time the stack's imports alone (no budget)")
    args = ap.parse_args()
    names = ["--help", *(args.only.split(",") if args.only else [n for n in COMMANDS if n != "--help"])]
    names += list(FLOORS) if args.floors else []
    unknown = [n for n in names if n not in COMMANDS and n not in FLOORS]
    if unknown:
        sys.exit(f"unknown command(s): {', '.join(unknown)}; choose from {', '.join(COMMANDS)}")
    with tempfile.TemporaryDirectory(prefix="dvdtrack-startup-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "HOME": tmp, "XDG_DATA_HOME": f"{tmp}/data", "XDG_CACHE_HOME": f"{tmp}/cache",
               "XDG_CONFIG_HOME": f"{tmp}/config", "PYTHONPATH": str(ROOT)}
        env.pop("DVDTRACK_DB", None)
        times = measure(names, args.rounds, work, env)
    print(f"{args.rounds} rounds (+1 dropped), CPU time user+sys per process, Python {sys.version.split()[0]}")
    sys.exit(0 if report(times) else 1)


if __name__ == "__main__":
    main()
