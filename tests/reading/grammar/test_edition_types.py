"""The field types of an edition's own facts (`dvdtrack.reading.grammar.editions`) on made-up values: what
each reads, and what it refuses (a barcode whose check digit is wrong, a company where a date should be)."""

import pytest

from dvdtrack.reading.grammar.editions import frame_said, iso_date
from dvdtrack.reading.grammar.gtin import gtin_digits, gtin_spellings
from tests.conftest import typed


@pytest.mark.parametrize("text, digits", [
    ("5021866234502", "5021866234502"), ("5 021866 234502", "5021866234502"), ("037429209325", "037429209325"),
    ("0 37429 20932 5", "037429209325"), ("0-37429-20932-5", "037429209325"), ("96385074", "96385074"),
])
def test_a_barcode_is_read_with_its_check_digit(text, digits):
    assert typed("Barcode", text) == digits


@pytest.mark.parametrize("text", ["5021866234506", "037429209326", "96385075", "12345678901", "502186623450212"])
def test_a_number_whose_check_digit_fails_is_no_barcode(text):
    assert typed("Barcode", text) is None and gtin_digits(text) is None


def test_a_upc_and_its_ean_spelling_are_one_barcode():
    assert set(gtin_spellings("0037429209325")) == set(gtin_spellings("037429 209325")) == {"037429209325", "0037429209325"}
    assert gtin_spellings("96385074") == ["96385074"] and gtin_spellings("1234") == []


@pytest.mark.parametrize("text, asin", [("B0001Z3TQ2", "B0001Z3TQ2"), ("b000fbh3qy", "B000FBH3QY"), ("630594364X", "630594364X")])
def test_asin(text, asin):
    assert typed("Asin", text) == asin


@pytest.mark.parametrize("text", ["B0001Z3", "Criterion", "12345"])
def test_asin_refuses_other_codes(text):
    assert typed("Asin", text) is None


@pytest.mark.parametrize("text", ["CC1963D", "RCD-1023", "PIBF-1323", "23666DX", "ART 1042"])
def test_catalogue_number(text):
    assert typed("Catalogue", text) == text


@pytest.mark.parametrize("text", ["Criterion", "see the back of the case for it"])
def test_catalogue_number_holds_a_digit_and_few_words(text):
    assert typed("Catalogue", text) is None


@pytest.mark.parametrize("text, iso", [
    ("12 May 2003", "2003-05-12"), ("November 08, 2005", "2005-11-08"), ("April 9th, 2002", "2002-04-09"),
    ("8-Sep-2004", "2004-09-08"), ("17 Sept. 2007", "2007-09-17"), ("2009-03-03", "2009-03-03"),
    ("13. Februar 2009", "2009-02-13"), ("12 мая 2003 г.", "2003-05-12"), ("15 lipca 2009", "2009-07-15"),
    ("12. března 2008", "2008-03-12"), ("2001年9月21日", "2001-09-21"), ("3 marzo 2004", "2004-03-03"),
    ("December 2002", "2002-12"), ("Juni 2004", "2004-06"), ("1999", "1999"), ("11/6/2012", "2012-11-06"),
])
def test_a_release_date_in_the_grammars_languages_to_its_precision(text, iso):
    assert typed("ReleaseDate", text) == iso


@pytest.mark.parametrize("text, iso", [("12/04/2007", "2007-04-12"), ("02.03.2012", "2012-03-02"), ("20/11/2014", "2014-11-20")])
def test_a_date_in_figures_under_a_label_of_a_day_first_language(text, iso):
    assert typed("DayFirstDate", text) == iso and iso_date(text, day_first=True) == iso


@pytest.mark.parametrize("text", ["Crash Entertainment", "Warner 2004 Collection", "May", "1.85:1"])
def test_what_is_no_date_is_refused(text):
    assert typed("ReleaseDate", text) is None


@pytest.mark.parametrize("text, edition", [
    ("Special Edition", "Special Edition"), ("Collector's Edition", "Collector's Edition"), ("Uncut", "Uncut"),
    ("2-Disc Special Edition", "2-Disc Special Edition"), ("Director's Cut", "Director's Cut"),
    ("20th Anniversary Edition", "20th Anniversary Edition"), ("Edizione speciale", "Edizione speciale"),
])
def test_edition(text, edition):
    assert typed("Edition", text) == edition


@pytest.mark.parametrize("text", ["Dreamworks", "Special", "English"])
def test_an_edition_holds_a_head_word(text):
    assert typed("Edition", text) is None


@pytest.mark.parametrize("text, read", [("Special Collector's Edition", "Special Collector's Edition"),
                                        ("The Final Cut", None), ("Uncut", None)])
def test_an_edition_line_is_two_words_or_more_not_a_title(text, read):
    assert typed("EditionLine", text) == read


def test_spine_number_is_the_edition():
    assert typed("Spine", "417") == "Spine #417"


@pytest.mark.parametrize("text, answer", [("Yes", True), ("No", False), ("ja", True), ("nein", False), ("нет", False)])
def test_answer(text, answer):
    assert typed("Answer", text) is answer


@pytest.mark.parametrize("text, frame", [
    ("2.35:1 Anamorphic Widescreen", True), ("16:9 (1,78:1) anamorph", True), ("1.85:1, 16x9 enhanced", True),
    ("1.85:1 Non-Anamorphic Widescreen", False), ("1.66:1 letterboxed", False), ("2.20:1 (not 16:9 enhanced)", False),
    ("4:3", None), ("Unlike the letterboxed R1, this R2 is anamorphic", None),
])
def test_what_a_picture_line_says_of_its_frame(text, frame):
    assert frame_said(text) is frame


@pytest.mark.parametrize("text, year", [("July 5th, 1975", 1975), ("01/01/1986", 1986), ("1961", 1961)])
def test_the_year_of_a_films_first_release(text, year):
    assert typed("DateYear", text) == year
