"""Field types of a disc: its kind and layers (`2 x DVD9`, `Dual Layered`, `RSDL: Yes`), how many
discs a set holds (`2-disc set`, `2枚組`) and the regions it plays in (`2,4`, `R4`, `Region Free`),
as `parse` types; their words are data (`grammars/words/vocab.toml`).

>>> discs("2 x DVD9"), disc_tally("quatro DVDs"), region("Code 2, 4")
((2, 'DVD9'), 4, '2,4')
"""

from __future__ import annotations

import re

from parse import with_pattern

from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.words import alternation, words

_COUNT_TIMES = re.compile(r"(?:(\d{1,2})\s?[xх×]\s?)?(.+?)(?:\s?[xх×]\s?(\d{1,2}))?$")
_DASH_SPACE = re.compile(r"[-\s]")
_TIMES = re.compile("[х×]")
_SPACE = re.compile(r"\s")

_LAYERS = {"DVD9": alternation("dual_layer"), "DVD5": alternation("single_layer")}
DISCS_RE = (  # `2 x DVD9`, `DVD9 x 2`, `DVD9 + DVD5` (a set's discs of two kinds), `Dual Layered`
    rf"(?:{_LAYERS['DVD9']}|{_LAYERS['DVD5']})(?![^\W\d_])|"
    r"(?:\d{1,2}\s?[xх×]\s?)?(?:DVD[-\s]?(?:5|9|10|18)\b|BD-?(?:25|50|66|100)|DVD(?:-R)?|Blu-?ray|BD)"
    r"(?:\s?[xх×]\s?\d{1,2}(?!\d))?(?:\s?\+\s?(?:\d{1,2}\s?[xх×]\s?)?DVD[-\s]?(?:5|9|10|18)\b)*"
)
# `2`, `2,4`, `B`, with a word for "region" before it (`R4`, `Code 3`, `Zone 2`), or a word for every region
REGION_RE = (rf"(?:(?:(?:{alternation('region_prefixes')})\s?(?=[0-8ABC]\b))?"
             r"(?:[0-8](?:\s?[,/&+]\s?[0-8])*|[ABC](?:\s?[,/]\s?[ABC])*)"
             rf"|(?:{alternation('region_free')}))")
_REGION_PREFIX = regex(rf"^(?:{alternation('region_prefixes')})\s?(?=[0-8ABC]\b)", re.I)
_REGION_FREE = regex(rf"(?:{alternation('region_free')})", re.I)
_REGION_FREE_END = regex(rf"(?<![^\W\d_])(?:{alternation('region_free')})$|(?<=[a-z])(?:{alternation('region_free')})$", re.I)


@with_pattern(DISCS_RE)
def discs(text: str) -> tuple[int, str]:
    """The count and the format of the first disc: `2 x DVD9` → (2, 'DVD9'), `DVD9 + DVD5` → (2, 'DVD9');
    layers in words: `Dual Layered` → (1, 'DVD9').

    >>> discs("RSDL"), discs("片面2層"), discs("single layer")
    ((1, 'DVD9'), (1, 'DVD9'), (1, 'DVD5'))
    """
    for fmt, layer_words in _LAYERS.items():
        if re.fullmatch(layer_words, text.strip(), re.I):
            return 1, fmt
    if "+" in text:
        parts = [discs(part.strip()) for part in text.split("+")]
        return sum(count for count, _ in parts), parts[0][1]
    m = _COUNT_TIMES.match(text)
    fmt = _DASH_SPACE.sub("", m.group(2)).upper().replace("BLURAY", "BD")
    return int(m.group(1) or m.group(3) or 1), fmt


@with_pattern(r"(?:\d{1,2}\s?[xх×]\s?)?(?:5|9|10|18)(?!\d)")
def layer_code(text: str) -> tuple[int, str]:
    """A disc's kind by its number alone, under a label that says it is a DVD's (`DVD-Typ: 9`), with
    the count before it (`2x9`: two DVD9s).

    >>> layer_code("2x9"), layer_code("9"), layer_code("1 x 5")
    ((2, 'DVD9'), (1, 'DVD9'), (1, 'DVD5'))
    """
    count, _, kind = _TIMES.sub("x", text.replace(" ", "")).rpartition("x")
    return int(count or 1), f"DVD{kind}"


_LAYER_YES = regex(rf"(?:{alternation('layer_yes')})\b", re.I)


@with_pattern(rf"(?:{alternation('layer_yes')}|{alternation('layer_no')})(?![^\W\d_])(?:\s?/\s?[^\W\d_]+)?")
def layer_answer(text: str) -> tuple[int, str]:
    """An answer under a layers label: yes is two layers, no is one (after a slash, a second
    question's answer: `RSDL / Flipper: No/No`).

    >>> layer_answer("Yes"), layer_answer("No/No")
    ((1, 'DVD9'), (1, 'DVD5'))
    """
    return 1, "DVD9" if _LAYER_YES.match(text) else "DVD5"


@with_pattern(REGION_RE)
def region(text: str) -> str:
    """`R4` → `4`, `Code 2,4` → `2,4`; a disc for every region (`Free`, `Alle`) → `ALL`.

    >>> region("R4"), region("Code 2, 4"), region("Region Free"), region("Alle"), region("0")
    ('4', '2,4', 'ALL', 'ALL', '0')
    """
    if _REGION_FREE.fullmatch(text.strip()):
        return "ALL"
    return _SPACE.sub("", _REGION_PREFIX.sub("", text.strip())).upper()


# A region said with its word (`R4`, `Code 3`, `RC 2`, `Region Free`): a bare number says nothing
REGION_TAG_RE = (rf"(?:(?:{alternation('region_prefixes')})\s?(?:[0-8](?:\s?[,/&+]\s?[0-8])*|[ABC]|{alternation('region_free')})"
                 rf"|{'|'.join(re.escape(w) for w in words('region_free') if ' ' in w)})")


@with_pattern(REGION_TAG_RE)
def region_tag(text: str) -> str:
    """`R4` → `4`, `RC 2` → `2`, `Region Free` → `ALL`.

    >>> region_tag("R4"), region_tag("RC 2"), region_tag("Region Free")
    ('4', '2', 'ALL')
    """
    return "ALL" if _REGION_FREE_END.search(text) else region(text)




_NUMBER_WORDS = {word: n for n in range(2, 7) for word in words(f"number_{n}")}
_NUMBER = rf"\d{{1,2}}|{'|'.join(re.escape(w) for w in sorted(_NUMBER_WORDS, key=len, reverse=True))}"
DISC_TALLY_RE = rf"(?:{_NUMBER})\s?-?\s?(?:{alternation('disc_units')})(?:\s?(?:set|box))?"


@with_pattern(DISC_TALLY_RE)
def disc_tally(text: str) -> int:
    """A number of discs with its unit: `2-disc set`, `2 диска`, `2枚組`, `quatro DVDs`, `Dual Disc Set`.

    >>> disc_tally("2-disc set"), disc_tally("2枚組"), disc_tally("quatro DVDs"), disc_tally("Dual Disc Set")
    (2, 2, 4, 2)
    """
    number = re.match(_NUMBER, text.strip(), re.I).group()
    return int(number) if number.isdigit() else _NUMBER_WORDS[number.casefold()]


# A line that states a count of discs and nothing more but an edition's words (`2 диска:`, `2-Disc Special
# Edition`, `Two-Disc Collector's Edition`)
_TALLY_LINE = regex(rf"(?i)({DISC_TALLY_RE})(?:\s*:|(?:\s+(?:{alternation('edition_words')}|{alternation('edition_heads')}))*)\s*$")


def tally_line(text: str) -> int | None:
    """The count of discs a line states on its own, else None (`2 discs of extras` says more).

    >>> tally_line("2 диска:"), tally_line("2-Disc Special Edition"), tally_line("2 discs of extras")
    (2, 2, None)
    """
    m = _TALLY_LINE.match(text.strip())
    return disc_tally(m.group(1)) if m else None

