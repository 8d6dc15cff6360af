"""Grammar guesses: a cheap estimate of how many lines of a block a grammar would read.

The parser reads a block in full only with the grammars whose guess could beat the best score
read so far, so the guess works from what each line is to a grammar (a bullet, a known label, a
line an unlabelled pattern could read), worked out once per line and remembered with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from dvdtrack.reading.blocks.cleaning import MAX_LINE, clean_line, clean_text
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.lines.labels import JOINER as _JOINED, match_label, rules_for, split_fields, split_unmarked
from dvdtrack.reading.lines.reader import BULLET


@dataclass(frozen=True, slots=True)
class Glance:
    """What every grammar's guess needs to know of a line, worked out once for all of them."""

    raw: str
    text: str  # cleaned, without any grammar's line prefixes ("" for a blank line)
    bullet: bool
    label: str | None  # casefolded label of a `Label: value` line
    value: str = ""
    # what each list of grammars (by their `Grammar.key`s) makes of the line, whatever came before
    # it: see `_kind` and `estimates`
    kinds: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


def glance(lines: list[tuple[int, str]]) -> list[Glance]:
    """The lines of a block as `estimates` reads them (an overlong line counts as blank)."""
    return [_glance_line(raw) if len(raw) <= MAX_LINE else _BLANK for _, raw in lines]


@lru_cache(maxsize=8192)  # lines repeat across a collection; a glance also keeps its kinds
def _glance_line(raw: str) -> Glance:
    return _glance_text(raw, clean_text(raw))


def _glance_text(raw: str, text: str) -> Glance:
    bullet = BULLET.match(text) is not None
    m = None if bullet or not text else match_label(text)
    return Glance(raw, text, bullet, m.group("label").casefold() if m else None, m.group("value") if m else "")


_BLANK = Glance("", "", False, None)

# (kind of line, what the lines before opened) → (1 if it could be read, what it opens). Kinds:
# a bullet; an unlabelled line some unlabelled rule could read, or none could; a section header;
# a known label with its value, or alone (its value comes next); an unknown label with a value
# (an item, inside a section), or alone.
_OPENS = {
    "bullet": {None: (1, None), "section": (1, "section"), "label": (1, None)},
    "plain-read": {None: (1, None), "section": (1, "section"), "label": (1, None)},
    "plain": {None: (0, None), "section": (1, "section"), "label": (1, "label")},
    "header": {None: (1, "section"), "section": (1, "section"), "label": (1, "section")},
    "known": {None: (1, None), "section": (1, None), "label": (1, None)},
    "known-bare": {None: (1, "label"), "section": (1, "label"), "label": (1, "label")},
    "unknown": {None: (0, None), "section": (1, "section"), "label": (0, None)},
    "unknown-bare": {None: (0, None), "section": (0, None), "label": (0, None)},
}


def estimates(grammars: list[Grammar], lines: list[Glance]) -> list[int]:
    """A cheap guess, for each grammar, of how many lines `read_lines` would read: bullets, lines
    with a label the grammar knows, the line after a known label with no value (its value), plain
    lines after a section header (its items, up to a blank line), and unlabelled lines holding all
    literal words of one of its unlabelled patterns; a line with a label the grammar does not know
    counts for nothing. The parser reads a block in full only with the grammars whose guess could
    win.

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> grammars = list(load_grammars().values())
    >>> block = glance([(1, "Special Features:"), (2, "• Trailer"), (3, "Runtime.....: 1h 31mn")])
    >>> dict(zip([g.name for g in grammars], estimates(grammars, block)))
    {'blog': 3, 'nfo': 3, 'specsheet': 3, 'tracker_ru': 2}
    """
    keys = tuple(g.key for g in grammars)
    totals, afters = [0] * len(grammars), [None] * len(grammars)
    for line in lines:
        if not line.text:
            afters = [None] * len(grammars)
            continue
        row = line.kinds.get(keys)  # what the line opens, given what was open, for each grammar
        if row is None:
            row = line.kinds[keys] = tuple(_OPENS[_kind(g, line)] for g in grammars)
        for i, opens in enumerate(row):
            score, afters[i] = opens[afters[i]]
            totals[i] += score
    return totals


def _could_read_plain(grammar: Grammar, text: str) -> bool:
    """An unlabelled rule could read the line, or a cell of a `Region 1 | NTSC | 1.33:1` strip."""
    return grammar.could_read_unlabelled(text) or (
        " | " in text and any(grammar.could_read_unlabelled(cell.strip()) for cell in text.split(" | ")))


def _compound(grammar: Grammar, label: str) -> bool:
    """A compound of labels the grammar knows (`Regionalcode / Norm`), which `rules_for` reads."""
    return bool(_JOINED.search(label)) and rules_for(grammar, label) is not None


def _kind(grammar: Grammar, line: Glance) -> str:
    """What the line is to this grammar, before knowing what came before it (see `_OPENS`)."""
    if grammar.line_prefixes and line.text.startswith(grammar.line_prefixes):
        text = clean_line(line.raw, grammar.line_prefixes)  # `# Director : …`: the prefix changes the reading
        if not text:
            return "unknown-bare"
        line = _glance_text(line.raw, text)
    if line.bullet:
        return "bullet"
    label, value = line.label, line.value
    if label is None:
        found, value = split_unmarked(grammar, line.text)  # `LABEL` did not match it
        label = found.casefold() if found is not None else None
    if label is not None and (label in grammar.labelled or label in grammar.sections or _compound(grammar, label)):
        return "header" if label in grammar.sections and not value else "known" if value else "known-bare"
    if line.text.count(": ") + line.text.count("..") > 1 and len(split_fields(grammar, line.text)) > 1:
        return "known"  # a post on one line: two known labels or more, after a title or an unknown label
    if label is None:
        return "plain-read" if _could_read_plain(grammar, line.text) else "plain"
    return "unknown" if value else "unknown-bare"
