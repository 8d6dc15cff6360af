"""Regexes kept compiled between runs (`dvdtrack.reading.grammar.kept`): what comes from the file is
what `re.compile` makes, and a missing, damaged, foreign or unwritable file only costs time."""

import marshal
import re
import subprocess
import sys

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
    monkeypatch.setattr(kept, "_made", True)  # no exit hook: the tests save themselves
    return tmp_path


def again(monkeypatch) -> None:
    """As a new process: what was kept is read from the file, and nothing may be compiled anew."""
    monkeypatch.setattr(kept, "_kept", None)
    monkeypatch.setattr(kept, "_used", {})

    def refuse(*args):
        raise AssertionError(f"compiled anew: {args[0][:40]!r}")

    monkeypatch.setattr(kept, "_compile_args", refuse)
    monkeypatch.setattr(kept, "trie_pattern", refuse)


def same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))


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
    args = kept._compile_args(pattern, re.I)
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


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps(((0, 0, 0, 0), {})), marshal.dumps([1, 2])])
def test_a_damaged_or_foreign_file_is_compiled_past(folder, content):
    (folder / kept._file().name).write_bytes(content)
    same(kept.regex(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    kept.save()  # and written again, whole
    assert kept._read(kept._file())


def test_saving_keeps_what_another_process_wrote_since(folder, monkeypatch):
    kept.regex(*PATTERNS[0])
    other = subprocess.run([sys.executable, "-c", "from dvdtrack.reading.grammar.kept import regex; regex('other')"],
                           capture_output=True, text=True)
    assert other.returncode == 0, other.stderr
    kept.save()
    keys = {key[1] for key in kept._read(kept._file())}
    assert {"other", PATTERNS[0][0]} <= keys


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
    assert [key[1] for key in kept._read(kept._file())] == ["b"]  # past the bound: from what was used


def test_an_empty_folder_setting_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("DVDTRACK_CACHE_DIR", "")
    monkeypatch.setattr(kept, "_kept", None)
    monkeypatch.setattr(kept, "_used", {})
    monkeypatch.setattr(kept, "_made", True)
    same(kept.regex("x+"), re.compile("x+"))
    kept.save()
    assert kept._file() is None


def test_a_folder_that_cannot_be_written_only_costs_time(folder, monkeypatch):
    blocked = folder / "file"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("DVDTRACK_CACHE_DIR", str(blocked / "kept"))
    same(kept.regex("y+"), re.compile("y+"))
    kept.save()  # no error
    assert blocked.read_text().startswith("a file")


def test_a_command_writes_the_file_once_and_then_reads_it(tmp_path):
    env = {**__import__("os").environ, "DVDTRACK_CACHE_DIR": str(tmp_path)}
    code = ("import sys; from dvdtrack.reading.grammar import kept, loading; loading.load_grammars(); "
            "print(len(kept._entries()), kept._made)")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert first.stdout.split() == ["0", "True"], first.stderr
    count, made = second.stdout.split()
    assert int(count) > 20 and made == "False", second.stderr  # all read, nothing made
