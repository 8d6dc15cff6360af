"""Regex alternations of many words, written as a trie so that a regex tries each letter once."""

from __future__ import annotations

import re


def trie_pattern(words: list[str]) -> str:
    """A regex matching any of the words, the longest where several match at the same place.

    `audio|audio codec|aspect ratio` is tried word after word by `re`; the trie shares prefixes
    and tries a longer word before the shorter one it extends, as a longest-first list does.

    >>> trie_pattern(["audio", "audiocodec", "aspect"])
    'a(?:spect|udio(?:codec)?)'
    >>> re.match(trie_pattern(["audio", "audio codec"]), "audio codecs").group()
    'audio codec'
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(root)


def _node_pattern(node: dict) -> str:
    """The regex of a trie node; the key "" marks the end of a word."""
    ends = "" in node
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if not ends:
        return body
    return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
