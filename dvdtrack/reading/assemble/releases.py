"""Assembly: the line reads of a block → releases, each with the line numbers it was read from.

A new release starts where a kind of line comes again and contradicts the release being read (a
second title line, another disc format), or where a paragraph reads again the kinds of lines the
release before it has. Prose and unread lines go with the release they precede; typed field
values are stored on the release (first value wins for single-valued fields).
"""

from __future__ import annotations

import re

from dvdtrack.reading.grammar.editions import frame_said
from dvdtrack.reading.grammar.types import ratio_value
from dvdtrack.reading.lines.reads import READ_KINDS, VALUE_KINDS, LineRead, ReadKind
from dvdtrack.reading.release import LISTS, SCALARS, AudioTrack, ReleaseSpec, SubtitleTrack

_DIGITS = re.compile(r"\d+")
_FRAMES = frozenset({"16:9", "4:3"})
_RATIO_SLACK = 0.05
_REGION_CODE = re.compile(r"[0-8]|\b[ABC]\b|ALL", re.I)


def assemble(reads: list[LineRead], grammar: str) -> list[tuple[ReleaseSpec, list[int]]]:
    """Turn line reads into releases, each with the line numbers it was read from.

    A new release starts where a kind of line comes again and contradicts the current release (a
    second title line, another `Year:`); a line of another kind never does (`Original title:` after
    `Title:`, a `DVD Release Date` year after the film's); so does a paragraph that reads again two
    or more kinds of lines the release has (`_repeating_paragraphs`; one kind again is not enough:
    a post's `Аудио:` details often come in a paragraph of their own). Prose and unread lines wait for the
    paragraph's first rule line so that they go with the release they precede.
    """
    releases = [(ReleaseSpec(grammar=grammar), [])]
    gathered = _Gathered(releases[-1][0])
    pending: list[LineRead] = []
    kinds: set[str | None] = set()  # the rules that have read earlier lines of the current release
    this_line: set[str | None] = set()  # and the cells of this line (one line is never two releases)
    repeats = _repeating_paragraphs(reads)
    for i, read in enumerate(reads):
        if read.kind == ReadKind.BLANK:
            _flush(releases[-1], pending, gathered)
            continue
        if this_line and read.number != reads[i - 1].number:
            kinds |= this_line
            this_line = set()
        next_disc = _next_disc(reads, i)
        again = read.kind in VALUE_KINDS and read.rule in kinds and not next_disc
        if (i in repeats and len(repeats[i] & kinds) >= 2) or (again and (
                _conflicts(releases[-1][0], read.fields) or _title_again(releases[-1][0], reads, i, kinds))):
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
            if next_disc:
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


def _next_disc(reads: list[LineRead], i: int) -> bool:
    """`DVD9 | PAL 4:3 | 01:10:00` right under `DVD9 | PAL 4:3 | 01:15:00`: a set's next disc (a disc
    with its own length or size), read by the same rule on the next line, not another release."""
    read = reads[i]
    if "discs" not in read.fields or not i:
        return False
    before = reads[i - 1]
    return before.rule == read.rule and before.number == read.number - 1 and "titles" not in read.fields \
        and _a_disc(read.fields) and _a_disc(before.fields)


def _a_disc(fields: dict) -> bool:
    return "discs" in fields and ("runtime" in fields or "size" in fields)


def _repeating_paragraphs(reads: list[LineRead]) -> dict[int, set[str | None]]:
    """Where each paragraph after a blank line starts, the rules that read its lines, for the
    paragraphs two or more of whose lines a rule read; such a paragraph that reads again the kinds
    of lines the release before it has is the next release (`Running time: 88 min` and `Audio:
    German` after a sheet with its own `Audio:`; one stray line is not).

    >>> r = [LineRead(1, "a", ReadKind.RULE, "audio"), LineRead(2, "", ReadKind.BLANK), LineRead(3, "b", ReadKind.RULE, "runtime"),
    ...      LineRead(4, "c", ReadKind.RULE, "audio")]
    >>> {start: sorted(rules) for start, rules in _repeating_paragraphs(r).items()}
    {2: ['audio', 'runtime']}
    """
    found: dict[int, set[str | None]] = {}
    start = None
    for i, read in enumerate(reads + [LineRead(0, "", ReadKind.BLANK)]):
        if read.kind == ReadKind.BLANK:
            rules = [r.rule for r in reads[start:i] if r.kind == ReadKind.RULE] if start is not None else []
            if len(rules) >= 2:
                found[start] = set(rules)
            start = None
        elif start is None and i and reads[i - 1].kind == ReadKind.BLANK:
            start = i
    return found


def _title_again(spec: ReleaseSpec, reads: list[LineRead], i: int, kinds: set[str | None]) -> bool:
    """A title line read again starts the next release when a line after it, before any other
    title line, contradicts the release being read: `Solaris (1972)`, `Region 2`, then
    `Solaris (1972) [Criterion]`, `Region 1` are two editions of one film.

    >>> spec = ReleaseSpec(titles=["Solaris"], region="2")
    >>> reads = [LineRead(3, "Solaris (1972)", ReadKind.RULE, "title-line", {"titles": ["Solaris"]}),
    ...          LineRead(4, "Region 1", ReadKind.RULE, "region", {"region": "1"})]
    >>> _title_again(spec, reads, 0, {"title-line", "region"})
    True
    """
    if "titles" not in reads[i].fields:
        return False
    for read in reads[i + 1:]:
        if read.kind in VALUE_KINDS and "titles" in read.fields:
            return False
        if read.kind in VALUE_KINDS and read.rule in kinds and _conflicts(spec, read.fields):
            return True
    return False


def _flush(release: tuple[ReleaseSpec, list[int]], pending: list[LineRead], gathered: _Gathered) -> None:
    spec, numbers = release
    for read in pending:
        numbers.append(read.number)
        if read.kind == ReadKind.PROSE:
            gathered.add_synopsis(read.text)
        else:
            spec.unparsed.append(read.text)
    pending.clear()


def _conflicts(spec: ReleaseSpec, fields: dict) -> bool:
    """True when the fields say something different from what `spec` already holds.

    Values are compared as a reader would: `88 min` and `88 min.` agree, and a plain `DVD`
    agrees with the `DVD9` another line gives.
    """
    for name, value in fields.items():
        if name == "translation":  # `Перевод:` and `Озвучивание:` of one post say different things
            continue
        if name == "picture" and _conflicts(spec, value):
            return True
        if name == "titles" and spec.titles and not {t.casefold() for t in value} & {t.casefold() for t in spec.titles}:
            return True
        if name == "discs" and not _same_format(spec.disc_format, value[1]):
            return True
        current = getattr(spec, SCALARS[name]) if name in SCALARS else None
        if current is not None and not _AGREE.get(name, _same_value)(current, value):
            return True
    return False


def _same_picture(a: str, b: str) -> bool:
    """`16:9` (the frame) agrees with any film ratio (`1.66:1` shown in it); two of a kind must match.

    >>> _same_picture("1.66:1", "16:9"), _same_picture("16:9", "4:3"), _same_picture("1,85:1", "1.85:1")
    (True, False, True)
    >>> _same_picture("1.37:1", "1.33:1"), _same_picture("1.85:1", "2.35:1")
    (True, False)
    """
    frames = (a in _FRAMES, b in _FRAMES)
    if frames[0] != frames[1]:
        return True
    try:  # `1.37:1` and `1.33:1`: one picture, measured twice
        return abs(ratio_value(a) - ratio_value(b)) <= _RATIO_SLACK
    except (ValueError, ZeroDivisionError):
        return _same_value(a, b)


def _same_length(a: str, b: str) -> bool:
    """Lengths written alike must match (`155 min`, `91 min`); written differently (`155 min`,
    `2:35:00`) they are not compared: the normalisers, later, know what each means."""
    return (":" in a) != (":" in b) or _same_value(a, b)


def _same_company(a: str, b: str) -> bool:
    """`RUSCICO` and `Ruscico (Russia)`, `Criterion` and `Criterion Collection`: one company."""
    return a.split()[0].casefold() == b.split()[0].casefold()


def _shared_region(a: str, b: str) -> bool:
    """`2` and `2, 4` agree: a disc of regions 2 and 4 is a region 2 disc too."""
    return bool(set(_REGION_CODE.findall(a)) & set(_REGION_CODE.findall(b))) or _same_value(a, b)


def _either(a, b) -> bool:
    """An edition's name or date said twice, differently (`Special Collector's Edition`, then `Edition:
    Collector's Edition`; an NFO's `Release Date` and `Retail Date`), is one release's still."""
    return True


_AGREE = {"aspect": _same_picture, "runtime": _same_length, "region": _shared_region, "label": _same_company,
          "edition": _either, "release_date": _either}


def _same_format(current: str | None, new: str) -> bool:
    return current is None or current == new or "DVD" in (current, new)


def _same_value(a, b) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold() or (_DIGITS.findall(a) == _DIGITS.findall(b) != [])
    return a == b


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
            if getattr(spec, SCALARS[name]) is None or (name == "aspect" and spec.aspect_ratio in _FRAMES
                                                         and value not in _FRAMES):
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
