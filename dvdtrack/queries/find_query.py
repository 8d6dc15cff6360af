"""What `find` is asked, as one typed value: title words, language conditions, a release's facts and
the sort. A query string in the style of beets is accepted on top of the options (`no-sub:ru`: no
Russian subtitles):

>>> parse_query_string("cranes sub:he,en no-audio:ru system:PAL year:1950..1960")
({'subtitle': ['he,en'], 'no_audio': ['ru'], 'system': ['PAL'], 'year': ['1950..1960']}, 'cranes')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dvdtrack.errors import UsageError
from dvdtrack.queries.filters import LanguageFilter

_KEYS = {"audio": "audio", "a": "audio", "sub": "subtitle", "subtitle": "subtitle", "s": "subtitle",
         "lang": "lang", "l": "lang", "system": "system", "format": "format", "label": "label",
         "region": "region", "year": "year", "film": "film"}
LANGUAGE_KEYS = ("audio", "subtitle", "lang")
# a sort key's column; text ones are ordered by code point (`Reader.bytewise`), titles with case and accents
# ignored (`Reader.titlewise`)
SORTS = {"id": "release.id", "title": "film.title", "year": "release.year", "runtime": "release.runtime_seconds",
         "size": "release.size_bytes", "format": "release.disc_format", "label": "release.label"}
BYTEWISE = ("title", "label")


@dataclass
class FindQuery:
    """What the collector asked for; languages already resolved to ISO codes, values checked.

    Each item of `audio`, `subtitle` and `lang` is a condition that must hold: a code, or a tuple of
    codes any of which will do; `no_…` hold codes none of which a release may have. `region` holds
    regions as stored (`2`, `2,4`: any of them); `sort` a key of `SORTS`, `-` before it for descending.
    """

    text: str | None = None
    audio: list[str | tuple[str, ...]] = field(default_factory=list)
    subtitle: list[str | tuple[str, ...]] = field(default_factory=list)
    lang: list[str | tuple[str, ...]] = field(default_factory=list)
    system: str | None = None
    disc_format: str | None = None
    label: str | None = None
    region: str | None = None
    no_audio: tuple[str, ...] = ()
    no_subtitle: tuple[str, ...] = ()
    no_lang: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    film_id: int | None = None
    statuses: list = field(default_factory=list)  # of CopyStatus: releases with a copy in any of them
    barcode: list[str] = field(default_factory=list)  # every spelling of one barcode (`gtin_spellings`)
    edition: str | None = None
    sort: str = "id"
    limit: int | None = 100

    def searched_codes(self) -> tuple[set[str], set[str]]:
        """The audio and the subtitle codes asked for (to highlight them in a table)."""
        found = {kind: {code for f in language_filters(self) if kind in f.kinds and not f.negated for code in f.codes}
                 for kind in ("audio", "subtitle")}
        return found["audio"], found["subtitle"]


def parse_query_string(text: str) -> tuple[dict[str, list[str]], str | None]:
    """Split `key:value` terms (sub:he, system:PAL, no-sub:ru …) from the title words."""
    terms: dict[str, list[str]] = {}
    words = []
    for token in text.split():
        key, sep, value = token.partition(":")
        negated = key.lower().startswith("no-")
        name = _KEYS.get(key.lower().removeprefix("no-"))
        if not (sep and value and name):
            words.append(token)
        elif negated and name not in LANGUAGE_KEYS:
            raise UsageError(f"{token!r}: only a language can be left out (no-audio:ru, no-sub:ru, no-lang:ru)")
        else:
            terms.setdefault(f"no_{name}" if negated else name, []).append(value)
    return terms, " ".join(words) or None


def language_filters(q: FindQuery) -> list[LanguageFilter]:
    """Every language condition, those that must hold first; `--lang` looks in both tables.

    >>> [(f.kinds, f.codes, f.negated) for f in language_filters(FindQuery(lang=[("he", "en")], no_audio=("ru",)))]
    [(('audio', 'subtitle'), ('he', 'en'), False), (('audio',), ('ru',), True)]
    """
    kinds = {"audio": ("audio",), "subtitle": ("subtitle",), "lang": ("audio", "subtitle")}
    wanted = [LanguageFilter(kinds[name], (item,) if isinstance(item, str) else tuple(item))
              for name in LANGUAGE_KEYS for item in getattr(q, name)]
    unwanted = [LanguageFilter(kinds[name], tuple(codes), negated=True)
                for name in LANGUAGE_KEYS if (codes := getattr(q, f"no_{name}"))]
    return wanted + unwanted
