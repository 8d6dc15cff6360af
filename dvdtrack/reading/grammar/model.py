"""A compiled grammar, as the loader (`grammar/loading.py`) makes it and every later stage reads it:
its line rules by label and unlabelled, its sections, its options, and the indexes that find its
labels and its unlabelled patterns' words in a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dvdtrack.reading.grammar.patterns import Patterns


@dataclass(frozen=True)
class Rule:
    """One line rule: its name and its patterns, tried in order."""

    name: str
    patterns: Patterns

    def match(self, text: str) -> dict | None:
        """Fields of the first pattern that matches the whole text, else None."""
        return self.patterns.match(text)


@dataclass(frozen=True)
class Section:
    """A header line followed by bullet items; items go to `field` or are read by `rule`."""

    name: str
    field: str | None
    rule: Rule | None


@dataclass
class Grammar:
    """A compiled grammar: rules dispatched by label, unlabelled rules, sections, options."""

    name: str
    description: str
    path: Path
    # Names this grammar as loaded, in every process it is sent to: what a line is to a grammar
    # is remembered under it (`dvdtrack.reading.choose.guess`, `dvdtrack.reading.lines.reader`), not under the object, which
    # pickling copies and which the line caches would otherwise keep alive.
    key: str = ""
    labelled: dict[str, list[Rule]] = field(default_factory=dict)
    unlabelled: list[Rule] = field(default_factory=list)
    sections: dict[str, Section] = field(default_factory=dict)
    orphan_bullets: str | None = None
    prose_field: str | None = None
    line_prefixes: tuple[str, ...] = ()
    item_rules: list[Rule] = field(default_factory=list)
    cell_rules: list[Rule] = field(default_factory=list)  # for a strip's cells no other rule read
    orphan_rules: list[Rule] = field(default_factory=list)  # for bullets before any section header
    marks: tuple[str, ...] = ()
    tie_rank: int = 0  # on a tie that marks leave, the grammar of highest rank wins
    # rules whose titles are more titles of the release (`Original title:`): a title alone on the
    # first line right before a line they read is the first of the titles
    more_titles: frozenset[str] = frozenset()
    # words that look like a known label but are none (`Labels:`, a blog's tags, is not `Label:`)
    not_labels: frozenset[str] = frozenset()
    glued_label: re.Pattern | None = None
    label_splitter: re.Pattern | None = None
    label_end: re.Pattern | None = None
    spaced_splitter: re.Pattern | None = None  # a label of four letters or more before a space and a value
    label_words: frozenset[str] = frozenset()  # every word of its labels (`labels.split_unknown`)
    word_finder: re.Pattern | None = None  # every literal word of the unlabelled patterns, at each place
    word_prefixes: dict[str, frozenset[str]] = field(default_factory=dict)  # a found word → the words it starts with
    # a literal word → the literal words of each unlabelled pattern that holds it
    word_sets: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    wordless: list[Rule] = field(default_factory=list)
    # compound labels (`Regionalcode / Norm`) → their rules, made as lines name them (`labels.rules_for`)
    compounds: dict[str, list | None] = field(default_factory=dict)
    # labels on lines of their own one after another (`Studio` / `Distributor`), whose values follow in
    # order: the rules of each, chained (`dvdtrack.reading.lines.reads.LabelsAhead`), made as lines name them
    chains: dict[tuple, list] = field(default_factory=dict)

    def could_read_unlabelled(self, text: str) -> bool:
        """True when an unlabelled rule could read the text: the line holds all literal words of
        one of their patterns, or a pattern without words matches."""
        if self.word_finder is not None:
            present = set()
            for word in self.word_finder.findall(text.casefold()):
                present |= self.word_prefixes[word]
            for word in present:  # only the patterns holding a word the line has could be read
                if any(words <= present for words in self.word_sets[word]):
                    return True
        return any(rule.match(text) is not None for rule in self.wordless)
