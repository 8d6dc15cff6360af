"""Compiled pattern lists, shared by every rule and grammar that lists the same patterns, and
the bounded memo that remembers what they made of a line."""

from __future__ import annotations

import parse

_MEMO_SIZE = 1024
_NO_MATCH = object()  # remembered "no pattern matches"


class Memo:
    """A bounded memo in two generations: when the new one is full it becomes the old one, and
    what is asked for again moves back, so lines that keep coming back stay however many others
    pass. It pickles empty: a reading process starts with its own."""

    __slots__ = ("new", "old")

    def __init__(self) -> None:
        self.new: dict = {}
        self.old: dict = {}

    def get(self, key):
        """The remembered value (from the old generation, it moves back to the new one), or None."""
        found = self.new.get(key)
        if found is None and key in self.old:
            found = self.put(key, self.old[key])
        return found

    def put(self, key, value):
        """Remember value (never None, which `get` gives for "not remembered") and return it."""
        if len(self.new) >= _MEMO_SIZE:
            self.old, self.new = self.new, {}
        self.new[key] = value
        return value

    def __reduce__(self):
        return Memo, ()


class Patterns:
    """Compiled patterns tried in order, each with its literal words, and a bounded memo.

    One `Patterns` serves every rule of every grammar that lists the same patterns (`nfo` extends
    `specsheet`; most grammars read `{audio:Languages}`), and lines repeat across a collection
    (`Subtitles: none`), so a line is matched against a pattern list once however many grammars
    try it. The memo is not pickled: a reading process starts with an empty one.
    """

    __slots__ = ("compiled", "_memo")

    def __init__(self, compiled: tuple[tuple[parse.Parser, tuple[str, ...]], ...]) -> None:
        self.compiled = compiled
        self._memo = Memo()

    def match(self, text: str) -> dict | None:
        """Fields of the first pattern that matches the whole text, else None."""
        found = self._memo.get(text)
        if found is None:
            fields = self._match(text)
            found = self._memo.put(text, _NO_MATCH if fields is None else fields)
        return None if found is _NO_MATCH else copy_fields(found)

    def _match(self, text: str) -> dict | None:
        # A pattern is only tried on a line that holds all its literal words (`region`, `|`, `(`):
        # a substring test is far cheaper than a regex, and most patterns fail it.
        folded = text.casefold()
        for pattern, words in self.compiled:
            if all(word in folded for word in words):
                result = pattern.parse(text)
                if result is not None:
                    return dict(result.named)
        return None


def copy_fields(fields: dict) -> dict:
    """A copy of read fields, lists too: memoised answers are handed out, never lent."""
    return {k: list(v) if type(v) is list else v for k, v in fields.items()}
