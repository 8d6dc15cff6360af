"""Snapshot of everything the reader reads, to check that a change moved only what it meant to.

    python bench/reading_snapshot.py save /tmp/before.json    # before a change
    python bench/reading_snapshot.py diff /tmp/before.json    # after it: each block whose reading changed

Every block of the test corpus (tests/reading/corpus/<style>/NNN.txt, named `<style>#<N>`), every
file of tests/data/ and seeds/, and every block of the shared corpus (../shared/corpus/blocks, when present) is read as `dvdtrack parse --json`
reads it (parse, normalise, `to_dict`); a failure is recorded as its message.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "blocks"
CORPUS = ROOT / "tests" / "reading" / "corpus"


def corpus_blocks() -> dict[str, str]:
    """The test corpus's blocks by name, `blog#0` for `tests/reading/corpus/blog/000.txt`."""
    return {f"{path.parent.name}#{int(path.stem)}": path.read_text(encoding="utf-8")
            for path in sorted(CORPUS.glob("*/[0-9][0-9][0-9].txt"))}


def texts() -> dict[str, str]:
    """Every text the snapshot reads, by a stable name."""
    out = corpus_blocks()
    for folder in (ROOT / "tests" / "data", ROOT / "seeds", SHARED):
        for path in sorted(folder.glob("*.txt")):
            out[f"{folder.name}/{path.name}"] = path.read_text(encoding="utf-8", errors="replace")
    return out


def reading(text: str, grammars) -> object:
    """What `parse --json` prints for a text (or the error it gives)."""
    from dvdtrack.errors import DvdtrackError
    from dvdtrack.store.ingest import read_text

    try:
        return [spec.to_dict() for spec in read_text(text, grammars).specs]
    except DvdtrackError as exc:
        return f"error: {exc}"


def snapshot() -> dict[str, object]:
    from dvdtrack.cli.common import load_grammars

    grammars = load_grammars()
    return {name: reading(text, grammars) for name, text in texts().items()}


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "diff"):
        sys.exit(__doc__)
    path = Path(sys.argv[2])
    now = snapshot()
    if sys.argv[1] == "save":
        path.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(now)} texts saved to {path}")
        return
    before = json.loads(path.read_text(encoding="utf-8"))
    changed = sorted(name for name in before.keys() | now.keys() if before.get(name) != now.get(name))
    for name in changed:
        print(f"== {name}\n   before: {json.dumps(before.get(name), ensure_ascii=False)[:600]}\n"
              f"   after:  {json.dumps(now.get(name), ensure_ascii=False)[:600]}")
    print(f"{len(changed)} of {len(now)} texts read differently")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
