"""Regexes kept compiled between runs (`dvdtrack.reading.grammar.kept`): what comes from the file is
what `re.compile` makes, and a missing, damaged, foreign or unwritable file only costs time."""

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dvdtrack.reading.grammar import kept
from dvdtrack.reading.grammar.trie import trie_pattern

PATTERNS = [
    (r"(?<!\w)(?:audio(?: codec)?|aspect ratio)\s*(?:\.{2,}\s*:?|:)", re.I),
    (r"\A(?P<titles>.+?) \((?P<year>\d{4})\)\Z", re.I | re.S),
    (r"(?=(a(?:spect|udio(?:codec)?)))", re.S),
    (r"[А-ЯЁ][а-яё]+|株式会社", 0),
]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """An empty kept folder, and the module as a new process finds it."""
    monkeypatch.setenv("DVDTRACK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(kept, "_kept", None)
    monkeypatch.setattr(kept, "_used", {})
    monkeypatch.setattr(kept, "_hooked", True)  # no exit hook: the tests save themselves
    monkeypatch.setattr(kept, "_new", False)
    return tmp_path


def again(monkeypatch) -> None:
    """As a new process: what was kept is read from the file, and nothing may be compiled anew."""
    monkeypatch.setattr(kept, "_kept", None)
    monkeypatch.setattr(kept, "_used", {})

    def refuse(*args):
        raise AssertionError(f"compiled anew: {args[0][:40]!r}")

    monkeypatch.setattr(kept, "_compiled", refuse)
    monkeypatch.setattr(kept, "trie_pattern", refuse)


def same(a: re.Pattern, b: re.Pattern) -> None:
    """The same regex: `==` compares pattern, flags and the compiled code."""
    assert a == b and (a.groups, dict(a.groupindex)) == (b.groups, dict(b.groupindex))


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_a_kept_regex_is_the_one_re_compiles(folder, monkeypatch, pattern, flags):
    made = kept.regex(pattern, flags)
    same(made, re.compile(pattern, flags))
    kept.save()
    again(monkeypatch)
    read = kept.regex(pattern, flags)
    same(read, re.compile(pattern, flags))
    for text in ("Audio codec: AC3", "AUDIO: x", "Aspect Ratio .. 16:9", "Летят журавли (1957)", "株式会社", ""):
        expected = re.compile(pattern, flags)
        assert [m.groups() + (m.span(),) for m in read.finditer(text)] == \
            [m.groups() + (m.span(),) for m in expected.finditer(text)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcé ЖжK:.", min_size=1, max_size=6), min_size=1, max_size=8),
       st.text(alphabet="abcé ЖжK:.x", max_size=30))
def test_kept_label_regexes_match_as_re_does(words, text):
    pattern = rf"(?<!\w)(?:{trie_pattern(sorted(set(words)))})\s*(?::|\.{{2,}})"
    _, args = kept._compiled(pattern, re.I)
    import _sre

    read = _sre.compile(pattern, *marshal.loads(marshal.dumps(args)))  # as it comes back from the file
    expected = re.compile(pattern, re.I)
    assert [m.span() for m in read.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_kept_trie_does_not_depend_on_the_words_order(folder, monkeypatch):
    words = ["audio", "audio codec", "aspect ratio", "subtitles"]
    made = kept.trie(words)
    assert made == trie_pattern(words)
    kept.save()
    again(monkeypatch)
    assert kept.trie(list(reversed(words)) + ["audio"]) == made


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps(((0, 0, 0, 0), {})), marshal.dumps([1, 2]),
                                     marshal.dumps((0, b"", marshal.dumps({})))])
def test_a_damaged_or_foreign_file_is_compiled_past(folder, content):
    (folder / kept._file().name).write_bytes(content)
    same(kept.regex(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    kept.save()  # and written again, whole
    assert kept._read(kept._file())


@pytest.mark.parametrize("args", [(2**80, [1], 0, {}, ()), (0, [2**40] * 3, 0, {}, ()), (0, [], 2**70, {}, ()),
                                  (0, [1, 2, 3], -5, {}, ()), ("flags", None, None, None, None), ()])
def test_a_damaged_entry_in_a_sound_file_is_compiled_past(folder, args):
    key = ("re", kept._digest("a+"), 0)
    (folder / kept._file().name).write_bytes(kept._body({key: args}))
    same(kept.regex("a+"), re.compile("a+"))


def test_a_file_changed_after_it_was_written_is_not_read(folder, monkeypatch):
    """An entry that is the sound code of another pattern would match the wrong text: the body's digest
    refuses any change to the file."""
    kept.regex("b+")
    kept.save()
    path = kept._file()
    entries = kept._read(path)
    other = ("re", kept._digest("a+"), 0)
    version, digest, data = marshal.loads(path.read_bytes())
    tampered = marshal.dumps({other: entries[("re", kept._digest("b+"), 0)]})
    path.write_bytes(marshal.dumps((version, digest, tampered)))
    again(monkeypatch)
    assert kept._read(path) == {}
    monkeypatch.setattr(kept, "_compiled", lambda p, f: (re.compile(p, f), None))
    assert kept.regex("a+").match("aaa")


def test_saving_keeps_what_another_process_wrote_since(folder, monkeypatch):
    kept.regex(*PATTERNS[0])
    other = subprocess.run([sys.executable, "-c", "from dvdtrack.reading.grammar.kept import regex; regex('other')"],
                           capture_output=True, text=True)
    assert other.returncode == 0, other.stderr
    kept.save()
    keys = {key[1] for key in kept._read(kept._file())}
    assert {kept._digest("other"), kept._digest(PATTERNS[0][0])} <= keys


def test_the_file_is_bounded(folder, monkeypatch):
    for n in range(5):
        kept.regex(f"a{n}")
    kept.save()
    size = kept._file().stat().st_size
    monkeypatch.setattr(kept, "_MAX_BYTES", size + 10)
    assert len(kept._read(kept._file())) == 5
    monkeypatch.setattr(kept, "_used", {})
    kept.regex("b")
    kept.save()
    assert [key[1] for key in kept._read(kept._file())] == [kept._digest("b")]  # past the bound: what was used


def test_an_empty_folder_setting_keeps_nothing(folder, monkeypatch):
    monkeypatch.setenv("DVDTRACK_CACHE_DIR", "")
    same(kept.regex("x+"), re.compile("x+"))
    kept.save()
    assert kept._file() is None and not list(folder.iterdir())


def test_no_home_folder_keeps_nothing_and_reads_on(folder, monkeypatch):
    """A container's user with no home (HOME unset, no passwd entry): platformdirs cannot say where."""
    monkeypatch.delenv("DVDTRACK_CACHE_DIR")
    import platformdirs

    def nowhere(*args, **kwargs):
        raise RuntimeError("could not determine the home directory")

    monkeypatch.setattr(platformdirs, "user_cache_dir", nowhere)
    same(kept.regex("z+"), re.compile("z+"))
    kept.save()
    assert kept._file() is None


def test_a_folder_named_from_home(folder, monkeypatch):
    monkeypatch.setenv("DVDTRACK_CACHE_DIR", "~/kept")
    monkeypatch.setenv("HOME", str(folder))
    kept.regex("h+")
    kept.save()
    assert kept._file().parent == folder / "kept" and kept._file().exists()


def test_a_folder_that_cannot_be_written_only_costs_time(folder, monkeypatch):
    blocked = folder / "file"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("DVDTRACK_CACHE_DIR", str(blocked / "kept"))
    same(kept.regex("y+"), re.compile("y+"))
    kept.save()  # no error
    assert blocked.read_text().startswith("a file")


def test_no_partial_file_is_left_when_the_file_cannot_be_replaced(folder):
    kept._file().mkdir()  # a folder where the file would be
    kept.regex("w+")
    kept.save()
    assert [p.name for p in folder.iterdir()] == [kept._file().name]


def test_a_changed_trie_maker_is_a_new_version(folder, monkeypatch):
    kept.trie(["audio", "aspect"])
    kept.save()
    assert kept._read(kept._file())
    monkeypatch.setattr(kept, "_version", lambda: ("another trie.py",))
    assert kept._read(kept._file()) == {}


def test_a_command_writes_the_file_once_and_then_reads_it(tmp_path):
    env = {**__import__("os").environ, "DVDTRACK_CACHE_DIR": str(tmp_path)}
    code = ("import sys; from dvdtrack.reading.grammar import kept, loading; loading.load_grammars(); "
            "print(len(kept._entries()), kept._new)")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert first.stdout.split() == ["0", "True"], first.stderr
    count, made = second.stdout.split()
    assert int(count) > 20 and made == "False", second.stderr  # all read, nothing made


_EVERY_REGEX = """
import re, sys
from dvdtrack.reading.grammar import kept
made, served = [], 0
real = kept.regex
def watched(pattern, flags=0):
    made.append((real(pattern, flags), pattern, flags))
    return made[-1][0]
kept.regex = watched
from pathlib import Path
from dvdtrack.reading import load_grammars, parse_text
import dvdtrack.reading.pipeline
grammars = load_grammars()
for path in sorted(Path(sys.argv[1]).glob("*/0[0-1][0-9].txt")):
    parse_text(path.read_text(encoding="utf-8"), grammars)
wrong = [p[:60] for r, p, f in made if r != re.compile(p, f)]
print(len(made), len(kept._entries()), wrong)
"""


def test_every_kept_regex_of_a_reading_is_the_one_re_compiles(tmp_path):
    """Every regex the reader asks for while it loads and reads the test corpus, from a cold file
    and then from the file that run wrote."""
    env = {**__import__("os").environ, "DVDTRACK_CACHE_DIR": str(tmp_path)}
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    runs = [subprocess.run([sys.executable, "-c", _EVERY_REGEX, str(corpus)], env=env, capture_output=True, text=True)
            for _ in range(2)]
    (cold_made, cold_kept, cold_wrong), (warm_made, warm_kept, warm_wrong) = [r.stdout.split(" ", 2) for r in runs]
    assert cold_wrong.strip() == warm_wrong.strip() == "[]", runs[0].stderr + runs[1].stderr
    assert int(cold_made) > 200 and cold_kept == "0" and int(warm_kept) >= int(cold_made) // 2


def test_a_pipe_where_the_file_would_be_is_not_read(folder):
    """Reading a FIFO would wait forever."""
    import os

    os.mkfifo(folder / kept._file().name)
    same(kept.regex("p+"), re.compile("p+"))


def test_a_home_that_does_not_exist_is_not_made(tmp_path, folder, monkeypatch):
    monkeypatch.setenv("DVDTRACK_CACHE_DIR", str(tmp_path / "no-home" / ".cache" / "dvdtrack"))
    kept.regex("q+")
    kept.save()
    assert not (tmp_path / "no-home").exists()
    (tmp_path / "home").mkdir()  # a home without `.cache` gets one
    monkeypatch.setenv("DVDTRACK_CACHE_DIR", str(tmp_path / "home" / ".cache" / "dvdtrack"))
    kept.regex("t+")
    kept.save()
    assert kept._file().exists()


def test_older_files_of_this_python_are_removed_when_it_writes(folder):
    old = folder / f"regexes-{sys.implementation.cache_tag}.marshal"
    old.write_bytes(b"an older layout")
    other_python = folder / "regexes-cpython-399-30909f0.marshal"
    other_python.write_bytes(b"another Python's")
    kept.regex("r+")
    kept.save()
    assert not old.exists() and other_python.exists() and kept._file().exists()


def test_another_users_folder_only_costs_time(folder, monkeypatch):
    """A folder not even to be looked into (another user's `~/.cache/dvdtrack`, mode 700): `is_file`
    and `is_dir` raise PermissionError there, which made every command an internal error."""
    from pathlib import Path

    def refused(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    for name in ("is_file", "is_dir", "mkdir"):
        monkeypatch.setattr(Path, name, refused)
    same(kept.regex(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    kept.save()
