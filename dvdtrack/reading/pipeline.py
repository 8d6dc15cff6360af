"""Parser: text → list of ReleaseSpec, a pure function over compiled grammars.

Each block (text between rule lines) is read by every grammar (`dvdtrack.reading.lines.reader`); the grammar
that reads the most lines wins, and its reads are assembled into releases. A block may hold several
releases: a new one starts when a line contradicts the release being read (a second title line,
another disc format). Lines no rule reads are kept in `unparsed`, never dropped. What a block says
outside its lines' rules (a title alone on its first line, a video system named anywhere) is found
by `dvdtrack.reading.assemble.facts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from dvdtrack.errors import NothingParsed, UsageError
from dvdtrack.reading.assemble.anywhere import discs_named, imdb_from_links, region_named, system_named
from dvdtrack.reading.assemble.facts import (label_off_titles, tags_after_title, title_from_first_item,
                                             title_from_first_line, title_under_title)
from dvdtrack.reading.assemble.candidates import best_title
from dvdtrack.reading.assemble.genres import genres_named
from dvdtrack.reading.assemble.heads import title_again_below, title_from_head, titles_checked, titles_cleaned
from dvdtrack.reading.assemble.labels import label_named
from dvdtrack.reading.assemble.releases import assemble
from dvdtrack.reading.assemble.years import year_named
from dvdtrack.reading.blocks.cleaning import readable_text
from dvdtrack.reading.blocks.columns import split_columns
from dvdtrack.reading.blocks.reports import may_hold_report, split_report
from dvdtrack.reading.blocks.split import split_chunks
from dvdtrack.reading.choose.choice import BlockChoice, choose, choose_parts
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.lines.reader import read_lines
from dvdtrack.reading.lines.reads import LineRead, ReadKind
from dvdtrack.reading.lines.sections import headless_lists
from dvdtrack.reading.prose.fill import fill_from_prose
from dvdtrack.reading.release import FROM_REPORT, ReleaseSpec

@dataclass
class ParseResult:
    """Releases read from a text, plus the per-block explanation behind `--explain`."""

    releases: list[ReleaseSpec]
    blocks: list[BlockChoice]


def parse_text(text: str, grammars: dict[str, Grammar], grammar_name: str | None = None) -> ParseResult:
    """Read every release in `text`; raise NothingParsed when none is found.

    >>> from dvdtrack.reading.grammar.loading import load_grammars
    >>> r = parse_text("DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb", load_grammars())
    >>> r.releases[0].disc_format, r.releases[0].video_system, r.releases[0].runtime_text
    ('DVD9', 'PAL', '01:31:15')
    """
    candidates = _candidates(grammars, grammar_name)
    reports = may_hold_report(text)
    pieces = [split_report(column) if reports else (column, [], [])
              for chunk in split_chunks(text) for column in split_columns(chunk)]
    chosen = [(choose_parts(body, candidates), dict(body), film, cut) for body, film, cut in pieces]
    releases: list[ReleaseSpec] = []
    unread: list[str] = []  # lines before the first release: they go to it
    filled: dict[int, int] = {}  # releases whose prose was read already, and the count of their unread lines then
    for parts, lines, film, cut in chosen:
        before = len(releases)
        for block in parts:
            _read_block(block, lines, grammars, releases, unread, filled)
        if film and len(releases) == before:  # a DVDInfo report alone: its film's title set is the release
            _read_block(choose(film, candidates), dict(film), grammars, releases, unread, filled)
        elif film:
            _fill_from_report(releases[-1], film, grammars[parts[-1].grammar])
        _keep(releases, unread, [line.strip() for _, line in cut if line.strip()])
    if not releases:
        raise NothingParsed("no release found: no line names a title, format, runtime or track"
                            + (f" ({grammar_name})" if grammar_name else ""))
    releases[-1].unparsed += unread
    for spec in releases:  # below every labelled line: what the lines left empty (again, with lines kept since)
        if filled.get(id(spec)) != len(spec.unparsed):
            fill_from_prose(spec)
    return ParseResult(releases, [block for parts, *_ in chosen for block in parts if block.lines])


def _read_block(block: BlockChoice, lines: dict[int, str], grammars: dict[str, Grammar],
                releases: list[ReleaseSpec], unread: list[str], filled: dict[int, int]) -> None:
    """The releases of one block, added to `releases`; lines none of them takes are kept. A release
    whose prose was read to know that it is one is in `filled` (by `id`), with its unread lines' count."""
    block.lines = headless_lists(block.lines)
    found = assemble(block.lines, block.grammar) if block.score else []
    prose_only = not found
    rules = _rules_by_line(block.lines)  # once a block: a file of 16,000 releases is one block
    for spec, numbers in found or _prose_release(block):
        # from the chunk's lines, not the text's: each column of a comparison table is a block of its own
        spec.raw = "\n".join(lines[n] for n in range(min(numbers), max(numbers) + 1) if n in lines).strip("\n")
        readable = readable_text(spec.raw)
        spec.video_system = spec.video_system or system_named(readable)
        spec.region = spec.region or region_named(readable)
        imdb_from_links(spec, readable)
        prose_first = not spec.names_anything()
        if prose_first:  # a block whose prose states a spec is a release all the same
            fill_from_prose(spec)
        if not spec.names_anything():  # `>` read as an extra in a web page is no release
            _keep(releases, unread, [r.text for r in block.lines if r.kind != ReadKind.BLANK] if prose_only else
                  [line.strip() for line in spec.raw.splitlines() if line.strip()])
            continue
        titles_checked(spec)
        best = None if spec.titles else best_title(spec, unread)  # the first line, unless the block says better
        if best is None or best.first:
            title_from_first_line(spec, rules.get(min(numbers) + 1) in grammars[block.grammar].more_titles)
        title_under_title(spec)
        title_from_head(spec, unread, best, chosen=True)
        title_again_below(spec, unread)
        title_from_first_item(spec)
        tags_after_title(spec)
        label_off_titles(spec)
        titles_cleaned(spec)
        year_named(spec)
        label_named(spec)
        discs_named(spec)
        genres_named(spec)
        if prose_first and not unread:  # its prose read, all of it (a title line taken since is no news)
            filled[id(spec)] = len(spec.unparsed)
        spec.unparsed[:0] = unread
        unread.clear()
        releases.append(spec)


def _prose_release(block: BlockChoice) -> list[tuple[ReleaseSpec, list[int]]]:
    """A block no rule read: its lines, unread, as a release for its prose to fill (`_read_block`
    keeps them, unread, when the prose states nothing either)."""
    lines = [read for read in block.lines if read.kind != ReadKind.BLANK]
    if not lines:
        return []
    return [(ReleaseSpec(grammar=block.grammar, unparsed=[read.text for read in lines]), [r.number for r in lines])]


def _fill_from_report(spec: ReleaseSpec, film: list[tuple[int, str]], grammar: Grammar) -> None:
    """What a DVDInfo report says of the film's title set (`dvdtrack.reading.blocks.reports`) fills what the
    post's own lines leave unsaid: its tracks, when the post lists none; its length, picture and size."""
    found = assemble(read_lines(grammar, film), grammar.name)
    if not found:
        return
    report = found[0][0]
    for name in FROM_REPORT:
        if not getattr(spec, name):
            setattr(spec, name, getattr(report, name))
    spec.unparsed += [text for found_spec, _ in found for text in found_spec.unparsed]


def _keep(releases: list[ReleaseSpec], unread: list[str], texts: list[str]) -> None:
    """Lines no release took still belong to the user: the release before them keeps them."""
    (releases[-1].unparsed if releases else unread).extend(texts)


def _rules_by_line(reads: list[LineRead]) -> dict[int, str | None]:
    """The rule of each line's first read, by line number.

    >>> _rules_by_line([LineRead(1, "a", ReadKind.RULE, "title"), LineRead(1, "b", ReadKind.RULE, "year"),
    ...                 LineRead(2, "", ReadKind.BLANK)])
    {1: 'title', 2: None}
    """
    rules: dict[int, str | None] = {}
    for read in reads:
        rules.setdefault(read.number, read.rule)
    return rules


def _candidates(grammars: dict[str, Grammar], name: str | None) -> list[Grammar]:
    if name is None:
        return list(grammars.values())
    if name not in grammars:
        raise UsageError(f"unknown grammar {name!r}; known: {', '.join(sorted(grammars))}")
    return [grammars[name]]
