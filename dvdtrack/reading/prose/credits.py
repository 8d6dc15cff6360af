"""Directors and extras in sentences.

>>> directors_in(["Cowritten and directed by Anna de Berg (who also wrote it), the film…"])
['Anna de Berg']
>>> directors_in(["The director's commentary.", "Un film di Marco Rossi in un'edizione a due dischi."])
['Marco Rossi']
>>> extras_in(["Extras include a commentary, deleted scenes (with optional commentary) and the trailer."])
['a commentary', 'deleted scenes (with optional commentary)', 'the trailer']
>>> extras_in(["The disc will feature an anamorphic transfer, English subtitles, photo galleries and a booklet."])
['photo galleries', 'a booklet']
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvdtrack.reading.prose.cues import alternation, among, cue, language_of, lower, words

_CAPITAL = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*[\w.]"
_POSSESSIVE = re.compile(r"['’]s$")
_SEMICOLON = re.compile(r";\s*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WORD = re.compile(r"[^\W\d_]{3}")  # an extra is named in words (`Extras: C` is a grade)


@lru_cache(maxsize=1)
def _name() -> re.Pattern:
    """Two to four capitalised words after a cue, small words of a name between them (`Lars von Trier`)."""
    particles = "|".join(words("name_particles"))
    return re.compile(rf"\s+({_CAPITAL}(?:\s+(?:(?:{particles})\s+)?{_CAPITAL}){{1,3}})")


@lru_cache(maxsize=1)
def _item_split() -> re.Pattern:
    starts = "|".join(re.escape(w) for w in words("item_starts"))
    joins = alternation(words("item_and"), stems=False)
    # a comma (and the `and` after it), or an `and` before an article or a count: `… documentary and 3 featurettes`
    return re.compile(rf"[,;]\s*(?:(?:{joins})\s+)?|\s+(?:{joins})\s+(?=(?:{starts})\s|\d|[\"“«])", re.I)


@lru_cache(maxsize=1)
def _list_after_word() -> re.Pattern:
    """An extras word, a few words, then `:` or `(` opening the list (`La sezione extra si rivela
    standard: il trailer, …`, `packed with extras on two discs(commentary, …)`)."""
    return re.compile(rf"(?:{alternation(words('extras_word'), stems=False)})(?![^\W_])[^:;(.!?]{{0,40}}?([:(])")


@lru_cache(maxsize=1)
def _lead() -> re.Pattern:
    """Words of the sentence before an item (`oltre a`, `nel`, `and`)."""
    leads = alternation(words("item_lead") + words("item_and"), stems=False)
    return re.compile(rf"^(?:(?:{leads})\s+)+", re.I)


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


def extras_in(sentences: list[str]) -> list[str]:
    """The items after an extras cue (`Extras include …`, `extras: …`, `extras (…)`), split on commas
    and `and`, inside no bracket; an item naming a spec (a transfer, subtitles, a track), a language
    alone or a note (`etc`) is no extra."""
    for sentence in among(sentences, "extras_cue", "extras_word", "extras_cue_disc"):
        found = [item for item in _items_after_cue(sentence) if _is_extra(item)]
        if found:
            return found
    return []


def _items_after_cue(sentence: str) -> list[str]:
    """The items after a sentence's last extras cue (`It will also include the following extras: …`)."""
    match = None
    for match in cue("extras_cue").finditer(sentence):
        pass
    if match is None and among([sentence], "disc_mention"):  # `the disc will feature …`
        for match in cue("extras_cue_disc").finditer(sentence):
            pass
    if match is not None:
        text = sentence[match.end():]
    else:
        opened = _list_after_word().search(lower(sentence))
        if opened is None:
            return []
        text = sentence[opened.end():]
        text = text.partition(")")[0] if opened.group(1) == "(" else text
    return [_lead().sub("", item.strip(" .")) for item in _split_outside_brackets(text.rstrip(" ."))]


def _is_extra(item: str) -> bool:
    return _WORD.search(item) is not None and cue("spec_item").search(item) is None \
        and not _languages_only(item) and item.casefold() not in words("item_drop")


def _languages_only(item: str) -> bool:
    """`German and Polish`: languages of a list of tracks, no extra."""
    named = _NAME_WORD.findall(item)
    joins = words("item_and")
    return any(language_of(w) for w in named) and all(language_of(w) or w.casefold() in joins for w in named)


def _split_outside_brackets(text: str) -> list[str]:
    """`_item_split` applied where no bracket is open; a list with a `;` is split on `;` only (its items
    may hold commas: `THE MAKING OF X, the documentary that…; a music video`)."""
    masked, depth = [], 0
    for ch in text:
        depth += ch in "(["
        depth -= ch in ")]" and depth > 0
        masked.append("\0" if depth and ch not in "([" else ch)
    masked_text = "".join(masked)
    items, start = [], 0
    for m in (_SEMICOLON if ";" in masked_text else _item_split()).finditer(masked_text):
        items.append(text[start:m.start()])
        start = m.end()
    return items + [text[start:]]
