"""Score the reader on the shared corpus of real pages, in process (a few seconds, not a minute).

    python bench/shared_corpus.py                 # the figures, as ../shared/corpus/score.py prints them
    python bench/shared_corpus.py --verbose       # and each miss
    python bench/shared_corpus.py --only 0042 0043 --verbose
    python bench/shared_corpus.py --speed         # and blocks/s on one core

The scoring rules are the corpus's own: `score.py`'s functions are imported, not copied; only the
`dvdtrack parse FILE --json` subprocess is replaced by the same calls made in this process (read the
file as `parse` does, parse, normalise, `to_dict`). `score.py` itself stays the reference figure.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

CORPUS = Path(os.environ.get("DVDTRACK_SHARED_CORPUS",
                             Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"))


def load_scorer(corpus: Path = CORPUS):
    """score.py as a module (None when the shared corpus is absent)."""
    path = corpus / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("shared_corpus_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_releases(path: Path, grammars) -> list[dict]:
    """What `dvdtrack parse PATH --json` prints, as a list of dicts ([] when it would fail)."""
    from dvdtrack.errors import DvdtrackError
    from dvdtrack.reading.source import read_input
    from dvdtrack.store.ingest import read_text

    try:
        return [spec.to_dict() for spec in read_text(read_input(str(path)), grammars).specs]
    except DvdtrackError:
        return []


def score(corpus: Path = CORPUS, only: list[str] | None = None, verbose: bool = False, out=sys.stdout) -> dict:
    """Field accuracy and its parts, as score.py computes them."""
    from dvdtrack.cli.common import load_grammars

    scorer = load_scorer(corpus)
    grammars = load_grammars()
    files = sorted((corpus / "blocks").glob("*.txt"))
    if only:
        files = [f for f in files if f.stem in only or f.stem.lstrip("0") in only]
    per_field, per_style, per_lang = defaultdict(list), defaultdict(list), defaultdict(list)
    lost = []
    for path in files:
        rels = read_releases(path, grammars)
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if not rels:
            lost.append(path.stem)
        for key, expected in meta["expected"].items():
            if scorer.score_field(key, expected, {}) is None:
                continue
            scores = [s for s in (scorer.score_field(key, expected, r) for r in rels) if s is not None]
            best = max(scores) if scores else 0.0
            per_field[key].append(best)
            per_style[meta.get("style", "?")].append(best)
            per_lang[meta.get("language", "?")].append(best)
            if verbose and best < 1:
                got = [r.get("aspect_ratio") if key == "aspect" else r.get(key) for r in rels]
                print(f"{path.stem} {key}: expected {expected!r}\n    read {got!r}", file=out)
    mean = lambda v: sum(v) / len(v) if v else 0.0
    every = [x for v in per_field.values() for x in v]
    return {"blocks": len(files), "no_release": lost, "field_accuracy": mean(every),
            "fields": {k: mean(v) for k, v in sorted(per_field.items())},
            "styles": {k: mean(v) for k, v in sorted(per_style.items())},
            "languages": {k: mean(v) for k, v in sorted(per_lang.items())},
            "counts": {k: len(v) for k, v in per_field.items()}}


def speed(corpus: Path = CORPUS, rounds: int = 5) -> float:
    """Blocks read per second on one core (read, parse, normalise), over `rounds` passes."""
    from dvdtrack.cli.common import load_grammars

    grammars = load_grammars()
    files = sorted((corpus / "blocks").glob("*.txt"))
    start = time.perf_counter()
    for _ in range(rounds):
        for path in files:
            read_releases(path, grammars)
    return rounds * len(files) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--speed", action="store_true")
    args = ap.parse_args()
    if load_scorer() is None:
        sys.exit(f"no shared corpus at {CORPUS} (set DVDTRACK_SHARED_CORPUS)")
    figures = score(only=args.only, verbose=args.verbose)
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(f"blocks: {figures['blocks']}, no release read: {len(figures['no_release'])} {' '.join(figures['no_release'])}")
    for title in ("fields", "styles", "languages"):
        for key, value in figures[title].items():
            n = f"  (n={figures['counts'][key]})" if title == "fields" else ""
            print(f"  {title[:-1]} {key:16} {value:.3f}{n}")
    print(f"field accuracy {figures['field_accuracy']:.3f}")
    if args.speed:
        print(f"speed {speed():.0f} blocks/s (one core, read + parse + normalise)")


if __name__ == "__main__":
    main()
