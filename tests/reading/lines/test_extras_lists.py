"""Lists of extras (`dvdtrack.reading.lines.sections`, `dvdtrack.reading.grammar.extras`): where a list
ends, what one of its lines holds, and lists with no header. Made-up lines of the shapes real pages use."""

from dvdtrack.reading.lines.reader import read_lines
from dvdtrack.reading.lines.sections import headless_lists


def extras(grammar, *lines: str) -> list[str]:
    reads = headless_lists(read_lines(grammar, list(enumerate(lines, start=1))))
    return [item for read in reads for item in read.fields.get("features", [])]


def kinds(grammar, *lines: str) -> list[str]:
    return [read.kind.value for read in read_lines(grammar, list(enumerate(lines, start=1)))]


def test_a_list_ends_at_a_label_of_no_field(grammars):
    """A flattened table's extras column runs into its `Rating` row: the rows after it are no extras."""
    assert extras(grammars["specsheet"], "Extras", "Photo Gallery", "Trailer-Other Films", "Rating Rated PG",
                  "Start Up Menu") == ["Photo Gallery", "Trailer-Other Films"]


def test_a_line_labelled_with_an_extra_is_an_item_and_another_label_ends_the_list(grammars):
    lines = ("Extra’s:", "Interviews met de cast", "Documentaires: “Op de set”, “Het boek”", "Multi-angle scène",
             "Staat: als nieuw", "Prijs op aanvraag")
    assert extras(grammars["specsheet"], *lines) == ["Interviews met de cast", "Documentaires: “Op de set”, “Het boek”",
                                                     "Multi-angle scène"]


def test_a_numbered_heading_after_the_bullets_ends_the_list(grammars):
    assert extras(grammars["blog"], "Extras:", "  • Tráiler", "  • Galería de fotos", "", "4. DATOS DEL DISCO:",
                  "  • Castellano Dolby Digital 2.0") == ["Tráiler", "Galería de fotos"]


def test_a_label_known_exactly_wins_over_a_section_spelt_close_to_it(grammars):
    """`Feature` is a runtime's label, not a misspelt `Features` header: the line under it is no extra."""
    assert extras(grammars["specsheet"], "Extras", "Outtakes", "", "Feature", "Contract") == ["Outtakes"]


def test_a_bullet_is_parted_at_semicolons_unless_headed_and_a_subtitles_note_is_no_extra(grammars):
    lines = ("DVD Features", "* Abschaltbare Untertitel", "* Audiokommentar; Interviews",
             "* Dokumentation: Am Set; Hinter den Kulissen", "* Trailer, Teaser")
    assert extras(grammars["blog"], *lines) == ["Audiokommentar", "Interviews", "Dokumentation: Am Set; Hinter den Kulissen",
                                                "Trailer, Teaser"]


def test_a_list_on_one_line_with_semicolons_keeps_an_item_whose_commas_name_no_extra(grammars):
    assert extras(grammars["specsheet"], "Extras: Making-of; Cast, Crew and Writer Interviews; Stills Gallery; Teaser, Trailer") == [
        "Making-of", "Cast, Crew and Writer Interviews", "Stills Gallery", "Teaser", "Trailer"]


def test_stock_extras_run_together_are_parted(grammars):
    assert extras(grammars["specsheet"], "Extras: | interactive menu scene selection |") == ["interactive menu", "scene selection"]
    assert extras(grammars["tracker_ru"], "Бонусы: интерактивное меню выбор сцен") == ["интерактивное меню", "выбор сцен"]


def test_a_tables_genre_cell_runs_into_the_first_extra(grammars):
    lines = ("General Extras", "Category Comedy Main Menu Audio", "Theatrical Trailer", "Rating Rated M")
    read = read_lines(grammars["specsheet"], list(enumerate(lines, start=1)))
    assert read[1].fields == {"genres": ["Comedy"], "features": ["Main Menu Audio"]}
    assert extras(grammars["specsheet"], *lines) == ["Main Menu Audio", "Theatrical Trailer"]


def test_extras_under_no_header_right_below_the_specs(grammars):
    lines = ("Region: 2", "Menus (Swedish)", "Chapters (12)", "Trailers: The Next Film, Another", "", "Photos", "Links")
    assert extras(grammars["specsheet"], *lines) == ["Menus (Swedish)", "Chapters (12)", "Trailers: The Next Film, Another"]
    assert extras(grammars["specsheet"], "Menu", "Photos") == []  # a page's links, no specs above them
    assert extras(grammars["specsheet"], "Region: 2", "Disc Features Overview:", "Trailer", "Photo gallery") == []  # a heading


def test_a_list_wrapped_onto_the_next_lines_is_read_whole(grammars):
    """A page copied with hard line breaks cuts a one-line list anywhere: in an item, after a comma."""
    lines = ("Supplements: Commentary by", "Ann Lee, author of a book, a making-of", "documentary, stills, trailers", "|")
    assert extras(grammars["specsheet"], *lines) == ["Commentary by Ann Lee", "author of a book",
                                                     "a making-of documentary", "stills", "trailers"]
    assert extras(grammars["specsheet"], "Extras: trailer, booklet", "Region: 2") == ["trailer", "booklet"]
    assert extras(grammars["specsheet"], "Extras: Trailer", "Photo gallery") == ["Trailer"]  # a line of its own


def test_names_wrapped_onto_the_next_line(grammars):
    reads = read_lines(grammars["specsheet"], [(1, "Cast: Ann Lee, Bo"), (2, "Park, Cy Dahl"), (3, "Year: 1961")])
    assert [read.fields for read in reads] == [{"cast": ["Ann Lee", "Bo Park", "Cy Dahl"]}, {"year": 1961}]


def test_a_label_after_a_semicolon_starts_a_field_of_its_own(grammars):
    assert extras(grammars["specsheet"], "PAL, 2.35:1, Russian DD 5.1; Bonusy: úvod, biografie, menu") == [
        "úvod", "biografie", "menu"]


def test_a_paragraph_or_a_mark_under_the_header_is_no_item(grammars):
    lines = ("Bonus :", "6/20", "Outre les bandes-annonces, le seul bonus est un making of (27 min). Ce documentaire "
             "aborde les défis du tournage à travers des entretiens avec le réalisateur.")
    assert extras(grammars["specsheet"], *lines) == []


def test_a_paragraph_whose_sentence_ends_in_a_quote_under_the_header_is_no_item(grammars):
    lines = ("Special Features:", 'Our hero is a famous racer nicknamed "Lightning". Used to the spotlight, crowds of '
             "fans and the roar of the tracks, he lives at full speed.")
    assert extras(grammars["specsheet"], *lines) == []


def test_an_extras_label_over_a_paragraph_is_no_list(grammars):
    """`Extras: First of all, we get …` is a review's paragraph (prose reads it); a long list with a
    `Bros.` in it is still a list."""
    text = ("Extras: First of all, we get a fine commentary by Ann Lee, who knows the film. The feature runs "
            "short of 11 minutes. Next up is an interview.")
    assert extras(grammars["specsheet"], text) == []
    listed = ("Extras: a commentary by Ann Lee, a documentary, 3 segments from the Warner Bros. Presents TV series, "
              "screen tests, wardrobe tests, a trailer, stills and a booklet with notes by the restorers of the film")
    assert len(extras(grammars["specsheet"], listed)) == 7
