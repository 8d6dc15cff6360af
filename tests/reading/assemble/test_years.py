"""The film's year where no labelled `Year:` line gives it (`assemble.years`, the grammars' `film-date` and
`studio` rules): beside the film's colour, after its country, from its first showing's date, beside its
studio, in a sentence saying when it was made; never a disc's release date or a table's other row. Every
text here is made up, in the shapes real pages have."""

from __future__ import annotations

import pytest

from dvdtrack.reading import parse_text

SPECS = "Region 2 PAL\nAspect ratio: 1.85:1\nRunning time: 94 min"


def read(text: str, grammars):
    return parse_text(text, grammars).releases[0]


@pytest.mark.parametrize("credits", ["Nordwind Films\n\n1963, Color, Rated PG", "СЕВЕР-ФИЛЬМ, 1963, цв., 9 ч., 94 мин.",
                                      "• 1963, Colour, Rated 12, 1 Hr 34 Min"])
def test_a_year_beside_the_films_colour(grammars, credits):
    spec = read(f"Harbour Lights\n\n{credits}\n\n{SPECS}", grammars)
    assert spec.year == 1963


@pytest.mark.parametrize("credits", ["Drama, FSK 12, Laufzeit ca. 94 Min., Schweden 1963.",
                                     "- França 1963 De Bo Berg Com Anna Holm, Per Lund 94’ Drama"])
def test_a_year_after_the_films_country(grammars, credits):
    spec = read(f"Harbour Lights\n\n{credits}\n\n{SPECS}", grammars)
    assert spec.year == 1963


@pytest.mark.parametrize("line", ["Original Release Date: 01/01/1963", "Theatrical Release Date: Sweden, 1963",
                                  "Премьера:  Швеция: 16 сентября 1963 г."])
def test_the_year_of_the_films_first_showing(grammars, line):
    spec = read(f"Harbour Lights\n{line}\nDVD Release Date: 05/29/2007\n{SPECS}", grammars)
    assert spec.year == 1963


def test_the_studios_year_is_the_films_not_the_distributors(grammars):
    text = ("Harbour Lights Collector's Edition | ||||\nTitel | Harbour Lights | ||\nStudio | Nordwind (1963) | |||\n"
            "Vertrieb | Nordwind Home Video (2005) | |||\nLaufzeit | 94:12 Minuten | |\nRegionalcode | 2 | |")
    spec = read(text, grammars)
    assert spec.year == 1963 and spec.titles == ["Harbour Lights"]


def test_a_tables_row_of_a_label_unknown_and_a_value_is_no_title_line(grammars):
    spec = read(f"Titel: Harbour Lights\nHersteller | Paramount Home Entertainment (2005)\n{SPECS}", grammars)
    assert spec.titles == ["Harbour Lights"] and spec.year is None


@pytest.mark.parametrize("sentence, year", [("Made in 1963 under the Swedish title “Hamnens ljus”, it tells of a keeper.",
                                             1963),
                                            ("映画「港の灯」('63年公開)は名作。", 1963)])
def test_a_sentence_says_when_the_film_was_made(grammars, sentence, year):
    spec = read(f"Harbour Lights\n\n{SPECS}\n\n{sentence}", grammars)
    assert spec.year == year


def test_the_title_named_with_its_year_in_the_text(grammars):
    spec = read(f"Harbour Lights\n\n{SPECS}\n\nNordwind has put out Harbour Lights (1963) and two later films.", grammars)
    assert spec.year == 1963


def test_a_discs_dates_give_no_year(grammars):
    text = f"Harbour Lights\n\nDVD Release Date: 05/29/2007\nRelease Year: 2007 (DVD)\nLabel: Nordwind (2007)\n{SPECS}"
    assert read(text, grammars).year is None
