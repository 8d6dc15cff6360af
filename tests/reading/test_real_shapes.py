"""Shapes of real pages, each in a small made-up text: flattened tables, unlabelled spec strings,
labels in many languages, values spelt many ways (issue 18). No text here is copied from a page."""

import parse
import pytest

from dvdtrack.reading import parse_text
from dvdtrack.reading.grammar.types import field_types


def typed(type_name: str, text: str):
    result = parse.parse("{v:%s}" % type_name, text, extra_types=field_types())
    return None if result is None else result["v"]


def release(grammars, text: str):
    """The one release a made-up text gives."""
    releases = parse_text(text, grammars).releases
    assert releases, text
    return releases[0]


@pytest.mark.parametrize("text, value", [
    ("R4", "4"), ("Code 3", "3"), ("Zone 2", "2"), ("Sone 2", "2"), ("RC 2", "2"), ("Regionalcode 1", "1"),
    ("2,4", "2,4"), ("B", "B"), ("0", "0"), ("Free", "ALL"), ("region free", "ALL"), ("Alle", "ALL"),
    ("região livre", "ALL"),
])
def test_region_spellings(text, value):
    assert typed("Region", text) == value


def test_region_words_in_a_sheet(grammars):
    assert release(grammars, "Velvet Orchard (1971)\nLändercode: Alle\nLaufzeit: 92 min").region == "ALL"
    assert release(grammars, "Velvet Orchard (1971)\nRegion Code: Code 2\nLaufzeit: 92 min").region == "2"
    assert release(grammars, "Velvet Orchard (1971)\nRegion: Zone 2 (Europe)").region == "2"
    assert release(grammars, "Velvet Orchard (1971)\nRegion: Free").region == "ALL"
