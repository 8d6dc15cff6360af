"""Shapes of real pages, each in a small made-up text: flattened tables, unlabelled spec strings,
labels in many languages, values spelt many ways (issue 18). No text here is copied from a page."""

import parse
import pytest

from dvdtrack.normalise.spec import normalise
from dvdtrack.reading import parse_text
from dvdtrack.reading.grammar.types import field_types


def typed(type_name: str, text: str):
    result = parse.parse("{v:%s}" % type_name, text, extra_types=field_types())
    return None if result is None else result["v"]


def release(grammars, text: str):
    """The one release a made-up text gives."""
    releases = parse_text(text, grammars).releases
    assert releases, text
    return normalise(releases[0])


@pytest.mark.parametrize("text, value", [
    ("R4", "4"), ("Code 3", "3"), ("Zone 2", "2"), ("Sone 2", "2"), ("RC 2", "2"), ("Regionalcode 1", "1"),
    ("2,4", "2,4"), ("B", "B"), ("0", "0"), ("Free", "ALL"), ("region free", "ALL"), ("Alle", "ALL"),
    ("região livre", "ALL"),
])
def test_region_spellings(text, value):
    assert typed("Region", text) == value


def test_region_words_in_a_sheet(grammars):
    assert release(grammars, "Velvet Orchard (1971)\nLändercode: Alle\nLaufzeit: 92 min").region == "ALL"
    assert release(grammars, "Velvet Orchard (1971)\nRegion Code: Code 2\nLaufzeit: 92 min").region == "2"
    assert release(grammars, "Velvet Orchard (1971)\nRegion: Zone 2 (Europe)").region == "2"
    assert release(grammars, "Velvet Orchard (1971)\nRegion: Free").region == "ALL"


@pytest.mark.parametrize("text, value", [
    ("Dual Layered", (1, "DVD9")), ("RSDL", (1, "DVD9")), ("doppio strato", (1, "DVD9")), ("dupla camada", (1, "DVD9")),
    ("двухслойный", (1, "DVD9")), ("片面2層", (1, "DVD9")), ("single layer", (1, "DVD5")),
])
def test_layers_in_words(text, value):
    assert typed("Discs", text) == value


@pytest.mark.parametrize("text, value", [
    ("2-disc", 2), ("2-Disc Set", 2), ("quatro DVDs", 4), ("2枚組", 2), ("2 диска", 2), ("Dual Disc Set", 2),
    ("3 dischi", 3),
])
def test_disc_tallies(text, value):
    assert typed("DiscTally", text) == value


@pytest.mark.parametrize("line, field, value", [
    ("Dauer: 84 Minuten", "runtime_seconds", 84 * 60), ("Duração: 84 min.", "runtime_seconds", 84 * 60),
    ("収録時間:84分", "runtime_seconds", 84 * 60), ("Approximate Running Time: 84 minutes", "runtime_seconds", 84 * 60),
    ("Erscheinungsjahr: 1971", "year", 1971), ("Выпуск: Северный Свет", "label", "Северный Свет"),
    ("発売元:ノースライト", "label", "ノースライト"), ("Disk Typ: DVD 9 / Dual Layer", "disc_format", "DVD9"),
    ("Nº de discos: 3", "disc_count", 3), ("Discos: 4 DVD-9", "disc_count", 4), ("リージョン:2", "region", "2"),
    ("画面比率: 1.85:1", "aspect_ratio", "1.85:1"),
])
def test_labels_of_many_languages(grammars, line, field, value):
    spec = release(grammars, f"Velvet Orchard (1971)\nLand: Schweden\n{line}")
    assert getattr(spec, field) == value


@pytest.mark.parametrize("line, field, names", [
    ("Legendas: Português, Inglês", "subtitles", ["pt", "en"]), ("字幕:英語、日本語", "subtitles", ["en", "ja"]),
    ("Geluid: Engels (Dolby Digital 5.1)", "audio", ["en"]), ("Áudio: Inglês (Dolby Digital 2.0)", "audio", ["en"]),
])
def test_track_labels_of_many_languages(grammars, line, field, names):
    spec = release(grammars, f"Velvet Orchard (1971)\nLand: Schweden\n{line}")
    assert [track.language for track in getattr(spec, field)] == names


@pytest.mark.parametrize("text, seconds", [
    ("約84分", 84 * 60), ("1時間24分", 84 * 60), ("1 Hr 24 Min", 84 * 60), ("1 час 24 минуты", 84 * 60),
])
def test_runtime_spellings(text, seconds):
    from dvdtrack.normalise.runtime import runtime_seconds

    assert typed("Runtime", text) is not None
    assert runtime_seconds(text) == seconds


def test_languages_joined_by_and_in_other_languages(grammars):
    spec = release(grammars, "Velvet Orchard (1971)\nOndertitels: Nederlands en Frans\nLand: Schweden")
    assert [track.language for track in spec.subtitles] == ["nl", "fr"]


# A review site's two-column table, flattened: each line holds a field of each column
FLATTENED = """Velvet Orchard (1971)

Genre Drama
Running Time 94:12 (Case: 95)
RSDL / Flipper Dual Layered Cast & Crew
Region Coding 2,4 Directed By Ingrid Vall
RPI $19.95 Music Per Holm

Video Audio
Pan & Scan/Full Frame None Swedish Dolby Digital 2.0 (224Kb/s)
Widescreen Aspect Ratio 1.66:1
Original Aspect Ratio 1.85:1
Subtitles None Smoking Yes
"""


def test_flattened_two_column_table(grammars):
    spec = release(grammars, FLATTENED)
    assert (spec.region, spec.directors, spec.disc_format) == ("2,4", ["Ingrid Vall"], "DVD9")
    assert spec.subtitles == []
    assert [(t.language, t.codec, t.channels) for t in spec.audio] == [("sv", "Dolby Digital", "2.0")]
    assert spec.aspect_ratio == "1.66:1"  # the disc's, not the film's original ratio
    assert spec.runtime_seconds == 94 * 60 + 12
    assert any("Music" in line for line in spec.unparsed)  # a field no rule reads is kept, never dropped


def test_layers_answered(grammars):
    assert release(grammars, "Velvet Orchard (1971)\nRSDL: Yes\nLand: Schweden").disc_format == "DVD9"
    assert release(grammars, "Velvet Orchard (1971)\nRSDL / Flipper No/No\nLand: Schweden").disc_format == "DVD5"
    assert release(grammars, "Velvet Orchard (1971)\nRSDL (51:10)\nLand: Schweden").runtime_seconds is None


def test_label_blank_value(grammars):
    """A shop's table copied as label, blank line, value."""
    text = "Velvet Orchard\n\nLaufzeit\n\nca. 3 x 45 min.\n\nAudiokanäle\n\n1. Schwedisch, Dolby Digital 2.0\n\n" \
           "Regionalcode\n\n2\n\nFilm\n\nEin Sommer auf einer Salzwiese am Meer, und was die Leute dort so reden, wenn keiner zuhört."
    spec = release(grammars, text)
    assert (spec.runtime_seconds, spec.region) == (135 * 60, "2")
    assert [t.language for t in spec.audio] == ["sv"]
    assert spec.titles == ["Velvet Orchard"]  # the paragraph after `Film` and a blank is no title


@pytest.mark.parametrize("text, seconds", [("01h:24m:10s", 84 * 60 + 10), ("1.012 min.", 1012 * 60), ("4 x 21 min", 84 * 60)])
def test_more_runtime_spellings(text, seconds):
    from dvdtrack.normalise.runtime import runtime_seconds

    assert typed("Runtime", text) is not None
    assert runtime_seconds(text) == seconds


def test_header_row_then_value_row(grammars):
    """A table's rows pasted as a line of labels, then a line of their values."""
    text = "Velvet Orchard (1971)\nLanguage Subtitles\nSwedish Finnish\nRegion Number of Discs\n2 3\nAspect Ratio Sound\n1.66:1 2.0 Stereo"
    spec = release(grammars, text)
    assert ([t.language for t in spec.audio], [t.language for t in spec.subtitles]) == (["sv"], ["fi"])
    assert (spec.region, spec.disc_count, spec.aspect_ratio) == ("2", 3, "1.66:1")


def test_column_heads_are_no_header_row(grammars):
    spec = release(grammars, "Velvet Orchard (1971)\nVideo Audio\nPan & Scan/Full Frame None Swedish Dolby Digital 2.0")
    assert [(t.language, t.channels) for t in spec.audio] == [("sv", "2.0")]
    assert release(grammars, "Velvet Orchard (1971)\nRSDL / Flipper Dual Layered\nDual Disc Set").disc_format == "DVD9"


def test_a_label_with_a_word_more_is_no_misspelling(grammars):
    spec = release(grammars, "Velvet Orchard\nErscheinungsjahr: 1971\nDVD Erscheinungsjahr: 2009\nLand: Schweden")
    assert spec.year == 1971


def test_short_sentences_of_specs(grammars):
    """A review's spec line of short sentences, or of cells between spaced full stops."""
    spec = release(grammars, "Velvet Orchard (1971)\nNorthlight (Sweden). Region 4, PAL. 1.66:1 (16:9 enhanced). "
                             "Swedish DD 2.0, Finnish DD 2.0. English subtitles. 92 minutes")
    assert (spec.region, spec.video_system, spec.aspect_ratio, spec.runtime_seconds) == ("4", "PAL", "1.66:1", 92 * 60)
    assert ([t.language for t in spec.audio], [t.language for t in spec.subtitles]) == (["sv", "fi"], ["en"])
    spec = release(grammars, "Velvet Orchard (1971)\nNorthlight Video . R2 . B&W . 92 mins . PG . PAL")
    assert (spec.region, spec.video_system, spec.runtime_seconds) == ("2", "PAL", 92 * 60)


def test_a_catalogue_line_between_slashes(grammars):
    spec = release(grammars, "Velvet Orchard\n1971/92 Mins/Color/Dolby Digital 2.0")
    assert (spec.year, spec.runtime_seconds) == (1971, 92 * 60)


def test_prose_is_no_spec_sentences(grammars):
    text = "Velvet Orchard (1971)\nRegion: 2\n\nThe film opens at dawn. A boy walks to the sea with his dog. " \
           "They find a boat on the shore and row out until the village is a line of roofs. Nobody sees them go."
    assert release(grammars, text).runtime_seconds is None


@pytest.mark.parametrize("text, value", [("R4", "4"), ("RC 2", "2"), ("Region Free", "ALL"), ("RegionFree", "ALL")])
def test_region_tags(text, value):
    assert typed("RegionTag", text) == value


@pytest.mark.parametrize("text", ["2", "All", "Free"])
def test_a_bare_word_is_no_region_tag(text):
    assert typed("RegionTag", text) is None


def test_a_header_whose_value_is_lost_takes_no_specs(grammars):
    """`Directed by` with its name lost, then the disc's spec bullets: they are specs, not directors."""
    text = "Velvet Orchard (1971)\nDirected by\n• Widescreen 1.66:1\n• Swedish: Dolby Digital Mono\n\nRegion: 2"
    spec = release(grammars, text)
    assert spec.directors == [] and spec.aspect_ratio == "1.66:1"
    spec = release(grammars, "Velvet Orchard (1971)\nDirected by\nWidescreen 1.66:1\n\nRegion: 2")
    assert spec.directors == [] and spec.aspect_ratio == "1.66:1"
    assert release(grammars, "Velvet Orchard (1971)\nDirected by\nIngrid Vall\n\nRegion: 2").directors == ["Ingrid Vall"]


@pytest.mark.parametrize("line, field, value", [
    ("Anamorphic Widescreen 1.66:1", "aspect_ratio", "1.66:1"), ("Vídeo: 1.66:1", "aspect_ratio", "1.66:1"),
    ("収録時間:約92分(本編)", "runtime_seconds", 92 * 60), ("Genero: Drama", "genres", ["Drama"]),
])
def test_more_labels_and_values(grammars, line, field, value):
    spec = release(grammars, f"Velvet Orchard (1971)\nLand: Schweden\n{line}")
    assert getattr(spec, field) == value


def test_a_russian_format_line_may_be_a_ratio(grammars):
    text = "Бархатный сад (1971)\nЖанр: драма\nФормат: 1.66:1\nПродолжительность: 92 мин."
    assert release(grammars, text).aspect_ratio == "1.66:1"
    text = "Бархатный сад (1971)\nЖанр: драма\nФормат: DVD9\nПродолжительность: 92 мин."
    assert release(grammars, text).disc_format == "DVD9"


def test_japanese_fields_on_one_line(grammars):
    text = "ベルベット果樹園\n価格:3,800円 品番:ABCD-123 収録時間:約92分(本編) 画面サイズ:ビスタ 字幕:英語、日本語"
    spec = release(grammars, text)
    assert (spec.runtime_seconds, [t.language for t in spec.subtitles]) == (92 * 60, ["en", "ja"])


def test_numbered_tracks_with_rates(grammars):
    spec = release(grammars, "Velvet Orchard (1971)\nAudio: #1 Swedish AC3 5.1 @ 448 Kbps, #2 Swedish AC3 1ch @ 96 Kbps\nRegion: 2")
    assert [(t.language, t.channels) for t in spec.audio] == [("sv", "5.1"), ("sv", "1.0")]


def test_a_catalogue_number_is_no_track(grammars):
    spec = release(grammars, "Velvet Orchard (1971)\nAudio: Northlight Spine #417\nRegion: 2")
    assert spec.audio == []


def test_tracks_with_their_format_in_brackets(grammars):
    spec = release(grammars, "Velvet Orchard (1971)\nDVD9 | PAL 4:3 (720x576) VBR | 01:32:00 | 7.1 Gb\n"
                             "Swedish (Dolby AC3, 6 ch), Swedish (Dolby AC3, 1 ch)")
    assert [t.language for t in spec.audio] == ["sv", "sv"] and spec.aspect_ratio == "4:3"


@pytest.mark.parametrize("line, genres", [
    ("Komedie / Drama", ["Komedie", "Drama"]), ("92 minutes | Sweden | Adventure, Drama, Sci-Fi", ["Adventure", "Drama", "Sci-Fi"]),
    ("Category Drama Main Menu Introduction", ["Drama"]), ("Category Science Fiction", ["Science Fiction"]),
])
def test_genres_the_vocabulary_knows(grammars, line, genres):
    spec = release(grammars, f"Velvet Orchard (1971)\nRegion: 2\n{line}")
    assert spec.genres == genres


def test_one_genre_alone_is_no_genre_line(grammars):
    assert typed("GenreList", "Western") is None and typed("GenreList", "Western, Drama") == ["Western", "Drama"]


def test_labels_glued_to_the_value_before(grammars):
    spec = release(grammars, "Velvet Orchard\nVuosi: 1971Kesto: 92 minuuttia\nMaa: Ruotsi")
    assert (spec.year, spec.runtime_seconds) == (1971, 92 * 60)
    spec = release(grammars, "Velvet Orchard (1971)\nDirector: Ingrid ValleRating: IMDb 7.5Cast: Per Holm, Eva Berg")
    assert (spec.directors, spec.cast) == (["Ingrid Valle"], ["Per Holm", "Eva Berg"])


def test_one_format_for_a_list_of_languages(grammars):
    spec = release(grammars, "Velvet Orchard (1971)\nTon: DD5.1 Schwedisch, Englisch\nRegion: 2")
    assert [(t.language, t.codec, t.channels) for t in spec.audio] == [("sv", "Dolby Digital", "5.1"), ("en", "Dolby Digital", "5.1")]


def test_a_format_variant_is_no_language(grammars):
    spec = release(grammars, "Velvet Orchard (1971)\nAudio: Dolby Digital 5.1, DTS 5.1 ES\nRegion: 2")
    assert "es" not in [t.language for t in spec.audio]


@pytest.mark.parametrize("name, code", [("ing", "en"), ("ita", "it"), ("CAST", "es"), ("Manderin", "zh"), ("FRA", "fr")])
def test_language_short_forms_and_misspellings(name, code):
    from dvdtrack.normalise.language import resolve_language

    assert resolve_language(name) == code


def test_a_header_row_with_a_label_of_no_field(grammars):
    text = "Velvet Orchard (1971)\nDVD Length Original Length\n92 Minutes 95 Minutes\nCompany Year of Manufacture\nNorthlight Video 1999"
    spec = release(grammars, text)
    assert (spec.runtime_seconds, spec.label) == (92 * 60, "Northlight Video")
    assert "Original Length: 95 Minutes" in spec.unparsed


def test_a_runtime_labels_bare_number_is_minutes(grammars):
    assert release(grammars, "Velvet Orchard (1971)\nRunning Time 303\nRegion: 2").runtime_seconds == 303 * 60
    assert release(grammars, "Velvet Orchard (1971)\nRunning Time: 1999\nRegion: 2").runtime_seconds is None


def test_a_magazine_header_in_brackets(grammars):
    spec = release(grammars, "Бархатный сад\n(Студия Северный свет, 1999/Нордлайт-видео, 92 мин, США)\nЖанр: драма")
    assert (spec.year, spec.label, spec.runtime_seconds) == (1999, "Нордлайт-видео", 92 * 60)


def test_a_catalogue_card(grammars):
    text = "Каталог\nНОРДЛАЙТ | |||||||\nБархатный сад |\n|||||||\nРоссия 1971 92 мин. | |||||||\n" \
           "PAL, цветной Регион 5, DVD9 |\nРежиссёр: | Ингрид Валл | ||||||"
    spec = release(grammars, text)
    assert (spec.year, spec.runtime_seconds, spec.region, spec.disc_format) == (1971, 92 * 60, "5", "DVD9")
    assert spec.directors == ["Ингрид Валл"]


def test_a_joining_word_before_a_format_joins_no_languages(grammars):
    spec = release(grammars, "Velvet Orchard (1971)\nLangues: Français en Dolby Digital 5.1\nRégion: 2")
    assert [(t.language, t.codec, t.channels) for t in spec.audio] == [("fr", "Dolby Digital", "5.1")]


def test_the_discs_beside_a_runtime(grammars):
    spec = release(grammars, "Бархатный сад (1971)\nПродолжительность: 180 мин. (2 x DVD 9)\nЖанр: драма")
    assert (spec.runtime_seconds, spec.disc_count, spec.disc_format) == (180 * 60, 2, "DVD9")
