"""The home-video companies the reader knows (`grammars/words/companies.toml`): a label named where no
`Label:` line names it (`Kin-Dza-Dza (Ruscico)`, a bare `Madman Entertainment` cell) and every name of
one company (`find --label criterion` finds `The Criterion Collection`).

A name matches in any case, as whole words, with one of the file's prefixes before it and up to two of
its suffixes after it (`Paramount` + ` Home Video`); the name is kept as the text writes it.

>>> company_in("A new transfer from Artificial Eye, out in May"), company_in("an eye for art")
('Artificial Eye', None)
>>> is_company("MADMAN ENTERTAINMENT"), is_company("Madman Propaganda")
(True, False)
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from dvdtrack.reading.grammar.files import data_file
from dvdtrack.reading.grammar.kept import regex, trie

# Words of Latin and Cyrillic scripts end a name; Japanese and Chinese names have no spaces around them
_LETTER = r"A-Za-z0-9À-ɏЀ-ӿ"
_YEAR_AFTER = re.compile(r"\s*\(?(?:19|20)\d\d\)?\s*$")
_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(data_file("words/companies.toml").read_text(encoding="utf-8"))


def companies() -> list[tuple[str, ...]]:
    """Every company, its usual name first and its other names after.

    >>> next(c for c in companies() if "Ruscico" in c)[:3]
    ('RUSCICO', 'Ruscico', 'Russian Cinema Council')
    """
    return [tuple(names) for names in _data()["companies"]]


@lru_cache(maxsize=2)
def company_pattern(lower: bool = False) -> str:
    """A regex (no groups) matching a known company's name with its prefix and suffixes, as whole words;
    `lower`: of their names in lower case (for a text in lower case, searched faster than with re.I)."""
    data = _data()
    fold = str.lower if lower else str

    def one_of(values) -> str:
        return trie(sorted({fold(v) for v in values}))

    names = one_of(n for names in data["companies"] for n in names)
    return (rf"(?<![{_LETTER}])(?:(?:{one_of(data['prefixes'])})\s?)?(?:{names})(?:[\s-]?(?:{one_of(data['suffixes'])})){{0,2}}"
            rf"(?![{_LETTER}])")


@lru_cache(maxsize=1)
def _lower() -> re.Pattern:
    return regex(company_pattern(lower=True))


def company_spans(text: str) -> list[tuple[int, int]]:
    """Where known companies stand in `text` (start, end), in order, whatever their case.

    >>> company_spans("out from SECOND RUN, then Arrow Films")
    [(9, 19), (26, 37)]
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: the slower search
        return [m.span() for m in _compiled().finditer(text)]
    return [m.span() for m in _lower().finditer(lowered)]


@lru_cache(maxsize=1)
def _compiled() -> re.Pattern:
    return regex(company_pattern(), re.I)


def company_in(text: str) -> str | None:
    """The first known company `text` names, as written, written with a capital (`sony` in a sentence is
    no company); None when it names none."""
    for found in _compiled().finditer(text):
        if not found.group()[0].islower():
            return found.group()
    return None


def company_at_start(text: str) -> str | None:
    """The known company `text` starts with, as written (with a capital), else None."""
    found = _compiled().match(text)
    return found.group() if found and not found.group()[0].islower() else None


def companies_in(text: str) -> list[str]:
    """Every known company `text` names, as written, in order (each once)."""
    found = [m.group() for m in _compiled().finditer(text) if not m.group()[0].islower()]
    return list(dict.fromkeys(found))


def company_ending(text: str) -> str | None:
    """The known company a text ends with, as written (`Hurrah Dragon Dynasty` → `Dragon Dynasty`), else None."""
    found = _ending().search(text)
    return found.group(1) if found and not found.group(1)[0].islower() else None


@lru_cache(maxsize=1)
def _ending() -> re.Pattern:
    return regex(rf"(?:^|\s)({company_pattern()})\s*$", re.I)


def is_company(text: str) -> bool:
    """`text` is a known company's name and nothing more (its punctuation around and a year after it aside:
    `Image Entertainment 1998`, a table's cell of a company and its year)."""
    name = _YEAR_AFTER.sub("", text).strip(" \t.,;:|()[]")
    lowered = name.lower()
    return (_lower().fullmatch(lowered) if len(lowered) == len(name) else _compiled().fullmatch(name)) is not None


def distributor_first(names: list[str]) -> list[str]:
    """Of the companies a page names beside each other, the one that put out the video first: a studio
    line (`Paramount Pictures`) beside a distributor's (`Paramount Home Video`) is the studio's.

    >>> distributor_first(["Paramount Pictures", "Paramount Home Video"]), distributor_first(["東宝", "東宝ビデオ"])
    (['Paramount Home Video', 'Paramount Pictures'], ['東宝ビデオ', '東宝'])
    """
    return sorted(names, key=lambda name: _video_words().search(name) is None)


@lru_cache(maxsize=1)
def _video_words() -> re.Pattern:
    """`companies.toml`'s video_words: whole words, or anywhere for a script without spaces."""
    spaced = [w for w in _data()["video_words"] if re.search(_LETTER.join("[]"), w)]
    unspaced = [w for w in _data()["video_words"] if w not in spaced]
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, spaced))})\b" + "".join(f"|{re.escape(w)}" for w in unspaced))


def aliases_of(text: str) -> set[str]:
    """Every name of the companies `text` names or is a part of, casefolded, `text` itself included
    (what `find --label` looks for).

    >>> sorted(aliases_of("criterion"))[:3]
    ['criterion', 'criterion collection', 'janus films']
    >>> aliases_of("Dogme"), aliases_of("Home Video")
    ({'dogme'}, {'home video'})
    """
    wanted = _words(text)
    found = {text.casefold().strip()}
    if not wanted or set(wanted) <= _generic():  # `video`, `home entertainment`: a part of too many names
        return found
    for names in companies():
        if any(_contains(_words(name), wanted) for name in names):
            found |= {name.casefold() for name in names}
    return found


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """The words of the suffixes and prefixes, which name no company alone."""
    return frozenset(w for s in _data()["suffixes"] + _data()["prefixes"] for w in _words(s))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text)]


def _contains(words: list[str], part: list[str]) -> bool:
    """`part`'s words stand together in `words`: `criterion` in `The Criterion Collection`, not `eye` in `Eyes`."""
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


class KnownCompany:
    """The `KnownCompany` field type: a company the data file knows, as written (`{label:KnownCompany}`
    in a grammar's pattern: `Kin-Dza-Dza ({label:KnownCompany})`). Built when grammars are compiled."""

    regex_group_count = 0

    def __init__(self) -> None:
        self.pattern = company_pattern()

    def __call__(self, text: str) -> str:
        return text.strip()
