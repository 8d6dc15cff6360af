"""Reading release notes from files and stdin: decoding the encodings Russian posts use.

UTF-8 (with or without BOM), UTF-16/32 with BOM, else cp1251 or koi8-r — whichever gives
more lowercase Cyrillic, since the wrong one turns running text into capitals — else cp1252.
Binary input (NUL bytes, control characters) is refused with InputError.
"""

from __future__ import annotations

import codecs
import re
import sys

from dvdtrack.errors import InputError

MAX_BYTES = 64 * 1024 * 1024
DUMP_MAX_BYTES = 4 * 1024 * 1024 * 1024  # about two million releases
DUMP_FORMAT = "dvdtrack-dump"  # the `format` of an `export` file, written at its start
DUMP_MARK = f'"{DUMP_FORMAT}"'.encode()
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters but tab, newline, form feed, CR


def read_input(name: str) -> str:
    """Text of a file, or of stdin for `-`; errors name the file. A dvdtrack dump (`export`) may
    be as large as DUMP_MAX_BYTES: a whole catalogue is one file."""
    if name == "-":
        return decode(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>")
    try:
        with open(name, "rb") as handle:
            head = handle.read(4096)
            limit = DUMP_MAX_BYTES if DUMP_MARK in head else MAX_BYTES
            data = head + handle.read(max(0, limit + 1 - len(head)))
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None
    return decode(data, name, limit)


def decode(data: bytes, name: str, limit: int = MAX_BYTES) -> str:
    """Decode bytes as described in the module docstring; refuse empty, huge or binary input."""
    if len(data) > limit:
        raise InputError(f"{name}: larger than {limit // 2**20} MiB")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), name)
    if b"\x00" in data:
        raise InputError(f"{name}: binary data, not text")
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        return _checked(_guess_8bit(data), name)


def _guess_8bit(data: bytes) -> str:
    candidates = [data.decode(enc, errors="replace") for enc in ("cp1251", "koi8-r")]
    best = max(candidates, key=_lower_cyrillic)
    return best if _lower_cyrillic(best) else data.decode("cp1252", errors="replace")


def _lower_cyrillic(text: str) -> int:
    return sum("а" <= ch <= "я" or ch == "ё" for ch in text)


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: empty input")
    control = len(_CONTROL.findall(text, 0, 65536))
    if control > max(8, len(text[:65536]) // 100):
        raise InputError(f"{name}: binary data, not text")
    return text
