"""A film's title read out of a page's headline: without a breadcrumb's path, a review's words
(`DVD Review:`, `Il DVD di`, `[DVD]`), a film's title in its quotes (`Рецензия на ДВД «…»`), and a news
headline's subject (`Miramax confirm Harbour Lights for May`); the words are data
(`grammars/words/vocab.toml`: headline_before, headline_after, breadcrumbs, film_words).
"""

from __future__ import annotations

import re

from dvdtrack.reading.grammar.companies import is_company
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.words import alternation, words

_QUOTES = re.compile(r"[\"“«„]([^\"”»“]+)[\"”»“]")
_HEAD_BEFORE = regex(rf"(?i)^(?:{alternation('headline_before')})(?:\s+|$)")
_HEAD_AFTER = regex(rf"(?i)(?:^|\s+)(?:{alternation('headline_after')})$")
_TAIL_REACH = 2 + max(len(w) for w in words("headline_after"))
_QUOTED_FILM = regex(rf"(?i)(?<!\w)(?:{alternation('film_words')})\s+[\"“«„]([^\"”»“]{{2,100}})[\"”»“]")
_CRUMBS = re.compile("|".join(re.escape(w) for w in words("breadcrumbs")))
_HEADLINE_WORDS = 12
_SUBTITLED = re.compile(r":\s|\s[-–—]\s")
_SMALL_WORDS = frozenset(words("joining_words"))


def headline_title(text: str, ends: bool = True) -> str:
    """A title line without its headline's words: a breadcrumb's path, `DVD REVIEW:`, `Il DVD di`,
    `[DVD]`, `dvd review`, a film's title in quotes after the word film (`grammars/words/vocab.toml`:
    headline_before, headline_after, breadcrumbs, film_words); with
    `ends` False, only its path and the words before it (what follows a title may say more: `[DVD] [1957]`).

    >>> headline_title("Site >> Movies >> Moon Over Tallinn"), headline_title("DVD Review: The Quiet Field")
    ('Moon Over Tallinn', 'The Quiet Field')
    >>> headline_title("Harbour > Lights"), headline_title("Рецензия на ДВД «Огни гавани»")
    ('Harbour > Lights', 'Огни гавани')

    >>> headline_title("[DVD] Winter Harbour"), headline_title("WINTER HARBOUR dvd review")
    ('Winter Harbour', 'WINTER HARBOUR')
    >>> headline_title("DVD Review – Winter Harbour")
    'Winter Harbour'
    >>> headline_title('Crítica sobre o DVD "Nordwind - 95 Min." do filme "Luzes do Porto":')
    'Luzes do Porto'

    """
    quoted = quoted_title(text)
    if quoted:
        return quoted
    crumbs = _CRUMBS.split(text)
    text = crumbs[-1].strip() if len(crumbs) > 2 else text  # a path of two steps or more: `Site > Films > Title`
    whole = text
    for _ in range(3):
        cut = _HEAD_BEFORE.sub("", text)
        cut = cut.lstrip(" \t-–—:|") if cut != text else cut  # `DVD Review – Harbour Lights`
        cut = (_without_tail(cut) if ends else cut).strip()
        if not cut or cut == text:
            break
        text = cut
    quoted = _QUOTES.fullmatch(text)  # `Рецензия на ДВД «Возвращение Короля»`: the title in its quotes
    return quoted.group(1) if quoted and text != whole else text


def _without_tail(text: str) -> str:
    """`text` without a headline's word at its end, looked for in its last characters only."""
    tail = text[-_TAIL_REACH:]
    return text[: len(text) - len(tail)] + _HEAD_AFTER.sub("", tail)


def quoted_title(text: str) -> str | None:
    """The title in quotes after a headline's word for a film (`… do filme "Harbour Lights":`), else None."""
    quoted = _QUOTED_FILM.search(text)
    return quoted.group(1).strip() if quoted else None


def headline_subject(title: str, body: str) -> str:
    """A news headline read as a title (`Miramax confirm Harbour Lights for May`: four words or more, two
    of them in lower case, no subtitle after `: ` or ` - `) names its film in the longest run of two
    capitalised words or more that the text after it names again (`Harbour Lights`), not a company's name.
    A title the text names again whole, or in sentence case, is kept.

    >>> headline_subject("Good news about THE LANTERN KEEPER", "we hear THE LANTERN KEEPER is out")
    'THE LANTERN KEEPER'
    >>> headline_subject("Ivan's Childhood", "Ivan's war"), headline_subject("Le ombre del porto", "Le ombre")
    ("Ivan's Childhood", 'Le ombre del porto')
    """
    tokens = title.split()[:_HEADLINE_WORDS]
    lower = [t for t in tokens if t[:1].islower() and t.casefold() not in _SMALL_WORDS]
    sentence_case = not any(t[:1].isupper() for t in tokens[1:])  # `Le ombre del porto dorato`: a title
    if len(tokens) < 4 or len(lower) < 2 or sentence_case or _SUBTITLED.search(title) or _named_in(title, body):
        return title
    runs = (tokens[i:j] for size in range(len(tokens) - 1, 1, -1) for i in range(len(tokens) - size + 1)
            for j in (i + size,))
    return next((" ".join(run) for run in runs if _subject(run) and _named_in(" ".join(run), body)), title)


def _subject(run: list[str]) -> bool:
    """Capitalised words (small words between them), not a company's name."""
    phrase = " ".join(run)
    return all(t[:1].isupper() or t[:1].isdigit() for t in (run[0], run[-1])) \
        and all(t[:1].isupper() or t[:1].isdigit() or t.casefold() in _SMALL_WORDS for t in run) \
        and not is_company(phrase)


def _named_in(phrase: str, body: str) -> bool:
    """`phrase` stands in `body` as words of its own (no pattern compiled per phrase).

    >>> _named_in("Harbour Lights", "We saw Harbour Lights."), _named_in("Harbour Light", "Harbour Lights")
    (True, False)
    """
    start = 0
    while (at := body.find(phrase, start)) >= 0:
        end, start = at + len(phrase), at + 1
        if not _word_char(body[at - 1: at]) and not _word_char(body[end: end + 1]):
            return True
    return False


def _word_char(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_")
