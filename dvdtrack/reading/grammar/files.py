"""Where the reader's data lives: one folder, `dvdtrack/grammars`.

In the wheel that folder is the repository's `grammars/` installed inside the package; in a source
checkout `dvdtrack/grammars` is a link to `grammars/`. Either way the path is the same, so every
data file (grammars, vocabulary, language and country names) is found by `data_file`. Grammars are `grammars/*.toml`; the words the reader knows, `grammars/words/*.toml`.

>>> data_file("words/languages.toml").is_file()
True
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "grammars"


def data_file(name: str) -> Path:
    """A data file of the reader's, by its name in `grammars/`."""
    return DATA_DIR / name
