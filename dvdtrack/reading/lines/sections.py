"""Sections: a header over bullet items (`Special Features:` then `• Trailer`), a header with its
items on its own line (`Extras: Trailer, Biography`), and the bullet items themselves, which an
item rule, the open section, or a label of their own reads."""

from __future__ import annotations

import re

from dvdtrack.reading.grammar.extras import line_items, list_items, names_an_extra
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.lines.labels import lookup, rules_for, split_label
from dvdtrack.reading.lines.reads import LineRead, ReadKind, ReadState, labels_ahead, match_rules, spec_over_value
from dvdtrack.reading.lines.tables import UNREAD

_STARRED = re.compile(r"\s+[*•]\s*")  # a cover's items in one line, each after a star
# `… making of (27mns). Ce documentaire`, `… по прозвищу "Молния". Привыкший`: a word, its bracket or quote, a stop
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3}[)\"»”’']?[.!?]\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]")


def inline_items(grammar: Grammar, number: int, text: str, label: str, value: str) -> LineRead | None:
    """`Extras: Trailer, Biography` (or a cover's `*Menus *Trailer`): a section header with its items
    on the same line; `Extras: Yes` names none, a value without a letter (a review's mark, `Extras:
    60`; a length) is no item, and a paragraph is no list."""
    section = lookup(grammar.sections, label)
    if section is None or section.field is None or not any(c.isalpha() for c in value) \
            or _paragraph(value, sentences_only=True):
        return None  # `Extras: First of all, we get a commentary by …`: a paragraph, which prose reads
    items = _STARRED.split(value.lstrip("*• ")) if value[:1] in "*•" else list_items(value)  # `*Menus *Trailer`
    return LineRead(number, text, ReadKind.RULE, section.name, {section.field: [i for i in items if i]})


def read_header(grammar: Grammar, number: int, text: str, label: str, state: ReadState) -> LineRead:
    """`Special Features:` opens a section; `Audio tracks:` makes the next lines its values; a label
    right under another whose value has not come takes the value after that one's (`LabelsAhead`); a label
    known exactly is taken over a section's spelt close to it (`Feature`, a runtime's, is no `Features`)."""
    key = label.casefold()
    section = None if key in grammar.labelled and key not in grammar.sections else lookup(grammar.sections, label)
    if section is not None:
        state.section, state.pending, state.plain_items = section, None, True
        return LineRead(number, text, ReadKind.HEADER, section.name)
    rules = rules_for(grammar, label)
    name = rules[0].name if rules else None
    if rules is not None and state.after_label and state.pending is not None:  # `Studio` / `Distributor` / …
        rules = labels_ahead(grammar, state.pending, rules)
    state.section, state.pending, state.waiting = None, rules, rules is not None
    return LineRead(number, text, ReadKind.HEADER if rules else ReadKind.UNPARSED, name)


def goes_on(grammar: Grammar, text: str, label: str | None) -> bool:
    """A plain line under a section's header goes on with its list, unless it is a field of its own:
    a label of no field before a value (`Rating Rated M` after a table's extras), or a label no
    grammar reads, when it names no extra (`Staat: in zeer goede staat`; `Documentaires: “…”` is one), or a
    paragraph of sentences (prose, which reads the extras it names).

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> g = load_grammars()["specsheet"]
    >>> goes_on(g, "Rating Rated M", None), goes_on(g, "Chapters (41)", None), goes_on(g, "Staat: goed", "Staat")
    (False, True, False)
    >>> goes_on(g, "Documentaires: “Football Training”", "Documentaires"), goes_on(g, "Trailer", None)
    (True, True)
    """
    if label is not None:
        return rules_for(grammar, label) is None and names_an_extra(label)
    if _paragraph(text):  # a review's paragraph after its `Bonus :` heading: prose, which reads its extras
        return False
    return UNREAD.match(text) is None or names_an_extra(text)


_PARAGRAPH_WORDS = (15, 30)  # words of a paragraph of two sentences, or of any


def _paragraph(text: str, sentences_only: bool = False) -> bool:
    """Sentences (a list's commas outnumber its full stops threefold: `… from the Warner Bros. Presents
    TV series, screen tests, …` is a list), or (but for `sentences_only`: a list wrapped over lines is as
    long) many words."""
    words = len(text.split())
    if words >= _PARAGRAPH_WORDS[1] and not sentences_only:
        return True
    breaks = len(_SENTENCE_BREAK.findall(text)) if words >= _PARAGRAPH_WORDS[0] else 0
    return breaks > 0 and breaks * 3 >= text.count(",")


_HEADLESS_RUN = 2  # lines, at least
_HEADLESS_WORDS = 12  # words of a line, at most


def headless_lists(reads: list[LineRead]) -> list[LineRead]:
    """Extras listed under no header right below a sheet's specs (a table's `Menus (English)` /
    `Chapters (41)`): a run of two lines or more that no rule read, each short and naming an extra in
    its first two words (a heading, `Special Features:`, is none), right after a line a rule read, are
    items of the extras (a page's links `Menu` / `Photos` after its heading are not). Applied to the
    reads of the grammar chosen, after the choice: what no rule read does not choose a grammar.

    >>> reads = [LineRead(1, "Region 1", ReadKind.RULE), LineRead(2, "Menus (English)", ReadKind.UNPARSED),
    ...          LineRead(3, "Chapters (41)", ReadKind.UNPARSED), LineRead(4, "", ReadKind.BLANK),
    ...          LineRead(5, "Trailer Park", ReadKind.UNPARSED), LineRead(6, "Photos", ReadKind.UNPARSED)]
    >>> [(r.kind.value, r.fields) for r in headless_lists(reads)][1:]
    [('item', {'features': ['Menus (English)']}), ('item', {'features': ['Chapters (41)']}), ('blank', {}), ('unparsed', {}), ('unparsed', {})]
    """
    if sum(read.kind == ReadKind.UNPARSED for read in reads) < _HEADLESS_RUN:
        return reads
    out, run = list(reads), []
    for i, read in enumerate(reads + [LineRead(-1, "", ReadKind.BLANK)]):
        one = read.kind == ReadKind.UNPARSED and _headless_item(read.text)
        if one and (reads[run[-1]].number == read.number - 1 if run else _after_specs(reads, i)):
            run.append(i)
            continue
        if len(run) >= _HEADLESS_RUN:
            for j in run:
                out[j] = list_item(reads[j].number, reads[j].text, "features", "features")
        run = [i] if one and _after_specs(reads, i) else []
    return out


def _after_specs(reads: list[LineRead], i: int) -> bool:
    """The read before the i-th is a rule's, on the line right before it."""
    return i > 0 and reads[i - 1].kind == ReadKind.RULE and reads[i - 1].number == reads[i].number - 1


def _headless_item(text: str) -> bool:
    words = text.split()
    return len(words) <= _HEADLESS_WORDS and not text.endswith(":") and names_an_extra(" ".join(words[:2]))


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
    return list_item(number, item, section.name if section else target, target,
                     ReadKind.ITEM if section else ReadKind.STRAY)


def list_item(number: int, item: str, name: str, target: str, kind: ReadKind = ReadKind.ITEM) -> LineRead:
    """A line of a list, an item of `target`: extras parted as `line_items` parts them (`Regiekommentar;
    Interviews`), a spec among them kept unread (`Ausblendbare Untertitel`); another field's item whole.
    `kind` is STRAY for a bullet under no header."""
    if target != "features":
        return LineRead(number, item, kind, name, {target: [item]})
    items = line_items(item)
    return LineRead(number, item, kind, name, {target: items}) if items else LineRead(number, item, ReadKind.UNPARSED)


def _spec_item(grammar: Grammar, number: int, item: str) -> LineRead | None:
    """An item read as a spec: by an item rule, or by a label and its value after a space
    (`Widescreen 2.35:1`)."""
    read = match_rules(grammar.item_rules, item, number, item)
    if read is not None:
        return read
    label, value = split_label(grammar, item)
    rules = rules_for(grammar, label) if label is not None and value else None
    return match_rules(rules, value, number, item) if rules else None
