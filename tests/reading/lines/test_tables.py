"""Tables flattened into lines, and what is no table: each shape in a small made-up line."""

from dvdtrack.reading.lines.reader import read_lines


def reads(grammar, *lines: str) -> list[tuple]:
    return [(r.number, r.kind, r.rule, r.fields) for r in read_lines(grammar, list(enumerate(lines, start=1)))]


def test_a_paragraph_holding_label_words_is_no_flattened_table(grammars):
    """`Studio Canal`, `proporção 2.35:1`: words of labels inside sentences split nothing."""
    line = ("Esta edição da Vale Norte saiu com o selo da Studio Lumen, num box que junta os três filmes, e a imagem "
            "vem na proporção 2.35:1, com cores fortes; o Studio Lumen fez um bom trabalho de restauro em todos eles.")
    assert reads(grammars["specsheet"], line) == [(1, "prose", None, {})]


def test_a_flattened_table_row_is_still_split_at_its_labels(grammars):
    assert [read[2:] for read in reads(grammars["specsheet"], "Region Coding 2,4 Directed By Ingrid Vall")] == [
        ("region", {"region": "2,4"}), ("director", {"directors": ["Ingrid Vall"]})]
