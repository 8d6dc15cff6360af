"""First stage: a text into blocks, each a list of cleaned lines: rule lines and blank lines end a
block (`split`), markup and pictographs go (`cleaning`), a table's columns become blocks of their own
(`columns`), a pasted DVDInfo report is taken apart (`reports`)."""
