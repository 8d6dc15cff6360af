"""Genres named with no label (`dvdtrack.reading.assemble.genres`), read from whole made-up blocks."""

from dvdtrack.reading.pipeline import parse_text


def test_a_line_of_a_known_genre_alone_between_specs(grammars):
    [spec] = parse_text("Summer Town\nPAL, Region 5, DVD9\nДокументальный фильм\nРежиссёр: Иван Петров", grammars).releases
    assert spec.genres == ["Документальный фильм"]


def test_the_first_cell_of_a_shops_line(grammars):
    [spec] = parse_text("Summer Town\n\nKomödie, FSK 6, Laufzeit ca. 90 Min., Schweden 1961.\nRC 2, PAL", grammars).releases
    assert spec.genres == ["Komödie"]


def test_a_title_line_is_no_genre_and_a_labelled_genre_wins(grammars):
    [spec] = parse_text("Western\nRegion 2\nRunning time: 91 mins", grammars).releases
    assert spec.genres == []
    [spec] = parse_text("Summer Town\nGenre: Romance\nDrama\nRegion 2", grammars).releases
    assert spec.genres == ["Romance"]
