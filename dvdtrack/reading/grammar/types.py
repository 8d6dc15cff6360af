"""Typed fields for grammar patterns: `{runtime:Runtime}` and friends, shared by every grammar.

Each type fixes what text a field may match (so a SKU is never read as a runtime) and turns the
match into a raw token; units and language names are resolved later by `dvdtrack.normalise`.
The types of audio and subtitle lists are in `dvdtrack.reading.grammar.tracks`, those of titles in
`dvdtrack.reading.grammar.titles`.

>>> import parse
>>> parse.parse("{d:Discs}", "2 x DVD9", extra_types=FIELD_TYPES)["d"]
(2, 'DVD9')
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from parse import with_pattern

from dvdtrack.reading.grammar.companies import KnownCompany
from dvdtrack.reading.grammar.editions import EDITION_TYPES
# the disc's types live in `discs`; `DISCS_RE`, `discs` and `region` are read from here too (`assemble.facts`, `assemble.anywhere`)
from dvdtrack.reading.grammar.discs import (DISCS_RE, disc_tally, discs, layer_answer, layer_code, region,  # noqa: F401
                                            region_tag)
from dvdtrack.reading.grammar.credits import SPLIT_NAMES, genres, names
from dvdtrack.reading.grammar.extras import extra
from dvdtrack.reading.grammar.files import data_file
from dvdtrack.reading.grammar.kept import trie
from dvdtrack.reading.grammar.titles import dotted_title, title_pair, titles
from dvdtrack.reading.grammar.items import is_none_word, split_items
from dvdtrack.reading.grammar.tracks import (cell_languages, format_first, format_only, language_word, languages,
                                             says_russian, tracks, voice_over)
from dvdtrack.reading.grammar.words import WordType, alternation

_FOUR_DIGITS = re.compile(r"\d{4}")


_TIMES = re.compile(r"\s?[x×]\s?")

YEAR_RE = rf"(?:c\s?)?(?:18[89]\d|19\d\d|20[0-4]\d)(?:\s?(?:{alternation('year_marks')})\.?)?"
SYSTEM_RE = r"PAL|NTSC|SECAM"
FRAME_RE = r"(?:720|704|352|480)\s?[x×]\s?(?:576|480|288|240)"  # a DVD frame size: PAL or NTSC lines
# a ratio (`1.85:1`, `16:9`, `2:40`) or a decimal (`1.78`), never a whole number (`Region 2`)
ASPECT_RE = r"\d{1,2}(?:[.,]\d{1,3})?\s?:\s?\d{1,2}(?:[.,]\d{1,2})?|\d{1,2}[.,]\d{1,3}|16\s?[x×]\s?9|4\s?[x×]\s?3"
_MIN = f"(?:{alternation('minutes')})"  # the vocabulary's words (grammars/words/vocab.toml)
_HOUR = f"(?:{alternation('hours')})"
RUNTIME_RE = (
    rf"(?:(?:{alternation('about')})\s?)?"
    r"(?:\d{1,2}:\d{2}:\d{2}"
    # `1 hr. 45 min.`, `1 hour, 45 minutes`, `1 hour and 45 minutes`, `1h45`
    # `01h:36m:51s` too
    rf"|\d{{1,2}}\s?{_HOUR}\.?[,:]?\s?(?:(?:{alternation('and')})\s)?"
    rf"(?:\d{{1,2}}\s?{_MIN}\.?(?::?\s?\d{{1,2}}\s?(?:{alternation('seconds')})\.?)?|\d{{2}}(?!\d))?"
    # `4 x 42 min.` (a set's episodes: their total), `3.012 min.` (a thousands mark)
    rf"|(?:\d{{1,2}}\s?[xх×]\s?)?(?:\d{{2,3}}|\d[.,]\d{{3}})\s?{_MIN}\.?|\d{{1,3}}:\d{{2}}(?:\s?{_MIN}\.?)?)"
)
SIZE_RE = r"\d{1,3}(?:,\d{3}){2,}\s?bytes|\d{1,5}(?:[.,]\d{1,3})?\s?(?:[KMGT]i?B|[KMGT]b|[КМГТ][Бб]|bytes)"  # `7,654,321,987 bytes`
@with_pattern(YEAR_RE)
def year(text: str) -> int:
    return int(_FOUR_DIGITS.search(text).group())


@with_pattern(SYSTEM_RE)
def video_system(text: str) -> str:
    return text.upper()


@with_pattern(FRAME_RE)
def frame_system(text: str) -> str:
    """The video system a frame size implies: 576/288 lines are PAL, 480/240 are NTSC."""
    return "PAL" if re.search(r"576|288", text.split("x")[-1].split("×")[-1]) else "NTSC"


@with_pattern(ASPECT_RE)
def aspect(text: str) -> str:
    return _TIMES.sub(":", text.strip())


@with_pattern(RUNTIME_RE)
def runtime(text: str) -> str:
    return text.strip()


@with_pattern(r"\d{2,3}")
def bare_minutes(text: str) -> str:
    """A runtime label's bare number is minutes (`Running Time 303`): never a year or a count."""
    return f"{text} min"


@with_pattern(SIZE_RE)
def size(text: str) -> str:
    return text.strip()


@with_pattern(r"\d{1,2}(?:[.,]\d)?\s?%")
def percent(text: str) -> float:
    return float(text.rstrip("% ").replace(",", "."))


@with_pattern(r"\d{1,2}")
def count(text: str) -> int:
    return int(text)


@with_pattern(r".+")
def items(text: str) -> list[str]:
    """A list of names: `Per Holm and Eva Berg` is two.

    >>> items("Per Holm and Eva Berg, Ингрид Свен и Ольга Нор")
    ['Per Holm', 'Eva Berg', 'Ингрид Свен', 'Ольга Нор']
    """
    return [item for item in split_items(text, SPLIT_NAMES) if not is_none_word(item)]


_GENRE = rf"(?:{alternation('genres')})(?![^\W\d_])"
_GENRE_SPLIT = re.compile(r"\s*[,/;|]\s*")


@with_pattern(rf"(?i:{_GENRE}(?:\s*[,/;|]?\s*{_GENRE})*)")
def genre_words(text: str) -> list[str]:
    """Genres the vocabulary knows, as written: `Drama`, `Komedie / Drama`, `Science Fiction Thriller`
    (a table's `Category Drama Main Menu` takes `Drama` and leaves the next column's cell).

    >>> genre_words("Komedie / Drama"), genre_words("Adventure, Sci-Fi")
    (['Komedie', 'Drama'], ['Adventure', 'Sci-Fi'])
    """
    return [name for name in _GENRE_SPLIT.split(text.strip()) if name]


@with_pattern(rf"(?i:{_GENRE}(?:\s*[,/;|]\s*{_GENRE})+)")
def genre_list(text: str) -> list[str]:
    """Two known genres or more between commas or slashes: a bare line of them is the film's genres
    (one alone may be a title: `Western`)."""
    return genre_words(text)


# A bare ratio line (`1.33:1`, `16:9`): never a bare number, which could be anything
RATIO_RE = r"\d[.,]\d{1,2}\s?:\s?1|1[06]\s?:\s?9|4\s?:\s?3|16\s?[x×]\s?9|4\s?[x×]\s?3"  # `16x9 anamorphic`
@with_pattern(r"(?i:full\s?-?\s?(?:screen|frame)|pan\s?(?:&|and)\s?scan|vollbild|pełny ekran)")
def full_screen(text: str) -> str:
    """`Aspect Ratio: Full Screen`: a DVD filling a 4:3 screen."""
    return "4:3"


@with_pattern(RATIO_RE)
def ratio(text: str) -> str:
    """`1.85:1`, `16:9`; `16x9` → `16:9`."""
    return _TIMES.sub(":", text.strip())


_RATIO_IN_TEXT = re.compile(rf"(?<![\d.,:])(?:{RATIO_RE})(?![\d:])")
_SYSTEM_IN_TEXT = re.compile(rf"\b(?:{SYSTEM_RE})\b", re.I)
_FRAME_IN_TEXT = re.compile(rf"\b{FRAME_RE}\b")


# A video line of parts in any order, holding a ratio or a frame size and no disc format (`Format:
# DVD9, 16:9` is a disc line first)
@with_pattern(r"(?i:(?!.*\b(?:DVD|BD)[-\s]?\d)(?=.*?(?:\d\s?:\s?\d|\d\s?[x×]\s?\d)).+)")
def picture(text: str) -> dict:
    """The video system (named, or implied by the frame size) and the ratio of a video line: the
    film's (`2.35:1`) where the frame's (`16:9`) is given too.

    >>> picture("MPEG-2, PAL, 4:3 (720x576), 25 fps"), picture("MPEG-2 / 16:9 (2.35:1) / 720x480")
    ({'video_system': 'PAL', 'aspect': '4:3'}, {'video_system': 'NTSC', 'aspect': '2.35:1'})
    """
    found = {}
    system = _SYSTEM_IN_TEXT.search(text) or _FRAME_IN_TEXT.search(text)
    if system is not None:
        found["video_system"] = video_system(system.group()) if system.re is _SYSTEM_IN_TEXT else frame_system(system.group())
    ratios = [_TIMES.sub(":", r.replace(" ", "")) for r in _RATIO_IN_TEXT.findall(text)]
    if ratios:  # `16:9 (2.35:1)`: the film's ratio says more than the frame's, unless it is the same
        film = next((r for r in ratios if r.endswith(":1")), ratios[0])
        found["aspect"] = film if abs(ratio_value(film) - ratio_value(ratios[0])) > 0.02 else ratios[0]
    return found


def ratio_value(ratio: str) -> float:
    """`16:9` → 1.78, `1,66:1` → 1.66, `1.78` → 1.78; ValueError when the text is no ratio.

    >>> round(ratio_value("16:9"), 2), ratio_value("1,66:1"), ratio_value("1.78")
    (1.78, 1.66, 1.78)
    """
    left, _, right = ratio.replace(",", ".").partition(":")
    return float(left) / float(right or 1)


# A bullet that names a prize (`Palme d'Or at the Cannes IFF, 1958`); grammars use it for bullets
# before any section header, where a film's awards are listed
AWARD_RE = rf"(?i:.*\b(?:{alternation('awards')})\b.*)"


@with_pattern(AWARD_RE)
def award(text: str) -> str:
    return text.strip()


@with_pattern(r".+")
def text_value(text: str) -> str:
    return text.strip()


@with_pattern(r"(?!.*:\s)\S(?:.*\S)?")  # a company's name holds no `Label: value` of another field
def word_label(text: str) -> str:
    return text.strip()


# A company in brackets after a title (`[Criterion Collection]`, `[RUSCICO]`): every word capitalised
# (small joining words aside), no edition word; `[Ivanovo detstvo]` is a second title
@with_pattern(r"(?-i:(?![^\]]*\b(?:Edition|Cut|Version|DVD|Region|PAL|NTSC|Disc|Episode|Part|Volume|Vol|Chapter|Track|Catalog|Catalogue|SKU|EAN|UPC|ASIN)\b)"
              r"[A-Z0-9][\w.&'’-]*"
              r"(?:\s(?:[A-Z0-9&][\w.&'’-]*|of|the|and|de|la|du|von|film|films)){0,4})")
def company(text: str) -> str:
    return text.strip()


IMDB_ID = re.compile(r"\btt\d{7,8}\b", re.I)  # `TT0072443` in a post in capitals too


@with_pattern(rf".*?{IMDB_ID.pattern}.*")
def imdb_id(text: str) -> str:
    """`IMDb: http://www.imdb.com/title/tt0060107/` → `tt0060107`."""
    return IMDB_ID.search(text).group().lower()


_COUNTRY_SPLIT = re.compile(r"\s?[,/]\s?")


class Countries:
    """The `Countries` field: `СССР, Франция` → ['СССР', 'Франция'], names from
    `grammars/words/countries.toml` only (a `Производство: СССР / Мосфильм` line names a country
    and a studio, and only the country is a country). Built when grammars are compiled, not at
    import; an instance pickles with its pattern, for reading processes."""

    regex_group_count = 0

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __call__(self, text: str) -> list[str]:
        return _COUNTRY_SPLIT.split(text.strip())


@lru_cache(maxsize=1)
def field_types() -> dict:
    """Every field type a grammar may use: `FIELD_TYPES` and those built from data files.

    >>> import parse
    >>> parse.parse("{c:Countries}", "СССР / Франция", extra_types=field_types())["c"]
    ['СССР', 'Франция']
    >>> parse.parse("{t} ({label:KnownCompany})", "Kin-dza-dza (Ruscico)", extra_types=field_types())["label"]
    'Ruscico'

    """
    names = tomllib.loads(data_file("words/countries.toml").read_text(encoding="utf-8"))["names"]
    one = trie(sorted(set(names)))
    return {**FIELD_TYPES, "Countries": Countries(rf"(?:{one})(?:\s?[,/]\s?(?:{one}))*"), "KnownCompany": KnownCompany()}


FIELD_TYPES = {
    "Titles": titles,
    "Year": year,
    "DottedTitle": dotted_title,
    "TitlePair": title_pair,
    "Discs": discs,
    "VideoSystem": video_system,
    "FrameSystem": frame_system,
    "Aspect": aspect,
    "Runtime": runtime,
    "BareMinutes": bare_minutes,
    "Size": size,
    "Percent": percent,
    "Count": count,
    "DiscTally": disc_tally,
    "LayerAnswer": layer_answer,
    "LayerCode": layer_code,
    "Region": region,
    "RegionTag": region_tag,
    "List": items,
    "GenreWords": genre_words,
    "GenreList": genre_list,
    "Names": names,
    "Genres": genres,
    "Extra": extra,
    "Languages": languages,
    "CellLanguages": cell_languages,
    "LanguageWord": language_word,
    "VoiceOver": voice_over,
    "FormatFirst": format_first,
    "FormatOnly": format_only,
    "Text": text_value,
    "Award": award,
    "CreditBy": WordType("credit_by"),  # `Japão 1969 De Noriaki Yuasa Com …`: the word before the director
    "CreditWith": WordType("credit_with"),  # and the word before the cast
    "Ratio": ratio,
    "FullScreen": full_screen,
    "SaysRussian": says_russian,
    "Tracks": tracks,
    "Picture": picture,
    "Label": word_label,
    "Company": company,
    "Imdb": imdb_id,
    **EDITION_TYPES,
}
