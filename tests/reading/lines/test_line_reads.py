"""Second stage on its own: lines read one at a time with one grammar's rules (`read_lines`) → a
`LineRead` per line, or per field of a line holding several: its kind, the rule that read it, its fields."""

import pytest

from dvdtrack.reading.lines.reader import read_lines


def reads(grammar, *lines: str) -> list[tuple]:
    return [(r.number, r.kind, r.rule, r.fields) for r in read_lines(grammar, list(enumerate(lines, start=1)))]


def test_a_label_dispatches_its_value_to_the_rules_of_that_label(grammars):
    assert reads(grammars["nfo"], "Runtime....: 1h 31mn", "Audio......: Russian DD 2.0", "Subtitles..: English") == [
        (1, "rule", "runtime", {"runtime": "1h 31mn"}), (2, "rule", "audio", {"audio": ["Russian DD 2.0"]}),
        (3, "rule", "subtitles", {"subtitles": ["English"]})]


def test_an_unlabelled_rule_reads_a_whole_line(grammars):
    assert reads(grammars["blog"], "DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb") == [
        (1, "rule", "spec-line", {"discs": (1, "DVD9"), "video_system": "PAL", "aspect": "4:3",
                                  "runtime": "01:31:15", "size": "7.01 Gb"})]


def test_a_section_header_makes_the_plain_lines_under_it_items_until_a_blank_line(grammars):
    assert reads(grammars["specsheet"], "Special Features:", "Photos", "Trailer", "", "Menu") == [
        (1, "header", "features", {}), (2, "item", "features", {"features": ["Photos"]}),
        (3, "item", "features", {"features": ["Trailer"]}), (4, "blank", None, {}), (5, "unparsed", None, {})]


def test_a_misspelt_header_is_still_its_section(grammars):
    assert reads(grammars["blog"], "Special Feautres:", "• Photos") == [
        (1, "header", "features", {}), (2, "item", "features", {"features": ["Photos"]})]


def test_a_label_alone_takes_its_values_from_the_next_line(grammars):
    assert reads(grammars["specsheet"], "Subtitles:", "English, French") == [
        (1, "header", "subtitles", {}), (2, "rule", "subtitles", {"subtitles": ["English", "French"]})]


def test_a_line_of_several_labels_is_a_read_per_label(grammars):
    assert reads(grammars["specsheet"], "Year: 1999 Region: 2") == [
        (1, "rule", "year", {"year": 1999}), (1, "rule", "region", {"region": "2"})]


@pytest.mark.parametrize("line, kind", [
    ("Barcode 4607 1234", "unparsed"),
    ("This is a long sentence about the film and its many wonderful scenes, truly.", "prose"),
    ("", "blank"),
])
def test_what_no_rule_reads_is_prose_unparsed_or_blank(grammars, line, kind):
    assert reads(grammars["specsheet"], line) == [(1, kind, None, {})]


def test_each_grammar_reads_only_its_own_labels(grammars):
    lines = ("Летят журавли (1957) DVD9", "Продолжительность: 01:31:15")
    assert reads(grammars["tracker_ru"], *lines)[1] == (2, "rule", "runtime", {"runtime": "01:31:15"})
    assert reads(grammars["blog"], *lines)[1] == (2, "unparsed", None, {})


def test_remembered_line_reads_are_copies(grammars):
    first = read_lines(grammars["specsheet"], [(1, "Subtitles: English, French")])
    first[0].fields["subtitles"].append("changed")
    again = read_lines(grammars["specsheet"], [(7, "Subtitles: English, French")])
    assert again[0].fields == {"subtitles": ["English", "French"]} and again[0].number == 7




@pytest.mark.parametrize("line", [
    "- Suécia 1963 De Ingrid Vall Com Marta Lind, Karl Ek 91’ Drama",  # a bulleted credits line, the runtime `91’`
    "Svezia 1963 Di Ingrid Vall Con Marta Lind, Karl Ek 91’ Drama",
])
def test_a_blogs_credits_line_gives_country_year_director_cast_runtime_and_genre(grammars, line):
    [read] = reads(grammars["blog"], line)
    fields = read[3]
    assert (fields["year"], fields["directors"], fields["cast"], fields["runtime"], fields["genres"]) == (
        1963, ["Ingrid Vall"], ["Marta Lind", "Karl Ek"], "91’", ["Drama"])


def test_a_credits_line_needs_a_country_first(grammars):
    assert reads(grammars["blog"], "Lars 1963 De Ingrid Vall Com Marta Lind") == [(1, "unparsed", None, {})]


def test_a_numbered_heading_ends_the_section_above_it(grammars):
    """`3. ANÁLISIS DEL DVD:` after the extras' bullets is the next part's heading, not an extra."""
    got = reads(grammars["specsheet"], "Extras:", "• Trailer", "", "3. ANÁLISIS DEL DVD:", "Tipo de DVD: DVD 9")
    assert [(read[1], read[3]) for read in got] == [
        ("header", {}), ("item", {"features": ["Trailer"]}), ("blank", {}), ("unparsed", {}),
        ("rule", {"discs": (1, "DVD9")})]
