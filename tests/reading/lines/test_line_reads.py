"""Reading one line at a time (`read_lines`): a grammar's rules → `LineRead`s, their kinds, rules and fields."""

from dvdtrack.reading.lines.reader import read_lines


def test_remembered_line_reads_are_copies(grammars):
    first = read_lines(grammars["specsheet"], [(1, "Subtitles: English, French")])
    first[0].fields["subtitles"].append("changed")
    again = read_lines(grammars["specsheet"], [(7, "Subtitles: English, French")])
    assert again[0].fields == {"subtitles": ["English", "French"]} and again[0].number == 7


