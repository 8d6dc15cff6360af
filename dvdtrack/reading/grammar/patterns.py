"""Compiled pattern lists, shared by every rule and grammar that lists the same patterns, and
the bounded memo that remembers what they made of a line."""

from __future__ import annotations

import parse

from dvdtrack.reading.grammar.kept import regex

_MEMO_SIZE = 1024
# A pattern of two fields or more tries every split of a line between them, and its fields' own
# look-aheads scan the rest at each: time with the square (or cube) of the line's length. Longer
# lines are left to the patterns of one field (a list of 10,000 languages), or kept unread. The
# longest line such a pattern reads in the corpora has 393 characters.
MAX_FIELDS_TEXT = 1_000
_NO_MATCH = object()  # remembered "no pattern matches"
_UNCOMPILED = object()  # a pattern's regex before its first match


class Refused(ValueError):
    """Raised by a field type's converter for text its pattern took but which is not of its kind (a
    barcode whose check digit is wrong): the pattern then does not match, and the next is tried."""


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


class Pattern:
    """One compiled parse pattern, matched without building parse's `Result` (spans, fixed fields,
    nested names), which none of our patterns use and which cost a third of a match.

    >>> p = Pattern(parse.compile("Region {region:d} {}"), ("region",))
    >>> p.match("Region 2 PAL"), p.match("Zone 2")
    ({'region': 2}, None)
    """

    __slots__ = ("parser", "words", "_regex", "_fields", "_longest")

    def __init__(self, parser: parse.Parser, words: tuple[str, ...]) -> None:
        self.parser, self.words = parser, words
        self._fields = _plain_fields(parser)
        # compiled when first matched (parse compiles on first use too): a command reads one block
        # with a few of the grammars' hundreds of patterns, and compiling them all took most of its start
        self._regex = _UNCOMPILED if self._fields is not None else None
        self._longest = MAX_FIELDS_TEXT if _field_count(parser) >= 2 else None

    def match(self, text: str) -> dict | None:
        """The named fields, converted, when the pattern matches the whole text; else None (a
        pattern of several fields reads no text longer than MAX_FIELDS_TEXT).

        >>> Pattern(parse.compile("{} ({})"), ()).match("a (b) " * 200 + "x"), Pattern(parse.compile("{}"), ()).match("a" * 2000) is None
        (None, False)
        """
        if self._longest is not None and len(text) > self._longest:
            return None
        try:
            if self._regex is _UNCOMPILED:
                self._regex = _match_regex(self.parser)
            if self._regex is None:
                result = self.parser.parse(text)
                return None if result is None else dict(result.named)
            m = self._regex.match(text)
            if m is None:
                return None
            groups = m.groupdict()
            return {name: groups[group] if convert is None else convert(groups[group])
                    for group, name, convert in self._fields}
        except Refused:  # a value of the pattern's shape, but not of its kind
            return None

    def __reduce__(self):  # sent to reading processes as the parser, and set up again there
        return Pattern, (self.parser, self.words)


def _match_regex(parser: parse.Parser):
    """The regex parse matches the whole text with (its `_match_re`), compiled through the kept file."""
    return regex(r"\A%s\Z" % parser._expression, parser._re_flags)


def _field_count(parser: parse.Parser) -> int:
    """The pattern's fields, named or not (2 when parse's compiled form cannot say: bounded, as
    the most costly are)."""
    try:
        return len(parser._named_fields) + len(parser._fixed_fields)
    except (AttributeError, TypeError):
        return 2


def _plain_fields(parser: parse.Parser) -> tuple | None:
    """(group, field, converter) of each named field, when every converter is one of ours (which
    parse wraps in `convert_first`) or none; else None, and parse matches the pattern itself
    (its own types, `{:tg}`, read the whole match). Reads parse's compiled form, guarded: were it
    ever to change, parse matches every pattern, only slower."""
    try:
        conversions, names = parser._type_conversions, parser._group_to_name_map
        fields = tuple((group, names[group], conversions.get(group)) for group in parser._named_fields)
        if not isinstance(getattr(type(parser), "_match_re", None), property):  # present, or parse matches
            return None
    except (AttributeError, KeyError, TypeError):
        return None
    if not all(c is None or type(c) is parse.convert_first for _, _, c in fields):
        return None
    return tuple((group, name, c and c.converter) for group, name, c in fields)


class Patterns:
    """Compiled patterns tried in order, each with its literal words, and a bounded memo.

    One `Patterns` serves every rule of every grammar that lists the same patterns (`nfo` extends
    `specsheet`; most grammars read `{audio:Languages}`), and lines repeat across a collection
    (`Subtitles: none`), so a line is matched against a pattern list once however many grammars
    try it. The memo is not pickled: a reading process starts with an empty one.
    """

    __slots__ = ("compiled", "_memo")

    def __init__(self, compiled: tuple[Pattern, ...]) -> None:
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
        for pattern in self.compiled:
            for word in pattern.words:
                if word not in folded:
                    break
            else:
                fields = pattern.match(text)
                if fields is not None:
                    return fields
        return None


def copy_fields(fields: dict) -> dict:
    """A copy of read fields, lists too: memoised answers are handed out, never lent."""
    return {k: list(v) if type(v) is list else v for k, v in fields.items()}
