"""Adding release notes: parse, normalise and save many texts in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from dvdtrack.grammar import Grammar
from dvdtrack.normalise import normalise
from dvdtrack.parser import parse_text
from dvdtrack.spec import ReleaseSpec
from dvdtrack.store.films import get_source
from dvdtrack.store.releases import Saved, save_release


@dataclass
class AddReport:
    """What `add` did: releases saved or already present, films created, lines not understood."""

    saved: list[Saved] = field(default_factory=list)

    @property
    def new(self) -> list[Saved]:
        return [s for s in self.saved if s.created]

    @property
    def present(self) -> list[Saved]:
        return [s for s in self.saved if not s.created]


def add_specs(session: Session, specs: list[ReleaseSpec], source_name: str, report: AddReport) -> None:
    """Save normalised specs from one source into the session (the caller commits)."""
    source = get_source(session, "release-notes", source_name)
    for spec in specs:
        report.saved.append(save_release(session, spec, source))


@dataclass
class Reading:
    """Normalised releases of one text and the parse result behind them (for --explain)."""

    specs: list[ReleaseSpec]
    result: object


def read_text(text: str, grammars: dict[str, Grammar], grammar: str | None = None) -> Reading:
    """Parse and normalise every release in a text (raises NothingParsed)."""
    result = parse_text(text, grammars, grammar)
    return Reading([normalise(spec) for spec in result.releases], result)
