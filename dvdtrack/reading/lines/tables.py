"""Tables flattened into lines: a row of two columns pasted into one line (`Region Coding 2,4
Directed By Ingrid Vall`), a header row over a row of values (`Region Number of Discs` / `1 1`), and
the separators that part a line of unlabelled cells (`Region 4, PAL. 1.78:1. 91 minutes`,
`Madman . R4 . 96 mins . PAL`, `1971/103 Mins/Color`).
"""

from __future__ import annotations

import re
from itertools import combinations

from dvdtrack.reading.blocks.cleaning import is_label_cell
from dvdtrack.reading.grammar.kept import regex, trie
from dvdtrack.reading.grammar.loading import shared_label_lists
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.grammar.tracks import LANGUAGE_WORD
from dvdtrack.reading.lines.labels import rules_for
from dvdtrack.reading.lines.reads import LineRead, ReadKind, match_rules


def spaced_fields(grammar: Grammar, text: str, from_start: bool = False) -> list[str]:
    """A table flattened into one line with no colons (`Format DVD9 Region 2 PAL Runtime 96 min`)
    → `Label: value` parts, when three known labels or more start a value there, or when the line
    starts with a label and holds two or more (`Region Coding 2,4 Directed By Ingrid Vall`), or one of
    no field (`Pan & Scan/Full Frame None Swedish Dolby Digital 2.0`, see `UNREAD`); else [].
    A label right before another (`Widescreen Aspect Ratio 2.35:1`) is no field of its own; with
    `from_start`, only a line starting with a label is split.

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> spaced_fields(load_grammars()["specsheet"], "Format DVD9 Region 2 PAL Aspect ratio 1.66:1")
    ['Format: DVD9', 'Region: 2 PAL', 'Aspect ratio: 1.66:1']
    >>> spaced_fields(load_grammars()["specsheet"], "Subtitles None Smoking Yes")
    ['Subtitles: None', 'Smoking: Yes']
    """
    if grammar.spaced_splitter is None or (from_start and not (grammar.spaced_splitter.match(text) or UNREAD.match(text))):
        return []  # `from_start`: only a line that starts with a label, which is quick to tell
    known = list(grammar.spaced_splitter.finditer(text))
    if not known and not UNREAD.match(text):
        return []  # labels of no field alone split a line only from its start
    found = _apart(sorted(known + list(UNREAD.finditer(text)), key=lambda m: (m.start(), -m.end())))
    if not found or (len(found) < 3 and (found[0].start() or (len(found) < 2 and found[0].re is not UNREAD))):
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    head = [text[: found[0].start()].strip()] if found[0].start() else []
    return head + [f"{m.group()}: {text[m.end():end].strip()}" for m, end in zip(found, ends)]


def cells_not_sentences(parts: list[str]) -> bool:
    """True when the parts of a line split at its labels are a table's cells, short each, and not a
    paragraph's sentences that happen to hold label words (`Este lançamento da Universal … com o selo
    da Studio Canal, … na proporção 2.35:1, …`: `Studio` and `proporção` are no labels there).

    >>> cells_not_sentences(["Region Coding: 2,4", "Directed By: Ingrid Vall"])
    True
    >>> cells_not_sentences(["Its label put it out with the seal of the", "Studio: Canal, and a transfer that is sharp"
    ...                      " and clean, though the colours are a little pale in the last reel of the film"])
    False
    """
    return all(len(part.split()) <= _CELL_WORDS for part in parts)


_CELL_WORDS = 12  # a cell of a flattened table holds a value, a sentence holds more words


def _apart(found: list[re.Match]) -> list[re.Match]:
    """Labels that neither overlap one before them nor run straight into the next one."""
    kept: list[re.Match] = []
    for m in found:
        if kept and m.start() < kept[-1].end():
            continue
        if kept and not m.string[kept[-1].end():m.start()].strip():
            kept.pop()  # `Widescreen Aspect Ratio`: the first has no value, it is part of the next
        kept.append(m)
    return kept


_UNREAD_WORDS = regex(trie(shared_label_lists()["unread"]), re.I)
# Labels of fields no rule reads (`grammars/words/labels.toml`'s `unread`) before a value
UNREAD = regex(rf"(?<!\w)(?:{trie(shared_label_lists()['unread'])})(?= (?-i:[\dA-ZА-ЯЁ$€£¥?(]))", re.I)


def is_unread_label(label: str) -> bool:
    """True for a label of a field no rule reads (`Smoking`, `RPI`)."""
    return label.casefold() in _UNREAD_LABELS


_UNREAD_LABELS = frozenset(label.casefold() for label in shared_label_lists()["unread"])


_BAG = regex(rf"(?:{trie(shared_label_lists()['specs'])})\s?[:：]\s*(?=\S)", re.I)
_BAG_ALONE = regex(rf"(?:{trie(shared_label_lists()['specs'])})\s?[:：]?", re.I)
# Between the items of a label's specs: commas, semicolons, dashes and slashes (`16:9/ltbx 1.85:1 – DD 5.1`,
# `片面2層/2枚組`), never inside brackets (`split_items`)
BAG_ITEMS = re.compile(r"\s*[,;、]\s*|\s[-–—|+]\s|\s?/\s?")


def is_spec_heading(text: str) -> bool:
    """True for a label announcing specs alone on its line (`Specs`, `Technical details:`): a heading,
    never the value of a label above it.

    >>> is_spec_heading("Specs"), is_spec_heading("Dati tecnici:"), is_spec_heading("Specs Hill")
    (True, True, False)
    """
    return _BAG_ALONE.fullmatch(text.strip()) is not None


def spec_bag(text: str) -> str | None:
    """The value of a label that announces a list of specs rather than one value (`DATI TECNICI: 16:9
    1.85:1 – DD 5.1`, `仕様:片面2層/2枚組`, `Specs: …`; `grammars/words/labels.toml`'s `specs`), else None.

    >>> spec_bag("Dati tecnici: 16:9 – DD 5.1 (ita)"), spec_bag("Runtime: 95 min")
    ('16:9 – DD 5.1 (ita)', None)
    """
    m = _BAG.match(text)
    return text[m.end():] if m is not None else None


def label_row(grammar: Grammar, text: str) -> tuple[str, ...]:
    """The labels of a table's header row flattened into one line (`Region Number of Discs`), two to
    four known labels of different fields and nothing else; () for any other line.

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> label_row(load_grammars()["specsheet"], "Aspect Ratio Subtitles"), label_row(load_grammars()["specsheet"], "Aspect Ratio 2.35:1")
    (('Aspect Ratio', 'Subtitles'), ())
    """
    if grammar.glued_label is None or ":" in text or len(text) > _ROW_LENGTH:
        return ()
    labels, at = [], 0
    while at < len(text):
        found = [m for m in (grammar.glued_label.match(text, at), _UNREAD_WORDS.match(text, at))
                 if m is not None and (m.end() == len(text) or text[m.end()] == " ")]
        if not found or len(labels) == _ROW_LABELS:
            return ()
        labels.append(max(found, key=lambda m: m.end()).group())
        at += len(labels[-1]) + 1
    # the labels of a row name different fields (`RSDL / Flipper Dual Layered` is a label and its
    # value); a label of no field may stand among them (`DVD Length Original Length`)
    names = [rules[0].name for label in labels if (rules := rules_for(grammar, label))]
    known = len(names) + sum(is_unread_label(label) for label in labels) == len(labels)
    return tuple(labels) if len(labels) >= 2 and names and known and len(set(names)) == len(names) else ()


_ROW_LENGTH = 80
_ROW_LABELS = 4


def row_values(values: str, count: int) -> list[list[str]]:
    """Each way of cutting a row of values into `count` parts at its spaces, fewest words first in
    the first parts (`2.35:1 1.0 Mono` into two: `2.35:1` + `1.0 Mono`, then `2.35:1 1.0` + `Mono`).

    >>> row_values("2.35:1 1.0 Mono", 2)
    [['2.35:1', '1.0 Mono'], ['2.35:1 1.0', 'Mono']]
    """
    words = values.split()
    if len(words) > _ROW_WORDS:
        return []
    return [[" ".join(words[a:b]) for a, b in zip((0,) + cuts, cuts + (len(words),))]
            for cuts in combinations(range(1, len(words)), count - 1)]


_ROW_WORDS = 12


def row_reads(grammar: Grammar, number: int, text: str, labels: tuple[str, ...]) -> list[LineRead]:
    """The line under a header row (`Language Subtitles` / `Japanese English`): its values cut into
    one per label, the first cut where each label's rules read a value; [] when none does, or when
    the line holds labels of its own (`Video Audio` over `Pan & Scan/Full Frame None English Dolby
    Digital 5.1` heads two columns, not two values)."""
    if spaced_fields(grammar, text):
        return []
    unread = [is_unread_label(label) for label in labels]
    # beside a label of no field, whose value any words may be, a known label's value is the longest it reads
    for values in row_values(text, len(labels))[::-1 if any(unread) else 1]:
        reads = [LineRead(number, f"{label}: {value}", ReadKind.UNPARSED) if skip
                 else match_rules(rules_for(grammar, label), value, number, f"{label}: {value}")
                 for label, value, skip in zip(labels, values, unread)]
        if all(skip or (read is not None and any(read.fields.values())) for read, skip in zip(reads, unread)):
            return reads
    return []


def cut_before_cell(grammar: Grammar, number: int, label: str, value: str) -> list[LineRead]:
    """A flattened field whose value its label's rules do not read, cut where a cell of the next
    column starts that an unlabelled rule reads (`Pan & Scan/Full Frame None Swedish Dolby Digital
    2.0`: `None`, then a track): of the cuts that read so, the last whose cell starts with a
    language's name (`Pan & Scan English …`: `Pan & Scan`, then `English …`, not `Pan &`, then
    `Scan English …`); [] when none does."""
    rules = rules_for(grammar, label)
    words = value.split(" ")
    found = []
    for cut in range(1, min(4, len(words))):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        cell = match_rules(grammar.unlabelled, tail, number, tail)
        if cell is None:
            continue
        first = match_rules(rules, head, number, f"{label}: {head}") if rules else None
        if first is not None or rules is None:
            found.append([first or LineRead(number, f"{label}: {head}", ReadKind.UNPARSED), cell])
    named = [cut for cut in found if LANGUAGE_WORD.match(cut[1].text)]
    return named[-1] if named else found[0] if found else []


def paired_cells(row: str) -> str | None:
    """A row of label and value cells in turn, four cells or more (`Laufzeit | 102:48 Min | Kapitel | 24`),
    as `Label: value` fields; None for a row of cells that are all words (`English | French | German |
    Czech`, a list) or whose cells in turn are no labels.

    >>> paired_cells("Laufzeit | 102:48 Min | Kapitel | 24"), paired_cells("Subtitles | English | French | German")
    ('Laufzeit: 102:48 Min | Kapitel: 24', None)
    """
    cells = row.split(" | ")
    if len(cells) < 4 or len(cells) % 2 or not all(is_label_cell(cell) for cell in cells[::2]) \
            or all(is_label_cell(cell) for cell in cells[1::2]):
        return None
    return " | ".join(f"{label.rstrip(' :')}: {value}" for label, value in zip(cells[::2], cells[1::2]))


DASHES = re.compile(r"\s[-–—]\s")
SLASHES = re.compile(r"\s/\s")  # `Nordlicht Films / Region 2 / PAL`, a line no rule read whole
CELL_COMMA = re.compile(r"(?<![^\W\d_]{3} \d)(?<![^\W\d_]{3} \d\d)\s*,\s*"  # not in a date: `May 4, 2009`
                        r"|(?<=\d),\s+(?!\d)")  # but after a number before a word: `Регион 5, DVD9`


def line_items(text: str, read_whole: bool) -> re.Pattern | None:
    """What splits a line into items, if any: three short sentences or more (`Region 4, PAL. 1.78:1.
    English DD 2.0. 91 minutes`, `Madman . R4 . 96 mins . PAL`), commas, three parts or more between
    dashes, or, in a line no rule read whole, between slashes (` / ` in a title line joins its
    titles; `1971/103 Mins/Color` is a catalogue's line)."""
    if len(sentences := PERIODS.split(text)) >= 3 and all(len(s.split()) <= SENTENCE_WORDS for s in sentences):
        return PERIODS
    if ", " in text:
        return CELL_COMMA
    slashes = () if read_whole else (SLASHES, TIGHT_SLASHES)
    return next((s for s in (DASHES,) + slashes if len(s.split(text)) >= 3), None)


# Between the sentences of a spec line: a full stop before a space, never a number's (`1.78:1`)
PERIODS = re.compile(r"(?<=[^\W\d_)]|\))\.\s+|(?<=\d)\.\s+(?=[A-ZА-ЯЁ])|\s\.\s+")
SENTENCE_WORDS = 6
TIGHT_SLASHES = re.compile(r"(?<=\w)/(?=\w)")


def spaced_better(whole: LineRead, spaced: list[LineRead], from_start: bool) -> bool:
    """A flattened table's fields are taken over the line read whole when two of them or more are
    read where nothing read the whole (the old rule); or when the line is one field of a label no rule
    reads (`16x9 Enhancement No` is no 16:9 picture); or, in a line starting with a label, when every
    field of a known label is read (`Subtitles None Smoking Yes`: not a subtitle `None Smoking Yes`)
    and they give no fewer fields than the whole."""
    rules = sum(read.kind == ReadKind.RULE for read in spaced)
    if whole.kind != ReadKind.RULE and rules >= 2:
        return True
    if from_start and len(spaced) == 1 and is_unread_label(spaced[0].text.partition(": ")[0]):
        return True  # `16x9 Enhancement No`, `Original Aspect Ratio 1.85:1`: a field no rule reads, whole
    known = [read for read in spaced if not is_unread_label(read.text.partition(":")[0]) and read.kind != ReadKind.RULE]
    return from_start and rules >= 1 and not known and len({n for r in spaced for n in r.fields}) >= len(whole.fields)
