"""Reading release notes: text in, `ReleaseSpec`s out; nothing here touches the database.

The stages, in the order data flows (a stage imports only those before it):

- `source`    — bytes of a file or stdin → text (encodings, size cap, binary refused)
- `blocks/`   — text → blocks: rule lines and blank lines, markup cleaned, columns, pasted reports
- `lines/`    — one line → a `LineRead` with a grammar's rules: labels, sections, items
- `choose/`   — which grammar reads a block (and a paragraph in another style)
- `assemble/` — reads → releases; facts a block states anywhere (a title alone, a system named)
- `pipeline`  — `parse_text`, the stages above in order

and beside them, used by all: `grammar/` (loading grammar files, field types, the data folder) and
`release` (`ReleaseSpec`, what a release is).

>>> from dvdtrack.reading import load_grammars, parse_text
>>> result = parse_text("DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb", load_grammars())
>>> result.releases[0].disc_format
'DVD9'

The names below are loaded on first use, not when the package is: a module that needs one stage (or
`release`, or a grammar's words) does not load the whole reader with it.
"""

from importlib import import_module

_WHERE = {"Grammar": "grammar.loading", "load_grammars": "grammar.loading", "ParseResult": "pipeline",
          "parse_text": "pipeline", "AudioTrack": "release", "ReleaseSpec": "release", "SubtitleTrack": "release"}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    """`dvdtrack.reading.parse_text` and the other names of `__all__`, imported when first asked for."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
