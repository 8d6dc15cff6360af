"""Regexes the grammars make, kept compiled between runs, as Python keeps a module's bytecode in
`__pycache__`.

The grammars' indexes and patterns are regexes of thousands of characters (every label of a grammar,
every company and country name the reader knows, written as tries); `re` keeps nothing between
processes, and compiling them anew was half of what `dvdtrack parse` of one block cost. This keeps
what `re` compiles such a pattern into (the arguments `re.compile` itself passes to the regex
engine, `_sre.compile`) and the trie patterns made of word lists, in one file in the user's cache
folder, read once per process. A regex made from the file is the one `re.compile` makes: the file
is keyed by the Python version and the engine's `_sre.MAGIC`, each entry by the pattern and its
flags. When anything of this fails (another Python, a folder that cannot be written), `re.compile`
does the work as before: the file only saves time.

`$DVDTRACK_CACHE_DIR` names the folder (empty: keep nothing); else the user's cache folder.

>>> r = regex("(?P<word>colou?r)s?", re.I)
>>> r.match("Colours").group("word"), r.groupindex["word"], r.pattern
('Colour', 1, '(?P<word>colou?r)s?')
>>> trie(["audio", "audio codec"]) == trie(["audio", "audio codec"])
True
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path

from dvdtrack.reading.grammar.trie import trie_pattern

_VERSION = (sys.hexversion, _sre.MAGIC, _sre.CODESIZE, 1)  # the last: this file's own layout
# past it, the file starts again from what the last process used (the grammars as they are now: 3 MB)
_MAX_BYTES = 16 * 1024 * 1024
# (pattern, flags) -> `_sre.compile`'s arguments after the pattern; a words key -> its trie pattern
_kept: dict | None = None
_used: dict = {}  # what this process made or used: written back when it made anything new
_made = False


def regex(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the kept file when this pattern was compiled before."""
    flags = int(flags)
    key = ("re", pattern, flags)
    args = _entries().get(key)
    if args is not None:
        try:
            compiled = _sre.compile(pattern, *args)
        except (TypeError, ValueError, RuntimeError):  # an engine that reads other arguments
            compiled = None
        if compiled is not None:
            _used[key] = args
            return compiled
    args = _compile_args(pattern, flags)
    if args is None:
        return re.compile(pattern, flags)
    _remember(key, args)
    return _sre.compile(pattern, *args)


def trie(words: list[str]) -> str:
    """`trie.trie_pattern(words)`, from the kept file when these words were made into one before."""
    distinct = sorted(set(words))  # the pattern is the same in whatever order the words come
    digest = hashlib.blake2b("\n".join(distinct).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
    key = ("trie", digest, len(distinct))
    made = _entries().get(key)
    if isinstance(made, str):
        _used[key] = made
        return made
    made = trie_pattern(words)
    _remember(key, made)
    return made


def _compile_args(pattern: str, flags: int) -> tuple | None:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern, or None when this
    Python's `re` is built otherwise (then `re.compile` is used and nothing is kept)."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are named ints
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))
        _sre.compile(pattern, *args)  # the engine takes them
        return args
    except (ImportError, AttributeError, TypeError, ValueError, RuntimeError):
        return None


def _remember(key: tuple, value) -> None:
    global _made
    if not _made:
        _made = True
        atexit.register(save)
    _used[key] = value


def _folder() -> Path | None:
    named = os.environ.get("DVDTRACK_CACHE_DIR")
    if named is not None:
        return Path(named) if named else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dvdtrack", appauthor=False))


def _file() -> Path | None:
    folder = _folder()
    return None if folder is None else folder / f"regexes-{sys.implementation.cache_tag}.marshal"


def _read(path: Path | None) -> dict:
    """The entries kept in the file, or none when it is missing, damaged or of another version."""
    if path is None:
        return {}
    try:
        version, entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if version == _VERSION and isinstance(entries, dict) else {}


def _entries() -> dict:
    global _kept
    if _kept is None:
        _kept = _read(_file())
    return _kept


def save() -> None:
    """Write what this process made beside what the file holds (another process may have written
    since this one read it); from what this process used alone once the file grows past its bound.
    Run at exit when anything was made; a folder that cannot be written keeps nothing."""
    path = _file()
    if path is None or not _used:
        return
    data = marshal.dumps((_VERSION, {**_read(path), **_used}))
    if len(data) > _MAX_BYTES:  # grammars edited many times over: only what is in use now
        data = marshal.dumps((_VERSION, _used))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        return
