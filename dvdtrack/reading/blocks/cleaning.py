"""Line cleaning: what a pasted line becomes before any grammar reads it.

Spacing and brackets are normalised; invisible and control characters go; markup of a pasted
source (BBCode, HTML, Markdown bold) is taken off; a table row copied with `|` or tabs becomes
`Label: value` or a `|` strip (its empty trailing cells go), and so does a strip with dots between
its cells; NFO frame characters around a line, a modern post's pictographs before it and the
ornaments around a heading are dropped.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

# Longer lines are kept unread (and not even cleaned): 200,000 characters hold 10,000 language
# names, and every pattern stays well under a second on them (see tests/test_hostile.py).
MAX_LINE = 200_000
# `| Aspect Ratio | 2.35:1 |`: a row of a table copied as text
_TABLE_ROW = re.compile(r"^\|\s*(?P<label>[^|]+?)\s*\|\s*(?P<value>[^|]*?)\s*\|?$")
# Markup a pasted source keeps: BBCode tags of forum posts, HTML tags, Markdown bold
_MARKUP_SIGN = re.compile(r"[\[<]/?[a-zA-Z*]|\*\*|&#?\w+;")
_MARKUP = re.compile(r"\[/?(?:b|i|u|s|size|colou?r|font|url|img|center|left|right|quote|spoiler|hide|code|list|align|pre|hr"
                     r"|br|h\d)(?:=[^\]]*)?\]|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|\*\*", re.I)
_TRAILING_CELLS = re.compile(r"(?:\s*\|)+$")
_LABEL_PIPE = re.compile(r"^([^|:]{1,40}):\s\|\s*(?=\S)")
BULLET_MARKS = "•·▪►▶●◦○■□➤✓✔✅☑❖➔➜*–—-"  # what marks a bullet item (`dvdtrack.reading.lines.reader.BULLET`)
_CELL_BULLET = re.compile(rf"^[{BULLET_MARKS}]+\s*")
_BB_ITEM = re.compile(r"^\s*\[\*\]\s*")
_HTML_CELL = re.compile(r"</t[dh]>\s*<t[dh](?:\s[^<>]*)?>", re.I)
# The first cell of a tabbed row that is a label: words (a plural mark, an ending colon), no digits
_TAB_LABEL = re.compile(r"^[^\W\d_][^\W\d_ .'’/&-]*(?:[ .'’/&-]+[^\W\d_]+){0,5}(?:\((?:s|e|en|n|y|i)\))?\s*:?$")
# Zero-width and direction marks: shop pages put `\u200f : \u200e` between a label and its value
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u202a\u202b\u202c\u202d\u202e"
                                   "\u2066\u2067\u2068\u2069\ufeff\u00ad"), None)
# Control characters (escape sequences, bells) become spaces: they are never part of a value.
_CONTROLS = {c: " " for c in [*range(0, 9), *range(11, 32), 127]}
# Full-width punctuation of Chinese pages (`字幕：俄语，英语`) is read as its ASCII form.
_FULL_WIDTH = {ord("："): ": ", ord("（"): " (", ord("）"): ") ", ord("，"): ", ", ord("；"): "; "}
_RETYPED = {**_CONTROLS, **_FULL_WIDTH}
_PARENS = re.compile(r"\(\s+|\s+\)")
_EMPTY_BRACKETS = re.compile(r"\(\)")
# `1961 · 96 min · Black & White · 1.66:1`: a strip with dots between its cells (a label's page)
_DOTS = re.compile(r" [·•∙★] ")
# NFO frames: `║ Runtime....: 1h 31mn ║`, `▌ Audio...: English ▐`
# Two columns of an NFO side by side (`Runtime : 91 min      Size : 4.37 GB`): a wide gap before a label
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=[^\W\d_][\w .'’/&-]{0,30}?\s*(?:\.{2,}|:)\s)")
# Arrows and colons an NFO puts before its labels (`-> Runtime ..... 91 min`, `::: Year ::: 1963`), a bar
_LEAD = re.compile(r"^(?:-+>|=+>|>{1,3}|»|:{2,3}|―+)\s*(?=\w)")  # `―価格:…`: a Japanese page's leading bar
# `[ Runtime ]...: 1h 36m`: an NFO's label in brackets
_BRACKETED_LABEL = re.compile(r"^\[\s*([^\W\d_][^\]\[]{0,30}?)\s*\](?=\s*(?:\.{2,}|:))")
_FRAME = re.compile(r"^[\u2500-\u259f★☆✦✧◆◇\s]+(?=\S)|(?<=\S)[\u2500-\u259f★☆✦✧◆◇\s]+$")  # and stars
# `📀 Format: DVD9`, `🎬 The Salt Meadow (1963)`, `→ Audio: …`: a modern post's pictographs and arrows
# before a line say nothing (the bullets of `dvdtrack.reading.lines.reader` are kept: `✔ DVD5` is an item)
_PICTOGRAPHS = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2190-\u21FF\u2300-\u23FF\u2600-\u26FF\u2B00-\u2BFF]"
                          r"[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*\s*)+(?=\w)")
# `·:·:· The Salt Meadow (1963) ·:·:·`, `~*~ Extras ~*~`: ornaments around a heading, three marks or
# more, not only colons (`Year :::` is a label)
_ORNAMENT_MARKS = frozenset("·•∙:*~=+°¤")
_ORNAMENT = re.compile(r"^(?=[:\s]*[·•∙*~=+°¤])(?:[·•∙:*~=+°¤]\s?){3,}\s*(?=\w)"
                       r"|(?<=[\w).!\]])\s*(?=[:\s]*[·•∙*~=+°¤])(?:[·•∙:*~=+°¤]\s?){3,}$")


@lru_cache(maxsize=8192)
def clean_text(line: str) -> str:
    """A line as the grammars read it (see the module docstring)."""
    # Cached: every grammar reads the same lines while the parser chooses between them.
    if _MARKUP_SIGN.search(line):  # first: `<b>Subs:</b>⇥English` is a label cell once the tags go
        line = _without_markup(line)
    if "\t" in line:
        line = _from_tabs(line)
    line = line.translate(_INVISIBLE).translate(_RETYPED)
    if "   " in line:
        line = _COLUMN_GAP.sub(" | ", line.strip())
    text = " ".join(line.split())
    text = _PARENS.sub(lambda m: m.group().strip(), text)
    if "()" in text:  # `Dual Layer ( )`: an empty slot of a page (a layer break's time, an image) says nothing
        text = " ".join(_EMPTY_BRACKETS.sub(" ", text).split())
    text = _DOTS.sub(" | ", text)
    if text[:1] >= "\u2190":
        text = _PICTOGRAPHS.sub("", text)
    if text[:1] == "[":
        text = _BRACKETED_LABEL.sub(r"\1", text)
    elif text[:1] in "-=>»:―":
        text = _LEAD.sub("", text)
    if text[:1] == "|" and not text.strip("|-: "):  # `|---|:---:|`: a Markdown table's rule, no line of text
        return ""
    if text[-1:] == "|":  # `Runtime | 1:42:18 | |`: a review's row copied with its empty cells
        text = _TRAILING_CELLS.sub(" |" if text[:1] == "|" else "", text)
    if ": |" in text:  # `Режиссёр: | Игорь Майборода`: a label cell, then its value's
        text = _LABEL_PIPE.sub(r"\1: ", text, count=1)
    row = _TABLE_ROW.match(text)
    if row:
        text = f"{row.group('label')}: {row.group('value')}".rstrip(": ") if row.group("value") else row.group("label")
    if text[:1] in _ORNAMENT_MARKS or text[-1:] in _ORNAMENT_MARKS:
        text = _ORNAMENT.sub("", text)
    return _FRAME.sub("", text)


def clean_line(line: str, prefixes: tuple[str, ...] = ()) -> str:
    """`clean_text`, then without the first of a grammar's line prefixes it starts with (`# Director : …`)."""
    text = clean_text(line)
    for prefix in prefixes:
        if text.startswith(prefix):
            text = text[len(prefix):].lstrip()
    return text


def _without_markup(line: str) -> str:
    """A post's source pasted as it is: BBCode (`[b]Качество:[/b] DVD9`, `[*]` items), HTML tags and
    entities (`<b>Audio:</b> Russian &amp; English`), Markdown bold (`**Region:** 1`).

    >>> _without_markup("[b]Видео:[/b] PAL"), _without_markup("[*]Trailer"), _without_markup("<b>Runtime:</b> 95&nbsp;min<br>")
    ('Видео: PAL', '• Trailer', 'Runtime: 95\xa0min')
    """
    line = _BB_ITEM.sub("• ", line)
    line = _HTML_CELL.sub("\t", line)  # `<td>Region</td><td>2</td>`: cells, as a table copied with tabs
    line = _MARKUP.sub("", line)
    return html.unescape(line) if "&" in line else line


def _from_tabs(line: str) -> str:
    r"""A table row copied from a page, its cells between tabs: `Aspect Ratio⇥1.37:1` is a label and
    its value; cells that start with no label are a strip (`DVD9⇥PAL⇥4:3` → `DVD9 | PAL | 4:3`).

    >>> _from_tabs("Running Time\t102 mins"), _from_tabs("DVD9\tPAL\t4:3"), _from_tabs("\tTrailer")
    ('Running Time: 102 mins', 'DVD9 | PAL | 4:3', '\tTrailer')
    """
    cells = [cell for cell in (c.strip() for c in line.split("\t")) if cell]
    if len(cells) < 2:
        return line
    if sum(cell.endswith(":") for cell in cells) >= 2:  # `Year:⇥1961 Region:⇥2` on one line: a tab after each label
        return " ".join(cells)
    bullet = _CELL_BULLET.match(cells[0])  # `• Untertitel:⇥keine`: a bulleted row
    if is_label_cell(cells[0][bullet.end():] if bullet else cells[0]):
        return f"{cells[0].rstrip(' :')}: {' | '.join(cells[1:])}"
    return " | ".join(cells)


def is_label_cell(cell: str) -> bool:
    """True when a table cell reads as a label: words (a plural mark, an ending colon), no digits."""
    return _TAB_LABEL.match(cell) is not None


def readable_text(text: str) -> str:
    """`text` without its lines over MAX_LINE: those are kept unread, and not searched for facts stated
    anywhere either (a 50 MB line of junk was searched whole, once a fact).

    >>> readable_text("PAL\\n" + "x" * (MAX_LINE + 1) + "\\nRegion 2")
    'PAL\\nRegion 2'
    """
    if len(text) <= MAX_LINE:
        return text
    return "\n".join(line for line in text.split("\n") if len(line) <= MAX_LINE)
