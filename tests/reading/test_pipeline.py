"""Reading end to end (`parse_text`): multi-release blocks, unparsed lines, explain data, robustness,
and the shapes of blocks each stage has to get right together."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dvdtrack.errors import NothingParsed, UsageError
from dvdtrack.reading.pipeline import parse_text
from tests.reading.corpus_files import corpus_lines

TWO = """Clear Sky / Чистое небо (1961) DVD9 RUSCICO
DVD9 | PAL 4:3 | 01:45:10 | 7.50 Gb
Language: Russian, English

Anna Karenina / Анна Каренина (1967) 2 x DVD9 RUSCICO
DVD9 | PAL 16:9 | 02:25:00 | 14.2 Gb
Language: Russian
Subtitle: English, Francais
"""


def test_two_releases_in_one_block(grammars):
    releases = parse_text(TWO, grammars).releases
    assert [r.titles[0] for r in releases] == ["Clear Sky", "Anna Karenina"]
    assert [r.aspect_ratio for r in releases] == ["4:3", "16:9"]
    assert [r.disc_count for r in releases] == [1, 2]
    assert releases[1].raw.startswith("Anna Karenina") and "Clear Sky" not in releases[1].raw


def test_rule_line_separates_blocks(grammars):
    text = TWO.replace("\n\nAnna", "\n-----\nAnna")
    assert len(parse_text(text, grammars).releases) == 2


def test_unknown_lines_are_kept(grammars):
    text = "DVD9 | PAL 4:3 | 01:31:15 | 7.01 Gb\nBarcode 4607 1234\nLanguage: English"
    spec = parse_text(text, grammars).releases[0]
    assert spec.unparsed == ["Barcode 4607 1234"]


def test_typo_in_section_header(grammars):
    text = "DVD9 | PAL 4:3 | 01:31:15\nSpecial Feautres:\n• Photos\n• Trailer"
    assert parse_text(text, grammars).releases[0].features == ["Photos", "Trailer"]


def test_nothing_parsed(grammars):
    with pytest.raises(NothingParsed):
        parse_text("just some words\nand more words", grammars)


def test_unknown_grammar_name(grammars):
    with pytest.raises(UsageError):
        parse_text("DVD9 | PAL 4:3 | 01:31:15", grammars, "nope")


def test_explain_records_choice(grammars):
    block = parse_text(TWO, grammars).blocks[0]
    assert block.grammar == "blog" and block.score >= 6
    assert block.lines[1].rule == "spec-line"


def test_long_line_is_bounded(grammars):
    text = "DVD9 | PAL 4:3 | 01:31:15\n" + "x|" * 200_000
    spec = parse_text(text, grammars).releases[0]
    assert len(spec.unparsed) == 1


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_parser_never_raises_unexpectedly(grammars, text):
    try:
        releases = parse_text(text, grammars).releases
    except NothingParsed:
        return
    assert releases


def test_nfo_frames_and_table_rows(grammars):
    text = ("╔══════════════════════╗\n║ Runtime....: 1h 31mn ║\n▌ Audio...: Russian DD 2.0 ▐\n"
            "╚══════════════════════╝\n| Aspect Ratio | 1.85:1 (16:9) |\n")
    spec = parse_text(text, grammars).releases[0]
    assert (spec.runtime_text, spec.aspect_ratio, spec.unparsed) == ("1h 31mn", "1.85:1", [])


def test_two_spec_sheets_in_one_file(grammars):
    text = (
        "Andrei Rublev (1966) Region 1 NTSC\nRunning Time: 205 min.\nAspect Ratio: 1.33:1\nAudio: Russian Mono\n"
        "Subtitles: English\nNumber of Discs: 2\n\nIvan's Childhood (1962) Region 2 PAL\nRunning Time: 91 min.\n"
        "Aspect Ratio: 1.33:1\nAudio: Russian Mono\nSubtitles: English, Dutch\n")
    releases = parse_text(text, grammars).releases
    assert [(r.titles, r.year, r.region, r.video_system, r.runtime_text) for r in releases] == [
        (["Andrei Rublev"], 1966, "1", "NTSC", "205 min."), (["Ivan's Childhood"], 1962, "2", "PAL", "91 min.")]


def test_a_line_naming_nothing_is_no_release(grammars):
    with pytest.raises(NothingParsed):
        parse_text("<div class='x'>\n>\n</div>", grammars)
    spec = parse_text("Extras: Trailer\n\nDVD9 | PAL 4:3 | 01:31:15", grammars).releases
    assert len(spec) == 1 and spec[0].disc_format == "DVD9" and spec[0].features == ["Trailer"]


_CORPUS_LINES = corpus_lines()
_DEBRIS = [" | ", "•", "- ", ":", "....:", "(", ")", "[", "]", " & ", " и ", "3/2", "DVD9", "PAL", "1.33:1",
           "Audio:", "Subtitles:", "Extras:", "", "Русские субтитры:", "w/", "16:9 (", "DD 5.1", "\t"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_CORPUS_LINES), st.sampled_from(_DEBRIS),
                          st.tuples(st.sampled_from(_CORPUS_LINES), st.sampled_from(_DEBRIS), st.integers(0, 80))
                          .map(lambda t: t[0][: t[2]] + t[1] + t[0][t[2]:])), max_size=14))
def test_real_lines_mixed_with_debris_read_or_are_refused(grammars, lines):
    """Corpus lines, cut and mixed with table and bullet debris: read and normalised, or refused
    with NothingParsed, never anything else."""
    from dvdtrack.normalise.spec import normalise
    from dvdtrack.store.releases import prepare

    try:
        releases = parse_text("\n".join(lines), grammars).releases
    except NothingParsed:
        return
    for spec in releases:
        prepare(normalise(spec))


def test_awards_only_before_any_header(grammars):
    text = ("Ballada o soldate AKA Ballad of a Soldier (1959) (DVD)\n• BAFTA Award for Best Film, 1961\n"
            "Special Features:\n• Interview with the Oscar-winning cameraman\n• Trailer\n")
    spec = parse_text(text, grammars).releases[0]
    assert spec.awards == ["BAFTA Award for Best Film, 1961"]
    assert spec.features == ["Interview with the Oscar-winning cameraman", "Trailer"]


def test_a_labelled_year_in_brackets_is_no_title(grammars):
    spec = parse_text("Title: Test Film\nYear: ( 1999 )\nAspect Ratio: 1.78\n", grammars).releases[0]
    assert (spec.titles, spec.year, spec.unparsed) == (["Test Film"], 1999, [])


def test_polish_lektor_line_is_a_voice_over_track(grammars):
    from dvdtrack.normalise.spec import normalise

    spec = normalise(parse_text("Lektor: polski\nJęzyk: rosyjski\nCzas trwania: 95 min\n", grammars).releases[0])
    assert [(t.language, t.kind) for t in spec.audio] == [("pl", "voice-over"), ("ru", None)]


def test_a_paragraph_repeating_the_kinds_of_lines_before_it_is_the_next_release(grammars):
    text = ("Stalker (1979)\nRegion: 5\nAudio: Russian DD 5.1\n\n"
            "Running time: 88 min\nAudio: German DD 2.0\n\n"  # one kind again (audio): more of the same release
            "Running time: 95 min\nAudio: French DD 2.0\n\n"  # two kinds again: the next release
            "Subtitles: English\n")  # one line of a kind not seen yet: the same release
    releases = parse_text(text, grammars).releases
    assert [(r.titles, r.runtime_text, [t.name for t in r.audio], [t.name for t in r.subtitles]) for r in releases] == [
        (["Stalker"], "88 min", ["Russian DD 5.1", "German DD 2.0"], []),
        ([], "95 min", ["French DD 2.0"], ["English"])]


def test_a_paragraph_of_audio_details_is_the_same_release(grammars):
    text = ("Белое солнце пустыни (1970) DVD9\nРежиссер: Владимир Мотыль\n\n"
            "Субтитры: нет\nОригинальная аудиодорожка: русская\n\n"
            "Видео: MPEG-2, 720x576 (16:9), 25.000 fps\nАудио: AC3, 6 ch, 448 kbps\nПродолжительность: 01:24:58\n")
    [release] = parse_text(text, grammars).releases
    assert (release.disc_format, release.runtime_text, [t.name for t in release.audio]) == (
        "DVD9", "01:24:58", ["русская", "AC3", "6 ch", "448 kbps"])


@pytest.mark.parametrize("first, title, year", [
    ("DVDs of Kira", ["DVDs of Kira"], None),  # a word starting with `DVD` is no disc
    ("Гараж (c1979) 2 x DVD9 (Custom)", ["Гараж"], 1979),
    ("WINTER COLLECTION", [], None),  # a banner in capitals: a banner's word
    ("THE SALT MEADOW", ["THE SALT MEADOW"], None),  # a review's title in capitals
    ("      THE MIRROR", ["THE MIRROR"], None),  # a title in capitals, centred as in an NFO
    ("░▒▓ THE MIRROR ▓▒░", ["THE MIRROR"], None),  # or framed
    ("[Stalker]", ["Stalker"], None),  # a forum post's title in brackets
    ("The wishes come true.", [], None),  # a tagline
    ("And Quiet Flows the Don...", ["And Quiet Flows the Don..."], None),
    ("EAN: 5907561120457", [], None),  # a label
])
def test_a_title_alone_on_the_first_line(grammars, first, title, year):
    spec = parse_text(f"{first}\nRunning time: 95 min\nAudio: Russian", grammars).releases[0]
    assert (spec.titles, spec.year, first in spec.unparsed) == (title, year, not title)


def test_a_comparison_table_is_one_release_per_column(grammars):
    """Two editions side by side, copied from a review's table with tabs."""
    text = ("Mirror (1975)\n"
            "Distribution\tRUSCICO - Region 0 - NTSC\tArtificial Eye - Region 2 - PAL\n"
            "Runtime\t1:46:17\t1:41:54 (4% PAL speedup)\n"
            "Audio\tRussian (Dolby Digital 5.1)\tRussian (Dolby Digital 2.0)\n"
            "Subtitles\tEnglish, French, None\tEnglish, None\n")
    releases = parse_text(text, grammars).releases
    assert [(r.titles, r.label, r.region, r.video_system, r.runtime_text, [t.name for t in r.audio]) for r in releases] == [
        (["Mirror"], "RUSCICO", "0", "NTSC", "1:46:17", ["Russian (Dolby Digital 5.1)"]),
        (["Mirror"], "Artificial Eye", "2", "PAL", "1:41:54", ["Russian (Dolby Digital 2.0)"])]
    assert releases[0].raw != releases[1].raw  # two blocks, stored as two releases
    assert "\t1:41:54" not in releases[0].raw


def test_a_comparison_table_copied_with_bars_is_one_release_per_column(grammars):
    """The same table copied as text with `|` between cells; its heading names both editions and
    reads as neither."""
    text = ("The Salt Meadow (1963)\n"
            "DVD Review: Nordic Classics - Region 2 - PAL vs. Northwind - Region 1 - NTSC\n"
            "Distribution | Nordic Classics - Region 2 - PAL | Northwind - Spine #417 - Region 1 - NTSC |\n"
            "Runtime | 1:27:36 (4% PAL speedup) | 1:31:15 |\n"
            "Audio | Swedish (Dolby Digital 2.0) | Swedish (Dolby Digital 1.0) |\n"
            "Subtitles | English, None | English, French, None |\n")
    releases = parse_text(text, grammars).releases
    assert [(r.titles, r.label, r.region, r.video_system, r.runtime_text, [t.name for t in r.subtitles])
            for r in releases] == [
        (["The Salt Meadow"], "Nordic Classics", "2", "PAL", "1:27:36", ["English"]),
        (["The Salt Meadow"], "Northwind", "1", "NTSC", "1:31:15", ["English", "French"])]


def test_bars_between_one_release_s_cells_are_no_comparison(grammars):
    """An NFO's rows of cells (`Audio | English | 5.1`) name no edition per column: one release."""
    text = "Title | The Salt Meadow | 1963\nAudio | Swedish | 2.0\nSubtitles | English | French\nVideo | PAL | 16:9\n"
    releases = parse_text(text, grammars).releases
    assert [(r.titles, r.video_system, r.aspect_ratio, [t.name for t in r.subtitles]) for r in releases] == [
        (["The Salt Meadow"], "PAL", "16:9", ["English", "French"])]


@pytest.mark.parametrize("line, audio, unparsed", [
    ("Swedish | 91 min | DVD5", ["Swedish"], []),
    ("Trailer | 91 min | DVD5", [], ["Trailer"]),  # no language's ending: kept unread
    ("Region 2\nSwedish", [], ["Swedish"]),  # a word alone on its line is no strip's cell
    ("Subtitles: English | French | None", [], []),  # a label's values, not a strip's cells
])
def test_a_strip_s_bare_language_cell_is_its_audio(grammars, line, audio, unparsed):
    spec = parse_text(f"The Salt Meadow (1963)\n{line}\n", grammars, "blog").releases[0]
    assert ([t.name for t in spec.audio], spec.unparsed) == (audio, unparsed)


def test_posts_of_several_styles_with_only_blank_lines_between_are_a_release_each(grammars):
    """A sheet, a tracker post and an NFO pasted one after another: one block, no rule lines; each
    paragraph that opens a release and another grammar reads far better is read by it (`choice`)."""
    text = ("The Salt Meadow (1963)\nRegion 2 - PAL\nRunning time: 91 mins\nAudio: Swedish mono\n\n"
            "Соляной луг / Saltängen (1963) DVD9\nПродолжительность: 01:31:15\nАудио: Русский (Dolby AC3, 2 ch)\n"
            "Субтитры: английские\n\n"
            "Title........: Quiet Lake\nYear.........: 1958\nRuntime......: 1h 22mn\nAudio........: Finnish DD 2.0\n")
    result = parse_text(text, grammars)
    assert [(r.titles, r.year, r.runtime_text, [t.name for t in r.audio], r.unparsed) for r in result.releases] == [
        (["The Salt Meadow"], 1963, "91 mins", ["Swedish mono"], []),
        (["Соляной луг", "Saltängen"], 1963, "01:31:15", ["Русский (Dolby AC3, 2 ch)"], []),
        (["Quiet Lake"], 1958, "1h 22mn", ["Finnish DD 2.0"], [])]


def test_a_paragraph_in_another_style_that_opens_no_release_stays_with_its_post(grammars):
    """A blog post's cast in Russian between its title and its specs names no title: one release, as before."""
    text = ("Ballad of a Soldier (1959) DVD5\n\nРежиссер: Григорий Чухрай\nВ ролях: Владимир Ивашов\nСтрана: СССР\n\n"
            "DVD5 | PAL 4:3 | 01:28:00 | 4.2 Gb\nLanguage: Russian\nSubtitle: English, French\n"
            "Special Features:\n• Filmographies\n• Trailer\n")
    [spec] = parse_text(text, grammars).releases
    assert (spec.titles, spec.runtime_text, spec.features) == (["Ballad of a Soldier"], "01:28:00", ["Filmographies", "Trailer"])


def test_the_paragraphs_after_a_post_in_another_style_go_with_it_until_a_title(grammars):
    """A tracker post pasted under a sheet: its English-labelled paragraph is still its own."""
    text = ("The Salt Meadow (1963)\nRegion 2 - PAL\nRunning time: 91 mins\n\n"
            "Соляной луг (1963) DVD9\nПродолжительность: 01:31:15\nАудио: Русский (Dolby AC3, 2 ch)\n\n"
            "Video: PAL 4:3\nSubtitles: English\n")
    releases = parse_text(text, grammars).releases
    assert [(r.titles, r.aspect_ratio, [t.name for t in r.subtitles]) for r in releases] == [
        (["The Salt Meadow"], None, []), (["Соляной луг"], "4:3", ["English"])]


@pytest.mark.parametrize("bullet, sep", [("• ", " : "), ("- ", ":\t"), ("► ", ": "), ("- **", ":** ")])
def test_a_sheet_of_bulleted_fields(grammars, bullet, sep):
    """A sheet whose every field is a bullet: its labels are read (never a blog's extras before any
    header), in any language, with a list of lower-case names after the label."""
    fields = [("Rok", "1981"), ("Tekstitys", "venäjä, saksa, ruotsi"), ("Nośnik", "DVD9"), ("Price", "€14.99"),
              ("Regionalcode", "5"), ("Czas trwania", "80 min."), ("Format obrazu", "4:3")]
    text = "The Winter (1981)\n" + "".join(f"{bullet}{label}{sep}{value}\n" for label, value in fields)
    [spec] = parse_text(text, grammars).releases
    assert (spec.titles, spec.year, [t.name for t in spec.subtitles], spec.disc_format, spec.region, spec.runtime_text,
            spec.aspect_ratio, spec.features) == (["The Winter"], 1981, ["venäjä", "saksa", "ruotsi"], "DVD9", "5",
                                                  "80 min.", "4:3", [])


def test_a_value_on_the_line_after_its_label_is_read_whole(grammars):
    """`Kieli:` then `ruotsi Dolby Digital 2.0, saksa, ranska stereo`: three tracks; `saksa` (German,
    and Germany) is no country read item by item."""
    [spec] = parse_text("The Letter (1995)\nKieli:\nruotsi Dolby Digital 2.0, saksa, ranska stereo\nAlue: 1\n", grammars).releases
    assert ([t.name for t in spec.audio], spec.countries) == (["ruotsi Dolby Digital 2.0", "saksa", "ranska stereo"], [])


@pytest.mark.parametrize("text", ["  THE GARDEN (1980)\n\nTitle..: The Garden\nYear....: 1980\n",
                                  "THE GARDEN\nTitle: The Garden\nRunning time: 95 min\n"])
def test_a_title_in_capitals_takes_the_case_it_is_written_in_later(grammars, text):
    [spec] = parse_text(text, grammars).releases
    assert spec.titles == ["The Garden"]


@pytest.mark.parametrize("line, runtime, features", [
    ("Feature: 1:31:15", "1:31:15", []),  # a comparison site's main feature: the film's length
    ("Feature: Interview with the director", None, ["Interview with the director"]),  # one extra
    ("Extras: 60", None, []),  # a review's score
])
def test_a_feature_line_is_the_film_s_length_or_an_extra(grammars, line, runtime, features):
    [spec] = parse_text(f"The Salt Meadow (1963)\n{line}\nRegion: 2\n", grammars).releases
    assert (spec.runtime_text, spec.features) == (runtime, features)


def test_a_title_line_read_again_starts_the_next_edition(grammars):
    """Two editions of one film, one after the other: the second starts at its title line, not at
    the first line that differs from the first edition (`Region 1`)."""
    text = ("Wings of the Harbour (1961)\nRegion 2 - PAL\nRunning time: 96 mins\n"
            "Wings of the Harbour (1961) [Criterion]\nRegion 1 - NTSC\nRunning time: 100 mins\n")
    releases = parse_text(text, grammars).releases
    assert [(r.titles, r.year, r.region, r.runtime_text, r.raw.splitlines()[0]) for r in releases] == [
        (["Wings of the Harbour"], 1961, "2", "96 mins", "Wings of the Harbour (1961)"),
        (["Wings of the Harbour"], 1961, "1", "100 mins", "Wings of the Harbour (1961) [Criterion]")]


def test_a_shop_list_of_editions_one_per_line(grammars):
    """A shop's list: a line per edition, its parts between dashes."""
    text = ("Wings of the Harbour (1961) - Region 2 - PAL - 96 min - Swedish mono - English subtitles\n"
            "Silent Meadow (1962) - Region 1 - NTSC - 88 min - Swedish stereo - English subtitles\n")
    releases = parse_text(text, grammars).releases
    assert [(r.titles, r.year, r.region, r.video_system, r.runtime_text) for r in releases] == [
        (["Wings of the Harbour"], 1961, "2", "PAL", "96 min"), (["Silent Meadow"], 1962, "1", "NTSC", "88 min")]


def test_an_imdb_id_in_capitals(grammars):
    """A post in capitals (`IMDB: TT0072443`) names the same id; it once raised AttributeError."""
    [spec] = parse_text("IMDB: TT0072443\nRegion: 2\n", grammars).releases
    assert spec.imdb_id == "tt0072443"


def test_a_post_on_one_line_with_fields_no_grammar_knows(grammars):
    """A whole post on one line, its title first, with labels no grammar knows between the fields:
    the grammar that knows the labels reads it, and the strangers are kept unread, not swallowed."""
    text = ("[b]Silent Meadow[/b] Продолжительность....: 3:17:00 ASIN: B000XYZ123 Release Date: 12 March 2008 "
            "Язык....: French Субтитры....: Russian Chapters: 24 Год....: 1990\n")
    [spec] = parse_text(text, grammars).releases
    assert (spec.grammar, spec.titles, spec.year, spec.runtime_text, [t.name for t in spec.audio],
            [t.name for t in spec.subtitles], spec.unparsed) == (
        "tracker_ru", ["Silent Meadow"], 1990, "3:17:00", ["French"], ["Russian"],
        ["ASIN: B000XYZ123", "Release Date: 12 March 2008", "Chapters: 24"])


def test_a_title_line_with_a_company_never_swallows_fields(grammars):
    """`{label:Label}` after a title's disc holds no `Label: value` of another field."""
    text = "Крылья гавани (1989) DVD9 Rok výroby: 1989 Titulky: French Zvuk: French mono Délka: 107 mins\n"
    [spec] = parse_text(text, grammars).releases
    assert (spec.label, spec.runtime_text, [t.name for t in spec.subtitles]) == (None, "107 mins", ["French"])


def test_html_labels_in_tabbed_cells(grammars):
    """`<b>Subs:</b>⇥English<br>`: the tags go before the cells are told apart."""
    [spec] = parse_text("Silent Meadow<br>\n<b>Subs:</b>\tEnglish<br>\n<b>Duration:</b>\t140 mins<br>\n", grammars).releases
    assert ([t.name for t in spec.subtitles], spec.runtime_text) == (["English"], "140 mins")


def test_the_cells_of_one_line_are_one_release(grammars):
    """`Sweden, 1963, 96 min` read cell by cell under a title line of another year: a second year
    in the same line's cells once started a second release there."""
    [spec] = parse_text("WINGS OF THE HARBOUR (1951)\nSweden, 1963, 96 min, b/w\nRegion 2\n", grammars).releases
    assert (spec.year, spec.countries, spec.runtime_text, spec.region) == (1951, ["Sweden"], "96 min", "2")


@pytest.mark.parametrize("line, fields", [
    ("Regionalcode / Norm: 2 / PAL", {"region": "2", "video_system": "PAL"}),
    ("Region/Format: 2/NTSC", {"region": "2", "video_system": "NTSC"}),
    ("Land & Jahr: Schweden, Norwegen 1963", {"countries": ["Schweden", "Norwegen"], "year": 1963}),
    ("Bild / Zeit: 1.85:1 (anamorph) / 93 Min.", {"aspect_ratio": "1.85:1", "runtime_text": "93 Min."}),
])
def test_a_compound_label_reads_a_value_per_part(grammars, line, fields):
    [spec] = parse_text(f"Titel: Saltängen\n{line}\n", grammars).releases
    assert {name: getattr(spec, name) for name in fields} == fields
    assert spec.unparsed == []


def test_a_compound_label_whose_value_does_not_split_is_kept_unread(grammars):
    [spec] = parse_text("Titel: Saltängen\nRegionalcode / Norm: irgendwas\n", grammars).releases
    assert spec.unparsed == ["Regionalcode / Norm: irgendwas"]


def test_edition_headings_start_releases_with_their_labels(grammars):
    text = ("UK release (Nordlicht):\nRegion 2 PAL, 1.66:1 anamorphic, Swedish mono, English subtitles, 87 min\n"
            "US release (Eastside):\nRegion 1 NTSC, 1.33:1 full frame, Swedish mono, English subtitles, 91 min\n")
    releases = parse_text(text, grammars).releases
    assert [(r.label, r.region, r.video_system, r.runtime_text) for r in releases] == [
        ("Nordlicht", "2", "PAL", "87 min"), ("Eastside", "1", "NTSC", "91 min")]
    assert all(r.unparsed == [] for r in releases)


@pytest.mark.parametrize("line, titles, year, extra", [
    ("The Salt Meadow, 1963", ["The Salt Meadow"], 1963, {}),
    ("The Salt Meadow (Sweden, 1963)", ["The Salt Meadow"], 1963, {"countries": ["Sweden"]}),
    ("The Salt Meadow (Ingrid Vall, 1963)", ["The Salt Meadow"], 1963, {"directors": ["Ingrid Vall"]}),
    ("The Salt Meadow (1963, Ingrid Vall)", ["The Salt Meadow"], 1963, {"directors": ["Ingrid Vall"]}),
    ("The Salt Meadow (DVD, 1963)", ["The Salt Meadow"], 1963, {"disc_format": "DVD", "directors": []}),
    ("The Salt Meadow [DVD] (1963)", ["The Salt Meadow"], 1963, {}),
    ("The Salt Meadow (1963) DVD Review", ["The Salt Meadow"], 1963, {"label": None}),
    ("Review: The Salt Meadow (1963)", ["The Salt Meadow"], 1963, {}),
    ("Saltängen (The Salt Meadow) [1963]", ["Saltängen", "The Salt Meadow"], 1963, {}),
])
def test_title_lines(grammars, line, titles, year, extra):
    """A title line's year, country, director or disc beside the title are no part of it."""
    [spec] = parse_text(f"{line}\nRegion: 2\nAudio: Swedish mono\nRunning time: 91 min\n", grammars).releases
    assert (spec.titles, spec.year) == (titles, year)
    assert {name: getattr(spec, name) for name in extra} == extra
    assert spec.unparsed == []


def test_a_tracker_runtime_with_the_extras_added_is_the_films(grammars):
    [spec] = parse_text("Соляной луг (1963) 2xDVD9\nПродолжительность: 01:31:40 + 01:10:00 (доп. материалы)\n", grammars).releases
    assert (spec.runtime_text, spec.disc_count) == ("01:31:40", 2)


@pytest.mark.parametrize("line, titles, fields", [
    ("[DVD9] Соляной луг / Saltängen (1963)", ["Соляной луг", "Saltängen"], {"year": 1963, "disc_format": "DVD9"}),
    ("Соляной луг / Saltängen / 1963 / ПМ, СТ / DVD9", ["Соляной луг", "Saltängen"], {"year": 1963, "disc_format": "DVD9"}),
    ("Соляной луг / Saltängen (1963) DVD9 [R5]", ["Соляной луг", "Saltängen"], {"region": "5", "disc_format": "DVD9"}),
    ("Соляной луг / Saltängen / Die Salzwiese (Ингрид Валль) [1963 г., драма, 2xDVD9]",
     ["Соляной луг", "Saltängen", "Die Salzwiese"], {"year": 1963, "disc_count": 2, "genres": ["драма"]}),
])
def test_tracker_title_lines(grammars, line, titles, fields):
    [spec] = parse_text(f"{line}\nПродолжительность: 01:31:40\nАудио: Шведский (AC3, 1 ch)\n", grammars).releases
    assert spec.titles == titles
    assert {name: getattr(spec, name) for name in fields} == fields


@pytest.mark.parametrize("text, field, value", [
    ("Titel\nGlass Meadow\nSpine #417\nJahr: 1972\n", "titles", ["Glass Meadow"]),
    ("Sprache\nRussisch\nPrice: £12.99\nJahr: 1972\n", "audio", ["Russisch"]),
    ("Napisy\nangielski\nPrice: £12.99\nRok produkcji: 1970\n", "subtitles", ["angielski"]),
    ("Subs\nSwedish, English\nOriginal title\nRiver Harbour\nYear: 1965\n", "subtitles", ["Swedish", "English"]),
])
def test_stray_lines_after_a_value_on_the_next_line(grammars, text, field, value):
    """A price, a spine number or another bare label after a label's values is none of them."""
    [spec] = parse_text(text, grammars).releases
    got = getattr(spec, field)
    names = [t.name for t in got] if field in ("audio", "subtitles") else got
    assert names == value


@pytest.mark.parametrize("text, titles, audio, subtitles", [
    ("Subtitles: Swedish, German Duration: 109 mins Language: English Title: Letter Garden Year: 1962",
     ["Letter Garden"], ["English"], ["Swedish", "German"]),
    ("Running time: 184 minutes Subtitles: Swedish, German, English Title: Bridge Meadow Sound: Russian",
     ["Bridge Meadow"], ["Russian"], ["Swedish", "German", "English"]),
    ("Title: Winter Salt Subs: Swedish, Russian EAN: 5021234567890 Audio: German Runtime: 90 min",
     ["Winter Salt"], ["German"], ["Swedish", "Russian"]),
    ("Название: Salt Meadow Аудио: шведский Субтитры: Русский Spine #417 Год выпуска: 1995",
     ["Salt Meadow"], ["шведский"], ["Русский"]),
    # an unknown label takes none of a title's words no label holds, nor a value's last words (`Mono`)
    ("Title: The Bridge Letter Certificate: 15 Audio: German Subtitles: Finnish, Swedish",
     ["The Bridge Letter"], ["German"], ["Finnish", "Swedish"]),
    ("Titre:\tThe Quiet Station Année:\t1961 Langues:\tFrançais Dolby Digital Mono Price:\t€28.99 Sous-titres:\tAnglais",
     ["The Quiet Station"], ["Français Dolby Digital Mono"], ["Anglais"]),  # a tab after each label
    ("Title : The Harbour Subs : russian Region : 0 EAN : 9489273893140 Audio : English",
     ["The Harbour"], ["English"], ["russian"]),
])
def test_a_post_on_one_line_keeps_each_field_whole(grammars, text, titles, audio, subtitles):
    """Where two labels could start (`English Title:`, `Russian EAN:`), the one that leaves the field
    before it its value wins: a label never follows a comma or another label; a spine number is a
    stray of its own."""
    [spec] = parse_text(text + "\n", grammars).releases
    assert (spec.titles, [t.name for t in spec.audio], [t.name for t in spec.subtitles]) == (titles, audio, subtitles)


@pytest.mark.parametrize("text, fields", [
    # a title line whose disc, system and ratio run on before the first label
    ("Соляной луг (1963) DVD9 PAL 4:3 Аудио: Русский DD 2.0, Шведский DD 1.0 Субтитры: английские",
     {"titles": ["Соляной луг"], "year": 1963, "disc_format": "DVD9", "video_system": "PAL", "aspect_ratio": "4:3"}),
    # a shop's listing of comma items: a track longer than a cell's with its subtitles, `1 disc`
    ("The Salt Meadow (1963) Region 2 PAL, 1.66:1 anamorphic, Swedish Dolby Digital 2.0 with optional English "
     "subtitles, 91 mins, 1 disc",
     {"titles": ["The Salt Meadow"], "region": "2", "aspect_ratio": "1.66:1", "disc_count": 1, "synopsis": None,
      "unparsed": []}),
    # a forum title's tags: a region, the audio's language codes, the subtitles
    ("Salt Meadow (1963) [DVD9] [R2] [PAL] [Swe/Eng] [Subs: Eng, Fin] [Criterion]",
     {"titles": ["Salt Meadow"], "disc_format": "DVD9", "region": "2", "video_system": "PAL", "audio": ["Swe", "Eng"],
      "subtitles": ["Eng", "Fin"]}),
])
def test_a_post_on_one_line_reads_its_title_line_and_items(grammars, text, fields):
    [spec] = parse_text(text + "\n", grammars).releases
    tracks = {"audio": [t.name for t in spec.audio], "subtitles": [t.name for t in spec.subtitles]}
    assert {name: tracks.get(name, getattr(spec, name)) for name in fields} == fields


@pytest.mark.parametrize("second, titles", [
    ("Ballada o soldate", ["Ballad of a Soldier", "Ballada o soldate"]),
    ("Soldat", ["Ballad of a Soldier", "Soldat"]),
    ("Grigori Chukhrai", ["Ballad of a Soldier"]),  # a name, as a director under a title is written
    ("Released 12 March 2008", ["Ballad of a Soldier"]),
])
def test_a_title_alone_under_the_title_line(grammars, second, titles):
    [spec] = parse_text(f"Ballad of a Soldier (1959)\n{second}\nRegion: 2\nAudio: Russian mono\n", grammars).releases
    assert spec.titles == titles


def test_a_tracker_posts_studio_is_no_second_label(grammars):
    """`Студия: Мосфильм` (the film's studio) then `Издатель: RUSCICO` (the DVD's): one release, its
    label the publisher; the studio line is kept unread. Both read as labels once made two releases."""
    text = ("Летят журавли (1957) DVD9\nСтудия: Мосфильм\nИздатель: RUSCICO\nПродолжительность: 91 мин\n"
            "Аудио: Русский (AC3, 2 ch)\n")
    [spec] = parse_text(text, grammars).releases
    assert (spec.label, spec.runtime_text, spec.unparsed) == ("RUSCICO", "91 мин", ["Студия: Мосфильм"])


def test_a_studio_and_a_label_are_one_edition(grammars):
    [spec] = parse_text("Stalker (1979)\nStudio: Mosfilm\nLabel: RUSCICO\nRegion: 5\nRunning time: 155 min\n", grammars).releases
    assert (spec.region, spec.runtime_text) == ("5", "155 min")


@pytest.mark.parametrize("lines", [
    "Aspect Ratio: 1.66:1\nVideo: 16:9 anamorphic, PAL",  # the film's ratio in a 16:9 frame
    "Runtime: 155 min\nLength: 2:35:00",  # one length written two ways
    "Region: 2\nRegion code: 2, 4",  # a disc of regions 2 and 4 is a region 2 disc
    "Aspect: 1.37:1\nAspect: 1.33:1",  # one picture, measured twice
    "Label: RUSCICO\nLabel: Ruscico (Russia)",  # one company
])
def test_a_value_said_again_in_other_words_is_one_edition(grammars, lines):
    assert len(parse_text(f"Stalker (1979)\n{lines}\nAudio: Russian\n", grammars).releases) == 1


def test_a_value_said_again_differently_is_another_edition(grammars):
    text = "Stalker (1979)\nRegion: 2\nRunning time: 155 min\n\nStalker (1979)\nRegion: 1\nRunning time: 161 min\n"
    assert [(r.region, r.runtime_text) for r in parse_text(text, grammars).releases] == [("2", "155 min"), ("1", "161 min")]
