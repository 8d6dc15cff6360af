"""`dvdtrack scan` of a folder of made ISO images: time per disc, and linear in their number.

    python bench/scan_bench.py                 # 1,000 images, doublings from 250, best of 3 rounds
    python bench/scan_bench.py --discs 2000 --rounds 5

The images are made by the tests' writer of IFO structures (tests/disc/made_discs.py): 40
different discs (1 to 3 title sets, 1 to 8 audio streams, 0 to 32 subpictures), copied to fill
the folder (a copy is read like any other image). In process, the folder is found and every disc
read (`find_discs` + `scan_path`) for the first quarter, half and all of the images: the time per
disc should stay flat (ratio per doubling about 2). Beside it: a bare `os.walk` of the same
folder. Then the command end to end (`dvdtrack scan --json FOLDER`) in a fresh process, less a
process that only starts and reads one disc: the reading per disc beyond start-up (budget: 5 ms).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dvdtrack.disc.files import find_discs  # noqa: E402
from dvdtrack.disc.scan import scan_path  # noqa: E402
from tests.disc.made_discs import AudioDef, DiscDef, SubDef, TitleDef, TitleSetDef, write_iso  # noqa: E402

BUDGET_MS = 5.0
CODINGS = ("ac3", "dts", "lpcm", "mpeg2")
LANGS = ("en", "ru", "fr", "de", "es", "it", "ja", "he")


def _disc(k: int) -> DiscDef:
    sets = [TitleSetDef(system=("PAL", "NTSC")[(k + s) % 2], aspect=("16:9", "4:3")[k % 2],
                        audio=[AudioDef(CODINGS[(k + i) % 4], 2, LANGS[i]) for i in range(1 + (k + s) % 8)],
                        subpictures=[SubDef(LANGS[i % 8]) for i in range((k * 7 + s) % 33)],
                        titles=[TitleDef((1, k % 60, 0, 0), 1 + k % 30)] + [TitleDef((0, 4 + i, 0, 0), 2) for i in range(s)])
            for s in range(1 + k % 3)]
    return DiscDef(sets, region_mask=(1 << (k % 8)) ^ 0xFF, volume=f"BENCH_{k}")


def make_folder(folder: Path, count: int, distinct: int = 40) -> None:
    made = [write_iso(_disc(k), folder / f"disc_{k:04d}.iso") for k in range(min(distinct, count))]
    for n in range(len(made), count):
        shutil.copyfile(made[n % len(made)], folder / f"disc_{n:04d}.iso")


def _walk(folder: Path) -> float:
    start = time.perf_counter()
    found = sum(f.endswith(".iso") for _, _, files in os.walk(folder) for f in files)
    assert found
    return time.perf_counter() - start


def _scan(folder: Path, count: int) -> float:
    paths = sorted(find_discs([str(folder)]))[:count]
    start = time.perf_counter()
    for path in paths:
        scan_path(path)
    return time.perf_counter() - start


def _command(args: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dvdtrack.cli", *args], check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--discs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "shelf"
        folder.mkdir()
        start = time.perf_counter()
        make_folder(folder, args.discs)
        print(f"made {args.discs:,} images in {time.perf_counter() - start:.1f} s")
        walk = min(_walk(folder) for _ in range(args.rounds))
        print(f"bare os.walk of the folder: {walk * 1000:.1f} ms ({walk / args.discs * 1000:.3f} ms per image)")
        previous = None
        for count in (args.discs // 4, args.discs // 2, args.discs):
            took = min(_scan(folder, count) for _ in range(args.rounds))
            ratio = f"  ×{took / previous:.2f} for ×2" if previous else ""
            print(f"scan {count:>6,} discs in process: {took:.3f} s, {took / count * 1000:.2f} ms per disc{ratio}")
            previous = took
        one = folder / "disc_0000.iso"
        startup = min(_command(["scan", "--json", str(one)]) for _ in range(args.rounds))
        whole = min(_command(["scan", "--json", str(folder)]) for _ in range(max(1, args.rounds - 1)))
        per_disc = (whole - startup) / (args.discs - 1) * 1000
        verdict = "within" if per_disc <= BUDGET_MS else "OVER"
        print(f"dvdtrack scan --json: one disc {startup:.2f} s (start-up), {args.discs:,} discs {whole:.2f} s: "
              f"{per_disc:.2f} ms per disc beyond start-up ({verdict} the {BUDGET_MS:g} ms budget), "
              f"bare os.walk {walk / args.discs * 1000:.3f} ms per image")


if __name__ == "__main__":
    main()
