"""Technical reports pasted into a post: what speaks of the disc's files, not of the film.

Tracker posts end with reports of their discs. A MediaInfo report of one VOB file gives that
file's `Duration : 24 min` and `Format : MPEG-PS`: read as specs it would make a second release,
so it is cut from its block before any grammar reads it. A DVDInfo report lists the disc's title
sets (`VTS_01 :`, each with its `Play Length`, video, audio and subtitles); only the longest is the
film: it is read apart, to fill what the post's own lines do not say (`dvdtrack.reading.pipeline`); the
others (an intro, the extras), the menus and the report's `Title:`, the disc's volume name, are
cut. Cut lines are kept, unread, with the release before them.

>>> body, facts, cut = split_report([(1, "Title (1963) DVD9"), (2, "MediaInfo"), (3, "General"),
...                                  (4, "Complete name : VTS_01_1.VOB"), (5, "Duration : 24 min")])
>>> [n for n, _ in body], facts, [n for n, _ in cut]
([1], [], [2, 3, 4, 5])
>>> body, facts, cut = split_report(list(enumerate(["Title (1963) DVD9", "Title: SALT_MEADOW",
...     "Size: 7.45 Gb ( 7 812 352 KBytes ) - DVD-9", "VTS_01 :", "Play Length: 00:00:16", "Audio:",
...     "Not Specified (Dolby AC3, 2 ch)", "VTS_02 :", "Play Length: 01:31:40", "Audio:", "Swedish (Dolby AC3, 1 ch)",
...     "Menu Video: PAL 4:3 (720x576) VBR"])))
>>> [line for _, line in body], [line for _, line in facts]
(['Title (1963) DVD9'], ['Size: 7.45 Gb ( 7 812 352 KBytes ) - DVD-9', 'Play Length: 01:31:40', 'Audio:', 'Swedish (Dolby AC3, 1 ch)'])
"""

from __future__ import annotations

import re

Lines = list[tuple[int, str]]

# A MediaInfo report's first line: its name, or the heading of its first part, alone on the line
_START = re.compile(r"^\s*(?:media\s?info(?:\s?report)?|general)\s*:?\s*$", re.I)
# in a whole text: `\s` kept off newlines, or each of 60,000 blank lines would be scanned to the end
_ANY_START = re.compile(_START.pattern.replace(r"\s", r"[^\S\n]"), re.I | re.M)
# What MediaInfo writes first under `General`: a field, padded with spaces before its colon
_FIELD = re.compile(r"^\s*(?:complete name|unique id|format|file size|duration|id)\s+:", re.I)
_LOOK_AHEAD = 3  # `MediaInfo`, then `General`, then `Complete name : …`
_VTS = re.compile(r"^\s*VTS_\d{1,2}\s*:\s*$")
_PLAY_LENGTH = re.compile(r"^\s*Play Length:\s*(\d{1,2}):(\d\d):(\d\d)", re.I)
_MENU = re.compile(r"^\s*Menu (?:Video|Audio|Subpicture)", re.I)
_DISC_NAME = re.compile(r"^\s*Title:")  # DVDInfo's first line: the volume name, right before `Size: … KBytes`
_DISC_SIZE = re.compile(r"^\s*Size:.*KBytes", re.I)


def may_hold_report(text: str) -> bool:
    """False for a text with no report in it (most texts: one scan decides)."""
    return "VTS_" in text or _ANY_START.search(text) is not None


def split_report(chunk: Lines) -> tuple[Lines, Lines, Lines]:
    """(the post's lines, the lines of a DVDInfo report's film, the lines to keep unread)."""
    chunk, report = _without_mediainfo(chunk)
    cut, facts = _dvdinfo(chunk)
    body = [line for line in chunk if line[0] not in cut and line[0] not in facts]
    return body, [line for line in chunk if line[0] in facts], [line for line in chunk if line[0] in cut] + report


def _without_mediainfo(chunk: Lines) -> tuple[Lines, Lines]:
    for i, (_, line) in enumerate(chunk):
        if _START.match(line) and any(_FIELD.match(after) for _, after in chunk[i + 1:i + 1 + _LOOK_AHEAD]):
            return chunk[:i], chunk[i:]
    return chunk, []


def _dvdinfo(chunk: Lines) -> tuple[set[int], set[int]]:
    """The numbers of a DVDInfo report's lines to cut, and of its film's (with the disc's size)."""
    starts = [i for i, (_, line) in enumerate(chunk) if _VTS.match(line)]
    if not starts:
        return set(), set()
    ends = starts[1:] + [next((i for i, (_, line) in enumerate(chunk) if i > starts[-1] and _MENU.match(line)), len(chunk))]
    sets = [chunk[a:b] for a, b in zip(starts, ends)]
    film = max(sets, key=_play_length)
    cut = {number for vts in sets if vts is not film for number, _ in vts} | {film[0][0]}
    cut |= {number for number, line in chunk[ends[-1]:] if _MENU.match(line)}
    cut |= {number for (number, line), (_, after) in zip(chunk, chunk[1:]) if _DISC_NAME.match(line) and _DISC_SIZE.match(after)}
    size = {number for number, line in chunk if _DISC_SIZE.match(line)}
    return cut, {number for number, _ in film[1:]} | size


def _play_length(vts: Lines) -> int:
    for _, line in vts:
        m = _PLAY_LENGTH.match(line)
        if m:
            return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
    return 0
