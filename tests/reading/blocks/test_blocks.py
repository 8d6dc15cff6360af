"""First stage on its own: a text into chunks of numbered lines (`split_chunks`), a line cleaned of
markup and frames (`clean_line`), a comparison table into a chunk per column (`split_columns`), a
pasted report taken apart (`split_report`). No grammar is needed for any of it."""

import pytest

from dvdtrack.reading.blocks.cleaning import clean_line
from dvdtrack.reading.blocks.columns import split_columns
from dvdtrack.reading.blocks.reports import may_hold_report, split_report
from dvdtrack.reading.blocks.split import split_chunks


def numbered(*lines: str) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


def test_rule_lines_end_a_chunk_and_keep_no_line_of_their_own():
    assert split_chunks("Title\nDVD9\n-----\nRegion: 2\n\n=====\n\n") == [
        [(1, "Title"), (2, "DVD9")], [(4, "Region: 2"), (5, "")]]


def test_a_chunk_of_blank_lines_only_is_no_chunk():
    assert split_chunks("\n   \n-----\n\t\n") == []


def test_a_page_pasted_on_one_line_breaks_where_its_markup_does():
    assert split_chunks("Title: Mirror<br>Year: 1975<br/>Region: 2") == [
        [(1, "Title: Mirror"), (2, "Year: 1975"), (3, "Region: 2")]]


@pytest.mark.parametrize("raw, clean", [
    ("[b]Видео:[/b] PAL", "Видео: PAL"),  # BBCode
    ("<b>Runtime:</b> 95 min", "Runtime: 95 min"),  # HTML
    ("║ Runtime....: 1h 31mn ║", "Runtime....: 1h 31mn"),  # an NFO's frame
    ("░▒▓ THE MIRROR ▓▒░", "THE MIRROR"),
    ("·:·:· The Salt Meadow (1963) ·:·:·", "The Salt Meadow (1963)"),  # ornaments around a heading
    ("Running Time\t102 mins", "Running Time: 102 mins"),  # a table's label cell and value cell
    ("DVD9\tPAL\t4:3", "DVD9 | PAL | 4:3"),  # cells with no label: a strip
    ("| Aspect Ratio | 1.85:1 (16:9) |", "Aspect Ratio: 1.85:1 (16:9)"),  # a Markdown row
    ("|---|:---:|", ""),  # a Markdown table's rule is no line of text
    ("Runtime : 91 min      Size : 4.37 GB", "Runtime : 91 min | Size : 4.37 GB"),  # an NFO's two columns
    ("Region   2   PAL", "Region 2 PAL"),  # a wide gap before no label is a space
])
def test_a_line_is_cleaned_of_markup_frames_and_table_marks(raw, clean):
    assert clean_line(raw) == clean


def test_a_grammars_line_prefix_goes_only_when_the_grammar_names_it():
    assert clean_line("# Director : Larisa Shepitko") == "# Director : Larisa Shepitko"
    assert clean_line("# Director : Larisa Shepitko", ("#",)) == "Director : Larisa Shepitko"


def test_a_comparison_table_becomes_a_chunk_per_column_and_other_rows_go_to_each():
    chunk = numbered("Mirror (1975)", "Distribution\tRUSCICO - Region 0 - NTSC\tArtificial Eye - Region 2 - PAL",
                     "Runtime\t1:46:17\t1:41:54", "Audio\tRussian 5.1\tRussian 2.0")
    assert split_columns(chunk) == [
        [(1, "Mirror (1975)"), (2, "Distribution\tRUSCICO - Region 0 - NTSC"), (3, "Runtime\t1:46:17"),
         (4, "Audio\tRussian 5.1")],
        [(1, "Mirror (1975)"), (2, "Distribution\tArtificial Eye - Region 2 - PAL"), (3, "Runtime\t1:41:54"),
         (4, "Audio\tRussian 2.0")]]


def test_rows_of_cells_that_name_no_edition_per_column_stay_one_chunk():
    chunk = numbered("Audio | English | 5.1", "Subtitles | English | French", "Video | PAL | 16:9")
    assert split_columns(chunk) == [chunk]


def test_a_table_of_two_rows_is_no_comparison():
    chunk = numbered("Runtime\t1:46:17\t1:41:54", "Region\t0\t2")
    assert split_columns(chunk) == [chunk]


def test_a_mediainfo_report_is_cut_from_the_post_and_kept_to_stay_unread():
    chunk = numbered("The Salt Meadow (1963) DVD9", "Audio: Swedish", "MediaInfo", "General",
                     "Complete name : VTS_01_1.VOB", "Duration : 24 min")
    body, film, cut = split_report(chunk)
    assert (body, film, [n for n, _ in cut]) == (chunk[:2], [], [3, 4, 5, 6])


def test_a_dvdinfo_reports_longest_title_set_is_the_film_and_the_rest_is_cut():
    chunk = numbered("The Salt Meadow (1963) DVD9", "Title: SALT_MEADOW", "Size: 7.45 Gb ( 7 812 352 KBytes ) - DVD-9",
                     "VTS_01 :", "Play Length: 00:00:16", "VTS_02 :", "Play Length: 01:31:40",
                     "Audio:", "Swedish (Dolby AC3, 1 ch)", "Menu Video: PAL 4:3 (720x576) VBR")
    body, film, cut = split_report(chunk)
    assert [n for n, _ in body] == [1]
    assert [line for _, line in film] == ["Size: 7.45 Gb ( 7 812 352 KBytes ) - DVD-9", "Play Length: 01:31:40",
                                          "Audio:", "Swedish (Dolby AC3, 1 ch)"]
    assert sorted(n for n, _ in cut) == [2, 4, 5, 6, 10]


def test_a_text_with_no_report_is_told_at_a_glance():
    assert not may_hold_report("The Salt Meadow (1963)\nGeneral release: 1963\nRegion: 2")
    assert may_hold_report("Title\nVTS_01 :\nPlay Length: 01:31:40")


@pytest.mark.parametrize("line, cleaned", [("Dual Layer ( )", "Dual Layer"), ("RSDL () 1:02:10", "RSDL 1:02:10"),
                                           ("Region 2 (UK)", "Region 2 (UK)")])
def test_an_empty_bracket_says_nothing(line, cleaned):
    assert clean_line(line) == cleaned
