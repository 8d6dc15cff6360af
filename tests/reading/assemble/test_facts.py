"""Facts a block states outside its lines' rules (`dvdtrack.reading.assemble.facts`): the count of discs a
line states on its own. Every text is made up, in the shapes real pages have."""

import pytest

from dvdtrack.reading import parse_text

SPECS = "Region 2 PAL\nAspect ratio: 1.85:1\nRunning time: 94 min"


@pytest.mark.parametrize("line", ["2 Discs:", "2-Disc Special Edition", "Two-Disc Collector's Edition"])
def test_a_count_of_discs_on_a_line_of_its_own_is_the_count(grammars, line):
    """The count stands over the discs' list or under the title; the line stays unread, or is the
    edition's name (`2-Disc Special Edition`), as written."""
    spec = parse_text(f"The Lantern Keeper\n{line}\nFormat: DVD9\n{SPECS}", grammars).releases[0]
    assert (spec.disc_count, spec.disc_format) == (2, "DVD9") and line in [*spec.unparsed, spec.edition]


def test_a_count_among_other_words_is_no_count(grammars):
    spec = parse_text(f"The Lantern Keeper\n2 discs of extras would have been nice\nFormat: DVD9\n{SPECS}", grammars).releases[0]
    assert spec.disc_count == 1


def test_a_line_too_long_to_read_states_no_fact_anywhere(grammars):
    """A line over MAX_LINE is kept unread; facts stated anywhere (an IMDb link, a video system, a region)
    are not taken from it either: a 50 MB line of junk was searched whole, once a fact."""
    from dvdtrack.reading import parse_text
    from dvdtrack.reading.blocks.cleaning import MAX_LINE

    junk = "x" * (MAX_LINE + 1) + " https://www.imdb.com/title/tt0060107/ NTSC Region 1"
    [spec] = parse_text(f"Harbour Lights (1963)\nDVD9\n{junk}\nA quiet film.", grammars).releases
    assert (spec.imdb_id, spec.video_system, spec.region) == (None, None, None)
    [spec] = parse_text("Harbour Lights (1963)\nDVD9\nhttps://www.imdb.com/title/tt0060107/ NTSC Region 1", grammars).releases
    assert (spec.imdb_id, spec.video_system, spec.region) == ("tt0060107", "NTSC", "1")
