"""Corpus report: per grammar, how many lines of our test corpus it reads and how many stay unparsed.

    python bench/corpus_report.py

Each block of the test corpus (tests/reading/corpus/<style>/NNN.txt) is read by every grammar on its own
(`--grammar`), and once with automatic choice, as `dvdtrack add` reads it (lines left unparsed
are those its releases keep unread); non-blank lines are counted.
"""

from __future__ import annotations

from collections import defaultdict

from reading_snapshot import corpus_blocks

from dvdtrack.reading.grammar.loading import load_grammars
from dvdtrack.reading.lines.reader import read_lines
from dvdtrack.reading.blocks.split import split_chunks
from dvdtrack.reading.pipeline import parse_text

READ = ("rule", "header", "item", "related", "prose")


def main() -> None:
    grammars = load_grammars()
    blocks = corpus_blocks()
    styles = sorted({name.split("#")[0] for name in blocks})
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for name, block in blocks.items():
        style = name.split("#")[0]
        for chunk in split_chunks(block):
            for grammar_name, grammar in grammars.items():
                _count(table[grammar_name][style], read_lines(grammar, chunk))
        result = parse_text(block, grammars)
        # what the releases keep unread, after the parser's own reading (a title alone on the first
        # line) and with the reports it keeps unread (`dvdtrack.reading.blocks.reports`); the rest was read
        unread = sum(len(spec.unparsed) for spec in result.releases)
        lines = sum(1 for chunk in split_chunks(block) for _, line in chunk if line.strip())
        table["(chosen per block)"][style][0] += max(lines - unread, 0)
        table["(chosen per block)"][style][1] += unread
    print(f"{'grammar':22}" + "".join(f"{s:>20}" for s in styles) + f"{'all':>20}")
    for name in [*grammars, "(chosen per block)"]:
        cells = [table[name][s] for s in styles]
        total = [sum(c[0] for c in cells), sum(c[1] for c in cells)]
        print(f"{name:22}" + "".join(f"{_cell(c):>20}" for c in cells + [total]))
    print("cells: lines read / lines left unparsed")


def _count(cell: list[int], reads) -> None:
    for read in reads:
        if read.kind in READ:
            cell[0] += 1
        elif read.kind == "unparsed":
            cell[1] += 1


def _cell(cell: list[int]) -> str:
    return f"{cell[0]} / {cell[1]}"


if __name__ == "__main__":
    main()
