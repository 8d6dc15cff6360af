"""Where one release of a block ends and the next begins (`assemble.releases` asks, line by line): a kind of
line again that says otherwise (a second title, another disc format; values compared as a reader would:
`88 min` and `88 min.`, `RUSCICO` and `Ruscico (Russia)` agree), a paragraph that reads again the kinds of
lines the release has and says otherwise, a title line again where its release's lines come again.
"""

from __future__ import annotations

import re

from dvdtrack.reading.grammar.types import ratio_value
from dvdtrack.reading.lines.reads import READ_KINDS, VALUE_KINDS, LineRead, ReadKind
from dvdtrack.reading.release import SCALARS, ReleaseSpec

_DIGITS = re.compile(r"\d+")
FRAMES = frozenset({"16:9", "4:3"})
_RATIO_SLACK = 0.05
_REGION_CODE = re.compile(r"[0-8]|\b[ABC]\b|ALL", re.I)


def next_disc(reads: list[LineRead], i: int) -> bool:
    """`DVD9 | PAL 4:3 | 01:10:00` right under `DVD9 | PAL 4:3 | 01:15:00`: a set's next disc (a disc
    with its own length or size), read by the same rule on the next line, not another release."""
    read = reads[i]
    if "discs" not in read.fields or not i:
        return False
    before = reads[i - 1]
    return before.rule == read.rule and before.number == read.number - 1 and "titles" not in read.fields \
        and _a_disc(read.fields) and _a_disc(before.fields)


def _a_disc(fields: dict) -> bool:
    return "discs" in fields and ("runtime" in fields or "size" in fields)


def repeating_paragraphs(reads: list[LineRead]) -> dict[int, set[str | None]]:
    """Where each paragraph after a blank line starts, the rules that read its lines, for the
    paragraphs two or more of whose lines a rule read; such a paragraph that reads again the kinds
    of lines the release before it has is the next release (`Running time: 88 min` and `Audio:
    German` after a sheet with its own `Audio:`; one stray line is not).

    >>> r = [LineRead(1, "a", ReadKind.RULE, "audio"), LineRead(2, "", ReadKind.BLANK), LineRead(3, "b", ReadKind.RULE, "runtime"),
    ...      LineRead(4, "c", ReadKind.RULE, "audio")]
    >>> {start: sorted(rules) for start, rules in repeating_paragraphs(r).items()}
    {2: ['audio', 'runtime']}
    """
    found: dict[int, set[str | None]] = {}
    start = None
    for i, read in enumerate(reads + [LineRead(0, "", ReadKind.BLANK)]):
        if read.kind == ReadKind.BLANK:
            rules = [r.rule for r in reads[start:i] if r.kind == ReadKind.RULE] if start is not None else []
            if len(rules) >= 2:
                found[start] = set(rules)
            start = None
        elif start is None and i and reads[i - 1].kind == ReadKind.BLANK:
            start = i
    return found


def says_otherwise(spec: ReleaseSpec, reads: list[LineRead], start: int) -> bool:
    """A paragraph (from `start` to its blank line) that says something the release does not: a page's
    second look at its disc (`ANÁLISIS DEL DVD` under `DATOS DE LA CARÁTULA`: `Tipo de DVD: DVD 9`,
    `Imagen: 16:9` again) restates it and is no next release."""
    for read in reads[start:]:
        if read.kind == ReadKind.BLANK:
            return False
        if read.kind in READ_KINDS and read.fields and conflicts(spec, read.fields):
            return True
    return False


def title_again(spec: ReleaseSpec, reads: list[LineRead], i: int, kinds: set[str | None]) -> bool:
    """A title line read again starts the next release when a line after it, before any other
    title line, contradicts the release being read: `Solaris (1972)`, `Region 2`, then
    `Solaris (1972) [Criterion]`, `Region 1` are two editions of one film.

    >>> spec = ReleaseSpec(titles=["Solaris"], region="2")
    >>> reads = [LineRead(3, "Solaris (1972)", ReadKind.RULE, "title-line", {"titles": ["Solaris"]}),
    ...          LineRead(4, "Region 1", ReadKind.RULE, "region", {"region": "1"})]
    >>> title_again(spec, reads, 0, {"title-line", "region"})
    True
    """
    if "titles" not in reads[i].fields:
        return False
    for read in reads[i + 1:]:
        if read.kind in VALUE_KINDS and "titles" in read.fields:
            return False
        if read.kind in VALUE_KINDS and read.rule in kinds and conflicts(spec, read.fields):
            return True
    return False

def conflicts(spec: ReleaseSpec, fields: dict) -> bool:
    """True when the fields say something different from what `spec` already holds.

    Values are compared as a reader would: `88 min` and `88 min.` agree, and a plain `DVD`
    agrees with the `DVD9` another line gives.
    """
    for name, value in fields.items():
        if name == "translation":  # `Перевод:` and `Озвучивание:` of one post say different things
            continue
        if name == "picture" and conflicts(spec, value):
            return True
        if name == "titles" and spec.titles and not {t.casefold() for t in value} & {t.casefold() for t in spec.titles}:
            return True
        if name == "discs" and not _same_format(spec.disc_format, value[1]):
            return True
        current = getattr(spec, SCALARS[name]) if name in SCALARS else None
        if current is not None and not _AGREE.get(name, _same_value)(current, value):
            return True
    return False


def _same_picture(a: str, b: str) -> bool:
    """`16:9` (the frame) agrees with any film ratio (`1.66:1` shown in it); two of a kind must match.

    >>> _same_picture("1.66:1", "16:9"), _same_picture("16:9", "4:3"), _same_picture("1,85:1", "1.85:1")
    (True, False, True)
    >>> _same_picture("1.37:1", "1.33:1"), _same_picture("1.85:1", "2.35:1")
    (True, False)
    """
    frames = (a in FRAMES, b in FRAMES)
    if frames[0] != frames[1]:
        return True
    try:  # `1.37:1` and `1.33:1`: one picture, measured twice
        return abs(ratio_value(a) - ratio_value(b)) <= _RATIO_SLACK
    except (ValueError, ZeroDivisionError):
        return _same_value(a, b)


def _same_length(a: str, b: str) -> bool:
    """Lengths written alike must match (`155 min`, `91 min`); written differently (`155 min`,
    `2:35:00`) they are not compared: the normalisers, later, know what each means."""
    return (":" in a) != (":" in b) or _same_value(a, b)


def _same_company(a: str, b: str) -> bool:
    """`RUSCICO` and `Ruscico (Russia)`, `Criterion` and `Criterion Collection`: one company."""
    return a.split()[0].casefold() == b.split()[0].casefold()


def _shared_region(a: str, b: str) -> bool:
    """`2` and `2, 4` agree: a disc of regions 2 and 4 is a region 2 disc too."""
    return bool(set(_REGION_CODE.findall(a)) & set(_REGION_CODE.findall(b))) or _same_value(a, b)


def _either(a, b) -> bool:
    """An edition's name or date said twice, differently (`Special Collector's Edition`, then `Edition:
    Collector's Edition`; an NFO's `Release Date` and `Retail Date`), is one release's still."""
    return True


_AGREE = {"aspect": _same_picture, "runtime": _same_length, "region": _shared_region, "label": _same_company,
          "edition": _either, "release_date": _either}


def _same_format(current: str | None, new: str) -> bool:
    return current is None or current == new or "DVD" in (current, new)


def _same_value(a, b) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold() or (_DIGITS.findall(a) == _DIGITS.findall(b) != [])
    return a == b
