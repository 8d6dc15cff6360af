"""Benchmark `find` on a synthetic catalogue (default 1,000,000 releases, ~15 language rows each).

Prints median and p95 latency of the core query (dvdtrack.queries.find) beside the same query
hand-written in raw SQL on the same database (both fetch the first 100 rows and count matches
up to 1,000, as `dvdtrack find` does), the end-to-end time of a `dvdtrack find` process,
and the cold start of `dvdtrack --help` beside a bare `python -c pass`.

    python bench/find_bench.py                       # SQLite, 1M releases (built once, cached in bench/out/)
    python bench/find_bench.py --releases 100000
    python bench/find_bench.py --postgres postgresql+psycopg://postgres@127.0.0.1/test
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

OUT = Path(__file__).resolve().parent / "out"
# Rough shares of releases carrying each language (audio, subtitles): a European-heavy catalogue.
AUDIO_SKEW = {"en": 60, "ru": 35, "fr": 20, "de": 18, "es": 12, "it": 10, "ja": 6, "pl": 5, "cs": 3, "he": 1}
SUB_SKEW = {"en": 70, "fr": 40, "de": 38, "es": 35, "it": 30, "pt": 22, "nl": 20, "sv": 18, "ru": 25,
            "pl": 15, "cs": 12, "fi": 12, "ja": 10, "zh": 10, "ar": 8, "he": 5, "hu": 6, "el": 5, "tr": 5}
_FROM = ("SELECT r.*, f.* FROM {table} d JOIN release r ON r.id = d.release_id JOIN film f ON f.id = r.film_id "
         "WHERE d.language = '{code}' AND NOT EXISTS (SELECT 1 FROM {table} e WHERE e.language = d.language "
         "AND e.release_id = d.release_id AND e.position < d.position)")
# Each query as dvdtrack is asked it, and as a person would write it in SQL, knowing the rarest language.
QUERIES = {
    "subtitle he": ({"subtitle": ["he"]}, _FROM.format(table="releasesubtitle", code="he")),
    "audio fr + subtitle ar": ({"audio": ["fr"], "subtitle": ["ar"]},
                               _FROM.format(table="releasesubtitle", code="ar")
                               + " AND EXISTS (SELECT 1 FROM releaseaudio a WHERE a.release_id = r.id AND a.language = 'fr')"),
    "subtitle he + 1950..1960": ({"subtitle": ["he"], "years": (1950, 1960)},
                                 _FROM.format(table="releasesubtitle", code="he")
                                 + " AND r.year >= 1950 AND r.year <= 1960"),
}
COUNT_CAP = 1000


def build(engine, n: int) -> None:
    """Fill an empty schema with n synthetic releases (deterministic)."""
    rng = random.Random(1957)
    films = max(n // 4, 1)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO source (id, kind, name, imported_at) VALUES (1, 'bench', 'bench', '2026-01-01')"))
        _insert(conn, "film", ["id", "title", "year"],
                ((i, f"Film {i}", 1930 + rng.randrange(90)) for i in range(1, films + 1)))
    for start in range(1, n + 1, 50_000):
        rows, audio, subs = _chunk(rng, start, min(start + 50_000, n + 1), films)
        with engine.begin() as conn:
            _insert(conn, "release", list(rows[0]), (tuple(r.values()) for r in rows))
            _insert(conn, "releaseaudio", ["release_id", "position", "language", "name"], audio)
            _insert(conn, "releasesubtitle", ["release_id", "position", "language", "name"], subs)
        print(f"  built {min(start + 49_999, n):,} releases", file=sys.stderr)


def _chunk(rng, start, stop, films):
    rows, audio, subs = [], [], []
    for rid in range(start, stop):
        rows.append({"id": rid, "film_id": rng.randrange(1, films + 1), "title": f"Film {rid}",
                     "year": 1930 + rng.randrange(90), "disc_format": rng.choice(["DVD5", "DVD9"]),
                     "disc_count": 1, "video_system": rng.choice(["PAL", "NTSC"]), "grammar": "bench",
                     "spec_json": "{}", "raw_block": "", "block_hash": f"h{rid}", "created_at": "2026-01-01"})
        audio += [(rid, i, c, c) for i, c in enumerate(_pick(rng, AUDIO_SKEW, 1))]
        subs += [(rid, i, c, c) for i, c in enumerate(_pick(rng, SUB_SKEW, 0))]
    return rows, audio, subs


def _pick(rng, skew: dict[str, int], at_least: int) -> list[str]:
    chosen = [c for c, share in skew.items() if rng.random() * 100 < share]
    return chosen or list(skew)[:at_least]


def _insert(conn, table: str, columns: list[str], rows) -> None:
    names = ", ".join(columns)
    marks = ", ".join(f":{c}" for c in columns)
    conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), [dict(zip(columns, r)) for r in rows])


def timed(fn, repeat: int) -> tuple[float, float]:
    """Median and p95 in milliseconds."""
    fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def core_query(engine, filters: dict, limit: int):
    from dvdtrack.queries.find import FindQuery, find_releases
    from dvdtrack.store.database import session

    def run():
        with session(engine) as s:
            return find_releases(s, FindQuery(sort="id", limit=limit, **filters))
    return run


def raw_query(engine, sql: str, limit: int):
    def run():
        with engine.connect() as conn:
            total = conn.execute(text(f"SELECT count(*) FROM ({sql} LIMIT {COUNT_CAP + 1}) q")).scalar_one()
            return total, conn.execute(text(f"{sql} ORDER BY d.release_id LIMIT {limit}")).all()
    return run


def cli_time(args: list[str], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--releases", type=int, default=1_000_000)
    ap.add_argument("--postgres", help="also run against this PostgreSQL URL (its public schema is rebuilt)")
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    targets = [("sqlite", f"sqlite:///{OUT / f'find_{args.releases}.db'}")]
    if args.postgres:
        targets.append(("postgresql", args.postgres))
    for name, url in targets:
        run_target(name, url, args)


def run_target(name: str, url: str, args) -> None:
    from dvdtrack.store.database import open_engine

    engine = open_engine(url)
    with engine.connect() as conn:
        have = conn.execute(text("SELECT count(*) FROM release")).scalar_one()
    if have != args.releases:
        _reset(engine)
        t0 = time.perf_counter()
        build(open_engine(url), args.releases)
        print(f"[{name}] built {args.releases:,} releases in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        if name == "postgresql":
            with engine.begin() as conn:
                conn.execute(text("ANALYZE"))
    print(f"\n[{name}] {args.releases:,} releases; latency in ms over {args.repeat} runs (limit {args.limit})")
    print(f"{'query':28} {'core med':>9} {'core p95':>9} {'raw med':>9} {'raw p95':>9} {'ratio':>6} {'matches':>9}")
    for label, (filters, sql) in QUERIES.items():
        core = timed(core_query(engine, filters, args.limit), args.repeat)
        raw = timed(raw_query(engine, sql, args.limit), args.repeat)
        with engine.connect() as conn:
            total = conn.execute(text(f"SELECT count(*) FROM ({sql}) q")).scalar_one()
        print(f"{label:28} {core[0]:9.1f} {core[1]:9.1f} {raw[0]:9.1f} {raw[1]:9.1f} {core[0] / raw[0]:6.2f} {total:9,}")
    exe = [sys.executable, "-m", "dvdtrack.cli"]
    print(f"CLI `dvdtrack find --subtitle he` end to end: {cli_time([*exe, '--db', url, 'find', '--subtitle', 'he'], 5):.0f} ms")
    print(f"CLI `dvdtrack --help` cold start: {cli_time([*exe, '--help'], 5):.0f} ms "
          f"(bare `python -c pass`: {cli_time([sys.executable, '-c', 'pass'], 5):.0f} ms)")


def _reset(engine) -> None:
    from sqlmodel import SQLModel

    from dvdtrack.store.migrations import upgrade

    SQLModel.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    upgrade(engine)


if __name__ == "__main__":
    main()
