"""Romanian sheets' words, as data (`grammars/words/languages.toml`, `labels.toml`): each spelling,
with diacritics or without, reads the field it names; and the language names resolve to the
language meant (`Romana` is Romanian, not Romani), while the names they sit beside keep theirs."""

import pytest

from dvdtrack.normalise.language import resolve_language
from dvdtrack.store.ingest import read_text


@pytest.mark.parametrize("name, code", [
    ("Romana", "ro"), ("Română", "ro"), ("ROMANA", "ro"), ("Româna", "ro"), ("Engleza", "en"), ("Engleză", "en"),
    ("Franceza", "fr"), ("Germana", "de"), ("Italiana", "it"), ("Spaniola", "es"), ("Maghiara", "hu"),
    ("Maghiară", "hu"), ("Portugheza", "pt"), ("Ceha", "cs"), ("Suedeza", "sv"), ("Daneza", "da"), ("Greaca", "el"),
    ("Japoneza", "ja"), ("Chineza", "zh"), ("Coreeana", "ko"), ("Sarba", "sr"), ("ภาษาไทย", "th"), ("ไทย", "th"),
    # beside them, unchanged
    ("Romani", "rom"), ("Romany", "rom"), ("Romanian", "ro"), ("Hungarian", "hu"), ("Thai", "th"), ("Italian", "it"),
])
def test_romanian_and_thai_names(name, code):
    assert resolve_language(name) == code


SHEET = "Lumina portului (1971)\n{label}: {value}\nDVD9, PAL\n"


@pytest.mark.parametrize("label, value, field, expected", [
    ("Subtitrare", "Engleza, Romana", "subtitles", ["en", "ro"]),
    ("Subtitrari", "Franceza", "subtitles", ["fr"]),
    ("Subtitrări", "Maghiara", "subtitles", ["hu"]),
    ("Limba", "Romana", "audio", ["ro"]),
    ("Limbi", "Romana, Engleza", "audio", ["ro", "en"]),
    ("Audio", "Română Dolby Digital 5.1", "audio", ["ro"]),
    ("Durata", "101 min", "runtime_seconds", 6060),
    ("Durată", "1:41:00", "runtime_seconds", 6060),
    ("Regiune", "2", "region", "2"),
    ("Format imagine", "2.35:1", "aspect_ratio", "2.35:1"),
    ("Regizor", "Mihai Ionescu", "directors", ["Mihai Ionescu"]),
])
def test_romanian_labels(grammars, label, value, field, expected):
    spec = read_text(SHEET.format(label=label, value=value), grammars).specs[0]
    got = getattr(spec, field)
    if field in ("audio", "subtitles"):
        got = [track.language for track in got]
    assert got == expected and spec.unparsed == [], spec.unparsed
