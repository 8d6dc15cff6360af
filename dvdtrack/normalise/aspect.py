"""Aspect ratios → one canonical text: `4:3`, `16:9` stay; others become `N.NN:1`.

Posts write the same ratio many ways: `1.78`, `2:40` (a colon for the decimal point),
`1,66:1`, `2.35 : 1`, `1:1,85` (the other way round).

>>> [canonical_aspect(t) for t in ("4:3", "1.78", "2:40", "1,66:1", "2.35 : 1", "16:9", "1:1,85")]
['4:3', '1.78:1', '2.40:1', '1.66:1', '2.35:1', '16:9', '1.85:1']
"""

from __future__ import annotations

import re

_NAMED = {(4, 3), (16, 9), (5, 4), (3, 2), (14, 9), (21, 9), (16, 10)}


def canonical_aspect(text: str) -> str | None:
    """The canonical form, or None when the text is not a ratio."""
    parts = [p.strip().replace(",", ".") for p in text.split(":")]
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        return None
    if len(numbers) == 1:
        return f"{numbers[0]:.2f}:1"
    left, right = numbers[0], numbers[1]
    if left == 1 < right < 4:  # `1:1,85`: German sheets write the ratio the other way round
        left, right, parts = right, left, parts[::-1]
    if right == 1:
        return f"{left:.2f}:1"
    if (left, right) in _NAMED:
        return f"{int(left)}:{int(right)}"
    if re.fullmatch(r"[1-3]", parts[0]) and re.fullmatch(r"\d{2}", parts[1]):
        return f"{parts[0]}.{parts[1]}:1"
    return f"{left / right:.2f}:1"
