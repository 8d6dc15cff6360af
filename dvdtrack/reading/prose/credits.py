"""Directors in sentences (extras: `dvdtrack.reading.prose.extras`).

>>> directors_in(["Cowritten and directed by Anna de Berg (who also wrote it), the film…"])
['Anna de Berg']
>>> directors_in(["The director's commentary.", "Un film di Marco Rossi in un'edizione a due dischi."])
['Marco Rossi']
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.prose.cues import alternation, among, cue, words

_CAPITAL = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*[\w.]"
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1)
def _name() -> re.Pattern:
    """Two to four capitalised words after a cue, small words of a name between them (`Lars von Trier`)."""
    particles = "|".join(words("name_particles"))
    return re.compile(rf"\s+({_CAPITAL}(?:\s+(?:(?:{particles})\s+)?{_CAPITAL}){{1,3}})")


@lru_cache(maxsize=1)
def _named_before() -> re.Pattern:
    """A name, then `was a Russian director` (`director_is`, then a director's noun)."""
    particles = "|".join(words("name_particles"))
    name = rf"{_CAPITAL}(?:\s+(?:(?:{particles})\s+)?{_CAPITAL}){{1,3}}"
    return re.compile(rf"(?<![\w-])({name})\s+(?:{alternation(words('director_is'), stems=False)})\s+"
                      rf"(?:[^\W\d_][\w-]*\s+){{0,2}}?(?:{alternation(words('director_noun'), stems=False)})(?![^\W_])")


def directors_in(sentences: list[str]) -> list[str]:
    """The first name a director's cue is followed by (`directed by`, `un film di`, `режиссёр`), else
    the first said to be one (`Andrei Tarkovsky was a Russian director`)."""
    cued = among(sentences, "director_cue")
    for sentence in cued:
        for match in cue("director_cue").finditer(sentence):
            name = _name().match(sentence, match.end())
            if name and not sentence[match.end():match.end() + 2].startswith(("'", "’")):
                return [_POSSESSIVE.sub("", name.group(1)).rstrip(".")]
    said = next((m for s in among(sentences, "director_noun") if (m := _named_before().search(s))), None)
    return [said.group(1)] if said else []
