"""Typed values in sentences: runtime, disc count and layers, region, video system, aspect ratio.

Each finder takes the sentences of a release's prose that speak of this disc (`cues.about_another`
left out) and returns one value or None.

>>> runtime_in(["The film is only eighty-eight minutes long, at 6.11Mb/s."])
'88 min'
>>> discs_in(["Il dvd è in confezione amaray con 2 dischi dvd 9, regione 2 PAL."])
(2, 'DVD9')
>>> region_in(["Il dvd è in confezione amaray con 2 dischi dvd 9, regione 2 PAL."]), system_in(["regione 2 PAL."])
('2', 'PAL')
>>> aspect_in(["It is letterboxed at 1.85:1.", "No: at 2.35:1, the 2.35:1 of the original."])
'2.35:1'
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.types import SYSTEM_RE, region
from dvdtrack.reading.prose.cues import alternation, among, cue, data, number, numbers_alternation, words

_SYSTEM = re.compile(rf"(?<![\w-])(?:{SYSTEM_RE})(?![\w-])")  # in capitals only: `pal` is a word
# a film's ratio (`2.35:1`, `1:85:1` and `1:85` written for 1.85:1) or a frame's (`16:9`, `4:3`)
_RATIO = re.compile(r"(?<![\d.,:])(?:(\d)[.,](\d\d)\s?:\s?1|1:(\d\d)(?::1)?|(16|4)\s?[:x×X]\s?(9|3))(?![\d:])")
_ALONE_BEFORE = re.compile(r"(?:^|[,;(]\s?)$")  # a length standing alone in its clause
_ALONE_AFTER = re.compile(r"\s?(?:[,;)]|[.!]?$)")
_FEATURE = 40  # minutes, at least, of a length named with no runtime word
_ORIGINAL_REACH = 25  # characters before a ratio where a word says it is the original's
_WINDOW = 40  # characters before a disc word where its count is
_DVD_LAYER = re.compile(r"(?<![\w-])DVD[-\s]?([59])(?!\d)", re.I)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    count = numbers_alternation()
    minutes = alternation(words("prose_minutes"), stems=False)
    regions = data()["regions"]
    return {
        "runtime": re.compile(rf"(?<![\w.,:+-])(?<![+x×]\s)({count})[-\s]?(?:{minutes})(?![^\W\d_])\.?"
                              rf"((?:\s+\S+){{0,2}})", re.I),
        "runtime_before": cue("runtime_before"),
        "runtime_after": regex(rf"^\s*(?:{alternation(words('runtime_after'))})", re.I),
        "extra_after": regex(rf"^\s*(?:{alternation(words('extra_after'))})", re.I),
        # a disc word, then the count right before it (`2 dischi`, `two dual-layer discs`, `2 DVD9 discs`,
        # `2枚組`; not `2 different discs`)
        "disc_word": regex(rf"(?<![^\W\d_])(?:{alternation(words('disc_words'))})", re.I),
        "count_before": re.compile(rf"(?<![\d.,:-])(?<![^\W\d_](?<![\u3040-\u30ff\u4e00-\u9fff]))({count})"
                                   rf"(?:[-\s](?:\w+-[\w-]+\s|\w*\d\w*\s)?)?$", re.I),
        "other_version": regex(rf"[-\s]?(?:{alternation(regions['other_version'])})", re.I),
        "disc_counts": regex(rf"(?<![^\W_])({alternation(data()['disc_counts'])})", re.I),
        "region": regex(rf"(?<![^\W_])(?:(?:(?:{alternation(regions['before'], stems=False)})\s?|(?-i:R))"
                             rf"([0-8])(?!\d|[.,:]\d)"
                             rf"|({alternation(regions['free'])})|({alternation(regions['named'])}))", re.I),
    }


def runtime_in(sentences: list[str]) -> str | None:
    """The film's length: minutes after a runtime word (`runs 92 minutes`, `Продолжительность фильма 140
    минут`, `approx. 108 mins`), before `long`, or a feature's length alone between commas (`English,
    92 minutes`); an extra's (`100 minuti di scene`, `35 minute documentary`) is not."""
    found = _patterns()
    for sentence in among(sentences, "prose_minutes"):
        for match in found["runtime"].finditer(sentence):
            after = match.group(2)
            minutes = number(match.group(1))
            cued = found["runtime_before"].search(sentence, 0, match.start()) or found["runtime_after"].match(after)
            alone = _ALONE_BEFORE.search(sentence, 0, match.start()) and _ALONE_AFTER.match(sentence, match.end())
            if minutes and (cued and 20 <= minutes <= 999 or alone and _FEATURE <= minutes <= 999) \
                    and not found["extra_after"].match(after):
                return f"{minutes} min"
    return None


def discs_in(sentences: list[str]) -> tuple[int | None, str | None]:
    """The count of discs (`2 dischi`, `two-disc`, `2枚組`, `jednopłytowa`) and their layers
    (`dual-layer`, `двухслойный`, `dvd 9`), each None when the prose names none."""
    found = _patterns()
    count = fmt = None
    counted = set(among(sentences, "disc_words", "disc_counts"))
    for sentence in among(sentences, "disc_words", "disc_counts", "layers", "sieves.dvd_layers"):
        if count is None and sentence in counted:
            digits = next((c for m in found["disc_word"].finditer(sentence)
                           if (c := found["count_before"].search(sentence, max(0, m.start() - _WINDOW), m.start()))),
                          None)
            named = found["disc_counts"].search(sentence)
            if digits and number(digits.group(1)):
                count = number(digits.group(1))
            elif named:
                count = _value_of("disc_counts", named.group(1))
        if fmt is None:
            fmt = _layers(sentence)
    return count, fmt


def _layers(sentence: str) -> str | None:
    named = {f"DVD{layers}" for layers in _DVD_LAYER.findall(sentence)}
    if named:  # two (`its first edition was a DVD-9, this one a DVD-5`): which is this disc's, the sentence says
        return named.pop() if len(named) == 1 else None
    if cue("layers_dual").search(sentence):
        return "DVD9"
    return "DVD5" if cue("layers_single").search(sentence) else None


def region_in(sentences: list[str]) -> str | None:
    """The region the prose names most often (the first of those named as often): `regione 2`, `Code 3`,
    `R2`, `region free`, `второй зоны`."""
    found: list[str] = []
    for sentence in among(sentences, "regions.before", "regions.free", "regions.named", "sieves.region_codes"):
        for match in _patterns()["region"].finditer(sentence):
            if _patterns()["other_version"].match(sentence, match.end()):  # `the region 2 version has …`
                continue
            code, free, words_ = match.groups()
            if code:
                found.append(region(code))
            elif free:
                found.append(region("Free"))
            else:
                found.append(_value_of("regions.named", words_))
    return _most_often(found)


def of_another_version(sentence: str) -> bool:
    """A sentence naming a region's other version (`The region 1 version has a DTS track`).

    >>> of_another_version("The region 1 version has a DTS track."), of_another_version("A region 1 disc.")
    (True, False)
    """
    found = _patterns()
    return any(found["other_version"].match(sentence, m.end()) for m in found["region"].finditer(sentence))


def system_in(sentences: list[str]) -> str | None:
    """The video system the prose names (`PAL`, in capitals), when it names only one."""
    found = {m.group() for s in among(sentences, "sieves.system") for m in _SYSTEM.finditer(s)}
    return found.pop() if len(found) == 1 else None


def aspect_in(sentences: list[str]) -> str | None:
    """The film's ratio the prose names most often (`in 2.35:1`, `1:85` for 1.85:1), the original's
    (`shot in 2.35:1`, `its theatrical 1.66:1`) left out where the prose names another; a frame's
    (`16:9`) only when it names no film's ratio.

    >>> aspect_in(["Shot in 2.35:1, it is cropped to 1.85:1 here."]), aspect_in(["Its original 1.66:1 ratio."])
    ('1.85:1', '1.66:1')
    """
    films, originals, frames = [], set(), []
    for sentence in among(sentences, "sieves.ratio"):
        for m in _RATIO.finditer(sentence):
            whole, decimals, short, wide, high = m.groups()
            if wide:
                frames.append(f"{wide}:{high}")
                continue
            films.append(f"{whole}.{decimals}:1" if whole else f"1.{short}:1")
            if cue("original_ratio").search(sentence, max(0, m.start() - _ORIGINAL_REACH), m.start()):
                originals.add(films[-1])
    disc = [ratio for ratio in films if ratio not in originals]
    return _most_often(disc or films) or _most_often(frames)


def _value_of(table: str, text: str):
    """The value of the `[table]` word a cue word matched (`двухдисковое` → 2 of `двухдисков`)."""
    return next(value for pattern, value in _table_patterns(table) if pattern.match(text))


@lru_cache(maxsize=None)
def _table_patterns(table: str) -> tuple[tuple[re.Pattern, object], ...]:
    found = data()
    for part in table.split("."):
        found = found[part]
    return tuple((regex(alternation([word]), re.I), value) for word, value in found.items())


def _most_often(found: list[str]) -> str | None:
    if not found:
        return None
    counts = Counter(found)
    top = max(counts.values())
    return next(value for value in found if counts[value] == top)
