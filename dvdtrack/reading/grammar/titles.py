"""Typed fields for titles: `{titles:Titles}`, `{titles:TitlePair}`, `{titles:DottedTitle}`.

A title line may hold several titles (` / `, `AKA`, a second title in brackets); an edition in
brackets (`(Director's Cut)`) stays part of the title.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from parse import with_pattern

from dvdtrack.reading.grammar.companies import company_ending, is_company
from dvdtrack.reading.grammar.files import data_file
from dvdtrack.reading.grammar.words import alternation, words

_AKA = re.compile(r"\s+/\s+|\s+AKA\s+|\s+a\.k\.a\.?\s+", re.I)
# `Title (Other Title)`: two capitalised words or more in the brackets, none of an edition's
_BRACKETED = re.compile(r"^(.+?)\s+(?:\(((?:[A-ZА-ЯЁ][^()]*\s){1,}[^()]+)\)|\[((?:[A-ZА-ЯЁ][^\[\]]*\s){1,}[^\[\]]+)\])$")
_EDITION = re.compile(rf"(?i)\b(?:{alternation('edition')}|(?:{alternation('edition_stems')})\w*)\b")
_DISC_NOTE = re.compile(r"(?<=\S)\s*[\[(](?:DVD|Blu-?ray|BD)[\])]$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# a title never ends in a colon (`Year: (1999)` is no title line), holds a catalogue number (`Spine #417`) nor
# opens a table's row (`Hersteller | Paramount (2005)`: a label's cell, then its value)
@with_pattern(r"(?!.*#\d)(?![^\s|]+ \| ).*?[^:\s]")
def titles(text: str) -> list[str]:
    """Titles split on ` / ` and `AKA`; a bracketed second title counts too, an edition does not.

    >>> titles("Letyat zhuravli (The Cranes Are Flying)"), titles("Solaris (Director's Cut)")
    (['Letyat zhuravli', 'The Cranes Are Flying'], ["Solaris (Director's Cut)"])
    >>> titles("Ivan's Childhood [Ivanovo detstvo]")
    ["Ivan's Childhood", 'Ivanovo detstvo']
    """
    found = [t.strip() for t in _AKA.split(text) if t.strip()]
    return [part for title in found for part in _bracketed_title(title)]


def _bracketed_title(title: str) -> list[str]:
    title = _DISC_NOTE.sub("", title)  # `Title [DVD] (1963)`: the note is not the title's
    m = _BRACKETED.match(title)
    second = m and (m.group(2) or m.group(3))
    if m is None or _EDITION.search(second) or _YEAR.search(second) or _company(second):  # `(Sweden, 1963)` is no title
        return [title]
    return [m.group(1).strip(), second.strip()]


@with_pattern(r"[^()]+?\s\([A-ZА-ЯЁ][^()]*\)")
def title_pair(text: str) -> list[str]:
    """`The Quiet Field (Tyst äng)`, a title and another in brackets, both needed: before a bare
    year (`THE SALT MEADOW (Saltängen) 1963`), where a title alone would take any line.

    >>> title_pair("THE SALT MEADOW (Saltängen)"), title_pair("Solaris (Director's Cut)")
    (['THE SALT MEADOW', 'Saltängen'], ["Solaris (Director's Cut)"])
    """
    first, _, second = text[:-1].rpartition(" (")
    return [text] if _EDITION.search(second) else titles(first) + [second.strip()]


title_pair.words = ("(", ")")  # what every match holds: `grammar` tries the pattern only on lines with them


@with_pattern(r"[^\W_][^\s]*?")
def dotted_title(text: str) -> list[str]:
    """`Kin.dza.dza` (a release name) → `Kin dza dza`."""
    return [" ".join(re.split(r"[._]+", text)).strip()]



_QUOTES = re.compile(r"[\"“«„]([^\"”»“]+)[\"”»“]")
_HEAD_BEFORE = re.compile(rf"(?i)^(?:{alternation('headline_before')})(?:\s+|$)")
_HEAD_AFTER = re.compile(rf"(?i)(?:^|\s+)(?:{alternation('headline_after')})$")
_TAIL_REACH = 2 + max(len(w) for w in words("headline_after"))
_QUOTED_FILM = re.compile(rf"(?i)(?<!\w)(?:{alternation('film_words')})\s+[\"“«„]([^\"”»“]{{2,100}})[\"”»“]")
_CRUMBS = re.compile("|".join(re.escape(w) for w in words("breadcrumbs")))
_EDITION_WORD = re.compile(rf"(?i)(?:{alternation('edition_words')}|{alternation('edition_heads')}|\d+(?:st|nd|rd|th|º|ª|\.)?"
                           r"|\d+-disc|two-disc)$")
_EDITION_HEAD = re.compile(rf"(?i)(?:{alternation('edition_heads')})$")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")
_HEADLINE_WORDS = 12
_SUBTITLED = re.compile(r":\s|\s[-–—]\s")
_SMALL_WORDS = frozenset(words("joining_words"))
_JOINERS = frozenset({"the", "and", "of"})
_DISC_COUNT = re.compile(r"(?i)^(\d{1,2})\s?(?:dvds?|discs?|dischi|discos|диска|дисков|disky|płyty)$")
_DIGIT = re.compile(r"\d")
_NUMBERS = re.compile(r"^[\d\s.,:/#-]+$")
_REGION_PHRASE = re.compile(r"(?i)\bregi[oó]n\s?(?:[0-8]|all|free)\b")
_CALENDAR = re.compile(rf"(?i)(?<!\w)(?:{alternation('calendar')})(?!\w)")
_BYLINE = re.compile(rf"(?i)^(?:{alternation('bylines')})\s")
_NAV = frozenset(words("nav_words"))
_CODE = re.compile(rf"(?i)(?<!\w)(?:{alternation('code_words')})\W{{0,3}}\d")
_PRICE = re.compile(r"\s*[-–|]?\s*(?:[$£€¥]\s?\d{1,4}(?:[.,]\d{2})?|\d{1,5}(?:[.,]\d{2})?\s?(?:€|EUR|USD|GBP|руб\.?"
                    r"|р\.|zł|Kč|kr|SEK|NOK|DKK))\s*$")
_SITE = re.compile(r"\s+[|–—-]\s+(?:www\.)?[\w-]+\.(?:com|net|org|co\.uk|de|fr|it|es|ru|pl|cz|fi|se|dk|no|nl|jp|au|pt|br|info)"
                   r"\b.*$", re.I)
_REGION_TAG = re.compile(r"\s*[\[(](?:R|Region\s?)(?:[0-8]|ALL|Free|[ABC])(?:\s?[/,]\s?[0-8ABC])*[\])]$", re.I)
_TAIL_BRACKET = re.compile(r"\s*[\[(]([^()\[\]]+)[\])]$")
_TAIL_SEPARATED = re.compile(r"^(.+?)(?::|\s[-–—])\s+([^:–—]+)$")
_VOLUME_MARK = re.compile(r"\s+(V\d{1,2})$")  # `Death Note V01`: a volume of a set (`Vol. 26` is the title's)
_SPINE = re.compile(r"\s*[-–,]?\s*(?:#|Spine\s?#?|No\.\s?)\d{1,4}$", re.I)


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


def split_title(title: str) -> tuple[str, list[str]]:
    """A title and what follows it that is not the title's: a price, a site's address, a region tag, an edition (`: Special Edition`, `(Collector's
    Edition)`, `20th Anniversary Edition`), a disc count beside it, a kind of film (`(спектакль)`), a
    volume mark (`V01`), a company's name (`(Ruscico)`, `: Criterion Collection`); those, in order.

    >>> split_title("Solaris (Special Edition, 2 DVDs)")
    ('Solaris', ['Special Edition', '2 DVDs'])
    >>> split_title("Moon Harbour 25th Anniversary Edition"), split_title("The Final Cut")
    (('Moon Harbour', ['25th Anniversary Edition']), ('The Final Cut', []))
    >>> split_title("スペシャル・エディション 港の灯 特別編"), split_title("Cut Bank")
    (('港の灯', ['スペシャル・エディション', '特別編']), ('Cut Bank', []))
    >>> split_title("Kin-Dza-Dza (Ruscico)"), split_title("Harbour Lights: Criterion Collection")
    (('Kin-Dza-Dza', ['Ruscico']), ('Harbour Lights', ['Criterion Collection']))
    >>> split_title("Harbour Lights [R2] £12.99"), split_title("Harbour Lights | harbourdvd.com")
    (('Harbour Lights', ['R2', '£12.99']), ('Harbour Lights', ['harbourdvd.com']))
    """
    parts: list[str] = []
    while True:
        cut = _split_once(title)
        if cut is None or not cut[0]:
            return title, parts
        title, parts = cut[0], cut[1] + parts


def _split_once(title: str) -> tuple[str, list[str]] | None:
    noise = _PRICE.search(title) or _SITE.search(title) or _REGION_TAG.search(title)
    if noise:  # `Solaris £12.99`, `Solaris | dvdbeaver.com`, `Solaris [R2]`
        return title[: noise.start()].rstrip(), [noise.group().strip(" |-–—[]()")]
    bracket = _TAIL_BRACKET.search(title)
    if bracket and _not_title(bracket.group(1)):
        return title[: bracket.start()].rstrip(), [p.strip() for p in bracket.group(1).split(",")]
    separated = _TAIL_SEPARATED.match(title)
    if separated and (_edition(separated.group(2)) or _company(separated.group(2))):
        return separated.group(1).rstrip(), [separated.group(2).strip()]
    volume = _VOLUME_MARK.search(title)
    if volume:
        return title[: volume.start()], [volume.group(1)]
    tokens = title.split()
    tail = _edition_tail(tokens)
    if tail:
        return " ".join(tokens[:-len(tail)]), [" ".join(tail)]
    head = _edition_head(tokens)
    if head:
        return " ".join(tokens[len(head):]), [" ".join(head)]
    company = company_ending(title)  # `Last Hurrah Dragon Dynasty`: a name of two words or more, no separator
    return (title[: -len(company)].rstrip(), [company]) if company and " " in company else None


def discs_of(parts: list[str]) -> int | None:
    """The disc count among what `split_title` cut off (`2 DVDs`), else None."""
    part = disc_part(parts)
    return int(_DISC_COUNT.match(part).group(1)) if part else None


def disc_part(parts: list[str]) -> str | None:
    """The part of what `split_title` cut off that is a disc count (`2 DVDs`), else None."""
    return next((p for p in parts if _DISC_COUNT.match(p)), None)


def edition_of(parts: list[str]) -> str | None:
    """The edition among what `split_title` cut off a title, as written (`Special Edition`), else None.

    >>> edition_of(["Special Edition", "2 DVDs"]), edition_of(["Ruscico"])
    ('Special Edition', None)
    """
    return next((p for p in parts if _edition(p)), None)


def company_of(parts: list[str]) -> str | None:
    """The company among what `split_title` cut off a title, as written, without its spine number.

    >>> company_of(["Artificial Eye - #215"]), company_of(["Special Edition"])
    ('Artificial Eye', None)
    """
    return next((_SPINE.sub("", p) for p in parts if _company(p)), None)


def _not_title(text: str) -> bool:
    """A bracket after a title holding an edition, a disc count, a kind of film or a company."""
    parts = [p.strip() for p in text.split(",")]
    return all(_edition(p) or _DISC_COUNT.match(p) or p.casefold() in words("title_kinds") for p in parts) \
        or (len(parts) == 1 and _company(parts[0]))


def _company(text: str) -> bool:
    return is_company(_SPINE.sub("", text))


def _edition(text: str) -> bool:
    """`Special Collector's Edition`, `Edizione speciale`: edition words only, with a head among them."""
    tokens = text.split()
    return bool(tokens) and all(_EDITION_WORD.match(t) for t in tokens) and any(_EDITION_HEAD.match(t) for t in tokens)


def _edition_head(tokens: list[str]) -> list[str]:
    """The edition words opening a title (`スペシャルコレクション ターミネータ2`), two words or more or one in
    a script without capitals, before a title's own words; [] when none."""
    end = 0
    while end < len(tokens) - 1 and _EDITION_WORD.match(tokens[end]):
        end += 1
    while end and not _EDITION_HEAD.match(tokens[end - 1]):
        end -= 1
    if not end or (end == 1 and _LATIN_OR_CYRILLIC.search(tokens[0])):
        return []
    return tokens[:end] if any(t.casefold() not in _JOINERS for t in tokens[end:]) else []


def _edition_tail(tokens: list[str]) -> list[str]:
    """The edition words ending a title (`… Platinum Series Extended Edition`), a head last; [] when none
    or when they are the whole title (`The Final Cut`)."""
    if not tokens or not _EDITION_HEAD.match(tokens[-1]):
        return []
    start = len(tokens) - 1
    while start > 0 and _EDITION_WORD.match(tokens[start - 1]):
        start -= 1
    while start < len(tokens) and tokens[start].casefold() in _JOINERS:
        start += 1
    return tokens[start:] if any(t.casefold() not in _JOINERS for t in tokens[:start]) else []


def page_chrome(text: str) -> bool:
    """`text`, read where a title stands, is a page's chrome, not a title: a number (`10`, a rating's), a
    date (`Monday, March 30`), a byline (`Reviewed by …`), a site's navigation (`HOME News Reviews
    Search`, `Menu`), a region (`Hong Kong Region 3`), a company's name alone (`Paramount Home Video (2000)`),
    a shop's code (`SKU 1636`).

    >>> [page_chrome(t) for t in ("10", "Friday, 3 May", "Reviewed by Anna Berg", "Home News Reviews Search Forum")]
    [True, True, True, True]
    >>> [page_chrome(t) for t in ("Rush Hour 2", "May Day", "Paramount Home Video", "The Zone Region 2", "Menu", "SKU 1636")]
    [False, False, True, True, True, True]
    """
    tokens = text.casefold().split()
    navigation = sum(t in _NAV for t in tokens)
    return bool(_NUMBERS.match(text) or is_date(text) or _CODE.search(text)
                or _BYLINE.match(text) or _REGION_PHRASE.search(text) or is_company(text)
                or (tokens and navigation == len(tokens)) or (len(tokens) >= 3 and navigation >= 0.6 * len(tokens)))


def is_date(text: str) -> bool:
    """`text` names a month or a weekday and a number: a date (`piątek, 3 lipca 2009`, `November 13, 2005`)."""
    return _DIGIT.search(text) is not None and _CALENDAR.search(text) is not None


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


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(n.casefold() for n in tomllib.loads(data_file("words/countries.toml").read_text("utf-8"))["names"])


def is_country(text: str) -> bool:
    """`text` is a country's name (`grammars/words/countries.toml`): `Hong Kong` before `Region 3` is no title.

    >>> is_country("Hong Kong"), is_country("Hong Kong 1941")
    (True, False)
    """
    return text.casefold() in _countries()
