"""Grammar stage on its own: a small grammar file written here, loaded (`load_grammar_file`,
`load_grammars` with a user folder), its rules indexed by label, and each field type it names
reading its own values, or refusing them."""

import pytest

from dvdtrack.errors import GrammarError
from dvdtrack.reading.grammar.loading import load_grammar_file, load_grammars
from dvdtrack.reading.lines.reader import read_lines

SMALL = '''
name = "small"
description = "A grammar of one rule per field type"

[options]
marks = ["::"]

[[rules]]
name = "strip"
patterns = ["{discs:Discs} | {video_system:VideoSystem} {aspect:Aspect}"]

[[rules]]
name = "titles"
labels = ["titel"]
patterns = ["{titles:Titles}"]

[[rules]]
name = "year"
labels = ["jahr"]
patterns = ["{year:Year}"]

[[rules]]
name = "discs"
labels = ["medium"]
patterns = ["{discs:Discs}"]

[[rules]]
name = "runtime"
labels = ["laufzeit"]
patterns = ["{runtime:Runtime}"]

[[rules]]
name = "size"
labels = ["groesse"]
patterns = ["{size:Size}"]

[[rules]]
name = "recovery"
labels = ["recovery"]
patterns = ["{recovery:Percent}"]

[[rules]]
name = "region"
labels = ["regionalcode"]
patterns = ["{region:Region}"]

[[rules]]
name = "audio"
labels = ["sprache"]
patterns = ["{audio:Languages}"]

[[rules]]
name = "directors"
labels = ["regie"]
patterns = ["{directors:List}"]

[[rules]]
name = "countries"
labels = ["land"]
patterns = ["{countries:Countries}"]

[[rules]]
name = "imdb"
labels = ["imdb"]
patterns = ["{imdb:Imdb}"]

[[rules]]
name = "disc-count"
labels = ["discs"]
patterns = ["{disc_count:Count}"]

[[sections]]
name = "features"
labels = ["extras"]
field = "features"
'''


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("grammars") / "small.toml"
    path.write_text(SMALL, encoding="utf-8")
    return load_grammar_file(path)


def read(grammar, *lines: str) -> list[tuple]:
    return [(r.kind, r.rule, r.fields) for r in read_lines(grammar, list(enumerate(lines, start=1)))]


def test_a_grammar_file_is_its_rules_by_label_its_unlabelled_rules_and_its_sections(small):
    assert (small.name, small.description, small.marks) == ("small", "A grammar of one rule per field type", ("::",))
    assert sorted(small.labelled) == ["discs", "groesse", "imdb", "jahr", "land", "laufzeit", "medium", "recovery",
                                      "regie", "regionalcode", "sprache", "titel"]
    assert [rule.name for rule in small.unlabelled] == ["strip"]
    assert list(small.sections) == ["extras"] and small.sections["extras"].field == "features"


@pytest.mark.parametrize("line, rule, fields", [
    ("Titel: Soljanoj lug / Saltängen", "titles", {"titles": ["Soljanoj lug", "Saltängen"]}),  # Titles
    ("Jahr: c1974", "year", {"year": 1974}),  # Year
    ("Medium: 2 x DVD-9", "discs", {"discs": (2, "DVD9")}),  # Discs
    ("Laufzeit: 1 Stunde und 45 Minuten", "runtime", {"runtime": "1 Stunde und 45 Minuten"}),  # Runtime
    ("Groesse: 4,37 ГБ", "size", {"size": "4,37 ГБ"}),  # Size
    ("Recovery: 3%", "recovery", {"recovery": 3.0}),  # Percent
    ("Regionalcode: 2", "region", {"region": "2"}),  # Region
    ("Sprache: English & French DD 2.0", "audio", {"audio": ["English DD 2.0", "French DD 2.0"]}),  # Languages
    ("Regie: Ingrid Vall, Per Holm", "directors", {"directors": ["Ingrid Vall", "Per Holm"]}),  # List
    ("Land: СССР / Франция", "countries", {"countries": ["СССР", "Франция"]}),  # Countries
    ("IMDB: tt0050634", "imdb", {"imdb": "tt0050634"}),  # Imdb
    ("Discs: 2", "disc-count", {"disc_count": 2}),  # Count
    ("DVD9 | PAL 4:3", "strip", {"discs": (1, "DVD9"), "video_system": "PAL", "aspect": "4:3"}),  # unlabelled
])
def test_each_field_type_reads_its_value(small, line, rule, fields):
    assert read(small, line) == [("rule", rule, fields)]


@pytest.mark.parametrize("line", ["Jahr: 19577", "Land: Мосфильм", "Medium: VHS", "Price: 12"])
def test_a_value_its_type_refuses_or_a_label_the_grammar_lacks_is_unread(small, line):
    assert read(small, line) == [("unparsed", None, {})]


def test_a_section_header_reads_the_bullets_under_it_into_its_field(small):
    assert read(small, "• Trailer") == [("unparsed", None, {})]
    assert read(small, "Extras:", "• Trailer") == [("header", "features", {}), ("item", "features", {"features": ["Trailer"]})]


def test_a_user_grammar_extends_a_built_in_one_with_its_own_rules(tmp_path, grammars):
    (tmp_path / "sheet_plus.toml").write_text(
        'name = "sheet_plus"\nextends = "specsheet"\n[[rules]]\nname = "runtime"\nlabels = ["filmlaenge"]\n'
        'patterns = ["{runtime:Runtime}"]\n', encoding="utf-8")
    plus = load_grammars([tmp_path])["sheet_plus"]
    assert read(plus, "Filmlaenge: 104 mins", "Region: 2") == [
        ("rule", "runtime", {"runtime": "104 mins"}), ("rule", "region", {"region": "2"})]
    assert read(grammars["specsheet"], "Filmlaenge: 104 mins") == [("unparsed", None, {})]


@pytest.mark.parametrize("text, message", [
    ('[[rules]]\nname = "x"\npatterns = []\n', "at least one pattern"),
    ('[[rules]]\nname = "x"\npatterns = ["{year:Year}"]\n[[sections]]\nname = "s"\nrule = "nothing"\n', "unknown rule"),
    ('[[rules]\nname = "x"\n', "cannot read grammar"),
    ('extends = "nowhere"\n[[rules]]\nname = "x"\npatterns = ["{year:Year}"]\n', "unknown or extends it back"),
])
def test_a_mistake_in_a_grammar_file_is_named_with_the_file(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GrammarError, match=message) as error:
        load_grammars([tmp_path])
    assert str(path) in str(error.value)
