"""Lists wrapped onto the next lines: a page's text copied with hard line breaks cuts a one-line list
of extras or names anywhere (`Bonusy: 15-ti minutový` / `úvod Enrico Ghezziho, biografie …`, `Cast:
James Dean, Natalie` / `Wood, Sal Mineo`); the lines that go on with it are read with it, as one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dvdtrack.reading.blocks.cleaning import BULLET_MARKS
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.grammar.words import words
from dvdtrack.reading.lines.labels import lookup, rules_for, split_label
from dvdtrack.reading.lines.reads import LineRead, ReadKind, ReadState

# the fields of lists whose lines a page wraps
WRAPPED_FIELDS = frozenset({"features", "cast"})
_ENDED = re.compile(r"[.!?:;|]\s*$")  # a line ending a sentence, a heading or a table's cell ends its list
_BULLET = re.compile(rf"^\s*[{BULLET_MARKS}]")
_WRAPS = 8  # lines, at most, a list goes on over


def goes_on(grammar: Grammar, read: LineRead, raw: str, following: str) -> bool:
    """True when the `following` line goes on with the list `read` read from `raw` (its last field):
    the list's line ends in no full stop, colon or cell, and the next line is no bullet, blank line or
    label of the grammar's, and starts in lower case, or follows a comma or a word that leaves the
    list's last item unfinished (`Commentary by` / `Douglas Rathgeb, …`), or is a list itself after one.

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> g = load_grammars()["specsheet"]
    >>> read = LineRead(1, "Extras: Commentary by", ReadKind.RULE, "features", {"features": ["Commentary by"]})
    >>> goes_on(g, read, "Extras: Commentary by", "Ann Lee, a trailer"), goes_on(g, read, "Extras: Commentary by", "Region: 2")
    (True, False)
    """
    values = [v for name in WRAPPED_FIELDS for v in read.fields.get(name, ())]
    nxt = following.strip()
    if read.kind != ReadKind.RULE or not values or not nxt or _ENDED.search(raw) or _BULLET.match(following):
        return False
    label, value = split_label(grammar, nxt)
    if label is not None and (rules_for(grammar, label) or lookup(grammar.sections, label)):
        return False
    last = raw.split()[-1].casefold() if raw.split() else ""
    return nxt[0].islower() or raw.rstrip().endswith(",") or last in _dangling() or (", " in raw and ", " in nxt)


def _dangling() -> tuple[str, ...]:
    return words("list_dangling")


def wrapped_lines(grammar: Grammar, lines: list[tuple[int, str]], at: int, reads: list[LineRead]) -> int:
    """How many lines after `lines[at]` go on with the list its reads end with (0 when none do)."""
    if not reads or not WRAPPED_FIELDS & reads[-1].fields.keys():
        return 0
    raw, count = lines[at][1], 0
    while count < _WRAPS and at + count + 1 < len(lines) and goes_on(grammar, reads[-1], raw, lines[at + count + 1][1]):
        count += 1
        raw = f"{raw} {lines[at + count][1].strip()}"
    return count


def read_wrapped(grammar: Grammar, lines: list[tuple[int, str]], at: int, state: ReadState, before: tuple,
                 got: list[LineRead], read: Callable[[Grammar, int, str, ReadState], list[LineRead]]) -> tuple[list[LineRead], int]:
    """The reads `got` of `lines[at]` (read by `read` from the state `before`), or those of it read again
    with the lines its list wraps onto, as one line; and how many lines those are."""
    wrapped = wrapped_lines(grammar, lines, at, got)
    if wrapped:
        number, raw = lines[at]
        state.restore(before)
        got = read(grammar, number, " ".join([raw.rstrip()] + [line.strip() for _, line in lines[at + 1:at + 1 + wrapped]]), state)
    return got, wrapped
