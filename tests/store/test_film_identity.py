"""Film identity (issue 20): part markers are never fuzzed away, and the film counts printed are the
counts stored. Real sequel families, thousands of made-up numbered titles, and the marker words of
`grammars/words/part_markers.toml` in every script they are written in."""

import json
import re
import tomllib

import pytest

from dvdtrack.store.titles import match_keys, same_title
from tests.conftest import ROOT

MARKERS = tomllib.loads((ROOT / "grammars" / "words" / "part_markers.toml").read_text(encoding="utf-8"))


def write_releases(folder, titles: list[str], per_file: int = 1) -> None:
    """A release per `Title (year)` line, `per_file` of them to a file."""
    folder.mkdir(exist_ok=True)
    blocks = [f"{title} DVD5\nDVD5 | PAL 4:3 | 01:30:00\n" for title in titles]
    for i in range(0, len(blocks), per_file):
        (folder / f"r{i:05d}.txt").write_text("\n".join(blocks[i:i + per_file]), encoding="utf-8")


def imported(run, folder) -> tuple[int, list[dict]]:
    """(films the import said were new, films stored)."""
    result = run("import", folder)
    assert result.exit_code == 0, result.output
    said = int(re.search(r"films (\d+) new", result.stdout).group(1))
    films = run("films", "--json")
    assert films.exit_code == 0, films.output
    return said, json.loads(films.stdout)


@pytest.mark.parametrize("a, b, same", [
    ("Police Academy 2", "Police Academy 2: Their First Assignment", True),
    ("Police Academy 2", "Police Academy 3", False),
    ("Police Academy", "Police Academy 2", False),
    ("Police Academy 3: Back in Training", "Police Academy 2: Their First Assignment", False),
    ("The Godfather Part II", "The Godfather Part 2", True),
    ("The Godfather: Part II", "The Godfather Part III", False),
    ("Rocky II", "Rocky 2", True),
    ("Rocky IV", "Rocky V", False),
    ("Rocky ii", "Rocky 2", True),
    ("Война и мир. Часть 2", "Война и мир. Часть вторая", True),
    ("Война и мир. Часть 2", "Война и мир. Часть 3", False),
    ("Война и мир. Вторая серия", "Война и мир. Серия 2", True),
    ("Heimat Folge 2", "Heimat Folge II", True),
    ("Heimat Folge 2", "Heimat Folge 3", False),
    ("Kill Bill: Vol. 1", "Kill Bill: Vol. 2", False),
    ("Kill Bill: Volume 2", "Kill Bill Vol. 2", True),
    ("Der Pate Teil 2", "Der Pate Teil zwei", True),
    ("Der Pate Teil 2", "Der Pate Zweiter Teil", True),
    ("Les Misérables Partie 2", "Les Miserables Partie II", True),
    ("Harry Potter Chapter 2", "Harry Potter Chapter Two", True),
    ("Star Wars: Episode II", "Star Wars: Episode 2", True),
    ("Star Wars: Episode IV - A New Hope", "Star Wars: Episode V - The Empire Strikes Back", False),
    ("Star Wars: Episode IV - A New Hope", "Star Wars: Episode IV", True),
    ("Three Colours: Blue", "Three Colours: White", False),
    ("Three Colors: Blue", "Three Colours: Blue", True),
    ("Ivan the Terrible", "Ivan the Terrible, Part II", False),
    ("Film 1", "Film 10", False),
    ("Film 12345", "Film 12346", False),
    ("Film 007", "Film 7", True),
    ("8½", "8 ½", True),
    ("2,000 Maniacs", "2000 Maniacs", True),
    ("The Twelve Chairs", "The Twelve Chairs (1971)", True),
    ("(500) Days of Summer", "500 Days of Summer", True),
    # a cardinal before a part word is an ordinary word; a lone capital I is a numeral only last
    ("Une partie de campagne", "Partie de campagne", True),
    ("I Am Cuba", "Am Cuba", True),
    ("The King and I", "The King and 1", True),
    ("Henry V", "Henry IV", False),
])
def test_marker_pairs(a, b, same):
    assert same_title([a], [b]) is same


@pytest.mark.parametrize("word", MARKERS["part_words"])
def test_every_part_word_marks_its_number(word):
    assert same_title([f"Saga {word} 2"], [f"Saga {word} ii"])
    assert same_title([f"Saga {word} one"], [f"Saga {word} I"])
    assert not same_title([f"Saga {word} 2"], [f"Saga {word} 3"])


@pytest.mark.parametrize("table", ["cardinals", "ordinals"])
def test_every_number_word_is_its_number(table):
    for number, words in MARKERS[table].items():
        for word in words:
            assert match_keys(f"Saga Part {word}")[0] == f"saga part {number}", word
    assert match_keys("Saga zwei Teil")[0] == "saga zwei teil"  # a cardinal only after a part word
    assert match_keys("Saga zweiter Teil")[0] == "saga 2 teil"  # an ordinal on either side


FAMILIES = {
    "police academy": ([
        "Police Academy (1984)", "Police Academy 2: Their First Assignment (1985)",
        "Police Academy 3: Back in Training (1986)", "Police Academy 4: Citizens on Patrol (1987)",
        "Police Academy 5: Assignment: Miami Beach (1988)", "Police Academy 6: City Under Siege (1989)",
        "Police Academy: Mission to Moscow (1994)",
        "Police Academy 2 (1985)", "Police Academy II: Their First Assignment (1985)", "Police Academy 6 (1989)",
    ], 7),
    "war and peace": ([
        "War and Peace I: Andrei Bolkonsky / Война и мир. Фильм 1. Андрей Болконский (1965)",
        "War and Peace II: Natasha Rostova / Война и мир. Фильм 2. Наташа Ростова (1966)",
        "War and Peace III: The Year 1812 / Война и мир. Фильм 3. 1812 год (1967)",
        "War and Peace IV: Pierre Bezukhov / Война и мир. Фильм 4. Пьер Безухов (1967)",
        "War and Peace, Part II: Natasha Rostova (1966)", "Voyna i mir. Film 4. Per Bezukhov (1967)",
    ], 4),
    "ivan": ([
        "Ivan Vasilievich Changes Profession / Иван Васильевич меняет профессию (1973)",
        "Ivan Vasilyevich menyaet professiyu (1973)", "Ivan da Marya / Иван да Марья (1974)",
        "Ivan the Terrible / Иван Грозный (1944)", "Ivan the Terrible, Part II / Иван Грозный. Часть II (1945)",
        "Ivan's Childhood / Иваново детство (1962)", "Soldier Ivan Brovkin / Солдат Иван Бровкин (1955)",
        "Ivan Brovkin on the State Farm / Иван Бровкин на целине (1958)",
    ], 7),
    "godfather": ([
        "The Godfather (1972)", "The Godfather: Part II (1974)", "The Godfather Part III (1990)",
        "The Godfather Part 2 (1974)", "Der Pate – Teil II / The Godfather Part II (1974)",
    ], 3),
    "rocky": ([
        "Rocky (1976)", "Rocky II (1979)", "Rocky III (1982)", "Rocky IV (1985)", "Rocky V (1990)",
        "Rocky 2 (1979)", "Rocky 4 (1985)", "Rocky V (1991)",
    ], 5),
    "three colours": ([
        "Three Colours: Blue / Trois couleurs: Bleu (1993)", "Three Colours: White / Trois couleurs: Blanc (1994)",
        "Three Colours: Red / Trois couleurs: Rouge (1994)", "Three Colors: Blue (1993)", "Trois couleurs: Rouge (1994)",
    ], 3),
}


@pytest.mark.parametrize("family", FAMILIES)
def test_sequel_families(run, tmp_path, family):
    titles, films = FAMILIES[family]
    write_releases(tmp_path / "in", titles)
    said, stored = imported(run, tmp_path / "in")
    assert said == len(stored) == films, sorted(f["title"] for f in stored)
    assert sum(f["releases"] for f in stored) == len(titles)


def test_police_academy_3_of_the_wrong_year_is_not_2(run, tmp_path):
    write_releases(tmp_path / "in", ["Police Academy 2 (1985)", "Police Academy 3 (1984)", "Police Academy (1984)"])
    said, stored = imported(run, tmp_path / "in")
    assert said == 3 and sorted((f["title"], f["year"]) for f in stored) == [
        ("Police Academy", 1984), ("Police Academy 2", 1985), ("Police Academy 3", 1984)]


def test_war_and_peace_parts(run, tmp_path):
    write_releases(tmp_path / "in", FAMILIES["war and peace"][0])
    _, stored = imported(run, tmp_path / "in")
    assert sorted(f["year"] for f in stored) == [1965, 1966, 1967, 1967]
    (fourth,) = [f for f in stored if f["releases"] == 2 and f["year"] == 1967]
    assert "Bezukhov" in fourth["title"]


def test_thousands_of_numbered_titles(run, tmp_path):
    write_releases(tmp_path / "in", [f"Film {n} (2000)" for n in range(1, 3001)], per_file=100)
    said, stored = imported(run, tmp_path / "in")
    assert said == len(stored) == 3000
    assert {f["title"] for f in stored} == {f"Film {n}" for n in range(1, 3001)}
    write_releases(tmp_path / "again", [f"Film {n} (2001)" for n in range(2990, 3011)])
    said, stored = imported(run, tmp_path / "again")
    assert said == 10 and len(stored) == 3010  # 2990-3000 are the films of a year before


def test_counts_printed_are_counts_stored(run, tmp_path):
    block = "Police Academy 2 (1985) DVD5\nDVD5 | PAL 4:3 | 01:30:00\n"
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).write_text(block, encoding="utf-8")
    result = run("import", tmp_path / "in")
    assert "films 1 new" in result.stdout and "releases 1 new, 1 already present" in result.stdout
    assert len(json.loads(run("films", "--json").stdout)) == 1
    result = run("add", tmp_path / "in" / "a.txt", tmp_path / "in" / "b.txt")
    assert result.exit_code == 0 and "new film" not in result.stdout
