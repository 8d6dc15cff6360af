"""A text into chunks of numbered lines: rule lines (`-----`, `=====`) end a chunk, and a page's
source pasted on one line breaks where its markup does."""

from __future__ import annotations

import re

_RULE_LINE = re.compile(r"^(?:[-=*_~#]\s?){3,}$")
_RULE_STARTS = frozenset("-=*_~#")
# not at a line's end, where the line breaks anyway (a blank line would end a paragraph)
_HTML_BREAK = re.compile(r"(?:<br\s*/?>|</(?:p|li|tr|h\d|div|dd|dt)>)(?![ \t]*(?:\n|$))", re.I)


def split_chunks(text: str) -> list[list[tuple[int, str]]]:
    r"""Split on rule lines (`-----`, `=====`); each chunk keeps its 1-based line numbers. A page's
    source pasted on one line breaks where its markup does (`<br>`, `</p>`, `</li>`, `</tr>`).

    >>> split_chunks("Solaris\nDVD9\n=====\nRegion: 5")
    [[(1, 'Solaris'), (2, 'DVD9')], [(4, 'Region: 5')]]
    """
    chunks: list[list[tuple[int, str]]] = [[]]
    lines = (_HTML_BREAK.sub("\n", text) if "<" in text and _HTML_BREAK.search(text) else text).splitlines()
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped[:1] in _RULE_STARTS and _RULE_LINE.match(stripped):
            chunks.append([])
        else:
            chunks[-1].append((number, line))
    return [c for c in chunks if any(line.strip() for _, line in c)]
