"""CLI: parse, add, show, grammars, and bad input (one line on stderr, non-zero exit, DB untouched)."""

import json

import pytest
from typer.testing import CliRunner

from dvdtrack.cli.app import app
from tests.conftest import SEEDS

SEED = next(SEEDS.glob("000_*.txt"))


def dump(run):
    result = run("films", "--json")
    assert result.exit_code == 0, result.output
    films = json.loads(result.stdout)
    return films, [run("show", i, "--json").stdout for i in range(1, 5)]


def test_parse_json(run):
    result = run("parse", SEED, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data) == 1 and data[0]["runtime_seconds"] == 5475
    assert set(data[0]) >= {"titles", "year", "audio", "subtitles", "related", "unparsed", "grammar"}


def test_parse_explain_and_table(run):
    result = run("parse", SEED, "--explain")
    assert result.exit_code == 0
    assert "spec-line" in result.stdout and "grammar blog" in result.stdout
    assert "Cranes are Flying" in result.stdout


def test_parse_stdin(run):
    result = run("parse", "-", "--json", input="DVD5 | NTSC 16:9 | 01:40:00 | 4.2 GB\nSubtitle: иврит")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["subtitles"][0]["language"] == "he"


def test_add_twice_stores_once(run):
    first = run("add", SEED)
    assert first.exit_code == 0, first.output
    assert "added release #1" in first.stdout
    second = run("add", SEED)
    assert second.exit_code == 0
    assert "already stored as release #1" in second.stdout
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["film_title"] == "The Cranes are Flying" and shown["id"] == 1
    assert len(json.loads(run("films", "--json").stdout)) == 1


def test_show_unknown_release(run):
    assert run("db", "upgrade").exit_code == 0  # a reading command creates no database
    result = run("show", "42")
    assert result.exit_code == 2
    assert "no release with id 42" in result.stderr and "Traceback" not in result.output


def test_grammars_listed(run):
    result = run("grammars", "--json")
    assert result.exit_code == 0
    assert "blog" in {g["name"] for g in json.loads(result.stdout)}


def test_unknown_language_is_kept_and_reported(run):
    result = run("parse", "-", "--json", input="DVD9 | PAL 4:3 | 01:31:15\nLanguage: English, Zorblaxian")
    assert result.exit_code == 0
    audio = json.loads(result.stdout)[0]["audio"]
    assert audio[1] == {"name": "Zorblaxian", "language": "und", "codec": None, "channels": None, "kind": None}
    assert "Zorblaxian" in result.stderr


BAD_INPUTS = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n  ",
    "binary.bin": bytes(range(256)) * 4,
    "nul.txt": b"DVD9 | PAL 4:3\x00\x00\x00",
    "prose.txt": "Just a story about nothing at all, no specs here.\nAnother line.".encode(),
    "markup.txt": b"<div class='x'>\n>\n- \n</div>\n",
    "feed.xml": b'<?xml version="1.0"?><rss><channel><item><title>The Ascent (1977)</title></item></channel></rss>',
}


def test_add_points_film_lists_to_import(run):
    result = run("add", next(SEEDS.glob("001_*.txt")))
    assert result.exit_code != 0 and "not release notes; use `dvdtrack import" in result.stderr


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_leaves_db_untouched(run, tmp_path, name):
    assert run("add", SEED).exit_code == 0
    before = dump(run)
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    result = run("add", path, SEED)
    assert result.exit_code != 0
    assert result.stderr.startswith("dvdtrack: error:") and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert dump(run) == before


def test_missing_file(run, tmp_path):
    result = run("add", tmp_path / "nope.txt")
    assert result.exit_code == 1 and "no such file" in result.stderr


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16", "utf-8-sig"])
def test_russian_encodings(run, tmp_path, encoding):
    text = "Летят журавли (1957) DVD9\nDVD9 | PAL 4:3 | 01:31:15 | 7.01 Гб\nLanguage: русский, английские\n"
    path = tmp_path / "post.txt"
    path.write_bytes(text.encode(encoding))
    result = run("parse", path, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)[0]
    assert data["titles"] == ["Летят журавли"]
    assert [a["language"] for a in data["audio"]] == ["ru", "en"]


def test_db_path_is_directory(tmp_path):
    result = CliRunner().invoke(app, ["--db", str(tmp_path), "films"])
    assert result.exit_code == 1 and "is a directory" in result.stderr


def test_db_env_variable(tmp_path, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("DVDTRACK_DB", str(db))
    result = CliRunner().invoke(app, ["add", str(SEED)])
    assert result.exit_code == 0 and db.exists()


def test_db_path_and_check(run, db_url):
    assert run("db", "path").stdout.strip() == db_url
    run("add", SEED)
    result = run("db", "check", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["integrity"] == "ok" and report["orphans"] == {}
    assert report["counts"]["release"] == 1 and report["counts"]["releasesubtitle"] == 13


def test_editor_round_trip(tmp_path, monkeypatch):
    from dvdtrack.cli.release_cmds import EDITOR_TEMPLATE, run_editor

    pasted = tmp_path / "pasted.txt"
    pasted.write_text("DVD9 | PAL 4:3 | 01:31:15\n", encoding="utf-8")
    monkeypatch.setenv("VISUAL", f"cp {pasted}")
    assert run_editor(EDITOR_TEMPLATE) == "DVD9 | PAL 4:3 | 01:31:15\n"
    monkeypatch.setenv("VISUAL", "false")
    from dvdtrack.errors import InputError

    with pytest.raises(InputError, match="editor"):
        run_editor(EDITOR_TEMPLATE)
