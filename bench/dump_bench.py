"""Export and import of dumps of N, 2N and 4N releases: time and peak memory per doubling.

Both directions stream (a row a line), so time should double with the database (ratio near 2) and
peak memory should not grow with it (ratio near 1). The releases are written with the bulk store
path (`ReleaseWriter`), each a copy of one parsed release under its own title.

    PYTHONPATH=. python bench/dump_bench.py [N]   # N defaults to 3000
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

BLOCK = """Летят журавли / The Cranes Are Flying (1957) DVD9
DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb
Audio: Russian, English, French
Subtitles: English, French, German, Spanish, Hebrew
Director: Mikhail Kalatozov
Features: Interview with Alexey Batalov; Documentary; Filmographies
"""


def releases(count: int):
    """`count` prepared releases: one parsed block, retitled and rehashed per copy."""
    from dvdtrack.reading.grammar.loading import load_grammars
    from dvdtrack.store.ingest import read_text
    from dvdtrack.store.releases import prepare

    base = prepare(read_text(BLOCK, load_grammars()).specs[0])
    for i in range(count):
        title = f"Film number {i}"
        info = dataclasses.replace(base.info, titles=[title])
        columns = {**base.columns, "title": title, "raw_block": f"{title}\n{base.columns['raw_block']}"}
        yield dataclasses.replace(base, digest=f"{i:064x}", columns=columns, info=info)


def fill(url: str, count: int) -> None:
    from dvdtrack.store.bulk import ReleaseWriter
    from dvdtrack.store.database import open_engine, write_transaction

    engine, writer, batch = open_engine(url), ReleaseWriter(), []
    for release in releases(count):
        batch.append(("bench", release))
        if len(batch) == 1000:
            with write_transaction(engine) as conn:
                writer.write(conn, batch)
            batch = []
    if batch:
        with write_transaction(engine) as conn:
            writer.write(conn, batch)
    engine.dispose()


def measured(work) -> tuple[float, int]:
    """Seconds and peak traced bytes of work()."""
    tracemalloc.start()
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak


def run(count: int, folder: Path) -> dict[str, tuple[float, int]]:
    from dvdtrack.importers.dumpfile import DumpReader
    from dvdtrack.store.database import open_engine
    from dvdtrack.store.dump import import_dump, write_dump

    source, target, dump = folder / f"s{count}.db", folder / f"t{count}.db", folder / f"d{count}.json"
    fill(f"sqlite:///{source}", count)
    engine, other = open_engine(f"sqlite:///{source}"), open_engine(f"sqlite:///{target}")

    def export() -> None:
        with open(dump, "w", encoding="utf-8") as out:
            write_dump(engine, out)

    def load() -> None:
        with open(dump, encoding="utf-8") as stream:
            reader = DumpReader(stream, str(dump))
            import_dump(other, reader.header, reader.rows())

    out = {"export": measured(export), "import": measured(load)}
    out["size"] = (0.0, dump.stat().st_size)
    engine.dispose()
    other.dispose()
    return out


def main() -> None:
    base = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    with tempfile.TemporaryDirectory() as tmp:
        results = [(n, run(n, Path(tmp))) for n in (base, 2 * base, 4 * base)]
    print(f"{'releases':>9} {'dump MB':>8} {'export s':>9} {'peak MB':>8} {'import s':>9} {'peak MB':>8}")
    for n, r in results:
        print(f"{n:>9} {r['size'][1] / 2**20:>8.1f} {r['export'][0]:>9.2f} {r['export'][1] / 2**20:>8.1f} "
              f"{r['import'][0]:>9.2f} {r['import'][1] / 2**20:>8.1f}")
    print("per doubling (time should be near 2, peak memory near 1):")
    for (n, a), (m, b) in zip(results, results[1:]):
        ratios = {f"{step} {what}": b[step][i] / a[step][i]
                  for step in ("export", "import") for i, what in ((0, "time"), (1, "memory"))}
        print(f"  {n} -> {m}: " + ", ".join(f"{k} x{v:.2f}" for k, v in ratios.items()))


if __name__ == "__main__":
    main()
