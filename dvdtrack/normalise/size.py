"""Size text → bytes. Units are read as binary multiples: `7.01 Gb` = 7.01 × 1024³ bytes.

Release posts copy sizes from file managers and torrent clients, which report binary units
whatever letters they print (a full DVD9 shows as "7.95 GB"), so `Gb`, `GB`, `GiB` and `ГБ`
all mean 1024³ here. The text as written is kept beside the number (`size_text`).

>>> size_bytes("7.01 Gb"), size_bytes("4,37 ГБ"), size_bytes("700 MB")
(7526930186, 4692251771, 734003200)
"""

from __future__ import annotations

import re

_SIZE = re.compile(r"(\d+(?:[.,]\d+)?)\s?([KMGTКМГТ])?", re.I)
_BYTES = re.compile(r"^\d{1,3}(?:,\d{3})+\s?bytes$", re.I)  # thousands separated: a count of bytes
_POWERS = {"K": 1, "К": 1, "M": 2, "М": 2, "G": 3, "Г": 3, "T": 4, "Т": 4}


def size_bytes(text: str) -> int | None:
    """Bytes in a size as written, or None when no number is found.

    >>> size_bytes("7,654,321,987 bytes")
    7654321987
    """
    if _BYTES.match(text):
        return int(re.sub(r"\D", "", text))
    m = _SIZE.search(text)
    if not m:
        return None
    number = float(m.group(1).replace(",", "."))
    power = _POWERS.get((m.group(2) or "").upper(), 0)
    return round(number * 1024**power)


def format_size(value: int | None) -> str:
    """`7526930186` → `7.01 GiB`."""
    if value is None:
        return ""
    for unit, power in (("TiB", 4), ("GiB", 3), ("MiB", 2), ("KiB", 1)):
        if value >= 1024**power:
            return f"{value / 1024**power:.2f} {unit}"
    return f"{value} B"
