"""The prose stage (`dvdtrack.reading.prose`): specs stated in sentences, on made-up texts."""

from __future__ import annotations

import pytest

from dvdtrack.normalise.spec import normalise
from dvdtrack.reading import parse_text
from dvdtrack.reading.prose.credits import directors_in
from dvdtrack.reading.prose.extras import extras_in
from dvdtrack.reading.prose.tracks import audio_in, subtitles_in
from dvdtrack.reading.prose.values import aspect_in, discs_in, region_in, runtime_in, system_in


def read(text: str, grammars):
    return [normalise(spec) for spec in parse_text(text, grammars).releases]


def test_a_review_in_prose_is_a_release(grammars):
    text = ("The Lantern Keeper\n\n"
            "Northbay Video's Region 4 disc presents the film in 1.85:1 with anamorphic enhancement. "
            "The film is only ninety-one minutes long, at a low 5.2Mb/s.\n"
            "The original French Dolby Digital 2.0 track is clean. Subtitles are in English, Dutch and Greek.")
    [spec] = read(text, grammars)
    assert (spec.region, spec.aspect_ratio, spec.runtime_seconds) == ("4", "1.85:1", 91 * 60)
    assert [(t.language, t.codec, t.channels) for t in spec.audio] == [("fr", "Dolby Digital", "2.0")]
    assert [t.language for t in spec.subtitles] == ["en", "nl", "el"]
    assert any("ninety-one" in line for line in spec.unparsed)  # every line kept


def test_prose_ranks_below_labelled_lines(grammars):
    text = "Title: The Lantern Keeper\nRegion: 1\nRunning time: 95 min\n\nThe region 2 disc runs 91 minutes, in PAL."
    [spec] = read(text, grammars)
    assert (spec.region, spec.runtime_seconds, spec.video_system) == ("1", 95 * 60, "PAL")


def test_a_block_stating_nothing_is_still_no_release(grammars):
    from dvdtrack.errors import NothingParsed

    with pytest.raises(NothingParsed):
        parse_text("What a lovely evening we had.\nThe popcorn was good.", grammars)


@pytest.mark.parametrize("sentence, expected", [
    ("Il disco contiene 2 dischi dvd 9 in confezione.", (2, "DVD9")),
    ("This is a two-disc set on dual-layer discs.", (2, "DVD9")),
    ("Диск двухслойный, издание четырехдисковое.", (4, "DVD9")),
    ("Edycja jednopłytowa.", (1, None)),
    ("特典ディスクを加えた3枚組。", (3, None)),
    ("Disc One holds the film; the second disc the extras.", (None, None)),
    ("Finally, the film is fit on dvd-5.", (None, "DVD5")),  # the format with a hyphen or a space
    ("Het staat nu op een DVD 9 schijfje.", (None, "DVD9")),
    ("Its first edition was a DVD-9; this one is a DVD-5.", (None, None)),  # which is this one's: not said so
])
def test_disc_count_and_layers(sentence, expected):
    assert discs_in([sentence]) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The feature runs 102 minutes.", "102 min"),
    ("Продолжительность фильма 97 минут.", "97 min"),
    ("It is seventy-five minutes long.", "75 min"),
    ("There are 32 minuti di scene tagliate, and the film runs 88 min.", "88 min"),
    ("The 35 minute documentary is long enough.", None),
    ("Run time: 90 + 85 min", None),
    ("The layer change (RSDL 63:51) is smooth.", None),
])
def test_runtime(sentence, expected):
    assert runtime_in([sentence]) == expected


@pytest.mark.parametrize("sentences, expected", [
    (["Edizione in regione 2, sistema PAL."], "2"),
    (["A Code 3 DVD from a small label."], "3"),
    (["The region free edition."], "ALL"),  # as the corpus writes it
    (["Издание второй зоны."], "2"),
    (["Video codecMPEG2, Audio codecAC3"], None),
    (["The R1 disc is out.", "Region 2 viewers wait.", "It is an R1 release."], "1"),
])
def test_region(sentences, expected):
    assert region_in(sentences) == expected


def test_system_is_named_in_capitals_and_once():
    assert system_in(["Region 2 PAL."]) == "PAL"
    assert system_in(["My pal likes it."]) is None
    assert system_in(["PAL here, NTSC there."]) is None


@pytest.mark.parametrize("sentences, expected", [
    (["It is presented in 2.35:1 anamorphic."], "2.35:1"),
    (["Expect a 1:85:1 transfer."], "1.85:1"),
    (["The ratio is 1:66 here."], "1.66:1"),
    (["Framed at 1.66:1.", "No, 1.85:1 it is: 1.85:1 on the disc, and 16:9 enhanced."], "1.85:1"),
    (["It is 16x9 enhanced."], "16:9"),
])
def test_aspect(sentences, expected):
    assert aspect_in(sentences) == expected


def test_audio_in_sentences():
    assert audio_in(["You get Korean DTS and DD 5.1, Thai DTS."]) == ["Korean DTS", "Korean DD 5.1", "Thai DTS"]
    assert audio_in(["English, Dolby Digital and DTS 5.1; French and Spanish, Dolby Surround."]) == \
        ["English Dolby Digital", "English DTS 5.1", "French Dolby Surround", "Spanish Dolby Surround"]
    assert audio_in(["C'è un dolby 2.0 per il tedesco e per l'inglese con sottotitoli in tedesco."]) == \
        ["tedesco dolby 2.0", "inglese dolby 2.0"]
    assert audio_in(["Sound comes in two Dolby Digital mixes: stereo and 5.1."]) == \
        ["Dolby Digital", "stereo", "5.1"]
    assert audio_in(['<?xml version="1.0"?> rating 7.0']) == []


def test_subtitles_in_sentences():
    assert subtitles_in(["Subtitles are in Greek, Dutch and Arabic, and the menu is animated."]) == ["Greek", "Dutch", "Arabic"]
    assert subtitles_in(["I sottotitoli, attivabili durante la visione, sono solo in tedesco."]) == ["tedesco"]
    assert subtitles_in(["With Norwegian and Swedish subtitles for the hard of hearing."]) == ["Norwegian", "Swedish"]
    assert subtitles_in(["На диске есть субтитры на английском языке."]) == ["английском"]
    assert subtitles_in(["There are subtitles, but the English dub is awful."]) == []


def test_directors_in_sentences():
    assert directors_in(["Shot on film and directed by Ana María de Souza (her second)."]) == ["Ana María de Souza"]
    assert directors_in(["Director Tomas Berg's third film."]) == ["Tomas Berg"]
    assert directors_in(["A director's commentary.", "The director freely admits it."]) == []
    assert directors_in(["Il film di Paolo Verdi è tornato."]) == ["Paolo Verdi"]


def test_extras_in_sentences():
    assert extras_in(["Extras include an interview with the composer, a stills gallery and 2 featurettes (Sets, Music)."]) == \
        ["an interview with the composer", "a stills gallery", "2 featurettes (Sets, Music)"]
    assert extras_in(["Movie: A-, Picture: B, Extras: C"]) == []
    assert extras_in(["The disc will also contain a commentary with Ann Lee and Bo Park."]) == \
        ["a commentary with Ann Lee and Bo Park"]


def test_another_release_is_never_read(grammars):
    text = ("The Lantern Keeper\n\nThe disc is PAL, Region 2, and runs 91 minutes.\n"
            "Unlike the Region 1 release, it has subtitles in Dutch; the Blu-ray is in 2.35:1.")
    [spec] = read(text, grammars)
    assert (spec.region, spec.aspect_ratio, spec.subtitles) == ("2", None, [])


def test_runtime_with_an_about_word_or_alone_in_its_clause():
    assert runtime_in(["Region 2, 4:3. Swedish language, 87 minutes"]) == "87 min"
    assert runtime_in(["Burned to DVD-R. Approx. 96 mins. Enjoy!"]) == "96 min"
    assert runtime_in(["A making-of, 25 minutes, and a trailer."]) is None  # too short for a feature


def test_audio_around_subtitle_phrases():
    assert audio_in(["A choice of 2.0 Dolby Digital Korean, which I watched with English subtitles, "
                     "and 5.1 Dolby Digital Thai dub."]) == ["Korean 2.0 Dolby Digital", "Thai 5.1 Dolby Digital"]
    assert audio_in(["The disc is in Finnish with Swedish subtitles."]) == ["Finnish"]
    assert subtitles_in(["Pick the Danish or Norwegian subtitles, if you must."]) == ["Danish", "Norwegian"]


def test_extras_after_an_extras_word_and_a_colon_or_a_bracket():
    assert extras_in(["La sezione extra è ricca: il trailer, nel secondo disco alcune gallerie e un gioco."]) == \
        ["il trailer", "secondo disco alcune gallerie", "un gioco"]
    assert extras_in(["It comes with extras on two discs (commentary, featurettes, etc)."]) == ["commentary", "featurettes"]
    assert extras_in(["The DVD will include subtitles in English, German and Polish, plus a booklet."]) == ["a booklet"]


def test_prose_names_the_disc_a_bare_dvd_left_open(grammars):
    [spec] = read("Il DVD di Qualcosa\n\nIl cofanetto ha 3 dischi dvd 9, regione 2.", grammars)
    assert (spec.disc_count, spec.disc_format, spec.region) == (3, "DVD9", "2")


def test_a_word_of_another_release_is_only_a_sentence_about_it():
    from dvdtrack.reading.prose.cues import about_another

    assert not about_another("Extras: a trailer and an egg (tied to the director's previous film).")
    assert about_another("The previous release had no extras.")


def test_a_region_of_another_version_and_places_named_like_languages():
    assert region_in(["Reviewed before in its sone 1-versjon.", "The region 1 version has more."]) is None
    assert audio_in(["Shot in Norway and India, in Dolby Digital 5.1."]) == ["Dolby Digital 5.1"]
    assert audio_in(["DTS 音声は2000年3月24日に発売"]) == ["DTS"]


def test_a_length_of_a_version_and_a_czech_language_case():
    assert runtime_in(["It has an extended, 131 minute version of the film."]) == "131 min"
    assert audio_in(["Obraz je 1,85:1 a s německým původním zvukem DD 2.0."]) == ["německým DD 2.0"]


def test_a_count_of_discs_is_right_before_them():
    assert discs_in(["I watched it on 2 different discs."]) == (None, None)
    assert discs_in(["The set holds 3 DVD9 discs."]) == (3, "DVD9")


def test_a_sentence_about_a_regions_other_version_is_not_read(grammars):
    text = ("The Lantern Keeper (1998)\n\nThe region 1 version has a DTS track and Greek subtitles. "
            "This disc has Dutch subtitles and runs 91 minutes.")
    [spec] = read(text, grammars)
    assert (spec.audio, [t.language for t in spec.subtitles], spec.runtime_seconds) == ([], ["nl"], 91 * 60)


def test_a_block_stating_no_spec_keeps_its_lines_as_they_were(grammars):
    text = "Title: The Lantern Keeper\nRegion: 2\n-----\nWhat a lovely evening.\nhttps://www.imdb.com/title/tt0012345/"
    [spec] = parse_text(text, grammars).releases
    assert spec.unparsed[-2:] == ["What a lovely evening.", "https://www.imdb.com/title/tt0012345/"]


def test_a_director_said_to_be_one():
    assert directors_in(["Ingrid Vall was a Swedish director whose films are slow."]) == ["Ingrid Vall"]
    assert directors_in(["Anna Berg è una regista svedese."]) == ["Anna Berg"]
    assert directors_in(["Per Holm was a great actor and a director."]) == []


def test_extras_split_on_semicolons_when_the_list_has_them():
    assert extras_in(["It has thefollowing extras: THE MAKING OF X, a documentary; a music video; and a trailer."]) == \
        ["THE MAKING OF X, a documentary", "a music video", "a trailer"]


@pytest.mark.parametrize("sentence, minutes, track, subtitles", [
    ("Il film dura 118 minuti e la traccia italiana è in Dolby Digital 5.1.", "118 min", "italiana Dolby Digital 5.1", []),
    ("Фильм идет 95 минут, звук Dolby Digital 2.0 на русском языке.", "95 min", "русском Dolby Digital 2.0", []),
    ("Der Film läuft 90 Minuten, Ton: Deutsch Dolby Digital 5.1, Untertitel auf Englisch.", "90 min",
     "Deutsch Dolby Digital 5.1", ["Englisch"]),
    ("Le film dure 105 minutes, en version anglaise Dolby Digital 5.1 avec sous-titres français.", "105 min",
     "anglaise Dolby Digital 5.1", ["français"]),
])
def test_a_sentence_in_the_languages_of_the_notes(sentence, minutes, track, subtitles):
    assert (runtime_in([sentence]), audio_in([sentence]), subtitles_in([sentence])) == (minutes, [track], subtitles)


@pytest.mark.parametrize("sentence, tracks", [
    ("O filme tem duas faixas: inglês Dolby Digital 5.1 e português 2.0.", ["inglês Dolby Digital 5.1", "português 2.0"]),
    ("English DD5.1 and German DD2.0 are on the disc.", ["English DD5.1", "German DD2.0"]),  # each its own, glued
    ("Tenemos 2 pistas en 2.0 en Inglés y Castellano.", ["Inglés 2.0", "Castellano 2.0"]),  # a track word in Spanish
    ("English and French in Dolby Digital 5.1 and DTS.", ["English Dolby Digital 5.1", "English DTS",
                                                          "French Dolby Digital 5.1", "French DTS"]),  # each with each
])
def test_each_language_takes_the_format_written_after_it(sentence, tracks):
    assert audio_in([sentence]) == tracks


@pytest.mark.parametrize("word", ["secondly", "seconds", "letterboxed", "coming", "cast", "iron", "indie"])
def test_a_word_of_prose_that_only_starts_as_a_language_is_none(word):
    """langcodes takes a word for the longest language name it starts with (`seconds`: Czech)."""
    from dvdtrack.reading.prose.cues import language_of

    assert language_of(word) is None
    assert audio_in([f"The {word} English track is Dolby Digital 5.1."]) == ["English Dolby Digital 5.1"]


def test_a_language_in_prose_is_the_tables_before_langcodes_guess():
    from dvdtrack.reading.prose.cues import language_of

    assert [language_of(w) for w in ("slovenštinou", "française", "Hindi", "italiano")] == ["sk", "fr", "hi", "it"]


@pytest.mark.parametrize("sentence, items", [
    ("Includes five cast audition segments, four deleted scenes, and a commentary with Jan Berg.",
     ["five cast audition segments", "four deleted scenes", "a commentary with Jan Berg"]),  # the disc unsaid
    ("En el disco 1 encontramos un trailer, una galería de fotos y entrevistas.",
     ["un trailer", "una galería de fotos", "entrevistas"]),
    ("Possiamo trovare il commento audio del regista, due documentari e il trailer.",
     ["il commento audio del regista", "due documentari", "il trailer"]),
    ("Contains spoilers, so beware of the ending.", []),  # a list that names no extra
])
def test_a_sentence_saying_what_the_disc_holds(sentence, items):
    assert extras_in([sentence]) == items


def test_a_future_tense_lists_extras_only_of_a_disc():
    assert extras_in(["The film will feature Tom Hanks, Meg Ryan and a dog."]) == []
    assert extras_in(["The disc will feature a commentary, a trailer and a booklet."]) == ["a commentary", "a trailer",
                                                                                          "a booklet"]


def test_the_originals_ratio_gives_way_to_the_discs():
    assert aspect_in(["Its theatrical ratio was 1.66:1.", "This disc is 1.78:1."]) == "1.78:1"
    assert aspect_in(["It keeps its original 1.37:1 framing."]) == "1.37:1"


def test_a_subtitle_language_named_twice_is_one_track():
    assert subtitles_in(["The film has subtitles (both Dutch and Dutch HoH types)."]) == ["Dutch"]
