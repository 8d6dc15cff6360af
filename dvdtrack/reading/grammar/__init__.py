"""Grammars: loading `grammars/*.toml` into rules (`loading`, `patterns`, `trie`), the field types
their patterns name (`types`, with `tracks` and `titles` for the larger ones), and where the data
folder is (`files`). Every stage of reading uses these; they use no stage."""
