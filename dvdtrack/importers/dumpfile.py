"""Reading a dvdtrack dump (`export`) row by row, whatever its layout.

A dump is one JSON document: `{"format": "dvdtrack-dump", "version": …, "schema": …, "tables":
{"film": [{…}, …], …}}`. `export` writes one row a line, older versions wrote it indented; this
reader takes the document apart value by value with the standard decoder, so memory holds one row
(and a chunk of the file), never the document.
"""

from __future__ import annotations

import json
from typing import Iterator, TextIO

from dvdtrack.errors import InputError
from dvdtrack.reading.source import MAX_BYTES, dump_header

_CHUNK = 1 << 16


class DumpReader:
    """`header` (the keys before `tables`) and `rows()`: (table, row) in the file's order.

    >>> import io
    >>> r = DumpReader(io.StringIO('{"format": "dvdtrack-dump", "version": 1, "tables": {\\n'
    ...                            '"film": [\\n{"id": 1},\\n{"id": 2}\\n],\\n"empty": []\\n}}\\n'), "d.json")
    >>> r.header["version"], list(r.rows())
    (1, [('film', {'id': 1}), ('film', {'id': 2})])
    """

    def __init__(self, stream: TextIO, name: str) -> None:
        self.stream, self.name, self.buffer, self.pos, self.decoder = stream, name, "", 0, json.JSONDecoder()
        self._fill(_CHUNK)
        self.header = dump_header(self.buffer[:4096])
        if self.header is None:
            raise InputError(f"{name}: not a dvdtrack dump")
        self.pos = self.buffer.index('"tables"')  # the header parsed: its first `"tables"` key is the one
        self._value()
        self._expect(":")

    def rows(self) -> Iterator[tuple[str, dict]]:
        self._expect("{")
        if self._peek() == "}":
            self._expect("}")
        else:
            while True:
                table = self._value()
                self._expect(":")
                yield from ((table, row) for row in self._array())
                if self._next_of(",}") == "}":
                    break
        self._expect("}")
        if self._peek():
            raise self._error("text after the end of the dump")

    def _array(self) -> Iterator[dict]:
        self._expect("[")
        if self._peek() == "]":
            self._expect("]")
            return
        while True:
            row = self._value()
            if not isinstance(row, dict):
                raise self._error("a row that is not an object")
            yield row
            if self._next_of(",]") == "]":
                return

    def _value(self):
        """The next JSON value; the buffer grows (doubling) until it holds the whole value."""
        want = _CHUNK
        while True:
            self._skip()
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
                if end < len(self.buffer) or self._fill(1) == 0:
                    self.pos = end
                    return value
            except json.JSONDecodeError:
                if len(self.buffer) - self.pos > MAX_BYTES:
                    raise self._error(f"a value larger than {MAX_BYTES // 2**20} MiB") from None
                if self._fill(want) == 0:
                    raise self._error("not valid JSON") from None
                want *= 2

    def _peek(self) -> str:
        self._skip()
        return self.buffer[self.pos : self.pos + 1]

    def _next_of(self, chars: str) -> str:
        found = self._peek()
        if not found or found not in chars:
            raise self._error(f"expected one of {chars!r}, found {found!r}")
        self.pos += 1
        return found

    def _expect(self, char: str) -> None:
        self._next_of(char)

    def _skip(self) -> None:
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buffer) or self._fill(_CHUNK) == 0:
                return

    def _fill(self, size: int) -> int:
        """Drop what was read, add `size` more characters; returns how many came."""
        more = self.stream.read(size)
        self.buffer, self.pos = self.buffer[self.pos :] + more, 0
        return len(more)

    def _error(self, why: str) -> InputError:
        return InputError(f"{self.name}: not a readable dump: {why}")
