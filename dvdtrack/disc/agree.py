"""Where release notes and a disc agree, field by field (for `scan --release`).

Works on the JSON shape of a release (`ReleaseSpec.to_dict`), so notes and disc are compared
the same way whether either is stored or fresh.

>>> notes = {"runtime_seconds": 5475, "subtitles": [{"language": c} for c in ("en", "fr", "de")]}
>>> disc = {"runtime_seconds": 5474, "subtitles": [{"language": c} for c in ("en", "fr")]}
>>> [(r.field, r.verdict) for r in agreement(notes, disc) if r.field in ("runtime", "subtitles")]
[('runtime', 'differ by 1 s'), ('subtitles', 'differ: 3 in the notes, 2 on the disc; only in the notes: de')]
"""

from __future__ import annotations

from dataclasses import dataclass

from dvdtrack.normalise.runtime import format_runtime

SIZE_TOLERANCE = 0.02  # notes round sizes (`4.37 GB`)


@dataclass
class Agreement:
    field: str
    notes: str
    disc: str
    verdict: str  # `agree`, `differ…`, `notes silent`

    @property
    def agrees(self) -> bool:
        return self.verdict == "agree"



def _tracks(tracks: list[dict], audio: bool) -> list[tuple]:
    keys = ("language", "codec", "channels") if audio else ("language",)
    return [tuple(t.get(k) or None for k in keys) for t in tracks]


def _text(track: tuple) -> str:
    return " ".join(x for x in track if x) or "und"


def _covers(said: tuple, found: tuple) -> bool:
    """A track of the notes matches a disc's when every part the notes state is the disc's."""
    return all(x is None or x == y for x, y in zip(said, found))


def _region(text: str | None) -> str:
    return "".join((text or "").upper().split()).replace("REGION", "").replace("0", "ALL")


def agreement(notes: dict, disc: dict) -> list[Agreement]:
    """One row per field the disc knows: its value in the notes and on the disc, and whether they agree."""
    rows = [
        _scalar("format", notes.get("disc_format"), disc.get("disc_format")),
        _scalar("region", notes.get("region"), disc.get("region"), _region),
        _scalar("video system", notes.get("video_system"), disc.get("video_system")),
        _scalar("aspect ratio", notes.get("aspect_ratio"), disc.get("aspect_ratio")),
        _runtime(notes.get("runtime_seconds"), disc.get("runtime_seconds")),
        _size(notes.get("size_bytes"), disc.get("size_bytes")),
        _list("audio", _tracks(notes.get("audio", []), True), _tracks(disc.get("audio", []), True)),
        _list("subtitles", _tracks(notes.get("subtitles", []), False), _tracks(disc.get("subtitles", []), False)),
    ]
    return rows


def _scalar(name: str, a, b, key=lambda v: v) -> Agreement:
    verdict = "notes silent" if a in (None, "") else ("agree" if key(a) == key(b) else "differ")
    return Agreement(name, a or "", b or "", verdict)


def _runtime(a: int | None, b: int | None) -> Agreement:
    if a is None:
        return Agreement("runtime", "", format_runtime(b), "notes silent")
    gap = abs(a - (b or 0))
    return Agreement("runtime", format_runtime(a), format_runtime(b), "agree" if gap == 0 else f"differ by {_gap(gap)}")


def _gap(seconds: int) -> str:
    return f"{seconds} s" if seconds < 60 else f"{seconds // 60} min {seconds % 60} s"


def _size(a: int | None, b: int | None) -> Agreement:
    if a is None:
        return Agreement("size", "", f"{b:,} bytes" if b is not None else "", "notes silent")
    close = b is not None and abs(a - b) <= SIZE_TOLERANCE * max(a, b)
    return Agreement("size", f"{a:,} bytes", f"{b or 0:,} bytes", "agree" if close else "differ")


def _list(name: str, a: list[tuple], b: list[tuple]) -> Agreement:
    shown_a, shown_b = ", ".join(map(_text, a)), ", ".join(map(_text, b))
    if not a:
        return Agreement(name, "", shown_b, "notes silent")
    left = list(b)
    only_a = []
    for track in a:
        match = next((i for i, found in enumerate(left) if _covers(track, found)), None)
        if match is None:
            only_a.append(_text(track))
        else:
            left.pop(match)
    if not only_a and not left:
        return Agreement(name, shown_a, shown_b, "agree")
    parts = [f"{len(a)} in the notes, {len(b)} on the disc"] if len(a) != len(b) else []
    parts += [f"only in the notes: {', '.join(only_a)}"] if only_a else []
    parts += [f"only on the disc: {', '.join(map(_text, left))}"] if left else []
    return Agreement(name, shown_a, shown_b, "differ: " + "; ".join(parts))
