"""Line reader: how one grammar reads the lines of a block, one by one.

Each line is cleaned (`dvdtrack.reading.blocks.cleaning`), split where several `Label:` fields share it, and
read as: a bullet item (of the open section) or a section header (`dvdtrack.reading.lines.sections`), a label whose values follow on
the next lines, a `Label: value` line dispatched to the rules of that label (`dvdtrack.reading.lines.labels`
finds the label, also when the colon is lost, as in `QualityDVD9`), an indented line going on
with the value of the labelled line above it, a line an unlabelled rule reads, prose, or unparsed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.blocks.cleaning import BULLET_MARKS, MAX_LINE, clean_line
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.model import Grammar, Rule
from dvdtrack.reading.grammar.patterns import copy_fields
from dvdtrack.reading.grammar.items import split_items
from dvdtrack.reading.grammar.tracks import names_a_format
from dvdtrack.reading.grammar.words import alternation
from dvdtrack.reading.lines.labels import (holds_cjk_label, lookup, match_label, rules_for, split_fields, split_label,
                                           split_unknown)
from dvdtrack.reading.lines.reads import LabelsAhead, LineRead, ReadKind, ReadState, match_rules, spec_over_value
from dvdtrack.reading.lines.sections import goes_on, inline_items, list_item, read_header, read_item
from dvdtrack.reading.lines.tables import (BAG_ITEMS, CELL_COMMA, DASHES, PERIODS, cells_not_sentences, cut_before_cell,
                                           is_spec_heading, is_unread_label, label_row, line_items, paired_cells, row_reads,
                                           spaced_better, spaced_fields, spec_bag)
from dvdtrack.reading.lines.wraps import WRAPPED_FIELDS, read_wrapped

BULLET = re.compile(rf"^(?:[{BULLET_MARKS}]+\s*|\d{{1,3}}[.)]\s+)(?=\S)")  # `2.35:1` is no item
_PROSE_WORDS = 8
# A review's mark (`Sound: B+`, `Video: 4/5`, `Picture: 7 out of 10`, `Movie: ★★★★☆`) is no field's value
_GRADE = regex(rf"(?:[A-F][+-]?|\d{{1,3}}(?:[.,]\d)?\s?(?:{alternation('out_of')})\s?(?:4|5|10|20|100)"
                    r"|[★☆✩✪✭✮*]{1,6}\s?(?:½|1/2)?)\s?[,;]?$")


def read_lines(grammar: Grammar, lines: list[tuple[int, str]]) -> list[LineRead]:
    """Read each line with one grammar; a line holding several labels gives several reads, and a list
    wrapped onto the lines after it is one line (`dvdtrack.reading.lines.wraps`)."""
    reads, state, at, count = [], ReadState(), 0, len(lines)
    while at < count:
        if len(lines[at][1]) > MAX_LINE:
            reads.append(LineRead(lines[at][0], lines[at][1], ReadKind.UNPARSED))
            state = ReadState()
        else:
            before = state.saved()
            got = _read_remembered(grammar, lines[at][0], lines[at][1], state)
            if got and not WRAPPED_FIELDS.isdisjoint(got[-1].fields):  # a list, which the page may wrap onto the next lines
                got, wrapped = read_wrapped(grammar, lines, at, state, before, got, _read_remembered)
                at += wrapped
            reads += got
        at += 1
    return reads


def _read_line(grammar: Grammar, number: int, raw: str, state: ReadState) -> list[LineRead]:
    text = clean_line(raw, grammar.line_prefixes)
    above, state.above = state.above, None
    if not text:  # a label's value may come after one blank line, if none came before it
        state.pending, state.plain_items = state.pending if state.waiting else None, False
        state.across, state.waiting = state.pending is not None, False
        return [LineRead(number, text, ReadKind.BLANK)]
    if state.across and _is_prose(text):  # `Film` / blank / a paragraph: no value of the label
        state.pending = None
    state.after_label, state.waiting, state.across = state.waiting, False, False
    row, state.row = state.row, ()
    if row and (values := row_reads(grammar, number, text, row)):
        return values
    if labels := label_row(grammar, text):
        state.row, state.pending, state.section = labels, None, None
        return [LineRead(number, text, ReadKind.HEADER, "+".join(rules[0].name for label in labels if (rules := rules_for(grammar, label))))]
    indent = len(raw) - len(raw.lstrip())
    if above and indent > above[1] and (read := _continued(grammar, number, text, above[0])) is not None:
        state.above = above
        return [read]
    reads = _read_fields(grammar, number, split_fields(grammar, text), state)
    # a line read whole by a label may be a flattened table too, if no colon marks its label
    if len(reads) == 1 and reads[0].kind in _SPACED_OVER and (reads[0].kind != ReadKind.RULE or ": " not in text) \
            and (parts := spaced_fields(grammar, text, from_start=reads[0].kind == ReadKind.RULE)) \
            and (reads[0].kind != ReadKind.PROSE or cells_not_sentences(parts)):
        spaced = [read for part in parts for read in _read_spaced(grammar, number, part, state)]  # a table flattened with no colons
        if spaced_better(reads[0], spaced, text.startswith(parts[0].partition(": ")[0])):
            # a line left unread whole is kept as written (`Rated 15`, not `Rated: 15`)
            reads = spaced if any(read.kind.is_read for read in spaced) else [LineRead(number, text, ReadKind.UNPARSED)]
    if len(reads) == 1 and reads[0].kind == ReadKind.RULE:
        label, value = split_label(grammar, text)
        rules = rules_for(grammar, label) if label is not None and value else None
        state.above = (rules, indent) if rules else None
    return reads


_SPACED_OVER = (ReadKind.UNPARSED, ReadKind.PROSE, ReadKind.RULE)


def _read_spaced(grammar: Grammar, number: int, part: str, state: ReadState) -> list[LineRead]:
    """One field of a flattened table; a value its label's rules do not read may end in a cell of the
    next column (`tables.cut_before_cell`)."""
    label, _, value = part.partition(": ")
    # a label of no field (`16x9 Enhancement No`) keeps its value unread
    reads = [LineRead(number, part, ReadKind.UNPARSED)] if is_unread_label(label) else \
        _read_fields(grammar, number, [part], state)
    if len(reads) != 1 or reads[0].kind == ReadKind.RULE or not value:
        return reads
    return cut_before_cell(grammar, number, label, value) or reads


def _read_fields(grammar: Grammar, number: int, parts: list[str], state: ReadState) -> list[LineRead]:
    """The fields of a line one by one. In a line of several, a field that runs into labels no
    grammar knows (`Rok výroby: 1989 Certificate: 15`) is read split before them when it was left
    unread whole, or when its own part is read split too (`Субтитры: Russian Chapters: 24`)."""
    reads: list[LineRead] = []
    for part in parts:
        got = _read_part(grammar, number, part, state)
        # a line of Japanese or Chinese fields, one known label or none, left unread (`価格:9,800円/発売元:…`)
        several = len(parts) > 1 or (got[0].kind == ReadKind.UNPARSED and holds_cjk_label(part))
        if several and len(got) == 1 and len(pieces := split_unknown(part, grammar.label_words)) > 1:
            split = [read for piece in pieces for read in _read_part(grammar, number, piece, state)]
            got = split if got[0].kind == ReadKind.UNPARSED or split[0].kind == ReadKind.RULE else got
        reads += got
    return reads


def _continued(grammar: Grammar, number: int, text: str, above: list[Rule]) -> LineRead | None:
    """A line indented under the value of `Audio: English: Dolby AC3 5.1` that names no label of its own
    (`English: Dolby AC3 2.0 (Commentary)`) is another value of that label, if its rules read it."""
    label, _ = split_label(grammar, text)
    if label is not None and (rules_for(grammar, label) or lookup(grammar.sections, label)):
        return None
    return match_rules(above, text, number, text)


def _read_remembered(grammar: Grammar, number: int, raw: str, state: ReadState) -> list[LineRead]:
    """What a line gives, and opens, depends on the line and on what was open before it alone, so
    it is remembered (collections repeat `Subtitles: none` and, in their sections, `• Trailer`)."""
    remembered = _remembered(raw)
    # The open section and rules are the grammar's own objects, which live as long as its key.
    # Only an indented line reads on from the line above it.
    above = raw[:1].isspace() and state.above and (id(state.above[0]), state.above[1])
    key = (grammar.key, id(state.section), id(state.pending), state.plain_items, above, state.waiting, state.across,
           state.row)
    known = remembered.get(key)
    if known is None:
        reads = _read_line(grammar, number, raw, state)
        remembered[key] = (tuple((r.text, r.kind, r.rule, copy_fields(r.fields)) for r in reads), state.section,
                           state.pending, state.plain_items, state.above, state.waiting, state.across, state.row)
        return reads
    (templates, state.section, state.pending, state.plain_items, state.above, state.waiting, state.across,
     state.row) = known
    return [LineRead(number, t, kind, rule, copy_fields(fields)) for t, kind, rule, fields in templates]


@lru_cache(maxsize=8192)
def _remembered(raw: str) -> dict:
    """What each grammar (by `Grammar.key`) read of this line, by what was open before it."""
    return {}


def _read_part(grammar: Grammar, number: int, text: str, state: ReadState) -> list[LineRead]:
    """One part of a line. A `Region 0 | PAL | 4:3 | 1h 23mn` strip is read cell by cell (table
    debris, spec strips) when the line is not read whole, or when its cells give more fields than
    the line read whole (`Aspect ratio 1.85:1 | Region 2 | …` read whole is a ratio and a tail);
    an unlabelled `DVD (Region 0, PAL), 85 minutes, 1.33:1, …` line (or a shop's `Title (1961) -
    Region 2 - PAL - 96 min`, its parts between dashes) is read item by item when
    most items are read and they give more fields; so is the value of a label that announces specs
    (`tables.spec_bag`), when any item is read. Otherwise the line is kept whole. A row whose
    first cell is a known label (`Subtitles | English | French`) is that label and its values."""
    text = _label_row(grammar, text)
    pending = state.pending
    read = _read_segment(grammar, number, text, state)
    if read.kind not in (ReadKind.UNPARSED, ReadKind.PROSE, ReadKind.RULE) or (pending and read.kind == ReadKind.RULE and read.rule in _names(pending)):
        return [read]  # a label's value on the line after it is that label's, whole
    if " | " in text:
        parts = text.split(" | ")
        if len(read.fields) >= len(parts):  # a field or more per cell: the line was read whole
            return [read]
        # a bare `French` after `Subtitles: English` is the label's value, not a strip's cell
        bare = read.kind != ReadKind.RULE and match_label(parts[0]) is None
        cells = _cells(grammar, number, parts, grammar.cell_rules if bare else ())
        if read.kind != ReadKind.RULE:
            return cells if any(c.kind == ReadKind.RULE for c in cells) else [read]
        if any(match_label(part) for part in parts[1:]):  # `… | Source : DVD9`: fields side by side, each its own
            return cells if len({name for c in cells for name in c.fields}) >= len(read.fields) else [read]
    elif read.kind != ReadKind.RULE and (bag := spec_bag(text)) is not None:
        # `DATI TECNICI: 16:9/ltbx 1.85:1 – DD 5.1 (ita), 2.0 (ita)`: a label that announces specs
        cells = _cells(grammar, number, split_items(bag, BAG_ITEMS), grammar.cell_rules)
        if not any(c.kind == ReadKind.RULE for c in cells):
            return [read]
    elif (items := line_items(text, read.kind == ReadKind.RULE)) and (body := _unlabelled_body(grammar, text)):
        # a bare language between dashes (`96 min - Swedish - 1.33:1`) is the audio; after commas it
        # is more often one of a label's values (`Subs ...... English, Finnish`)
        parts = split_items(body, items) if items is CELL_COMMA else items.split(body)
        if items is PERIODS:  # a sentence's commas part its items too: `Region 4, PAL.`
            parts = [item for part in parts for item in split_items(part, CELL_COMMA)]
        cells = _cells(grammar, number, parts, grammar.cell_rules if items is DASHES else ())
        if sum(c.kind == ReadKind.RULE for c in cells) * 2 < max(len(cells), 4):
            return [read]
    else:
        return [read]
    return cells if len({name for c in cells for name in c.fields}) > len(read.fields) else [read]


def _names(rules: list[Rule]) -> set[str]:
    return {rule.name for rule in rules}




def _unlabelled_body(grammar: Grammar, text: str) -> str | None:
    """The part of a line that may be read item by item: all of it, or the value after a label the
    grammar does not know (`DVD: Region 2, PAL, 4:3, Swedish mono`); None after a known label."""
    bullet = BULLET.match(text)  # `► Tekstitys : venäjä, saksa`: the bullet's label
    m = match_label(text[bullet.end():] if bullet else text)
    return text if m is None else None if rules_for(grammar, m.group("label")) else m.group("value")


def _label_row(grammar: Grammar, text: str) -> str:
    """A table's row whose first cell is a known label alone: that label and the rest as its value
    (`Subtitles | English | French`), or, in a row of labels and values in turn, each label with its
    value (`Laufzeit | 102:48 Min | Kapitel | 24` → `Laufzeit: 102:48 Min | Kapitel: 24`)."""
    if " | " not in text or match_label(text):
        return text
    head, _, rest = text.partition(" | ")
    label, value = split_label(grammar, head, spaced=False)
    if label is None or value:
        return text
    return paired_cells(text) or f"{head.rstrip(' :')}: {rest}"


def _cells(grammar: Grammar, number: int, parts: list[str], last: list = ()) -> list[LineRead]:
    """Each part read on its own; one that none of the grammar's rules read may still be read by the
    `last` rules (a strip's bare `Swedish`), which are tried on no whole line, and only beside a part
    another rule read (`Swedish, English` alone says neither audio nor subtitles)."""
    reads = [_read_segment(grammar, number, part.strip(), ReadState()) for part in parts if part.strip()]
    if not last or not any(r.kind == ReadKind.RULE for r in reads):
        return reads
    return [match_rules(last, r.text, number, r.text) or r if r.kind in (ReadKind.UNPARSED, ReadKind.PROSE) else r for r in reads]


def _read_segment(grammar: Grammar, number: int, text: str, state: ReadState) -> LineRead:
    bullet = BULLET.match(text)
    if bullet and len(text) > bullet.end():
        return read_item(grammar, number, text[bullet.end():], state)
    label, value = split_label(grammar, text)
    if label is not None and not value:
        return read_header(grammar, number, text, label, state)
    section, state.section = state.section, None
    rules = rules_for(grammar, label) if label is not None else None
    if label is not None and _GRADE.match(value):
        return _read_grade(rules, number, text, value, state)
    if rules:
        state.pending = None
        read = match_rules(rules, value, number, text)
        if read is not None:
            if state.plain_items and ":" not in text[:len(label) + 2]:  # `Widescreen 1.66:1` among the extras
                state.section = section
            return read
    elif state.pending and is_spec_heading(text):  # `Directed by` (its name lost), then `Specs`: a heading
        state.pending = None
    elif state.pending and (label is None or (" " not in label and names_a_format(value))):
        # `Audio` then `Swedish: Dolby Digital Mono` (a language as its label); `Average Bitrate: 5.12
        # Mb/s` after `Subtitles` + `English` is no subtitle
        read = match_rules(state.pending, text, number, text)
        if read is not None:
            read = _spec_not_value(grammar, read, state)
            if isinstance(state.pending, LabelsAhead):  # the next label's value comes next
                state.pending = state.pending.then
            return read
    # `Extras: Trailer, Booklet`; `Feature: Interview with the director`, which no runtime rule read
    if label is not None and (inline := inline_items(grammar, number, text, label, value)) is not None:
        state.pending = None
        return inline
    state.pending = None
    if section is not None and section.field is not None and state.plain_items and goes_on(grammar, text, label):
        # `Также на диске:` followed by plain lines: until a blank line, they are the section's items
        # (`Interview with Eduard Artemyev (2017)` under `Disc 2` is no title line), or spec items
        state.section = section
        return match_rules(grammar.item_rules, text, number, text) or list_item(number, text, section.name, section.field)
    return _read_unlabelled(grammar, number, text, label)


def _spec_not_value(grammar: Grammar, read: LineRead, state: ReadState) -> LineRead:
    """A line under a label on a line of its own is the label's value, unless an unlabelled rule
    reads it as specs of other fields (`spec_over_value`)."""
    return spec_over_value(read, _read_unlabelled(grammar, read.number, read.text, None), state)


def _read_grade(rules: list[Rule] | None, number: int, text: str, value: str, state: ReadState) -> LineRead:
    """A mark is kept unread, unless a rule reads it as a region (`Region: B` is a Blu-ray's)."""
    state.pending = None
    read = match_rules(rules, value, number, text) if rules else None
    return read if read is not None and "region" in read.fields else LineRead(number, text, ReadKind.UNPARSED)


def _read_unlabelled(grammar: Grammar, number: int, text: str, label: str | None) -> LineRead:
    read = match_rules(grammar.unlabelled, text, number, text)
    if read is not None:
        return read
    return LineRead(number, text, ReadKind.PROSE if grammar.prose_field and label is None and _is_prose(text) else ReadKind.UNPARSED)


def _is_prose(text: str) -> bool:
    """Eight words or more, most of them longer than a letter (`G R O U P  N F O` is a banner), and
    a third of them in lower case (`Tichá louka / Tyst äng (1961) DVD9 CZ` is a title line)."""
    words = text.split()
    return len(words) >= _PROSE_WORDS and sum(len(w) > 1 for w in words) * 4 >= len(words) * 3 \
        and sum(w[:1].islower() for w in words) * 3 >= len(words)
