"""Barcodes: EAN-13, UPC-A and EAN-8 numbers, checked by their check digit (GS1's GTIN rule), and the
spellings one barcode is stored in. Used by the reader's `Barcode` field type and by `find --barcode`.
"""

from __future__ import annotations

import re

_NOT_DIGIT = re.compile(r"\D")
_GTIN_LENGTHS = (8, 12, 13)  # EAN-8, UPC-A, EAN-13


def gtin_digits(text: str) -> str | None:
    """The digits of an EAN-13, UPC-A or EAN-8 barcode written with or without spaces or dashes, when
    its check digit is right; else None.

    >>> gtin_digits("5 021866 234502"), gtin_digits("037429209325"), gtin_digits("96385074"), gtin_digits("5021866234506")
    ('5021866234502', '037429209325', '96385074', None)
    """
    digits = _NOT_DIGIT.sub("", text)
    if len(digits) not in _GTIN_LENGTHS:
        return None
    body = digits[:-1]
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return digits if (10 - total % 10) % 10 == int(digits[-1]) else None


def gtin_spellings(text: str) -> list[str]:
    """Every way a stored barcode may spell the one in `text`: a UPC-A is an EAN-13 with a leading 0
    (`037429209325` and `0037429209325` are one disc). [] when `text` is no barcode.

    >>> gtin_spellings("0 037429 209325"), gtin_spellings("12345")
    (['0037429209325', '037429209325'], [])
    """
    digits = gtin_digits(text)
    if digits is None:
        return []
    if len(digits) == 13 and digits.startswith("0"):
        return [digits, digits[1:]]
    return [digits, "0" + digits] if len(digits) == 12 else [digits]
