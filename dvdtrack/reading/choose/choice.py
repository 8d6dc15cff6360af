"""Grammar choice: which grammar reads a block best, and the parts of a block that another reads.

Every grammar may read a block (`dvdtrack.reading.lines.reader`); the one that reads the most lines wins. A file
that pastes posts of several styles one after another with only blank lines between them is one
block: a paragraph that opens a release (names a title), which the chosen grammar barely reads
while another reads it well, is read by that other grammar, with the paragraphs after it, as a
block of its own (`choose_parts`).
"""

from __future__ import annotations

from dataclasses import dataclass

from dvdtrack.reading.blocks.cleaning import MAX_LINE
from dvdtrack.reading.choose.guess import estimates, glance
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.lines.reader import read_lines
from dvdtrack.reading.lines.reads import LineRead, ReadKind

_MIN_LINES = 2  # a paragraph of one line is read by whatever grammar reads the block


@dataclass
class BlockChoice:
    """The grammar chosen for one block, its score (lines read) and the runner-up."""

    grammar: str
    score: float
    runner_up: str | None
    runner_up_score: float
    lines: list[LineRead]


def choose(chunk: list[tuple[int, str]], grammars: list[Grammar]) -> BlockChoice:
    """The grammar that reads the most lines; on a tie, the one whose marks (`.....:` for NFOs)
    the block shows most, then the one of highest `tie_rank` (a spec sheet, the style of no marks),
    then the first by name.

    Reading a block costs far more than guessing (`guess.estimates`), so grammars are read in the
    order of their guesses, and a grammar is read only while its guess could still beat the best
    score read so far; the runner-up of the others is reported with its guess.
    """
    text = "\n".join(line for _, line in chunk if len(line) <= MAX_LINE)  # an overlong line is kept unread
    guesses = estimates(grammars, glance(chunk))
    guessed = sorted(((guess, sum([mark in text for mark in g.marks]), (g.tie_rank, -i), g)
                      for i, (guess, g) in enumerate(zip(guesses, grammars))), key=lambda s: s[:3], reverse=True)
    best, others = None, []
    for guess, marks, order, grammar in guessed:
        if best is not None and (guess, marks, order) <= best[:3]:
            others.append((guess, grammar.name))
            continue
        reads = read_lines(grammar, chunk)
        scored = (score(reads), marks, order, grammar.name, reads)
        if best is None or scored[:3] > best[:3]:
            best, scored = scored, best
        if scored is not None:
            others.append((scored[0], scored[3]))
    second = max(others, default=None, key=lambda o: o[0])
    return BlockChoice(best[3], best[0], second and second[1], second[0] if second else 0, best[4])


def score(reads: list[LineRead]) -> float:
    """Lines read, a line counting for the share of its parts that were read: a strip read cell by
    cell or a line of several labels counts once, as a line read whole does. A run of stray bullets
    (items under no header, which a grammar takes whatever they say: a cast list, a credits list)
    counts as one line: it says only that the block has a list.

    >>> score([LineRead(1, "a", ReadKind.RULE), LineRead(1, "b", ReadKind.UNPARSED), LineRead(2, "c", ReadKind.ITEM)])
    1.5
    >>> score([LineRead(n, "• a", ReadKind.STRAY) for n in (1, 2, 3)] + [LineRead(4, "b", ReadKind.RULE)])
    2.0
    """
    total, number, read, parts = 0.0, None, 0, 0
    stray = False  # the line before was a stray bullet
    for line in reads:  # the parts of a line come one after another
        if line.kind == ReadKind.BLANK:
            continue
        if line.number != number:
            total += read / parts if parts else 0
            number, read, parts = line.number, 0, 0
            stray, after_stray = line.kind == ReadKind.STRAY, stray
        if line.kind == ReadKind.STRAY and after_stray:
            continue
        read, parts = read + line.kind.is_read, parts + 1
    return total + (read / parts if parts else 0)


def choose_parts(chunk: list[tuple[int, str]], grammars: list[Grammar]) -> list[BlockChoice]:
    """The block's choice (`choose`); or, where a paragraph opens another release in another style
    (`_better_elsewhere`), a choice for each run of paragraphs from one release's opening to the
    next: the paragraphs after a foreign one go with it until one names a title of its own.

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> text = "Laufzeit: 91 Min.\\nUntertitel: Deutsch\\nBildformat: 1,66:1\\n\\nЗеркало (1975)\\nПродолжительность: 01:46:17\\nАудио: Русский"
    >>> [part.grammar for part in choose_parts(list(enumerate(text.splitlines(), 1)), list(load_grammars().values()))]
    ['specsheet', 'tracker_ru']
    """
    whole = choose(chunk, grammars)
    paragraphs = _paragraphs(chunk)
    if len(paragraphs) < 2 or len(grammars) < 2:
        return [whole]
    others = [g for g in grammars if g.name != whole.grammar]
    own = _reads_of(paragraphs, whole.lines)
    chosen = [_better_elsewhere(p, reads, others) for p, reads in zip(paragraphs, own)]
    if not any(chosen):
        return [whole]
    runs: list[list[tuple[int, str]]] = []
    foreign = False  # the run being built was opened by a paragraph in another style
    for paragraph, reads, other in zip(paragraphs, own, chosen):
        if other is None and runs and not (foreign and _names_title(reads)):
            runs[-1].extend(paragraph)
        else:
            runs.append(list(paragraph))
            foreign = other is not None
    return [choose(run, grammars) for run in runs]


def _better_elsewhere(paragraph: list[tuple[int, str]], reads: list[LineRead], others: list[Grammar]) -> BlockChoice | None:
    """Another grammar's choice for a paragraph of two lines or more that the block's grammar reads
    (`reads`) less than half of, when it reads twice as much of it and a title (a release opens there:
    a post's cast in Russian under an English title is no release of its own); else None."""
    size = sum(1 for _, line in paragraph if line.strip())
    own = score(reads)
    if size < _MIN_LINES or own * 2 >= size or max(estimates(others, glance(paragraph))) < max(_MIN_LINES, 2 * own):
        return None  # the guesses bound what reading would find (`guess`): most paragraphs end here
    other = choose(paragraph, others)
    if other.score < _MIN_LINES or other.score < 2 * own or not _names_title(other.lines):
        return None
    return other


def _names_title(reads: list[LineRead]) -> bool:
    return any("titles" in read.fields for read in reads)


def _reads_of(paragraphs: list[list[tuple[int, str]]], reads: list[LineRead]) -> list[list[LineRead]]:
    """The reads of each paragraph's lines."""
    where = {number: i for i, paragraph in enumerate(paragraphs) for number, _ in paragraph}
    out: list[list[LineRead]] = [[] for _ in paragraphs]
    for read in reads:
        out[where[read.number]].append(read)
    return out


def _paragraphs(chunk: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The chunk's runs of lines between blank lines, each run with the blank lines before it."""
    paragraphs: list[list[tuple[int, str]]] = [[]]
    for number, line in chunk:
        if line.strip() and paragraphs[-1] and not paragraphs[-1][-1][1].strip():
            paragraphs.append([])
        paragraphs[-1].append((number, line))
    return paragraphs
