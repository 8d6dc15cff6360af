"""Line reads: how a line was read (`LineRead`), what earlier lines opened (`ReadState`), and the
first of a list of rules that reads a value."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dvdtrack.reading.grammar.model import Grammar, Rule, Section

# What a read carries: values by the name of the field they fill (`release.TARGETS`: `runtime`,
# `audio`, …), each of its field type's type (`grammar.types`); grammar loading refuses other names.
Values = dict[str, Any]


class ReadKind(StrEnum):
    """How a line was read."""

    RULE = "rule"  # a rule of the grammar read it (a label's value, or an unlabelled pattern)
    HEADER = "header"  # a section's header (`Extras:`) or a label whose values follow on the next lines
    ITEM = "item"  # an item of the open section (`• Trailer`)
    STRAY = "stray"  # a bullet before any section header, read as an item of the grammar's `orphan_bullets` field
    RELATED = "related"  # an item naming another film (`Also on this disc: …`)
    PROSE = "prose"  # running text: the grammar's prose field (a synopsis)
    BLANK = "blank"  # an empty line: it ends a paragraph
    UNPARSED = "unparsed"  # no rule read it: kept and shown, never dropped

    @property
    def is_read(self) -> bool:
        """A rule, header, item or related line: a grammar understood it.

        >>> ReadKind.ITEM.is_read, ReadKind.PROSE.is_read
        (True, False)
        """
        return self in READ_KINDS

    @property
    def gives_values(self) -> bool:
        """A rule's read or an item (of an open section, or a stray bullet): a read that carries values."""
        return self in VALUE_KINDS


READ_KINDS = frozenset({ReadKind.RULE, ReadKind.HEADER, ReadKind.ITEM, ReadKind.STRAY, ReadKind.RELATED})
VALUE_KINDS = frozenset({ReadKind.RULE, ReadKind.ITEM, ReadKind.STRAY})


@dataclass(slots=True)
class LineRead:
    """How one input line was read: its number and text, its kind, the rule or section that read it
    and the values it read."""

    number: int
    text: str
    kind: ReadKind
    rule: str | None = None
    fields: Values = field(default_factory=dict)


@dataclass(slots=True)
class ReadState:
    """What earlier lines opened: a section of bullets, or a label whose values come next."""

    section: Section | None = None
    pending: list[Rule] | None = None
    plain_items: bool = False  # a section header was just read: plain lines are items until a blank
    # a label on a line of its own was just read: its value may come after one blank line
    # (`Laufzeit` / blank / `ca. 96 min.`); `across` says the pending label came over one
    waiting: bool = False
    across: bool = False
    # a line of labels alone (`Region Number of Discs`): the next line holds their values in order
    row: tuple[str, ...] = ()
    # the line before was a label alone whose value has not come (`waiting`, as this line began)
    after_label: bool = False
    # the rules that read the labelled line above and its indent: a line indented deeper may go on with it
    above: tuple[list[Rule], int] | None = None

    def saved(self) -> tuple:
        """What the state holds, to go back to (`restore`) when a line is read again, with more of it."""
        return self.section, self.pending, self.plain_items, self.waiting, self.across, self.row, self.above

    def restore(self, saved: tuple) -> None:
        self.section, self.pending, self.plain_items, self.waiting, self.across, self.row, self.above = saved


class LabelsAhead(list):
    """The rules of a label alone on its line, with the labels after it on lines of their own
    (`Studio` / `Distributor` / `South Film Corp` / `Roadshow Entertainment`: two labels, then their
    values in order): the first value is this label's, the next ones the later labels'.

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> g = load_grammars()["specsheet"]
    >>> studio, distributor = g.labelled["studio"], g.labelled["distributor"]
    >>> chain = labels_ahead(g, studio, distributor)
    >>> list(chain) == studio, chain.then is distributor, labels_ahead(g, studio, distributor) is chain
    (True, True, True)
    """

    def __init__(self, rules: list[Rule], then: list[Rule]) -> None:
        super().__init__(rules)
        self.then = then  # the pending rules once this label's value is read

    def __hash__(self) -> int:  # one object per chain: compared by identity, as the grammar's own rules are
        return id(self)

    __eq__ = object.__eq__


_REMEMBERED_CHAINS = 4096
_AHEAD = 4  # labels chained at most; a longer run of labels alone is a list of headers, each replacing the last


def labels_ahead(grammar: Grammar, pending: list[Rule], rules: list[Rule]) -> list[Rule]:
    """`pending` (a label, or a chain of them, whose value has not come) followed by `rules`; one object
    per chain, kept by the grammar (the line memo keys on the pending rules' identity)."""
    depth, link = 1, pending
    while isinstance(link, LabelsAhead):
        depth, link = depth + 1, link.then
    if depth >= _AHEAD:
        return rules
    key = (_chain_names(pending), _chain_names(rules))  # names, not ids: a grammar may be sent to another process
    if key not in grammar.chains and len(grammar.chains) >= _REMEMBERED_CHAINS:
        return rules  # hostile input naming endless runs of labels: the memory stays bounded
    if key not in grammar.chains:
        then = labels_ahead(grammar, pending.then, rules) if isinstance(pending, LabelsAhead) else rules
        grammar.chains[key] = LabelsAhead(list(pending), then)
    return grammar.chains[key]


def _chain_names(rules: list[Rule]) -> tuple[tuple[str, ...], ...]:
    names = []
    while isinstance(rules, LabelsAhead):
        names.append(tuple(rule.name for rule in rules))
        rules = rules.then
    return (*names, tuple(rule.name for rule in rules))


def match_rules(rules: list[Rule], value: str, number: int, text: str) -> LineRead | None:
    """The read of the first of the rules that reads `value`, else None."""
    for rule in rules:
        fields = rule.match(value)
        if fields is not None:
            return LineRead(number, text, ReadKind.RULE, rule.name, fields)
    return None


# The fields of a disc's specs, which a line of names (`Directed by`'s) never holds
_SPEC_FIELDS = frozenset({"aspect", "video_system", "audio", "subtitles", "runtime", "discs", "disc_count", "region", "size"})


def spec_over_value(value: LineRead, spec: LineRead | None, state: ReadState) -> LineRead:
    """The read of a line under a label on a line of its own (`value`), unless another rule reads
    the line as specs of other fields (`spec`): `Directed by` (its name lost) over `• Widescreen
    2.35:1` is a header with no value, and the spec closes it.

    >>> state = ReadState(pending=[])
    >>> spec_over_value(LineRead(2, "x", ReadKind.RULE, "director", {"directors": ["x"]}),
    ...                 LineRead(2, "x", ReadKind.RULE, "bare-specs", {"aspect": "2.35:1"}), state).rule, state.pending
    ('bare-specs', None)
    """
    found = _field_names(spec) if spec is not None and spec.kind == ReadKind.RULE else set()
    if found and found <= _SPEC_FIELDS and not found & _field_names(value):
        state.pending = None
        return spec
    return value


def _field_names(read: LineRead) -> set[str]:
    """The fields a read fills: a picture's are its system and ratio."""
    return {name for key, value in read.fields.items() for name in (value if key == "picture" else (key,))}
