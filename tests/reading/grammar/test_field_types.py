"""Field types (`dvdtrack.reading.grammar.types`) on their own values: what each reads, and what it refuses."""

import pytest

from dvdtrack.reading.grammar.items import split_items
from tests.conftest import typed


@pytest.mark.parametrize("text", ["5475", "1958", "EAN 4607", "DVD9", "12+", "RSDL"])
def test_runtime_refuses_bare_numbers(text):
    assert typed("Runtime", text) is None


@pytest.mark.parametrize("text", ["2", "16", "Region 2", "720x576", "2x4"])
def test_aspect_is_never_a_whole_number(text):
    assert typed("Aspect", text) is None


@pytest.mark.parametrize("text, discs", [
    ("DVD9", (1, "DVD9")), ("DVD5", (1, "DVD5")), ("2 x DVD9", (2, "DVD9")), ("2xDVD-9", (2, "DVD9")),
    ("3 × DVD5", (3, "DVD5")), ("DVD-9", (1, "DVD9")), ("BD50", (1, "BD50")), ("DVD9 x 2", (2, "DVD9")),
])
def test_disc_format(text, discs):
    assert typed("Discs", text) == discs


@pytest.mark.parametrize("text, year", [("1957", 1957), ("c1974", 1974), ("1984г.", 1984), ("1984 г.", 1984)])
def test_year(text, year):
    assert typed("Year", text) == year


@pytest.mark.parametrize("text", ["123", "3000", "19577"])
def test_year_refuses(text):
    assert typed("Year", text) is None


@pytest.mark.parametrize("text, items", [
    ("English, Francais, Russian", ["English", "Francais", "Russian"]),
    ("Русский (Dolby AC3, 2 ch), English", ["Русский (Dolby AC3, 2 ch)", "English"]),
    ("English; French", ["English", "French"]), ("none", []), ("N/A", []), ("brak", []), ("нет", []), ("-", []),
])
def test_list_items(text, items):
    assert typed("Languages", text) == items


@pytest.mark.parametrize("text", ["4:3", "1932", "1:14:00", "Spine #417"])
def test_no_language_list(text):
    """Numbers, or a catalogue number, on the line after a bare `Subtitles` label are no languages."""
    assert typed("Languages", text) is None


def test_split_items_keeps_brackets():
    assert split_items("a (b, c) / d") == ["a (b, c)", "d"]


@pytest.mark.parametrize("text, value", [
    ("СССР", ["СССР"]), ("СССР, Франция", ["СССР", "Франция"]), ("USSR / Poland", ["USSR", "Poland"]),
    ("Мосфильм", None), ("СССР / Мосфильм", None), ("Sovětský svaz, Švédsko", ["Sovětský svaz", "Švédsko"]),
])
def test_countries_are_known_names_only(text, value):
    assert typed("Countries", text) == value


@pytest.mark.parametrize("text, discs", [("9", (1, "DVD9")), ("2x9", (2, "DVD9")), ("2 × 5", (2, "DVD5")), ("18", (1, "DVD18"))])
def test_a_discs_kind_by_its_number_alone(text, discs):
    assert typed("LayerCode", text) == discs


@pytest.mark.parametrize("text", ["16:9", "4:3", "5.1", "95", "2x4"])
def test_a_discs_number_is_no_ratio_nor_length(text):
    assert typed("LayerCode", text) is None


@pytest.mark.parametrize("text, tracks", [("DD 5.1 (ita)", ["ita (DD 5.1)"]), ("2.0 (ita)", ["ita (2.0)"]),
                                          ("Mono (English)", ["English (Mono)"])])
def test_a_format_then_its_language_in_brackets(text, tracks):
    assert typed("FormatFirst", text) == tracks


@pytest.mark.parametrize("text", ["2.0 (448 kbps)", "16:9 (anamorphic)", "5.1"])
def test_a_format_first_needs_a_language_in_brackets(text):
    assert typed("FormatFirst", text) is None


@pytest.mark.parametrize("text, value", [
    ("Ann Lee and Bo Park, Lars von Holm", ["Ann Lee", "Bo Park", "Lars von Holm"]),
    # a label's value that runs on into a review's sentence: the names it starts with
    ("Ann Lee and her favourite actor Bo Park are at the top of their form in this light romp.", ["Ann Lee"]),
    ("Cy Dahl (Nightfall), 1985's Summer Town starred many of the so-called young stars of the day", ["Cy Dahl"]),
    ("keine", []), ("Ann Lee, Bo Park, and Cy Dahl", ["Ann Lee", "Bo Park", "Cy Dahl"]),
    ("Carpenter e del protagonista Kurt Russel", ["Carpenter"]),  # a part in lower case is no name
])
def test_names(text, value):
    assert typed("Names", text) == value


@pytest.mark.parametrize("text, value", [
    ("Action & Adventure, Indie & Art House", ["Action & Adventure", "Indie & Art House"]),
    ("Komedie / Drama", ["Komedie", "Drama"]), ("Drama; Romance", ["Drama", "Romance"]),
])
def test_genres_split_at_commas_and_slashes_never_at_an_ampersand(text, value):
    assert typed("Genres", text) == value


@pytest.mark.parametrize("text, value", [
    ("Main Menu Audio", ["Main Menu Audio"]), ("Regiekommentar; Interviews", ["Regiekommentar", "Interviews"]),
    ("Rated M", None),
])
def test_one_extra_names_an_extra(text, value):
    assert typed("Extra", text) == value


@pytest.mark.parametrize("text, named", [
    ("Galeries photos", True), ("Fotogalerie", True), ("Deleted scenes", True), ("Regiekommentar", True),
    ("sceneggiatore", False), ("restored", False), ("documented", False), ("the actors featured in it", False),
])
def test_what_names_an_extra(text, named):
    from dvdtrack.reading.grammar.extras import names_an_extra

    assert names_an_extra(text) is named
