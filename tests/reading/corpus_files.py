"""The corpus of made-up blocks: `corpus/<style>/NNN.txt` is a block as a page would paste it, and
`NNN.json` beside it what a reader gets from it, written by hand from the block text: the fields of
its one release (`audio` as [language, codec, channels, kind] per track, `subtitles` as language
codes, any other key a `ReleaseSpec` field after `normalise`) and a "note" on what the block shows.

A case's name is `<style>#<n>` (`blog#0`), as `bench/reading_snapshot.py` names it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


@dataclass(frozen=True)
class Case:
    """One block and what a reader should get from it."""

    name: str
    text: str
    expected: dict
    note: str = ""


def block_files() -> list[Path]:
    """Every block's text file, by style then number."""
    return sorted(CORPUS.glob("*/[0-9][0-9][0-9].txt"))


def case_name(path: Path) -> str:
    """`corpus/blog/007.txt` → `blog#7`."""
    return f"{path.parent.name}#{int(path.stem)}"


def load_case(path: Path) -> Case:
    """The case of a block's text file (its expectation is the `.json` beside it)."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    note = expected.pop("note", "")
    return Case(case_name(path), path.read_text(encoding="utf-8"), expected, note)


def corpus_lines() -> list[str]:
    """Every distinct line of every block, sorted (for tests that cut and mix real lines)."""
    return sorted({line for path in block_files() for line in path.read_text(encoding="utf-8").splitlines()})


def view(spec, key: str):
    """A normalised release's field as its expectation writes it."""
    if key == "audio":
        return [[t.language, t.codec, t.channels, t.kind] for t in spec.audio]
    if key == "subtitles":
        return [t.language for t in spec.subtitles]
    return getattr(spec, key)
