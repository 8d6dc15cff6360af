"""Inputs whose reading once took time with the square of their size (issue 20, "Hangs").

Each input is large enough that a quadratic pass would take many seconds (the figures before the
fix are given), while a linear one reads it well under a second. The tests check what was read
and that nothing was lost, never the time: `bench/scaling_bench.py` measures that.
"""

from __future__ import annotations

import random
import re

import pytest

from dvdtrack.normalise.spec import normalise
from dvdtrack.normalise.language import _LONGEST_NAME, _without_noise, resolve_language
from dvdtrack.reading.grammar.loading import load_grammars
from dvdtrack.reading.grammar.patterns import MAX_FIELDS_TEXT
from dvdtrack.reading.grammar.tracks import _dash_format
from dvdtrack.reading.pipeline import parse_text

TITLE = "The Film (1957) DVD9\n"


@pytest.fixture(scope="module")
def grammars():
    return load_grammars()


def read(text: str, grammars) -> list:
    return [normalise(spec) for spec in parse_text(text, grammars).releases]


def test_a_line_of_brackets(grammars):  # 199,000: 286 s
    [spec] = read(TITLE + "Subtitles: " + "[" * 150_000 + "\n", grammars)
    assert spec.titles == ["The Film"] and spec.year == 1957
    assert [t.name for t in spec.subtitles] == ["[" * 150_000] and spec.subtitles[0].language == "und"


def test_a_line_of_commas(grammars):  # 20,000: 47 s
    [spec] = read(TITLE + "Audio: " + "Russian, " * 20_000 + "\n", grammars)
    assert len(spec.audio) == 20_000 and {t.language for t in spec.audio} == {"ru"}


def test_a_long_line_of_separators(grammars):  # 4,000 parts: 6 s, 8,000: 30 s
    line = "Notes: " + "Word 12 - x, y. (a) " * 8_000
    [spec] = read(TITLE + line + "\n", grammars)
    assert spec.titles == ["The Film"] and spec.unparsed == [line.rstrip()]


def test_blank_lines_before_a_block(grammars):  # 64,000: 60 s
    [spec] = read("\n" * 100_000 + TITLE + "Audio: Russian\n", grammars)
    assert spec.titles == ["The Film"] and [t.language for t in spec.audio] == ["ru"]


def test_lines_of_whitespace_before_a_block(grammars):  # 30,000: 55 s
    [spec] = read("\t\t  \r\n" * 40_000 + TITLE + "Audio: Russian\n", grammars)
    assert spec.titles == ["The Film"] and [t.language for t in spec.audio] == ["ru"] and spec.unparsed == []


def test_many_releases_in_one_file(grammars):  # 8,000: 13 s, and 4 times as long for twice as many
    blocks = [f"Film {i} ({1930 + i % 70})\nFormat: DVD9\nAudio: Russian\nSubtitles: English\n" for i in range(4_000)]
    specs = read("\n".join(blocks), grammars)
    assert [s.titles for s in specs] == [[f"Film {i}"] for i in range(4_000)]
    assert all(s.disc_format == "DVD9" and s.subtitles[0].language == "en" for s in specs)


def test_many_subtitle_lines_in_one_release(grammars):  # 10,000: 29 s, 20,000: 320 s
    lines = [f"Subtitles: Tongue{k}" for k in range(8_000)]
    [spec] = read(TITLE + "\n".join(lines + lines[:10]) + "\n", grammars)  # each once: the last ten are there
    assert [t.name for t in spec.subtitles] == [f"Tongue{k}" for k in range(8_000)]


def test_many_lines_of_one_release(grammars):
    extras = [f"• Featurette number {k}" for k in range(3_000)]
    prose = [f"a sentence of the synopsis number {k} that goes on for a while as prose does" for k in range(3_000)]
    text = TITLE + "Special Features:\n" + "\n".join(extras + extras[:5]) + "\n\n" + "\n".join(prose) + "\n"
    [spec] = read(text, grammars)
    assert spec.features == [e[2:] for e in extras]
    assert spec.synopsis == "\n".join(prose)


# The rewritten patterns give what the patterns they replace gave, on random strings of their characters
OLD_NOISE = re.compile(r"\s*[\[(].*?[\])]\s*|\b(?:only|track|language)\b", re.I)
OLD_DASH_FORMAT = re.compile(r"^([^()\-–—]+,[^()\-–—]+?)\s+[-–—]\s+([^,]+)$")


def _random_texts(atoms: list[str], count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(atoms) for _ in range(rng.randrange(14)))


def test_noise_as_the_old_pattern_took_it():
    atoms = [" ", "  ", "\n", "\t", "[", "(", "]", ")", "a", "Only", "track", "language", ".", "é", "1", "onlyx"]
    for text in _random_texts(atoms, 30_000, 1):
        assert _without_noise(text) == OLD_NOISE.sub(" ", text), text


def test_dash_format_as_the_old_pattern_found_it():
    atoms = [" ", "  ", "\n", "\t", ",", ", ", "-", " - ", "–", "—", "(", ")", "a", "b", "DD"]
    for text in _random_texts(atoms, 30_000, 2):
        m = OLD_DASH_FORMAT.match(text)
        assert _dash_format(text) == (m.groups() if m else None), text


def test_long_language_names_cut_past_every_known_name():
    from language_data.names import TRIES

    resolve_language("English")  # loads the trie
    longest = max(len(key) for key in TRIES["und/name_to_language"].keys())
    assert longest < _LONGEST_NAME
    assert resolve_language("English " + "x" * 300_000) == "en"


def test_no_line_of_the_corpora_needs_more_from_a_pattern_of_fields(grammars):
    """The longest line a pattern of several fields reads in the test corpus is far below the cap."""
    from pathlib import Path

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "corpus").glob("*/*.txt"))]
    longest = max(len(line) for text in texts for line in text.splitlines())
    assert longest < MAX_FIELDS_TEXT
