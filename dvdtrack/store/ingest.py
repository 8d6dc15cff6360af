"""Reading release notes (parse + normalise) and the report of what storing them did."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dvdtrack.errors import InputError, NotReleaseNotes
from dvdtrack.importers import NOT_A_DUMP, detect_kind
from dvdtrack.normalise.spec import normalise
from dvdtrack.reading.grammar.model import Grammar
from dvdtrack.reading.pipeline import ParseResult, parse_text
from dvdtrack.reading.release import ReleaseSpec

if TYPE_CHECKING:  # only named: `parse` reads through this module and needs no database
    from dvdtrack.store.bulk import Written


@dataclass
class AddReport:
    """Releases stored by a command: new ones and those already present."""

    saved: list[Written] = field(default_factory=list)

    @property
    def new(self) -> list[Written]:
        return [s for s in self.saved if s.created]

    @property
    def present(self) -> list[Written]:
        return [s for s in self.saved if not s.created]


@dataclass
class Reading:
    """Normalised releases of one text and the parse result behind them (for --explain)."""

    specs: list[ReleaseSpec]
    result: ParseResult


def release_notes(name: str, text: str) -> str:
    """The text, if it is release notes; a film list, feed or dump is refused with a pointer to
    `dvdtrack import`, which reads those (as `add` would store their titles as bare releases)."""
    kind = detect_kind(text)
    if kind == "json":
        raise NotReleaseNotes(f"{name}: {NOT_A_DUMP}")
    if kind != "release-notes":
        raise InputError(f"{name}: this is a {kind}, not release notes; use `dvdtrack import {name}`")
    return text


def read_text(text: str, grammars: dict[str, Grammar], grammar: str | None = None) -> Reading:
    """Parse and normalise every release in a text (raises NothingParsed)."""
    result = parse_text(text, grammars, grammar)
    return Reading([normalise(spec) for spec in result.releases], result)
