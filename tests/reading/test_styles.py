"""Each grammar on blocks written in its style (our own test blocks): the grammar chosen and the fields read."""

import pytest

from dvdtrack.normalise.spec import normalise
from dvdtrack.reading.pipeline import parse_text
from tests.conftest import DATA

CASES = {
    "tracker_ru.txt": ("tracker_ru", {
        "titles": ["Летят журавли"], "year": 1957, "disc_format": "DVD9", "video_system": "PAL",
        "aspect_ratio": "4:3", "runtime_seconds": 97 * 60, "size_bytes": round(7.01 * 1024**3),
        "audio": [("ru", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "1.0", "voice-over")],
        "subtitles": ["en", "fr"], "directors": ["Михаил Калатозов"], "unparsed": [],
    }),
    "specsheet_en.txt": ("specsheet", {
        "titles": ["The Ascent"], "year": 1977, "region": "2", "video_system": "PAL", "aspect_ratio": "1.33:1",
        "runtime_seconds": 104 * 60, "label": "Artificial Eye",
        "audio": [("ru", "Dolby Digital", "2.0", None), ("en", None, "1.0", None)],
        "subtitles": ["en", "de"], "features": ["Interview with the director's widow", "Trailer"],
        "disc_count": 1, "unparsed": ["EAN: 5021866234506"],
    }),
    "nfo.txt": ("nfo", {
        "titles": ["Voskhozhdenie"], "year": 1977, "runtime_seconds": 6540, "video_system": "PAL",
        "aspect_ratio": "4:3", "disc_format": "DVD5", "audio": [("ru", "Dolby Digital", "2.0", None)],
        "subtitles": ["en", "de"], "unparsed": [],
    }),
    "specsheet_pl.txt": ("specsheet", {
        "titles": ["Popiół i diament"], "year": 1958, "directors": ["Andrzej Wajda"], "runtime_seconds": 98 * 60,
        "aspect_ratio": "1.33:1", "audio": [("pl", "Dolby Digital", "2.0", None)], "subtitles": ["en"],
        "disc_format": "DVD9", "region": "2", "video_system": "PAL", "unparsed": [],
    }),
}


def _view(spec, key):
    if key == "audio":
        return [(t.language, t.codec, t.channels, t.kind) for t in spec.audio]
    if key == "subtitles":
        return [t.language for t in spec.subtitles]
    return getattr(spec, key)


@pytest.mark.parametrize("name", sorted(CASES))
def test_style(grammars, name):
    grammar, expected = CASES[name]
    result = parse_text((DATA / name).read_text(encoding="utf-8"), grammars)
    assert len(result.releases) == 1
    spec = normalise(result.releases[0])
    assert spec.grammar == grammar
    for key, value in expected.items():
        assert _view(spec, key) == value, key
