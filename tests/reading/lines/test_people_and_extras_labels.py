"""Labels of people, genres and extras that every grammar knows (`grammars/words/labels.toml`): a
blog post or a shop sheet in another language names its director, genre, cast and extras with them."""

import pytest

from dvdtrack.reading.lines.reader import read_lines


def fields(grammar, *lines: str) -> dict:
    out: dict = {}
    for read in read_lines(grammar, list(enumerate(lines, start=1))):
        for name, value in read.fields.items():
            out.setdefault(name, []).extend(value if isinstance(value, list) else [value])
    return out


@pytest.mark.parametrize("grammar", ["blog", "specsheet"])
@pytest.mark.parametrize("line, field, value", [
    ("Reżyseria: Anna Nowak", "directors", "Anna Nowak"),
    ("Regie: Hans Berger", "directors", "Hans Berger"),
    ("Réalisateur : Paul Marin", "directors", "Paul Marin"),
    ("Gatunek: Komedia obyczajowa", "genres", "Komedia obyczajowa"),
    ("Žánr: Drama", "genres", "Drama"),
    ("Darsteller: Eva Lind", "cast", "Eva Lind"),
])
def test_people_and_genre_labels_in_the_languages_read(grammars, grammar, line, field, value):
    assert fields(grammars[grammar], line)[field] == [value]


@pytest.mark.parametrize("grammar", ["blog", "specsheet"])
@pytest.mark.parametrize("header", ["Extra’s:", "Bonusy:", "Contenuti speciali:", "Zusatzmaterial:", "Supplements:"])
def test_extras_headings_in_the_languages_read(grammars, grammar, header):
    assert fields(grammars[grammar], header, "Trailer", "Fotogalerie")["features"] == ["Trailer", "Fotogalerie"]


@pytest.mark.parametrize("grammar", ["blog", "specsheet"])
@pytest.mark.parametrize("line", ["Regie und Drehbuch: Hans Berger", "Writer/Director: Hans Berger",
                                  "Scénario et réalisation : Hans Berger"])
def test_a_director_who_wrote_the_film_too(grammars, grammar, line):
    assert fields(grammars[grammar], line)["directors"] == ["Hans Berger"]
