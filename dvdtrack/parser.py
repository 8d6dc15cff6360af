"""Parser: text → list of ReleaseSpec, a pure function over compiled grammars.

Each block (text between rule lines) is read by every grammar (`dvdtrack.lines`); the grammar
that reads the most lines wins, and its reads are assembled into releases. A block may hold several
releases: a new one starts when a line contradicts the release being read (a second title line,
another disc format). Lines no rule reads are kept in `unparsed`, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dvdtrack.assemble import assemble
from dvdtrack.columns import split_columns
from dvdtrack.errors import NothingParsed, UsageError
from dvdtrack.grammar import Grammar
from dvdtrack.fields import DISCS_RE, IMDB_ID, SYSTEM_RE, YEAR_RE, discs, region, titles, year
from dvdtrack.guess import estimates, glance
from dvdtrack.cleaning import clean_text
from dvdtrack.lines import LineRead, read_lines
from dvdtrack.spec import ReleaseSpec

_RULE_LINE = re.compile(r"^(?:[-=*_~#]\s?){3,}$")
_RULE_STARTS = frozenset("-=*_~#")
_WORD = re.compile(r"[^\W\d_]{2}")
_BRACKET_YEAR = re.compile(rf"[\[(]({YEAR_RE})[\])]")
_SYSTEM_WORD = re.compile(rf"\b({SYSTEM_RE})\b")
_REGION_WORD = re.compile(r"\bRegion\s?([0-8]|ALL|Free)\b", re.I)
_IMDB_LINK = re.compile(rf"^(?:https?://)?(?:www\.|m\.)?imdb\.\w+/title/{IMDB_ID.pattern}\S*$", re.I)
_DISC_WORD = re.compile(rf"(?<!\w)(?:{DISCS_RE})(?!\w)", re.I)
_IN_BRACKETS = re.compile(r"^\[([^\[\]]+)\]$")
_FRAMED = re.compile(r"^(?:\s{3,}|\s*[\u2500-\u259f])")  # centred, or inside box-drawing characters
_READ = frozenset({"rule", "header", "item", "related"})
# A title alone on a line: a letter or digit first, not a number alone, no label, link or table debris
_TITLE_ALONE = re.compile(r"^(?=\w)(?!\d+$)[^:|<>=@]{1,100}$")
# What follows a title on its line: a year in brackets, a rating (`(Cert 12)`), a disc, a video system, `[DVD]`,
# a spine number (`#417`), a label's collection after a dash
_AFTER_TITLE = re.compile(
    rf"\s*(?:[\[(]{YEAR_RE}[\])]|#\d{{1,4}}\b|[—–]\s[^—–]*\bCollection\b|\((?:Cert|Certificate|Rated)\b"
    rf"|\(\d{{1,2}}\s?(?:DVD|discs?|диск[аов]*)\b|[\[(](?:DVD|Blu-?ray|BD|Region)\b|(?<!\w)(?:{DISCS_RE})(?!\w)"
    rf"|\b(?:{SYSTEM_RE})\b).*$", re.I)


@dataclass
class BlockChoice:
    """The grammar chosen for one block, its score (lines read) and the runner-up."""

    grammar: str
    score: float
    runner_up: str | None
    runner_up_score: float
    lines: list[LineRead]


@dataclass
class ParseResult:
    """Releases read from a text, plus the per-block explanation behind `--explain`."""

    releases: list[ReleaseSpec]
    blocks: list[BlockChoice]


def parse_text(text: str, grammars: dict[str, Grammar], grammar_name: str | None = None) -> ParseResult:
    """Read every release in `text`; raise NothingParsed when none is found.

    >>> from dvdtrack.grammar import load_grammars
    >>> r = parse_text("DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb", load_grammars())
    >>> r.releases[0].disc_format, r.releases[0].video_system, r.releases[0].runtime_text
    ('DVD9', 'PAL', '01:31:15')
    """
    candidates = _candidates(grammars, grammar_name)
    chunks = [column for chunk in split_chunks(text) for column in split_columns(chunk)]
    chosen = [(block, dict(chunk)) for chunk in chunks if (block := _choose(chunk, candidates)).lines]
    releases: list[ReleaseSpec] = []
    unread: list[str] = []  # lines before the first release: they go to it
    for block, lines in chosen:
        found = assemble(block.lines, block.grammar) if block.score else []
        if not found:
            _keep(releases, unread, [r.text for r in block.lines if r.kind != "blank"])
        for spec, numbers in found:
            # from the chunk's lines, not the text's: each column of a comparison table is a block of its own
            spec.raw = "\n".join(lines[n] for n in range(min(numbers), max(numbers) + 1) if n in lines).strip("\n")
            spec.video_system = spec.video_system or system_named(spec.raw)
            spec.region = spec.region or region_named(spec.raw)
            _imdb_from_links(spec)
            if not _names_anything(spec):  # `>` read as an extra in a web page is no release
                _keep(releases, unread, [line.strip() for line in spec.raw.splitlines() if line.strip()])
                continue
            _title_from_first_line(spec, _rule_of(block.lines, min(numbers) + 1) in grammars[block.grammar].more_titles)
            _label_off_titles(spec)
            spec.unparsed[:0], unread = unread, []
            releases.append(spec)
    if not releases:
        raise NothingParsed("no release found: no line names a title, format, runtime or track"
                            + (f" ({grammar_name})" if grammar_name else ""))
    releases[-1].unparsed += unread
    return ParseResult(releases, [block for block, _ in chosen])


def _keep(releases: list[ReleaseSpec], unread: list[str], texts: list[str]) -> None:
    """Lines no release took still belong to the user: the release before them keeps them."""
    (releases[-1].unparsed if releases else unread).extend(texts)


def _rule_of(reads: list[LineRead], number: int) -> str | None:
    return next((read.rule for read in reads if read.number == number), None)


def _title_from_first_line(spec: ReleaseSpec, more_titles_next: bool = False) -> None:
    """A release whose first line no rule read opens with its title alone, as shop pages and
    reviews do (`Andrei Rublev`, `Popiół i diament [DVD]`). Right before an `Original title:` line
    (`more_titles_next`: a rule the grammar names in `more_titles` read the second line) it is the
    first of the titles. A title line no pattern read ends where its year, disc or video system
    starts; a label, a link, table debris, ASCII art, a tagline or a banner in capitals
    (`RELEASE INFO`) is no title.

    >>> spec = ReleaseSpec(grammar="specsheet", raw="Popiół i diament [DVD]", unparsed=["Popiół i diament [DVD]"])
    >>> _title_from_first_line(spec); spec.titles, spec.unparsed
    (['Popiół i diament'], [])
    >>> spec = ReleaseSpec(grammar="tracker_ru", raw="Гараж (1979) DVD9 (Custom)", unparsed=["Гараж (1979) DVD9 (Custom)"])
    >>> _title_from_first_line(spec); spec.titles, spec.year
    (['Гараж'], 1979)
    """
    # the line, or its part before the first label (`Калина красная / Kalina krasnaya Страна: …`)
    line = spec.unparsed[0] if spec.unparsed else ""
    raw_line = spec.raw.lstrip("\n").partition("\n")[0]
    bracketed = _IN_BRACKETS.match(line)  # `[Stalker]`: a forum post's title in brackets
    first = bracketed.group(1) if bracketed else line
    if (spec.titles and not more_titles_next) or not clean_text(raw_line).startswith(line or "\0") \
            or not _is_title_alone(first, raw_line):
        return
    after = _AFTER_TITLE.search(first)
    title = (first[: after.start()] if after else first).strip()
    if not title:
        return
    found = titles(title)
    spec.titles = found + [t for t in spec.titles if t not in found]
    _facts_after_title(spec, first[after.start():] if after else "")
    spec.unparsed.pop(0)


def _facts_after_title(spec: ReleaseSpec, rest: str) -> None:
    """The year (`[DVD] [1957]` too) and the disc (`(1961) DVD9 CZ`) that follow a title on its line."""
    year_after = _BRACKET_YEAR.search(rest)
    if year_after and spec.year is None:
        spec.year = year(year_after.group(1))
    disc = _DISC_WORD.search(rest)
    if disc and spec.disc_format is None:
        count, spec.disc_format = discs(disc.group())
        spec.disc_count = spec.disc_count or count


def _is_title_alone(text: str, raw_line: str) -> bool:
    """`text` is a title and nothing else: words, no label, link or table debris, not a banner in
    capitals (`RELEASE INFO` is a banner more often than a title) unless its line `raw_line` is
    framed or centred as an NFO's title is (`░▒▓ SOLARIS ▓▒░`), not a sentence."""
    return _TITLE_ALONE.match(text) is not None and _WORD.search(text) is not None \
        and (not text.isupper() or _FRAMED.match(raw_line) is not None) and not _is_sentence(text)


def _is_sentence(text: str) -> bool:
    """A tagline (`A journey into the Zone, where wishes come true.`): four words or more ending in
    a full stop (a title's ellipsis is no full stop)."""
    return text.endswith(".") and not text.endswith("..") and len(text.split()) >= 4


def _label_off_titles(spec: ReleaseSpec) -> None:
    """`Andrei Rublev (Criterion)` with `Studio: Criterion`: the bracket names the label, not a title.

    >>> spec = ReleaseSpec(titles=["Andrei Rublev (Criterion)"], label="Criterion")
    >>> _label_off_titles(spec); spec.titles
    ['Andrei Rublev']
    """
    if spec.label:
        mark = f"({spec.label})".casefold()
        spec.titles = [t[: -len(mark)].rstrip() if t.casefold().endswith(mark) and len(t) > len(mark) else t
                       for t in spec.titles]


def _names_anything(spec: ReleaseSpec) -> bool:
    """True when a release says what it is: a title, a year, a disc, a picture, a runtime, tracks."""
    return bool(spec.titles or spec.year or spec.disc_format or spec.disc_count or spec.video_system
                or spec.aspect_ratio or spec.runtime_text or spec.size_text or spec.audio or spec.subtitles
                or spec.region)


def system_named(text: str) -> str | None:
    """The one video system a block names anywhere (a title suffix, a region line), else None.

    >>> system_named("Clear Sky (1961) PAL"), system_named("PAL or NTSC?")
    ('PAL', None)
    """
    found = set(_SYSTEM_WORD.findall(text))
    return found.pop() if len(found) == 1 else None


def _imdb_from_links(spec: ReleaseSpec) -> None:
    """A release naming no IMDb id on a labelled line takes the one its links name; a line that is
    only that link has then been read."""
    if spec.imdb_id is not None:
        return
    spec.imdb_id = imdb_named(spec.raw)
    if spec.imdb_id is not None:
        spec.unparsed = [line for line in spec.unparsed if not _IMDB_LINK.match(line)]


def imdb_named(text: str) -> str | None:
    """The one IMDb id a block's links name anywhere (a synopsis ending in a link), else None.

    >>> imdb_named("More: https://www.imdb.com/title/tt0060107/"), imdb_named("tt0060107 or tt0069293?")
    ('tt0060107', None)
    """
    found = {found.lower() for found in IMDB_ID.findall(text)}
    return found.pop() if len(found) == 1 else None


def region_named(text: str) -> str | None:
    """The one region a block names anywhere as `Region N` (a title suffix, a header), else None.

    >>> region_named("Solaris (1972) – Artificial Eye (UK) – Region 2 PAL"), region_named("Region 1 or Region 2")
    ('2', None)
    """
    found = {region(m) for m in _REGION_WORD.findall(text)}
    return found.pop() if len(found) == 1 else None


def _candidates(grammars: dict[str, Grammar], name: str | None) -> list[Grammar]:
    if name is None:
        return list(grammars.values())
    if name not in grammars:
        raise UsageError(f"unknown grammar {name!r}; known: {', '.join(sorted(grammars))}")
    return [grammars[name]]


def split_chunks(text: str) -> list[list[tuple[int, str]]]:
    """Split on rule lines (`-----`, `=====`); each chunk keeps its 1-based line numbers."""
    chunks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped[:1] in _RULE_STARTS and _RULE_LINE.match(stripped):
            chunks.append([])
        else:
            chunks[-1].append((number, line))
    return [c for c in chunks if any(line.strip() for _, line in c)]


def _choose(chunk: list[tuple[int, str]], grammars: list[Grammar]) -> BlockChoice:
    """The grammar that reads the most lines; on a tie, the one whose marks (`.....:` for NFOs)
    the block shows most, then the first by name.

    Reading a block costs far more than guessing (`guess.estimates`), so grammars are read in the
    order of their guesses, and a grammar is read only while its guess could still beat the best
    score read so far; the runner-up of the others is reported with its guess.
    """
    text = "\n".join(line for _, line in chunk)
    guesses = estimates(grammars, glance(chunk))
    guessed = sorted(((guess, sum([mark in text for mark in g.marks]), -i, g)
                      for i, (guess, g) in enumerate(zip(guesses, grammars))), key=lambda s: s[:3], reverse=True)
    best, others = None, []
    for guess, marks, order, grammar in guessed:
        if best is not None and (guess, marks, order) <= best[:3]:
            others.append((guess, grammar.name))
            continue
        reads = read_lines(grammar, chunk)
        scored = (_score(reads), marks, order, grammar.name, reads)
        if best is None or scored[:3] > best[:3]:
            best, scored = scored, best
        if scored is not None:
            others.append((scored[0], scored[3]))
    second = max(others, default=None, key=lambda o: o[0])
    return BlockChoice(best[3], best[0], second and second[1], second[0] if second else 0, best[4])


def _score(reads: list[LineRead]) -> float:
    """Lines read, a line counting for the share of its parts that were read: a strip read cell by
    cell or a line of several labels counts once, as a line read whole does.

    >>> _score([LineRead(1, "a", "rule"), LineRead(1, "b", "unparsed"), LineRead(2, "c", "item")])
    1.5
    """
    total, number, read, parts = 0.0, None, 0, 0
    for line in reads:  # the parts of a line come one after another
        if line.kind == "blank":
            continue
        if line.number != number:
            total += read / parts if parts else 0
            number, read, parts = line.number, 0, 0
        read, parts = read + (line.kind in _READ), parts + 1
    return total + (read / parts if parts else 0)
