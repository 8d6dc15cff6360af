"""A price whose one mark could group thousands or mark decimals (`12.505 EUR`) is refused by every
command that takes one, with both readings, and nothing is stored; one that can be read one way only
is stored as read, and `collection` adds it up."""

import pytest


@pytest.mark.parametrize("args, says", [
    (("own", 1, "--price", "12.505 EUR"), "write 12505 EUR or 12.51 EUR"),
    (("want", 1, "--price", "1,500 $"), "write 1500 USD or 1.50 USD"),
    (("own", 1, "--price", "12.500EUR"), "12500 EUR if the point groups thousands, or 12.500 EUR"),
])
def test_an_ambiguous_price_is_one_line_and_stores_nothing(listed, args, says):
    before = listed("export").stdout
    result = listed(*args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("dvdtrack: error: ") and "is ambiguous" in result.stderr and says in result.stderr
    assert result.stderr.count("\n") == 1
    assert listed("export").stdout == before


def test_prices_read_one_way_only_are_spent_as_written(listed):
    for price in ("1.500,00 €", "12,50 €", "1.500 ¥"):
        assert listed("own", 1, "--price", price).exit_code == 0
    spent = next(line for line in listed("collection").stdout.splitlines() if "spent" in line)
    assert "1512.50 EUR" in spent and "1500 JPY" in spent, spent
