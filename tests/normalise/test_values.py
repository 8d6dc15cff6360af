"""Single values → what normalising makes of them (the field type that reads each is checked too):
runtimes, sizes, aspect ratios, audio tracks."""

import pytest

from dvdtrack.normalise.aspect import canonical_aspect
from dvdtrack.normalise.audio import canonical_channels, canonical_codec, split_track
from dvdtrack.normalise.runtime import runtime_precision, runtime_seconds
from dvdtrack.normalise.size import size_bytes
from tests.conftest import typed


@pytest.mark.parametrize("text, seconds", [
    ("01:31:15", 5475), ("1:31:15", 5475), ("91:15", 5475), ("104 mins", 6240), ("88 min.", 5280),
    ("97 минут", 5820), ("2Hr05Mins", 7500), ("1h 42mn", 6120), ("1 h 31 min", 5460),
    ("104 minutes", 6240), ("ca. 104 min", 6240), ("125:30", 7530), ("2h", 7200), ("90'", 5400),
    ("1h45", 6300), ("1 hour, 45 minutes", 6300), ("1 hour and 45 minutes", 6300), ("1 hr. 45 min.", 6300),
    ("1 Stunde und 45 Minuten", 6300), ("c. 90 minutes", 5400), ("circa 90 min", 5400), ("ок. 92 мин", 5520),
    ("1 час 43 минуты", 6180),
])
def test_runtime(text, seconds):
    assert typed("Runtime", text) is not None, text
    assert runtime_seconds(text) == seconds


@pytest.mark.parametrize("text, unit", [
    ("01:31:15", 1), ("91:15", 1), ("125:30", 1), ("01:28:00", 1), ("01h:36m:51s", 1), ("1h 36m 51s", 1),
    ("159 minutes", 60), ("ca. 104 min", 60), ("97 минут", 60), ("2:40", 60), ("1h45", 60), ("90'", 60),
    ("1 hour and 45 minutes", 60), ("4 x 42 min.", 60), ("2h", 3600), ("3 часа", 3600), ("no runtime", None),
])
def test_runtime_precision_is_the_smallest_unit_written(text, unit):
    assert runtime_precision(text) == unit


@pytest.mark.parametrize("codec", ["Dolby Digital", "DD", "AC3", "AC-3", "Dolby AC3", "dolby digital"])
def test_codec_spellings_fold_to_one(codec):
    assert canonical_codec(codec) == "Dolby Digital"


def test_unknown_codec_and_channels_kept_as_written():
    assert (canonical_codec(" FLAC "), canonical_channels("4.0"), canonical_codec(None)) == ("FLAC", "4.0", None)
    assert [canonical_channels(c) for c in ("6ch", "5.1", "stereo", "2/0")] == ["5.1", "5.1", "2.0", "2.0"]


@pytest.mark.parametrize("text, value", [
    ("7.01 Gb", 7526930186), ("7.01 GB", 7526930186), ("4,37 ГБ", 4692251771), ("700 MB", 734003200),
    ("700 Mb", 734003200), ("1.5 GiB", 1610612736), ("850 Мб", 891289600), ("7,654,321,987 bytes", 7654321987),
])
def test_size(text, value):
    assert typed("Size", text) is not None
    assert size_bytes(text) == value


@pytest.mark.parametrize("text, canonical", [
    ("4:3", "4:3"), ("16:9", "16:9"), ("1.78", "1.78:1"), ("2:40", "2.40:1"), ("1,66:1", "1.66:1"),
    ("2.35:1", "2.35:1"), ("1.85 : 1", "1.85:1"), ("2.35", "2.35:1"), ("16x9", "16:9"), ("4 x 3", "4:3"),
])
def test_aspect(text, canonical):
    assert canonical_aspect(typed("Aspect", text)) == canonical


@pytest.mark.parametrize("text, name, codec, channels, kind", [
    ("English DD 5.1", "English", "Dolby Digital", "5.1", None),
    ("French mono", "French", None, "1.0", None),
    ("Русский (Dolby AC3, 2 ch)", "Русский", "Dolby Digital", "2.0", None),
    ("English Dolby Digital 5.1", "English", "Dolby Digital", "5.1", None),
    ("Polski (lektor)", "Polski", None, None, "voice-over"),
    ("Русский DTS 6ch (одноголосый)", "Русский", "DTS", "5.1", "voice-over"),
    ("English (commentary)", "English", None, None, "commentary"),
    ("Deutsch Stereo", "Deutsch", None, "2.0", None),
    ("Dolby Digital 3.0 Surround (Swedish)", "Swedish", "Dolby Digital", "3.0", None),  # a layout as written
    ("Swedish DTS 4.0", "Swedish", "DTS", "4.0", None),
    ("日本語(ドルビーデジタル モノラル)", "日本語", "Dolby Digital", "1.0", None),  # a format in Japanese script
    ("英語(ドルビーサラウンドステレオ)", "英語", "Dolby Surround", "2.0", None),
])
def test_audio_track(text, name, codec, channels, kind):
    t = split_track(text)
    assert (t.name, t.codec, t.channels, t.kind) == (name, codec, channels, kind)


@pytest.mark.parametrize("items, tracks, unknown", [
    # a second layout takes the codec of the first
    (["English DD 5.1", "2.0"], [("en", "Dolby Digital", "5.1"), ("en", "Dolby Digital", "2.0")], []),
    # a commentary's speaker is no language; a language among its words is its language
    (["Комментарий киноведа (Dolby AC3, 2 ch)"], [("und", "Dolby Digital", "2.0")], []),
    (["Commentary by film historian Peter Cowie (English DD 2.0)"], [("en", "Dolby Digital", "2.0")], []),
    (["Commentary by Naum Kleiman and Martin Scorsese"], [("und", None, None)], []),
    # an unknown word that is no commentary is still reported
    (["Zorblatt DD 2.0"], [("und", "Dolby Digital", "2.0")], ["Zorblatt"]),
])
def test_audio_items_normalised(items, tracks, unknown):
    from dvdtrack.normalise.spec import normalise
    from dvdtrack.reading.release import AudioTrack, ReleaseSpec

    out = normalise(ReleaseSpec(grammar="test", audio=[AudioTrack(name=i) for i in items]))
    assert [(t.language, t.codec, t.channels) for t in out.audio] == tracks and out.unknown_languages == unknown


@pytest.mark.parametrize("text, tracks, subtitles", [
    ("Audio: English (5.1 DTS-ES, 5.1 Dolby Digital)", [("en", "DTS", "5.1"), ("en", "Dolby Digital", "5.1")], []),
    ("Audio: English 5.1 DTS / Dolby Digital 5.1 EX", [("en", "DTS", "5.1"), ("en", "Dolby Digital", "5.1")], []),
    ("Audio: Русский (Dolby AC3, 2 ch)", [("ru", "Dolby Digital", "2.0")], []),
    ("Sub: English\nAudio: German", [("de", None, None)], ["en"]),
    ("Subtitles: --\nAudio: German", [("de", None, None)], []),
    ("Subtitles: No subtitles\nAudio: German", [("de", None, None)], []),
    ("Subtitles: Not available\nAudio: German", [("de", None, None)], []),
    # tracks numbered one after another on one line
    ("音声:1.英語(ドルビーデジタル5.1) 2.英語(DTS) 3.日本語(モノラル)",
     [("en", "Dolby Digital", "5.1"), ("en", "DTS", None), ("ja", None, "1.0")], []),
    ("Audio: 1. Swedish (Dolby Digital 2.0) 2. English (Dolby Digital 5.1)",
     [("sv", "Dolby Digital", "2.0"), ("en", "Dolby Digital", "5.1")], []),
])
def test_track_lines(grammars, text, tracks, subtitles):
    from dvdtrack.normalise.spec import normalise
    from dvdtrack.reading.pipeline import parse_text

    spec = normalise(parse_text(text, grammars).releases[0])
    assert [(t.language, t.codec, t.channels) for t in spec.audio] == tracks
    assert [t.language for t in spec.subtitles] == subtitles and spec.unknown_languages == []


