"""Labels: where a line's label ends and its value starts, which of a grammar's labels it is, and
where a line holding several labels splits into fields.

>>> LABEL.match("Runtime......: 1h 31mn").group("label", "value")
('Runtime', '1h 31mn')
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.model import Grammar, Rule
from dvdtrack.reading.grammar.items import is_answer
from dvdtrack.reading.grammar.words import alternation, words

# `Label: value`, `Label....: value`, `Аудио 2: value`, `Audio #1: value` (the track number is dropped),
# `Subtitle(s): value`, `Regisseur(e): value` (the plural mark too); a dotted leader ends the label
# (`IMDb ...... http://…`: `http` is the value's); after the colon, a shop's second one (`Subtitles: :
# English`) or a leader (`Runtime:.......1Hr31Mins`) is no part of the value; nor is the dot of an
# abbreviation ending the label (`Cat. No.: CC1963D`)
LABEL = re.compile(r"^(?P<label>[^\W\d_][^\W\d_ .'’/&-]*(?:(?:[ '’/&;-]|\.(?!\.))+[^\W\d_]+){0,5})(?:\((?:s|e|en|n|y|i)\))?"
                    r"\.?"  # an abbreviation's dot (`Catalogue No.: CC1963D`)
                    r"(?:\s?#?\d{1,2}(?=\s*\.{2,}|\.*\s*…?\s*:(?:\s|$)))?"  # a track number, not `Running Time 95:11`
                    r"\s*(?:\.{2,}\s*:?|…?\s*:{1,3})\s*(?::\s*)?(?:\.{2,}\s*)?(?P<value>.*)$")
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
    """Exact label first, then a close spelling of as many words (`Special Freatures`) by rapidfuzz."""
    key = label.casefold()
    if key in table:
        return table[key]
    best = process.extractOne(key, table.keys(), scorer=fuzz.ratio, score_cutoff=_LABEL_SIMILARITY)
    # a misspelling adds no word: `DVD Erscheinungsjahr` is the disc's year, not `Erscheinungsjahr`
    return table[best[0]] if best and best[0].count(" ") == key.count(" ") else None


def rules_for(grammar: Grammar, label: str) -> list | None:
    """The rules of a label: `lookup` in the grammar's labels, else those of a compound label
    whose every part the grammar knows (`Regionalcode / Norm`, `Land & Jahr`; see `Compound`).
    A compound is made once per grammar: the line memo keys on the rules' identity."""
    key = label.casefold()
    if key in grammar.not_labels:
        return None
    rules = lookup(grammar.labelled, label)
    if rules is not None or not JOINER.search(label):
        return rules
    if key not in grammar.compounds:
        parts = [lookup(grammar.labelled, name) for name in JOINER.split(key)]
        found = [Compound(parts)] if len(parts) > 1 and all(parts) else None
        if found is None and len(grammar.compounds) >= _REMEMBERED_COMPOUNDS:
            return None  # hostile input naming endless strange labels: not remembered, the memory stays bounded
        grammar.compounds[key] = found
    return grammar.compounds[key]


_REMEMBERED_COMPOUNDS = 4096
# What joins the labels of a compound: `Bild / Zeit`, `Sprachen/Ton`, `Land & Jahr`, `Region and format`
JOINER = regex(rf"\s*(?:/|&|\+)\s*|\s+(?:{alternation('and')})\s+")
# Where a compound's value may split into one value per label, tried in turn
_VALUE_SPLITS = (re.compile(r"\s+/\s+"), re.compile(r"/"), re.compile(r"\s*[,;]\s*"), re.compile(r"\s+[-–—]\s+"))
_LAST_SPACE = re.compile(r"\s+(?=\S+$)")


class Compound:
    """The rules of a compound label, read as one rule: `Regionalcode / Norm: 2 / PAL` is a region
    and a system. The value is read whole when every part names the same rules (`Sprachen/Ton:
    Deutsch`); else it must split into one value per part, each read by its part's rules or saying
    nothing (`Bild / Zeit: 1.85:1 / k.A.`); else the line is not read.

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> rules_for(load_grammars()["specsheet"], "Land & Jahr")[0].match("Schweden 1961")
    {'countries': ['Schweden'], 'year': 1961}
    """

    def __init__(self, parts: list[list[Rule]]) -> None:
        self.parts = parts
        self.name = "+".join(rules[0].name for rules in parts)

    def match(self, value: str) -> dict | None:
        """Fields of the value read as the parts say, else None."""
        if all(rules == self.parts[0] for rules in self.parts):
            return _first_match(self.parts[0], value)
        for values in _splits(value, len(self.parts)):
            fields: dict = {}
            for rules, part in zip(self.parts, values):
                got = {} if is_answer(part) else _first_match(rules, part)
                if got is None:
                    break
                fields.update((k, fields[k] + v if k in fields and type(v) is list else v) for k, v in got.items())
            else:
                return fields
        return None


def _splits(value: str, count: int):
    for splitter in _VALUE_SPLITS:
        values = splitter.split(value)
        if len(values) == count:
            yield values
    if count == 2 and len(values := _LAST_SPACE.split(value)) == 2:  # `Schweden 1961`
        yield values


def _first_match(rules: list[Rule], value: str) -> dict | None:
    return next((fields for rule in rules if (fields := rule.match(value)) is not None), None)


def split_fields(grammar: Grammar, text: str) -> list[str]:
    """`Format: DVD9 Video: PAL 4:3 Audio: Russian` → one part per known label; what comes before
    the first label (`Ирония судьбы (1975) Качество: DVD9 Видео: …`, a title) is a part of its own, as is
    what comes before a line's one label right after a semicolon (`PAL, DD 5.1; Extras: Trailer`)."""
    if grammar.label_splitter is None:
        return [text]
    if len(grammar.label_end.findall(text)) < 2:  # `PAL, 2.35:1, DD 5.1; Bonusy: úvod, menu`: a field after a `;`
        m = grammar.label_splitter.search(text, text.find("; ") + 2) if "; " in text else None
        return [text[:m.start()].rstrip(" ;"), text[m.start():]] if m and text[m.start() - 2:m.start()] == "; " else [text]
    text = _unglued(grammar, text)
    starts = _label_starts(grammar.label_splitter, text)
    if len(starts) < 2:
        return [text]
    if starts[0] != 0:
        starts.insert(0, 0)
    # `Format: DVD | Region: 2 | …`, `価格:4,700円/品番:ABCD-0001/…`: the pipes and slashes between fields
    # belong to none of them
    return _unbracketed([text[a:b].strip(" |/／") for a, b in zip(starts, starts[1:] + [len(text)])])


def _unglued(grammar: Grammar, text: str) -> str:
    """`Vuosi: 1931Kesto: 105 min`: a known label glued to the value before it (a number's last
    digit, a bracket, a sentence's full stop) gets its space back.

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> _unglued(load_grammars()["specsheet"], "Vuosi: 1931Kesto: 105 minuuttia")
    'Vuosi: 1931 Kesto: 105 minuuttia'
    >>> _unglued(load_grammars()["specsheet"], "Director: Ingrid ValleRating: 7.5Cast: Per Holm")
    'Director: Ingrid Valle Rating: 7.5 Cast: Per Holm'
    """
    return _CAMEL_LABEL.sub(" ", _glued_pattern(grammar.label_splitter.pattern).sub(" ", text))


# `Aleksandr AskoldovRating: IMDb 7.5`: a capitalised label glued to a word in lower case before it
_CAMEL_LABEL = re.compile(r"(?<=[a-zа-яё]{3})(?=[A-ZА-ЯЁ][a-zа-яё]+\s?:\s)")


@lru_cache(maxsize=16)
def _glued_pattern(splitter: str) -> re.Pattern:
    """Where a label of the splitter's starts right after a digit or a word's full stop."""
    return re.compile(r"(?:(?<=\d)|(?<=[^\W\d_]{3}\.))(?=" + splitter.replace(r"(?<!\w)", "", 1) + ")", re.I)


def _label_starts(splitter: re.Pattern, text: str) -> list[int]:
    """Where each label starts. A label right after another (`Language: English Title: …`) would
    leave that one no value, and one right after a comma (`Subtitles: German, English Title: …`)
    would take a word of a list: it starts a word later, if a label starts there too (`Title:`).

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> split_fields(load_grammars()["specsheet"], "Language: English Title: Letter Garden Year: 1962")
    ['Language: English', 'Title: Letter Garden', 'Year: 1962']
    """
    starts, end = [], None
    for m in splitter.finditer(text):
        start = m.start()
        if end is not None and (not text[end:start].strip() or text[max(end, start - 8):start].rstrip().endswith(",")) \
                and " " in m.group().strip():
            later = splitter.match(text, text.index(" ", start) + 1)
            start = later.start() if later is not None and later.end() == m.end() else start
        starts.append(start)
        end = m.end()
    return starts


def _unbracketed(parts: list[str]) -> list[str]:
    """`… 1 Disc DVD (Distributor: Eureka) Running Time: …`: a field in brackets loses them."""
    for i in range(len(parts) - 1):
        if parts[i].endswith("(") and parts[i + 1].endswith(")") and "(" not in parts[i + 1]:
            parts[i], parts[i + 1] = parts[i][:-1].rstrip(), parts[i + 1][:-1].rstrip()
    return [part for part in parts if part]


# Words no unknown label starts with: small joining words, and the words a track's or a picture's
# value ends with (`… Dolby Digital Mono Price: €28.99`)
_JOINING_WORDS = frozenset(words("joining_words"))
_VALUE_WORD = regex(rf"(?i:{alternation('value_words')})\b")
# A Japanese or Chinese label inside a line (no capitals there), its value often right after the colon
_CJK_LABEL = r"(?<=[\s/／])[\u3040-\u30ff\u3400-\u9fff]{2,8}\s?[:：](?=\s?\S)"
_CJK_FOUND = re.compile(_CJK_LABEL)


def holds_cjk_label(text: str) -> bool:
    """True when a Japanese or Chinese label stands inside the text, after a space or a slash (`価格:9,800円/品番:…`)."""
    return _CJK_FOUND.search(text) is not None


# A label of one to three words that no grammar may know, inside a line of several fields; or a
# catalogue number there (`Spine #417`), a stray of its own
_ANY_LABEL = re.compile(r"(?<=\s)(?-i:[A-ZА-ЯЁ])[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}\s*(?:\.{2,}\s*:?|:)(?=\s)"
                        r"|(?<=\s)(?-i:[A-ZА-ЯЁ])[^\W\d_]+ #\d+\b"
                        rf"|{_CJK_LABEL}")


def _unknown_first(word: str, known_words: frozenset[str]) -> bool:
    """True when a word cannot start a label: no known label holds it, or it is a small joining word
    (`the` of `In the roles of`: `The Distant Valmistusvuosi:` is a title, then a label)."""
    word = word.casefold()
    return word not in known_words or word in _JOINING_WORDS


def split_unknown(text: str, known_words: frozenset[str] = frozenset()) -> list[str]:
    """A field of a one-line post that runs into fields no grammar knows, split before their labels.
    A label of several words starts at none of a value's words (`Mono`), nor at a word no known
    label holds, when `known_words` are given (`Nimi: The Bridge Letter Valmistusvuosi: 1935`).

    >>> split_unknown("Rok výroby: 1989 Certificate: 15 Release Date: 12 March 2008")
    ['Rok výroby: 1989', 'Certificate: 15', 'Release Date: 12 March 2008']
    >>> split_unknown("Субтитры: Russian Chapters: 24")
    ['Субтитры: Russian', 'Chapters: 24']
    >>> split_unknown("Subs: Swedish, Russian EAN: 5021234567890")
    ['Subs: Swedish, Russian', 'EAN: 5021234567890']
    >>> split_unknown("Субтитры: Русский Spine #417")
    ['Субтитры: Русский', 'Spine #417']
    >>> split_unknown("Langues: Français Dolby Digital Mono Price: €28.99")
    ['Langues: Français Dolby Digital Mono', 'Price: €28.99']
    >>> split_unknown("収録時間:約90分 画面サイズ:ビスタ"), split_unknown("価格:4,700円/発売元:ノースライト")
    (['収録時間:約90分', '画面サイズ:ビスタ'], ['価格:4,700円', '発売元:ノースライト'])
    """
    starts = [0]
    for m in _ANY_LABEL.finditer(text):
        start = m.start()
        # `Français Dolby Digital Mono Price: €28.99`: a value's last words are no label's first
        while "#" not in m.group() and " " in text[start:m.end()].rstrip(" .:") and (_VALUE_WORD.match(text, start) or (
                known_words and _unknown_first(text[start:text.index(" ", start)], known_words))):
            start = text.index(" ", start) + 1
        # `Субтитры: Russian Chapters: 24`: a field keeps a word of value, the next label starts after
        # it; a label never follows a comma (`Subs: Swedish, Russian EAN: …`)
        while text[starts[-1]:start].rstrip().endswith((":", "..", ",")) and " " in text[start:m.end()].strip():
            start = text.index(" ", start) + 1
        starts.append(start)
    return [piece for a, b in zip(starts, starts[1:] + [len(text)]) if (piece := text[a:b].strip(" /／"))]
