"""Extras in sentences: the list after a cue (`Extras include …`, `the disc will feature …`, `extras:`,
`jediným bonusem na disku je …`, `Expect …`), each item as written.

A list is cut at its commas (at its semicolons only, when it has them) and at an `and` before an
article or a number; the parts that name no extra, where the list's other parts do (the nouns of
`grammar.extras`), are words of the item before them (`an interview with Pialat and, yes, Breillat`,
`interviews with Michael Caine, Donald Sutherland and director John Sturges`) or of the sentence
(`già sul primo disco`, a place on the set). A spec named among the extras (`an anamorphic transfer`,
`English subtitles`) is no extra.

>>> extras_in(["Extras include a commentary, deleted scenes (with optional commentary) and the trailer."])
['a commentary', 'deleted scenes (with optional commentary)', 'the trailer']
>>> extras_in(["The disc will feature an anamorphic transfer, English subtitles, photo galleries and a booklet."])
['photo galleries', 'a booklet']
>>> extras_in(["Expect a 1.85:1 transfer, plus a director's introduction and wrap, and two trailers."])
["a director's introduction and wrap", 'two trailers']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dvdtrack.reading.grammar.extras import names_an_extra
from dvdtrack.reading.grammar.kept import regex
from dvdtrack.reading.prose.cues import alternation, among, cue, language_of, lower, words

_WORD = re.compile(r"[^\W\d_]{3}")  # an extra is named in words (`Extras: C` is a grade)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CAPITALISED = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*\s+(?:[a-zà-ÿ]+\s+){0,2})*[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*$")
_FIRST_WORDS = 4  # a list after a weak cue names an extra in its first words


@dataclass
class _Part:
    start: int
    end: int
    cut: str  # where the part was cut from the one before: "," (or `;`), "article" (`and a …`), "and" (`and` a word)


def extras_in(sentences: list[str]) -> list[str]:
    """The items of every sentence listing extras (`Extras include …`), and of a sentence going on
    with such a list (`The documentary is also included, as well as …`), each once."""
    found: list[str] = []
    cued = set(among(sentences, "extras_cue", "extras_word", "extras_cue_disc", "contents_verbs", "contents_said",
                     "extras_more"))
    for sentence in sentences:
        opened = _opened(sentence) if sentence in cued else None
        if opened is None and found and sentence in cued and cue("extras_more").search(sentence) is not None:
            opened = (sentence, False)  # the sentence goes on with the list before it
        if opened is not None:
            found += [item for item in _items(*opened) if item not in found]
        elif (heading := _heading(sentence)) is not None:
            found += [item for item in heading if item not in found]
    return found


def _heading(sentence: str) -> list[str] | None:
    """A paragraph's heading glued to its first sentence (`Deleted Scenes This is one of …`): the heading,
    an extra, when it ends with an extra's noun; the list after it when it only says extras follow
    (`Additional Extra Features A small trailer gallery, and cast and crew filmographies.`)."""
    m = _heading_pattern().match(sentence)
    if m is None or not names_an_extra(m.group(1).split()[-1]):
        return None
    heading = m.group(1).strip()
    if heading.split()[-1].casefold() in words("extras_generic"):
        return _items(sentence[m.end(1):], True)
    return [heading]


@lru_cache(maxsize=1)
def _heading_pattern() -> re.Pattern:
    starts = "|".join(w.capitalize() for w in words("heading_sentence_starts"))
    return re.compile(rf"((?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*\s+){{1,5}}?)(?:{starts})\s+[a-zà-ÿ]")


def _opened(sentence: str) -> tuple[str, bool] | None:
    """The text after a sentence's extras cue, and whether the cue says surely that a list follows
    (`Extras include`, `extras:`) or only may (`the only extra is`, `Expect`)."""
    match = None
    for match in cue("extras_cue").finditer(sentence):
        pass
    if match is None and among([sentence], "disc_mention"):  # `the disc will feature …`
        for match in cue("extras_cue_disc").finditer(sentence):
            pass
    if match is not None:
        return sentence[match.end():], True
    low = lower(sentence)
    opened = _list_after_word().search(low)
    if opened is not None:
        text = sentence[opened.end():]
        if opened.group(1) != "(":
            return text, True
        if "," in text.partition(")")[0]:  # `extras on two discs (commentary, featurettes)`, not `a making of (27 min)`
            return text.partition(")")[0], True
    verb = cue("contents_verbs").search(sentence)
    opening = verb is not None and not sentence[:verb.start()].strip()  # `Includes five …`: the disc, unsaid
    said = _said_after_word().search(low) or cue("contents_said").search(sentence) or (
        verb if opening or among([sentence], "disc_mention") else None)
    return (sentence[said.end():], False) if said is not None else None


@lru_cache(maxsize=1)
def _list_after_word() -> re.Pattern:
    """An extras word, a few words, then `:`, `(` or a dash opening the list (`La sezione extra si rivela
    standard: il trailer, …`, `packed with extras on two discs(commentary, …)`, `extras, though – a trailer`)."""
    return regex(rf"(?:{alternation(words('extras_word'), stems=False)})(?![^\W_])[^:;(.!?–—]{{0,40}}?([:(–—])")


@lru_cache(maxsize=1)
def _said_after_word() -> re.Pattern:
    """An extras word (any ending: `bonusem`), at most four words, then a verb of being or holding
    (`jediným bonusem na disku je trailer`, `the only extra is a trailer`)."""
    return regex(rf"(?:{alternation(words('extras_word'))})(?:\s+[^\W\d_]+){{0,4}}?\s+"
                      rf"(?:{alternation(words('extras_verbs'), stems=False)})(?![^\W_])")


def _items(text: str, sure: bool) -> list[str]:
    """The extras of a list's text. After a weak cue the list starts at its first part naming an extra
    in its first words (`featuring an extended version of the film, along with interviews …`), and is
    taken only where most of its parts name one."""
    text = text.rstrip(" .")
    parts, kinds = _and_cuts(text, [part for part in _parts(text) if part.end > part.start])
    if not sure:
        first = next((i for i, kind in enumerate(kinds) if kind == "extra"), None)
        if first is None or not names_an_extra(" ".join(text[parts[first].start:parts[first].end].split()[:_FIRST_WORDS])):
            return []
        parts, kinds = parts[first:], kinds[first:]
    named = kinds.count("extra")  # a word alone (`yes`, `Breillat`) tells nothing of what the list holds
    covered = named > 0 and named >= sum(kind == "words" and " " in text[p.start:p.end].strip() for p, kind in zip(parts, kinds))
    if not sure and not covered:
        return []
    parts, kinds = _joined(text, parts, kinds, covered)
    return [text[p.start:p.end].strip(" .") for p, kind in zip(parts, kinds) if kind in ("extra", "words")]


def _kind(item: str) -> str:
    """`extra` (it names one), `words` (it names none, but may be one), `place` (a place on the set:
    `sul primo disco`), `remark` (`who clearly knows his stuff`), `none` (`nonexistent`) or `spec` (a
    spec, a language alone, a note, the film itself)."""
    folded = item.casefold()
    if folded in words("extras_none"):
        return "none"
    if _WORD.search(item) is None or cue("spec_item").search(item) is not None or _languages_only(item) \
            or folded in words("item_drop"):
        return "spec"
    if _remark().match(folded):
        return "remark"
    if names_an_extra(item):
        return "extra"
    return "place" if _place().search(folded) else "spec" if _film().search(folded) else "words"


def _and_cuts(text: str, parts: list[_Part]) -> tuple[list[_Part], list[str]]:
    """The parts and their kinds (`_kind`); an `and` before a word that is no article cuts the list only
    between two extras (`a trailer and text biographies`; `an introduction and wrap` is one item)."""
    out: list[_Part] = []
    kinds: list[str] = []
    for part in parts:
        kind = _kind(text[part.start:part.end])
        if out and part.cut == "and" and not (kind == "extra" and kinds[-1] == "extra"):
            out[-1] = _Part(out[-1].start, part.end, out[-1].cut)
            kinds[-1] = _kind(text[out[-1].start:part.end])
            continue
        out.append(part)
        kinds.append(kind)
    return out, kinds


def _joined(text: str, parts: list[_Part], kinds: list[str], covered: bool) -> tuple[list[_Part], list[str]]:
    """Where the list's parts mostly name extras, the parts that name none go on with the part before
    them: after an `and` that cut no list (`ad alcuni attori e a qualche addetto`), after a part left
    unfinished (`with Pialat and`), a word alone (`yes`), or names after a name (`Michael Caine, Donald
    Sutherland and director John Sturges`); a place on the set is the sentence's, and a remark (`, who
    knows his stuff`) with the words after it."""
    out: list[_Part] = []
    kept: list[str] = []
    for part, kind in zip(parts, kinds):
        item = text[part.start:part.end]
        before = text[out[-1].start:out[-1].end] if out else ""
        if covered and kind == "words" and out and kept[-1] == "remark":  # a remark's words go on to its end
            continue
        if covered and kind == "words" and out and kept[-1] in ("extra", "words") and (
                part.cut == "article" or _dangling(before) or len(item.split()) == 1
                or (_CAPITALISED.match(item.strip()) and _CAPITALISED.match(before.split()[-1]))):
            out[-1] = _Part(out[-1].start, part.end, out[-1].cut)
            continue
        out.append(part)
        kept.append("spec" if kind == "place" else kind)
    return out, kept


def _dangling(item: str) -> bool:
    last = item.split()[-1].casefold() if item.split() else ""
    return last in words("item_dangling")


@lru_cache(maxsize=1)
def _place() -> re.Pattern:
    return regex(rf"(?<![^\W_])(?:{alternation(words('item_place'), stems=False)})(?![^\W_])")


@lru_cache(maxsize=1)
def _film() -> re.Pattern:
    return regex(rf"(?<![^\W_])(?:{alternation(words('item_film'), stems=False)})$")  # the part's last word


@lru_cache(maxsize=1)
def _remark() -> re.Pattern:
    return regex(rf"(?:{alternation(words('item_remark'), stems=False)})(?![^\W_])")


def _languages_only(item: str) -> bool:
    """`German and Polish`: languages of a list of tracks, no extra."""
    named = _NAME_WORD.findall(item)
    joins = words("item_and")
    return any(language_of(w) for w in named) and all(language_of(w) or w.casefold() in joins for w in named)


@lru_cache(maxsize=1)
def _cuts() -> tuple[re.Pattern, re.Pattern]:
    starts = "|".join(re.escape(w) for w in words("item_starts"))
    joins = alternation(words("item_and"), stems=False)
    # a comma (and the `and` after it), an `and` before an article, a count or a quote (`… documentary and
    # 3 featurettes`), or an `and` before any word (group 1), which `_joined` may undo
    return (re.compile(rf"[,;]\s*(?:(?:{joins})\s+)?|\s+(?:{joins})\s+(?:(?=(?:{starts})\s|\d|[\"“«])|(?=[^\W\d_])())",
                       re.I), re.compile(r";\s*"))


@lru_cache(maxsize=1)
def _around() -> tuple[re.Pattern, re.Pattern]:
    """Words of the sentence before an item (`oltre a`, `and`), and between a list's subject and the
    rest of it (`The documentary is also included, as well as …`, `features are included with …`)."""
    leads = alternation(words("item_lead") + words("item_and"), stems=False)
    more = alternation(words("extras_more"), stems=False)
    return re.compile(rf"(?:(?:{leads})(?:\s+|$))+", re.I), re.compile(rf"\s+(?:{more})(?:\s+(?:with|in|on))?(?:\s+|$)", re.I)


def _parts(text: str) -> list[_Part]:
    """The list's parts, cut where no bracket is open, each without the sentence's words around it; a
    list with a `;` is cut at its semicolons only (`THE MAKING OF X, the documentary that…; a music video`)."""
    masked, depth = [], 0
    for ch in text:
        depth += ch in "(["
        depth -= ch in ")]" and depth > 0
        masked.append("\0" if depth and ch not in "([" else ch)
    masked_text = "".join(masked)
    anywhere, semicolons = _cuts()
    spans, start, cut = [], 0, ","
    for m in (semicolons if ";" in masked_text else anywhere).finditer(masked_text):
        spans.append((start, m.start(), cut))
        start, cut = m.end(), "," if m.group()[:1] in ",;" else "and" if m.lastindex else "article"
    spans.append((start, len(text), cut))
    more = _around()[1]
    parts = []
    for a, b, joined in spans:
        if (m := more.search(text, a, b)) is not None:  # `Several features are included with the documentary`
            subject = text[a:m.start()].strip()
            if subject and subject.split()[-1].casefold() not in words("extras_generic"):
                parts.append(_trimmed(text, masked_text, a, m.start(), joined))
            a, joined = m.end(), ","
        parts.append(_trimmed(text, masked_text, a, b, joined))
    return parts


def _trimmed(text: str, masked: str, a: int, b: int, joined: str) -> _Part:
    """The part of `text[a:b]` without spaces, the sentence's words before it (`oltre a`), a remark
    after it outside brackets (`… come da tradizione Warner`, `… but short`) and a full stop."""
    lead, aside = _around()[0], _aside()
    piece = text[a:b]
    a += len(piece) - len(piece.lstrip())
    if (m := lead.match(text, a, b)) is not None:
        a = m.end()
    if (m := aside.search(masked, a, b)) is not None:
        b = m.start()
    return _Part(a, a + len(text[a:b].rstrip(" .")), joined)


@lru_cache(maxsize=1)
def _aside() -> re.Pattern:
    return regex(rf"\s+(?:{alternation(words('item_aside'), stems=False)})(?![^\W_])", re.I)


