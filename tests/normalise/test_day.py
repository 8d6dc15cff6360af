"""Calendar days as collectors type them; `today` is always given, never the clock's."""

from datetime import date

import pytest

from dvdtrack.errors import UsageError
from dvdtrack.normalise.day import parse_day

TODAY = date(2024, 5, 10)


@pytest.mark.parametrize("text, day", [
    ("2024-05-01", date(2024, 5, 1)), ("2024-5-1", date(2024, 5, 1)), ("2024/05/01", date(2024, 5, 1)),
    ("01.05.2024", date(2024, 5, 1)), ("1.5.2024", date(2024, 5, 1)), (" today ", TODAY),
    ("Yesterday", date(2024, 5, 9)), ("tomorrow", date(2024, 5, 11)), ("+14d", date(2024, 5, 24)),
    ("+2w", date(2024, 5, 24)), ("-3d", date(2024, 5, 7)), ("+ 1 W", date(2024, 5, 17)),
    ("25/12/2023", date(2023, 12, 25)), ("12/25/2023", date(2023, 12, 25)), ("05/05/2024", date(2024, 5, 5)),
    ("2024-02-29", date(2024, 2, 29)),
])
def test_accepted(text, day):
    assert parse_day(text, TODAY) == day


@pytest.mark.parametrize("text, says", [
    ("2024-02-30", "not a date"), ("2023-02-29", "not a date"), ("2024-13-01", "not a date"),
    ("05/01/2024", "ambiguous"), ("1st of May", "not a date"), ("", "not a date"), ("0024-05-01", "before 1900"),
    ("14d", "not a date"), ("+2y", "not a date"), ("2024-05-01T10:00", "not a date"),
])
def test_refused(text, says):
    with pytest.raises(UsageError) as caught:
        parse_day(text, TODAY)
    assert says in str(caught.value) and "\n" not in str(caught.value)
