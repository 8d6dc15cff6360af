"""Directors named in sentences and in other fields' texts (`dvdtrack.reading.prose.credits`)."""

import pytest

from dvdtrack.reading.prose.credits import director_in_brackets, directors_in


@pytest.mark.parametrize("sentence, names", [
    ("Nordic Tales: Three Short Films By Ingrid Vall: Collector's Set", ["Ingrid Vall"]),
    ("It is a film by Per Holm, shot in 1961.", ["Per Holm"]),
    ("Ein Film von Hans Berger.", ["Hans Berger"]),
    ("Two films by the great director of the age.", []),
])
def test_a_film_by_names_its_director(sentence, names):
    assert directors_in([sentence]) == names


def test_a_director_in_brackets_after_a_name_in_any_text():
    assert director_in_brackets(["Audio commentary - Ann Lee (Director) & Bo Park (Writer)"]) == ["Ann Lee"]
    assert director_in_brackets(["Interview with Ann Lee (actress)", "Trailer"]) == []
