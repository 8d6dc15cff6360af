"""Sections: a header over bullet items (`Special Features:` then `• Trailer`), a header with its
items on its own line (`Extras: Trailer, Biography`), and the bullet items themselves, which an
item rule, the open section, or a label of their own reads."""

from __future__ import annotations

import re

from dvdtrack.reading.grammar.loading import Grammar
from dvdtrack.reading.grammar.tracks import is_answer, split_items
from dvdtrack.reading.lines.labels import lookup, rules_for, split_label
from dvdtrack.reading.lines.reads import LineRead, ReadKind, ReadState, labels_ahead, match_rules, spec_over_value

_STARRED = re.compile(r"\s+[*•]\s*")  # a cover's items in one line, each after a star


def inline_items(grammar: Grammar, number: int, text: str, label: str, value: str) -> LineRead | None:
    """`Extras: Trailer, Biography` (or a cover's `*Menus *Trailer`): a section header with its items
    on the same line; `Extras: Yes` names none, and a value without a letter (a review's mark, `Extras:
    60`; a length) is no item."""
    section = lookup(grammar.sections, label)
    if section is None or section.field is None or not any(c.isalpha() for c in value):
        return None
    items = _STARRED.split(value.lstrip("*• ")) if value[:1] in "*•" else split_items(value)  # `*Menus *Trailer`
    return LineRead(number, text, ReadKind.RULE, section.name, {section.field: [i for i in items if i and not is_answer(i)]})


def read_header(grammar: Grammar, number: int, text: str, label: str, state: ReadState) -> LineRead:
    """`Special Features:` opens a section; `Audio tracks:` makes the next lines its values; a label
    right under another whose value has not come takes the value after that one's (`LabelsAhead`)."""
    section = lookup(grammar.sections, label)
    if section is not None:
        state.section, state.pending, state.plain_items = section, None, True
        return LineRead(number, text, ReadKind.HEADER, section.name)
    rules = rules_for(grammar, label)
    name = rules[0].name if rules else None
    if rules is not None and state.after_label and state.pending is not None:  # `Studio` / `Distributor` / …
        rules = labels_ahead(grammar, state.pending, rules)
    state.section, state.pending, state.waiting = None, rules, rules is not None
    return LineRead(number, text, ReadKind.HEADER if rules else ReadKind.UNPARSED, name)


def read_item(grammar: Grammar, number: int, item: str, state: ReadState) -> LineRead:
    section = state.section
    state.plain_items = False  # a list of bullets ends at its last bullet: `Price: $29.95` is no extra
    if section is not None and section.rule is not None:
        fields = section.rule.match(item)
        return LineRead(number, item, ReadKind.RELATED if fields else ReadKind.UNPARSED, section.name, fields or {})
    label, value = split_label(grammar, item, spaced=False)
    if label is not None and not value and item.rstrip().endswith(":"):  # `3. ANÁLISIS DEL DVD:`: a heading, no item
        return read_header(grammar, number, item, label, state)
    rules = rules_for(grammar, label) if label is not None and value else None
    if rules is None and label is not None and value:  # `- Extras: trailer, booklet` under `DVD Info:`
        read = inline_items(grammar, number, item, label, value)
        if read is not None:
            return read
    read = match_rules(rules or state.pending or grammar.item_rules, value if rules else item, number, item)
    if read is not None and not rules and state.pending:  # `Directed by` over `• Widescreen 2.35:1`
        read = spec_over_value(read, _spec_item(grammar, number, item), state)
    if read is None and section is None:  # `• Palme d'Or at Cannes` before any header; not an extra's words
        read = match_rules(grammar.orphan_rules, item, number, item)
    if read is not None:
        return read
    target = section.field if section is not None else grammar.orphan_bullets
    # `• Rok : 1981` before any header: a field of a label the grammar does not know, not an extra
    if target is None or (section is None and label is not None and value):
        return LineRead(number, item, ReadKind.UNPARSED)
    return LineRead(number, item, ReadKind.ITEM if section else ReadKind.STRAY, section.name if section else target,
                    {target: [item]})


def _spec_item(grammar: Grammar, number: int, item: str) -> LineRead | None:
    """An item read as a spec: by an item rule, or by a label and its value after a space
    (`Widescreen 2.35:1`)."""
    read = match_rules(grammar.item_rules, item, number, item)
    if read is not None:
        return read
    label, value = split_label(grammar, item)
    rules = rules_for(grammar, label) if label is not None and value else None
    return match_rules(rules, value, number, item) if rules else None
