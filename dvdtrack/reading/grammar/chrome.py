"""Lines of a page that stand where a title would and are none: a cover's caption, a section's name, a
link (`grammars/words/vocab.toml`: chrome_lines, link_starts, nav_words), a sentence cut where its disc is
named. `grammar.titles.page_chrome` refuses a title that is chrome; these say so of a line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.grammar.words import words

_SEGMENTS = re.compile(r"\s+[-–—|]\s+")
_RUNNING_ON = 5  # words in lower case after a title that make its line a sentence


@lru_cache(maxsize=1)
def _chrome_lines() -> frozenset[str]:
    return frozenset(words("chrome_lines"))


def chrome_line(line: str) -> bool:
    """A line that is a page's chrome where a title would stand: a cover's caption, a section's name, a link
    (`grammars/words/vocab.toml`: chrome_lines, link_starts).

    >>> chrome_line("Image de la jaquette"), chrome_line("Test DVD"), chrome_line("Go to the Home Page")
    (True, True, True)
    >>> chrome_line("Harbour Lights"), chrome_line("Gone to Earth")
    (False, False)
    """
    text = " ".join(line.casefold().strip(" .:|").split())
    return text in _chrome_lines() or _link_start().match(text) is not None


@lru_cache(maxsize=1)
def _link_start() -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(w) for w in words("link_starts")) + r")(?:\s|$)")


@lru_cache(maxsize=1)
def _navigation() -> frozenset[str]:
    return frozenset(words("nav_words"))


@lru_cache(maxsize=1)
def _joining() -> frozenset[str]:
    return frozenset(words("joining_words")) | frozenset(words("and"))


def names_a_section(line: str) -> bool:
    """A part of a line between dashes or bars is words of a site's navigation only (small words aside):
    a page's section and its site (`Reviews and comparisons - Harbour Cinema`), not a film's title.

    >>> names_a_section("Обзоры и сравнения - Наше кино"), names_a_section("News from Home")
    (True, False)
    """
    for segment in _SEGMENTS.split(line):
        tokens = [t for t in segment.casefold().split() if t not in _joining()]
        if tokens and all(t in _navigation() for t in tokens):
            return True
    return False


def runs_on(rest: str) -> bool:
    """What follows the words read as a title on its line is a sentence going on (five words in lower case or
    more, a full stop at its end): the line was a sentence (`… was the first dual layer DVD in the shops.`).

    >>> runs_on("'s release on 8-28 in the states."), runs_on("(1963) - a film by Bo Berg")
    (True, False)
    """
    return rest.rstrip().endswith((".", "!", "?", "…")) and sum(w[:1].islower() for w in rest.split()) >= _RUNNING_ON
