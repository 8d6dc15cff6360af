"""Assembly: the line reads of a block → releases, each with the line numbers it was read from.

A new release starts where a kind of line comes again and contradicts the release being read (a
second title line, another disc format), or where a paragraph reads again the kinds of lines the
release before it has. Prose and unread lines go with the release they precede; typed field
values are stored on the release (first value wins for single-valued fields).
"""

from __future__ import annotations

from dvdtrack.reading.assemble.boundaries import (FRAMES, conflicts, next_disc, repeating_paragraphs, says_otherwise,
                                                  title_again)
from dvdtrack.reading.grammar.editions import frame_said
from dvdtrack.reading.lines.reads import READ_KINDS, VALUE_KINDS, LineRead, ReadKind
from dvdtrack.reading.release import LISTS, SCALARS, AudioTrack, ReleaseSpec, SubtitleTrack


def assemble(reads: list[LineRead], grammar: str) -> list[tuple[ReleaseSpec, list[int]]]:
    """Turn line reads into releases, each with the line numbers it was read from.

    A new release starts where a kind of line comes again and contradicts the current release (a
    second title line, another `Year:`); a line of another kind never does (`Original title:` after
    `Title:`, a `DVD Release Date` year after the film's); so does a paragraph that reads again two
    or more kinds of lines the release has and says otherwise (`boundaries`; one kind again is not enough:
    a post's `Аудио:` details often come in a paragraph of their own; a page's second look at its disc
    restates it). Prose and unread lines wait for the
    paragraph's first rule line so that they go with the release they precede.
    """
    releases = [(ReleaseSpec(grammar=grammar), [])]
    gathered = _Gathered(releases[-1][0])
    pending: list[LineRead] = []
    kinds: set[str | None] = set()  # the rules that have read earlier lines of the current release
    this_line: set[str | None] = set()  # and the cells of this line (one line is never two releases)
    repeats = repeating_paragraphs(reads)
    for i, read in enumerate(reads):
        if read.kind == ReadKind.BLANK:
            _flush(releases[-1], pending, gathered)
            continue
        if this_line and read.number != reads[i - 1].number:
            kinds |= this_line
            this_line = set()
        another_disc = next_disc(reads, i)
        again = read.kind in VALUE_KINDS and read.rule in kinds and not another_disc
        if (i in repeats and len(repeats[i] & kinds) >= 2 and says_otherwise(releases[-1][0], reads, i)) or (again and (
                conflicts(releases[-1][0], read.fields) or title_again(releases[-1][0], reads, i, kinds))):
            gathered.close(releases[-1][0])
            releases.append((ReleaseSpec(grammar=grammar), []))
            gathered = _Gathered(releases[-1][0])
            kinds, this_line = set(), set()
        if read.kind != ReadKind.HEADER:  # `Originaltitel:` alone: its value on the next line is not a title again
            this_line.add(read.rule)
        if read.kind in READ_KINDS:
            _flush(releases[-1], pending, gathered)
            releases[-1][1].append(read.number)
            discs_before = releases[-1][0].disc_count or 1
            _apply_read(releases[-1][0], read, gathered)
            if another_disc:
                releases[-1][0].disc_count = discs_before + read.fields["discs"][0]
        else:
            pending.append(read)
    _flush(releases[-1], pending, gathered)
    gathered.close(releases[-1][0])
    return releases


class _Gathered:
    """What a release being assembled holds, kept up as it grows: its subtitles (casefolded), the
    values of its lists and the parts of its synopsis, joined once at its end. Looking each new
    value up in the spec's own lists, or joining the synopsis again at each line, takes time with
    the square of a release's lines (20,000 `Subtitles:` lines in one block took 320 s)."""

    __slots__ = ("subtitles", "lists", "synopsis")

    def __init__(self, spec: ReleaseSpec) -> None:
        self.subtitles = {t.name.casefold() for t in spec.subtitles}
        self.lists = {name: set(getattr(spec, name)) for name in LISTS}
        self.synopsis = [spec.synopsis] if spec.synopsis is not None else []

    def add_synopsis(self, text: str) -> None:
        """A line more of the synopsis (an empty synopsis gives way to it)."""
        if self.synopsis in ([], [""]):
            self.synopsis = [text]
        else:
            self.synopsis.append(text)

    def close(self, spec: ReleaseSpec) -> None:
        if self.synopsis:
            spec.synopsis = "\n".join(self.synopsis)



def _flush(release: tuple[ReleaseSpec, list[int]], pending: list[LineRead], gathered: _Gathered) -> None:
    spec, numbers = release
    for read in pending:
        numbers.append(read.number)
        if read.kind == ReadKind.PROSE:
            gathered.add_synopsis(read.text)
        else:
            spec.unparsed.append(read.text)
    pending.clear()



def _apply_read(spec: ReleaseSpec, read: LineRead, gathered: _Gathered) -> None:
    if read.kind == ReadKind.RELATED:
        related = ReleaseSpec(grammar=spec.grammar)
        apply_fields(related, read.fields)
        spec.related.append(related)
    else:
        apply_fields(spec, read.fields, gathered)
        if spec.anamorphic is None and ("aspect" in read.fields or "picture" in read.fields):
            spec.anamorphic = frame_said(read.text)  # `2.35:1 Anamorphic Widescreen`: what its frame is


def _add_titles(spec: ReleaseSpec, titles: list[str]) -> None:
    """Titles not named yet; a title named in capitals first (`THE GARDEN (1980)`) takes the case
    it is written in later (`Title: The Garden`)."""
    have = {t.casefold(): i for i, t in enumerate(spec.titles)}
    for title in titles:
        i = have.get(title.casefold())
        if i is None:
            spec.titles.append(title)
        elif spec.titles[i].isupper() and not title.isupper():
            spec.titles[i] = title


def apply_fields(spec: ReleaseSpec, fields: dict, gathered: _Gathered | None = None) -> None:
    """Store typed field values on the spec (first value wins for single-valued fields); `gathered`:
    what the spec holds, when it is a release being assembled (its synopsis is then set at its end)."""
    own = gathered is None
    gathered = _Gathered(spec) if own else gathered
    for name, value in fields.items():
        if name in SCALARS:
            # a frame (`16:9`) gives way to the film's ratio in it, named after it (`16:9/ltbx 1.85:1`)
            if getattr(spec, SCALARS[name]) is None or (name == "aspect" and spec.aspect_ratio in FRAMES
                                                         and value not in FRAMES):
                setattr(spec, SCALARS[name], value)
        elif name == "picture":  # `MPEG-2, PAL, 4:3 (720x576)`: a system and a ratio, read in one
            apply_fields(spec, value, gathered)
        elif name == "titles":  # `Hamnens.Vingar.1961…` and `Title: Hamnens vingar` name one title
            _add_titles(spec, value)
        elif name == "discs":
            spec.disc_count = max(spec.disc_count or 0, value[0])
            if spec.disc_format in (None, "DVD"):  # a plain `DVD` gives way to `DVD9`
                spec.disc_format = value[1]
        elif name == "disc_count":
            spec.disc_count = max(spec.disc_count or 0, value)
        elif name == "audio":
            spec.audio.extend(AudioTrack(name=v) for v in value)
        elif name == "subtitles":  # `Napisy: polskie` and `Wersja językowa: napisy polskie` name one track
            new = [v for v in value if v.casefold() not in gathered.subtitles]
            spec.subtitles.extend(SubtitleTrack(name=v) for v in new)
            gathered.subtitles.update(v.casefold() for v in new)
        elif name == "synopsis":
            gathered.add_synopsis(value)
        elif name in LISTS:  # a genre or director given twice (title line and `Жанр:`) is kept once
            have, seen = getattr(spec, name), gathered.lists[name]
            for v in [value] if isinstance(value, str) else value:
                if v not in seen:
                    have.append(v)
                    seen.add(v)
    if own:
        gathered.close(spec)
