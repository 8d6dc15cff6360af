"""Labels: where a line's label ends and its value starts, and which of a grammar's labels it is.

>>> LABEL.match("Runtime......: 1h 31mn").group("label", "value")
('Runtime', '1h 31mn')
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from dvdtrack.grammar import Grammar
from dvdtrack.track_fields import is_answer

# `Label: value`, `Label....: value`, `Аудио 2: value`, `Audio #1: value` (the track number is dropped),
# `Subtitle(s): value`, `Regisseur(e): value` (the plural mark too); a dotted leader ends the label
# (`IMDb ...... http://…`: `http` is the value's)
LABEL = re.compile(r"^(?P<label>[^\W\d_][^\W\d_ .'’/&-]*(?:(?:[ '’/&-]|\.(?!\.))+[^\W\d_]+){0,5})(?:\((?:s|e|en|n|y|i)\))?"
                    r"(?:\s?#?\d{1,2}(?=\s*\.{2,}|\.*\s*…?\s*:(?:\s|$)))?"  # a track number, not `Running Time 95:11`
                    r"\s*(?:\.{2,}\s*:?|…?\s*:)\s*(?::\s*)?(?P<value>.*)$")  # `Subtitles: : English` (a shop's doubled colon)
_LABEL_SIMILARITY = 88
# A label followed by a space and its value is only taken for labels this long: short ones
# (`Film`, `Audio`) start titles and features too often.
_SPACED_LABEL = 7
_SHORT_VALUE = re.compile(r"\d[\d.,:]*\s?[^\W\d_]{0,7}\.?$")  # a number, perhaps with a unit: any label may take it


def match_label(text: str) -> re.Match | None:
    """`LABEL`'s match of a line; a line with no colon and no dotted leader is none, untried (the
    pattern is slow to fail)."""
    return LABEL.match(text) if ":" in text or ".." in text else None


def split_label(grammar: Grammar, text: str, spaced: bool = True) -> tuple[str | None, str]:
    """(label, value) of a line: `Label: value`, `Label.....: value`, a bare known label, a known
    label glued to its value (`QualityDVD5`, `formatDVD Video`) or, with `spaced`, a long known
    label and a value after a space (`Running Time 95:11`, `Subtitles English`), or a short one
    and a number (`Discs 2`);
    (None, text) otherwise."""
    m = match_label(text)
    if m is not None:
        return m.group("label"), m.group("value")
    return split_unmarked(grammar, text, spaced)


def split_unmarked(grammar: Grammar, text: str, spaced: bool = True) -> tuple[str | None, str]:
    """`split_label` of a line `LABEL` does not match: a known label bare, glued or spaced."""
    folded = text.casefold().rstrip(" :")
    if folded in grammar.labelled or folded in grammar.sections:
        return text.rstrip(" :"), ""
    glued = grammar.glued_label.match(text) if grammar.glued_label else None
    if glued is None or len(text) <= glued.end() + 1:
        return None, text
    if _starts_value(text[glued.end():]) or is_answer(text[glued.end():]):  # `Russian subtitlesno`
        return glued.group(), text[glued.end():].lstrip(" :-…")
    value = text[glued.end() + 1:]
    if spaced and text[glued.end()] == " " and _starts_value(value) and (
            len(glued.group()) >= _SPACED_LABEL or _SHORT_VALUE.match(value)):  # `Discs 2`, `Time 95 min`
        return glued.group(), value
    return None, text


def _starts_value(value: str) -> bool:
    # `QualityDVD5`, `audio44.100 kHz`: the value starts with a capital or a digit, never a space
    # (`Audio essay by …` is a feature, not an audio line); `Год(1999)`, `In the roles of…Андрей`
    # (a translated page's ellipsis) too.
    first = value[:1]
    return first.isupper() or first.isdigit() or value[:2] in ("(1", "(2") or (first == "…" and _starts_value(value[1:]))


def lookup(table: dict, label: str):
    """Exact label first, then a close spelling (`Special Freatures`) by rapidfuzz."""
    key = label.casefold()
    if key in table:
        return table[key]
    best = process.extractOne(key, table.keys(), scorer=fuzz.ratio, score_cutoff=_LABEL_SIMILARITY)
    return table[best[0]] if best else None
