"""`find`'s known values are the reader's: what it accepts as valid is what the reader can store."""

import re

import pytest

from dvdtrack.errors import UsageError
from dvdtrack.queries import filters


def test_video_systems_are_the_readers():
    from dvdtrack.reading.grammar.types import SYSTEM_RE, video_system

    assert filters.VIDEO_SYSTEMS == tuple(SYSTEM_RE.split("|"))
    assert all(video_system(s.lower()) == s for s in filters.VIDEO_SYSTEMS)


@pytest.mark.parametrize("fmt", filters.DISC_FORMATS)
def test_each_disc_format_is_one_the_reader_stores(fmt):
    from dvdtrack.reading.grammar.discs import DISCS_RE, discs

    spelled = {"DVDR": "DVD-R"}.get(fmt, fmt)
    assert re.fullmatch(DISCS_RE, spelled) and discs(spelled) == (1, fmt)
    assert filters.disc_format(spelled.lower()) == fmt


@pytest.mark.parametrize("region", filters.REGIONS)
def test_each_region_is_one_the_reader_stores(region):
    from dvdtrack.reading.grammar.discs import REGION_RE, region as read_region

    assert re.fullmatch(REGION_RE, region, re.I) and read_region(region) == region
    assert filters.regions(f"Region {region}" if region != "ALL" else "region free") == region


def test_sort_keys_are_finds():
    from dvdtrack.queries.find import SORTS

    assert [filters.sort_order(f"-{key}", SORTS) for key in SORTS] == [(key, True) for key in SORTS]
    with pytest.raises(UsageError, match="descending"):
        filters.sort_order("--year", SORTS)


def test_languages_of_a_value_any_of_and_of_values_none_of():
    assert filters.any_of("he,English , иврит") == ("he", "en")
    assert filters.none_of(["ru,uk", "ru"]) == ("ru", "uk")
    with pytest.raises(filters.UnknownLanguage):
        filters.any_of(" , ")
