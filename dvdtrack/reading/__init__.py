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

>>> result = parse_text("DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb", load_grammars())
>>> result.releases[0].disc_format
'DVD9'
"""

from dvdtrack.reading.grammar.loading import Grammar, load_grammars
from dvdtrack.reading.pipeline import ParseResult, parse_text
from dvdtrack.reading.release import AudioTrack, ReleaseSpec, SubtitleTrack

__all__ = ["AudioTrack", "Grammar", "ParseResult", "ReleaseSpec", "SubtitleTrack", "load_grammars", "parse_text"]
