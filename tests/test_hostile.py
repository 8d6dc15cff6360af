"""Hostile input: each gets one clear error line or a correct result, and a failed command changes nothing."""

import json

import pytest

from tests.conftest import SEEDS

POST = next(SEEDS.glob("000_*.txt"))
SPEC = "DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb\n"


def snapshot(run):
    return run("export").stdout


@pytest.fixture
def stocked(run):
    assert run("add", POST).exit_code == 0
    return run


def failing(stocked, path, message):
    before = snapshot(stocked)
    result = stocked("add", path)
    assert result.exit_code != 0
    assert result.stderr.startswith("dvdtrack: error:") and len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr and "Traceback" not in result.output
    assert snapshot(stocked) == before


def test_fifty_megabyte_line(stocked, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * (50 * 1024 * 1024))
    failing(stocked, path, "no release found")


def test_larger_than_the_input_cap(stocked, tmp_path):
    path = tmp_path / "huger.txt"
    path.write_bytes(b"y" * (65 * 1024 * 1024))
    failing(stocked, path, "larger than 64 MiB")


def test_invalid_utf8_junk(stocked, tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes([0xFF, 0xFE, 0xFA, 0xC3, 0x28, 0xA0, 0xA1]) * 500)
    failing(stocked, path, "no release found")


def test_stray_invalid_byte_in_a_good_block(run, tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes(SPEC.encode() + b"Language: English \xff\n")
    result = run("parse", path, "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["runtime_seconds"] == 5475


def test_repeated_separators(stocked, tmp_path):
    path = tmp_path / "rules.txt"
    path.write_text("-----\n" * 100_000 + "|" * 100_000 + "\n", encoding="utf-8")
    failing(stocked, path, "no release found")


def test_ten_thousand_languages(run, tmp_path):
    names = ["English", "Francais", "Deutsch", "Русский", "Hebrew"] * 2000
    path = tmp_path / "langs.txt"
    path.write_text(SPEC + "Subtitle: " + ", ".join(names) + "\n", encoding="utf-8")
    assert run("add", path).exit_code == 0
    shown = json.loads(run("show", "1", "--json").stdout)
    assert len(shown["subtitles"]) == 10_000 and shown["subtitles"][-1]["language"] == "he"
    assert [r["id"] for r in json.loads(run("find", "--subtitle", "иврит", "--json").stdout)] == [1]


@pytest.mark.parametrize("title", [
    "'); DROP TABLE release;--",
    "Robert\"); DELETE FROM film; --",
    "$(rm -rf /) `reboot` ; | & > /dev/null",
    "[bold red]Markup[/] [/] [link=x]",
    "Bell\x07 and \x1b[31mescape\x1b[0m codes",
])
def test_titles_are_data(run, tmp_path, title):
    path = tmp_path / "title.txt"
    path.write_text(f"{title} (1957) DVD9\n{SPEC}", encoding="utf-8")
    result = run("add", path)
    assert result.exit_code == 0, result.output
    stored = json.loads(run("show", "1", "--json").stdout)["titles"][0]
    assert "\x1b" not in stored and "\x07" not in stored
    assert stored.split() == title.replace("\x07", " ").replace("\x1b", " ").split()
    assert "Traceback" not in run("show", "1").output
    assert len(json.loads(run("films", "--json").stdout)) == 1
    assert json.loads(run("db", "check", "--json").stdout)["counts"]["release"] == 1
    # its first words (a number is searched as a whole one: `[31mescape` is not found by `31`)
    assert [f["id"] for f in json.loads(run("films", " ".join(stored.split()[:2]), "--json").stdout)] == [1]


def test_bidi_overrides_are_shown_escaped(run, tmp_path):
    # U+202E would show "Trojan\u202eevil.txt" as "Trojantxt.live" on a terminal
    result = run("add", tmp_path / "Trojan\u202eevil.txt")
    assert result.exit_code == 1 and "\u202e" not in result.output and "Trojan\\u202eevil.txt" in result.output


def test_read_only_database(tmp_path):
    from typer.testing import CliRunner

    from dvdtrack.cli.app import app

    db = tmp_path / "ro.db"
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(db), "add", str(POST)]).exit_code == 0
    url = f"sqlite:///file:{db}?mode=ro&uri=true"
    result = runner.invoke(app, ["--db", url, "import", str(POST.parent / "001_6b9b8bc764460078.txt")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "readonly" in result.output or "read-only" in result.output
    shown = runner.invoke(app, ["--db", url, "show", "1", "--json"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == 1
