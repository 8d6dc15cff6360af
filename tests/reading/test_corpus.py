"""The corpus of made-up blocks in each style (`corpus/<style>/NNN.txt`) → the fields a reader gets
from each, as its `NNN.json` says (see `corpus_files`)."""

import pytest

from dvdtrack.store.ingest import read_text
from tests.reading.corpus_files import block_files, load_case, view

FILES = block_files()


def test_every_block_has_its_expectation_and_no_expectation_is_alone():
    assert FILES and {p.with_suffix(".json") for p in FILES} == set(FILES[0].parent.parent.glob("*/*.json"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_corpus_block(grammars, path):
    case = load_case(path)
    specs = read_text(case.text, grammars).specs
    assert len(specs) == 1, [s.titles for s in specs]
    for key, value in case.expected.items():
        assert view(specs[0], key) == value, key
