"""Prices as collectors type them → integer minor units and an ISO 4217 code; and what is refused."""

import pytest

from dvdtrack.errors import UsageError
from dvdtrack.normalise.money import Money, currency_code, format_money, parse_money


@pytest.mark.parametrize("text, minor, currency", [
    ("12.50EUR", 1250, "EUR"), ("EUR 12.50", 1250, "EUR"), ("12,50 €", 1250, "EUR"), ("€12,50", 1250, "EUR"),
    ("$15", 1500, "USD"), ("£9.99", 999, "GBP"), ("9.99 gbp", 999, "GBP"), ("12,5 €", 1250, "EUR"),
    ("15,- €", 1500, "EUR"), ("15.– CHF", 1500, "CHF"), ("Fr. 25.50", 2550, "CHF"), ("0 EUR", 0, "EUR"),
    ("1.299,00 €", 129900, "EUR"), ("1,299.00 USD", 129900, "USD"), ("1 299,00 €", 129900, "EUR"),
    ("12 500 ₽", 1250000, "RUB"), ("12\u00a0500 руб.", 1250000, "RUB"), ("350 р.", 35000, "RUB"),
    ("CHF 1'250.50", 125050, "CHF"), ("¥1500", 1500, "JPY"), ("1,500円", 1500, "JPY"), ("CN¥ 45", 4500, "CNY"),
    ("0,500 KWD", 500, "KWD"), ("1.250 KWD", 1250, "KWD"), ("C$ 20", 2000, "CAD"), ("A$19.95", 1995, "AUD"),
    ("R$ 29,90", 2990, "BRL"), ("49,99 zł", 4999, "PLN"), ("299 Kč", 29900, "CZK"), ("39.90DEM", 3990, "DEM"),
    ("2.000.000 ITL", 2000000, "ITL"), ("12.505,5 EUR", 1250550, "EUR"),
])
def test_accepted(text, minor, currency):
    assert parse_money(text) == Money(minor, currency)


@pytest.mark.parametrize("text, says", [
    ("12,5,0EUR", "not a price"), ("12..50 EUR", "not a price"), ("12.50", "names no currency"),
    ("12.50 EUX", "unknown currency 'EUX'"), ("12.50 dollars please", "unknown currency"),
    ("€12.50 EUR", "one currency"), ("-5 EUR", "negative"), ("EUR -5", "negative"), ("", "not a price"),
    ("EUR", "not a price"), ("120 kr", "several countries"), ("1500.5 JPY", "JPY has no smaller unit"),
    ("1.234,567 EUR", "EUR has 2 decimal places"), ("12.5055 EUR", "EUR has 2 decimal places"),
    ("1,2345,678 EUR", "not a price"), ("12 EUR 50", "not a price"), ("9" * 16 + " EUR", "too large"),
    ("12.50,- EUR", "not a price"),
])
def test_refused(text, says):
    with pytest.raises(UsageError) as caught:
        parse_money(text)
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_minor_units_round_trip_without_float():
    for text in ("0.10 EUR", "0.20 EUR", "0.30 EUR", "19.99 USD", "1234567.89 EUR"):
        money = parse_money(text)
        assert isinstance(money.minor, int)
        assert parse_money(str(money)) == money
    assert parse_money("0.10 EUR").minor + parse_money("0.20 EUR").minor == parse_money("0.30 EUR").minor


def test_codes_and_display():
    assert currency_code("usd") == "USD" and currency_code("€") == "EUR"
    assert format_money(1500, "JPY") == "1500 JPY" and format_money(1250, "KWD") == "1.250 KWD"
    assert format_money(None, None) == ""


@pytest.mark.parametrize("text, minor, currency", [
    ("1.234.567 EUR", 123456700, "EUR"), ("1 234,56 €", 123456, "EUR"), ("12,50 €", 1250, "EUR"),
    ("1.500,00 €", 150000, "EUR"), ("12.500,- €", 1250000, "EUR"), ("12.500,00 ₽", 1250000, "RUB"),
    ("1.500 ¥", 1500, "JPY"), ("1,500 JPY", 1500, "JPY"), ("15.000 KRW", 15000, "KRW"),
    ("1.250 KWD", 1250, "KWD"), ("0,50 EUR", 50, "EUR"), ("1234.50 EUR", 123450, "EUR"),
])
def test_thousands_that_can_be_nothing_else(text, minor, currency):
    """Two marks, a space, a dash, a currency without decimals (or with three) say which reading is meant."""
    assert parse_money(text) == Money(minor, currency)


@pytest.mark.parametrize("text, readings, writes", [
    ("12.505 EUR", "12505 EUR if the point groups thousands, or 12.505 EUR", "write 12505 EUR or 12.51 EUR"),
    ("12.500EUR", "12500 EUR if the point groups thousands, or 12.500 EUR", "write 12500 EUR or 12.50 EUR"),
    ("1,500 $", "1500 USD if the comma groups thousands, or 1.500 USD", "write 1500 USD or 1.50 USD"),
    ("12.500 ₽", "12500 RUB if the point groups thousands", "write 12500 RUB or 12.50 RUB"),
    ("€ 999,999", "999999 EUR if the comma groups thousands", "write 999999 EUR or 1000.00 EUR"),
])
def test_one_mark_before_three_digits_is_refused_with_both_readings(text, readings, writes):
    """A typo for 12.50 must not become 12500.00 EUR of "spent": both readings, on one line."""
    with pytest.raises(UsageError) as caught:
        parse_money(text)
    said = str(caught.value)
    assert said.startswith(f"{text!r} is ambiguous: ") and readings in said and said.endswith(writes)
    assert "\n" not in said


@pytest.mark.parametrize("text, says", [
    ("0.001EUR", "EUR has 2 decimal places"), ("0,500 EUR", "EUR has 2 decimal places"),
    ("1234.567 EUR", "not a price"), ("12.500.5 EUR", "not a price"),
])
def test_no_thousands_reading_is_still_refused_as_before(text, says):
    """A lone 0 before the mark is no thousands group, nor are four digits: refused as before."""
    with pytest.raises(UsageError) as caught:
        parse_money(text)
    assert says in str(caught.value) and "ambiguous" not in str(caught.value)
