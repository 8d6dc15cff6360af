"""Line reads: how a line was read (`LineRead`), what earlier lines opened (`ReadState`), and the
first of a list of rules that reads a value."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dvdtrack.reading.grammar.loading import Rule, Section

# What a read carries: values by the name of the field they fill (`release.TARGETS`: `runtime`,
# `audio`, …), each of its field type's type (`grammar.types`); grammar loading refuses other names.
Values = dict[str, Any]


class ReadKind(StrEnum):
    """How a line was read."""

    RULE = "rule"  # a rule of the grammar read it (a label's value, or an unlabelled pattern)
    HEADER = "header"  # a section's header (`Extras:`) or a label whose values follow on the next lines
    ITEM = "item"  # an item of the open section (`• Trailer`)
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
        return self in (ReadKind.RULE, ReadKind.HEADER, ReadKind.ITEM, ReadKind.RELATED)


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
    # the rules that read the labelled line above and its indent: a line indented deeper may go on with it
    above: tuple[list[Rule], int] | None = None

    def saved(self) -> tuple:
        """What the state holds, to go back to (`restore`) when a line is read again, with more of it."""
        return self.section, self.pending, self.plain_items, self.waiting, self.across, self.row, self.above

    def restore(self, saved: tuple) -> None:
        self.section, self.pending, self.plain_items, self.waiting, self.across, self.row, self.above = saved


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
