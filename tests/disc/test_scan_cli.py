"""`dvdtrack scan`: preview and JSON, `--add` (found again by disc id), `--release` (notes and disc
field by field), and disc values marked and preferred in `show` and `compare`."""

from __future__ import annotations

import json

from tests.disc.made_discs import AudioDef, DiscDef, SubDef, TitleDef, TitleSetDef, write_folder, write_iso

SUBS = ["en", "fr", "de", "it", "es", "pt", "nl", "sv", "fi", "da", "no", "pl"]  # 12 on the disc
DISC = DiscDef([TitleSetDef(system="PAL", aspect="4:3",
                            audio=[AudioDef("ac3", 2, "ru"), AudioDef("ac3", 2, "en", "commentary")],
                            subpictures=[SubDef(c) for c in SUBS],
                            titles=[TitleDef((0, 0, 30, 0), 1), TitleDef((1, 31, 14, 5), 12), TitleDef((0, 9, 45, 0), 2)])],
               region_mask=0b11101101, volume="CRANES_ARE_FLYING")
NOTES = """The Cranes Are Flying / Летят журавли (1957)
DVD5 | PAL 4:3 | 01:31:15
Region: 2
Language: Russian
Subtitle: English, French, German, Italian, Spanish, Portuguese, Dutch, Swedish, Finnish, Danish, Norwegian, Polish, Hebrew
"""


def test_preview_json_has_parse_keys_and_the_disc_facts(run, tmp_path):
    image = write_iso(DISC, tmp_path / "cranes.iso")
    result = run("scan", "--json", image)
    assert result.exit_code == 0, result.output
    [disc] = json.loads(result.stdout)
    parse_keys = set(json.loads(run("parse", "--json", "-", input=NOTES).stdout)[0])
    assert parse_keys <= set(disc)
    assert disc["titles"] == ["Cranes Are Flying"] and disc["volume_id"] == "CRANES_ARE_FLYING"
    assert (disc["video_system"], disc["aspect_ratio"], disc["region"], disc["disc_format"]) == ("PAL", "4:3", "2,5", "DVD5")
    assert disc["runtime_seconds"] == 5474
    assert [(a["language"], a["codec"], a["channels"], a["kind"]) for a in disc["audio"]] == [
        ("ru", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "2.0", "commentary")]
    assert [s["language"] for s in disc["subtitles"]] == SUBS
    assert disc["features"] == ["Title 3: 0:09:45"]
    assert disc["titles_on_disc"][1] == {"number": 2, "runtime_seconds": 5474, "chapters": 12, "angles": 1,
                                         "title_set": 1}
    assert len(disc["disc_id"]) == 32
    assert run("show", "1").exit_code != 0  # a preview stores nothing


def test_preview_table_and_many_discs_in_a_folder(run, tmp_path):
    (tmp_path / "shelf" / "boxes").mkdir(parents=True)
    for n in range(6):
        write_iso(DiscDef(volume=f"DISC_{n}"), tmp_path / "shelf" / "boxes" / f"d{n}.iso")
    write_folder(DISC, tmp_path / "shelf" / "copied")
    result = run("scan", tmp_path / "shelf")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("disc id") == 7 and result.stdout.count("Titles on the disc") == 7
    copied = result.stdout[result.stdout.index("copied/VIDEO_TS: disc id"):]  # last: folders are walked in name order
    assert "2 (main feature)" in copied and "1 (main feature)" not in copied
    assert len(json.loads(run("scan", "--json", tmp_path / "shelf").stdout)) == 7


def test_add_stores_a_disc_scan_release_found_again(run, tmp_path, db_url):
    image = write_iso(DISC, tmp_path / "cranes.iso")
    first = run("scan", "--add", image)
    assert first.exit_code == 0 and "added release #1" in first.stdout
    again = run("scan", "--add", write_folder(DISC, tmp_path / "copy"))  # the same disc, copied
    assert again.exit_code == 0 and "already release #1" in again.stdout and "0 release(s) added" in again.stdout
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["grammar"] == "disc scan" and shown["disc_scan"]["fields"]
    assert shown["runtime_seconds"] == 5474 and len(shown["subtitles"]) == 12
    from sqlalchemy import create_engine, text

    with create_engine(db_url).connect() as conn:
        kinds = conn.execute(text("SELECT DISTINCT s.kind FROM release r JOIN source s ON s.id = r.source_id")).scalars().all()
        scans = conn.execute(text("SELECT d.disc_id, s.name FROM discscan d JOIN source s ON s.id = d.source_id")).all()
    assert kinds == ["disc scan"] and [name for _, name in scans] == ["disc scan"]
    assert scans[0][0] == json.loads(run("scan", "--json", image).stdout)[0]["disc_id"]
    assert "(from the disc)" in run("show", "1").stdout


def test_release_shows_where_notes_and_disc_agree(run, tmp_path):
    assert run("add", "-y", "-", input=NOTES).exit_code == 0
    image = write_iso(DISC, tmp_path / "cranes.iso")
    result = run("scan", "--release", "1", "--json", image)
    assert result.exit_code == 0, result.output
    rows = {r["field"]: r for r in json.loads(result.stdout)["agreement"]}
    assert rows["runtime"]["notes"] == "1:31:15" and rows["runtime"]["disc"] == "1:31:14"
    assert rows["runtime"]["verdict"] == "differ by 1 s"
    assert rows["subtitles"]["verdict"] == "differ: 13 in the notes, 12 on the disc; only in the notes: he"
    assert rows["video system"]["verdict"] == rows["aspect ratio"]["verdict"] == "agree"
    assert rows["region"]["verdict"] == "differ"  # the notes say 2; the disc plays in 2 and 5
    assert rows["audio"]["verdict"].startswith("differ: 1 in the notes, 2 on the disc; only on the disc: en")
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["runtime_seconds"] == 5474 and len(shown["subtitles"]) == 12  # the disc is preferred
    assert shown["disc_scan"]["notes"]["runtime_seconds"] == 5475  # and the notes are kept
    table = run("show", "1").stdout
    assert "1:31:14  (from the disc)" in table and "The Cranes Are Flying" in table
    # a second scan compares with the notes again, not with the first scan
    again = json.loads(run("scan", "--release", "1", "--json", image).stdout)
    assert {r["field"]: r["notes"] for r in again["agreement"]}["runtime"] == "1:31:15"
    # the disc is found again by its id
    assert "already release #1" in run("scan", "--add", image).stdout
    text = run("scan", "--release", "1", image).stdout
    assert "differ by 1 s" in text and "field(s) agree" in text


def test_compare_marks_disc_values(run, tmp_path):
    run("add", "-y", "-", input=NOTES)
    run("add", "-y", "-", input=NOTES.replace("01:31:15", "01:35:02").replace("PAL", "NTSC"))
    run("scan", "--release", "1", write_iso(DISC, tmp_path / "cranes.iso"))
    result = run("compare", "--release", "1", "--release", "2", "--markdown")
    assert result.exit_code == 0, result.output
    runtime = next(line for line in result.stdout.splitlines() if line.startswith("| **runtime**"))
    assert runtime.split("|")[2].strip() == "1:31:14  (from the disc)" and "(from the disc)" not in runtime.split("|")[3]
    assert "(from the disc)" in run("compare", "--release", "1", "--release", "2").stdout


def test_option_errors(run, tmp_path):
    image = write_iso(DISC, tmp_path / "a.iso")
    both = run("scan", "--add", "--release", "1", image)
    assert both.exit_code == 2 and "choose --add or --release" in both.stderr
    write_iso(DISC, tmp_path / "b.iso")
    many = run("scan", "--release", "1", tmp_path)
    assert many.exit_code == 2 and "2 discs were found" in many.stderr
    missing = run("scan", "--release", "99", image)
    assert missing.exit_code == 2 and "no release with id 99" in missing.stderr


def test_reparse_keeps_the_disc_preferred(run, tmp_path, db_url):
    from sqlalchemy import create_engine, text

    run("add", "-y", "-", input=NOTES)
    image = write_iso(DISC, tmp_path / "cranes.iso")
    run("scan", "--release", "1", image)
    run("scan", "--add", write_iso(DiscDef(volume="OTHER"), tmp_path / "other.iso"))  # release 2: a disc alone
    quiet = json.loads(run("reparse", "--json").stdout)
    assert quiet["changed"] == [] and quiet["unreadable"] == []  # notes read as before; the disc-only release skipped
    engine = create_engine(db_url)
    with engine.begin() as conn:  # the notes now say more (as a better grammar would read)
        conn.execute(text("UPDATE release SET raw_block = replace(raw_block, 'Region: 2', 'Region: 2\nLabel: Ruscico') "
                          "WHERE id = 1"))
    engine.dispose()
    changed = json.loads(run("reparse", "--json").stdout)["changed"]
    assert [c["id"] for c in changed] == [1] and "label" in changed[0]["fields"]
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["label"] == "Ruscico" and shown["runtime_seconds"] == 5474 and len(shown["subtitles"]) == 12
    assert shown["disc_scan"]["notes"]["runtime_seconds"] == 5475
    assert [r["id"] for r in json.loads(run("find", "--subtitle", "he", "--json").stdout)] == []  # tracks: the disc's


def test_preview_names_the_video(run, tmp_path):
    image = write_iso(DiscDef([TitleSetDef(system="NTSC", aspect="4:3", permitted=1, mpeg=1)]), tmp_path / "n.iso")
    assert "MPEG-1 720x480 at 29.97 fps, pan-scan" in run("scan", image).stdout
    [disc] = json.loads(run("scan", "--json", image).stdout)
    assert disc["video"] == {"mpeg": 1, "frame_size": "720x480", "frame_rate": 29.97, "display": "pan-scan"}


def test_export_and_import_keep_the_disc_scans(run, tmp_path):
    image = write_iso(DISC, tmp_path / "cranes.iso")
    run("scan", "--add", image)
    dump = tmp_path / "dump.json"
    dump.write_text(run("export").stdout, encoding="utf-8")
    assert json.loads(dump.read_text())["tables"]["discscan"][0]["disc_id"] == \
        json.loads(run("scan", "--json", image).stdout)[0]["disc_id"]
    from typer.testing import CliRunner

    from dvdtrack.cli.app import app

    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert CliRunner().invoke(app, ["--db", other, "import", str(dump)]).exit_code == 0
    again = CliRunner().invoke(app, ["--db", other, "scan", "--add", str(image)])
    assert again.exit_code == 0 and "already release #1" in again.stdout
