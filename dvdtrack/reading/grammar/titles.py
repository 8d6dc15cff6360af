"""Typed fields for titles: `{titles:Titles}`, `{titles:TitlePair}`, `{titles:DottedTitle}`.

A title line may hold several titles (` / `, `AKA`, a second title in brackets); an edition in
brackets (`(Director's Cut)`) stays part of the title.
"""

from __future__ import annotations

import re

from parse import with_pattern

from dvdtrack.reading.grammar.companies import company_ending, is_company
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.grammar.patterns import Refused
from dvdtrack.reading.grammar.words import alternation, words

_AKA = re.compile(r"\s+/\s+|\s+AKA\s+|\s+a\.k\.a\.?\s+", re.I)
# `Title (Other Title)`: two capitalised words or more in the brackets, none of an edition's
_BRACKETED = re.compile(r"^(.+?)\s+(?:\(((?:[A-ZА-ЯЁ][^()]*\s){1,}[^()]+)\)|\[((?:[A-ZА-ЯЁ][^\[\]]*\s){1,}[^\[\]]+)\])$")
_EDITION = regex(rf"(?i)\b(?:{alternation('edition')}|(?:{alternation('edition_stems')})\w*)\b")
_DISC_NOTE = re.compile(r"(?<=\S)\s*[\[(](?:DVD|Blu-?ray|BD)[\])]$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a byline of two words or more (`Reviewed by`, `Recensione di`; not `By`, which opens titles: `By the Sea`)
_BYLINE = regex(rf"(?i)(?:{'|'.join(re.escape(w) for w in sorted(words('bylines'), key=len, reverse=True) if ' ' in w)})\s")


# a title never ends in a colon (`Year: (1999)` is no title line), holds a catalogue number (`Spine #417`) nor
# opens a table's row (`Hersteller | Paramount (2005)`: a label's cell, then its value)
@with_pattern(r"(?!.*#\d)(?![^\s|]+ \| ).*?[^:\s]")
def titles(text: str) -> list[str]:
    """Titles split on ` / ` and `AKA`; a bracketed second title counts too, an edition does not.

    >>> titles("Letyat zhuravli (The Cranes Are Flying)"), titles("Solaris (Director's Cut)")
    (['Letyat zhuravli', 'The Cranes Are Flying'], ["Solaris (Director's Cut)"])
    >>> titles("Ivan's Childhood [Ivanovo detstvo]")
    ["Ivan's Childhood", 'Ivanovo detstvo']
    >>> titles("By the Sea"), titles("Reviewed by Colin Jacobson")
    Traceback (most recent call last):
    dvdtrack.reading.grammar.patterns.Refused: Reviewed by Colin Jacobson
    """
    if _BYLINE.match(text) or _sentence(text):  # a review's byline (`Reviewed by Colin Jacobson`), a synopsis
        raise Refused(text)
    return title_parts(text)


def title_parts(text: str) -> list[str]:
    """The titles a title line holds (`titles` without its refusals: for a line already chosen as one).

    >>> title_parts("Irony of Fate AKA Ironiya sudby, ili S legkim parom!")
    ['Irony of Fate', 'Ironiya sudby, ili S legkim parom!']
    """
    found = [t.strip() for t in _AKA.split(text) if t.strip()]
    return [part for title in found for part in _bracketed_title(title)]


_SENTENCE_WORDS = 8  # words of a sentence, at least, where a page's `Film` heading opens its synopsis


def _sentence(text: str) -> bool:
    """A sentence, not a title: eight words or more ending in a full stop (a title's ellipsis is none; an
    exclamation mark ends titles: `… ili S legkim parom!`), a quote after it or not.

    >>> _sentence('When Karen is asked to take over the shift of a nurse, she says "yes".'), _sentence("Stalker.")
    (True, False)
    >>> _sentence("Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb")
    False
    """
    end = text.rstrip("\"”»’' ")
    return end.endswith(".") and not end.endswith("..") and len(text.split()) >= _SENTENCE_WORDS


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
    return [text] if _EDITION.search(second) else title_parts(first) + [second.strip()]


title_pair.words = ("(", ")")  # what every match holds: `grammar` tries the pattern only on lines with them


@with_pattern(r"[^\W_][^\s]*?")
def dotted_title(text: str) -> list[str]:
    """`Kin.dza.dza` (a release name) → `Kin dza dza`."""
    return [" ".join(re.split(r"[._]+", text)).strip()]



_EDITION_WORD = regex(rf"(?i)(?:{alternation('edition_words')}|{alternation('edition_heads')}|\d+(?:st|nd|rd|th|º|ª|\.)?"
                           r"|\d+-disc|two-disc)$")
_EDITION_HEAD = regex(rf"(?i)(?:{alternation('edition_heads')})$")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")
_JOINERS = frozenset({"the", "and", "of"})
_DISC_COUNT = regex(rf"(?i)^(\d{{1,2}})\s?(?:{alternation('disc_units')})$")  # `2 DVDs`, `3 диска`
_PRICE = re.compile(r"\s*[-–|]?\s*(?:[$£€¥]\s?\d{1,4}(?:[.,]\d{2})?|\d{1,5}(?:[.,]\d{2})?\s?(?:€|EUR|USD|GBP|руб\.?"
                    r"|р\.|zł|Kč|kr|SEK|NOK|DKK))\s*$")
_SITE = re.compile(r"\s+[|–—-]\s+(?:www\.)?[\w-]+\.(?:com|net|org|co\.uk|de|fr|it|es|ru|pl|cz|fi|se|dk|no|nl|jp|au|pt|br|info)"
                   r"\b.*$", re.I)
_REGION_TAG = re.compile(r"\s*[\[(](?:R|Region\s?)(?:[0-8]|ALL|Free|[ABC])(?:\s?[/,]\s?[0-8ABC])*[\])]$", re.I)
_TAIL_BRACKET = re.compile(r"\s*[\[(]([^()\[\]]+)[\])]$")
_TAIL_SEPARATED = re.compile(r"^(.+?)(?::|\s[-–—])\s+([^:–—]+)$")
_VOLUME_MARK = re.compile(r"\s+(V\d{1,2})$")  # `Death Note V01`: a volume of a set (`Vol. 26` is the title's)
_SPINE = re.compile(r"\s*[-–,]?\s*(?:#|Spine\s?#?|No\.\s?)\d{1,4}$", re.I)


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
    """The disc count among what `split_title` cut off (`2 DVDs`), its unit in any language the
    vocabulary knows (`grammars/words/vocab.toml`: disc_units), else None.

    >>> discs_of(split_title("Harbour Lights (2 DVDs)")[1]), discs_of(split_title("Le port (3 disques)")[1])
    (2, 3)
    >>> discs_of(split_title("港の灯 (2枚組)")[1]), discs_of(["Special Edition"])
    (2, None)
    """
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
