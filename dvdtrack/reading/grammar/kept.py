"""Regexes the grammars make, kept compiled between runs, as Python keeps a module's bytecode in
`__pycache__`.

The grammars' indexes and patterns are regexes of thousands of characters (every label of a grammar,
every company and country name the reader knows, written as tries); `re` keeps nothing between
processes, and compiling them anew was half of what `dvdtrack parse` of one block cost. This keeps
what `re` compiles such a pattern into (the arguments `re.compile` itself passes to the regex
engine, `_sre.compile`) and the trie patterns made of word lists, in one file in the user's cache
folder, read once per process. A regex made from the file is the one `re.compile` makes: the file
is named by the Python version and holds the engine's `_sre.MAGIC` and a digest of `trie.py` (what
makes the tries), with a digest of its body; each entry is keyed by a digest of its pattern and its
flags. When anything of this fails (another Python, a damaged file, a folder that cannot be written
or found), `re.compile` does the work as before: the file only saves time. Deleting it resets it.

`$DVDTRACK_CACHE_DIR` names the folder (empty: keep nothing); else the user's cache folder.

>>> r = regex("(?P<word>colou?r)s?", re.I)
>>> r.match("Colours").group("word"), r.groupindex["word"], r.pattern
('Colour', 1, '(?P<word>colou?r)s?')
>>> trie(["audio", "audio codec"]) == trie(["audio", "audio codec"])
True
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

from dvdtrack.reading.grammar import trie as _trie
from dvdtrack.reading.grammar.trie import trie_pattern

try:
    import _sre
except ImportError:  # another Python than CPython: `re.compile` does it all
    _sre = None

_LAYOUT = 2  # this file's own layout
# past it, the file starts again from what the last process used (the grammars as they are now: 3 MB)
_MAX_BYTES = 16 * 1024 * 1024
_kept: dict | None = None  # the file's entries: key -> `_sre.compile`'s arguments, or a trie pattern
_used: dict = {}  # what this process made or used, written back when it made anything new
_new = False  # made anything since it last wrote
_hooked = False


def regex(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the kept file when this pattern was compiled before."""
    flags = int(flags)
    key = ("re", _digest(pattern), flags)
    args = _used.get(key) or _entries().get(key)
    if args is not None:
        try:
            compiled = _sre.compile(pattern, *args)
        except Exception:  # noqa: BLE001 - a damaged entry or an engine that reads other arguments
            compiled = None
        if compiled is not None:
            _used[key] = args
            return compiled
    made = _compiled(pattern, flags)
    if made is None:
        return re.compile(pattern, flags)
    compiled, args = made
    _remember(key, args)
    return compiled


def trie(words: list[str]) -> str:
    """`trie.trie_pattern(words)`, from the kept file when these words were made into one before."""
    distinct = sorted(set(words))  # the pattern is the same in whatever order the words come
    key = ("trie", _digest("\n".join(distinct)), len(distinct))
    made = _used.get(key) or _entries().get(key)
    if isinstance(made, str):
        _used[key] = made
        return made
    made = trie_pattern(words)
    _remember(key, made)
    return made


def save() -> None:
    """Write what this process made beside what the file holds (another process may have written
    since this one read it); from what this process used alone once the file grows past its bound.
    Run at exit when anything was made (a reading process of `import`, which ends without exit
    hooks, calls it after each chunk); a folder that cannot be written keeps nothing."""
    global _new
    path = _file()
    if path is None or not _new:
        return
    _new = False
    entries = {**_read(path), **_used}
    data = _body(entries)
    if len(data) > _MAX_BYTES:  # grammars edited many times over: only what is in use now
        data = _body(_used)
    partial = None
    try:  # another user's folder: not even to be looked into (PermissionError), so nothing is kept
        if not path.parent.parent.parent.is_dir():  # `~/.cache/dvdtrack` is made, a home that does not exist never
            return
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(partial, path)
        partial = None
        for other in path.parent.glob(f"regexes-{sys.implementation.cache_tag}*.marshal"):
            if other != path:  # this Python's files of an older layout or patch release
                other.unlink(missing_ok=True)
    except OSError:
        return
    finally:
        if partial is not None:
            with contextlib.suppress(OSError):
                os.remove(partial)


def _compiled(pattern: str, flags: int) -> tuple[re.Pattern, tuple] | None:
    """The regex and what `re._compiler.compile` passes to `_sre.compile` after the pattern, or None
    when this Python's `re` is built otherwise (then `re.compile` is used and nothing is kept)."""
    if _sre is None:
        return None
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are named ints
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))
        return _sre.compile(pattern, *args), args
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - a `re` whose insides differ: it compiles, nothing is kept
        return None


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def _remember(key: tuple, value) -> None:
    global _new, _hooked
    _new = True
    if not _hooked:
        _hooked = True
        atexit.register(save)
    _used[key] = value


def _version() -> tuple:
    """What the kept entries depend on besides their keys: the regex engine and the trie maker."""
    try:
        maker = Path(_trie.__file__).read_bytes()
    except OSError:
        maker = b""
    return (sys.hexversion, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), _LAYOUT,
            hashlib.blake2b(maker, digest_size=16).hexdigest())


def _folder() -> Path | None:
    named = os.environ.get("DVDTRACK_CACHE_DIR")
    if named is not None:
        return Path(named).expanduser() if named else None
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("dvdtrack", appauthor=False))
    except Exception:  # noqa: BLE001 - no home folder to be found (a container's user): keep nothing
        return None


def _file() -> Path | None:
    folder = _folder()
    if folder is None or _sre is None:
        return None
    return folder / f"regexes-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"


def _body(entries: dict) -> bytes:
    """The file's bytes: its version, a digest of the entries' bytes, and those bytes."""
    data = marshal.dumps(entries)
    return marshal.dumps((_version(), hashlib.blake2b(data, digest_size=20).digest(), data))


def _read(path: Path | None) -> dict:
    """The entries kept in the file, or none when it is missing, damaged or of another version."""
    try:
        if path is None or not path.is_file():  # missing, or a folder or a pipe where the file would be
            return {}
        version, digest, data = marshal.loads(path.read_bytes())
        if version != _version() or hashlib.blake2b(data, digest_size=20).digest() != digest:
            return {}
        entries = marshal.loads(data)
    except Exception:  # noqa: BLE001 - missing, unreadable (another user's), damaged: as if empty
        return {}
    return entries if isinstance(entries, dict) else {}


def _entries() -> dict:
    global _kept
    if _kept is None:
        _kept = _read(_file())
    return _kept

