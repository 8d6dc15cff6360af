"""`find` and `films` a collector can trust: any of and none of for languages, descending sorts,
unknown values refused, regional language tags, titles by words in any order and script, labels by
any part of any name, and "did you mean" the same on every run."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

# Six made-up editions, stored as releases 1-6 in this order.
EDITIONS = [
    "The Cranes Are Flying / Летят журавли (1957) DVD9 RUSCICO\nDVD9 | PAL 4:3 | 01:31:15 | Region 5\n"
    "Language: Russian\nSubtitle: English, Hebrew\n",
    "Andrei Rublev (1966) DVD9 Criterion\nDVD9 | NTSC 4:3 | 03:25:00 | Region 1\n"
    "Language: Russian, English\nSubtitle: English, Portuguese\n",
    "Mirror (1975) DVD9 Artificial Eye\nDVD9 | PAL 4:3 | 01:42:13 | Region 2\nLanguage: Russian\nSubtitle: English, Chinese\n",
    "Stalker (1979) 2 x DVD9 Curzon\nDVD9 | PAL 4:3 | 02:35:00 | Region 2,4\nLanguage: Russian, French\nSubtitle: French\n",
    "Жестокий романс DVD5\nDVD5 | NTSC 4:3 | 02:21:00 | Region 0\nLanguage: Russian\nSubtitle: Russian\n",
    "Ivan's Childhood (1962) DVD5 ARTIFICIAL EYE\nDVD5 | PAL 4:3 | 01:31:00 | Region Free\nLanguage: Russian\nSubtitle: English\n",
]


@pytest.fixture(scope="module")
def shelf(module_run, tmp_path_factory):
    folder = tmp_path_factory.mktemp("editions")
    for n, text in enumerate(EDITIONS, 1):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
        result = module_run("add", "-y", folder / f"{n}.txt")
        assert result.exit_code == 0 and f"release #{n}" in result.stdout, result.output
    return module_run


def ids(result):
    assert result.exit_code == 0, result.output
    return [r["id"] for r in json.loads(result.stdout)]


def find(shelf, *args):
    return ids(shelf("find", *args, "--json"))


def one_line_error(result, *words):
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dvdtrack: error: "), result.stderr
    assert all(w in lines[0] for w in words), lines[0]
    return lines[0]


# languages: a comma is OR, a repeated option AND, --no-… NOT

def test_one_value_is_any_of_its_languages(shelf):
    assert find(shelf, "--subtitle", "he,pt") == [1, 2]
    assert find(shelf, "--subtitle", "Hebrew, Portuguese") == [1, 2]
    assert find(shelf, "--lang", "fr,zh") == [3, 4]


def test_repeated_options_all_hold(shelf):
    assert find(shelf, "--subtitle", "en", "--subtitle", "he") == [1]
    assert find(shelf, "--subtitle", "fr,zh", "--subtitle", "en") == [3]


def test_no_audio_leaves_out_every_release_with_one_of_its_languages(shelf):
    assert find(shelf, "--no-audio", "fr") == [1, 2, 3, 5, 6]
    assert find(shelf, "--no-audio", "en,fr") == [1, 3, 5, 6]


def test_no_subtitle_and_no_lang(shelf):
    assert find(shelf, "--no-subtitle", "en") == [4, 5]
    assert find(shelf, "--no-subtitle", "en", "--no-subtitle", "ru") == [4]
    assert find(shelf, "--no-lang", "en") == [4, 5]


def test_any_of_and_none_of_together(shelf):
    assert find(shelf, "--audio", "ru", "--subtitle", "en,fr", "--no-subtitle", "he,zh") == [2, 4, 6]


def test_query_string_any_of_and_none_of(shelf):
    assert find(shelf, "sub:he,pt") == [1, 2]
    assert find(shelf, "no-sub:en") == [4, 5]
    one_line_error(shelf("find", "no-system:PAL"), "only a language can be left out")


def test_help_says_which_is_and_which_is_or(shelf):
    text = " ".join(shelf("find", "--help").stdout.split())
    assert "any of them" in text and "all of them" in text and "--no-audio" in text


# sorting

def test_sort_descending_with_unknown_values_last(shelf):
    assert find(shelf, "--sort", "-year") == [4, 3, 2, 6, 1, 5]
    assert find(shelf, "--sort", "year") == [1, 6, 2, 3, 4, 5]
    assert find(shelf, "--sort", "-id") == [6, 5, 4, 3, 2, 1]
    assert find(shelf, "--sort", "-runtime", "--limit", "2") == [2, 4]


def test_unknown_sort_names_the_choices(shelf):
    one_line_error(shelf("find", "--sort", "-yeer"), "'-yeer'", "year", "descending")


# values the store can never hold

@pytest.mark.parametrize("args, words", [
    (("--system", "PALL"), ("'PALL'", "PAL, NTSC, SECAM")),
    (("system:NTCS",), ("'NTCS'", "PAL, NTSC, SECAM")),
    (("--format", "DVD7"), ("'DVD7'", "DVD5", "DVD9", "BD50")),
    (("--region", "9"), ("'9'", "0, 1, 2", "ALL")),
    (("region:Z",), ("'Z'", "A, B, C")),
])
def test_unknown_value_is_an_error_naming_the_valid_ones(shelf, args, words):
    one_line_error(shelf("find", *args), *words)


def test_values_in_any_spelling_the_reader_takes(shelf):
    assert find(shelf, "--format", "dvd-5") == [5, 6]
    assert find(shelf, "--system", "ntsc") == [2, 5]
    assert find(shelf, "--format", "BD50") == []  # known, none stored: no error


def test_region_finds_discs_coded_for_it(shelf):
    assert find(shelf, "--region", "R2") == [3, 4]
    assert find(shelf, "--region", "4") == [4]
    assert find(shelf, "--region", "2,5") == [1, 3, 4]


def test_region_zero_and_region_free_are_one(shelf):
    assert find(shelf, "--region", "0") == [5, 6]
    assert find(shelf, "--region", "Region Free") == [5, 6]


# regional language tags

@pytest.mark.parametrize("tag, found", [("pt-BR", [2]), ("pt_BR", [2]), ("zh-Hant", [3]), ("sr-Latn", [])])
def test_regional_tag_finds_the_tracks_of_its_language(shelf, tag, found):
    assert find(shelf, "--subtitle", tag) == found


def test_unknown_tag_is_an_unknown_language(shelf):
    one_line_error(shelf("find", "--subtitle", "xx-BR"), "unknown language 'xx-BR'")


# titles: every word, in any order and any script

@pytest.mark.parametrize("words", ["cranes flying", "flying cranes", "журавли летят", "Cranes"])
def test_title_words_in_any_order(shelf, words):
    assert [f["id"] for f in json.loads(shelf("films", words, "--json").stdout)] == [1]


def test_title_words_unquoted_as_find_takes_them(shelf):
    """`films cranes flying` said "unexpected extra argument" where `find cranes flying` read both words."""
    assert [f["id"] for f in json.loads(shelf("films", "flying", "cranes", "--json").stdout)] == [1]


@pytest.mark.parametrize("words,found", [("1957", []), ("26 11", [8]), ("1 2", []), ("200", []), ("2002", [8]),
                                         ("11 guriev", [8]), ("3", [1])])
def test_a_number_is_a_whole_number_of_a_title(run, tmp_path, words, found):
    """`film 1 2` showed a film through the digits of `26.11.2002` in its title."""
    notes = tmp_path / "n.txt"
    for n in range(7):
        notes.write_text(f"Harbour Lights {n + 3}\nRegion 2\n", encoding="utf-8")
        run("add", "-y", notes)
    notes.write_text("Возвращение в Средиземье 26.11.2002 Владимир Гуриев\nRegion 2\n", encoding="utf-8")
    run("add", "-y", notes)
    assert [f["id"] for f in json.loads(run("films", words, "--json").stdout)] == found


def test_words_from_two_titles_find_nothing(shelf):
    assert json.loads(shelf("films", "cranes rublev", "--json").stdout) == []


@pytest.mark.parametrize("words", ["Андрей Рублёв", "andrei rublev", "Andrey Rublyov", "rublyov andrey"])
def test_a_latin_title_found_in_any_script_and_transliteration(shelf, words):
    assert [f["title"] for f in json.loads(shelf("films", words, "--json").stdout)] == ["Andrei Rublev"]


@pytest.mark.parametrize("words", ["Жестокий романс", "zhestokiy romans", "zhestokij romans", "Zhestoky"])
def test_a_cyrillic_title_found_in_any_transliteration(shelf, words):
    assert [f["title"] for f in json.loads(shelf("films", words, "--json").stdout)] == ["Жестокий романс"]


def test_find_takes_title_words_in_any_order(shelf):
    assert find(shelf, "flying cranes") == [1]
    assert find(shelf, "rublyov", "--subtitle", "pt-BR") == [2]


# labels: any part of any name of the company

def test_label_by_part_of_its_name_and_any_alias(shelf):
    assert find(shelf, "--label", "artificial") == [3, 4, 6]  # Artificial Eye, Curzon (its other name), ARTIFICIAL EYE
    assert find(shelf, "--label", "curzon") == [3, 4, 6]
    assert find(shelf, "--label", "artif") == [3, 6]  # part of a word: the names holding it


# "did you mean": the same on every run

def _cli_in_fresh_process(url: str, seed: int, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "dvdtrack.cli", "--db", url, *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("args", [("find", "--audio", "Hebrw"), ("compare", "Mirorr")])
def test_suggestions_do_not_depend_on_the_hash_seed(shelf, module_db_url, args):
    runs = [_cli_in_fresh_process(module_db_url, seed, *args) for seed in (0, 1, 2)]
    assert all(r.returncode in (1, 2) and "did you mean" in r.stderr for r in runs), runs[0].stderr
    assert len({r.stderr for r in runs}) == 1, [r.stderr for r in runs]
