"""Made sheets and tracker posts (`tests/made_sheets.py`) read back: every field of every sheet, in
every dress, of every post, and files of several sheets with only blank lines or rules between them."""

import random

import pytest

from dvdtrack.store.ingest import read_text
from made_sheets import dress, fields_read, sheet, tracker_post

SHEETS = 150  # per seed: each seed runs in well under a second


@pytest.mark.parametrize("seed", range(4))
def test_made_sheets_read_back(grammars, seed):
    rng = random.Random(seed)
    wrong = []
    for _ in range(SHEETS):
        text, truth = sheet(rng)
        text, kind = dress(text, rng)
        specs = read_text(text, grammars).specs
        got = fields_read(specs[0]) if len(specs) == 1 else {"releases": len(specs)}
        if got != truth:
            wrong.append((kind, text, {k: (got.get(k), v) for k, v in truth.items() if got.get(k) != v}))
    assert wrong == []


@pytest.mark.parametrize("separator", ["\n\n", "\n\n\n", "\n-----\n", "\n==========\n"])
def test_files_of_made_sheets_read_back_one_release_each(grammars, separator):
    rng = random.Random(separator)
    for _ in range(40):
        sheets = [sheet(rng) for _ in range(rng.randint(2, 3))]
        # each opens with a title line, where a reader sees a new release start
        texts = [text if text.split("\n", 1)[0].endswith(")") else f"{truth['titles'][0]} ({truth['year']})\n{text}"
                 for text, truth in sheets]
        specs = read_text(separator.join(texts), grammars).specs
        assert [fields_read(s) for s in specs] == [truth for _, truth in sheets]


@pytest.mark.parametrize("seed", range(2))
def test_made_tracker_posts_read_back(grammars, seed):
    rng = random.Random(seed)
    for _ in range(SHEETS):
        text, truth = tracker_post(rng)
        specs = read_text(text, grammars).specs
        assert [fields_read(s) for s in specs] == [truth], text
