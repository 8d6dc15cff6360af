"""JSON beside the pages it describes (a scraper's metadata) is no release notes: an import of a
folder skips each such file and says so; one named alone to `import` or `add` is refused (exit 2).
Release notes that merely hold braces or brackets are read as ever."""

import json

import pytest

from dvdtrack.importers import detect_kind
from tests.conftest import DATA

NOTES = DATA / "cranes_ntsc.txt"
BRACED = "{Solaris} (1972) [DVD]\nDVD9, PAL, Region 5\nAudio: Russian Dolby Digital 5.1\nRuntime: 160 min\n"
METADATA = {"page.json": '{"url": "https://example.org/p/1", "title": "The Cranes", "tags": ["dvd"]}',
            "index.json": '\ufeff[\n  {"id": 1, "file": "page.html"}\n]\n'}


def counts(run) -> int:
    return json.loads(run("db", "check", "--json").stdout)["counts"]["release"]


@pytest.mark.parametrize("text, kind", [
    ('{"title": "Solaris", "year": 1972}', "json"), ("  [1, 2, 3]\n", "json"), ("[]", "json"),
    (BRACED, "release-notes"), ("[DVD] Solaris\nAudio: Russian", "release-notes"),
    ('{"title": "Solaris",\nDVD9', "release-notes"), ("1972", "release-notes"), ('"Solaris"', "release-notes"),
])
def test_only_a_whole_json_object_or_array_is_json(text, kind):
    assert detect_kind(text) == kind


def test_a_folder_skips_its_json_and_names_each(run, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "cranes.txt").write_text(NOTES.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "solaris.txt").write_text(BRACED, encoding="utf-8")
    for name, text in METADATA.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = run("import", folder)
    assert result.exit_code == 3, result.output  # some stored, some skipped
    assert result.stdout.startswith("imported 2 file(s)")
    lines = result.stderr.splitlines()
    assert lines[0] == "skipped 2 file(s), not stored:"
    assert [line.split(": ", 1)[0].strip() for line in lines[1:]] == [str(folder / "index.json"), str(folder / "page.json")]
    assert all("JSON, but no dvdtrack dump" in line for line in lines[1:])
    assert counts(run) == 2
    assert "{Solaris}" in run("films").stdout


def test_a_folder_of_one_json_file_skips_it(run, tmp_path):
    (tmp_path / "meta").mkdir()
    (tmp_path / "meta" / "page.json").write_text(METADATA["page.json"], encoding="utf-8")
    result = run("import", tmp_path / "meta")
    assert result.exit_code == 1 and "skipped 1 file(s), not stored:" in result.stderr


@pytest.mark.parametrize("command", ["import", "add"])
def test_a_json_file_named_alone_is_one_error_line(run, tmp_path, command):
    assert run("add", NOTES).exit_code == 0
    before = counts(run)
    path = tmp_path / "page.json"
    path.write_text(METADATA["page.json"], encoding="utf-8")
    result = run(command, path)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"dvdtrack: error: {path}: JSON, but no dvdtrack dump (as `dvdtrack export` writes): " \
                            "not release notes, not read\n"
    assert counts(run) == before


def test_a_json_file_named_among_others_is_skipped(run, tmp_path):
    path = tmp_path / "page.json"
    path.write_text(METADATA["index.json"], encoding="utf-8")
    result = run("import", path, NOTES)
    assert result.exit_code == 3 and f"  {path}: JSON, but no dvdtrack dump" in result.stderr
    assert counts(run) == 1
