"""Reading release notes from files and stdin: decoding the encodings posts use.

UTF-8 (with or without BOM) and UTF-16/32 with BOM first. A file that is UTF-8 but for a few bad
bytes stays UTF-8: the bad bytes become U+FFFD and `Decoded.note` names their lines. A legacy
code page is chosen only when most of the file's non-ASCII bytes are not UTF-8, by
charset-normalizer (ties broken by the code page usual for the language it saw), except where the
older Cyrillic rule reads more words (short Russian: koi8-r read as Thai): cp1251 or koi8-r,
whichever gives more lowercase letters in words of one script (`tests/test_hostile_input.py`
measures both on samples in several languages and code pages).
The bytes behind each block are kept (`Decoded.raw_bytes`) so that `reparse` can decode again.
Binary input (NUL bytes, control characters) is refused with InputError.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from dataclasses import dataclass, field

from dvdtrack.errors import InputError

MAX_BYTES = 64 * 1024 * 1024
DUMP_MAX_BYTES = 4 * 1024 * 1024 * 1024  # about two million releases
DUMP_FORMAT = "dvdtrack-dump"  # the `format` of an `export` file, its first key
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters but tab, newline, form feed, CR
_ESCAPED = re.compile(r"[\udc80-\udcff]")  # a byte no character was read from (surrogateescape)
_WORD = re.compile(r"[^\W\d_]+")
# when the detector finds code pages that read equally well: the one usual for the language it saw
_CODE_PAGES = {
    **dict.fromkeys(("English", "French", "German", "Spanish", "Portuguese", "Italian", "Dutch", "Danish",
                     "Swedish", "Norwegian", "Finnish"), "cp1252"),
    **dict.fromkeys(("Polish", "Czech", "Slovak", "Hungarian", "Croatian", "Slovene", "Romanian"), "cp1250"),
    **dict.fromkeys(("Russian", "Ukrainian", "Bulgarian", "Serbian", "Belarusian"), "cp1251"),
    "Turkish": "cp1254", "Greek": "cp1253",
}
# The code pages release notes are written in: the detector chooses among these only
_PAGES = sorted({*_CODE_PAGES.values(), "cp1257", "koi8_r", "koi8_u", "mac_cyrillic", "cp866", "latin_1", "iso8859_2",
                 "iso8859_5", "iso8859_15"})
_SHOWN_LINES = 8


@dataclass
class Decoded:
    """A file's text as read, the encoding chosen, and where bytes could not be read.

    >>> d = decode("Летят журавли\\nАудио: ?? русский\\n".encode().replace(b"??", b"\\xff"), "a.txt")
    >>> d.encoding, d.bad_lines, d.text.splitlines()[1]
    ('utf-8', [2], 'Аудио: � русский')
    >>> d.raw_bytes(d.text.splitlines()[1])[-18:]
    b': \\xff \\xd1\\x80\\xd1\\x83\\xd1\\x81\\xd1\\x81\\xd0\\xba\\xd0\\xb8\\xd0\\xb9'
    >>> print(d.note)
    a.txt: 1 byte(s) not UTF-8, replaced by �: line 2
    """

    text: str
    encoding: str
    name: str = ""
    bad_lines: list[int] = field(default_factory=list)
    bad_bytes: int = 0
    _lossy: dict[str, str] = field(default_factory=dict, repr=False)  # a line as read → with its bytes

    @property
    def note(self) -> str | None:
        """One line naming the lines whose bytes were replaced, or None."""
        if not self.bad_bytes:
            return None
        lines = ", ".join(map(str, self.bad_lines[:_SHOWN_LINES])) + (", …" if len(self.bad_lines) > _SHOWN_LINES else "")
        return f"{shown(self.name)}: {self.bad_bytes} byte(s) not {_label(self.encoding)}, replaced by �: line{'s' * (len(self.bad_lines) > 1)} {lines}"

    def raw_bytes(self, block: str) -> bytes | None:
        """The bytes a block of this text was read from; None when they are its UTF-8."""
        if self.encoding in ("utf-8", "utf-8-sig") and not self.bad_bytes:
            return None
        escaped = "\n".join(self._lossy.get(line.rstrip("\r"), line) for line in block.split("\n"))
        try:
            return escaped.encode(self.encoding, errors="surrogateescape")
        except UnicodeEncodeError:  # a line the reader changed: its replaced bytes are lost
            return escaped.encode(self.encoding, errors="replace")


def _label(encoding: str) -> str:
    return "UTF-8" if encoding.startswith("utf-8") else encoding


def shown(name: str) -> str:
    """A file name or value fit for a message: bytes that are not UTF-8 (`\\xff`) and control characters
    (`\\u001b`) escaped.

    >>> shown("bad\\udcff.txt"), shown("esc\\x1b[31m\\x9b.txt")
    ('bad\\\\xff.txt', 'esc\\\\u001b[31m\\\\u009b.txt')
    """
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() or ch == " " else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"  # JSON's escape, as the CLI's `printable`


def read_decoded(name: str) -> Decoded:
    """A file, or stdin for `-`, read and decoded; errors name the file. A dvdtrack dump
    (`export`), recognised by its header, may be as large as DUMP_MAX_BYTES."""
    if name == "-":
        return decode(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>")
    try:
        with open(name, "rb") as handle:
            head = handle.read(4096)
            limit = DUMP_MAX_BYTES if dump_header(head) else MAX_BYTES
            data = head + handle.read(max(0, limit + 1 - len(head)))
    except FileNotFoundError:
        raise InputError(f"{shown(name)}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{shown(name)}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{shown(name)}: cannot read: {exc.strerror}") from None
    return decode(data, name, limit)


def read_input(name: str) -> str:
    """The text of `read_decoded`."""
    return read_decoded(name).text


def decode(data: bytes, name: str, limit: int = MAX_BYTES) -> Decoded:
    """Decode bytes as described in the module docstring; refuse empty, huge or binary input."""
    if len(data) > limit:
        raise InputError(f"{shown(name)}: larger than {limit // 2**20} MiB")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_escaped(data, encoding, name), name)
    if b"\x00" in data:
        raise InputError(f"{shown(name)}: binary data, not text")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", name), name)
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED.findall(as_utf8))
    multibyte = sum(ord(ch) > 0x7F for ch in as_utf8) - bad
    encoding = "utf-8" if multibyte >= bad else guess_8bit(data) or "utf-8"
    if encoding != "utf-8" and _words(data.decode(encoding, errors="replace")) <= _words(as_utf8):
        encoding = "utf-8"  # a stray byte in English text: the code page reads no better
    return _checked(_escaped(data, encoding, name), name)


def guess_8bit(data: bytes) -> str | None:
    """The legacy code page text reads best in: charset-normalizer's choice, unless cp1251 or
    koi8-r gives more words (`_words`), as short Russian texts do.

    >>> text = "Летят журавли (1957)\\nАудио: русский\\n"
    >>> guess_8bit(text.encode("koi8-r")), guess_8bit(text.encode("cp1251"))
    ('koi8-r', 'cp1251')
    >>> guess_8bit("Popiół i diament (1958)\\nNapisy: polskie, angielskie\\n".encode("cp1250"))
    'cp1250'
    """
    detected = _detected(data)
    cyrillic = max(("cp1251", "koi8-r"), key=lambda enc: _words(data.decode(enc, errors="replace")))
    if _words(data.decode(cyrillic, errors="replace")) > (
            _words(data.decode(detected, errors="replace")) if detected else 0):
        return cyrillic
    return detected


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data, cp_isolation=_PAGES) if not m.encoding.startswith("utf")]
    if not matches:
        return None
    best = matches[0]
    # Among the readings as clean as the best, one that sees a language whose usual code page it is
    # wins, the most coherent first (Turkish bytes read as cp1250 look Croatian or Turkish; read as
    # cp1254, Turkish and more coherent); else the best, or a tie with the code page usual for its language.
    clean = [m for m in matches if m.chaos == best.chaos]
    agreeing = [m for m in clean if m.languages and _CODE_PAGES.get(m.languages[0]) == _norm(m.encoding)]
    if agreeing:
        return _norm(max(agreeing, key=lambda m: m.coherence).encoding)
    ties = [m.encoding for m in clean if m.coherence == best.coherence]
    usual = {_CODE_PAGES.get(language) for language in best.languages[:1]}
    return _norm(next((enc for enc in ties if enc in usual), best.encoding))


def _norm(encoding: str) -> str:
    return codecs.lookup(encoding).name


def _words(text: str) -> int:
    """Lowercase non-ASCII letters in words of one script: the wrong code page turns running text
    into capitals and symbols (or letters without case), and Latin letters into Cyrillic ones
    inside Latin words.

    >>> _words("Летят журавли"), _words("лЕТЪТ ФСПЮБКХ"), _words("Popiуł"), _words("Popiół")
    (11, 1, 0, 2)
    """
    count = 0
    for word in _WORD.findall(text):
        if len(word) > 1 and len({_script(ch) for ch in word if ch.isalpha()}) == 1:
            count += sum(ch.islower() and ord(ch) > 0x7F for ch in word)
    return count


def _script(ch: str) -> str:
    code = ord(ch)
    return "latin" if code < 0x250 else "greek" if code < 0x400 else "cyrillic" if code < 0x530 else "other"


def _escaped(data: bytes, encoding: str, name: str) -> Decoded:
    """Decode keeping each unreadable byte as a surrogate; the text read has U+FFFD there."""
    escaped = data.decode(encoding, errors="surrogateescape")
    if not _ESCAPED.search(escaped):
        return Decoded(escaped, encoding, name)
    lossy, lines, bad = {}, [], 0
    for number, line in enumerate(escaped.split("\n"), 1):
        found = len(_ESCAPED.findall(line))
        if found:
            line = line.rstrip("\r")
            lossy[_ESCAPED.sub("\ufffd", line)] = line
            lines.append(number)
            bad += found
    return Decoded(_ESCAPED.sub("\ufffd", escaped), encoding, name, lines, bad, lossy)


def _checked(decoded: Decoded, name: str) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise InputError(f"{shown(name)}: empty input")
    control = len(_CONTROL.findall(text, 0, 65536))
    if control > max(8, len(text[:65536]) // 100):
        raise InputError(f"{shown(name)}: binary data, not text")
    return decoded


def dump_header(head: bytes | str) -> dict | None:
    """The header of a dvdtrack dump (`export`): the keys before `tables`, the first of which must
    be `"format": "dvdtrack-dump"`; None for anything else, whatever it contains.

    >>> dump_header(b'{"format": "dvdtrack-dump", "version": 1, "schema": "0003", "tables": {')
    {'format': 'dvdtrack-dump', 'version': 1, 'schema': '0003'}
    >>> dump_header('DVD9 {"format": "dvdtrack-dump", "tables": {') is None
    True
    """
    if isinstance(head, bytes):
        head = head.decode("utf-8", errors="replace")
    text, decoder, header = head.lstrip("\ufeff \t\r\n"), json.JSONDecoder(), {}
    if not text.startswith("{"):
        return None
    pos = 1
    try:
        while True:
            key, pos = decoder.raw_decode(text, _skip(text, pos))
            pos = _skip(text, pos)
            if not isinstance(key, str) or text[pos : pos + 1] != ":" or (not header and key != "format"):
                return None
            if key == "tables":
                return header
            header[key], pos = decoder.raw_decode(text, _skip(text, pos + 1))
            pos = _skip(text, pos)
            if header.get("format") != DUMP_FORMAT or text[pos : pos + 1] != ",":
                return None
            pos += 1
    except (json.JSONDecodeError, IndexError):
        return None


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos
