"""Hostile input files (issue 20): bad bytes, code pages, file names, full disks, folders, dumps."""

import io
import json
import os
import sqlite3

import pytest
from sqlalchemy import event, text

from tests.conftest import SEEDS

POST = next(SEEDS.glob("000_*.txt"))
CRANES = "Летят журавли (1957) DVD9\nDVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb\nЯзык: русский\nСубтитры: английские\n"


def _one_bad_byte() -> bytes:
    lines = CRANES.encode().split(b"\n")
    lines[2] += b" \xff"
    return b"\n".join(lines)


# --- one bad byte, code pages -------------------------------------------------------------------

def test_utf8_with_one_bad_byte_stays_utf8(run, tmp_path):
    path = tmp_path / "cranes.txt"
    path.write_bytes(_one_bad_byte())
    result = run("add", path)
    assert result.exit_code == 0, result.output
    assert result.stderr.count("\n") == 1 and "note:" in result.stderr and "line 3" in result.stderr
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["titles"] == ["Летят журавли"]
    assert [a["language"] for a in shown["audio"]] == ["ru"]
    assert [s["language"] for s in shown["subtitles"]] == ["en"]


def test_raw_bytes_let_reparse_decode_again(run, tmp_path, db_url):
    from sqlalchemy import create_engine

    path = tmp_path / "cranes.txt"
    path.write_bytes(_one_bad_byte())
    assert run("add", path).exit_code == 0
    engine = create_engine(db_url)
    with engine.begin() as conn:
        stored = conn.execute(text("SELECT raw_bytes FROM release")).scalar_one()
        assert bytes(stored) == _one_bad_byte().rstrip(b"\n")
        # what an older dvdtrack stored: the block read in the wrong code page
        garbled = _one_bad_byte().decode("koi8-r")
        conn.execute(text("UPDATE release SET raw_block = :g, title = :t"), {"g": garbled, "t": garbled[:14]})
    engine.dispose()
    assert json.loads(run("reparse", "--json").stdout)["changed"][0]["fields"][-1] == "raw_block"
    assert json.loads(run("show", "1", "--json").stdout)["titles"] == ["Летят журавли"]
    assert json.loads(run("reparse", "--json").stdout)["changed"] == []


def test_code_page_file_keeps_its_bytes(run, tmp_path):
    path = tmp_path / "cp1251.txt"
    path.write_bytes(CRANES.encode("cp1251"))
    result = run("import", tmp_path)
    assert result.exit_code == 0 and not result.stderr
    assert json.loads(run("show", "1", "--json").stdout)["titles"] == ["Летят журавли"]
    assert json.loads(run("reparse", "--json").stdout)["changed"] == []


SAMPLES = {
    "ru": CRANES + "Режиссёр: Михаил Калатозов. В ролях: Татьяна Самойлова, Алексей Баталов\n",
    "ru-short": "Летят журавли (1957) DVD9\nАудио: Русский\n",
    "uk": "Тіні забутих предків (1965) DVD5\nАудіо: українська, російська\nРежисер: Сергій Параджанов\n",
    "bg": "Под игото (1952) DVD5\nАудио: български\nСубтитри: английски\nРежисьор: Дако Даков\n",
    "pl": "Popiół i diament (1958) DVD9\nNapisy: polskie, angielskie\nReżyseria: Andrzej Wajda, Ewa Krzyżewska\n",
    "cs": "Ostře sledované vlaky (1966) DVD5\nZvuk: čeština, angličtina\nRežie: Jiří Menzel. Hrají: Václav Neckář\n",
    "hu": "Szegénylegények (1966) DVD5\nHang: magyar, angol\nFelirat: magyar, angol\nRendező: Jancsó Miklós\n",
    "fr": "Les Quatre Cents Coups (1959) DVD9\nSous-titres : français\nRéalisé par François Truffaut. Durée : 1 h 39\n",
    "de": "Der Himmel über Berlin (1987) DVD9\nUntertitel: Deutsch für Hörgeschädigte\nLänge: 128 Min., Größe: 7,5 GB\n",
    "es": "El espíritu de la colmena (1973) DVD5\nAudio: español, inglés\nDirección: Víctor Erice, Fernán Gómez\n",
    "tr": "Kış Uykusu (2014) DVD9\nAltyazı: Türkçe, İngilizce\nSüre: 196 dakika\nYönetmen: Nuri Bilge Ceylan\n"
          "Özel içerik: Kamera arkası, fragmanlar, oyuncu söyleşileri\n",
    "el": "Ο θίασος (1975) DVD9\nΉχος: Ελληνικά, Αγγλικά\nΥπότιτλοι: Ελληνικά\nΣκηνοθεσία: Θόδωρος Αγγελόπουλος\n",
}
CASES = [("ru", "cp1251"), ("ru", "koi8-r"), ("ru", "cp866"), ("ru-short", "cp1251"), ("ru-short", "koi8-r"),
         ("uk", "cp1251"), ("uk", "koi8-u"), ("bg", "cp1251"), ("pl", "cp1250"), ("pl", "iso8859-2"),
         ("cs", "cp1250"), ("hu", "cp1250"), ("fr", "cp1252"), ("fr", "latin-1"), ("de", "cp1252"),
         ("de", "latin-1"), ("es", "cp1252"), ("el", "cp1253"),
         ("tr", "cp1254"), ("tr", "iso8859-9")]


def _right(data: bytes, text: str, encoding) -> bool:
    return encoding is not None and data.decode(encoding, errors="replace") == text


def test_code_pages_measured():
    """The chosen reading against each rule alone, on samples in several languages and code pages:
    right on every one, where the detector alone misses short koi8-r and ties Spanish with cp1250,
    and the old Cyrillic rule alone misses everything but Russian."""
    from dvdtrack.reading import source

    def old_rule(data):
        best = max(("cp1251", "koi8-r"), key=lambda enc: sum("а" <= c <= "я" for c in data.decode(enc, "replace")))
        return best if sum("а" <= c <= "я" for c in data.decode(best, "replace")) else "cp1252"

    def detector(data):
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return best.encoding if best else None

    scores = {"chosen": 0, "detector": 0, "old rule": 0}
    for sample, encoding in CASES:
        data = SAMPLES[sample].encode(encoding)
        scores["chosen"] += source.decode(data, "x").text == SAMPLES[sample]
        scores["detector"] += _right(data, SAMPLES[sample], detector(data))
        scores["old rule"] += _right(data, SAMPLES[sample], old_rule(data))
    assert scores["chosen"] == len(CASES)
    assert scores["detector"] < len(CASES) and scores["old rule"] < len(CASES) // 2


def test_stray_byte_in_ascii_is_not_a_code_page():
    from dvdtrack.reading import source

    decoded = source.decode(b"The Film (1957) DVD9\nAudio: English \xff\n", "x")
    assert decoded.encoding == "utf-8" or decoded.text.endswith("\n")
    assert source.decode("Фильм ✓ (1957)\n".encode() + b"\xfe\xff\n", "x").encoding == "utf-8"


# --- file names -----------------------------------------------------------------------------------

def test_file_names_that_are_not_utf8(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = os.fsdecode(bytes(folder) + b"/bad\xff.txt")
    with open(good, "w", encoding="utf-8") as handle:
        handle.write(CRANES)
    (folder / "esc\x1b[31m\x9b.txt").write_text("nothing to read here\n", encoding="utf-8")
    (folder / "z.txt").write_text(POST.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("import", folder)
    assert result.exit_code == 3, result.output
    assert "\x1b" not in result.output and "\x9b" not in result.output and "\\u001b[31m\\u009b" in result.stderr
    assert json.loads(run("db", "check", "--json").stdout)["counts"]["release"] == 2
    assert "Летят журавли" in json.loads(run("show", "1", "--json").stdout)["titles"]
    refused = run("add", folder / "esc\x1b[31m\x9b.txt")
    assert refused.exit_code != 0 and "\x1b" not in refused.output and "\\u001b" in refused.stderr


# --- a database that fails, many skipped files ---------------------------------------------------

def _files(folder, count):
    folder.mkdir()
    for i in range(count):
        (folder / f"f{i:03}.txt").write_text(
            f"Film number {i} (1957) DVD9\nDVD9 | PAL 4:3 | 01:31:15\nFeatures: {'extra ' * 150}{i}\n", encoding="utf-8")
    return folder


def _fill_up(engine, monkeypatch):
    """The database gets full after a few files: SQLite's own error (a page limit), PostgreSQL's
    disk_full raised by a trigger."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

        @event.listens_for(engine, "connect")
        def limit(dbapi_connection, _record):
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 12}")
        engine.dispose()
    else:
        with engine.begin() as conn:
            conn.execute(text(
                "CREATE FUNCTION full_disk() RETURNS trigger AS $$ BEGIN IF (SELECT count(*) FROM release) >= 5 "
                "THEN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; "
                "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"))
            conn.execute(text("CREATE TRIGGER disk_full BEFORE INSERT ON release FOR EACH ROW EXECUTE FUNCTION full_disk()"))
    from dvdtrack.cli import film_cmds

    monkeypatch.setattr(film_cmds, "open_engine", lambda ctx, **_: engine)


def test_full_database_stops_the_import(run, engine, tmp_path, monkeypatch):
    folder = _files(tmp_path / "in", 40)
    _fill_up(engine, monkeypatch)
    result = run("import", "--batch", "1", folder)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("dvdtrack: error: database error, import stopped:")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "full" in result.stderr or "No space" in result.stderr
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM release")).scalar_one()
    assert 0 < stored < 40 and f"{stored} file(s) stored before it stay" in result.stderr


def test_skipped_files_are_summarised(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(30):
        (folder / f"junk{i:02}.txt").write_text("nothing to read here\n", encoding="utf-8")
    (folder / "post.txt").write_text(POST.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("import", folder)
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "skipped 30 file(s), not stored:" and len(lines) == 7 and lines[-1] == "  … and 25 more"
    assert run("import", tmp_path / "nothing-here").exit_code == 1


def test_unreadable_and_looping_folders_are_reported(run, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "post.txt").write_text(POST.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "sub" / "loop").symlink_to(folder)
    (folder / "again").symlink_to(folder / "sub")
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        result = run("import", folder)
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 3, result.output
    assert "loop" in result.stderr and json.loads(run("db", "check", "--json").stdout)["counts"]["release"] == 1
    if os.geteuid() != 0:  # root reads any folder
        assert "locked: cannot read this folder" in result.stderr


# --- dumps ----------------------------------------------------------------------------------------

def test_a_dump_is_known_by_its_header_not_a_substring(tmp_path, monkeypatch):
    from dvdtrack.reading import source
    from dvdtrack.errors import InputError

    monkeypatch.setattr(source, "MAX_BYTES", 200)
    notes = tmp_path / "notes.txt"
    notes.write_text('The Film (1957) "dvdtrack-dump" {"format": "dvdtrack-dump"}\n' + "DVD9 | PAL\n" * 30)
    with pytest.raises(InputError, match="larger than"):
        source.read_input(str(notes))
    assert source.dump_header(b'{"tables": {}, "format": "dvdtrack-dump"}') is None
    assert source.dump_header(b'{"format": "dvdtrack-dump", "version": 1, "tables": {') == {
        "format": "dvdtrack-dump", "version": 1}


def _dump(run) -> str:
    result = run("export")
    assert result.exit_code == 0, result.output
    return result.stdout


def test_dump_round_trip_with_bytes_and_older_layouts(run, tmp_path, db_url):
    from typer.testing import CliRunner

    from dvdtrack.cli.app import app

    (tmp_path / "cp.txt").write_bytes(CRANES.encode("koi8-r"))
    assert run("add", tmp_path / "cp.txt").exit_code == 0
    dump = _dump(run)
    assert dump.splitlines()[0].startswith('{"format": "dvdtrack-dump"') and len(dump.splitlines()) > 10
    old = json.loads(dump)
    old["schema"] = "0002"  # the indented layout dvdtrack wrote before, without raw_bytes
    for row in old["tables"]["release"]:
        del row["raw_bytes"]
    for name, content in (("new.json", dump), ("old.json", json.dumps(old, ensure_ascii=False, indent=2))):
        (tmp_path / name).write_text(content, encoding="utf-8")
        other = f"sqlite:///{tmp_path / (name + '.db')}"
        loaded = CliRunner().invoke(app, ["--db", other, "import", str(tmp_path / name)])
        assert loaded.exit_code == 0, loaded.output
        again = CliRunner().invoke(app, ["--db", other, "export"]).stdout
        assert json.loads(again)["tables"]["film"] == old["tables"]["film"]
    assert json.loads(CliRunner().invoke(app, ["--db", f"sqlite:///{tmp_path / 'new.json.db'}", "export"]).stdout) \
        == json.loads(dump)


def test_a_broken_dump_stores_nothing(run, tmp_path):
    assert run("add", POST).exit_code == 0
    dump = _dump(run)
    from typer.testing import CliRunner

    from dvdtrack.cli.app import app

    target = f"sqlite:///{tmp_path / 'target.db'}"
    (tmp_path / "cut.json").write_text(dump[: len(dump) * 2 // 3], encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", target, "import", str(tmp_path / "cut.json")])
    assert result.exit_code == 1 and "not a readable dump" in result.stderr
    counts = json.loads(CliRunner().invoke(app, ["--db", target, "db", "check", "--json"]).stdout)["counts"]
    assert not any(counts.values())


def test_dump_reader_holds_a_row_not_the_document():
    from dvdtrack.importers.dumpfile import DumpReader

    rows = ",\n".join(json.dumps({"id": i, "title": "x" * 100}) for i in range(20_000))
    stream = io.StringIO('{"format": "dvdtrack-dump", "version": 1, "schema": "0003", "tables": {"film": [\n'
                         + rows + "\n]}}\n")
    reader = DumpReader(stream, "d.json")
    seen = 0
    for seen, (_, row) in enumerate(reader.rows(), 1):
        assert len(reader.buffer) < 200_000  # a chunk of the file, never all of its 2 MB
    assert seen == 20_000


def test_export_saves_what_a_damaged_database_gives(tmp_path):
    from dvdtrack.reading.grammar.loading import load_grammars
    from dvdtrack.store.database import open_engine
    from dvdtrack.store.dump import write_dump
    from dvdtrack.store.imports import import_paths

    db = tmp_path / "damaged.db"
    engine = open_engine(f"sqlite:///{db}")
    folder = _files(tmp_path / "in", 120)
    assert import_paths(engine, [folder / f for f in sorted(os.listdir(folder))], load_grammars()).files == 120
    engine.dispose()
    with sqlite3.connect(db) as conn:
        leaves = [p for (p,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'release' AND pagetype = 'leaf' ORDER BY pageno")]
    with open(db, "r+b") as handle:
        handle.seek((leaves[len(leaves) // 2] - 1) * 4096)
        handle.write(b"\x0d" + os.urandom(4095))
    out = io.StringIO()
    report = write_dump(open_engine(f"sqlite:///{db}"), out)
    saved = json.loads(out.getvalue())["tables"]["release"]
    assert report.unreadable["release"] >= 1 and 100 < len(saved) < 120
    assert report.rows["release"] == len(saved) and len(saved) + report.unreadable["release"] <= 120



def test_parse_notes_bad_bytes(run, tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes("Фильм (1957) DVD9\nАудио: русский ".encode() + b"\xff\n")
    result = run("parse", path, "--json")
    assert result.exit_code == 0 and "line 2" in result.stderr and "not UTF-8" in result.stderr
    assert json.loads(result.stdout)[0]["titles"] == ["Фильм"]


def test_a_stray_byte_in_english_text_stays_utf8():
    from dvdtrack.reading import source

    decoded = source.decode(b"The Film (1957) DVD9\nAudio: English \xff\n", "x")
    assert decoded.encoding == "utf-8" and decoded.bad_lines == [2]
