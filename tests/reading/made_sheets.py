"""Made sheets: random spec sheets in seven languages, dressed as pages paste them, with the fields
they hold known; `tests/test_made_sheets.py` reads them back. The film titles are invented."""

from __future__ import annotations

import random

# a language's code → its name in each sheet's language
NAMES = {
    "sv": {"en": "Swedish", "de": "Schwedisch", "pl": "szwedzki", "cs": "švédský", "fi": "ruotsi", "ru": "шведский", "fr": "Suédois"},
    "en": {"en": "English", "de": "Englisch", "pl": "angielski", "cs": "anglický", "fi": "englanti", "ru": "английский", "fr": "Anglais"},
    "fr": {"en": "French", "de": "Französisch", "pl": "francuski", "cs": "francouzský", "fi": "ranska", "ru": "французский",
           "fr": "Français"},
    "de": {"en": "German", "de": "Deutsch", "pl": "niemiecki", "cs": "německý", "fi": "saksa", "ru": "немецкий", "fr": "Allemand"},
    "ru": {"en": "Russian", "de": "Russisch", "pl": "rosyjski", "cs": "ruský", "fi": "venäjä", "ru": "русский", "fr": "Russe"},
    "fi": {"en": "Finnish", "de": "Finnisch", "pl": "fiński", "cs": "finský", "fi": "suomi", "ru": "финский", "fr": "Finnois"},
}
# a sheet's language → the labels it may give each field
LABELS = {
    "en": {"title": ["Title", "Film", "Movie title"], "year": ["Year", "Production year"],
           "runtime": ["Running time", "Runtime", "Length", "Run time", "Duration"],
           "audio": ["Audio", "Language", "Audio tracks", "Sound"], "subs": ["Subtitles", "Subs", "Subtitle languages"],
           "aspect": ["Aspect ratio", "Picture format", "Aspect"], "region": ["Region", "Region code"],
           "system": ["TV system", "System", "Video standard"], "disc": ["Format", "Disc format", "Disc"]},
    "de": {"title": ["Titel"], "year": ["Produktionsjahr", "Jahr"], "runtime": ["Laufzeit", "Spieldauer"],
           "audio": ["Sprache", "Sprachen", "Tonformat"], "subs": ["Untertitel"], "aspect": ["Bildformat", "Bildseitenformat"],
           "region": ["Regionalcode", "Region"], "system": ["Fernsehnorm", "Norm"], "disc": ["Medium", "Format"]},
    "pl": {"title": ["Tytuł"], "year": ["Rok produkcji", "Rok"], "runtime": ["Czas trwania"],
           "audio": ["Język", "Wersja językowa", "Dźwięk"], "subs": ["Napisy"], "aspect": ["Format obrazu", "Obraz"],
           "region": ["Region", "Kod regionu"], "system": ["System"], "disc": ["Nośnik"]},
    "cs": {"title": ["Název"], "year": ["Rok výroby", "Rok"], "runtime": ["Délka", "Stopáž"],
           "audio": ["Jazyk", "Zvuk", "Zvukové stopy"], "subs": ["Titulky"], "aspect": ["Obraz", "Formát obrazu"],
           "region": ["Region"], "system": ["Norma"], "disc": ["Nosič"]},
    "fi": {"title": ["Nimi"], "year": ["Valmistusvuosi", "Vuosi"], "runtime": ["Kesto"], "audio": ["Kieli", "Ääni", "Puhekieli"],
           "subs": ["Tekstitys"], "aspect": ["Kuvasuhde"], "region": ["Alue", "Aluekoodi"], "system": ["Järjestelmä"],
           "disc": ["Tallenne"]},
    "ru": {"title": ["Название"], "year": ["Год выпуска", "Год"], "runtime": ["Продолжительность"], "audio": ["Аудио", "Язык"],
           "subs": ["Субтитры"], "aspect": ["Формат изображения"], "region": ["Регион"], "system": ["Система"],
           "disc": ["Качество", "Формат"]},
    "fr": {"title": ["Titre"], "year": ["Année"], "runtime": ["Durée"], "audio": ["Audio", "Langues"], "subs": ["Sous-titres"],
           "aspect": ["Rapport de forme", "Format image"], "region": ["Région", "Zone"], "system": ["Standard"], "disc": ["Support"]},
}
MINUTES = {"en": ["min", "mins", "minutes"], "de": ["Min.", "Minuten"], "pl": ["min", "min."], "cs": ["min", "min."],
           "fi": ["min", "minuuttia"], "ru": ["мин", "мин.", "минут"], "fr": ["min", "minutes"]}
NONE = {"en": ["none", "N/A"], "fr": ["-", "N/A"], "pl": ["brak"], "ru": ["нет"], "de": ["keine"], "fi": ["ei"], "cs": ["žádné"]}
WORDS = "Salt Meadow Harbour Winter Silent Garden Bridge Letter Mirror Station River Distant Golden Quiet".split()
FORMATS = ["Dolby Digital 2.0", "DD 5.1", "Dolby Digital Mono", "AC3 2.0", "DTS 5.1", "mono", "stereo", ""]
NOISE = ["EAN: 5012345678901", "Price: €14.99", "Spine #417", "Release date: 4.5.2009", "Cert: 15"]
DRESSES = ["plain", "bbcode", "html", "markdown", "table", "tabs", "next-line", "one-line", "bullets", "indented"]


def sheet(rng: random.Random) -> tuple[str, dict]:
    """A sheet's text and the fields a reader should find in it."""
    lang = rng.choice(list(LABELS))
    mins, secs = rng.randint(70, 190), rng.randint(0, 59)
    truth = {"titles": ["The " + " ".join(rng.sample(WORDS, rng.randint(1, 3)))], "year": rng.randint(1935, 1999),
             "aspect_ratio": rng.choice(["1.33:1", "1.66:1", "1.85:1", "2.35:1", "16:9", "4:3"]),
             "region": rng.choice("0125"), "video_system": rng.choice(["PAL", "NTSC"]), "disc_format": rng.choice(["DVD5", "DVD9"]),
             "audio": rng.sample(list(NAMES), rng.randint(1, 3)), "subtitles": rng.sample(list(NAMES), rng.randint(0, 4))}
    runtime = rng.choice([f"{mins} {rng.choice(MINUTES[lang])}", f"{mins // 60}:{mins % 60:02d}:{secs:02d}",
                          f"{mins // 60}h {mins % 60:02d}m"])
    truth["runtime_seconds"] = mins * 60 + (secs if runtime.count(":") == 2 else 0)
    sep = rng.choice([": ", " : ", "......: "])

    def field(key: str, value: str) -> str:
        return f"{rng.choice(LABELS[lang][key])}{sep}{value}"

    def name(code: str) -> str:
        return NAMES[code][lang].lower() if rng.random() < 0.3 else NAMES[code][lang]

    body = [field("runtime", runtime), field("aspect", truth["aspect_ratio"]), field("region", truth["region"]),
            field("system", truth["video_system"]), field("disc", truth["disc_format"]),
            field("audio", ", ".join(f"{name(c)} {rng.choice(FORMATS)}".strip() for c in truth["audio"])),
            field("subs", ", ".join(name(c) for c in truth["subtitles"]) or rng.choice(NONE[lang]))]
    body += [line.replace(": ", sep) for line in rng.sample(NOISE, rng.randint(0, 2))]
    rng.shuffle(body)
    title, year = truth["titles"][0], truth["year"]
    head = [f"{title} ({year})"] if rng.random() < 0.5 else [field("title", title), field("year", str(year))]
    return "\n".join(head + body), truth


def dress(text: str, rng: random.Random) -> tuple[str, str]:
    """The sheet as a page pastes it, and the name of the dress."""
    kind = rng.choice(DRESSES)
    lines = text.split("\n")
    pairs = [line.split(":", 1) if ":" in line else None for line in lines]
    if kind == "bbcode":
        lines = [f"[b]{p[0]}:[/b]{p[1]}" if p else f"[b]{line}[/b]" for line, p in zip(lines, pairs)]
    elif kind == "html":
        lines = ["<br>".join(f"<strong>{p[0]}:</strong>{p[1]}" if p else line for line, p in zip(lines, pairs))]
    elif kind == "markdown":
        lines = [f"- **{p[0].strip()}:** {p[1].strip()}" if p else f"**{line}**" for line, p in zip(lines, pairs)]
    elif kind == "table":
        lines = [f"| {p[0].strip(' .')} | {p[1].strip()} |" if p else line for line, p in zip(lines, pairs)]
    elif kind == "tabs":
        lines = [f"{p[0].strip(' .')}\t{p[1].strip()}" if p else line for line, p in zip(lines, pairs)]
    elif kind == "next-line":
        lines = [x for line, p in zip(lines, pairs)
                 for x in ([p[0].strip(' .') + ":", p[1].strip()] if p and rng.random() < 0.6 else [line])]
    elif kind == "one-line":
        lines = [" ".join(lines)]
    elif kind == "bullets":
        bullet = rng.choice(["• ", "- ", "* ", "► ", "▪ "])
        lines = lines[:1] + [bullet + line for line in lines[1:]]
    elif kind == "indented":
        lines = ["    " + line for line in lines]
    return "\n".join(lines), kind


def fields_read(spec) -> dict:
    """The fields of a normalised release that `sheet` knows, as `sheet` writes them."""
    return {"titles": spec.titles[:1], "year": spec.year, "aspect_ratio": spec.aspect_ratio, "region": spec.region,
            "video_system": spec.video_system, "disc_format": spec.disc_format,
            "audio": [t.language for t in spec.audio], "subtitles": [t.language for t in spec.subtitles],
            "runtime_seconds": spec.runtime_seconds}


# Tracker posts: a site's title line, the film's fields, then the disc's (`Аудио 1: …` per track)
RUSSIAN = {"ru": ("Русский", "русские"), "en": ("Английский", "английские"), "sv": ("Шведский", "шведские"),
           "de": ("Немецкий", "немецкие"), "fr": ("Французский", "французские"), "uk": ("Украинский", "украинские")}
TRACKER_TITLES = [("Соляной луг", "Saltängen"), ("Тихая гавань", "Tyst hamn"), ("Зимний сад", "Vinterträdgård")]


def tracker_post(rng: random.Random) -> tuple[str, dict]:
    """A Russian tracker post's text and the fields a reader should find in it."""
    title, original = rng.choice(TRACKER_TITLES)
    year, disc = rng.randint(1935, 1999), rng.choice(["DVD5", "DVD9"])
    system, aspect = rng.choice(["PAL", "NTSC"]), rng.choice(["4:3", "16:9"])
    h, m, s = rng.randint(1, 2), rng.randint(0, 59), rng.randint(0, 59)
    truth = {"titles": [title], "year": year, "disc_format": disc, "video_system": system, "aspect_ratio": aspect, "region": None,
             "audio": ["ru"] + rng.sample(["en", "sv", "de", "fr", "uk"], rng.randint(0, 2)),
             "subtitles": rng.sample(list(RUSSIAN), rng.randint(0, 3))}
    runtime = rng.choice([f"{h:02d}:{m:02d}:{s:02d}", f"{h * 60 + m} мин.", f"{h} ч. {m} мин.", f"{h * 60 + m} минут"])
    truth["runtime_seconds"] = h * 3600 + m * 60 + (s if runtime.count(":") == 2 else 0)
    head = rng.choice([f"{title} / {original} (Ингрид Валль / Ingrid Vall) [{year}, Швеция, драма, {disc} (Custom)] MVO + Sub Rus",
                       f"{title} / {original} ({year}) {disc}", f"[{disc}] {title} / {original} ({year})",
                       f"{title} ({year}) {disc}"])
    subtitles = ", ".join(RUSSIAN[c][1] for c in truth["subtitles"]) or rng.choice(["нет", "отсутствуют"])
    film = [f"Год выпуска: {year}", "Страна: Швеция", "Жанр: драма", f"Продолжительность: {runtime}",
            f"Перевод: {rng.choice(['Профессиональный (многоголосый закадровый)', 'Авторский одноголосый', 'Не требуется'])}",
            f"Субтитры: {subtitles}", "Режиссер: Ингрид Валль", "В ролях: Марта Линд, Пер Хольм"]
    rng.shuffle(film)
    frame = {"PAL": "720x576", "NTSC": "720x480"}[system]
    disc_lines = [f"Качество: {disc}", "Формат: DVD Video",
                  rng.choice([f"Видео: {system} {aspect} ({frame}) VBR", f"Видео: MPEG-2, {frame}, {aspect}, 25 fps ({system})"])]
    for n, code in enumerate(truth["audio"], 1):
        name, channels = RUSSIAN[code][0], rng.choice(["2 ch", "6 ch", "1 ch"])
        disc_lines.append(rng.choice([f"Аудио {n}: {name} (Dolby AC3, {channels}, 192 Кбит/с)",
                                      f"Аудио #{n}: {name}, AC3, {channels}, 192 kbps", f"Аудио {n}: AC3, {channels}, 192 kbps, {name}"]))
    disc_lines.append(f"Размер: {rng.randint(3, 8)}.{rng.randint(10, 99)} {rng.choice(['Гб', 'GB', 'ГБ'])}")
    return "\n".join([head, *film, *([""] if rng.random() < 0.5 else []), *disc_lines]), truth
