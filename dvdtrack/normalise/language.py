"""Language names in any spelling or script → ISO 639-1 codes (639-3 where no 639-1 exists).

Built on langcodes + language_data; `grammars/words/languages.toml` adds only what they lack, and
`grammars/words/language_index.toml` holds their answers for the ISO 639-1 languages, so that a note
naming common languages loads no language tables (they take a tenth of `dvdtrack parse`'s start).

>>> [resolve_language(n) for n in ("Hebrew", "he", "heb", "иврит", "Hébreu", "русские", "Espanol", "CZ")]
['he', 'he', 'he', 'he', 'he', 'ru', 'es', 'cs']
>>> [resolve_language(n) for n in ("V.O. en Inglés en", "Audio description English", "Dolby Digital", "Commentary in French or German")]
['en', 'en', None, None]
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache

from dvdtrack.normalise.closest import closest
from dvdtrack.reading.grammar.files import data_file

_DATA = data_file("words/languages.toml")
_INDEX = data_file("words/language_index.toml")
# What is no part of a name: a bracket and the spaces around it (`English (original)`), a word that
# says "track"; where each could start (`_without_noise`)
# Longer than any name language_data knows (77 characters; tests/test_scaling.py checks it)
_LONGEST_NAME = 200
_NOISE_START = re.compile(r"\s+|[\[(]|\b(?:only|track|language)\b", re.I)
_CLOSE = re.compile(r"[\])\n]")
_SPACES = re.compile(r"\s*")


def fold(text: str) -> str:
    """Lowercase, strip diacritics and spaces at the ends: `Hébreu ` → `hebreu`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], tuple[tuple[str, str], ...], dict[str, str]]:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    names = {fold(k).replace("_", " "): v for k, v in data["names"].items()}
    endings = tuple((e["from"], e["to"]) for e in data["endings"])
    return names, endings, data["country_codes"]


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """langcodes' own answers for the ISO 639-1 languages: folded name → code, code → code."""
    data = tomllib.loads(_INDEX.read_text(encoding="utf-8"))
    return data["names"], data["codes"]


@lru_cache(maxsize=4096)
def resolve_language(name: str, any_code: bool = False) -> str | None:
    """The ISO code for a language name or code, or None when nothing fits.

    Codes: two-letter codes and three-letter codes of major languages resolve always; with
    `any_code` (a user asking for a rare language by code) any valid ISO 639-3 code does.
    """
    text = _without_noise(name).strip(" .:-")
    if not text:
        return None
    if text.isascii() and text.isalpha() and len(text) <= 3:
        return _from_code(text.lower(), any_code)
    found = _from_name(text)
    words = text.split()
    if found is None and len(words) > 1 and len(words[0]) > 3:
        found = _from_name(words[0])  # `české napevno`, `English SDH`: the first word names it
    if found is None and len(words) > 1:  # `V.O. en Inglés en`: the one word of the name that names one
        named = {_from_name(word) for word in words[1:] if len(word) > 3 and word.isalpha()} - {None}
        found = named.pop() if len(named) == 1 else None
    return found


def _without_noise(text: str) -> str:
    r"""Each bracket (to its first closing bracket on its line, with the spaces around it) and each
    `only`, `track`, `language` replaced by a space, in one pass: a bracket that no closing one follows
    on its line makes the brackets after it on that line fail too (`[[[[…` is read once, not once per
    bracket), and a run of spaces is tried once, from its start (as `re.sub` with
    `\s*[\[(].*?[\])]\s*|\b(?:only|track|language)\b` reads it, which is quadratic in both).

    >>> _without_noise("English (original) track"), _without_noise("Russian [[x"), _without_noise("a  (b]  c")
    ('English  ', 'Russian [[x', 'a c')
    """
    out, copied, pos, dead = [], 0, 0, -1  # `dead`: the end of the line of the last bracket left open
    while (m := _NOISE_START.search(text, pos)) is not None:
        start, pos = m.start(), m.end()
        if text[start].isspace() or text[start] in "[(":
            opening = pos if text[start].isspace() else start
            if opening >= len(text) or text[opening] not in "[(" or opening < dead:
                continue
            close = _CLOSE.search(text, opening + 1)
            if close is None or close.group() == "\n":
                dead = close.start() if close else len(text)
                continue
            pos = _SPACES.match(text, close.end()).end()
        out += (text[copied:start], " ")  # a bracket with its spaces, or a word
        copied = pos
    return "".join(out) + text[copied:]


def _from_code(code: str, any_code: bool) -> str | None:
    country_codes = _tables()[2]
    if code in country_codes:  # `CZ`, `SE`: a country's code written for its language
        return country_codes[code]
    if code in _index()[1]:
        return _index()[1][code]
    return langcodes_code(code, any_code)


def langcodes_code(code: str, any_code: bool) -> str | None:
    """What langcodes makes of a code: its language's two-letter code (any valid code's with `any_code`)."""
    import langcodes  # here and below, not at the top: its tables load when a language is looked up

    if not langcodes.tag_is_valid(code):
        return None
    language = langcodes.Language.get(code).language
    if language is None or language == "und":
        return None
    return language if len(language) == 2 or any_code else None


def _from_name(text: str) -> str | None:
    names, endings, _ = _tables()
    known = _index()[0]
    folded = fold(text)
    found = names.get(folded) or known.get(folded)
    if found:
        return found
    candidates = _variants(text, folded, endings)
    for candidate in candidates:  # the table's names first: `slovenštinou` is `slovenstina` (sk), which
        if candidate in names:  # langcodes would take for the longest name it starts with (`slovenš…`: sl)
            return names[candidate]  # `českými` → `cesky`
    for candidate in candidates:
        code = _find(candidate)
        if code:
            return code
    return None


def _variants(text: str, folded: str, endings) -> list[str]:
    out = [text, folded]
    for old, new in endings:
        if folded.endswith(old) and len(folded) - len(old) >= 3:
            out.append(folded[: len(folded) - len(old)] + new)
    return out


def _find(name: str) -> str | None:
    """`langcodes.find`, which looks the name up as language_data folds it (`normalize_name`) or, failing
    that, the longest name it starts with; a long name is cut first, past the longest name known (a
    name's lookup takes time with the square of its length: 10 s for 199,000 characters).

    >>> _find("English"), _find("Englisch " * 50_000), _find("(" * 100 + "Tagalog")
    ('en', 'en', 'tl')
    """
    import langcodes
    from language_data.names import normalize_name

    folded = normalize_name(name)
    if len(folded) > _LONGEST_NAME:  # what follows never changes what the name starts with (`x`: not a space, kept)
        name = folded[:_LONGEST_NAME] + "x"
    try:
        found = langcodes.find(name)
    except LookupError:
        return None
    return found.language if found.language not in (None, "und") else None


def tag_language(text: str) -> str | None:
    """The language of a regional tag (BCP 47, `-` or `_`): tracks are stored by language alone, so
    a tag stands for every track of its language. None when `text` is no valid tag.

    >>> [tag_language(t) for t in ("pt-BR", "zh-Hant", "sr-Latn", "pt_BR", "es-419", "iw-IL")]
    ['pt', 'zh', 'sr', 'pt', 'es', 'he']
    >>> tag_language("Portuguese"), tag_language("pt"), tag_language("xx-BR"), tag_language("pt-Brazil")
    (None, None, None, None)
    """
    import langcodes

    text = text.strip()
    if not _TAG.fullmatch(text) or not langcodes.tag_is_valid(text.replace("_", "-")):
        return None
    return _from_code(re.split("[-_]", text)[0].lower(), any_code=True)


_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})+")


def suggest_languages(name: str, limit: int = 3) -> list[str]:
    """Close English language names for an error message, the same on every run: the name, folded,
    against every name known (English names and the table's other spellings), in a sorted order.

    >>> suggest_languages("Hebrw")[0], suggest_languages("russkiy")[0], len(suggest_languages("zzq"))
    ('Hebrew', 'Russian', 3)
    """
    names = _suggestion_names()
    out: list[str] = []
    for i in closest(fold(name), [folded for folded, _ in names], limit=len(names)):
        if names[i][1] not in out:
            out.append(names[i][1])
    return out[:limit]


@lru_cache(maxsize=1)
def _suggestion_names() -> tuple[tuple[str, str], ...]:
    """(folded name, English name of its language) for every name known, sorted."""
    import langcodes

    table = _tables()[0]
    english = {code: langcodes.Language.get(code).display_name() for code in set(table.values()) | set(_COMMON)}
    pairs = {(fold(name), name) for name in english.values()} | {(folded, english[code]) for folded, code in table.items()}
    return tuple(sorted(pairs))


_COMMON = (
    "en fr de es it pt nl sv no da fi is ru uk be pl cs sk sl hr sr bs mk bg ro hu el tr he ar fa ur hi bn "
    "ta te ml kn mr gu pa zh ja ko vi th id ms tl ka hy az kk uz et lv lt sq ca eu gl ga cy yi la eo"
).split()


@lru_cache(maxsize=1)
def _macrolanguages() -> dict[str, list[str]]:
    return tomllib.loads(_DATA.read_text(encoding="utf-8"))["macrolanguages"]


def language_family(code: str) -> tuple[str, ...]:
    """The codes a search for `code` finds (`grammars/words/languages.toml`, macrolanguages): a
    macrolanguage with every language it holds, a language with its macrolanguage (never its sisters).

    >>> language_family("no"), language_family("nb"), language_family("cmn"), language_family("he")
    (('no', 'nb', 'nn'), ('nb', 'no'), ('cmn', 'zh'), ('he',))
    """
    table = _macrolanguages()
    if code in table:
        return (code, *table[code])
    return (code, *(macro for macro, members in table.items() if code in members))
