"""Table-driven corpus: our own blocks in each style (tests/corpus/*.txt, blocks split by `%%%`)
→ the fields a reader gets from them, written by hand from the block text."""

from pathlib import Path

import pytest

from dvdtrack.store.ingest import read_text

CORPUS = Path(__file__).resolve().parent / "corpus"
A = "audio"  # expected audio: (language, codec, channels, kind) per track
S = "subtitles"  # expected subtitles: language codes

EXPECTED = {
    ("blog", 0): {"grammar": "blog", "titles": ["Ballad of a Soldier", "Ballada o soldate"], "year": 1959,
                  "disc_format": "DVD5", "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 88 * 60,
                  "region": "0", A: [("ru", "Dolby Digital", "2.0", None)], S: ["en", "fr", "de"],
                  "directors": ["Grigori Chukhrai"], "features": ["Filmographies", "Photo gallery"]},
    ("blog", 1): {"grammar": "blog", "titles": ["Clear Sky", "Чистое небо"], "disc_count": 2, "label": "RUSCICO",
                  "aspect_ratio": "16:9", "runtime_seconds": 6630, "recovery_percent": 3.0,
                  S: ["en", "fr", "es", "he"], "cast": ["Yevgeni Urbansky", "Nina Drobysheva"]},
    ("blog", 2): {"titles": ["The Twelve Chairs"], "year": 1971, "disc_format": "DVD9", "video_system": "PAL",
                  "aspect_ratio": "1.33:1", "runtime_seconds": 2 * 3600 + 33 * 60, S: [],
                  A: [("ru", "Dolby Digital", "5.1", None), ("ru", None, "1.0", None)],
                  "features": ["Trailer", "Biographies"]},
    ("blog", 3): {"titles": ["Irony of Fate", "Ironiya sudby, ili S legkim parom!"], "year": 1975, "disc_count": 2,
                  "label": "Krupny Plan", "runtime_seconds": 184 * 60, "size_bytes": round(7.95 * 1024**3),
                  A: [("ru", "Dolby Digital", "5.1", None)], S: ["en"]},
    ("blog", 4): {"grammar": "blog", "directors": ["Grigori Chukhrai"], "titles": ["Ballada o soldate", "Ballad of a Soldier"],
                  "year": 1959, "runtime_seconds": 88 * 60, A: [("ru", "Dolby Digital", "2.0", None)], S: ["en"],
                  "features": ["Restored picture and sound", "Photo gallery"], "unparsed": ["Color : B&W"]},
    # spec items among the bullets: `• DVD5 NTSC` is the disc, not an extra
    ("blog", 9): {"titles": ["Office Romance"], "year": 1977, "disc_format": "DVD5", "video_system": "NTSC",
                  "directors": ["Eldar Ryazanov"], A: [("ru", None, None, None)], S: ["en", "fr"],
                  "features": ["Filmographies"], "unparsed": []},
    # a strip with a codec run into its channels (`DD2.0`) and `subs`
    ("blog", 10): {"titles": ["Kin-dza-dza!"], "year": 1986, "disc_format": "DVD5", "video_system": "NTSC",
                   "aspect_ratio": "1.33:1", "runtime_seconds": 2 * 3600 + 15 * 60,
                   A: [("ru", "Dolby Digital", "2.0", None)], S: ["en"], "unparsed": []},
    # `Lang :`; a title between frame characters
    ("nfo", 8): {"titles": ["Solaris"], "year": 1972, "aspect_ratio": "2.35:1", "runtime_seconds": 10027,
                 A: [("ru", None, "5.1", None), ("ru", None, "2.0", None)], S: ["en", "es"], "unparsed": []},
    # a format after a dash is every listed language's; `Movie Year`
    ("nfo", 9): {"titles": ["Shukshin Kalina Krasnaya"], "year": 1974, "disc_format": "DVD9", "video_system": "PAL",
                 "runtime_seconds": 108 * 60, "aspect_ratio": "1.37:1", S: ["en", "fr"],
                 A: [("ru", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "2.0", None)],
                 "unparsed": ["Release Date .....: 2012-05-14"]},
    ("tracker", 0): {"grammar": "tracker_ru", "titles": ["Летят журавли"], "year": 1957, "disc_format": "DVD9",
                     "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 5475,
                     A: [("ru", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "1.0", "voice-over")],
                     S: ["en", "fr"], "size_bytes": round(7.01 * 1024**3), "unparsed": []},
    ("tracker", 1): {"titles": ["Москва слезам не верит"], "year": 1979, "disc_format": "DVD9",
                     "runtime_seconds": 150 * 60, "video_system": "PAL", "aspect_ratio": "16:9", S: [],
                     A: [("ru", "Dolby Digital", "5.1", None), ("ru", "Dolby Digital", "2.0", None),
                         ("en", None, None, "commentary")]},
    ("tracker", 2): {"year": 1966, "disc_format": "DVD5", "runtime_seconds": 5290, "directors": ["Eldar Ryazanov"],
                     "video_system": "PAL", "aspect_ratio": "4:3", A: [("ru", "Dolby Digital", "2.0", None)],
                     S: ["en"], "unparsed": []},
    ("tracker", 3): {"titles": ["Бриллиантовая рука"], "year": 1968, "disc_format": "DVD9", "region": "5",
                     "runtime_seconds": 94 * 60, "aspect_ratio": "16:9", S: ["en"],
                     A: [("ru", "Dolby Digital", "5.1", None), ("ru", "Dolby Digital", "2.0", None)]},
    ("tracker", 4): {"titles": ["Мимино"], "year": 1977, "runtime_seconds": 97 * 60, "disc_format": "DVD5",
                     "directors": ["Георгий Данелия"], "video_system": "PAL", "aspect_ratio": "4:3",
                     A: [("und", None, "2.0", None)], "features": ["Фильмография", "Фотогалерея"],
                     "unparsed": ["Видео кодек: MPEG2"]},
    ("tracker", 5): {"titles": ["Застава Ильича", "Mne dvadtsat let"], "directors": ["Марлен Хуциев"],
                     "year": 1964, "genres": ["драма"], "disc_format": "DVD9", "runtime_seconds": 2 * 3600 + 55 * 60,
                     A: [("ru", "Dolby Digital", "2.0", "original"), ("en", "Dolby Digital", "1.0", "voice-over")],
                     S: ["en", "fr"], "unparsed": []},
    ("nfo", 0): {"grammar": "nfo", "titles": ["Voskhozhdenie"], "year": 1977, "runtime_seconds": 6540,
                 "video_system": "PAL", "disc_format": "DVD5", "size_bytes": round(4.37 * 1024**3),
                 A: [("ru", "Dolby Digital", "2.0", None)], S: ["en", "de"]},
    ("nfo", 1): {"grammar": "nfo", "titles": ["The Cranes Are Flying"], "year": 1957, "runtime_seconds": 5475,
                 "video_system": "PAL", "aspect_ratio": "1.33:1", "disc_count": 2, S: ["en", "nl", "sv"],
                 "unparsed": []},
    # under `RELEASE INFO`, `Release Date` is the rip's, not the film's year
    ("nfo", 2): {"grammar": "nfo", "year": None, "video_system": "NTSC", "runtime_seconds": 7530,
                 "disc_format": "DVD9", S: [], "unparsed": ["Release Date...: 2008"],
                 A: [("en", "Dolby Digital", "5.1", None), ("en", "Dolby Digital", "2.0", "commentary")]},
    ("specsheet", 0): {"grammar": "specsheet", "titles": ["The Ascent"], "region": "2", "video_system": "PAL",
                       "aspect_ratio": "1.33:1", "runtime_seconds": 104 * 60, "label": "Artificial Eye",
                       S: ["en"], "features": ["Interview", "Trailer"], "unparsed": ["EAN: 5021866234506"]},
    ("specsheet", 1): {"video_system": "PAL", "region": "2", "disc_count": 1, "label": "Second Run",
                       "runtime_seconds": 97 * 60, A: [("ru", None, None, None)], S: ["en"],
                       "unparsed": ["Classification: PG", "ASIN: B000XYZ123"]},
    ("specsheet", 2): {"runtime_seconds": 104 * 60, "aspect_ratio": "2.35:1", "region": "2", S: ["en"],
                       "unparsed": []},
    ("specsheet", 3): {"aspect_ratio": "1.85:1", "region": "1", "video_system": "NTSC", "runtime_seconds": 6120,
                       A: [("en", "Dolby Digital", "5.1", None), ("fr", None, "1.0", None)], S: []},
    ("specsheet", 4): {"titles": ["Popiół i diament"], "year": 1958, "runtime_seconds": 98 * 60,
                       "aspect_ratio": "1.33:1", "disc_format": "DVD9", "region": "2", "video_system": "PAL",
                       A: [("pl", "Dolby Digital", "2.0", None)], S: ["en"], "directors": ["Andrzej Wajda"]},
    ("specsheet", 5): {"titles": ["Obchod na korze"], "year": 1965, "runtime_seconds": 121 * 60,
                       "aspect_ratio": "4:3", "region": "2", "disc_count": 1,
                       A: [("cs", None, None, None), ("en", None, None, None)], S: ["cs", "en"], "unparsed": []},
    ("specsheet", 8): {"year": 1965, "runtime_seconds": 97 * 60, "directors": ["Michail Kalatozov"],
                       A: [("ru", "Dolby Digital", "2.0", None), ("cs", "Dolby Digital", "2.0", None)], S: ["cs"],
                       "aspect_ratio": "4:3", "disc_format": "DVD9", "features": ["Filmografie", "Fotogalerie"],
                       "unparsed": []},
    ("specsheet", 9): {"runtime_seconds": 96 * 60 + 40, "region": "2,5", "video_system": "PAL", S: ["en"],
                       "aspect_ratio": "1.66:1", "unparsed": ["RSDL / Flipper RSDL (51:10)"]},
    ("specsheet", 6): {"titles": ["Die Brücke"], "year": 1959, "runtime_seconds": 99 * 60, "aspect_ratio": "1.66:1",
                       A: [("de", "Dolby Digital", "2.0", None), ("en", None, None, None)], S: ["de", "en"],
                       "region": "2", "unparsed": ["FSK: ab 12"]},
    ("specsheet", 7): {"titles": ["Tuntematon sotilas"], "year": 1955, "runtime_seconds": 160 * 60,
                       "aspect_ratio": "1.37:1", A: [("fi", None, None, None)], S: ["sv", "en"], "region": "2",
                       "unparsed": ["Ikäraja: K-12"]},
    ("specsheet", 10): {"titles": ["Wings of Glass"], "year": 1971, "region": "2", "video_system": "PAL",
                        "aspect_ratio": "2.40:1", "runtime_seconds": 2 * 3600 + 5 * 60, "disc_count": 2, S: [],
                        A: [("en", "Dolby Digital", "2.0", None), ("fr", "Dolby Digital", "2.0", None),
                            ("de", None, "1.0", None)],
                        "features": ["Audio commentary with the director", "Trailer (2:10)"],
                        "unparsed": ["Price: £12.99", "Rated 15", "EAN: 5021866234506"]},
    ("specsheet", 11): {"titles": ["Ostře sledované vlaky"], "year": 1966, "runtime_seconds": 89 * 60,
                        "aspect_ratio": "1.37:1", "region": "2", S: ["cs", "en", "de"],
                        A: [("cs", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "2.0", None)]},
    ("specsheet", 12): {"titles": ["Noc Listopadowa"], "year": 1978, "runtime_seconds": 95 * 60, "region": "2",
                        "aspect_ratio": "1.66:1", "disc_count": 1, "label": "Best Film", S: [],
                        A: [("pl", "Dolby Digital", "5.1", None), ("en", None, "2.0", None)], "unparsed": []},
    ("nfo", 3): {"grammar": "nfo", "titles": ["Stalker"], "year": 1979, "runtime_seconds": 2 * 3600 + 41 * 60,
                 "video_system": "PAL", "aspect_ratio": "4:3", "disc_format": "DVD9", "size_bytes": round(7.92 * 1024**3),
                 A: [("ru", "Dolby Digital", "5.1", None), ("ru", "Dolby Digital", "1.0", None)], S: ["en", "fr"],
                 "unparsed": []},
    ("tracker", 6): {"grammar": "tracker_ru", "titles": ["Летят журавли", "Letyat zhuravli"], "year": 1957,
                     "disc_format": "DVD9", "video_system": "PAL", "runtime_seconds": 97 * 60,
                     "size_bytes": round(7.45 * 1024**3), S: ["en", "fr"], "cast": ["Татьяна Самойлова", "Алексей Баталов"],
                     A: [("ru", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "5.1", "voice-over")]},
    ("blog", 5): {"grammar": "blog", "titles": ["The Color of Pomegranates", "Sayat Nova"], "year": 1969,
                  "region": "1", "video_system": "NTSC", "aspect_ratio": "1.33:1", "runtime_seconds": 78 * 60,
                  "disc_format": "DVD9", "directors": ["Sergei Parajanov"]},
    # a silent film's track has no language (zxx); a bare ratio among the extras
    ("blog", 6): {"grammar": "blog", "titles": ["Chelovek s kinoapparatom", "Man with a Movie Camera"], "year": 1929,
                  "disc_format": "DVD5", "video_system": "NTSC", "region": "1", "aspect_ratio": "1.33:1",
                  "runtime_seconds": 68 * 60, A: [("zxx", None, None, None)], S: [], "genres": ["Documentary"],
                  "features": ["Stereo score by the Alloy Orchestra", "Commentary by Yuri Tsivian"],
                  "countries": ["USSR"], "unparsed": []},
    ("blog", 7): {"grammar": "blog", "titles": ["Aelita"], "year": 1924, "disc_format": "DVD5", "label": "Ruscico",
                  "video_system": "NTSC", "aspect_ratio": "4:3", "runtime_seconds": 6240, S: ["en", "fr", "es"],
                  A: [("ru", None, None, None), ("en", None, None, None)],
                  "unparsed": ["Posted by admin on 12 March 2011"]},
    # a `DVD Release Date` year is no second release, and not the film's year
    ("specsheet", 13): {"titles": ["Solaris"], "year": 1972, "region": "1", "video_system": "NTSC", "disc_count": 2,
                        "aspect_ratio": "2.35:1", "runtime_seconds": 167 * 60, "label": "Criterion Collection",
                        A: [("ru", None, None, None)], S: ["en"], "unparsed": ["DVD Release Date: May 18, 2004", "ASIN: B0001Z3TQ2"]},
    # values without labels, one per line
    ("specsheet", 14): {"titles": ["Ivan's Childhood"], "year": 1962, "video_system": "PAL", "region": "2",
                        "aspect_ratio": "1.33:1", "runtime_seconds": 91 * 60, A: [("ru", "Dolby Digital", "2.0", None)],
                        S: ["en"], "unparsed": ["Black & White"]},
    ("specsheet", 15): {"titles": ["Dersu Uzala"], "year": 1975, "region": "0", "aspect_ratio": "2.20:1",
                        "runtime_seconds": 141 * 60 + 7, A: [("ru", None, "5.1", None), ("ru", None, "2.0", None)],
                        S: ["en"], "features": ["Trailer", "Biography"], "unparsed": []},
    ("specsheet", 16): {"titles": ["Soljaris"], "year": 1972, "runtime_seconds": 159 * 60, "aspect_ratio": "2.35:1",
                        A: [("de", "Dolby Digital", "2.0", None), ("ru", "Dolby Digital", "5.1", None)], S: [],
                        "region": "2", "disc_count": 2, "unparsed": []},
    ("specsheet", 17): {"disc_format": "DVD5", "region": "2", "aspect_ratio": "4:3", "runtime_seconds": 95 * 60,
                        "label": "Vision", S: ["pl"],
                        A: [("pl", None, None, "voice-over"), ("ru", "Dolby Digital", "2.0", "original")]},
    ("specsheet", 18): {"titles": ["Otets soldata", "Father of a Soldier"], "year": 1964, "region": "0",
                        "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 83 * 60,
                        A: [("ka", None, None, None), ("ru", None, None, None)], S: ["en", "fr"],
                        "features": ["Photo gallery", "Biographies"], "unparsed": []},
    ("specsheet", 19): {"aspect_ratio": "1.78:1", A: [("ru", "Dolby Digital", "1.0", None)], S: ["en"],
                        "runtime_seconds": 94 * 60, "features": ["Stills Gallery", "Filmographies", "Trailer"],
                        "region": "2", "unparsed": []},
    ("tracker", 7): {"titles": ["Летят журавли"], "year": 1957, "disc_format": "DVD9", "runtime_seconds": 5475,
                     "genres": ["драма", "военный"], "directors": ["Михаил Калатозов"], S: ["en", "fr", "de"],
                     A: [("ru", "Dolby Digital", "2.0", "original"), ("en", "Dolby Digital", "1.0", "voice-over"),
                         ("ru", "Dolby Digital", "2.0", "commentary")],
                     "countries": ["СССР"], "unparsed": ["Доп. информация: Издание RUSCICO"]},
    ("nfo", 4): {"grammar": "nfo", "titles": ["The Cranes Are Flying"], "year": 1957, "video_system": "PAL",
                 "aspect_ratio": "4:3", "runtime_seconds": 5475, "size_bytes": round(7.01 * 1024**3),
                 A: [("ru", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "1.0", None)], S: ["en", "fr"],
                 "genres": ["Drama", "War"], "unparsed": ["Release Date ........ 2005-03-01"]},
    ("nfo", 5): {"grammar": "nfo", "titles": ["Kin-dza-dza!"], "year": 1986, "disc_format": "DVD9",
                 "video_system": "PAL", "aspect_ratio": "1.33:1", "runtime_seconds": 2 * 3600 + 15 * 60,
                 A: [("ru", "Dolby Digital", "2.0", None)], S: ["en", "ru"], "imdb_id": "tt0091341", "unparsed": []},
    ("nfo", 6): {"grammar": "nfo", "titles": ["Kin dza dza"], "year": 1986, "disc_format": "DVD9",
                 "video_system": "PAL", "aspect_ratio": "16:9", "runtime_seconds": 127 * 60, S: ["en", "es", "de"],
                 A: [("ru", "Dolby Digital", "5.1", None), ("ru", "Dolby Digital", "2.0", None)], "unparsed": []},
    # spec items among the extras
    ("specsheet", 20): {"titles": ["The Last Frontier"], "year": 1992, A: [("en", "DTS", None, None)], S: ["en", "es"],
                        "features": ["anamorphic widescreen", "interactive menus", "scene selection"]},
    ("specsheet", 21): {"video_system": "PAL", "region": "2", "aspect_ratio": "4:3", "disc_count": 1,
                        "runtime_seconds": 90 * 60, "label": "Odyssey", A: [("en", None, None, None)], S: ["en"],
                        "unparsed": ["Rated: Suitable for 15 years and over", "DVD Release Date: 17 Sept. 2007"]},
    ("specsheet", 22): {"aspect_ratio": "1.33:1", "runtime_seconds": 92 * 60, "region": "A,B,C", "disc_format": "DVD9",
                        A: [("en", "Dolby Digital", "2.0", None), ("fr", "Dolby Digital", "2.0", None)],
                        S: ["en", "fr", "es"]},
    ("specsheet", 23): {"titles": ["Rejs"], "year": 1970, "directors": ["Marek Piwowski"], "runtime_seconds": 67 * 60,
                        A: [("pl", "Dolby Digital", "2.0", None)], S: ["en", "de", "ru"], "aspect_ratio": "4:3",
                        "disc_format": "DVD5", "unparsed": []},
    ("specsheet", 24): {"titles": ["Zerkalo", "The Mirror"], "year": 1975, "region": "0", "video_system": "NTSC",
                        "aspect_ratio": "1.33:1", "runtime_seconds": 106 * 60, "disc_format": "DVD9",
                        A: [("ru", None, "1.0", None)], S: ["en"], "features": ["Theatrical trailer", "Filmographies"]},
    ("specsheet", 25): {"titles": ["Ivan Groznyy"], "year": 1944, "aspect_ratio": "4:3", "runtime_seconds": 99 * 60,
                        A: [("ru", None, None, None)], S: ["en", "fr"], "countries": ["USSR"], "unparsed": []},
    # formats named before the language they belong to; subtitles in the language line
    ("specsheet", 26): {"titles": ["Russian Ark"], "year": 2002, "aspect_ratio": "1.78:1", "runtime_seconds": 99 * 60,
                        A: [("ru", "Dolby Digital", "5.1", None), ("ru", "DTS", None, None)], S: ["en"],
                        "directors": ["Aleksandr Sokurov"], "unparsed": ["Kino-Lorber DVD", "Color"]},
    ("specsheet", 27): {"titles": ["Tarkovsky Collection"], "disc_count": 3, "region": "2", "video_system": "PAL",
                        S: ["en"], "unparsed": ["Box set includes: Solaris, Stalker, The Mirror",
                                                "Run time: 162 + 163 + 106 min"]},
    ("specsheet", 28): {"titles": ["Aleksandr Nevskiy"], "year": 1938, "disc_format": "DVD5", "video_system": "PAL",
                        "region": "2", "runtime_seconds": 107 * 60, A: [("ru", "Dolby Digital", "1.0", None)],
                        S: ["en", "ru", "de"], "unparsed": []},
    # rutracker's technical lines: `3/2 (L,C,R,l,r) + LFE`, `Русские субтитры: есть`, a frame size
    ("tracker", 10): {"titles": ["Зеркало"], "year": 1974, "disc_format": "DVD9", "video_system": "PAL",
                     "aspect_ratio": "4:3", "runtime_seconds": 3600 + 46 * 60 + 23, S: ["ru"],
                     A: [("und", "Dolby Digital", "5.1", None), ("und", "Dolby Digital", "1.0", None)],
                     "countries": ["СССР"], "unparsed": ["Видео кодек: MPEG2", "Аудио кодек: AC3"]},
    # Czech, Finnish, German and Polish shop sheets
    ("specsheet", 29): {"titles": ["Obchod na korze"], "year": 1965, "region": "2", "aspect_ratio": "2.35:1",
                        "runtime_seconds": 127 * 60, "disc_count": 1, S: ["cs", "sk", "en"],
                        A: [("cs", "Dolby Digital", "5.1", None), ("en", "Dolby Digital", "2.0", None)]},
    ("specsheet", 30): {"titles": ["Tuntematon sotilas"], "year": None, "region": "2", "aspect_ratio": "2.35:1",
                        "runtime_seconds": 127 * 60, A: [("fi", "Dolby Digital", "5.1", None)],
                        S: ["fi", "sv", "no", "da"], "unparsed": ["Ikäraja: K-16", "Julkaisuvuosi: 2004"]},
    ("specsheet", 31): {"year": 1979, "region": "2", "aspect_ratio": "2.35:1", "runtime_seconds": 157 * 60,
                        "disc_count": 1, "label": "Universal", S: ["de"],
                        A: [("de", "Dolby Digital", "5.1", None), ("en", "Dolby Digital", "5.1", None)],
                        "unparsed": ["FSK: Freigegeben ab 12 Jahren"]},
    ("specsheet", 32): {"titles": ["Ziemia obiecana"], "year": 1974, "directors": ["Andrzej Wajda"],
                        "cast": ["Daniel Olbrychski", "Wojciech Pszoniak"], "countries": ["Polska"],
                        "runtime_seconds": 179 * 60, "aspect_ratio": "1.33:1", "disc_count": 2, S: ["en", "fr"],
                        A: [("pl", "Dolby Digital", "2.0", None)], "unparsed": []},
    ("specsheet", 33): {"titles": ["Letyat zhuravli", "The Cranes Are Flying"], "year": 1957, "disc_format": "DVD9",
                        "region": "0", "video_system": "PAL", "aspect_ratio": "1.37:1", "runtime_seconds": 97 * 60,
                        A: [("ru", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "2.0", "commentary")],
                        S: ["en", "ru"], "features": ["interview (12 min)", "stills gallery", "trailer (2 min)"]},
    # a strip of cells, some of which only a bare-value rule reads
    ("blog", 8): {"titles": ["Andrei Rublev"], "year": 1966, "label": "Criterion Collection", "disc_count": 2,
                  "region": "1", "video_system": "NTSC", "aspect_ratio": "1.33:1", "runtime_seconds": 205 * 60,
                  A: [("ru", None, "1.0", None)], S: ["en"], "unparsed": []},
    # a German shop's plural marks (`Regisseur(e):`); a Polish sheet's `Lektor: brak` (no voice-over)
    ("specsheet", 34): {"year": 1979, "disc_count": 2, "label": "absolut Medien", "region": "2", "video_system": "PAL",
                        "aspect_ratio": "1.77:1", "runtime_seconds": 155 * 60, "directors": ["Andrei Tarkowski"],
                        A: [("de", "Dolby Digital", "2.0", None), ("ru", "Dolby Digital", "2.0", None)], S: ["de"],
                        "unparsed": ["FSK: Freigegeben ab 12 Jahren", "Erscheinungstermin: 13. Februar 2009"]},
    ("specsheet", 35): {"disc_format": "DVD9", "label": "Best Film", "aspect_ratio": "2.35:1", "runtime_seconds": 175 * 60,
                        A: [("ru", "Dolby Digital", "2.0", None)], S: ["pl"], "directors": ["Andriej Tarkowski"],
                        "unparsed": []},
    # a video line of parts in any order: the system, or the frame size that implies it, and the ratio
    ("specsheet", 36): {"video_system": "NTSC", "aspect_ratio": "16:9", "runtime_seconds": 141 * 60,
                        A: [("ja", "Dolby Digital", "2.0", None)], S: ["en"], "unparsed": []},
    # a language line naming the language a sound line described adds no track
    ("specsheet", 37): {"titles": ["Obchod na korze"], "year": 1965, "disc_format": "DVD9", "aspect_ratio": "1.37:1",
                        "runtime_seconds": 128 * 60, A: [("cs", "Dolby Digital", "2.0", None)], S: ["en", "de"],
                        "unparsed": []},
    # a list of bullets ends at its last bullet: the price after it is no extra
    ("specsheet", 38): {"titles": ["The Forty-First"], "year": 1956, "region": "1", "video_system": "NTSC",
                        "aspect_ratio": "1.37:1", "runtime_seconds": 88 * 60, A: [("ru", "Dolby Digital", "1.0", None)],
                        S: ["en"], "features": ["New high-definition transfer", "Interview with the cinematographer (12 min)"],
                        "unparsed": ["Spine #417", "Price: $24.95"]},
    # a shop page opens with the title alone (`[DVD]` is no part of it); labels with values on the next line
    ("specsheet", 39): {"titles": ["Mirror"], "year": 1975, "directors": ["Andrei Tarkovsky"], "runtime_seconds": 106 * 60,
                        "aspect_ratio": "1.37:1", A: [("ru", "Dolby Digital", "1.0", None)], "unparsed": []},
    ("specsheet", 40): {"titles": ["Człowiek z marmuru"], "directors": ["Andrzej Wajda"], "runtime_seconds": 153 * 60,
                        A: [("pl", None, None, None)], S: ["en"], "unparsed": ["Kod EAN: 5906190323184"]},
    ("specsheet", 41): {"directors": ["Aki Kaurismäki"], "runtime_seconds": 72 * 60, "aspect_ratio": "1.85:1",
                        A: [("fi", "Dolby Digital", "2.0", None)], S: ["sv"], "unparsed": []},
    # a translator's name after the voice-over note is no track; the frame size gives the system
    ("tracker", 14): {"titles": ["Осенний марафон"], "year": 1979, "disc_format": "DVD5", "video_system": "PAL",
                      "aspect_ratio": "4:3", "runtime_seconds": 89 * 60, "size_bytes": round(4.12 * 1024**3),
                      A: [("ru", "Dolby Digital", "1.0", None), ("en", "Dolby Digital", "2.0", "voice-over")], S: ["en"],
                      "unparsed": []},
    # a strip whose first cell a rule would read with the rest as its tail is read cell by cell
    ("specsheet", 42): {"aspect_ratio": "1.85:1", "region": "2", "video_system": "PAL", "runtime_seconds": 88 * 60,
                        A: [("en", "Dolby Digital", "2.0", None)], "unparsed": []},
    # `1:1,85`: the ratio written the other way round
    ("specsheet", 43): {"aspect_ratio": "1.85:1", "runtime_seconds": 92 * 60, S: [], "unparsed": [],
                        A: [("de", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "2.0", None)]},
    # a bare track line with its subtitles
    ("specsheet", 44): {"titles": ["The Cranes Are Flying", "Letyat zhuravli"], "year": 1957, "region": "1",
                        "video_system": "NTSC", "aspect_ratio": "1.33:1", "runtime_seconds": 97 * 60,
                        A: [("ru", None, "1.0", None)], S: ["en"], "unparsed": []},
    # a review's one-line comma list of specs, read item by item
    ("specsheet", 45): {"titles": ["Wings"], "year": 1966, "disc_format": "DVD", "region": "0", "video_system": "PAL",
                        "aspect_ratio": "1.33:1", "runtime_seconds": 85 * 60, A: [("ru", "Dolby Digital", "1.0", None)],
                        S: ["en"], "unparsed": []},
    # Polish `Wersja:` lists the audio versions: a voice-over and the original track
    ("specsheet", 46): {"runtime_seconds": 103 * 60, "aspect_ratio": "4:3", S: ["pl"], "unparsed": [],
                        A: [("pl", None, None, "voice-over"), ("ru", None, None, "original")]},
    # a whole post on one line, its title before the first label
    ("tracker", 15): {"titles": ["Ирония судьбы"], "year": 1975, "disc_format": "DVD9", "video_system": "PAL",
                      "aspect_ratio": "16:9", "runtime_seconds": 184 * 60, A: [("ru", "Dolby Digital", "5.1", None)],
                      S: ["en"], "unparsed": []},
    # a second title in square brackets (a company there, `[Criterion Collection]`, is the label)
    ("specsheet", 47): {"titles": ["Ivan's Childhood", "Ivanovo detstvo"], "year": 1962, "label": None,
                        "disc_format": "DVD9", "region": "1", "video_system": "NTSC", "aspect_ratio": "1.33:1",
                        "runtime_seconds": 95 * 60, A: [("ru", "Dolby Digital", "1.0", None)], S: ["en"],
                        "features": ["Interview with cinematographer Vadim Yusov"], "unparsed": []},
    # a review's disc facts: the edition line gives the label, region and system; a bare picture line
    ("specsheet", 48): {"label": "RUSCICO", "region": "0", "video_system": "NTSC", "aspect_ratio": "1.33:1",
                        "runtime_seconds": 3600 + 37 * 60 + 25, S: ["en", "fr", "es", "pt", "sv"],
                        A: [("ru", "Dolby Digital", "5.1", None), ("ru", "Dolby Digital", "1.0", None),
                            ("en", "Dolby Digital", "5.1", None)],
                        "features": ["Filmographies", "Photo album", "Trailer (2:12)"],
                        "unparsed": ["Theatrical: Mosfilm", "Video: RUSCICO", "Average Bitrate: 5.73 mb/s",
                                     "DVD Release Date: December 2002", "Keep Case", "Chapters: 21"]},
    # a shop's facts with direction marks around the colons, `Subtitles: :`; its heading is no title,
    # and its release date is no film year
    ("specsheet", 49): {"titles": [], "year": None, "aspect_ratio": "1.33:1", "video_system": "PAL",
                        "runtime_seconds": 97 * 60, "label": "Artificial Eye", "disc_count": 1,
                        "cast": ["Anatoli Solonitsyn", "Nikolai Grinko"], A: [("ru", "Dolby Digital", "2.0", None)],
                        S: ["en"], "unparsed": ["Is Discontinued By Manufacturer : No",
                                                "Product Dimensions : 19 x 13.6 x 1.4 cm; 80 Grams",
                                                "Release date : 12 Jun. 2006", "ASIN : B000FBH3QY"]},
    # the same in German: `1 Stunde und 45 Minuten`, `Medienformat`
    ("specsheet", 50): {"titles": [], "aspect_ratio": "1.78:1", "region": "2", "video_system": "PAL",
                        "runtime_seconds": 105 * 60, "label": "Icestorm", "disc_count": 1, S: ["de"],
                        A: [("de", "Dolby Digital", "2.0", None), ("ru", "Dolby Digital", "2.0", None)],
                        "unparsed": ["Alterseinstufung : Freigegeben ab 12 Jahren",
                                     "Produktabmessungen : 19 x 13.6 x 1.4 cm; 80 Gramm",
                                     "Erscheinungstermin : 14. Mai 2009"]},
    # `Format: DVD, PAL, Region 2`: `2` is a region, never an aspect ratio
    ("specsheet", 51): {"titles": ["Stalker"], "year": 1979, "disc_format": "DVD", "region": "2",
                        "video_system": "PAL", "aspect_ratio": "1.37:1", "runtime_seconds": 155 * 60,
                        A: [("ru", "Dolby Digital", "5.1", None), ("ru", None, "1.0", None)], S: ["en"],
                        "features": ["Introduction by Mark Le Fanu", "filmographies"], "unparsed": []},
    # the language in a paragraph of its own (`Оригинальная аудиодорожка`), the format in the next;
    # `Производство: СССР / Мосфильм`: a country and a studio
    ("tracker", 17): {"titles": ["Белое солнце пустыни"], "year": 1970, "disc_format": "DVD9", "video_system": "PAL",
                      "aspect_ratio": "16:9", "runtime_seconds": 3600 + 24 * 60 + 58, S: [],
                      A: [("ru", "Dolby Digital", "5.1", "original")], "countries": ["СССР"], "unparsed": []},
    # `• Dolby Digital mono` among the extras is the format of the language named above
    ("blog", 11): {"titles": ["Cranes Are Flying", "Letyat zhuravli"], "year": 1957, "aspect_ratio": "1.33:1",
                   "runtime_seconds": 97 * 60, "countries": ["USSR"], A: [("ru", "Dolby Digital", "1.0", None)],
                   S: ["en", "fr"], "features": ["Restored image", "Photo gallery"], "unparsed": []},
    ("specsheet", 52): {"titles": ["Popiół i diament"], "year": 1958, "disc_format": "DVD9", "region": "2",
                        "aspect_ratio": "1.37:1", "runtime_seconds": 98 * 60, "label": "Best Film",
                        A: [("pl", "Dolby Digital", "2.0", None)], S: ["en", "fr", "de"],
                        "unparsed": ["EAN: 5907561124526"]},
    ("specsheet", 53): {"titles": ["Obchod s kůží"], "region": "2", "aspect_ratio": "1.37:1", "runtime_seconds": 87 * 60,
                        "label": "Bontonfilm", A: [("cs", "Dolby Digital", "2.0", None)], S: ["en", "cs"], "unparsed": []},
    # `1 t 55 min`, `Alue: 2 PAL`
    ("specsheet", 54): {"titles": ["Tuntematon sotilas"], "year": 1955, "region": "2", "video_system": "PAL",
                        "aspect_ratio": "1.37:1", "runtime_seconds": 115 * 60, A: [("fi", "Dolby Digital", "1.0", None)],
                        S: ["sv", "en"], "unparsed": []},
    # a strip with `2 Discs` among its cells
    ("specsheet", 55): {"titles": ["Kin-Dza-Dza!"], "year": 1986, "disc_count": 2, "region": "0", "video_system": "NTSC",
                        "aspect_ratio": "1.37:1", "runtime_seconds": 135 * 60, S: ["en", "es"],
                        A: [("ru", "Dolby Digital", "5.1", None), ("ru", None, "1.0", None)], "unparsed": []},
    # a leader with no colon before a link (`IMDb ....... http://…`); banners between frame characters are headings
    ("nfo", 10): {"grammar": "nfo", "titles": ["Andrei Rublev"], "year": 1966, "imdb_id": "tt0060107", "disc_format": "DVD9",
                  "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 3 * 3600 + 25 * 60,
                  "size_bytes": round(7.92 * 1024**3), A: [("ru", "Dolby Digital", "2.0", None)], S: ["en", "fr", "de", "es"],
                  "unparsed": ["Rating ........... 8.1/10"]},
    # spec items as the bullets, with no header over them
    ("blog", 12): {"titles": ["Ivan's Childhood", "Ivanovo detstvo"], "year": 1962, "region": "0", "video_system": "NTSC",
                   "aspect_ratio": "1.33:1", "runtime_seconds": 95 * 60, A: [("ru", "Dolby Digital", "1.0", None)], S: ["en"],
                   "directors": ["Andrei Tarkovsky"], "features": ["Photo gallery", "Filmographies"],
                   "unparsed": ["Posted by admin on March 3, 2011"]},
    # every label on a line of its own, its value on the next
    ("specsheet", 56): {"titles": ["Letyat zhuravli"], "disc_format": "DVD", "region": "2", "aspect_ratio": "1.37:1",
                        "runtime_seconds": 97 * 60, A: [("ru", None, None, None)], S: ["en"], "unparsed": []},
    # `Аудио 2: … одноголосый, Ю. Живов`: a voice-over with its translator
    ("tracker", 18): {"titles": ["Солярис"], "year": 1972, "disc_format": "DVD5", "video_system": "NTSC",
                      "aspect_ratio": "16:9", "runtime_seconds": 167 * 60, S: ["ru", "en"], "unparsed": [],
                      A: [("ru", "Dolby Digital", "5.1", None), ("en", "Dolby Digital", "2.0", "voice-over")]},
    # a two-column table copied from a page: label and value between tabs
    ("specsheet", 57): {"titles": ["Mirror"], "year": 1975, "region": "2", "video_system": "PAL", "aspect_ratio": "1.37:1",
                        "runtime_seconds": 102 * 60, "disc_count": 1, S: ["en"], "unparsed": [],
                        A: [("ru", "Dolby Digital", "5.1", None), ("ru", None, "1.0", None)]},
    # a tracker page machine-translated to English: values on the next line, labels glued to
    # values in small letters (`Russian subtitlesno`)
    ("tracker", 19): {"titles": ["Белорусский вокзал", "Belorussky vokzal"], "year": 1970, "disc_format": "DVD9",
                      "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 3600 + 37 * 60 + 41,
                      "countries": ["USSR"], "directors": ["Андрей Смирнов"], S: [],
                      A: [("ru", "Dolby Digital", "2.0", None)], "unparsed": ["Video codecMPEG2", "Audio codecAC3"]},
    # a whole post on one line, its title before the first label with no year beside it
    ("tracker", 20): {"titles": ["Калина красная", "Kalina krasnaya"], "year": 1974, "disc_format": "DVD9",
                      "video_system": "PAL", "runtime_seconds": 108 * 60, "directors": ["Василий Шукшин"],
                      A: [("ru", "Dolby Digital", "2.0", "original")], S: ["en", "fr"], "unparsed": []},
    # `1 час 34 минуты`, `Русские субтитры: нет`
    ("tracker", 21): {"titles": ["Берегись автомобиля"], "year": 1966, "disc_format": "DVD5", "runtime_seconds": 94 * 60,
                      A: [("ru", "Dolby Digital", "2.0", "original")], S: [], "unparsed": []},
    # `Director – Title AKA Title (year)` with an en dash; a synopsis; `DVD5 PAL` on a line of its own
    ("blog", 13): {"titles": ["Katok i skripka", "The Steamroller and the Violin"], "year": 1961,
                   "directors": ["Andrei Tarkovsky"], "disc_format": "DVD5", "video_system": "PAL",
                   "runtime_seconds": 46 * 60, A: [("ru", None, None, None)], S: ["en"], "unparsed": []},
    # a review's header line: a rating after the title, a field in brackets
    ("specsheet", 58): {"titles": ["The Ascent"], "label": "Eureka Entertainment", "runtime_seconds": 111 * 60},
    # `Subtitles: English, optional`: a note, no language
    ("specsheet", 59): {"titles": ["Voskhozhdenie", "The Ascent"], "year": 1977, "directors": ["Larisa Shepitko"],
                        "disc_format": "DVD", "aspect_ratio": "1.37:1", "runtime_seconds": 111 * 60,
                        A: [("ru", "Dolby Digital", "2.0", None)], S: ["en"], "unparsed": []},
    # aligned colons instead of leaders; `1 x DVD9 (7.89 GB)`; `Extras : Yes` names no extra
    ("nfo", 11): {"grammar": "nfo", "titles": ["Stalker"], "year": 1979, "disc_format": "DVD9", "video_system": "PAL",
                  "aspect_ratio": "4:3", "runtime_seconds": 2 * 3600 + 35 * 60 + 27, "size_bytes": round(7.89 * 1024**3),
                  A: [("ru", "Dolby Digital", "5.1", None), ("ru", "Dolby Digital", "1.0", None)], S: ["en", "ru", "es"],
                  "features": [], "unparsed": ["______ ______ ______", "| ____|| ____|| __ |", "| |__ | |__ |",
                                               "Release Date : 2011-02-14", "Menus : Yes",
                                               "Notes: Untouched. Menus and extras intact."]},
    # `Release Name....:`; lists separated by ` | `
    ("nfo", 12): {"grammar": "nfo", "titles": ["Zerkalo", "The Mirror"], "year": 1975, "video_system": "NTSC",
                  "aspect_ratio": "16:9", "runtime_seconds": 108 * 60, "genres": ["Drama", "Biography"],
                  A: [("ru", "Dolby Digital", "5.1", None), ("ru", "Dolby Digital", "1.0", None)], S: ["en", "fr"],
                  "unparsed": ["IMDb Rating.....: 8.0/10 (31,220 votes)"]},
    # the label in brackets after the title; a DVD's `Release Date` is no film year
    ("specsheet", 60): {"titles": ["Andrei Rublev"], "year": None, "label": "Criterion", "region": "1",
                        "aspect_ratio": "1.33:1", "runtime_seconds": 205 * 60, A: [("ru", "Dolby Digital", "1.0", None)],
                        S: ["en"], "unparsed": ["Release Date: 1999", "Rated: NR"]},
    # a disc comparison site's sheet: the region on the title line, a size in bytes
    ("specsheet", 61): {"titles": ["Solaris"], "year": 1972, "region": "2", "video_system": "PAL", "aspect_ratio": "2.35:1",
                        "runtime_seconds": 2 * 3600 + 39 * 60 + 28, "size_bytes": 7654321987,
                        A: [("ru", "Dolby Digital", "2.0", None)], S: ["en"],
                        "unparsed": ["Artificial Eye (UK)", "Feature Size: 6,432,109,876 bytes", "Average Bitrate: 5.12 Mb/s", "Chapters: 24",
                                     "Case: Standard Amaray", "Release Date: 17/03/2003"]},
    # a review's prose after its labels: a sentence is no list of languages (kept unread)
    ("specsheet", 62): {"titles": ["The Cranes Are Flying"], "aspect_ratio": "1.37:1", A: [], S: [],
                        "features": ["A short featurette and a stills gallery"],
                        "unparsed": ["Audio: The Russian mono track is clear, with optional English subtitles.",
                                     "Final Thoughts: Recommended."]},
    # a Polish shop's table copied with its pipes
    ("specsheet", 63): {"titles": ["Rejs"], "year": 1970, "directors": ["Marek Piwowski"], "runtime_seconds": 65 * 60,
                        "aspect_ratio": "4:3", "video_system": "PAL", "region": "2", "disc_format": "DVD5",
                        A: [("pl", "Dolby Digital", "2.0", None)], S: ["en", "de"], "unparsed": []},
    # rows of a label and several values: `Subtitles | English | French`
    ("specsheet", 64): {"region": "0", "video_system": "NTSC", "runtime_seconds": 95 * 60, S: ["en", "fr"],
                        A: [("ru", "Dolby Digital", "5.1", None), ("en", "Dolby Digital", "2.0", None)], "unparsed": []},
    # Czech labels over their values
    ("specsheet", 65): {"region": "2", "aspect_ratio": "1.37:1", "runtime_seconds": 89 * 60, A: [("cs", None, None, None)],
                        S: ["en", "de"], "unparsed": ["Specifikace:"]},
    # kinds after a dash (`- оригинал`, `- дубляж`, `- комментарии режиссёра`); `Размер: 7.85 Гб ( 8 231 346 Кб )`
    ("tracker", 22): {"titles": ["Сибирский цирюльник", "The Barber of Siberia"], "year": 1998, "disc_format": "DVD9",
                      "video_system": "PAL", "aspect_ratio": "16:9", "runtime_seconds": 2 * 3600 + 55 * 60 + 12,
                      "size_bytes": round(7.85 * 1024**3), S: ["ru", "en"], "unparsed": [],
                      A: [("ru", "Dolby Digital", "5.1", "original"), ("en", "Dolby Digital", "5.1", "dubbing"),
                          ("ru", "Dolby Digital", "2.0", "commentary")]},
    # a Ukrainian tracker post (toloka): Ukrainian labels and language adjectives
    ("tracker", 23): {"titles": ["Тіні забутих предків"], "year": 1964, "disc_format": "DVD9", "video_system": "PAL",
                      "aspect_ratio": "4:3", "runtime_seconds": 3600 + 37 * 60 + 12, "directors": ["Сергій Параджанов"],
                      "cast": ["Іван Миколайчук", "Лариса Кадочникова"], S: ["en", "ru"], "unparsed": [],
                      A: [("uk", "Dolby Digital", "2.0", None), ("ru", "Dolby Digital", "2.0", "dubbing")]},
    # `Перевод:` and `Озвучивание:` in one post; `DVD9 x 2`
    ("tracker", 24): {"titles": ["Кин-дза-дза!"], "year": 1986, "disc_format": "DVD9", "disc_count": 2,
                      "video_system": "NTSC", "aspect_ratio": "4:3", "runtime_seconds": 2 * 3600 + 15 * 60 + 21,
                      A: [("ru", "Dolby Digital", "2.0", "original")], S: [], "unparsed": []},
    # Amazon UK's `Title [DVD] [1957]`; distractor numbers: a spine, an EAN, a UPC, a rating, prices, a prize year
    ("specsheet", 66): {"titles": ["The Cranes Are Flying"], "year": 1957, "disc_format": "DVD", "region": "2",
                        "runtime_seconds": 97 * 60, "unparsed": ["Spine #42", "EAN: 5021866123456", "UPC 715515012345",
                        "Rated 15", "Price: £12.99 (was £19.99)", "Winner of the Palme d'Or in 1958", "Catalogue No: RCD-1023"]},
    # a shop's sales lines: percentages, stock counts and hours are no specs
    ("specsheet", 67): {"titles": ["Ballad of a Soldier"], "year": 1959, "disc_format": "DVD", "disc_count": 2,
                        "runtime_seconds": 88 * 60, "countries": ["USSR"], A: [("ru", None, "2.0", None)],
                        "unparsed": ["Cert: PG", "Save 25% today!", "Only 3 left in stock", "Ships in 24 hours"]},
    # a whole sheet on one line, after its title
    ("specsheet", 68): {"titles": ["Солярис"], "year": 1972, "disc_format": "DVD9", "region": "5", "aspect_ratio": "2.35:1",
                        "runtime_seconds": 167 * 60, A: [("ru", "Dolby Digital", "5.1", None), ("ru", None, "1.0", None)],
                        S: ["en", "fr"], "unparsed": []},
    # fields on one line between pipes
    ("specsheet", 69): {"directors": ["Andrei Tarkovsky"], "disc_format": "DVD", "region": "2", "aspect_ratio": "1.37:1",
                        "runtime_seconds": 106 * 60, A: [("ru", None, None, None)], S: ["en"], "unparsed": []},
    # every label glued to its value
    ("specsheet", 70): {"titles": ["Stalker"], "year": 1979, "disc_format": "DVD9", "region": "0", "runtime_seconds": 155 * 60,
                        A: [("ru", None, None, None)], S: ["en", "fr"], "unparsed": []},
    # numbers in a synopsis are no specs; spec bullets with `*`; a blog's footer stays unread
    ("blog", 14): {"titles": ["Dvadtsat vosem panfilovtsev", "Panfilov's 28 Men"], "year": 2016, "disc_format": "DVD",
                   "region": "0", "video_system": "PAL", "aspect_ratio": "16:9", "runtime_seconds": 112 * 60,
                   A: [("ru", "Dolby Digital", "5.1", None)], S: ["en"],
                   "features": ["Making-of featurette (24 min)", "Trailer"],
                   "unparsed": ["Posted in War | Tagged 2016, Russian, DVD9 | 3 Comments"]},
    # a tracker post's BBCode source
    ("tracker", 25): {"titles": ["Андрей Рублёв"], "year": 1966, "imdb_id": "tt0060107", "disc_format": "DVD9",
                      "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 3 * 3600 + 25 * 60 + 12,
                      A: [("ru", "Dolby Digital", "2.0", None)], S: ["en", "fr"], "unparsed": []},
    # Markdown bold around labels and the title
    ("specsheet", 71): {"titles": ["Ivan's Childhood"], "year": 1962, "region": "1", "aspect_ratio": "1.33:1",
                        "runtime_seconds": 95 * 60, A: [("ru", "Dolby Digital", "1.0", None)], S: ["en"], "unparsed": []},
    # HTML tags and entities
    ("specsheet", 72): {"titles": ["Andrei Rublev"], "runtime_seconds": 205 * 60, "unparsed": [],
                        A: [("ru", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "2.0", None)]},
    # a shop's title alone on the first line, its original title on the next: both are titles
    ("specsheet", 73): {"titles": ["Stalker", "Сталкер"], "directors": ["Andriej Tarkowski"], "runtime_seconds": 155 * 60,
                        "aspect_ratio": "4:3", "disc_format": "DVD", "region": "2", A: [("ru", None, None, None)],
                        S: ["pl"], "unparsed": ["Data premiery: 2008-10-10"]},
    ("specsheet", 74): {"titles": ["Solaris", "Soljaris"], "directors": ["Andrei Tarkowski"], "runtime_seconds": 160 * 60,
                        "aspect_ratio": "2.35:1", "region": "2", S: ["de", "en"],
                        A: [("ru", "Dolby Digital", "2.0", None), ("de", "Dolby Digital", "2.0", None)],
                        "unparsed": ["FSK: ab 12", "Erscheinungsdatum: 02.03.2012"]},
    ("specsheet", 75): {"titles": ["Solaris", "Soljaris"], "directors": ["Andrei Tarkovski"], "runtime_seconds": 167 * 60,
                        "aspect_ratio": "2.35:1", A: [("ru", "Dolby Digital", "2.0", None)], S: ["fi", "sv"],
                        "unparsed": ["Ikäraja: K12"]},
    # two tracks on one line separated by `;`, each a comma list of its attributes; `[2 DVD]`, `DVD9 x 2`
    ("tracker", 26): {"titles": ["Ирония судьбы, или С лёгким паром!"], "year": 1975, "disc_format": "DVD9", "disc_count": 2,
                      "label": "Крупный план", "video_system": "PAL", "aspect_ratio": "4:3",
                      "runtime_seconds": 3 * 3600 + 4 * 60 + 36, "features": ["Фильмографии", "Фотогалерея"], S: ["ru"],
                      A: [("ru", "Dolby Digital", "5.1", "original"), ("ru", "Dolby Digital", "1.0", "original")],
                      "countries": ["СССР"], "unparsed": []},  # `Выпущено: СССР, Мосфильм`: a country and a studio
    # a blog's `|` spec strip in a Russian post
    ("tracker", 27): {"titles": ["Калина красная"], "year": 1973, "disc_format": "DVD5", "video_system": "PAL",
                      "aspect_ratio": "4:3", "runtime_seconds": 108 * 60, "size_bytes": round(4.36 * 1024**3),
                      A: [("ru", None, None, None)], S: ["en", "fr", "de"], "features": ["Фильмографии", "Фотоальбом"],
                      "unparsed": []},
    # `Duration: 79'`, `Sound: Mono` for every language, `DVD Region:`
    ("specsheet", 76): {"titles": ["The Color of Pomegranates", "Sayat Nova"], "year": 1969, "label": "Mr Bongo",
                        "video_system": "PAL", "aspect_ratio": "1.33:1", "runtime_seconds": 79 * 60, "region": "0",
                        A: [("hy", None, "1.0", None), ("ka", None, "1.0", None), ("az", None, "1.0", None)],
                        S: ["en", "fr", "es", "pt", "ru"], "unparsed": ["Color / B&W: Color"]},
    # one language with two formats in brackets; `2 hrs 47 mins`
    ("specsheet", 77): {"titles": ["Solaris"], "disc_format": "DVD9", "region": "2", "video_system": "PAL",
                        "runtime_seconds": 167 * 60, "directors": ["Andrei Tarkovsky"], S: ["en", "en"],
                        A: [("ru", "Dolby Digital", "5.1", None), ("ru", "Dolby Digital", "2.0", None)], "unparsed": []},
    # a two-column table flattened with spaces: `Discs 2` (a short label, a number)
    ("specsheet", 78): {"titles": ["Andrei Rublev"], "disc_count": 2, "region": "2", "aspect_ratio": "2.35:1",
                        "runtime_seconds": 205 * 60, A: [("ru", "Dolby Digital", "2.0", None)], S: ["en"],
                        "unparsed": ["Studio Artificial Eye"]},
    # a Finnish and a Czech sheet: the film's year beside the DVD's publication year
    ("specsheet", 79): {"titles": ["Solaris"], "year": 1972, "region": "2", "aspect_ratio": "2.35:1", "runtime_seconds": 107 * 60,
                        A: [("ru", None, None, None)], S: ["fi", "sv"], "unparsed": ["Julkaisuvuosi: 2008", "Ikäraja: K-12"]},
    ("specsheet", 80): {"titles": ["Solaris"], "year": 1972, "region": "2", "aspect_ratio": "2.35:1", "runtime_seconds": 167 * 60,
                        A: [("ru", None, None, None)], S: ["cs", "sk"], "unparsed": ["Rok vydání: 2008"]},
    # a frame size for the system; one track's attributes between slashes
    ("nfo", 13): {"grammar": "nfo", "titles": ["Kin-dza-dza!"], "year": 1986, "disc_format": "DVD9", "video_system": "PAL",
                  "aspect_ratio": "4:3", "runtime_seconds": 2 * 3600 + 15 * 60 + 21, A: [("ru", "Dolby Digital", "2.0", None)],
                  S: ["en", "es"], "unparsed": ["Framerate ...: 25 fps"]},
    # a Russian shop: `Солярис (2 DVD)`, `Формат изображения: 16:9 (2,35:1)`
    ("tracker", 28): {"titles": ["Солярис"], "year": 1972, "disc_count": 2, "label": "Крупный план", "region": "5",
                      "aspect_ratio": "2.35:1", "runtime_seconds": 160 * 60, A: [("ru", "Dolby Digital", "5.1", None)],
                      S: ["en", "fr"], "unparsed": ["Упаковка: Keep Case", "Возрастные ограничения: 12+"]},
    # a plain `Title (year)` over the seed's spec strip, with an IMDb link or line
    ("blog", 15): {"grammar": "blog", "titles": ["Stalker"], "year": 1979, "imdb_id": "tt0079944", "disc_format": "DVD9",
                   "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 155 * 60, A: [("ru", None, None, None)],
                   "unparsed": []},
    ("blog", 16): {"grammar": "blog", "titles": ["Mirror"], "year": 1975, "imdb_id": "tt0072443", "disc_format": "DVD5",
                   "video_system": "NTSC", "aspect_ratio": "4:3", "runtime_seconds": 108 * 60, A: [("ru", None, None, None)],
                   S: ["en"], "unparsed": []},
    # a translated tracker page with its labels glued to their values: `countryJapan`, `In the roles of…Такеши`, `Год(2000)`
    ("tracker", 29): {"titles": ["Королевская битва", "Batoru rowaiaru"], "year": 2000, "disc_format": "DVD9",
                      "runtime_seconds": 114 * 60, "directors": ["Kinji Fukasaku"], "cast": ["Такеши Китано", "Татсуя Фудживара"],
                      "countries": ["Japan"], "genres": ["Fantasy", "action", "thriller"], S: ["ru"], "unparsed": []},
    # a language "with subtitles in" another, in Polish, Czech and German
    ("specsheet", 81): {"titles": ["Stalker"], A: [("ru", None, None, None)], S: ["pl"], "runtime_seconds": 155 * 60, "unparsed": []},
    ("specsheet", 82): {"titles": ["Stalker"], A: [("ru", None, None, None)], S: ["cs"], "runtime_seconds": 155 * 60, "unparsed": []},
    ("specsheet", 83): {"titles": ["Stalker"], A: [("ru", None, None, None)], S: ["de"], "runtime_seconds": 155 * 60, "unparsed": []},
    # a format line after the language line; two tracks on one `Аудио` line
    ("tracker", 16): {"titles": ["Гараж"], "year": 1979, "disc_format": "DVD9", "size_bytes": round(7.95 * 1024**3),
                      A: [("ru", "Dolby Digital", "5.1", None), ("en", "Dolby Digital", "2.0", None),
                          ("fr", "Dolby Digital", "2.0", None)], S: ["ru", "en"], "unparsed": []},
    ("tracker", 12): {"titles": ["Застава Ильича"], "year": 1964, "disc_format": "DVD9", "video_system": "PAL",
                      "aspect_ratio": "4:3", "runtime_seconds": 10540, A: [("ru", "Dolby Digital", "1.0", None)],
                      S: [], "unparsed": []},
    ("tracker", 13): {"titles": ["Солярис", "Solaris"], "disc_count": 2, "video_system": "NTSC", "aspect_ratio": "16:9",
                      "runtime_seconds": 167 * 60, A: [("ru", "Dolby Digital", "5.1", None), ("en", "Dolby Digital", "2.0", None)],
                      "unparsed": []},
    # one track's attributes as a comma list
    ("tracker", 9): {"titles": ["Солярис", "Solaris"], "year": 1972, "disc_format": "DVD9", "aspect_ratio": "4:3",
                     "runtime_seconds": 2 * 3600 + 46 * 60 + 50, S: ["ru", "en", "fr"],
                     A: [("ru", "Dolby Digital", "5.1", "original"), ("ru", "Dolby Digital", "2.0", "original")]},
    ("nfo", 7): {"grammar": "nfo", "titles": ["Ivanovo detstvo"], "disc_format": "DVD9", "video_system": "PAL",
                 "aspect_ratio": "4:3", "runtime_seconds": 3600 + 31 * 60 + 42, "size_bytes": round(7.12 * 1024**3),
                 A: [("ru", "Dolby Digital", "2.0", None)], S: ["en", "de", "fr"], "synopsis": None, "imdb_id": "tt0056111",
                 "unparsed": ["G R O U P N F O", "Release Date ..... : 2010-05-12", "Retail Date ...... : 2009-11-02",
                              "Rating ........... : 8.1/10"]},
    # `Перевод:` gives the Russian track its kind
    ("tracker", 11): {"titles": ["Земляничная поляна", "Smultronstället"], "year": 1957, "disc_format": "DVD9",
                     "runtime_seconds": 91 * 60, S: ["ru", "en"], "directors": ["Ингмар Бергман"], "unparsed": [],
                     A: [("ru", "Dolby Digital", "2.0", "voice-over"), ("sv", "Dolby Digital", "1.0", None)]},
    # `Оригинальное название:` after `Название:` is one release with two titles
    ("tracker", 8): {"titles": ["Сталкер", "Stalker"], "year": 1979, "video_system": "NTSC", "runtime_seconds": 9300,
                     A: [("ru", "Dolby Digital", "5.1", "original"), ("ru", "Dolby Digital", "1.0", "original")],
                     S: ["en", "fr", "de", "es"], "directors": ["Андрей Тарковский"]},
    # a title in capitals inside an NFO's frame
    ("nfo", 14): {"grammar": "nfo", "titles": ["WINGS OF THE HARBOUR"], "year": 1961, "video_system": "PAL",
                  "aspect_ratio": "4:3", "disc_format": "DVD5", "runtime_seconds": 3600 + 36 * 60 + 10, S: ["en", "fi"],
                  A: [("sv", "Dolby Digital", "2.0", None), ("sv", "Dolby Digital", "2.0", "commentary")],
                  "unparsed": ["Chapters ........: 16"]},
    # a value going on, indented, on the next line; a size with its disc in brackets
    ("nfo", 15): {"titles": ["Wings of the Harbour"], "year": 1961, "video_system": "PAL", "aspect_ratio": "4:3",
                  "runtime_seconds": 96 * 60, "disc_format": "DVD5", "size_bytes": round(4.21 * 1024**3), S: ["en", "fi"],
                  A: [("sv", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "2.0", "commentary")], "unparsed": []},
    # `1 ch, 192 kbps (моно)`: mono said twice is one track
    ("tracker", 30): {"titles": ["Крылья гавани"], "year": 1961, "disc_format": "DVD5", "runtime_seconds": 5770,
                      A: [("sv", "Dolby Digital", "2.0", None), ("ru", "Dolby Digital", "1.0", None)], S: ["ru", "en"],
                      "unparsed": []},
    # `DVD Specs:` over the disc's specs and its extras, in one list
    ("blog", 17): {"grammar": "blog", "titles": ["Tyst äng", "The Quiet Meadow"], "year": 1961, "region": "0",
                   "video_system": "PAL", "aspect_ratio": "1.66:1", "runtime_seconds": 96 * 60, S: ["en"],
                   A: [("sv", "Dolby Digital", "2.0", None)], "countries": ["Sweden"], "directors": ["Marta Lind"],
                   "features": ["Interview with Marta Lind (2004, 22 min)", "16-page booklet"], "unparsed": []},
    # the disc, region, system and ratio on one `Format:` line; `Released by` names the label
    ("specsheet", 87): {"titles": ["The Quiet Meadow", "Tyst äng"], "year": 1961, "label": "Northwind",
                        "disc_format": "DVD9", "region": "2", "video_system": "PAL", "aspect_ratio": "1.66:1",
                        A: [("sv", "Dolby Digital", "2.0", None)], S: ["en"],
                        "features": ["Commentary by critic Anna Berg", "trailer", "stills gallery"], "unparsed": []},
    # `[1961] [DVD]` after a title; `Region 2 encoding (…)` is the region, not a synopsis
    ("specsheet", 88): {"titles": ["The Quiet Meadow"], "year": 1961, "region": "2", "aspect_ratio": "1.66:1",
                        "runtime_seconds": 96 * 60, A: [("sv", None, None, None)], S: ["en"], "synopsis": None,
                        "unparsed": ["Price: £12.99 (RRP £19.99)", "EAN: 5060105721234", "Winner of the 1962 Golden Bear",
                                     "Certificate: 12"]},
    # a label's page: a spine number and the collection after the title, a strip with dots between its cells
    ("specsheet", 89): {"titles": ["The Quiet Meadow"], "year": 1961, "runtime_seconds": 96 * 60, "aspect_ratio": "1.66:1",
                        "region": "1", "video_system": "NTSC", S: ["en"], "directors": ["Marta Lind"],
                        "unparsed": ["Black & White"]},
    # a Czech post: a title line ending in a tag (`CZ`) is no synopsis; `CZ` and `SE` are languages
    ("tracker", 31): {"titles": ["Tichá louka", "Tyst äng"], "year": 1961, "disc_format": "DVD9", "video_system": "PAL",
                      "aspect_ratio": "4:3", "runtime_seconds": 96 * 60, "countries": ["Švédsko"], "synopsis": None,
                      A: [("cs", "Dolby Digital", "2.0", "dubbing"), ("sv", "Dolby Digital", "1.0", None)], S: ["cs", "en"],
                      "unparsed": []},
    # a Polish post: `Produkcja:` is the country, `[Lektor]` the kind of the Polish track
    ("tracker", 32): {"titles": ["Cicha łąka", "Tyst äng"], "year": 1961, "disc_format": "DVD9", "countries": ["Szwecja"],
                      "runtime_seconds": 5770, A: [("pl", "Dolby Digital", "2.0", "voice-over"), ("sv", "Dolby Digital", "1.0", None)],
                      S: ["pl", "en"], "unparsed": []},
    # Norwegian labels
    ("specsheet", 90): {"titles": ["Stille eng"], "year": 1961, "disc_format": "DVD9", "genres": ["Drama"],
                        "directors": ["Marta Lind"], "runtime_seconds": 96 * 60, "aspect_ratio": "4:3",
                        A: [("sv", "Dolby Digital", "1.0", None)], S: ["no", "da", "fi"], "unparsed": []},
    # a review: `(Director, year)` under the title, a spine number in the distribution line, `Edition Details:` over
    # the extras; the DVD's release date is no year of the film's
    ("specsheet", 91): {"titles": ["Wings of the Harbour"], "year": 1961, "directors": ["Marta Lind"], "disc_format": "BD",
                        "label": "Northwind Collection", "region": "1", "video_system": "NTSC", "aspect_ratio": "1.66:1",
                        "runtime_seconds": 6012, A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"],
                        "features": ["Audio commentary by critic Anna Berg", "Trailer (2:14)"],
                        "unparsed": ["DVD Release Date: March 12th, 2008"]},
    # the site's own title line: year, country, genre and disc in brackets, the tracks after them
    ("tracker", 33): {"titles": ["Крылья гавани", "Hamnens vingar"], "year": 1961, "countries": ["Швеция"],
                      "genres": ["драма"], "directors": ["Марта Линд"], "disc_format": "DVD9", "runtime_seconds": 5770,
                      A: [("ru", "Dolby Digital", "2.0", "voice-over"), ("sv", "Dolby Digital", "1.0", None)], "unparsed": []},
    # a Markdown table: its rule line is no extra
    ("specsheet", 92): {"titles": ["Wings of the Harbour"], "year": 1961, "region": "2", "runtime_seconds": 96 * 60,
                        A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"], "features": [], "unparsed": []},
    # a table flattened into one line with no colons
    ("specsheet", 93): {"titles": ["Wings of the Harbour"], "year": 1961, "disc_format": "DVD9", "region": "2",
                        "video_system": "PAL", "aspect_ratio": "1.66:1", "runtime_seconds": 96 * 60,
                        A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"], "unparsed": []},
    # one language in two layouts joined by `and`; distractor numbers stay unread
    ("specsheet", 94): {"titles": ["Wings of the Harbour"], "year": 1984, "size_bytes": round(4.37 * 1024**3),
                        "runtime_seconds": None, A: [("de", "Dolby Digital", "5.1", None), ("de", "Dolby Digital", "2.0", None)],
                        S: [], "unparsed": ["SKU: 104", "Price: 19.99"]},
    # a shop's line of parts between dashes; `English subtitles` at its end names one language, not the line
    ("specsheet", 95): {"titles": ["Wings of the Harbour"], "year": 1961, "region": "2", "video_system": "PAL",
                        "runtime_seconds": 96 * 60, A: [("sv", None, "1.0", None)], S: ["en"], "unparsed": []},
    # a cover's items after stars, on the header's line and as bullets; `(Double Feature)` is no second title
    ("blog", 18): {"titles": ["Wings of the Harbour (Double Feature)"], "year": 1961, "region": "2", "video_system": "PAL",
                   "aspect_ratio": "4:3", A: [("en", None, None, None)], "features": ["Animated Menus", "Chapter Selections"],
                   "unparsed": []},
    # the release name and the `Title` line name one title in two cases; `Also known` is another title
    ("nfo", 16): {"grammar": "nfo", "titles": ["Hamnens Vingar", "Wings of the Harbour"], "year": 1961, "disc_format": "DVD9",
                  "disc_count": 2, "size_bytes": round(4.37 * 1024**3), "video_system": "PAL", "aspect_ratio": "4:3",
                  "runtime_seconds": 5770, A: [("sv", "Dolby Digital", "1.0", None)], S: ["en", "da", "no"], "unparsed": []},
    # a heading between stars
    ("blog", 19): {"titles": ["Wings of the Harbour"], "year": 1961, "disc_format": "DVD9", "runtime_seconds": 96 * 60,
                   A: [("sv", None, None, "original"), ("ru", None, None, "voice-over")], S: ["en"], "unparsed": []},
    # a review's heading: names joined by `and`, a country alone on its line, the disc's specs after a label no grammar knows
    ("specsheet", 96): {"titles": ["WINGS OF THE HARBOUR"], "year": 1961, "directors": ["Marta Lind"],
                        "cast": ["Per Holm", "Eva Berg"], "runtime_seconds": 96 * 60, "region": "2", "video_system": "PAL",
                        "aspect_ratio": "4:3", A: [("sv", None, "1.0", None)], S: ["en"], "countries": ["Sweden"],
                        "unparsed": ["b/w"]},
    # the spec strip cell by cell, `recovery` in full
    ("blog", 20): {"titles": ["Крылья гавани", "Wings of the Harbour"], "year": 1961, "disc_format": "DVD9",
                   "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 5475, "size_bytes": round(7.01 * 1024**3),
                   "recovery_percent": 5.0, A: [("ru", None, None, None), ("sv", None, None, None)], S: ["en"], "unparsed": []},
    # values on the lines after their labels, with stray lines between: a catalogue number and a
    # line of its own label are no values of the label before them
    ("specsheet", 97): {"titles": ["Silent Meadow"], "year": 1985, "runtime_seconds": 102 * 60, S: ["de"],
                        A: [("sv", "Dolby Digital", "2.0", None)], "unparsed": ["Spine #417", "Average Bitrate: 5.12 Mb/s"]},
    # labels alone on their lines, values on the next; compound labels (`Regionalcode / Norm: 2 / PAL`,
    # `Land & Jahr`, `Bild / Zeit` with `k.A.` for an unstated runtime, `Sprachen/Ton`); page headings
    ("specsheet", 98): {"titles": ["Die Salzwiese", "Saltängen"], "year": 1963, "countries": ["Schweden"],
                        "runtime_seconds": 91 * 60, "directors": ["Ingrid Vall"], "cast": ["Karl Ek", "Sofia Moberg"],
                        "label": "Nordlicht", "region": "2", "video_system": "PAL", "aspect_ratio": "1.66:1",
                        A: [("de", "Dolby Digital", "2.0", None), ("sv", "Dolby Digital", "1.0", None)], S: ["de"],
                        "features": ["Kinotrailer", "Bildergalerie"], "unparsed": []},
    # `Screen Ratio`, `Size: 1x DVD9`, `Region: Region 2 / PAL`, a note before a language
    ("specsheet", 99): {"disc_format": "DVD9", "video_system": "PAL", "aspect_ratio": "1.66:1", "region": "2",
                        "runtime_seconds": 91 * 60, A: [("sv", "Dolby Digital", "2.0", None)], S: ["en"],
                        "unparsed": ["Packaging: Keep case", "Barcode: 5021234560001"]},
    # a title with another in brackets before a bare year; a strip with a country and `X with Y subtitles`
    ("specsheet", 100): {"titles": ["THE SALT MEADOW", "Saltängen"], "year": 1963, "countries": ["Sweden"],
                         "runtime_seconds": 91 * 60, A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"],
                         "region": "2", "video_system": "PAL", "aspect_ratio": "1.66:1", "directors": ["Ingrid Vall"],
                         "features": ["Trailer", "interview with Karl Ek (15 min)", "12-page booklet"],
                         "unparsed": ["B&W", "Nordlicht"]},
    # labels in square brackets before dotted leaders
    ("nfo", 17): {"grammar": "nfo", "titles": ["Saltängen"], "year": 1963, "directors": ["Ingrid Vall"],
                  "runtime_seconds": 5500, "video_system": "PAL", "aspect_ratio": "1.66:1", "disc_format": "DVD5",
                  A: [("sv", "Dolby Digital", "2.0", None)], S: ["en", "fi"], "unparsed": []},
    # a release name ending `.PAL-GROUP`, then a strip of labelled cells
    ("nfo", 18): {"grammar": "nfo", "titles": ["Saltangen"], "year": 1963, "video_system": "PAL",
                  "runtime_seconds": 91 * 60, "aspect_ratio": "1.66:1", A: [("sv", None, "1.0", None)],
                  S: ["en", "fi"], "unparsed": []},
    # the format first and the language in brackets after it: `Dolby AC3, 48000Hz, 2 ch, 192 kbps (русский)`
    ("tracker", 34): {"titles": ["Соляной луг", "Saltängen"], "year": 1963, "disc_format": "DVD9",
                      "runtime_seconds": 5500, "aspect_ratio": "16:9", "countries": ["Швеция"],
                      A: [("ru", "Dolby Digital", "2.0", "voice-over"), ("sv", "Dolby Digital", "1.0", None)],
                      S: ["ru"], "directors": ["Ингрид Валль", "Ingrid Vall"], "unparsed": []},
    # the label's name, region and system between slashes; specs among the extras
    ("blog", 21): {"titles": ["The Salt Meadow", "Saltängen"], "year": 1963, "region": "2", "video_system": "PAL",
                   "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60, A: [("sv", None, "1.0", None)], S: ["en"],
                   "countries": ["Sweden"], "features": ["Interview with Sofia Moberg (2008, 22 mins)"],
                   "unparsed": ["Nordlicht Films"]},
    # dashed items under `DVD Info:`: `Region: 2 (PAL)`, and the extras listed after their own label
    ("blog", 22): {"titles": ["Saltängen", "The Salt Meadow"], "year": 1963, "label": "Nordlicht", "region": "2",
                   "video_system": "PAL", "aspect_ratio": "1.66:1", "runtime_seconds": 5500,
                   A: [("sv", "Dolby Digital", "2.0", None)], S: ["en", "fi"],
                   "features": ["trailer", "stills gallery", "booklet"], "unparsed": []},
    # a film site's technical specs, tabbed: `Sound Mix`, a runtime with its minutes again in brackets
    ("blog", 23): {"runtime_seconds": 91 * 60, "aspect_ratio": "1.37:1", A: [("und", None, "1.0", None)],
                   "features": [], "unparsed": ["Color: Black and White"]},
    # rutracker's Chinese mirror: the labels translated word by word (`毕业年份`, `类型;体裁`), glued
    # (`质量DVD9`), full-width punctuation; the values left in Russian or translated
    ("tracker", 35): {"grammar": "tracker_ru", "titles": ["盐草地", "Saltängen"], "year": 1963, "countries": ["瑞典"],
                      "genres": ["戏剧"], "runtime_seconds": 5500, "directors": ["Ингрид Валль"],
                      "cast": ["Карл Эк", "София Муберг"], "disc_format": "DVD9", "video_system": "PAL",
                      "aspect_ratio": "16:9", A: [("ru", "Dolby Digital", "2.0", None), ("sv", "Dolby Digital", "1.0", None)],
                      S: ["ru", "en"], "size_bytes": round(7.45 * 1024**3), "unparsed": ["视频编解码器MPEG2"]},
    # a disc database's page: headings over their values (`Audio` then `Swedish: Dolby Digital Mono`),
    # `Single disc (1 DVD)` (no title), the title with `DVD` after it
    ("specsheet", 101): {"titles": ["The Salt Meadow"], "year": 1963, "disc_format": "DVD", "disc_count": 1,
                         "region": "2", "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60,
                         A: [("sv", "Dolby Digital", "1.0", None)], S: ["en", "fi"],
                         "unparsed": ["Nordlicht", "Not rated", "May 04, 2009", "Codec: MPEG-2", "Playback", "Packaging",
                                      "Keep case"]},
    # a review's specs down the page: the label under `Distribution`, then its region line
    ("specsheet", 102): {"label": "Nordlicht", "region": "2", "video_system": "PAL", "aspect_ratio": "1.66:1",
                         "runtime_seconds": 5258, A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"],
                         "features": ["Trailer (2:10)", "Stills gallery"],
                         "unparsed": ["Average Bitrate: 6.12 mb/s", "Release Information:", "DVD Release Date: May 4th, 2009",
                                      "Keep Case", "Chapters 12"]},
    # a shop's note after the title, and its sentence on the disc's languages and length
    ("specsheet", 103): {"titles": ["THE SALT MEADOW"], "year": 1963, "runtime_seconds": 91 * 60,
                         A: [("sv", None, None, None)], S: ["en"], "unparsed": ["SKU 2041"]},
    # a second audio line with no label of its own, under `Zvuk:`
    ("specsheet", 104): {"titles": ["Solná louka"], "year": 1963, "countries": ["Švédsko"], "disc_format": "DVD9",
                         A: [("cs", "Dolby Digital", "2.0", None), ("sv", "Dolby Digital", "2.0", None)], S: ["cs"],
                         "aspect_ratio": "4:3", "unparsed": []},
    # a colon, then a dotted leader; `Swedish - English Subs`
    ("blog", 24): {"titles": ["The Salt Meadow"], "year": 1963, "genres": ["Drama"], "runtime_seconds": 91 * 60,
                   "size_bytes": round(4.37 * 1024**3), A: [("sv", None, None, None)], S: ["en"],
                   "unparsed": ["Picture:...................B&W"]},
    # rutracker's English mirror: labels translated, values on the next lines, codecs glued to their labels
    ("tracker", 36): {"grammar": "tracker_ru", "titles": ["Соляной луг"], "year": 1963, "genres": ["драма"],
                      "runtime_seconds": 5500, "directors": ["Ингрид Валль"], "cast": ["Карл Эк", "София Муберг"],
                      "disc_format": "DVD5", "video_system": "PAL", "aspect_ratio": "4:3",
                      A: [("ru", "Dolby Digital", "2.0", None)], "unparsed": ["Video codecMPEG2", "Audio codecAC3"]},
    # a review: `Label // Rating // Date` under the title (the date's year is the DVD's), verdicts in prose
    # (`Sound: The Swedish mono track is clean and clear.`: the track it names)
    ("specsheet", 105): {"titles": ["The Salt Meadow"], "year": None, "label": "Nordlicht", "aspect_ratio": "1.66:1",
                         S: ["en"], A: [("sv", None, "1.0", None)],
                         "unparsed": ["Review by Sam Critic | posted May 20, 2009"]},
    # a label's catalogue page: the specs in one line between slashes
    ("specsheet", 106): {"titles": ["The Salt Meadow"], "year": 1963, "countries": ["Sweden"], "aspect_ratio": "1.66:1",
                         "runtime_seconds": 91 * 60, A: [("sv", None, None, None)], S: ["en"],
                         "unparsed": ["Ingrid Vall", "Black & White", "Spine #417"]},
    # a Russian shop's sheet: `Звуковые дорожки`, `Формат изображения: 16:9 (1.66:1)`
    ("tracker", 37): {"titles": ["Соляной луг"], "region": "5", "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60,
                      A: [("ru", "Dolby Digital", "2.0", None), ("sv", "Dolby Digital", "1.0", None)], S: ["ru", "en"],
                      "unparsed": ["Тип упаковки: Keep Case"]},
    # an NFO in capitals, notes in square brackets
    ("nfo", 19): {"titles": ["SALTÄNGEN"], "year": 1963, "runtime_seconds": 91 * 60, "disc_format": "DVD9",
                  "video_system": "PAL", "aspect_ratio": "1.66:1", A: [("sv", "Dolby Digital", "2.0", None)],
                  S: ["en", "fi"], "unparsed": []},
    # arrows before the labels
    ("nfo", 20): {"grammar": "nfo", "titles": ["Saltängen"], "year": 1963, "runtime_seconds": 91 * 60,
                  "video_system": "PAL", "aspect_ratio": "4:3", A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"],
                  "unparsed": []},
    # labels between runs of colons
    ("nfo", 21): {"titles": ["Saltängen"], "year": 1963, "runtime_seconds": 91 * 60,
                  A: [("sv", "Dolby Digital", "2.0", None)], S: ["en"], "unparsed": []},
    # `Format: DVD5 / PAL / 16:9`: the disc, the system and the ratio
    ("specsheet", 107): {"titles": ["Saltängen"], "disc_format": "DVD5", "video_system": "PAL", "aspect_ratio": "16:9",
                         "runtime_seconds": 5500, A: [("sv", "Dolby Digital", "2.0", None)], S: ["en", "fi"],
                         "unparsed": []},
    # a download post: the original title alone under the title line; links, a password, thanks; the
    # footer's `Labels:` are the post's tags, no record label
    ("blog", 25): {"titles": ["The Salt Meadow", "Saltängen"], "year": 1963, "imdb_id": "tt0056789", "disc_format": "DVD5",
                   "label": None, "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 91 * 60,
                   "size_bytes": round(4.2 * 1024**3), A: [("sv", None, None, None)], S: ["en"],
                   "directors": ["Ingrid Vall"], "cast": ["Karl Ek", "Sofia Moberg"],
                   "unparsed": ["Download:", "http://rapidshare.com/files/123456/salt.part1.rar",
                                "http://rapidshare.com/files/123457/salt.part2.rar", "Password: cinema",
                                "Thanks to Anna for the rip!", "Labels: 1960s, Sweden"]},
    # three titles joined by `AKA`; a rip's `DVD9 → DVD5` is a DVD5
    ("specsheet", 108): {"titles": ["Saltängen", "The Salt Meadow", "Die Salzwiese"], "year": 1963, "disc_format": "DVD5",
                         "video_system": "PAL", "aspect_ratio": "16:9", "runtime_seconds": 91 * 60,
                         A: [("sv", "Dolby Digital", "2.0", None)], S: ["en"],
                         "unparsed": ["Source: Nordlicht DVD, Region 2", "Ripped by: nobody", "Menu: yes", "Chapters: yes"]},
    # a post ending in a VOB file's MediaInfo report: the file's `Duration : 24 min` is no release of
    # its own, and the report is kept unread
    ("tracker", 38): {"titles": ["Соляной луг", "Saltängen"], "year": 1963, "runtime_seconds": 5500, "disc_format": "DVD9",
                      A: [("ru", "Dolby Digital", "2.0", "voice-over"), ("sv", "Dolby Digital", "1.0", None)], S: ["ru", "en"]},
    # a DVDInfo report under the post: the disc's size from it; its film's tracks are the post's tracks
    # again, and the intro's title set, the menus and the volume name are kept unread
    ("tracker", 39): {"titles": ["Соляной луг", "Saltängen"], "runtime_seconds": 5500, "size_bytes": round(7.45 * 1024**3),
                      A: [("ru", "Dolby Digital", "2.0", "voice-over"), ("sv", "Dolby Digital", "1.0", None)], S: ["ru", "en"],
                      "unparsed": ["DVDInfo", "Enhanced Video Data: No", "Title: SALT_MEADOW", "VTS_01 :", "Play Length: 00:00:16",
                                   "Video: PAL 4:3 (720x576) VBR", "Audio:", "Not Specified (Dolby AC3, 2 ch)", "VTS_02 :",
                                   "Menu Video: PAL 4:3 (720x576) VBR", "Menu Audio: Russian (LPCM, 2 ch)"]},
    # a DVDInfo report alone: the longest title set is the film
    ("tracker", 40): {"titles": [], "disc_format": "DVD5", "video_system": "NTSC", "runtime_seconds": 5500,
                      "size_bytes": round(4.37 * 1024**3), A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"]},
    # the format before the language (`AC3, 48 kHz, 2 ch, 192 kbps, Русский`) beside another track
    ("tracker", 41): {"titles": ["Соляной луг"], "year": 1963, "disc_format": "DVD5", "video_system": "PAL",
                      "aspect_ratio": "4:3", A: [("ru", "Dolby Digital", "2.0", None), ("sv", "Dolby Digital", "1.0", "original")],
                      S: ["en"], "unparsed": ["Меню: есть, анимированное, озвученное", "Формат субтитров: prerendered (IDX+SUB)",
                                              "Сэмпл: http://multi-up.com/123456", "Скриншоты", "http://i.imgur.com/abc.png"]},
    # two columns side by side, a wide gap between them
    ("nfo", 22): {"titles": ["Saltängen"], "year": 1963, "runtime_seconds": 91 * 60, "size_bytes": round(4.37 * 1024**3),
                  "video_system": "PAL", "aspect_ratio": "4:3", "disc_format": "DVD9",
                  A: [("sv", "Dolby Digital", "2.0", None)], S: ["en", "fi"], "unparsed": []},
    # a frame of box-drawing characters; `Subs: N/A`
    ("nfo", 23): {"grammar": "nfo", "titles": ["Saltängen"], "runtime_seconds": 91 * 60,
                  A: [("sv", "Dolby Digital", "2.0", None)], S: [], "unparsed": []},
    # a page's table pasted as its HTML: one row a line, a cell a label
    ("specsheet", 109): {"titles": ["The Salt Meadow"], "region": "2", "runtime_seconds": 91 * 60,
                         A: [("sv", "Dolby Digital", "1.0", None)], S: ["en", "fi"], "unparsed": []},
    # a page's paragraph pasted as its HTML on one line: it breaks where `<br>` does
    ("specsheet", 110): {"titles": ["The Salt Meadow"], "runtime_seconds": 91 * 60, A: [("sv", None, "1.0", None)],
                         S: ["en"], "unparsed": []},
    # a label's spec strip between bullets: `Monaural`, a format with no language, is the language's
    # the strip names (`In Swedish with English subtitles`)
    ("specsheet", 111): {"titles": ["The Salt Meadow"], "year": 1963, "runtime_seconds": 91 * 60, "aspect_ratio": "1.66:1",
                         A: [("sv", None, "1.0", None)], S: ["en"], "unparsed": ["Ingrid Vall", "Black & White", "Spine #417"]},
    # a German review's `Technische Details`; `Tonformate`
    ("specsheet", 112): {"titles": ["Die Salzwiese"], "year": 1963, "label": "Nordlicht", "region": "2",
                         "aspect_ratio": "1.66:1", "runtime_seconds": 88 * 60, S: ["de", "en"],
                         A: [("de", "Dolby Digital", "2.0", None), ("sv", "Dolby Digital", "2.0", None)],
                         "features": ["Trailer", "Bildergalerie"], "unparsed": ["FSK: 12"]},
    # `Herstellungsland / Jahr`, `Sprache / Ton`: compound labels
    ("specsheet", 113): {"titles": ["Salzwiese, Die", "Saltängen"], "year": 1963, "countries": ["Schweden"],
                         "directors": ["Ingrid Vall"], "video_system": "PAL", "aspect_ratio": "1.66:1",
                         "runtime_seconds": 88 * 60,
                         A: [("de", "Dolby Digital", "2.0", None), ("sv", "Dolby Digital", "1.0", None)], "unparsed": []},
    # Czech `Jazykové verze` and `Zvukový formát` (the format of both languages)
    ("specsheet", 114): {"titles": ["Solná louka"], "year": 1963, "region": "2", "aspect_ratio": "1.66:1",
                         "runtime_seconds": 91 * 60, A: [("sv", "Dolby Digital", "2.0", None), ("cs", "Dolby Digital", "2.0", None)],
                         S: ["cs"], "unparsed": []},
    # Finnish `Tekstitykset: suomi, ruotsi` (in Finnish, languages and countries share their names);
    # `Julkaisuvuosi` is the DVD's year, not the film's
    ("specsheet", 115): {"titles": ["Suolaniitty"], "year": None, "countries": [], "aspect_ratio": "1.66:1",
                         "runtime_seconds": 91 * 60, A: [("sv", "Dolby Digital", "2.0", None)], S: ["fi", "sv"],
                         "unparsed": ["Ikäraja: 12", "Julkaisuvuosi: 2009"]},
    # a French sheet: `Réalisateur`, `Format vidéo : 1.66 - 16/9`, `Langues`, `Éditeur`, `Zone`
    ("specsheet", 116): {"titles": ["Le Pré salé"], "year": 1963, "region": "2", "aspect_ratio": "1.66:1",
                         "runtime_seconds": 91 * 60, "label": "Carlotta", "directors": ["Ingrid Vall"],
                         A: [("sv", "Dolby Digital", "2.0", None), ("fr", "Dolby Digital", "2.0", None)], S: ["fr"],
                         "features": ["Bande-annonce", "Galerie photos"], "unparsed": []},
    # a Dutch sheet: `Taal`, `Ondertiteling`, `Speelduur`, `Regiocode`, `Beeldformaat`
    ("specsheet", 117): {"titles": ["De Zoutweide"], "year": 1963, "region": "2", "aspect_ratio": "1.66:1",
                         "runtime_seconds": 91 * 60, "directors": ["Ingrid Vall"],
                         A: [("sv", "Dolby Digital", "2.0", None)], S: ["nl", "fr"], "unparsed": []},
    # a review's table copied with `|` and empty cells (`Runtime | 1:31:15 | |`), its other title in brackets
    ("specsheet", 118): {"titles": ["Saltängen"], "region": "0", "video_system": "PAL", "aspect_ratio": "1.66:1",
                         "runtime_seconds": 5475, "label": "Nordic Classics", "directors": ["Ingrid Vall"],
                         A: [("sv", "Dolby Digital", "2.0", None)], S: ["en"]},
    # a French shop's sheet: `Acteurs :`, `Région : Région 2 (…)`, `Rapport de forme :`, `Nombre de disques :`
    ("specsheet", 119): {"titles": [], "region": "2", "video_system": "PAL", "aspect_ratio": "1.66:1", "disc_count": 1,
                         "runtime_seconds": 91 * 60, "label": "Carlotta", "cast": ["Marta Lind", "Per Holm"],
                         A: [("sv", "Dolby Digital", "2.0", None), ("fr", "Dolby Digital", "2.0", None)], S: ["fr"],
                         "unparsed": ["Date de sortie du DVD : 4 mai 2009"]},
    # a Polish shop's subtitles named twice (`Napisy: polskie`, `Wersja językowa: napisy polskie`): one track
    ("specsheet", 120): {"titles": ["Słona łąka"], "year": 1963, "region": "2", "video_system": "PAL",
                         "aspect_ratio": "16:9", "disc_count": 1, "runtime_seconds": 91 * 60,
                         A: [("sv", "Dolby Digital", "2.0", None)], S: ["pl"], "unparsed": ["EAN: 5901234567890"]},
    # `Lenght`, NFOs' own spelling; a `Video` line of system, ratio, size and rate between slashes
    ("nfo", 24): {"grammar": "nfo", "titles": ["The Salt Meadow"], "year": 1963, "imdb_id": "tt0123456",
                  "disc_format": "DVD9", "video_system": "PAL", "aspect_ratio": "16:9", "runtime_seconds": 91 * 60,
                  A: [("sv", "Dolby Digital", "2.0", None), ("ru", "Dolby Digital", "5.1", None)], S: ["en", "ru"],
                  "unparsed": ["Rating.......: 7.4/10 (1,234 votes)", "Release Date.: 05/14/2011", "Retail Date..: 2009"]},
    # `Video Format: NTSC 1.66:1`: the system and the ratio; `Audio #2`; `Region : Free`
    ("nfo", 25): {"titles": ["The Salt Meadow"], "year": 1963, "disc_format": "DVD5", "region": "0",
                  "video_system": "NTSC", "aspect_ratio": "1.66:1", "runtime_seconds": 5475,
                  A: [("sv", "Dolby Digital", "1.0", None), ("en", "Dolby Digital", "2.0", "commentary")], S: ["en"],
                  "unparsed": []},
    # a title between ornaments (`·:·:· … ·:·:·`), never an extra; leaders after `▪` bullets
    ("nfo", 26): {"titles": ["The Salt Meadow"], "year": 1963, "region": "2", "video_system": "PAL",
                  "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60, "features": [],
                  A: [("sv", None, "2.0", None), ("en", None, "2.0", None)], S: ["en", "fi"], "unparsed": []},
    # `# Format : DVD5, PAL, 1.66:1`: the disc and its picture; spec items among the extras
    ("blog", 26): {"grammar": "blog", "titles": ["The Salt Meadow", "Saltängen"], "year": 1963, "disc_format": "DVD5",
                   "region": "2", "video_system": "PAL", "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60,
                   A: [("sv", "Dolby Digital", "2.0", None)], S: ["en"], "features": ["Trailer", "Photo gallery"],
                   "synopsis": "A summer on a salt meadow by the sea.", "unparsed": []},
    # `aka The Salt Meadow` under the title line; a bare language in the strip (`Swedish | 91 min | DVD5`)
    ("blog", 27): {"titles": ["Saltängen", "The Salt Meadow"], "year": 1963, "disc_format": "DVD5",
                   "runtime_seconds": 91 * 60, A: [("sv", None, None, None)], S: ["en"],
                   "directors": ["Ingrid Vall"], "cast": ["Marta Lind", "Per Holm"], "unparsed": []},
    # a shop's `Region 0 NTSC DVD-R` line and a sentence of language and subtitles
    ("specsheet", 121): {"titles": ["THE SALT MEADOW", "Saltängen"], "year": 1963, "region": "0", "video_system": "NTSC",
                         "disc_format": "DVDR", "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60,
                         A: [("sv", None, None, None)], S: ["en"], "unparsed": []},
    # `Аудио #1: Русский, AC3, 2.0, 192 kbps`; `Качество видео:`; `1 ч. 31 мин.`; `Гб`
    ("tracker", 42): {"grammar": "tracker_ru", "titles": ["Соляной луг", "Saltängen"], "year": 1963, "disc_format": "DVD9",
                      "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 91 * 60,
                      "size_bytes": round(6.84 * 1024**3), "directors": ["Ингрид Валль", "Ingrid Vall"],
                      A: [("ru", "Dolby Digital", "2.0", "voice-over"), ("sv", "Dolby Digital", "1.0", None)],
                      "unparsed": []},
    # a shop-like post: `Звук:`, `Формат изображения: 1,66:1 (16:9)`, `Система: PAL`, `Регион: 5`, `Время:`
    ("tracker", 43): {"titles": ["Соляной луг", "Saltängen"], "year": 1963, "disc_format": "DVD9", "region": "5",
                      "video_system": "PAL", "aspect_ratio": "1.66:1", "runtime_seconds": 5475,
                      A: [("ru", "Dolby Digital", "5.1", None), ("sv", "Dolby Digital", "2.0", None)], S: ["ru", "en"],
                      "unparsed": []},
    # distractor numbers: a spine number, a price, a UPC, a catalogue number, a certificate, an award's
    # year, the DVD's date, the extras' lengths; the label from the collection's spine line
    ("specsheet", 122): {"titles": ["The Salt Meadow"], "year": 1963, "region": "1", "label": "Criterion Collection",
                         "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60, "disc_count": 2,
                         A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"]},
    # a one-line listing between dashes: `91'` for minutes, `DVD-R Region 0 NTSC` at its end
    ("specsheet", 123): {"titles": ["Saltängen", "The Salt Meadow"], "year": 1963, "countries": ["Sweden"],
                         "runtime_seconds": 91 * 60, "aspect_ratio": "1.37:1", "disc_format": "DVDR", "region": "0",
                         "video_system": "NTSC", A: [("sv", None, None, None)], S: ["en"], "unparsed": ["b&w"]},
    # a shop's product details: a rating out of 5 stars, a sales rank and an ASIN read as nothing
    ("specsheet", 124): {"titles": ["The Salt Meadow"], "year": 1963, "region": "2", "video_system": "PAL",
                         "runtime_seconds": 88 * 60, "label": "Nordic Classics", "disc_count": 1,
                         A: [("sv", None, None, None)], S: ["en"], "cast": ["Marta Lind", "Per Holm"]},
    # a modern post's pictographs before its lines (`📀 Format: DVD9 | PAL | 16:9`, `🎬 Title (1963)`)
    ("blog", 28): {"titles": ["The Salt Meadow"], "year": 1963, "disc_format": "DVD9", "video_system": "PAL",
                   "aspect_ratio": "16:9", "runtime_seconds": 91 * 60, "region": "2", S: ["en", "fi"],
                   A: [("sv", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "5.1", None)], "unparsed": []},
    # a post of ticked bullets, headed by its title as a bullet too (`➤ The Salt Meadow (1963)`)
    ("blog", 29): {"titles": ["The Salt Meadow"], "year": 1963, "disc_format": "DVD5", "video_system": "NTSC",
                   "runtime_seconds": 91 * 60, A: [("sv", None, "1.0", None)], S: ["en"], "features": [],
                   "unparsed": []},
    # `► Label: value` lines
    ("specsheet", 125): {"titles": ["The Salt Meadow"], "year": 1963, "region": "2", "video_system": "PAL",
                         "runtime_seconds": 91 * 60, A: [("sv", "Dolby Digital", "2.0", None)], S: ["en"],
                         "unparsed": []},
    # a page's typeset dashes (`Region 2 – PAL`, `1.66:1 – anamorphic`); a language as a track's label
    ("specsheet", 126): {"titles": ["The Salt Meadow"], "region": "2", "video_system": "PAL", "aspect_ratio": "1.66:1",
                         "runtime_seconds": 91 * 60, S: ["en", "fr"], "unparsed": [],
                         A: [("sv", "Dolby Digital", "1.0", None), ("en", "Dolby Digital", "2.0", None)]},
    # `Region: Region 2 – Europe, Japan, Middle East`, `Discs: 1 (DVD-9)`, `Runtime: 1:27:36 (PAL)`
    ("specsheet", 127): {"titles": ["The Salt Meadow"], "region": "2", "video_system": "PAL", "aspect_ratio": "1.66:1",
                         "disc_format": "DVD9", "disc_count": 1, "runtime_seconds": 5256, A: [("sv", None, "1.0", None)],
                         S: ["en"], "unparsed": []},
    # the title in capitals (no banner's word); `91’`; ten subtitles; `Region code: 2, 4, 5`
    ("specsheet", 128): {"titles": ["THE SALT MEADOW"], "year": 1963, "region": "2,4,5", "aspect_ratio": "4:3",
                         "runtime_seconds": 91 * 60, A: [("sv", "Dolby Digital", "1.0", None)],
                         S: ["en", "de", "fr", "es", "it", "nl", "da", "no", "fi", "is"], "unparsed": []},
    # a Ukrainian tracker post: `Рік випуску`, `Тривалість`, `Аудіо 1`, `оригінал`, `українські`
    ("tracker", 44): {"grammar": "tracker_ru", "titles": ["Солоний луг", "Saltängen"], "year": 1963, "disc_format": "DVD9",
                      "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 5475, S: ["uk", "en"],
                      A: [("uk", "Dolby Digital", "2.0", "voice-over"), ("sv", "Dolby Digital", "1.0", "original")],
                      "unparsed": []},
    # a Polish tracker's sheet: `Jakość: DVD5`, a voice-over track among the audio (`polski lektor`)
    ("specsheet", 129): {"titles": ["Słona łąka", "Saltängen"], "year": 1963, "disc_format": "DVD5", "video_system": "PAL",
                         "aspect_ratio": "16:9", "runtime_seconds": 91 * 60, S: ["pl"], "unparsed": [],
                         A: [("sv", "Dolby Digital", "2.0", None), ("pl", "Dolby Digital", "2.0", "voice-over")]},
    # a Czech tracker's sheet: `Kvalita`, `Zvuk: švédština DD 2.0, čeština DD 2.0`, `Velikost`
    ("specsheet", 130): {"titles": ["Solná louka", "Saltängen"], "year": 1963, "disc_format": "DVD9", "video_system": "PAL",
                         "runtime_seconds": 91 * 60, "size_bytes": round(7.1 * 1024**3), S: ["cs", "sk"], "unparsed": [],
                         A: [("sv", "Dolby Digital", "2.0", None), ("cs", "Dolby Digital", "2.0", None)]},
    # a set's second disc under `Disc 2`: its plain lines are extras, never title lines (`Interview … (2017)`)
    ("specsheet", 131): {"titles": ["Stalker"], "year": 1979, "label": "Criterion", "aspect_ratio": "1.37:1",
                         "runtime_seconds": 162 * 60, A: [("ru", None, "1.0", None)], S: ["en"],
                         "features": ["Interview with cinematographer Alexander Knyazhinsky (2017)",
                                      "Interview with Eduard Artemyev (2017)"], "unparsed": ["Disc 1", "The Film"]},
    # `Format: DVD9 + DVD5`: two discs; headings in capitals over the sections
    ("nfo", 27): {"titles": ["Stalker"], "year": 1979, "disc_format": "DVD9", "disc_count": 2, "video_system": "PAL",
                  "aspect_ratio": "4:3", "runtime_seconds": 9725, S: ["en", "nl"],
                  A: [("ru", None, "5.1", None), ("ru", None, "1.0", None)], "unparsed": []},
    # a review's heading: `(Director, year)` under the title, the label alone, a strip between dashes
    # whose bare language is the audio
    ("specsheet", 132): {"titles": ["Wings of the Harbour"], "year": 1961, "directors": ["Per Holm"], "region": "1",
                         "video_system": "NTSC", "aspect_ratio": "1.33:1", "runtime_seconds": 96 * 60,
                         A: [("sv", None, None, None)], S: ["en"], "unparsed": ["Northwind Films", "Black & White"]},
    # `Audio Format(s)`, `Language(s)`, `Subtitle(s)` under a `DVD Specs` heading
    ("specsheet", 133): {"titles": [], "region": "1", "aspect_ratio": "1.33:1", "runtime_seconds": 96 * 60,
                         A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"],
                         "unparsed": ["Closed Captions: No", "Rating: NR", "Color: B&W", "Packaging: Keep Case"]},
    # a review's scores out of 100 (`Extras: 60` is no extra) and its profile: headers over bullets
    ("specsheet", 134): {"label": "Northwind Films", "aspect_ratio": "1.33:1", "runtime_seconds": 96 * 60,
                         A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"], "genres": ["Drama", "Foreign"],
                         "features": ["Theatrical Trailer", "Photo Gallery"]},
    # a comparison site's release: `Video: NTSC`, a `Feature` heading, extras with their lengths
    ("specsheet", 135): {"titles": ["Wings of the Harbour"], "region": "1", "video_system": "NTSC", "disc_count": 1,
                         "label": "Northwind", "aspect_ratio": "1.33:1", "runtime_seconds": 5772,
                         A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"], "features": ["Trailer (2:10)", "Stills gallery"],
                         "unparsed": ["Release Date: 2009-03-03", "Case: Keep Case"]},
    # BBCode labels; `Аудио 1: AC3, 2 ch, 192 kbps, Russian`: the format's parts, then the language, one track
    ("tracker", 45): {"titles": ["Соляной луг", "Saltängen"], "year": 1963, "disc_format": "DVD9", "video_system": "PAL",
                      "aspect_ratio": "4:3", "runtime_seconds": 5475, S: ["ru"], "unparsed": [],
                      A: [("ru", "Dolby Digital", "2.0", "voice-over"), ("sv", "Dolby Digital", "1.0", None)]},
    # Markdown: bold labels in a list
    ("specsheet", 136): {"titles": ["The Salt Meadow"], "year": 1963, "disc_format": "DVD9", "video_system": "PAL",
                         "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60, S: ["en", "fi"], "unparsed": [],
                         A: [("sv", "Dolby Digital", "1.0", None)]},
    # language codes in capitals (`ENG DD5.1`), subtitles between bare slashes (`ENG/RUS/FIN`)
    ("nfo", 28): {"titles": ["The Salt Meadow"], "video_system": "NTSC", "aspect_ratio": "16:9", "runtime_seconds": 5475,
                  A: [("en", "Dolby Digital", "5.1", None), ("ru", "Dolby Digital", "2.0", None),
                      ("sv", "Dolby Digital", "1.0", None)], S: ["en", "ru", "fi", "sv", "no", "da"], "unparsed": []},
    # a Czech shop's sheet: `Stopáž`, `Obrazový formát: 1,37:1 (4:3)`, `Zvukové stopy`, `Distribuce`
    ("specsheet", 137): {"titles": ["Tichá louka", "Tyst äng"], "year": 1961, "disc_format": "DVD9", "region": "2",
                         "aspect_ratio": "1.37:1", "runtime_seconds": 96 * 60, "label": "Filmexport Home Video",
                         A: [("sv", "Dolby Digital", "2.0", None), ("cs", "Dolby Digital", "2.0", None)],
                         "unparsed": ["České titulky: ano"]},
    # six audio tracks and their kinds: `Дубляж`, `MVO (СТС)`, `Original`, `Комментарии`, `DVO`, and a
    # track listed with commas whose kind follows a dash (`Русский, AC3, 2.0 — Авторский (одноголосый)`)
    ("tracker", 46): {"titles": ["Соляной луг"], "year": 1963, "disc_format": "DVD9", "unparsed": [],
                      A: [("ru", "Dolby Digital", "5.1", "dubbing"), ("ru", "Dolby Digital", "2.0", "voice-over"),
                          ("sv", "Dolby Digital", "5.1", "original"), ("en", "Dolby Digital", "2.0", "commentary"),
                          ("ru", "Dolby Digital", "2.0", "voice-over"), ("uk", "Dolby Digital", "2.0", "voice-over")]},
    # the kinds in brackets after English names; an `SDH` subtitle track
    ("specsheet", 138): {"titles": ["The Salt Meadow"], S: ["en", "en"], "unparsed": [],
                         A: [("sv", None, "1.0", "original"), ("en", None, None, "dubbing"),
                             ("sv", None, None, "commentary")]},
    # `Title (Other title) 1963 DVD`; `Directed by …. With ….`; `Sweden, 91 minutes, black and white.`; a
    # `DVD details:` list of specs in words (`Region 2, PAL`, `Single layer DVD5`, `… subtitles (optional)`)
    ("blog", 30): {"grammar": "blog", "titles": ["Saltängen", "The Salt Meadow"], "year": 1963, "disc_format": "DVD5",
                   "region": "2", "video_system": "PAL", "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60,
                   "countries": ["Sweden"], "directors": ["Ingrid Vall"], "cast": ["Marta Lind", "Per Holm"],
                   A: [("sv", "Dolby Digital", "2.0", None)], S: ["en", "fi"],
                   "features": ["Trailer", "Booklet with an essay by Peter Cowie"], "unparsed": []},
    # a two-disc set's strip (`2 x DVD9 | PAL 16:9 | … | 7.91 Gb + 7.85 Gb + 3% rec`), its title last as a download link
    ("blog", 31): {"grammar": "blog", "titles": ["The Salt Meadow", "Saltängen", "Соляной луг"], "year": 1963,
                   "disc_format": "DVD9", "disc_count": 2, "video_system": "PAL", "aspect_ratio": "16:9",
                   "runtime_seconds": 145 * 60, "size_bytes": round(7.91 * 1024**3), "recovery_percent": 3.0,
                   A: [("ru", None, None, None), ("en", None, None, None)], S: ["en", "fr", "de"], "unparsed": []},
    # a strip per disc, one under the other: one release of two discs (the first disc's length)
    ("blog", 32): {"grammar": "blog", "titles": ["The Salt Meadow", "Saltängen", "Соляной луг"], "year": 1963,
                   "disc_format": "DVD9", "disc_count": 2, "video_system": "PAL", "aspect_ratio": "4:3",
                   "runtime_seconds": 75 * 60, A: [("ru", None, None, None)], S: ["en", "fr"], "unparsed": []},
    # an NFO's values under their label's, indented (`Subtitles ......: English` then `Finnish`);
    # `Source ...: Retail DVD9 (Region 2)`
    ("nfo", 29): {"grammar": "nfo", "titles": ["THE SALT MEADOW"], "year": 1963, "disc_format": "DVD9", "region": "2",
                  "video_system": "PAL", "aspect_ratio": "16:9", "runtime_seconds": 91 * 60,
                  A: [("sv", "Dolby Digital", "2.0", None), ("en", "Dolby Digital", "2.0", "commentary")],
                  S: ["en", "fi", "sv"], "unparsed": ["Release Date ...: 2011-02-14", "Notes: Untouched. All extras kept."]},
    # a shop's `Features:` list mixing specs in words (`Widescreen 1.66:1`, `Region 1 Encoding`) and extras;
    # `Run Time: 1 hrs. 31 mins.`
    ("specsheet", 139): {"titles": ["The Salt Meadow"], "year": 1963, "label": "Criterion", "region": "1",
                         "disc_format": "DVD9", "aspect_ratio": "1.66:1", "runtime_seconds": 91 * 60,
                         A: [("sv", "Dolby Digital", "1.0", None)], S: ["en"], "features": ["Theatrical trailer"],
                         "unparsed": ["Release Date: 05/04/2009", "Catalog Number: CC1963D", "UPC: 715515012345",
                                      "Color: Black & White", "Rating: NR"]},
    # an Italian shop's sheet: `Durata: 91 minuti`, `Interpreti`, `Numero di dischi`, `Distribuzione`
    ("specsheet", 140): {"titles": ["Il prato salato"], "year": 1963, "region": "2", "aspect_ratio": "1.66:1",
                         "runtime_seconds": 91 * 60, "disc_count": 1, "cast": ["Marta Lind", "Per Holm"],
                         A: [("sv", "Dolby Digital", "2.0", None), ("it", "Dolby Digital", "2.0", None)], S: ["it"],
                         "unparsed": []},
    # a Spanish shop's sheet: `Duración`, `Formato de imagen`, `Idiomas`, `Subtítulos`, `Región`, `Distribuidora`
    ("specsheet", 141): {"titles": ["El prado salado"], "year": 1963, "region": "2", "aspect_ratio": "1.66:1",
                         "runtime_seconds": 91 * 60, "label": "Divisa Red",
                         A: [("sv", "Dolby Digital", "2.0", None), ("es", "Dolby Digital", "2.0", None)], S: ["es", "en"],
                         "unparsed": []},
    # `Feature: 1:31:15` is the film's length, never an extra; a layer break's time and an extra's are neither
    ("blog", 33): {"titles": ["The Salt Meadow"], "year": 1963, "disc_format": "DVD9", "video_system": "PAL",
                   "aspect_ratio": "1.66:1", "runtime_seconds": 5475, "features": [],
                   "unparsed": ["RSDL (51:10)", "Trailer (2:05)"]},
    # a review's marks (`Sound: B+`, `Video: 4/5`) are no field's values: kept, not read
    ("specsheet", 84): {"titles": ["Wings of the Harbour"], "region": "2", "runtime_seconds": 96 * 60,
                        A: [("sv", "Dolby Digital", "2.0", None)], S: ["en"], "features": [],
                        "unparsed": ["Movie: A-,", "Picture: B,", "Sound: B+,", "Extras: C", "Video: 4/5", "Overall: 8/10"]},
    # a shop's title line of eight words in title case is no synopsis; `[Region 2]` ends the title;
    # the edition is kept in unparsed, not in the title
    ("specsheet", 85): {"titles": ["Wings of the Harbour"], "year": 1961, "region": "2",
                        "video_system": "PAL", "disc_count": 2, "synopsis": None, A: [("sv", None, None, None)],
                        S: ["en", "fi"], "cast": ["Marta Lind", "Per Holm"], "unparsed": ["Classification: 12", "Special Edition"]},
    # a review's heading: a mark, the year, a rating, the runtime and the studio in brackets
    ("specsheet", 86): {"titles": ["WINGS OF THE HARBOUR"], "year": 1961, "runtime_seconds": 96 * 60, "label": "Northwind"},
}


def blocks(style: str) -> list[str]:
    return (CORPUS / f"{style}.txt").read_text(encoding="utf-8").split("%%%\n")


def view(spec, key):
    if key == A:
        return [(t.language, t.codec, t.channels, t.kind) for t in spec.audio]
    if key == S:
        return [t.language for t in spec.subtitles]
    return getattr(spec, key)


def test_every_corpus_block_has_expectations():
    assert {(p.stem, i) for p in CORPUS.glob("*.txt") for i in range(len(blocks(p.stem)))} == set(EXPECTED)


@pytest.mark.parametrize("style, index", sorted(EXPECTED))
def test_corpus_block(grammars, style, index):
    specs = read_text(blocks(style)[index], grammars).specs
    assert len(specs) == 1, [s.titles for s in specs]
    for key, value in EXPECTED[(style, index)].items():
        assert view(specs[0], key) == value, key
