"""Golden test for seed 000: the expected release written by hand from the seed text."""

from dvdtrack.normalise.spec import normalise
from dvdtrack.reading.pipeline import parse_text
from tests.conftest import SEEDS

SUBS = [("Russian", "ru"), ("English", "en"), ("Francais", "fr"), ("Deutsch", "de"), ("Espanol", "es"),
        ("Italiano", "it"), ("Portugues", "pt"), ("Nederlands", "nl"), ("Hebrew", "he"), ("Japanese", "ja"),
        ("Svenska", "sv"), ("Chinese", "zh"), ("Arabic", "ar")]

EXPECTED = {
    "titles": ["The Cranes are Flying", "Letyat zhuravli", "Летят журавли"],
    "year": 1957, "disc_format": "DVD9", "disc_count": 1, "label": None, "region": None,
    "video_system": "PAL", "aspect_ratio": "4:3", "runtime_seconds": 5475,
    "size_bytes": round(7.01 * 1024**3), "size_text": "7.01 Gb", "recovery_percent": 3.0,
    "audio": [{"name": n, "language": c, "codec": None, "channels": None, "kind": None}
              for n, c in [("English", "en"), ("Francais", "fr"), ("Russian", "ru")]],
    "subtitles": [{"name": n, "language": c} for n, c in SUBS],
    "genres": ["Drama", "Romance", "War"],
    "directors": ["Mikhail Kalatozov"],
    "cast": ["Tatyana Samojlova", "Aleksey Batalov", "Vasili Merkuryev", "Aleksandr Shvorin", "Svetlana Kharitonova"],
    "awards": ["Palme d’Or at the Cannes IFF, 1958",
               "Special Diploma for Best Actress (Tatiana Samoilova) at the Cannes IFF, 1958",
               "Honorary Diploma at the Locarno IFF, 1958",
               "Silver Sombrero Prize at the Guadalajara IFF, 1958"],
    "features": ["Interview with the leading actor Alexey Batalov", "Documentary about T. Samoilova",
                 "Newsreels of the 1941 parade on Red Square, Moscow", "Filmographies", "Photos", "Soon on DVD"],
    "unparsed": [],
    "grammar": "blog",
}

RELATED = [
    (["Moscow Does Not Believe in Tears", "Moscou ne croit pas aux larmes", "Moskva slezam ne verit",
      "Москва слезам не верит"], 1979, 2, "RUSCICO"),
    (["Mamluqi", "The Mameluke", "Mamliuk", "Мамлюк"], 1958, 1, "RUSCICO"),
    (["Anna Karenina", "Анна Каренина"], 1967, 2, "RUSCICO"),
    (["Clear Skies", "Clear Sky", "Le ciel pur", "Chistoe nebo", "Чистое небо"], 1961, 1, "RUSCICO"),
    (["Ivan Brovkin on the State Farm", "Ivan Brovkin in the Virgin Lands", "Ivan Brovkin at Virgin Soil",
      "Ivan Brovkin na tseline", "Иван Бровкин на целине"], 1958, 1, "RUSCICO"),
]


def _seed_release(grammars):
    text = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    releases = parse_text(text, grammars).releases
    assert len(releases) == 1, "the related posts are not releases of their own"
    return normalise(releases[0]).to_dict()


def test_seed_000_fields(grammars):
    got = _seed_release(grammars)
    for key, value in EXPECTED.items():
        assert got[key] == value, key


def test_seed_000_synopsis(grammars):
    synopsis = _seed_release(grammars)["synopsis"]
    assert synopsis.startswith("The triumphant success of this film")
    assert synopsis.endswith("Life for her is love, and its loss is equivalent to death…")
    assert "Veronica is devastated" in synopsis


def test_seed_000_related(grammars):
    related = _seed_release(grammars)["related"]
    got = [(r["titles"], r["year"], r["disc_count"], r["label"]) for r in related]
    assert got == RELATED
    assert all(r["disc_format"] == "DVD9" for r in related)
