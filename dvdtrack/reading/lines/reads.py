"""Line reads: how a line was read (`LineRead`), what earlier lines opened (`ReadState`), and the
first of a list of rules that reads a value."""

from __future__ import annotations

from dataclasses import dataclass, field

from dvdtrack.reading.grammar.loading import Rule, Section


@dataclass(slots=True)
class LineRead:
    """How one input line was read: kind is rule, header, item, related, prose, blank or unparsed."""

    number: int
    text: str
    kind: str
    rule: str | None = None
    fields: dict = field(default_factory=dict)


@dataclass(slots=True)
class ReadState:
    """What earlier lines opened: a section of bullets, or a label whose values come next."""

    section: Section | None = None
    pending: list[Rule] | None = None
    plain_items: bool = False  # a section header was just read: plain lines are items until a blank
    # the rules that read the labelled line above and its indent: a line indented deeper may go on with it
    above: tuple[list[Rule], int] | None = None


def match_rules(rules: list[Rule], value: str, number: int, text: str) -> LineRead | None:
    """The read of the first of the rules that reads `value`, else None."""
    for rule in rules:
        fields = rule.match(value)
        if fields is not None:
            return LineRead(number, text, "rule", rule.name, fields)
    return None
