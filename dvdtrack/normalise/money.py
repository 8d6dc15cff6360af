"""Prices as a collector types them → an amount in integer minor units and its ISO 4217 code.

The currency is a code or a symbol before or after the amount (`grammars/words/currencies.toml`);
the decimal mark is a point or a comma, and thousands may be grouped with the other mark, a space
or an apostrophe. Money is never a float: cents (or the currency's own minor unit) as an int.

>>> [str(parse_money(t)) for t in ("12.50EUR", "EUR 12.50", "12,50 €", "$15", "£9.99", "¥1500")]
['12.50 EUR', '12.50 EUR', '12.50 EUR', '15.00 USD', '9.99 GBP', '1500 JPY']
>>> [str(parse_money(t)) for t in ("1.299,00 €", "1,299.00 USD", "12 500 руб.", "CHF 1'250.50", "15,- €")]
['1299.00 EUR', '1299.00 USD', '12500.00 RUB', '1250.50 CHF', '15.00 EUR']
>>> parse_money("12,5,0EUR")
Traceback (most recent call last):
dvdtrack.errors.UsageError: not a price: '12,5,0EUR' (write 12.50EUR, EUR 12.50 or 12,50 €)

One mark before three digits, after one to three (`12.505`, `1,500`), is a thousands separator for a
currency without decimals (`1.500 ¥` is 1500 JPY) and the decimal mark for one with three (`1.250 KWD`,
as dvdtrack prints it); for any other currency it could be either, and a typo would be a price 1000 times
too high, so it is refused, with both readings:

>>> parse_money("12.505 EUR")
Traceback (most recent call last):
dvdtrack.errors.UsageError: '12.505 EUR' is ambiguous: 12505 EUR if the point groups thousands, or 12.505 EUR, but EUR has 2 decimal places: write 12505 EUR or 12.51 EUR
>>> [str(parse_money(t)) for t in ("1.500 ¥", "1.234.567 EUR", "12.500,- €", "12.500,00 €")]
['1500 JPY', '1234567.00 EUR', '12500.00 EUR', '12500.00 EUR']
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from dvdtrack.errors import UsageError
from dvdtrack.reading.grammar.files import data_file

_MAX_DIGITS = 15  # of the whole amount: beyond, a typo, not a price
_SHAPE = re.compile(r"(?P<before>\D*?)\s*(?P<number>\d(?:[\d.,'\s]*\d)?)(?P<dash>[.,][-–—])?\s*(?P<after>\D*)")
_SEPARATOR = re.compile(r"([.,']|\s+)")
_HINT = "write 12.50EUR, EUR 12.50 or 12,50 €"


@dataclass(frozen=True)
class Money:
    """An amount in minor units (cents) of an ISO 4217 currency.

    >>> Money(1250, "EUR").amount, str(Money(1250, "EUR")), str(Money(1500, "JPY"))
    (Decimal('12.50'), '12.50 EUR', '1500 JPY')
    """

    minor: int
    currency: str

    @property
    def amount(self) -> Decimal:
        return Decimal(self.minor).scaleb(-minor_digits(self.currency))

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, str], dict[str, list[str]]]:
    data = tomllib.loads(data_file("words/currencies.toml").read_text(encoding="utf-8"))
    digits = {code: int(n) for part in ("current", "withdrawn") for n, codes in data[part].items() for code in codes}
    return digits, {k.casefold(): v for k, v in data["symbols"].items()}, data["ambiguous"]


def minor_digits(code: str) -> int:
    """Digits of the currency's minor unit: 2 for EUR, 0 for JPY, 3 for KWD (2 for a code not known).

    >>> minor_digits("EUR"), minor_digits("JPY"), minor_digits("KWD")
    (2, 0, 3)
    """
    return _tables()[0].get(code, 2)


def currency_code(token: str) -> str:
    """The ISO 4217 code a code or symbol names, or a UsageError that says why none.

    >>> currency_code("eur"), currency_code("€"), currency_code("zł"), currency_code("DEM")
    ('EUR', 'EUR', 'PLN', 'DEM')
    >>> currency_code("kr")
    Traceback (most recent call last):
    dvdtrack.errors.UsageError: 'kr' is the currency of several countries (SEK, NOK, DKK, ISK): write its code, e.g. 120SEK
    >>> currency_code("EUX")
    Traceback (most recent call last):
    dvdtrack.errors.UsageError: unknown currency 'EUX': give an ISO 4217 code such as EUR, USD or GBP
    """
    digits, symbols, ambiguous = _tables()
    key = token.strip().casefold()
    if key.upper() in digits:
        return key.upper()
    if key in symbols:
        return symbols[key]
    if key in ambiguous:
        codes = ambiguous[key]
        raise UsageError(f"{token!r} is the currency of several countries ({', '.join(codes)}): "
                         f"write its code, e.g. 120{codes[0]}")
    raise UsageError(f"unknown currency {token!r}: give an ISO 4217 code such as EUR, USD or GBP")


def parse_money(text: str) -> Money:
    """A price as written → Money; a UsageError (one line) for anything that is not one price.

    >>> parse_money("0.5 KWD"), parse_money("€ 7")
    (Money(minor=500, currency='KWD'), Money(minor=700, currency='EUR'))
    >>> parse_money("1500.50 JPY")
    Traceback (most recent call last):
    dvdtrack.errors.UsageError: JPY has no smaller unit: '1500.50 JPY' has decimals
    >>> parse_money("12.50")
    Traceback (most recent call last):
    dvdtrack.errors.UsageError: the price '12.50' names no currency (write 12.50EUR, EUR 12.50 or 12,50 €)
    """
    m = _SHAPE.fullmatch(text.strip())
    if not m:
        raise UsageError(f"not a price: {text!r} ({_HINT})")
    before, after = m["before"].strip(), m["after"].strip()
    if before.endswith("-"):
        raise UsageError(f"a price cannot be negative: {text!r}")
    if before and after:
        raise UsageError(f"not a price: {text!r} (one currency, before or after the amount)")
    if not (before or after):
        raise UsageError(f"the price {text!r} names no currency ({_HINT})")
    code = currency_code(before or after)
    whole, fraction = _split(m["number"], minor_digits(code), text, code, dashed=bool(m["dash"]))
    if m["dash"]:  # `15,-`: a whole amount
        if fraction is not None:
            raise UsageError(f"not a price: {text!r} ({_HINT})")
        fraction = ""
    return Money(_minor(whole, fraction or "", code, text), code)


def _split(number: str, digits: int, text: str, code: str, dashed: bool = False) -> tuple[str, str | None]:
    """The whole part's digits and the fraction's (None when there is no decimal mark); a UsageError
    when one mark could be either (`12.505 EUR`), unless a dash says the amount is whole (`12.500,- €`)."""
    parts = _SEPARATOR.split(number)
    groups, marks = parts[0::2], [" " if s.isspace() else s for s in parts[1::2]]
    if not marks:
        return number, None
    if not dashed and _ambiguous(groups, marks, digits):
        raise UsageError(_both_readings(groups, marks[0], digits, code, text))
    last = marks[-1]
    decimal = last in ".," and marks.count(last) == 1 and not _thousands(groups, marks, digits)
    whole_groups, whole_marks = (groups[:-1], marks[:-1]) if decimal else (groups, marks)
    if not _grouped(whole_groups, whole_marks):
        raise UsageError(f"not a price: {text!r} ({_HINT})")
    return "".join(whole_groups), groups[-1] if decimal else None


def _thousands(groups: list[str], marks: list[str], digits: int) -> bool:
    """A lone mark before three digits groups thousands (`12.500 ₽`, `1,299 $`), unless the
    currency has three decimals or the amount starts with 0 (`0,500`)."""
    return len(marks) == 1 and len(groups[-1]) == 3 and digits != 3 and groups[0] != "0"


def _ambiguous(groups: list[str], marks: list[str], digits: int) -> bool:
    """One point or comma between 1-3 digits (not a lone 0) and three, for a currency whose minor unit
    has one or two digits: `12.505` is 12505 or 12.505, and neither can be ruled out.

    >>> _ambiguous(["12", "505"], ["."], 2), _ambiguous(["1", "500"], [","], 0), _ambiguous(["0", "500"], [","], 2)
    (True, False, False)
    """
    return (len(marks) == 1 and marks[0] in ".," and 0 < digits < 3 and len(groups[1]) == 3
            and 1 <= len(groups[0]) <= 3 and groups[0] != "0")


def _both_readings(groups: list[str], mark: str, digits: int, code: str, text: str) -> str:
    """The one-line refusal of an ambiguous amount: both readings and how to write each.

    >>> _both_readings(["1", "500"], ",", 2, "USD", "1,500 $")
    "'1,500 $' is ambiguous: 1500 USD if the comma groups thousands, or 1.500 USD, but USD has 2 decimal places: write 1500 USD or 1.50 USD"
    """
    name = "point" if mark == "." else "comma"
    exact = Decimal(f"{groups[0]}.{groups[1]}")
    rounded = exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return (f"{text!r} is ambiguous: {''.join(groups)} {code} if the {name} groups thousands, or {exact} {code}, "
            f"but {code} has {digits} decimal place{'s' if digits > 1 else ''}: "
            f"write {''.join(groups)} {code} or {rounded} {code}")


def _grouped(groups: list[str], marks: list[str]) -> bool:
    """Thousands grouped as they are everywhere: one mark throughout, 1-3 digits, then threes."""
    if not marks:
        return True
    return len(set(marks)) == 1 and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _minor(whole: str, fraction: str, code: str, text: str) -> int:
    digits = minor_digits(code)
    if len(fraction) > digits:
        why = "has no smaller unit" if digits == 0 else f"has {digits} decimal places"
        raise UsageError(f"{code} {why}: {text!r} has {'decimals' if digits == 0 else 'more'}")
    if len(whole.lstrip("0")) + digits > _MAX_DIGITS:
        raise UsageError(f"not a price: {text!r} (too large)")
    return int(whole) * 10**digits + int(fraction.ljust(digits, "0") or 0)


def format_money(minor: int | None, currency: str | None) -> str:
    """A stored price for display; empty when there is none.

    >>> format_money(1250, "EUR"), format_money(None, None)
    ('12.50 EUR', '')
    """
    return "" if minor is None or currency is None else str(Money(minor, currency))
