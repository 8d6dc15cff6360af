"""Directors in sentences (extras: `dvdtrack.reading.prose.extras`).

>>> directors_in(["Cowritten and directed by Anna de Berg (who also wrote it), the film…"])
['Anna de Berg']
>>> directors_in(["The director's commentary.", "Un film di Marco Rossi in un'edizione a due dischi."])
['Marco Rossi']
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.grammar.credits import NAME
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.prose.cues import alternation, among, cue, words

_POSSESSIVE = re.compile(r"['’]s$")


_NAME_AFTER = regex(rf"\s+({NAME})")  # a name right after a cue


@lru_cache(maxsize=1)
def _named_before() -> re.Pattern:
    """A name, then `was a Russian director` (`director_is`, then a director's noun)."""
    return regex(rf"(?<![\w-])({NAME})\s+(?:{alternation(words('director_is'), stems=False)})\s+"
                      rf"(?:[^\W\d_][\w-]*\s+){{0,2}}?(?:{alternation(words('director_noun'), stems=False)})(?![^\W_])")


@lru_cache(maxsize=1)
def _bracketed() -> re.Pattern:
    """A name, then a director's noun in brackets (`Audio commentary - Brett Ratner (director) & …`)."""
    return regex(rf"(?<![\w-])({NAME})\s*\((?i:{alternation(words('director_noun'), stems=False)})\)")


def director_in_brackets(texts: list[str]) -> list[str]:
    """The first name said to be a director in brackets after it, in any text (an extra's title names
    the director where no line does: `Audio commentary - Brett Ratner (director) & Jeff Nathanson (writer)`).

    >>> director_in_brackets(["Trailer", "Commentary by Ann Lee (director) and Bo Park (writer)"])
    ['Ann Lee']
    """
    found = next((m for text in texts if "(" in text and (m := _bracketed().search(text))), None)
    return [found.group(1)] if found else []


def directors_in(sentences: list[str]) -> list[str]:
    """The first name a director's cue is followed by (`directed by`, `un film di`, `режиссёр`), else
    the first said to be one (`Andrei Tarkovsky was a Russian director`)."""
    cued = among(sentences, "director_cue")
    for sentence in cued:
        for match in cue("director_cue").finditer(sentence):
            name = _NAME_AFTER.match(sentence, match.end())
            if name and not sentence[match.end():match.end() + 2].startswith(("'", "’")):
                return [_POSSESSIVE.sub("", name.group(1)).rstrip(".")]
    said = next((m for s in among(sentences, "director_noun") if (m := _named_before().search(s))), None)
    return [said.group(1)] if said else []
