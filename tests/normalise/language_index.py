"""Make `grammars/words/language_index.toml` from langcodes + language_data:

    python tests/normalise/language_index.py > grammars/words/language_index.toml

The index holds what langcodes answers for the languages release notes name most (the ISO 639-1
ones): each one's English name and its own name, folded, and its codes. The reader looks there first
and loads langcodes' tables only for what the index lacks; `test_language_index.py` checks that the
file is what this makes, so the index never says what langcodes would not.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

HEADER = """\
# What langcodes + language_data answer for the ISO 639-1 languages, written out so that notes naming
# them load no language tables: each language's English name and its own name (folded: lowercase,
# diacritics removed) and its two- and three-letter codes. Made by tests/normalise/language_index.py,
# checked against langcodes by tests/normalise/test_language_index.py; never edit it by hand (names
# langcodes lacks go to languages.toml).
"""


def index() -> tuple[dict[str, str], dict[str, str]]:
    """(folded name → code, code → code) for every ISO 639-1 language, where langcodes itself gives
    that code for the name as written and in capitals, lower case and title case."""
    import langcodes
    from langcodes.data_dicts import LANGUAGE_ALPHA3, LANGUAGE_ALPHA3_BIBLIOGRAPHIC

    from dvdtrack.normalise.language import _find, _tables, fold, langcodes_code

    curated = _tables()[0]
    twos = sorted({code for code in LANGUAGE_ALPHA3 if len(code) == 2})
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for two in twos:
        if langcodes_code(two, False) != two:
            continue
        codes[two] = two
        language = langcodes.Language.get(two)
        for name in (language.display_name("en"), language.autonym()):
            key = fold(name)
            if key in curated or not key or any(_find(v) != two for v in (name, name.upper(), name.lower(), name.title(), key)):
                continue
            if names.setdefault(key, two) != two:  # one name of two languages: left to langcodes
                names[key] = ""
    for table in (LANGUAGE_ALPHA3, LANGUAGE_ALPHA3_BIBLIOGRAPHIC):  # two letters → three
        for two, three in table.items():
            if two in codes and len(three) == 3 and langcodes_code(three, False) == two:
                codes[three] = two
    for old in ("iw", "in", "ji", "jw", "mo"):  # withdrawn two-letter codes still written
        if langcodes_code(old, False):
            codes[old] = langcodes_code(old, False)
    return {k: v for k, v in sorted(names.items()) if v}, dict(sorted(codes.items()))


def toml() -> str:
    names, codes = index()
    lines = [HEADER, "[names]"]
    lines += [f"{json.dumps(name, ensure_ascii=False)} = {json.dumps(code)}" for name, code in names.items()]
    lines += ["", "[codes]"]
    lines += [f"{json.dumps(code)} = {json.dumps(value)}" for code, value in codes.items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(toml())
