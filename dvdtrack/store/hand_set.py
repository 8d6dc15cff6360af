"""Values set by hand (`dvdtrack release set ID FIELD VALUE`): laid over what the notes (and a disc
tied to the release) say, and kept when the notes are read again (`reparse`, `release edit`) or a
disc is scanned.

A release's JSON keeps them under `set_by_hand`: each key set, with the value it had under the
hand-set one, so that `strip` gives back what notes and disc say. A value is read by the grammar
field type that reads it in notes (`Year`, `Runtime`, `Region` …), so `release set 7 runtime 1:31:15`
accepts what a release block would.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import select
from sqlalchemy.engine import Connection

from dvdtrack.errors import UsageError
from dvdtrack.normalise.aspect import canonical_aspect
from dvdtrack.normalise.runtime import runtime_seconds
from dvdtrack.normalise.size import size_bytes
from dvdtrack.store.history import record
from dvdtrack.store.models import Release

MARK = "set_by_hand"


@dataclass(frozen=True)
class Settable:
    """A field `release set` takes: the grammar field type that reads its value, and the JSON keys
    that value gives (from the value read and the release's JSON as it is)."""

    type: str
    keys: Callable[[object, dict], dict]
    example: str


SETTABLE = {
    "title": Settable("Text", lambda v, d: {"titles": [v] + [t for t in d["titles"] if t != v]}, "Zerkalo"),
    "year": Settable("Year", lambda v, d: {"year": v}, "1975"),
    "format": Settable("Discs", lambda v, d: {"disc_format": v[1], **({"disc_count": v[0]} if v[0] > 1 else {})},
                       "DVD9"),
    "discs": Settable("Count", lambda v, d: {"disc_count": v}, "2"),
    "label": Settable("Text", lambda v, d: {"label": v}, '"Artificial Eye"'),
    "region": Settable("Region", lambda v, d: {"region": v}, "2,5"),
    "system": Settable("VideoSystem", lambda v, d: {"video_system": v}, "PAL"),
    "aspect": Settable("Aspect", lambda v, d: {"aspect_ratio": canonical_aspect(v)}, "16:9"),
    "runtime": Settable("Runtime", lambda v, d: {"runtime_seconds": runtime_seconds(v)}, "1:48:00"),
    "size": Settable("Size", lambda v, d: {"size_text": v, "size_bytes": size_bytes(v)}, '"7.95 GB"'),
}
_COLUMNS = {"titles": ("title", lambda titles: titles[0])}  # JSON keys stored in a column of another name


def read_value(field: str, text: str, data: dict) -> dict:
    """The JSON keys `release set` gives a release whose JSON is `data`; a field or value it does
    not take is a one-line UsageError.

    >>> read_value("runtime", "1h 48mn", {}), read_value("format", "2 x DVD9", {})
    ({'runtime_seconds': 6480}, {'disc_format': 'DVD9', 'disc_count': 2})
    >>> read_value("year", "next year", {})
    Traceback (most recent call last):
    dvdtrack.errors.UsageError: not a year: 'next year' (for example: release set ID year 1975)
    """
    import parse

    from dvdtrack.reading.grammar.types import field_types

    settable = _settable(field)
    found = parse.parse("{v:%s}" % settable.type, text.strip(), extra_types=field_types()) if text.strip() else None
    if found is None:
        raise UsageError(f"not a {field}: {text!r} (for example: release set ID {field} {settable.example})")
    return settable.keys(found["v"], data)


def _settable(field: str) -> Settable:
    if field not in SETTABLE:
        raise UsageError(f"no field {field!r} to set; fields: {', '.join(SETTABLE)}")
    return SETTABLE[field]


def keys_of(field: str) -> tuple[str, ...]:
    """The JSON keys a field sets.

    >>> keys_of("size"), keys_of("title")
    (('size_text', 'size_bytes'), ('titles',))
    """
    return tuple(read_value(field, _settable(field).example.strip('"'), {"titles": []}))


def strip(data: dict) -> dict:
    """A release's JSON without the values set by hand (what its notes and disc say)."""
    out = dict(data)
    out.update(out.pop(MARK, None) or {})
    return out


def hand_values(data: dict) -> dict:
    """The values set by hand, by JSON key."""
    return {key: data[key] for key in data.get(MARK) or {}}


def lay(data: dict, values: dict) -> dict:
    """`data` with `values` set by hand over it (over those set before)."""
    if not values:
        return data
    out, under = dict(data), dict(data.get(MARK) or {})
    for key, value in values.items():
        under.setdefault(key, data.get(key))
        out[key] = value
    out[MARK] = under
    return out


def apply(conn: Connection, release_id: int, values: dict, unset: tuple[str, ...] = ()) -> None:
    """Set `values` by hand on the release (and take back those in `unset`), in its JSON and columns."""
    data = json.loads(conn.execute(select(Release.spec_json).where(Release.id == release_id)).scalar_one())
    under = dict(data.get(MARK) or {})
    data = lay(strip(data), {**{k: v for k, v in hand_values(data).items() if k not in unset}, **values})
    if not data[MARK]:
        del data[MARK]
    columns = {}
    for key in {*values, *unset, *under}:
        column, value_of = _COLUMNS.get(key, (key, lambda value: value))
        columns[column] = value_of(data[key])
    record.update_rows(conn, Release, Release.id == release_id, spec_json=json.dumps(data, ensure_ascii=False),
                       **columns)
